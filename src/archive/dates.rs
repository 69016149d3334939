//! Dates as transcripts and the dashboard show and take them: UTC, `YYYY-MM-DD`.

use crate::clock::Timestamp;

/// `YYYY-MM-DD HH:MM:SS UTC` (English's [`crate::i18n::Lang::date_time_utc`]).
pub fn utc(at: Timestamp) -> String {
    crate::i18n::Lang::EnUs.date_time_utc(at)
}

/// Midnight UTC of a `YYYY-MM-DD` date (1970–9999); `None` for anything else, also for a date
/// that does not exist (31 April).
pub fn parse_date(raw: &str) -> Option<Timestamp> {
    let date = chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()?;
    if !(1970..=9999).contains(&chrono::Datelike::year(&date)) {
        return None;
    }
    let midnight = date.and_hms_opt(0, 0, 0)?.and_utc();
    Some(Timestamp::from_millis(midnight.timestamp_millis()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(Timestamp::from_millis(0)), "1970-01-01 00:00:00 UTC");
        assert_eq!(
            utc(Timestamp::from_millis(1_709_210_096_000)),
            "2024-02-29 12:34:56 UTC"
        );
    }

    #[test]
    fn dates_parse_to_midnight_utc_and_back() {
        assert_eq!(parse_date("1970-01-01"), Some(Timestamp::from_millis(0)));
        let leap = parse_date("2024-02-29").unwrap();
        assert_eq!(utc(leap), "2024-02-29 00:00:00 UTC");
        assert_eq!(
            utc(parse_date(" 2026-12-31 ").unwrap()),
            "2026-12-31 00:00:00 UTC"
        );
        for bad in [
            "",
            "2023-02-29",
            "2024-04-31",
            "2024-13-01",
            "24-1-1x",
            "1969-12-31",
            "abc",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }
}
