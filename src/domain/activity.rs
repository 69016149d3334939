//! Following what happens inside a ticket: who wrote, of what kind, and when staff first
//! answered. The gateway's MESSAGE_CREATE feeds it; the rules here decide what a message means.

use crate::clock::Timestamp;
use crate::ids::UserId;

/// Who wrote a message in a ticket, as the auto-close rules and statistics see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthorKind {
    /// The member who opened the ticket (even when they are staff themselves).
    Opener,
    /// Support or admin at the time of the message.
    Staff,
    /// Anyone else added to the ticket.
    Other,
}

impl AuthorKind {
    pub fn of(author: UserId, opener: UserId, is_staff: bool) -> Self {
        if author == opener {
            Self::Opener
        } else if is_staff {
            Self::Staff
        } else {
            Self::Other
        }
    }

    /// The name stored in SQLite.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Opener => "opener",
            Self::Staff => "staff",
            Self::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "opener" => Some(Self::Opener),
            "staff" => Some(Self::Staff),
            "other" => Some(Self::Other),
            _ => None,
        }
    }
}

/// One message seen in a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub author: UserId,
    pub kind: AuthorKind,
    pub at: Timestamp,
    pub message: u64,
}

/// What a ticket's activity row holds after a batch of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub last: Option<(Timestamp, AuthorKind, u64)>,
    pub opener_last: Option<Timestamp>,
    /// The first staff message: when and by whom.
    pub first_response: Option<(Timestamp, UserId)>,
}

impl Summary {
    /// Folds `seen` (in any order; the gateway may deliver two tasks' messages out of order)
    /// into the summary. A later message wins "last"; an earlier staff message wins "first".
    pub fn add(&mut self, seen: Seen) {
        if self
            .last
            .is_none_or(|(at, _, id)| (seen.at, seen.message) > (at, id))
        {
            self.last = Some((seen.at, seen.kind, seen.message));
        }
        match seen.kind {
            AuthorKind::Opener => {
                self.opener_last = Some(self.opener_last.map_or(seen.at, |t| t.max(seen.at)));
            }
            AuthorKind::Staff => {
                if self.first_response.is_none_or(|(at, _)| seen.at < at) {
                    self.first_response = Some((seen.at, seen.author));
                }
            }
            AuthorKind::Other => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(author: u64, kind: AuthorKind, at: i64, message: u64) -> Seen {
        Seen {
            author: UserId::new(author),
            kind,
            at: Timestamp::from_millis(at),
            message,
        }
    }

    #[test]
    fn the_opener_is_the_opener_even_when_staff() {
        let opener = UserId::new(1);
        assert_eq!(AuthorKind::of(opener, opener, true), AuthorKind::Opener);
        assert_eq!(
            AuthorKind::of(UserId::new(2), opener, true),
            AuthorKind::Staff
        );
        assert_eq!(
            AuthorKind::of(UserId::new(2), opener, false),
            AuthorKind::Other
        );
        for kind in [AuthorKind::Opener, AuthorKind::Staff, AuthorKind::Other] {
            assert_eq!(AuthorKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(AuthorKind::parse("bot"), None);
    }

    #[test]
    fn summary_keeps_the_latest_message_and_the_earliest_response_in_any_order() {
        let mut s = Summary::default();
        s.add(seen(3, AuthorKind::Staff, 300, 30));
        s.add(seen(1, AuthorKind::Opener, 100, 10));
        s.add(seen(4, AuthorKind::Staff, 200, 20));
        s.add(seen(5, AuthorKind::Other, 250, 25));
        assert_eq!(
            s.last,
            Some((Timestamp::from_millis(300), AuthorKind::Staff, 30))
        );
        assert_eq!(s.opener_last, Some(Timestamp::from_millis(100)));
        assert_eq!(
            s.first_response,
            Some((Timestamp::from_millis(200), UserId::new(4)))
        );
        // Two messages in the same millisecond: the later id is the later message.
        s.add(seen(1, AuthorKind::Opener, 300, 31));
        assert_eq!(
            s.last,
            Some((Timestamp::from_millis(300), AuthorKind::Opener, 31))
        );
    }
}
