//! A panel's support hours: weekly windows in an IANA time zone (its DST rules applied by
//! `chrono-tz`), holidays as date ranges, and what happens outside them — refuse, or open and
//! tell the opener when staff will be back.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::clock::Timestamp;
use crate::i18n::{Lang, Msg};
use crate::msg;

pub const MAX_WINDOWS: usize = 28;
pub const MAX_HOLIDAYS: usize = 50;
pub const MAX_MESSAGE: usize = 1000;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// One weekly window: `day` 0 = Monday; minutes of the day, `start < end` (24:00 = 1440).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub day: u8,
    pub start: u16,
    pub end: u16,
}

/// Days off, inclusive, in the hours' time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(default)]
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Outside {
    /// No tickets outside the hours (staff excepted).
    #[default]
    Refuse,
    /// Open, and tell the opener when staff will be back.
    OpenAndTell,
}

impl Outside {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Refuse => "refuse",
            Self::OpenAndTell => "open_and_tell",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "refuse" => Some(Self::Refuse),
            "open_and_tell" | "open" => Some(Self::OpenAndTell),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportHours {
    /// An IANA name, e.g. `Europe/Berlin`.
    pub timezone: String,
    pub windows: Vec<Window>,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
    #[serde(default)]
    pub outside: Outside,
    /// The notice (placeholders `%next_open%`, `%next_open_relative%`); empty: the default.
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub colour: Option<u32>,
}

/// Whether staff are in now, and if not when they are next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed { next_open: Option<Timestamp> },
}

fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

impl Window {
    pub fn describe(&self) -> String {
        format!(
            "{} {}-{}",
            DAYS[usize::from(self.day)],
            hhmm(self.start),
            hhmm(self.end)
        )
    }
}

/// Reads a time zone's IANA name (`Europe/Berlin`), refusing unknown ones by name.
pub fn parse_timezone(raw: &str) -> Result<Tz, Msg> {
    raw.trim()
        .parse::<Tz>()
        .map_err(|_| msg!("rule-hours-timezone", zone = format!("{:?}", raw.trim())))
}

fn parse_time(raw: &str) -> Option<u16> {
    let (h, m) = raw.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

fn parse_day(raw: &str) -> Option<u8> {
    let raw = raw.trim().to_ascii_lowercase();
    let short = raw.get(..3)?;
    DAYS.iter()
        .position(|d| *d == short)
        .and_then(|p| u8::try_from(p).ok())
}

/// Reads windows typed as `mon-fri 09:00-17:00; sat 10:00-14:00` (days: a day, a range, or a
/// comma list; times 24-hour). A window across midnight is written as two.
pub fn parse_windows(raw: &str) -> Result<Vec<Window>, Msg> {
    let mut windows = Vec::new();
    for part in raw.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let bad = || msg!("rule-hours-window-format", window = format!("{part:?}"));
        let (days, times) = part.rsplit_once(' ').ok_or_else(bad)?;
        let (start, end) = times.split_once('-').ok_or_else(bad)?;
        let (start, end) = (
            parse_time(start).ok_or_else(bad)?,
            parse_time(end).ok_or_else(bad)?,
        );
        for group in days.split(',').map(str::trim) {
            let (a, b) = group.split_once('-').unwrap_or((group, group));
            let (first, last) = (parse_day(a).ok_or_else(bad)?, parse_day(b).ok_or_else(bad)?);
            if last < first {
                return Err(msg!(
                    "rule-hours-days-backwards",
                    days = format!("{group:?}")
                ));
            }
            windows.extend((first..=last).map(|day| Window { day, start, end }));
        }
    }
    Ok(windows)
}

/// Reads holidays typed as `2026-12-24..2026-12-26 Christmas; 2027-01-01 New Year`.
pub fn parse_holidays(raw: &str) -> Result<Vec<Holiday>, Msg> {
    raw.split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            let (dates, name) = part.split_once(' ').unwrap_or((part, ""));
            let (from, to) = dates.split_once("..").unwrap_or((dates, dates));
            let date = |d: &str| {
                NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                    .map_err(|_| msg!("rule-hours-holiday-date", date = format!("{d:?}")))
            };
            Ok(Holiday {
                from: date(from)?,
                to: date(to)?,
                name: name.trim().to_owned(),
            })
        })
        .collect()
}

impl SupportHours {
    pub fn zone(&self) -> Result<Tz, Msg> {
        parse_timezone(&self.timezone)
    }

    /// The windows as typed (`mon 09:00-17:00; …`).
    pub fn windows_text(&self) -> String {
        self.windows
            .iter()
            .map(Window::describe)
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn holidays_text(&self) -> String {
        self.holidays
            .iter()
            .map(|h| {
                let dates = if h.from == h.to {
                    h.from.to_string()
                } else {
                    format!("{}..{}", h.from, h.to)
                };
                format!("{dates} {}", h.name).trim_end().to_owned()
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A known time zone; windows with start before end, at most [`MAX_WINDOWS`], none
    /// overlapping on a day; holidays not inverted; the message's length.
    pub fn validate(&self) -> Result<(), Msg> {
        self.zone()?;
        if self.windows.is_empty() {
            return Err(msg!("rule-hours-no-window"));
        }
        if self.windows.len() > MAX_WINDOWS {
            return Err(msg!("rule-hours-too-many-windows", max = MAX_WINDOWS));
        }
        for (i, w) in self.windows.iter().enumerate() {
            if w.day > 6 || w.end > 1440 {
                // Not `describe`, which would index past Sunday.
                return Err(msg!(
                    "rule-hours-window-outside-week",
                    window = format!(
                        "{} {}-{}",
                        DAYS.get(usize::from(w.day)).copied().unwrap_or("?"),
                        hhmm(w.start),
                        hhmm(w.end)
                    )
                ));
            }
            if w.start >= w.end {
                return Err(msg!("rule-hours-window-inverted", window = w.describe()));
            }
            if let Some(other) = self.windows[..i]
                .iter()
                .find(|o| o.day == w.day && o.start < w.end && w.start < o.end)
            {
                return Err(msg!(
                    "rule-hours-window-overlap",
                    window = w.describe(),
                    other = other.describe()
                ));
            }
        }
        if self.holidays.len() > MAX_HOLIDAYS {
            return Err(msg!("rule-hours-too-many-holidays", max = MAX_HOLIDAYS));
        }
        if let Some(h) = self.holidays.iter().find(|h| h.to < h.from) {
            return Err(msg!(
                "rule-hours-holiday-inverted",
                from = h.from.to_string(),
                to = h.to.to_string()
            ));
        }
        if self.message.chars().count() > MAX_MESSAGE {
            return Err(msg!("rule-hours-message-too-long", max = MAX_MESSAGE));
        }
        if self.colour.is_some_and(|c| c > 0x00FF_FFFF) {
            return Err(msg!("rule-hours-colour"));
        }
        Ok(())
    }

    fn holiday(&self, date: NaiveDate) -> bool {
        self.holidays.iter().any(|h| h.from <= date && date <= h.to)
    }

    /// Open or closed at `now`, and when closed the next opening (within a year).
    pub fn status(&self, now: Timestamp) -> Status {
        let Ok(tz) = self.zone() else {
            return Status::Open;
        };
        let utc = chrono::DateTime::from_timestamp_millis(now.millis()).unwrap_or_default();
        let local = utc.with_timezone(&tz).naive_local();
        let minute = u16::try_from(local.hour() * 60 + local.minute()).unwrap_or(0);
        let today = local.date();
        let weekday = u8::try_from(today.weekday().num_days_from_monday()).unwrap_or(0);
        let open_now = !self.holiday(today)
            && self
                .windows
                .iter()
                .any(|w| w.day == weekday && w.start <= minute && minute < w.end);
        if open_now {
            return Status::Open;
        }
        Status::Closed {
            next_open: self.next_open(tz, local, now),
        }
    }

    fn next_open(&self, tz: Tz, local: NaiveDateTime, now: Timestamp) -> Option<Timestamp> {
        for offset in 0..=370 {
            let date = local.date() + Duration::days(offset);
            if self.holiday(date) {
                continue;
            }
            let weekday = u8::try_from(date.weekday().num_days_from_monday()).unwrap_or(0);
            let mut starts: Vec<u16> = self
                .windows
                .iter()
                .filter(|w| w.day == weekday)
                .map(|w| w.start)
                .collect();
            starts.sort_unstable();
            for start in starts {
                let time =
                    NaiveTime::from_hms_opt(u32::from(start / 60), u32::from(start % 60), 0)?;
                let at = to_utc(tz, date.and_time(time))?;
                if at > now {
                    return Some(at);
                }
            }
        }
        None
    }
}

/// A local time as an instant: the earlier of two in a repeated hour, and the first valid
/// minute after a skipped one (a window starting at 02:30 on the day clocks go forward opens
/// at 03:00).
fn to_utc(tz: Tz, local: NaiveDateTime) -> Option<Timestamp> {
    let mut t = local;
    for _ in 0..=180 {
        if let Some(at) = tz.from_local_datetime(&t).earliest() {
            return Some(Timestamp::from_millis(at.timestamp_millis()));
        }
        t += Duration::minutes(1);
    }
    None
}

/// The notice's text with `%next_open%` (a date and time in each reader's own time zone, as
/// Discord shows `<t:…:F>`) and `%next_open_relative%` ("in 3 hours") filled. The default
/// text (an admin set none), and "later" when no opening is known, are in `lang`.
pub fn notice(hours: &SupportHours, next_open: Option<Timestamp>, lang: Lang) -> String {
    let template = if hours.message.trim().is_empty() {
        msg!("rule-hours-notice-default").render(lang)
    } else {
        hours.message.clone()
    };
    let (full, relative) = if let Some(at) = next_open {
        let s = at.millis().div_euclid(1000);
        (format!("<t:{s}:F>"), format!("<t:{s}:R>"))
    } else {
        let later = msg!("rule-hours-notice-later").render(lang);
        (later.clone(), later)
    };
    template
        .replace("%next_open_relative%", &relative)
        .replace("%next_open%", &full)
}

#[cfg(test)]
#[path = "support_hours_tests.rs"]
mod tests;
