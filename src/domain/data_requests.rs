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
pub fn filed_reply(kind: Kind, at: Timestamp, again: bool) -> String {
    let due = deadline(at).millis().div_euclid(1000);
    let what = match kind {
        Kind::Export => {
            "a copy of everything this ticketbox holds about you (as a JSON file, sent to you by DM when it fits; otherwise the operator tells you how you will get it)"
        }
        Kind::Delete => {
            "the removal of everything this ticketbox holds about you (you get a DM before it happens)"
        }
    };
    let filed = if again {
        "You already asked for"
    } else {
        "Your request is recorded:"
    };
    format!("{filed} {what}. The operator of this ticketbox answers by <t:{due}:D> (<t:{due}:R>).")
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
        let reply = filed_reply(Kind::Delete, at, false);
        assert!(
            reply.starts_with("Your request is recorded: the removal"),
            "{reply}"
        );
        assert!(reply.contains(&format!("<t:{}:D>", 1_030 * 86_400)));
        assert!(filed_reply(Kind::Export, at, true).starts_with("You already asked for a copy"));
    }
}
