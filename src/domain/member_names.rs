//! Finding the member an admin typed by name. A username is unique on Discord and always
//! wins; otherwise a display name or nickname must fit exactly one member, so nobody can pose
//! as someone by taking their username (or their display name) as a nickname.

use crate::ids::UserId;

/// What is known of one candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub user: UserId,
    pub username: String,
    pub global_name: Option<String>,
    pub nick: Option<String>,
}

/// What a typed name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    One(UserId),
    Several,
    Nobody,
}

/// The candidate `typed` names (case-insensitive; a leading `@` is ignored).
pub fn pick(candidates: &[Candidate], typed: &str) -> Pick {
    let wanted = typed.trim().trim_start_matches('@').to_lowercase();
    if let Some(c) = candidates
        .iter()
        .find(|c| c.username.to_lowercase() == wanted)
    {
        return Pick::One(c.user);
    }
    let mut named: Vec<UserId> = candidates
        .iter()
        .filter(|c| {
            [&c.global_name, &c.nick]
                .into_iter()
                .flatten()
                .any(|n| n.to_lowercase() == wanted)
        })
        .map(|c| c.user)
        .collect();
    named.dedup();
    match named.as_slice() {
        [one] => Pick::One(*one),
        [] => Pick::Nobody,
        _ => Pick::Several,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: u64, username: &str, global: Option<&str>, nick: Option<&str>) -> Candidate {
        Candidate {
            user: UserId::new(id),
            username: username.to_owned(),
            global_name: global.map(str::to_owned),
            nick: nick.map(str::to_owned),
        }
    }

    #[test]
    fn a_username_wins_over_any_nickname() {
        let pool = [
            c(1, "poser", None, Some("victim")),
            c(2, "victim", Some("Vic"), None),
        ];
        assert_eq!(pick(&pool, "@Victim"), Pick::One(UserId::new(2)));
        assert_eq!(pick(&pool, "vic"), Pick::One(UserId::new(2)));
    }

    #[test]
    fn a_display_name_or_nickname_must_fit_one_member() {
        let pool = [
            c(1, "a", None, Some("Helper")),
            c(2, "b", Some("helper"), None),
            c(3, "c", Some("Solo"), None),
        ];
        assert_eq!(pick(&pool, "HELPER"), Pick::Several);
        assert_eq!(pick(&pool, "solo"), Pick::One(UserId::new(3)));
        assert_eq!(pick(&pool, "nobody"), Pick::Nobody);
    }
}
