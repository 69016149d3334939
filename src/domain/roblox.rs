//! TicketsBot's Roblox placeholders, filled from the opener's Roblox account (found through
//! Bloxlink or RoVer, then Roblox's users API).

use crate::clock::Timestamp;

/// The placeholders, in TicketsBot's names.
pub const PLACEHOLDERS: [&str; 6] = [
    "roblox_username",
    "roblox_id",
    "roblox_display_name",
    "roblox_profile_url",
    "roblox_account_age",
    "roblox_account_created",
];

/// What the placeholders say for an opener without a linked account.
pub const NOT_LINKED: &str = "not linked";
/// What they say when the providers could not answer in time.
pub const UNKNOWN: &str = "unknown";

/// A Roblox account's public facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobloxUser {
    pub id: u64,
    pub name: String,
    pub display_name: String,
    pub created: Option<Timestamp>,
}

/// What the lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Linked(RobloxUser),
    NotLinked,
    /// The providers failed or timed out.
    Unknown,
}

/// Whether a template uses any Roblox placeholder (else nobody is asked).
pub fn used_by(template: &str) -> bool {
    PLACEHOLDERS
        .iter()
        .any(|p| template.contains(&format!("%{p}%")))
}

/// The placeholders' values.
pub fn placeholders(lookup: &Lookup) -> Vec<(String, String)> {
    let values: [String; 6] = match lookup {
        Lookup::Linked(u) => {
            let secs = u.created.map(|c| c.millis().div_euclid(1000));
            [
                u.name.clone(),
                u.id.to_string(),
                u.display_name.clone(),
                format!("https://www.roblox.com/users/{}/profile", u.id),
                secs.map_or_else(|| UNKNOWN.to_owned(), |s| format!("<t:{s}:R>")),
                secs.map_or_else(|| UNKNOWN.to_owned(), |s| format!("<t:{s}:D>")),
            ]
        }
        Lookup::NotLinked => std::array::from_fn(|_| NOT_LINKED.to_owned()),
        Lookup::Unknown => std::array::from_fn(|_| UNKNOWN.to_owned()),
    };
    PLACEHOLDERS
        .iter()
        .zip(values)
        .map(|(n, v)| ((*n).to_owned(), v))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_accounts_fill_every_placeholder() {
        let user = RobloxUser {
            id: 156,
            name: "builderman".into(),
            display_name: "Builder".into(),
            created: Some(Timestamp::from_millis(1_154_390_400_000)),
        };
        let p = placeholders(&Lookup::Linked(user));
        assert_eq!(p[0], ("roblox_username".into(), "builderman".into()));
        assert_eq!(p[1].1, "156");
        assert_eq!(p[3].1, "https://www.roblox.com/users/156/profile");
        assert_eq!(p[4].1, "<t:1154390400:R>");
        assert_eq!(p[5].1, "<t:1154390400:D>");
        assert!(
            placeholders(&Lookup::NotLinked)
                .iter()
                .all(|(_, v)| v == NOT_LINKED)
        );
        assert!(
            placeholders(&Lookup::Unknown)
                .iter()
                .all(|(_, v)| v == UNKNOWN)
        );
        assert!(used_by("Hi %roblox_username%"));
        assert!(!used_by("Hi %username%"));
    }
}
