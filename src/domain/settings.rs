//! A guild's ticket settings, with TicketsBot's defaults: a fresh guild works with no setup.

use crate::ids::ChannelId;

/// The default naming scheme.
pub const DEFAULT_NAMING: &str = "ticket-%id%";

/// The built-in welcome message, used when neither the panel nor the guild sets one.
pub const DEFAULT_WELCOME: &str = "Thank you for contacting support, %user%.\n\
Please describe your issue and wait for a response: a member of staff will be with you shortly.";

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
    /// `None`: [`DEFAULT_WELCOME`].
    pub welcome_message: Option<String>,
    /// After a claim, other support staff still see the ticket.
    pub claim_support_can_view: bool,
    /// After a claim, other support staff may still write in it.
    pub claim_support_can_type: bool,
    pub dm_on_close: bool,
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
        }
    }
}

impl GuildSettings {
    pub fn welcome(&self) -> &str {
        self.welcome_message.as_deref().unwrap_or(DEFAULT_WELCOME)
    }
}

/// Checks a naming scheme an admin wants to save.
pub fn validate_naming_scheme(scheme: &str) -> Result<(), String> {
    let trimmed = scheme.trim();
    if trimmed.is_empty() {
        return Err("The naming scheme cannot be empty.".to_owned());
    }
    if trimmed.chars().count() > 100 {
        return Err("The naming scheme must be at most 100 characters.".to_owned());
    }
    if !trimmed.contains("%id%") && !trimmed.contains("%id_padded%") {
        return Err(
            "The naming scheme must contain %id% or %id_padded%, so every ticket gets a distinct name."
                .to_owned(),
        );
    }
    Ok(())
}

/// Checks a per-user ticket limit.
pub fn validate_ticket_limit(limit: i64) -> Result<u32, String> {
    u32::try_from(limit)
        .ok()
        .filter(|l| (1..=100).contains(l))
        .ok_or_else(|| "The ticket limit must be between 1 and 100.".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_ticketsbot() {
        let s = GuildSettings::default();
        assert!(s.users_can_close && s.close_confirmation && !s.use_threads);
        assert_eq!(s.ticket_limit, 5);
        assert_eq!(s.naming_scheme, "ticket-%id%");
        assert_eq!(s.welcome(), DEFAULT_WELCOME);
    }

    #[test]
    fn naming_scheme_needs_the_number() {
        assert!(validate_naming_scheme("ticket-%id%").is_ok());
        assert!(validate_naming_scheme("%username%-%id_padded%").is_ok());
        assert!(
            validate_naming_scheme("%username%")
                .unwrap_err()
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
