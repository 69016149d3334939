//! The placeholder engine of welcome messages (and, later, integration-defined placeholders):
//! `%name%` is replaced by its value; unknown names stay as written so a typo is visible.
//! Times render as Discord timestamp markup (`<t:unix:style>`), which every reader sees in
//! their own time zone and language.

use std::collections::BTreeMap;

use crate::clock::Timestamp;
use crate::i18n::Lang;
use crate::ids::{ChannelId, UserId};

/// Named values to substitute. Later sources (integrations) add names with [`Placeholders::set`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placeholders {
    values: BTreeMap<String, String>,
}

impl Placeholders {
    /// Sets `%name%`. Names are lowercase letters, digits and `_`; others are ignored.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        if !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            self.values.insert(name.to_owned(), value.into());
        }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Replaces every known `%name%` in one left-to-right pass: values are never re-scanned,
    /// so a value containing `%user%` stays literal.
    pub fn render(&self, template: &str) -> String {
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(start) = rest.find('%') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            match after.find('%').map(|end| (&after[..end], end)) {
                Some((name, end)) if self.values.contains_key(name) => {
                    out.push_str(&self.values[name]);
                    rest = &after[end + 1..];
                }
                _ => {
                    out.push('%');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// What a welcome message can mention.
#[derive(Debug, Clone)]
pub struct WelcomeFacts<'a> {
    pub opener: UserId,
    pub username: &'a str,
    pub ticket_number: u32,
    pub channel: ChannelId,
    pub server: &'a str,
    pub open_tickets: u64,
    pub total_tickets: u64,
    pub user_open_tickets: u64,
    pub ticket_limit: u32,
    pub now: Timestamp,
}

fn discord_time(at: Timestamp, style: char) -> String {
    format!("<t:{}:{style}>", at.millis().div_euclid(1000))
}

/// When a snowflake was created (Discord's epoch is 2015-01-01).
pub fn snowflake_created(id: UserId) -> Timestamp {
    const DISCORD_EPOCH_MS: i64 = 1_420_070_400_000;
    Timestamp::from_millis(i64::try_from(id.get() >> 22).unwrap_or(0) + DISCORD_EPOCH_MS)
}

/// The welcome message placeholders: `%user%`, `%username%`, `%ticket_id%`, `%channel%`,
/// `%server%`, `%open_tickets%`, `%total_tickets%`, `%user_open_tickets%`, `%ticket_limit%`,
/// `%time%`, `%date%`, `%datetime%`, `%discord_account_creation_date%`, `%discord_account_age%`.
pub fn welcome(facts: &WelcomeFacts<'_>) -> Placeholders {
    let created = snowflake_created(facts.opener);
    let mut p = Placeholders::default();
    p.set("user", format!("<@{}>", facts.opener));
    p.set("username", facts.username);
    p.set("ticket_id", facts.ticket_number.to_string());
    p.set("channel", format!("<#{}>", facts.channel));
    p.set("server", facts.server);
    p.set("open_tickets", facts.open_tickets.to_string());
    p.set("total_tickets", facts.total_tickets.to_string());
    p.set("user_open_tickets", facts.user_open_tickets.to_string());
    p.set("ticket_limit", facts.ticket_limit.to_string());
    p.set("time", discord_time(facts.now, 't'));
    p.set("date", discord_time(facts.now, 'd'));
    p.set("datetime", discord_time(facts.now, 'f'));
    p.set("discord_account_creation_date", discord_time(created, 'D'));
    p.set("discord_account_age", discord_time(created, 'R'));
    p
}

/// Every placeholder ticketbox fills in a welcome message itself (an integration's outputs may
/// not take these names).
pub fn builtin_names() -> Vec<&'static str> {
    let mut names = vec![
        "user",
        "username",
        "ticket_id",
        "channel",
        "server",
        "open_tickets",
        "total_tickets",
        "user_open_tickets",
        "ticket_limit",
        "time",
        "date",
        "datetime",
        "discord_account_creation_date",
        "discord_account_age",
    ];
    names.extend(STATS_NAMES);
    names.extend(super::roblox::PLACEHOLDERS);
    names
}

/// TicketsBot's statistics placeholders: `%rating_count%`, `%average_rating%`,
/// `%first_response_time_weekly%`, `%first_response_time_monthly%`,
/// `%first_response_time_all_time%` (average first response over 7 days, 30 days, all time).
pub const STATS_NAMES: [&str; 5] = [
    "rating_count",
    "average_rating",
    "first_response_time_weekly",
    "first_response_time_monthly",
    "first_response_time_all_time",
];

/// Whether a template uses any statistics placeholder (they cost a pass over the guild's
/// tickets, so they are computed only then).
pub fn uses_stats(template: &str) -> bool {
    STATS_NAMES
        .iter()
        .any(|name| template.contains(&format!("%{name}%")))
}

/// Adds the statistics placeholders, written in `lang` (the server's: everyone in the ticket
/// reads them).
pub fn add_stats(p: &mut Placeholders, stats: &super::stats::ServerStats, lang: Lang) {
    let time = |s: &super::stats::Spread| {
        s.average.map_or_else(
            || crate::msg!("stats-no-data").render(lang),
            |d| lang.duration(d),
        )
    };
    p.set("rating_count", stats.ratings.count.to_string());
    p.set(
        "average_rating",
        stats.ratings.average.map_or_else(
            || crate::msg!("stats-no-ratings").render(lang),
            |a| lang.decimal(a, 1),
        ),
    );
    p.set(
        "first_response_time_weekly",
        time(&stats.first_response.week),
    );
    p.set(
        "first_response_time_monthly",
        time(&stats.first_response.month),
    );
    p.set(
        "first_response_time_all_time",
        time(&stats.first_response.all),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_placeholders_render_when_used() {
        use crate::domain::stats::{Ratings, ServerStats, Spread, Windows};
        let template = "%average_rating% from %rating_count%, answers in %first_response_time_weekly% \
                        (%first_response_time_monthly%, %first_response_time_all_time%)";
        assert!(uses_stats(template) && !uses_stats("%user% %ticket_id%"));
        let spread = |mins: u64| Spread {
            count: 1,
            average: Some(std::time::Duration::from_secs(mins * 60)),
            median: None,
        };
        let stats = ServerStats {
            ratings: Ratings {
                count: 3,
                average: Some(4.333),
            },
            first_response: Windows {
                week: spread(30),
                month: spread(90),
                all: Spread::default(),
            },
            ..ServerStats::default()
        };
        let mut p = Placeholders::default();
        add_stats(&mut p, &stats, Lang::EnUs);
        assert_eq!(
            p.render(template),
            "4.3 from 3, answers in 30m (1h 30m, no data yet)"
        );
        let mut p = Placeholders::default();
        add_stats(&mut p, &stats, Lang::De);
        assert_eq!(
            p.render(template),
            "4,3 from 3, answers in 30 Min. (1 Std. 30 Min., noch keine Daten)"
        );
    }

    fn facts() -> WelcomeFacts<'static> {
        WelcomeFacts {
            // Created 2016-01-01T00:00:00Z: (1451606400000 - 1420070400000) << 22.
            opener: UserId::new(31_536_000_000 << 22),
            username: "alice",
            ticket_number: 42,
            channel: ChannelId::new(555),
            server: "Acme",
            open_tickets: 3,
            total_tickets: 42,
            user_open_tickets: 1,
            ticket_limit: 5,
            now: Timestamp::from_millis(1_700_000_000_123),
        }
    }

    #[test]
    fn every_welcome_placeholder_renders() {
        let p = welcome(&facts());
        let template = "%user% %username% %ticket_id% %channel% %server% %open_tickets% %total_tickets% \
                        %user_open_tickets% %ticket_limit% %time% %date% %datetime% \
                        %discord_account_creation_date% %discord_account_age%";
        let opener = 31_536_000_000_u64 << 22;
        assert_eq!(
            p.render(template),
            format!(
                "<@{opener}> alice 42 <#555> Acme 3 42 1 5 <t:1700000000:t> <t:1700000000:d> <t:1700000000:f> \
                 <t:1451606400:D> <t:1451606400:R>"
            )
        );
    }

    #[test]
    fn unknown_names_and_stray_percent_signs_stay() {
        let p = welcome(&facts());
        assert_eq!(
            p.render("100% sure, %nope% %username%"),
            "100% sure, %nope% alice"
        );
        assert_eq!(p.render("%%username%%"), "%alice%");
        assert_eq!(p.render("trailing %"), "trailing %");
    }

    #[test]
    fn values_are_not_rescanned_and_names_are_validated() {
        let mut p = Placeholders::default();
        p.set("username", "%user%");
        p.set("user", "SHOULD NOT APPEAR");
        p.set("Bad Name", "x");
        assert_eq!(p.render("%username%"), "%user%");
        assert_eq!(p.get("Bad Name"), None);
        p.set("roblox_id", "123");
        assert_eq!(
            p.render("id %roblox_id%"),
            "id 123",
            "integrations can add names"
        );
    }
}
