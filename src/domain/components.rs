//! The `custom_id` of every button, select and modal ticketbox posts: one type, written and
//! parsed in one place. Everything ticketbox puts on a component starts with `tb:`; Discord
//! allows at most 100 characters (Message Components, "Custom ID").

use std::fmt;
use std::str::FromStr;

use crate::ids::{MultiPanelId, PanelId, TicketId};

/// What a component or modal does when used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComponentId {
    /// A panel's button: open a ticket from that panel.
    OpenPanel(PanelId),
    /// A multi-panel's select (the chosen panel is the select's value).
    MultiSelect(MultiPanelId),
    /// A panel's form, submitted.
    Form(PanelId),
    Close,
    CloseConfirm,
    CloseReason,
    CloseReasonModal,
    Claim,
    /// A thread ticket's notification: join the thread.
    Join(TicketId),
    CloseRequestAccept,
    CloseRequestDeny,
    /// An auto-close warning's "Keep open" (the ticket is the channel's).
    KeepOpen,
    /// A star button (1 to 5) on the rating request DM'd after a close.
    Rate(TicketId, u8),
    /// "Add a comment" under a rating; the modal it opens.
    Comment(TicketId),
    CommentModal(TicketId),
    /// "Tell us more" under a rating: the panel's exit survey; the modal it opens.
    Survey(TicketId),
    SurveyModal(TicketId),
}

/// Why a custom id is not one of ticketbox's (another bot's, an older version's, garbage).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a ticketbox component id")]
pub struct UnknownComponent;

const PREFIX: &str = "tb:";

impl fmt::Display for ComponentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PREFIX)?;
        match self {
            Self::OpenPanel(p) => write!(f, "open:{p}"),
            Self::MultiSelect(m) => write!(f, "multi:{m}"),
            Self::Form(p) => write!(f, "form:{p}"),
            Self::Close => f.write_str("close"),
            Self::CloseConfirm => f.write_str("close-confirm"),
            Self::CloseReason => f.write_str("close-reason"),
            Self::CloseReasonModal => f.write_str("close-reason-modal"),
            Self::Claim => f.write_str("claim"),
            Self::Join(t) => write!(f, "join:{t}"),
            Self::CloseRequestAccept => f.write_str("cr-accept"),
            Self::CloseRequestDeny => f.write_str("cr-deny"),
            Self::KeepOpen => f.write_str("keep-open"),
            Self::Rate(t, n) => write!(f, "rate:{t}:{n}"),
            Self::Comment(t) => write!(f, "comment:{t}"),
            Self::CommentModal(t) => write!(f, "comment-modal:{t}"),
            Self::Survey(t) => write!(f, "survey:{t}"),
            Self::SurveyModal(t) => write!(f, "survey-modal:{t}"),
        }
    }
}

/// A positive row id as written by `Display` (no sign, no leading zero).
fn number(raw: &str) -> Result<i64, UnknownComponent> {
    let plain = !raw.is_empty()
        && !raw.starts_with('0')
        && raw.len() <= 19
        && raw.bytes().all(|b| b.is_ascii_digit());
    if !plain {
        return Err(UnknownComponent);
    }
    raw.parse().map_err(|_| UnknownComponent)
}

impl FromStr for ComponentId {
    type Err = UnknownComponent;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let rest = raw.strip_prefix(PREFIX).ok_or(UnknownComponent)?;
        let found = match rest {
            "close" => Self::Close,
            "close-confirm" => Self::CloseConfirm,
            "close-reason" => Self::CloseReason,
            "close-reason-modal" => Self::CloseReasonModal,
            "claim" => Self::Claim,
            "cr-accept" => Self::CloseRequestAccept,
            "cr-deny" => Self::CloseRequestDeny,
            "keep-open" => Self::KeepOpen,
            _ => {
                let (kind, id) = rest.split_once(':').ok_or(UnknownComponent)?;
                if kind == "rate" {
                    let (ticket, stars) = id.split_once(':').ok_or(UnknownComponent)?;
                    let stars = match stars {
                        "1" => 1,
                        "2" => 2,
                        "3" => 3,
                        "4" => 4,
                        "5" => 5,
                        _ => return Err(UnknownComponent),
                    };
                    return Ok(Self::Rate(TicketId::new(number(ticket)?), stars));
                }
                let id = number(id)?;
                match kind {
                    "open" => Self::OpenPanel(PanelId::new(id)),
                    "multi" => Self::MultiSelect(MultiPanelId::new(id)),
                    "form" => Self::Form(PanelId::new(id)),
                    "join" => Self::Join(TicketId::new(id)),
                    "comment" => Self::Comment(TicketId::new(id)),
                    "comment-modal" => Self::CommentModal(TicketId::new(id)),
                    "survey" => Self::Survey(TicketId::new(id)),
                    "survey-modal" => Self::SurveyModal(TicketId::new(id)),
                    _ => return Err(UnknownComponent),
                }
            }
        };
        Ok(found)
    }
}

impl ComponentId {
    /// Whether `raw` is meant for ticketbox at all (another bot's components are not ours to
    /// answer).
    pub fn is_ours(raw: &str) -> bool {
        raw.starts_with(PREFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant with ids at the edges and spread over the range.
    fn all(ids: &[i64]) -> Vec<ComponentId> {
        let mut out = vec![
            ComponentId::Close,
            ComponentId::CloseConfirm,
            ComponentId::CloseReason,
            ComponentId::CloseReasonModal,
            ComponentId::Claim,
            ComponentId::CloseRequestAccept,
            ComponentId::CloseRequestDeny,
            ComponentId::KeepOpen,
        ];
        for &id in ids {
            out.push(ComponentId::OpenPanel(PanelId::new(id)));
            out.push(ComponentId::MultiSelect(MultiPanelId::new(id)));
            out.push(ComponentId::Form(PanelId::new(id)));
            out.push(ComponentId::Join(TicketId::new(id)));
            out.push(ComponentId::Comment(TicketId::new(id)));
            out.push(ComponentId::CommentModal(TicketId::new(id)));
            out.push(ComponentId::Survey(TicketId::new(id)));
            out.push(ComponentId::SurveyModal(TicketId::new(id)));
            for stars in 1..=5 {
                out.push(ComponentId::Rate(TicketId::new(id), stars));
            }
        }
        out
    }

    /// Property: for every id, writing then parsing gives the same component, within
    /// Discord's 100 characters. Ids: the edges and 2,000 pseudo-random ones (fixed seed).
    #[test]
    fn every_component_id_round_trips() {
        let mut ids = vec![1, 9, 10, i64::from(u32::MAX), i64::MAX - 1, i64::MAX];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let spread = x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> (1 + x % 60);
            ids.push(i64::try_from(spread).unwrap().max(1));
        }
        for c in all(&ids) {
            let written = c.to_string();
            assert!(written.len() <= 100 && ComponentId::is_ours(&written));
            assert_eq!(written.parse::<ComponentId>(), Ok(c), "{written}");
        }
    }

    /// The ids posted before this type existed still work (buttons stay in Discord).
    #[test]
    fn ids_already_posted_parse() {
        assert_eq!(
            "tb:open:42".parse(),
            Ok(ComponentId::OpenPanel(PanelId::new(42)))
        );
        assert_eq!("tb:close".parse(), Ok(ComponentId::Close));
        assert_eq!("tb:cr-deny".parse(), Ok(ComponentId::CloseRequestDeny));
        assert_eq!("tb:join:7".parse(), Ok(ComponentId::Join(TicketId::new(7))));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "tb:",
            "tb:open:",
            "tb:open:0",
            "tb:open:007",
            "tb:open:-1",
            "tb:rate:5",
            "tb:rate:5:0",
            "tb:rate:5:6",
            "tb:rate:5:",
            "tb:rate:05:3",
            "tb:open:+1",
            "tb:open:1x",
            "tb:open:9223372036854775808",
            "tb:open:1:2",
            "tb:close ",
            "tb:CLOSE",
            "tb:nope:1",
            "other:close",
            "close",
        ] {
            assert_eq!(bad.parse::<ComponentId>(), Err(UnknownComponent), "{bad:?}");
        }
    }
}
