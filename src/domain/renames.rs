//! Discord lets a channel be renamed twice per 10 minutes. Given the recent renames, when may
//! the next one happen?

use crate::clock::Timestamp;

pub const WINDOW_MS: i64 = 10 * 60 * 1000;
pub const PER_WINDOW: usize = 2;

/// `None`: rename now. `Some(at)`: the earliest time the rename is allowed. `recent` holds the
/// times of earlier renames of this channel (any order, older ones ignored).
pub fn next_slot(recent: &[Timestamp], now: Timestamp) -> Option<Timestamp> {
    let mut inside: Vec<i64> = recent
        .iter()
        .map(|t| t.millis())
        .filter(|t| now.millis() - t < WINDOW_MS)
        .collect();
    if inside.len() < PER_WINDOW {
        return None;
    }
    inside.sort_unstable();
    // The oldest rename inside the window must leave it first.
    let oldest_needed = inside[inside.len() - PER_WINDOW];
    Some(Timestamp::from_millis(oldest_needed + WINDOW_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_millis(secs * 1000)
    }

    #[test]
    fn two_per_ten_minutes() {
        assert_eq!(next_slot(&[], t(1000)), None);
        assert_eq!(next_slot(&[t(990)], t(1000)), None);
        assert_eq!(next_slot(&[t(990), t(995)], t(1000)), Some(t(1590)));
        assert_eq!(
            next_slot(&[t(995), t(990), t(100)], t(1000)),
            Some(t(1590)),
            "order and old renames do not matter"
        );
        assert_eq!(
            next_slot(&[t(300), t(400)], t(1000)),
            None,
            "both left the window"
        );
        assert_eq!(
            next_slot(&[t(399), t(990)], t(1000)),
            None,
            "exactly 601 s ago is outside"
        );
    }
}
