//! The awaiting-response category: in channel mode a panel may name a category for tickets
//! waiting on the opener. When staff wrote last the ticket channel moves there; when the opener
//! writes it moves back. Moves are coalesced: at most one per ticket per [`MOVE_EVERY`], and
//! the state when the move runs wins.

use std::time::Duration;

use super::activity::AuthorKind;
use crate::clock::Timestamp;

/// The least time between two moves of one ticket.
pub const MOVE_EVERY: Duration = Duration::from_mins(10);

/// Where a ticket channel belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The category it was opened in (the panel's, the server's ticket category, or overflow).
    Home,
    /// The panel's awaiting-response category.
    Awaiting,
}

impl Place {
    /// The name stored in SQLite.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::Awaiting => "awaiting",
        }
    }

    /// A stored name; anything else (NULL: never moved) is home.
    pub fn parse(raw: Option<&str>) -> Self {
        match raw {
            Some("awaiting") => Self::Awaiting,
            _ => Self::Home,
        }
    }
}

/// Where the ticket belongs after a message by `kind`: staff wrote last, so it awaits the
/// opener; the opener wrote, so it goes home; anyone else changes nothing.
pub fn wanted(kind: AuthorKind) -> Option<Place> {
    match kind {
        AuthorKind::Staff => Some(Place::Awaiting),
        AuthorKind::Opener => Some(Place::Home),
        AuthorKind::Other => None,
    }
}

/// Where the ticket belongs now, from the kind of its last message and whether its panel
/// (still) has an awaiting-response category: without one it goes home.
pub fn place_for(last: Option<AuthorKind>, current: Place, has_category: bool) -> Place {
    if !has_category {
        return Place::Home;
    }
    last.and_then(wanted).unwrap_or(current)
}

/// When the next move may run: now, or [`MOVE_EVERY`] after the last move.
pub fn next_move_at(last_moved: Option<Timestamp>, now: Timestamp) -> Timestamp {
    let every = i64::try_from(MOVE_EVERY.as_millis()).unwrap_or(i64::MAX);
    last_moved.map_or(now, |at| {
        Timestamp::from_millis(now.millis().max(at.millis().saturating_add(every)))
    })
}

/// A panel's awaiting-response category must differ from its own category (moving there would
/// change nothing).
pub fn validate(
    awaiting: Option<crate::ids::ChannelId>,
    panel_category: Option<crate::ids::ChannelId>,
) -> Result<(), crate::i18n::Msg> {
    if awaiting.is_some() && awaiting == panel_category {
        return Err(crate::msg!("rule-awaiting-category-same"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_last_awaits_the_opener_and_the_opener_brings_it_home() {
        assert_eq!(wanted(AuthorKind::Staff), Some(Place::Awaiting));
        assert_eq!(wanted(AuthorKind::Opener), Some(Place::Home));
        assert_eq!(wanted(AuthorKind::Other), None);
        assert_eq!(
            place_for(Some(AuthorKind::Other), Place::Awaiting, true),
            Place::Awaiting,
            "another member's message changes nothing"
        );
        assert_eq!(place_for(None, Place::Home, true), Place::Home);
        assert_eq!(
            place_for(Some(AuthorKind::Staff), Place::Awaiting, false),
            Place::Home,
            "a category removed from the panel sends tickets home"
        );
        for p in [Place::Home, Place::Awaiting] {
            assert_eq!(Place::parse(Some(p.as_str())), p);
        }
        assert_eq!(Place::parse(None), Place::Home);
        let (a, b) = (crate::ids::ChannelId::new(1), crate::ids::ChannelId::new(2));
        assert!(validate(Some(a), Some(b)).is_ok() && validate(None, Some(b)).is_ok());
        assert!(
            validate(Some(a), Some(a))
                .unwrap_err()
                .to_string()
                .contains("must differ")
        );
    }

    #[test]
    fn moves_are_ten_minutes_apart() {
        let min = 60_000;
        let now = Timestamp::from_millis(100 * min);
        assert_eq!(next_move_at(None, now), now);
        assert_eq!(
            next_move_at(Some(Timestamp::from_millis(95 * min)), now),
            Timestamp::from_millis(105 * min)
        );
        assert_eq!(
            next_move_at(Some(Timestamp::from_millis(80 * min)), now),
            now
        );
    }
}
