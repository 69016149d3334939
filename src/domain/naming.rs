//! Ticket channel names from a naming scheme (`ticket-%id%`), sanitised to Discord's rules for
//! text channel names: lowercase, no spaces, 1–100 characters.

use crate::ids::TicketNumber;

/// Discord's longest channel name.
pub const MAX_CHANNEL_NAME: usize = 100;

/// The values a naming scheme can use.
#[derive(Debug, Clone, Copy)]
pub struct NameParts<'a> {
    pub number: TicketNumber,
    pub username: &'a str,
    /// The opener's server nickname, if any; `%nickname%` falls back to the username.
    pub nickname: Option<&'a str>,
    /// The claimer's name, if claimed; `%claimed%` is "unclaimed" otherwise.
    pub claimed_by: Option<&'a str>,
}

/// Renders `%id%`, `%id_padded%` (4 digits), `%username%`, `%nickname%` and `%claimed%`, then
/// sanitises. A result with nothing left becomes `ticket-<id>`.
pub fn channel_name(scheme: &str, parts: &NameParts<'_>) -> String {
    let number = parts.number.get();
    let raw = scheme
        .replace("%id_padded%", &format!("{number:04}"))
        .replace("%id%", &number.to_string())
        .replace("%username%", parts.username)
        .replace("%nickname%", parts.nickname.unwrap_or(parts.username))
        .replace("%claimed%", parts.claimed_by.unwrap_or("unclaimed"));
    let name = sanitise(&raw);
    if name.is_empty() {
        format!("ticket-{number}")
    } else {
        name
    }
}

/// Lowercases; turns whitespace and other separators into `-`; keeps letters (any script),
/// digits, `-` and `_`; collapses repeated `-`; trims `-` at the ends; cuts to 100 characters.
pub fn sanitise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars().flat_map(char::to_lowercase) {
        let mapped = if c.is_alphanumeric() || c == '_' {
            Some(c)
        } else if c == '-' || c.is_whitespace() || matches!(c, '.' | '/' | '\\' | ':' | '|' | '+') {
            Some('-')
        } else {
            None
        };
        if let Some(c) = mapped
            && !(c == '-' && (out.is_empty() || out.ends_with('-')))
        {
            out.push(c);
        }
    }
    let trimmed: String = out
        .trim_end_matches('-')
        .chars()
        .take(MAX_CHANNEL_NAME)
        .collect();
    trimmed.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(
        number: u32,
        username: &'a str,
        nickname: Option<&'a str>,
        claimed_by: Option<&'a str>,
    ) -> NameParts<'a> {
        NameParts {
            number: TicketNumber::new(number),
            username,
            nickname,
            claimed_by,
        }
    }

    #[test]
    fn schemes_render_every_placeholder() {
        let p = parts(7, "alice", Some("Ali Baba"), Some("bob"));
        assert_eq!(channel_name("ticket-%id%", &p), "ticket-7");
        assert_eq!(channel_name("ticket-%id_padded%", &p), "ticket-0007");
        assert_eq!(channel_name("%username%-%id%", &p), "alice-7");
        assert_eq!(channel_name("%nickname%", &p), "ali-baba");
        assert_eq!(channel_name("%claimed%-%id%", &p), "bob-7");
        let unclaimed = parts(12_345, "alice", None, None);
        assert_eq!(
            channel_name("%claimed%-%id_padded%", &unclaimed),
            "unclaimed-12345"
        );
        assert_eq!(
            channel_name("%nickname%", &unclaimed),
            "alice",
            "nickname falls back to username"
        );
    }

    #[test]
    fn names_follow_discords_rules() {
        let cases = [
            ("Ticket  #12 — URGENT!!", "ticket-12-urgent"),
            ("--a//b..c--", "a-b-c"),
            ("Ünïcödé Straße", "ünïcödé-straße"),
            ("emoji 🎫 name", "emoji-name"),
            ("under_score", "under_score"),
            ("!!!", ""),
        ];
        for (raw, expected) in cases {
            assert_eq!(sanitise(raw), expected, "{raw:?}");
        }
        let long = sanitise(&"a".repeat(150));
        assert_eq!(long.chars().count(), MAX_CHANNEL_NAME);
        let cut_at_dash = sanitise(&format!("{}-{}", "a".repeat(99), "b".repeat(10)));
        assert_eq!(
            cut_at_dash,
            "a".repeat(99),
            "no trailing dash after cutting"
        );
        assert_eq!(channel_name("!!!", &parts(3, "x", None, None)), "ticket-3");
        assert_eq!(
            channel_name("%username%", &parts(4, "🎫🎫", None, None)),
            "ticket-4"
        );
    }
}
