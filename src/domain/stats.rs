//! Ticket statistics (TicketsBot's `/stats`): counts, first response and resolution times over
//! the last 7 and 30 days and all time, ratings, and per staff member. Computed from one row per
//! ticket, so the same figures serve the command, placeholders and the dashboard.

use std::time::Duration;

use crate::clock::Timestamp;
use crate::ids::UserId;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The times the server figures read of one ticket (four numbers, so a guild with 100,000
/// tickets is read from one covering index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketTimes {
    pub opened_at: Timestamp,
    pub open: bool,
    /// When it closed (closed or closing).
    pub closed_at: Option<Timestamp>,
    /// The first staff message, when known (tickets followed since they opened).
    pub first_response_at: Option<Timestamp>,
}

/// What a staff member's figures read of one ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatRow {
    pub times: TicketTimes,
    /// Who answered first, when known.
    pub first_response_by: Option<UserId>,
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
    rows: &[TicketTimes],
    now: Timestamp,
    value: impl Fn(&TicketTimes) -> Option<i64>,
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
    fn of(given: impl Iterator<Item = u8>) -> Self {
        let given: Vec<u8> = given.collect();
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

fn first_response_ms(r: &TicketTimes) -> Option<i64> {
    r.first_response_at
        .map(|at| at.millis() - r.opened_at.millis())
}

fn resolution_ms(r: &TicketTimes) -> Option<i64> {
    r.closed_at
        .filter(|_| !r.open)
        .map(|at| at.millis() - r.opened_at.millis())
}

/// The server's figures from its tickets' times and the ratings given (1–5).
pub fn server(rows: &[TicketTimes], ratings: &[u8], now: Timestamp) -> ServerStats {
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
        ratings: Ratings::of(ratings.iter().copied()),
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
                .filter(|r| r.first_response_by == Some(user))
                .filter_map(|r| first_response_ms(&r.times))
                .collect(),
        ),
        ratings: Ratings::of(
            rows.iter()
                .filter(|r| r.claimed_by == Some(user))
                .filter_map(|r| r.rating),
        ),
    }
}

/// Every staff member's figures in one pass: anyone who claimed, closed or answered first, or
/// who wrote in a ticket as staff (`answered`: user and how many tickets), most tickets closed
/// first.
pub fn by_staff(rows: &[StatRow], answered: &[(UserId, usize)]) -> Vec<(UserId, StaffStats)> {
    #[derive(Default)]
    struct Acc {
        claimed: usize,
        closed: usize,
        answered: usize,
        responses: Vec<i64>,
        ratings: Vec<u8>,
    }
    let mut acc: std::collections::HashMap<UserId, Acc> = std::collections::HashMap::new();
    for r in rows {
        if let Some(u) = r.claimed_by {
            let a = acc.entry(u).or_default();
            a.claimed += 1;
            a.ratings.extend(r.rating);
        }
        if let Some(u) = r.closed_by {
            acc.entry(u).or_default().closed += 1;
        }
        if let Some(u) = r.first_response_by {
            acc.entry(u)
                .or_default()
                .responses
                .extend(first_response_ms(&r.times));
        }
    }
    for (u, n) in answered {
        acc.entry(*u).or_default().answered = *n;
    }
    let mut out: Vec<(UserId, StaffStats)> = acc
        .into_iter()
        .map(|(u, a)| {
            (
                u,
                StaffStats {
                    claimed: a.claimed,
                    closed: a.closed,
                    answered: a.answered,
                    first_response: Spread::of(a.responses),
                    ratings: Ratings::of(a.ratings.into_iter()),
                },
            )
        })
        .collect();
    out.sort_by(|(ua, a), (ub, b)| {
        (b.closed, b.answered, b.claimed, *ua).cmp(&(a.closed, a.answered, a.claimed, *ub))
    });
    out
}

/// One UTC day of the dashboard's 30-day chart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Day {
    /// Midnight UTC that starts the day.
    pub start: Timestamp,
    pub opened: usize,
    pub closed: usize,
    /// First response times of the tickets opened that day.
    pub first_response: Spread,
    /// Resolution times of the tickets closed that day.
    pub resolution: Spread,
}

/// The last `days` UTC days up to and including today, oldest first: tickets opened and closed
/// per day and that day's response and resolution times (the dashboard's chart and trends).
pub fn daily(rows: &[TicketTimes], now: Timestamp, days: usize) -> Vec<Day> {
    let days_i = i64::try_from(days).unwrap_or(0);
    let today = now.millis().div_euclid(DAY_MS);
    let first = today - days_i + 1;
    let slot = |at: Timestamp| {
        let day = at.millis().div_euclid(DAY_MS);
        (first..=today)
            .contains(&day)
            .then(|| usize::try_from(day - first).unwrap_or(0))
    };
    let mut opened = vec![0; days];
    let mut closed = vec![0; days];
    let mut responses: Vec<Vec<i64>> = vec![Vec::new(); days];
    let mut resolutions: Vec<Vec<i64>> = vec![Vec::new(); days];
    for r in rows {
        if let Some(i) = slot(r.opened_at) {
            opened[i] += 1;
            responses[i].extend(first_response_ms(r));
        }
        if let Some(i) = r.closed_at.filter(|_| !r.open).and_then(slot) {
            closed[i] += 1;
            resolutions[i].extend(resolution_ms(r));
        }
    }
    let mut out = Vec::with_capacity(days);
    for (i, (resp, res)) in responses.into_iter().zip(resolutions).enumerate() {
        out.push(Day {
            start: Timestamp::from_millis((first + i64::try_from(i).unwrap_or(0)) * DAY_MS),
            opened: opened[i],
            closed: closed[i],
            first_response: Spread::of(resp),
            resolution: Spread::of(res),
        });
    }
    out
}

/// How many ratings gave 1, 2, 3, 4 and 5 stars.
pub fn rating_distribution(ratings: &[u8]) -> [usize; 5] {
    let mut out = [0; 5];
    for r in ratings {
        if let Some(n) = usize::from(*r).checked_sub(1).and_then(|i| out.get_mut(i)) {
            *n += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3600 * 1000;

    fn row(opened_day: i64, response_h: Option<i64>, closed_h: Option<i64>) -> StatRow {
        let opened = Timestamp::from_millis(100 * DAY_MS - opened_day * DAY_MS);
        let later = |h: i64| Timestamp::from_millis(opened.millis() + h * HOUR);
        StatRow {
            times: TicketTimes {
                opened_at: opened,
                open: closed_h.is_none(),
                closed_at: closed_h.map(later),
                first_response_at: response_h.map(later),
            },
            first_response_by: response_h.map(|_| UserId::new(7)),
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
        let times: Vec<TicketTimes> = rows.iter().map(|r| r.times).collect();
        let given: Vec<u8> = rows.iter().filter_map(|r| r.rating).collect();
        let s = server(&times, &given, now);
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
        let everyone = by_staff(&rows, &[(UserId::new(7), 3), (UserId::new(8), 1)]);
        assert_eq!(everyone.len(), 2);
        assert_eq!(
            everyone[0],
            (UserId::new(7), me),
            "one pass, the same figures"
        );
        assert_eq!(everyone[1].0, UserId::new(8));
        assert_eq!(everyone[1].1.answered, 1);
        assert_eq!(server(&[], &[], now).first_response.all, Spread::default());
    }

    #[test]
    fn daily_series_counts_opens_and_closes_on_their_own_days() {
        // "now" is 10:00 on day 100; the series is days 71..=100.
        let now = Timestamp::from_millis(100 * DAY_MS + 10 * HOUR);
        let at = |day: i64, h: i64| Timestamp::from_millis(day * DAY_MS + h * HOUR);
        let t = |opened: Timestamp, response: Option<Timestamp>, closed: Option<Timestamp>| {
            TicketTimes {
                opened_at: opened,
                open: closed.is_none(),
                closed_at: closed,
                first_response_at: response,
            }
        };
        let rows = [
            t(at(99, 22), Some(at(99, 23)), Some(at(100, 2))), // opened yesterday, closed today
            t(at(100, 1), Some(at(100, 4)), None),             // opened today, open
            t(at(70, 12), None, Some(at(71, 0))),              // opened before the window
            t(at(60, 0), None, Some(at(65, 0))),               // entirely before
        ];
        let days = daily(&rows, now, 30);
        assert_eq!(days.len(), 30);
        assert_eq!(days[0].start, at(71, 0));
        assert_eq!(days[29].start, at(100, 0));
        assert_eq!((days[29].opened, days[29].closed), (1, 1));
        assert_eq!((days[28].opened, days[28].closed), (1, 0));
        assert_eq!((days[0].opened, days[0].closed), (0, 1));
        let h = |n: u64| Some(Duration::from_secs(n * 3600));
        assert_eq!(days[29].first_response.median, h(3));
        assert_eq!(days[28].first_response.median, h(1));
        assert_eq!(days[29].resolution.average, h(4), "by the day it closed");
        assert_eq!(days[0].resolution.average, h(12));
        assert_eq!(days.iter().map(|d| d.opened).sum::<usize>(), 2);
        assert_eq!(rating_distribution(&[5, 5, 1, 3, 0, 9]), [1, 0, 1, 0, 2]);
    }
}
