//! Tests of [`super`]: fixed clock times, across both of 2026's DST changes in Berlin.

use chrono::{TimeZone, Utc};

use super::*;

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Timestamp {
    Timestamp::from_millis(
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .unwrap()
            .timestamp_millis(),
    )
}

fn berlin(windows: &str) -> SupportHours {
    SupportHours {
        timezone: "Europe/Berlin".into(),
        windows: parse_windows(windows).unwrap(),
        holidays: Vec::new(),
        outside: Outside::Refuse,
        message: String::new(),
        colour: None,
    }
}

#[test]
fn open_in_the_window_and_next_opening_across_the_spring_change() {
    let hours = berlin("mon-fri 09:00-17:00");
    // Friday 27 March 2026, CET (UTC+1): 16:59 local is open, 17:00 closed.
    assert_eq!(hours.status(at(2026, 3, 27, 15, 59)), Status::Open);
    // Next: Monday 30 March 09:00, now CEST (UTC+2) = 07:00 UTC.
    assert_eq!(
        hours.status(at(2026, 3, 27, 16, 0)),
        Status::Closed {
            next_open: Some(at(2026, 3, 30, 7, 0))
        }
    );
    // Before opening on a weekday: today's window.
    assert_eq!(
        hours.status(at(2026, 3, 30, 6, 59)),
        Status::Closed {
            next_open: Some(at(2026, 3, 30, 7, 0))
        }
    );
}

#[test]
fn a_window_in_the_skipped_hour_opens_when_clocks_reach_it() {
    // 29 March 2026, 02:00 CET jumps to 03:00 CEST: 02:30 does not exist that day.
    let hours = berlin("sun 02:30-04:00");
    assert_eq!(
        hours.status(at(2026, 3, 29, 0, 0)),
        Status::Closed {
            next_open: Some(at(2026, 3, 29, 1, 0))
        },
        "03:00 CEST, the first minute after the gap"
    );
    assert_eq!(
        hours.status(at(2026, 3, 29, 1, 30)),
        Status::Open,
        "03:30 CEST"
    );
}

#[test]
fn the_repeated_autumn_hour_is_open_twice_and_the_offset_follows() {
    // 25 October 2026, 03:00 CEST falls back to 02:00 CET: 02:30 happens twice.
    let hours = berlin("sun 02:00-03:00; mon 09:00-10:00");
    assert_eq!(
        hours.status(at(2026, 10, 25, 0, 30)),
        Status::Open,
        "02:30 CEST"
    );
    assert_eq!(
        hours.status(at(2026, 10, 25, 1, 30)),
        Status::Open,
        "02:30 CET"
    );
    // Monday 09:00 is CET now: 08:00 UTC.
    assert_eq!(
        hours.status(at(2026, 10, 25, 2, 0)),
        Status::Closed {
            next_open: Some(at(2026, 10, 26, 8, 0))
        }
    );
}

#[test]
fn holidays_close_whole_days() {
    let mut hours = berlin("mon-fri 09:00-17:00");
    hours.holidays =
        parse_holidays("2026-12-24..2026-12-26 Christmas; 2027-01-01 New Year").unwrap();
    assert_eq!(hours.holidays[0].name, "Christmas");
    // Thursday 24 December, 10:00 CET: a holiday; next is Monday 28th, 09:00 CET.
    assert_eq!(
        hours.status(at(2026, 12, 24, 9, 0)),
        Status::Closed {
            next_open: Some(at(2026, 12, 28, 8, 0))
        }
    );
    assert_eq!(hours.status(at(2026, 12, 23, 9, 0)), Status::Open);
    assert_eq!(
        hours.holidays_text(),
        "2026-12-24..2026-12-26 Christmas; 2027-01-01 New Year"
    );
}

#[test]
fn bad_hours_are_refused_by_name() {
    let err = |h: SupportHours| h.validate().unwrap_err().to_string();
    assert!(
        err(SupportHours {
            timezone: "Mars/Olympus".into(),
            ..berlin("mon 09:00-17:00")
        })
        .contains("\"Mars/Olympus\" is not a time zone")
    );
    assert!(err(berlin("mon 17:00-09:00")).contains("mon 17:00-09:00 ends before it starts"));
    assert!(
        err(berlin("mon-fri 09:00-17:00; wed 16:00-18:00"))
            .contains("wed 16:00-18:00 overlaps wed 09:00-17:00")
    );
    assert!(err(berlin("")).contains("at least one window"));
    assert!(
        parse_windows("monday 9-17")
            .unwrap_err()
            .to_string()
            .starts_with("Hours:")
    );
    assert!(
        parse_windows("fri-mon 09:00-17:00")
            .unwrap_err()
            .to_string()
            .contains("backwards")
    );
    assert!(parse_windows("mon 09:00-24:00").is_ok());
    assert!(parse_windows("mon 09:00-24:01").is_err());
    assert!(
        parse_holidays("2026-13-01")
            .unwrap_err()
            .to_string()
            .starts_with("Holidays:")
    );
    let mut inverted = berlin("mon 09:00-17:00");
    inverted.holidays = parse_holidays("2026-12-26..2026-12-24").unwrap();
    assert!(err(inverted).contains("ends before it starts"));
    assert_eq!(
        berlin("mon-wed,fri 09:00-12:30").windows_text(),
        "mon 09:00-12:30; tue 09:00-12:30; wed 09:00-12:30; fri 09:00-12:30"
    );
}

#[test]
fn the_notice_names_the_next_opening() {
    let hours = berlin("mon 09:00-17:00");
    let next = at(2026, 3, 30, 7, 0);
    let s = next.millis() / 1000;
    assert_eq!(
        notice(&hours, Some(next), Lang::EnUs),
        format!("Our team is away right now and will be back <t:{s}:R> (<t:{s}:F>).")
    );
    let custom = SupportHours {
        message: "Back %next_open%.".into(),
        ..hours
    };
    assert_eq!(notice(&custom, None, Lang::EnUs), "Back later.");
}
