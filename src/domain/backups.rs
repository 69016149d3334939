//! Backups: their ids (the UTC time taken, sortable: `20261206T043800Z`), which ones retention
//! keeps (the newest of each of the last `keep_daily` days and of the last `keep_weekly` ISO
//! weeks, and always the newest), and when the last good one counts as stale.

use chrono::{DateTime, Datelike, Utc};

use crate::clock::Timestamp;

/// A backup's id for the moment it was taken.
pub fn id_for(at: Timestamp) -> String {
    DateTime::<Utc>::from_timestamp_millis(at.millis())
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// When a backup id says it was taken; `None` for a name that is not an id.
pub fn taken_at(id: &str) -> Option<Timestamp> {
    chrono::NaiveDateTime::parse_from_str(id, "%Y%m%dT%H%M%SZ")
        .ok()
        .map(|t| Timestamp::from_millis(t.and_utc().timestamp_millis()))
}

/// The ids retention keeps, of `ids` (any order): the newest backup of each of the last
/// `keep_daily` calendar days (UTC) that have one, the newest of each of the last
/// `keep_weekly` ISO weeks that have one, and the newest of all whatever the settings.
pub fn kept(ids: &[String], keep_daily: u32, keep_weekly: u32) -> Vec<String> {
    let mut dated: Vec<(DateTime<Utc>, &String)> = ids
        .iter()
        .filter_map(|id| {
            let at = taken_at(id)?;
            DateTime::<Utc>::from_timestamp_millis(at.millis()).map(|t| (t, id))
        })
        .collect();
    dated.sort_by_key(|d| std::cmp::Reverse(d.0));
    let mut keep: Vec<String> = Vec::new();
    let mut pick = |key: &dyn Fn(&DateTime<Utc>) -> (i32, u32), limit: u32| {
        let mut seen = Vec::new();
        for (t, id) in &dated {
            let k = key(t);
            if seen.contains(&k) {
                continue;
            }
            if seen.len() >= limit as usize {
                break;
            }
            seen.push(k);
            if !keep.contains(id) {
                keep.push((*id).clone());
            }
        }
    };
    pick(&|t| (t.year(), t.ordinal()), keep_daily);
    pick(&|t| (t.iso_week().year(), t.iso_week().week()), keep_weekly);
    if let Some((_, newest)) = dated.first()
        && !keep.contains(newest)
    {
        keep.push((*newest).clone());
    }
    keep.sort();
    keep
}

/// Whether the last good backup (`last_ok`) is older than twice the interval at `now`.
pub fn is_stale(last_ok: Option<Timestamp>, interval_ms: i64, now: Timestamp) -> bool {
    last_ok.is_none_or(|t| now.millis() - t.millis() > 2 * interval_ms)
}

/// The wait before retry `attempt` (1 = first) of a failed backup: 1, 2, 4 … minutes, at most
/// the interval.
pub fn retry_after_ms(attempt: u32, interval_ms: i64) -> i64 {
    let minutes = 1_i64 << attempt.saturating_sub(1).min(16);
    (minutes * 60_000).min(interval_ms.max(60_000))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(raw: &str) -> String {
        id_for(taken_at(raw).unwrap())
    }

    #[test]
    fn ids_round_trip_and_sort_by_time() {
        let t = Timestamp::from_millis(1_796_531_880_000);
        assert_eq!(id_for(t), "20261206T043800Z");
        assert_eq!(taken_at("20261206T043800Z"), Some(t));
        assert_eq!(taken_at("manifest"), None);
    }

    #[test]
    fn retention_keeps_a_daily_and_a_weekly_series() {
        // Two a day for 20 days, from 2026-11-01 (a Sunday).
        let mut ids = Vec::new();
        for day in 1..=20 {
            for hour in [3, 15] {
                ids.push(at(&format!("202611{day:02}T{hour:02}0000Z")));
            }
        }
        let kept = kept(&ids, 3, 2);
        // Daily: the newest of Nov 20, 19, 18. Weekly: the newest of ISO week 47 (Nov 16–22,
        // the 20th, already kept) and week 46 (Nov 9–15: the 15th).
        assert_eq!(
            kept,
            vec![
                "20261115T150000Z",
                "20261118T150000Z",
                "20261119T150000Z",
                "20261120T150000Z"
            ]
        );
    }

    #[test]
    fn the_newest_is_always_kept_and_strangers_are_ignored() {
        let ids = vec!["20261201T000000Z".to_owned(), "not-a-backup".to_owned()];
        assert_eq!(kept(&ids, 0, 0), vec!["20261201T000000Z"]);
        assert!(kept(&[], 7, 4).is_empty());
    }

    #[test]
    fn staleness_and_back_off() {
        let day = 86_400_000;
        let now = Timestamp::from_millis(10 * day);
        assert!(is_stale(None, day, now));
        assert!(!is_stale(Some(Timestamp::from_millis(9 * day)), day, now));
        assert!(is_stale(Some(Timestamp::from_millis(7 * day)), day, now));
        assert_eq!(retry_after_ms(1, day), 60_000);
        assert_eq!(retry_after_ms(3, day), 240_000);
        assert_eq!(retry_after_ms(30, 600_000), 600_000);
    }
}
