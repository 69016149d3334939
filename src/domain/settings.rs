//! A guild's ticket settings, with TicketsBot's defaults: a fresh guild works with no setup.

use crate::i18n::Msg;
use crate::ids::ChannelId;
use crate::msg;

/// The default naming scheme.
pub const DEFAULT_NAMING: &str = "ticket-%id%";

/// The per-user open-ticket limit a fresh guild starts with.
pub const DEFAULT_TICKET_LIMIT: u32 = 5;

/// Discord's limits on what a guild can hold.
pub const MAX_CHANNELS_PER_CATEGORY: usize = 50;
pub const MAX_CHANNELS_PER_GUILD: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // independent switches, one per setting
pub struct GuildSettings {
    pub ticket_category: Option<ChannelId>,
    pub overflow_category: Option<ChannelId>,
    pub log_channel: Option<ChannelId>,
    pub use_threads: bool,
    pub thread_notification_channel: Option<ChannelId>,
    pub ticket_limit: u32,
    pub users_can_close: bool,
    pub close_confirmation: bool,
    pub naming_scheme: String,
    /// `None`: the catalog's `welcome-default` in the server's language.
    pub welcome_message: Option<String>,
    /// After a claim, other support staff still see the ticket.
    pub claim_support_can_view: bool,
    /// After a claim, other support staff may still write in it.
    pub claim_support_can_type: bool,
    pub dm_on_close: bool,
    /// After a close, the opener is asked to rate the ticket (TicketsBot's feedback).
    pub feedback_enabled: bool,
    /// Open tickets the server allows in all (any member; staff exempt). `None`: no cap.
    pub open_cap: Option<u32>,
    /// TicketsBot's switches: the welcome message's buttons left out (the commands stay).
    pub hide_claim_button: bool,
    pub hide_close_button: bool,
    pub hide_close_with_reason_button: bool,
    /// Thread mode: minutes without activity before Discord archives a ticket thread (one of
    /// [`THREAD_ARCHIVE_CHOICES`]).
    pub thread_archive_minutes: u16,
    /// The embed around the server's welcome message (title, author, images, footer, fields),
    /// for tickets whose panel sets none.
    pub welcome_embed: super::embeds::EmbedSpec,
    /// Closed tickets' transcripts are kept (TicketsBot's "store transcripts"); off: tickets
    /// close and are logged without one.
    pub store_transcripts: bool,
    /// Members open tickets from panels only; staff may still use /open.
    pub disable_open_command: bool,
    /// The "Start ticket" message menu: who may use it, whether the message's author is added,
    /// and the panel its tickets are opened from (its category, team, welcome…).
    pub start_ticket_level: super::levels::Level,
    pub start_ticket_add_author: bool,
    pub start_ticket_panel: Option<crate::ids::PanelId>,
    /// Ticket permissions turned off (see [`super::ticket_permissions`]).
    pub opener_denied: super::permissions::Permissions,
    pub support_denied: super::permissions::Permissions,
    /// The language an admin chose; `None` follows the server's Discord preferred locale
    /// ([`super::language::server_language`]).
    pub language: Option<crate::i18n::Lang>,
    /// Ephemeral replies follow each member's own Discord language.
    pub member_language: bool,
}

/// Discord's auto-archive durations ("Channel Resource → Thread Metadata Object"), with the
/// names the command and the dashboard offer.
pub const THREAD_ARCHIVE_CHOICES: [(&str, u16); 4] =
    [("1h", 60), ("24h", 1440), ("3d", 4320), ("7d", 10080)];

/// A thread archive duration by name (`1h`, `24h`, `3d`, `7d`) or minutes.
pub fn parse_thread_archive(raw: &str) -> Result<u16, Msg> {
    let raw = raw.trim();
    THREAD_ARCHIVE_CHOICES
        .iter()
        .find(|(name, minutes)| *name == raw || minutes.to_string() == raw)
        .map(|(_, minutes)| *minutes)
        .ok_or_else(|| msg!("rule-settings-thread-archive"))
}

/// The name of a duration in minutes (`7d` for anything unknown, Discord's longest).
pub fn thread_archive_name(minutes: u16) -> &'static str {
    THREAD_ARCHIVE_CHOICES
        .iter()
        .find(|(_, m)| *m == minutes)
        .map_or("7d", |(name, _)| name)
}

impl Default for GuildSettings {
    fn default() -> Self {
        Self {
            ticket_category: None,
            overflow_category: None,
            log_channel: None,
            use_threads: false,
            thread_notification_channel: None,
            ticket_limit: DEFAULT_TICKET_LIMIT,
            users_can_close: true,
            close_confirmation: true,
            naming_scheme: DEFAULT_NAMING.to_owned(),
            welcome_message: None,
            claim_support_can_view: true,
            claim_support_can_type: false,
            dm_on_close: true,
            feedback_enabled: false,
            open_cap: None,
            hide_claim_button: false,
            hide_close_button: false,
            hide_close_with_reason_button: false,
            thread_archive_minutes: 10080,
            welcome_embed: super::embeds::EmbedSpec::default(),
            store_transcripts: true,
            disable_open_command: false,
            start_ticket_level: super::levels::Level::Everyone,
            start_ticket_add_author: true,
            start_ticket_panel: None,
            opener_denied: super::permissions::Permissions::NONE,
            support_denied: super::permissions::Permissions::NONE,
            language: None,
            member_language: true,
        }
    }
}

impl GuildSettings {
    /// The server's welcome text: its own, else the default in the server's language.
    pub fn welcome(&self, lang: crate::i18n::Lang) -> std::borrow::Cow<'_, str> {
        match self.welcome_message.as_deref() {
            Some(text) => std::borrow::Cow::Borrowed(text),
            None => std::borrow::Cow::Owned(crate::msg!("welcome-default").render(lang)),
        }
    }

    /// The welcome message's buttons: Close, Close with reason, Claim.
    pub fn welcome_buttons(&self) -> WelcomeButtons {
        WelcomeButtons {
            close: !self.hide_close_button,
            close_with_reason: !self.hide_close_with_reason_button,
            claim: !self.hide_claim_button,
        }
    }
}

/// Which buttons a ticket's welcome message carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // one switch per button
pub struct WelcomeButtons {
    pub close: bool,
    pub close_with_reason: bool,
    pub claim: bool,
}

/// A channel deleted in Discord: every setting that named it is cleared (a ticket category is
/// then made again on the next open, closed tickets are no longer logged until an admin picks
/// a new log channel). Returns the settings cleared, by name, for the audit log.
pub fn forget_channel(s: &mut GuildSettings, channel: ChannelId) -> Vec<&'static str> {
    let mut cleared = Vec::new();
    for (name, slot) in [
        ("ticket category", &mut s.ticket_category),
        ("overflow category", &mut s.overflow_category),
        ("log channel", &mut s.log_channel),
        (
            "thread notification channel",
            &mut s.thread_notification_channel,
        ),
    ] {
        if *slot == Some(channel) {
            *slot = None;
            cleared.push(name);
        }
    }
    cleared
}

/// Checks a naming scheme an admin wants to save.
pub fn validate_naming_scheme(scheme: &str) -> Result<(), Msg> {
    let trimmed = scheme.trim();
    if trimmed.is_empty() {
        return Err(msg!("rule-settings-naming-empty"));
    }
    if trimmed.chars().count() > 100 {
        return Err(msg!("rule-settings-naming-too-long"));
    }
    if !trimmed.contains("%id%") && !trimmed.contains("%id_padded%") {
        return Err(msg!("rule-settings-naming-needs-number"));
    }
    Ok(())
}

/// Checks a per-user ticket limit.
pub fn validate_ticket_limit(limit: i64) -> Result<u32, Msg> {
    u32::try_from(limit)
        .ok()
        .filter(|l| (1..=100).contains(l))
        .ok_or_else(|| msg!("rule-settings-ticket-limit"))
}

/// A cap on open tickets (the server's, or a panel's): 1 to 10,000.
pub fn validate_open_cap(cap: i64) -> Result<u32, Msg> {
    u32::try_from(cap)
        .ok()
        .filter(|c| (1..=10_000).contains(c))
        .ok_or_else(|| msg!("rule-settings-open-cap"))
}

/// A cap as typed on a form: empty or 0 for none, else [`validate_open_cap`].
pub fn parse_open_cap(raw: &str) -> Result<Option<u32>, Msg> {
    match raw.trim() {
        "" | "0" => Ok(None),
        n => n
            .parse::<i64>()
            .map_err(|_| msg!("rule-settings-open-cap-number"))
            .and_then(validate_open_cap)
            .map(Some),
    }
}

/// The longest blacklist reason.
pub const MAX_BLACKLIST_REASON: usize = 200;

/// A blacklist reason as typed: trimmed, empty for none, at most [`MAX_BLACKLIST_REASON`].
pub fn blacklist_reason(raw: Option<&str>) -> Result<Option<String>, Msg> {
    let reason = raw.map(str::trim).filter(|r| !r.is_empty());
    match reason {
        Some(r) if r.chars().count() > MAX_BLACKLIST_REASON => Err(msg!(
            "rule-settings-blacklist-reason-too-long",
            max = MAX_BLACKLIST_REASON
        )),
        other => Ok(other.map(str::to_owned)),
    }
}

/// Checks the claim settings: staff cannot type in a ticket they cannot see.
pub fn validate_claim(support_can_view: bool, support_can_type: bool) -> Result<(), Msg> {
    if support_can_type && !support_can_view {
        return Err(msg!("rule-settings-claim-type-without-view"));
    }
    Ok(())
}

/// Checks a whole set of settings (as the dashboard saves them at once) and normalises it:
/// trimmed naming scheme, empty welcome message meaning the default, the overflow category
/// different from the ticket category.
pub fn validate(mut s: GuildSettings) -> Result<GuildSettings, Msg> {
    validate_naming_scheme(&s.naming_scheme)?;
    s.naming_scheme = s.naming_scheme.trim().to_owned();
    validate_ticket_limit(i64::from(s.ticket_limit))?;
    if let Some(cap) = s.open_cap {
        validate_open_cap(i64::from(cap))?;
    }
    validate_claim(s.claim_support_can_view, s.claim_support_can_type)?;
    s.welcome_message = s
        .welcome_message
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty());
    if s.welcome_message
        .as_ref()
        .is_some_and(|w| w.chars().count() > 4000)
    {
        return Err(msg!("rule-settings-welcome-too-long"));
    }
    if s.overflow_category.is_some() && s.overflow_category == s.ticket_category {
        return Err(msg!("rule-settings-overflow-same"));
    }
    // The longest text a default welcome can be is checked in the source language.
    super::panels::welcome_embed_of(
        &s.welcome_embed,
        &s.welcome(crate::i18n::Lang::EnUs),
        super::panels::DEFAULT_COLOUR,
    )
    .validate(&msg!("rule-embed-name-welcome"))?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_archive_times_are_discords_and_caps_and_reasons_are_bounded() {
        assert_eq!(parse_thread_archive("24h"), Ok(1440));
        assert_eq!(parse_thread_archive(" 4320 "), Ok(4320));
        assert!(
            parse_thread_archive("2d")
                .unwrap_err()
                .to_string()
                .contains("1h, 24h, 3d or 7d")
        );
        assert_eq!(thread_archive_name(60), "1h");
        assert_eq!(thread_archive_name(5), "7d");
        assert_eq!(parse_open_cap(""), Ok(None));
        assert_eq!(parse_open_cap("0"), Ok(None));
        assert_eq!(parse_open_cap("25"), Ok(Some(25)));
        assert!(parse_open_cap("10001").is_err() && parse_open_cap("many").is_err());
        assert_eq!(blacklist_reason(Some("  ")), Ok(None));
        assert_eq!(
            blacklist_reason(Some(" spam ")),
            Ok(Some("spam".to_owned()))
        );
        assert!(blacklist_reason(Some(&"x".repeat(201))).is_err());
    }

    #[test]
    fn a_deleted_channel_is_forgotten_wherever_it_was_set() {
        let (log, category, other) = (ChannelId::new(1), ChannelId::new(2), ChannelId::new(3));
        let mut s = GuildSettings {
            ticket_category: Some(category),
            log_channel: Some(log),
            thread_notification_channel: Some(log),
            ..GuildSettings::default()
        };
        assert!(forget_channel(&mut s, other).is_empty());
        assert_eq!(
            forget_channel(&mut s, log),
            vec!["log channel", "thread notification channel"]
        );
        assert_eq!((s.log_channel, s.thread_notification_channel), (None, None));
        assert_eq!(forget_channel(&mut s, category), vec!["ticket category"]);
        assert_eq!(s.ticket_category, None);
    }

    #[test]
    fn whole_settings_are_checked_and_normalised() {
        let ok = validate(GuildSettings {
            naming_scheme: "  support-%id% ".to_owned(),
            welcome_message: Some("   ".to_owned()),
            ..GuildSettings::default()
        })
        .unwrap();
        assert_eq!(ok.naming_scheme, "support-%id%");
        assert_eq!(ok.welcome_message, None);
        let cat = Some(ChannelId::new(5));
        let cases = [
            GuildSettings {
                naming_scheme: "x".to_owned(),
                ..GuildSettings::default()
            },
            GuildSettings {
                ticket_limit: 0,
                ..GuildSettings::default()
            },
            GuildSettings {
                claim_support_can_view: false,
                claim_support_can_type: true,
                ..GuildSettings::default()
            },
            GuildSettings {
                welcome_message: Some("w".repeat(4001)),
                ..GuildSettings::default()
            },
            GuildSettings {
                ticket_category: cat,
                overflow_category: cat,
                ..GuildSettings::default()
            },
        ];
        for bad in cases {
            assert!(validate(bad.clone()).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn defaults_follow_ticketsbot() {
        let s = GuildSettings::default();
        assert!(s.users_can_close && s.close_confirmation && !s.use_threads);
        assert_eq!(s.ticket_limit, 5);
        assert_eq!(s.naming_scheme, "ticket-%id%");
        assert!(
            s.welcome(crate::i18n::Lang::EnUs)
                .starts_with("Thank you for contacting support, %user%.")
        );
    }

    #[test]
    fn naming_scheme_needs_the_number() {
        assert!(validate_naming_scheme("ticket-%id%").is_ok());
        assert!(validate_naming_scheme("%username%-%id_padded%").is_ok());
        assert!(
            validate_naming_scheme("%username%")
                .unwrap_err()
                .to_string()
                .contains("%id%")
        );
        assert!(validate_naming_scheme("  ").is_err());
        assert!(validate_naming_scheme(&format!("%id%{}", "x".repeat(100))).is_err());
    }

    #[test]
    fn ticket_limit_range() {
        assert_eq!(validate_ticket_limit(1), Ok(1));
        assert_eq!(validate_ticket_limit(100), Ok(100));
        assert!(validate_ticket_limit(0).is_err());
        assert!(validate_ticket_limit(101).is_err());
        assert!(validate_ticket_limit(-3).is_err());
    }
}
