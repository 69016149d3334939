//! Dates and durations as each language writes them. Durations shown to people (statistics,
//! `/autoclose show`, warnings) are built from the catalog's unit messages (`rule-span-*`, CLDR's
//! narrow unit forms); durations people type back (`3d 4h` in settings fields) keep the typed
//! form. Dates are UTC, in the language's short numeric date order with a 24-hour clock (CLDR's
//! short date patterns); English keeps ISO `YYYY-MM-DD`, which reads the same in every
//! English-speaking region that maps to it (`en-GB` as well as `en-US`).

use std::time::Duration;

use crate::clock::Timestamp;

use super::Lang;
use super::catalog::Catalog;

impl Lang {
    /// The chrono patterns of a date and of a day without its year (chart labels): CLDR's
    /// short numeric date order.
    const fn patterns(self) -> (&'static str, &'static str) {
        match self {
            Lang::EnUs | Lang::Pseudo => ("%Y-%m-%d", "%m-%d"),
            Lang::De | Lang::Pl | Lang::Tr => ("%d.%m.%Y", "%d.%m."),
            Lang::Fr | Lang::EsEs | Lang::PtBr => ("%d/%m/%Y", "%d/%m"),
            Lang::Nl => ("%d-%m-%Y", "%d-%m"),
        }
    }

    /// A UTC date and time to the minute: `2026-12-07 14:05`, `07.12.2026 14:05`.
    pub fn date_time(self, at: Timestamp) -> String {
        format_utc(at, &format!("{} %H:%M", self.patterns().0))
    }

    /// A UTC date and time to the second, marked UTC (transcripts).
    pub fn date_time_utc(self, at: Timestamp) -> String {
        format_utc(at, &format!("{} %H:%M:%S UTC", self.patterns().0))
    }

    /// A UTC day without its year: `12-07`, `07.12.`.
    pub fn day(self, at: Timestamp) -> String {
        format_utc(at, self.patterns().1)
    }

    /// A duration to read (whole minutes; seconds only below a minute), from the catalog's
    /// unit messages: `3d 4h`, `3 T 4 Std.`, `3j 4h`.
    pub fn duration(self, d: Duration) -> String {
        span(super::catalog::messages(), self, d)
    }
}

fn format_utc(at: Timestamp, pattern: &str) -> String {
    chrono::DateTime::from_timestamp_millis(at.millis()).map_or_else(
        || format!("{} ms", at.millis()),
        |t| t.format(pattern).to_string(),
    )
}

/// A unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Days,
    Hours,
    Minutes,
    Seconds,
}

/// The units of `d` that are not zero, largest first, in whole minutes (seconds only below a
/// minute). Both the typed form (`3d 4h`, [`crate::domain::autoclose::format_duration`]) and
/// the form people read in their language ([`Lang::duration`]) are written from it.
pub fn parts(d: Duration) -> Vec<(u64, Unit)> {
    let minutes = d.as_secs() / 60;
    if minutes == 0 {
        return vec![(d.as_secs(), Unit::Seconds)];
    }
    [
        (minutes / 1440, Unit::Days),
        (minutes / 60 % 24, Unit::Hours),
        (minutes % 60, Unit::Minutes),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .collect()
}

pub(super) fn span(catalog: &Catalog, lang: Lang, d: Duration) -> String {
    parts(d)
        .into_iter()
        .map(|(n, unit)| {
            match unit {
                Unit::Days => crate::msg!("rule-span-days", n = n),
                Unit::Hours => crate::msg!("rule-span-hours", n = n),
                Unit::Minutes => crate::msg!("rule-span-minutes", n = n),
                Unit::Seconds => crate::msg!("rule-span-seconds", n = n),
            }
            .render_in(catalog, lang)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mins(n: u64) -> Duration {
        Duration::from_secs(n * 60)
    }

    #[test]
    fn durations_follow_the_language() {
        assert_eq!(Lang::EnUs.duration(mins(3 * 1440 + 4 * 60)), "3d 4h");
        assert_eq!(Lang::EnUs.duration(mins(90)), "1h 30m");
        assert_eq!(Lang::EnUs.duration(Duration::from_secs(42)), "42s");
        assert_eq!(
            Lang::De.duration(mins(3 * 1440 + 4 * 60 + 5)),
            "3 T 4 Std. 5 Min."
        );
        assert_eq!(Lang::Fr.duration(mins(1440 + 30)), "1j 30min");
        assert_eq!(Lang::Tr.duration(mins(125)), "2 sa 5 dk");
        for lang in Lang::ALL {
            let text = lang.duration(mins(1441));
            assert!(
                text.contains('1') && !text.contains("rule-"),
                "{lang}: {text}"
            );
        }
    }

    #[test]
    fn dates_follow_the_language() {
        // 2026-12-07 14:05:09 UTC
        let at = Timestamp::from_millis(1_796_652_309_000);
        assert_eq!(Lang::EnUs.date_time(at), "2026-12-07 14:05");
        assert_eq!(Lang::De.date_time(at), "07.12.2026 14:05");
        assert_eq!(Lang::Fr.date_time(at), "07/12/2026 14:05");
        assert_eq!(Lang::Nl.date_time(at), "07-12-2026 14:05");
        assert_eq!(Lang::PtBr.date_time_utc(at), "07/12/2026 14:05:09 UTC");
        assert_eq!(Lang::EnUs.day(at), "12-07");
        assert_eq!(Lang::Pl.day(at), "07.12.");
    }
}
