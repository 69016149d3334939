//! Data requests people file from Discord (`/mydata export`, `/mydata delete`): answered
//! within 30 days (the GDPR's month), listed as overdue after 25 so operators have time left.

use crate::clock::Timestamp;

const DAY_MS: i64 = 86_400_000;
/// Days a request may take.
pub const DEADLINE_DAYS: i64 = 30;
/// Days after which an open request is shown as overdue.
pub const OVERDUE_DAYS: i64 = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Export,
    Delete,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Delete => "delete",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "export" => Some(Self::Export),
            "delete" => Some(Self::Delete),
            _ => None,
        }
    }
}

/// When a request filed at `at` must be answered.
pub fn deadline(at: Timestamp) -> Timestamp {
    Timestamp::from_millis(at.millis() + DEADLINE_DAYS * DAY_MS)
}

/// Whether an unhandled request filed at `at` is overdue at `now`.
pub fn overdue(at: Timestamp, now: Timestamp) -> bool {
    now.millis() - at.millis() > OVERDUE_DAYS * DAY_MS
}

/// What the person is told when they file a request (`again`: one of this kind was open).
pub fn filed_reply(kind: Kind, at: Timestamp, again: bool) -> crate::i18n::Msg {
    use crate::msg;
    let due = deadline(at).millis().div_euclid(1000).to_string();
    let what = match kind {
        Kind::Export => msg!("mydata-what-export"),
        Kind::Delete => msg!("mydata-what-delete"),
    };
    if again {
        msg!("mydata-filed-again", what = what, due = due)
    } else {
        msg!("mydata-filed", what = what, due = due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_and_overdue() {
        let at = Timestamp::from_millis(1_000 * DAY_MS);
        assert_eq!(deadline(at).millis(), 1_030 * DAY_MS);
        assert!(!overdue(at, Timestamp::from_millis(1_025 * DAY_MS)));
        assert!(overdue(at, Timestamp::from_millis(1_025 * DAY_MS + 1)));
        let reply = filed_reply(Kind::Delete, at, false).to_string();
        assert!(
            reply.starts_with("Your request is recorded: the removal"),
            "{reply}"
        );
        assert!(reply.contains(&format!("<t:{}:D>", 1_030 * 86_400)));
        assert!(
            filed_reply(Kind::Export, at, true)
                .to_string()
                .starts_with("You already asked for a copy")
        );
    }
}
