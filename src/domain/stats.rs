//! Ticket statistics (TicketsBot's `/stats`): counts, first response and resolution times over
//! the last 7 and 30 days and all time, ratings, and per staff member. Computed from one row per
//! ticket, so the same figures serve the command, placeholders and the dashboard.

use std::time::Duration;

use crate::clock::Timestamp;
use crate::ids::UserId;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// What the statistics read of one ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatRow {
    pub opened_at: Timestamp,
    pub open: bool,
    /// When it closed (closed or closing).
    pub closed_at: Option<Timestamp>,
    /// The first staff message, when known (tickets followed since they opened).
    pub first_response: Option<(Timestamp, UserId)>,
    pub claimed_by: Option<UserId>,
    pub closed_by: Option<UserId>,
    pub rating: Option<u8>,
}

/// Average and median of a set of durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spread {
    pub count: usize,
    pub average: Option<Duration>,
    pub median: Option<Duration>,
}

impl Spread {
    fn of(mut millis: Vec<i64>) -> Self {
        millis.retain(|m| *m >= 0);
        if millis.is_empty() {
            return Self::default();
        }
        millis.sort_unstable();
        let n = millis.len();
        let sum: i128 = millis.iter().map(|m| i128::from(*m)).sum();
        let average = i64::try_from(sum / i128::try_from(n).unwrap_or(1)).unwrap_or(i64::MAX);
        let median = if n % 2 == 1 {
            millis[n / 2]
        } else {
            millis[n / 2 - 1] / 2 + millis[n / 2] / 2
        };
        let d = |m: i64| Duration::from_millis(u64::try_from(m).unwrap_or(0));
        Self {
            count: n,
            average: Some(d(average)),
            median: Some(d(median)),
        }
    }
}

/// A figure over the last 7 days, the last 30 days, and all time (by opening date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Windows<T> {
    pub week: T,
    pub month: T,
    pub all: T,
}

fn windows(
    rows: &[StatRow],
    now: Timestamp,
    value: impl Fn(&StatRow) -> Option<i64>,
) -> Windows<Spread> {
    let since = |days: i64| now.millis() - days * DAY_MS;
    let pick = |from: i64| {
        Spread::of(
            rows.iter()
                .filter(|r| r.opened_at.millis() >= from)
                .filter_map(&value)
                .collect(),
        )
    };
    Windows {
        week: pick(since(7)),
        month: pick(since(30)),
        all: pick(i64::MIN),
    }
}

/// Average rating and how many.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Ratings {
    pub count: usize,
    pub average: Option<f64>,
}

impl Ratings {
    fn of<'a>(rows: impl Iterator<Item = &'a StatRow>) -> Self {
        let given: Vec<u8> = rows.filter_map(|r| r.rating).collect();
        let count = given.len();
        let sum: u32 = given.iter().map(|r| u32::from(*r)).sum();
        Self {
            count,
            average: (count > 0)
                .then(|| f64::from(sum) / f64::from(u32::try_from(count).unwrap_or(u32::MAX))),
        }
    }
}

/// A server's figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerStats {
    pub open: usize,
    pub total: usize,
    pub opened_week: usize,
    pub opened_month: usize,
    pub first_response: Windows<Spread>,
    pub resolution: Windows<Spread>,
    pub ratings: Ratings,
}

fn first_response_ms(r: &StatRow) -> Option<i64> {
    r.first_response
        .map(|(at, _)| at.millis() - r.opened_at.millis())
}

fn resolution_ms(r: &StatRow) -> Option<i64> {
    r.closed_at
        .filter(|_| !r.open)
        .map(|at| at.millis() - r.opened_at.millis())
}

pub fn server(rows: &[StatRow], now: Timestamp) -> ServerStats {
    let opened_since = |days: i64| {
        rows.iter()
            .filter(|r| r.opened_at.millis() >= now.millis() - days * DAY_MS)
            .count()
    };
    ServerStats {
        open: rows.iter().filter(|r| r.open).count(),
        total: rows.len(),
        opened_week: opened_since(7),
        opened_month: opened_since(30),
        first_response: windows(rows, now, first_response_ms),
        resolution: windows(rows, now, resolution_ms),
        ratings: Ratings::of(rows.iter()),
    }
}

/// One staff member's figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaffStats {
    pub claimed: usize,
    pub closed: usize,
    /// Tickets they wrote in as staff.
    pub answered: usize,
    /// Their own first responses (tickets where they answered first).
    pub first_response: Spread,
    /// Ratings of the tickets they claimed.
    pub ratings: Ratings,
}

pub fn staff(rows: &[StatRow], user: UserId, answered: usize) -> StaffStats {
    StaffStats {
        claimed: rows.iter().filter(|r| r.claimed_by == Some(user)).count(),
        closed: rows.iter().filter(|r| r.closed_by == Some(user)).count(),
        answered,
        first_response: Spread::of(
            rows.iter()
                .filter(|r| r.first_response.is_some_and(|(_, by)| by == user))
                .filter_map(first_response_ms)
                .collect(),
        ),
        ratings: Ratings::of(rows.iter().filter(|r| r.claimed_by == Some(user))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3600 * 1000;

    fn row(opened_day: i64, response_h: Option<i64>, closed_h: Option<i64>) -> StatRow {
        let opened = Timestamp::from_millis(100 * DAY_MS - opened_day * DAY_MS);
        let later = |h: i64| Timestamp::from_millis(opened.millis() + h * HOUR);
        StatRow {
            opened_at: opened,
            open: closed_h.is_none(),
            closed_at: closed_h.map(later),
            first_response: response_h.map(|h| (later(h), UserId::new(7))),
            claimed_by: None,
            closed_by: None,
            rating: None,
        }
    }

    #[test]
    fn server_figures_over_a_known_set() {
        let now = Timestamp::from_millis(100 * DAY_MS);
        let mut rows = vec![
            row(1, Some(1), Some(10)),  // this week
            row(3, Some(3), None),      // this week, open
            row(10, Some(2), Some(48)), // this month
            row(60, None, Some(5)),     // older, first response unknown
        ];
        rows[0].rating = Some(5);
        rows[2].rating = Some(2);
        rows[0].claimed_by = Some(UserId::new(7));
        rows[0].closed_by = Some(UserId::new(7));
        let s = server(&rows, now);
        assert_eq!(
            (s.open, s.total, s.opened_week, s.opened_month),
            (1, 4, 2, 3)
        );
        let h = |n: u64| Some(Duration::from_secs(n * 3600));
        assert_eq!(s.first_response.week.count, 2);
        assert_eq!(s.first_response.week.average, h(2));
        assert_eq!(s.first_response.month.median, h(2));
        assert_eq!(
            s.first_response.all.count, 3,
            "unknown first responses are left out"
        );
        assert_eq!(
            s.resolution.week.average,
            h(10),
            "open tickets are not resolved"
        );
        assert_eq!(s.resolution.all.count, 3);
        assert_eq!(s.resolution.all.median, h(10));
        assert_eq!(s.ratings.count, 2);
        assert_eq!(s.ratings.average, Some(3.5));
        let me = staff(&rows, UserId::new(7), 3);
        assert_eq!((me.claimed, me.closed, me.answered), (1, 1, 3));
        assert_eq!(me.first_response.count, 3);
        assert_eq!(me.ratings.average, Some(5.0));
        assert_eq!(server(&[], now).first_response.all, Spread::default());
    }
}
