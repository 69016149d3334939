//! Panels: the message members click to open a ticket. Validation of what an admin sets.

use super::embeds::EmbedSpec;
use crate::i18n::Msg;
use crate::ids::{ChannelId, FormId, PanelId, RoleId};
use crate::msg;

/// The welcome message's default title; `%ticket_id%`... placeholders expand in it.
pub const WELCOME_TITLE: &str = "Ticket #%ticket_id%";

/// A welcome embed: `extras` around `text` (the description) in `colour`, titled
/// [`WELCOME_TITLE`] unless the extras name another title.
pub fn welcome_embed_of(extras: &EmbedSpec, text: &str, colour: u32) -> EmbedSpec {
    EmbedSpec {
        title: if extras.title.trim().is_empty() {
            WELCOME_TITLE.to_owned()
        } else {
            extras.title.clone()
        },
        description: text.to_owned(),
        colour: Some(extras.colour.unwrap_or(colour)),
        ..extras.clone()
    }
}

/// Discord blurple.
pub const DEFAULT_COLOUR: u32 = 0x0058_65F2;

/// Roles one panel may mention in its tickets.
pub const MAX_MENTION_ROLES: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonStyle {
    Primary,
    Secondary,
    Success,
    Danger,
}

impl ButtonStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Success => "success",
            Self::Danger => "danger",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw.trim().to_ascii_lowercase().as_str() {
            "primary" | "blurple" | "blue" => Self::Primary,
            "secondary" | "grey" | "gray" => Self::Secondary,
            "success" | "green" => Self::Success,
            "danger" | "red" => Self::Danger,
            _ => return None,
        })
    }
}

/// A panel as stored: what an admin set, and what ticketbox keeps about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub id: PanelId,
    pub draft: PanelDraft,
    pub form: Option<FormId>,
    /// The form asked after the opener rated a ticket ("Tell us more"), TicketsBot's exit
    /// survey.
    pub exit_survey: Option<FormId>,
    /// In channel mode, the category its tickets wait in while the opener owes a reply.
    pub awaiting_category: Option<ChannelId>,
    /// Where its message was last posted.
    pub channel: Option<ChannelId>,
}

/// What an admin sets on a panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelDraft {
    pub title: String,
    pub content: String,
    pub colour: u32,
    pub button_label: String,
    pub button_emoji: Option<String>,
    pub button_style: ButtonStyle,
    pub category: Option<ChannelId>,
    pub naming_scheme: Option<String>,
    pub welcome_message: Option<String>,
    pub mention_opener: bool,
    pub mention_roles: Vec<RoleId>,
    /// The welcome message mentions @here (everyone who can see the ticket: its staff).
    pub mention_here: bool,
    pub use_threads: Option<bool>,
    pub ticket_limit: Option<u32>,
    /// Open tickets from this panel allowed in all (any member; staff exempt).
    pub open_cap: Option<u32>,
    pub cooldown_secs: u32,
    pub disabled: bool,
    /// More of the panel message's embed: link, author, image, thumbnail, footer, fields,
    /// timestamp (its title, text and colour are the panel's own).
    pub embed: EmbedSpec,
    /// The welcome message's embed around its text: title (default "Ticket #N"), link, author,
    /// image, thumbnail, footer, fields, timestamp; placeholders work in every text.
    pub welcome_embed: EmbedSpec,
    /// Who may open from it, in order (see [`super::access_rules`]); empty: everyone.
    pub access_rules: Vec<super::access_rules::AccessRule>,
    /// When staff are in (see [`super::support_hours`]); `None`: always.
    pub support_hours: Option<super::support_hours::SupportHours>,
    /// Where its tickets' closes are logged; `None`: the server's log channel.
    pub log_channel: Option<ChannelId>,
}

impl PanelDraft {
    /// A new panel with the built-in text and button label in English.
    pub fn new(title: &str) -> Self {
        Self::new_in(title, crate::i18n::Lang::EnUs)
    }

    /// A new panel whose built-in text and button label are in `lang`, the server's (saved
    /// with the panel, so the admin may edit them like their own).
    pub fn new_in(title: &str, lang: crate::i18n::Lang) -> Self {
        Self {
            title: title.trim().to_owned(),
            content: crate::msg!("panel-default-text").render(lang),
            colour: DEFAULT_COLOUR,
            button_label: crate::msg!("panel-default-button").render(lang),
            button_emoji: None,
            button_style: ButtonStyle::Primary,
            category: None,
            naming_scheme: None,
            welcome_message: None,
            mention_opener: true,
            mention_roles: Vec::new(),
            mention_here: false,
            use_threads: None,
            ticket_limit: None,
            open_cap: None,
            cooldown_secs: 0,
            disabled: false,
            embed: EmbedSpec::default(),
            welcome_embed: EmbedSpec::default(),
            access_rules: Vec::new(),
            support_hours: None,
            log_channel: None,
        }
    }

    /// The panel message's embed: the panel's title, text and colour with [`Self::embed`].
    pub fn panel_embed(&self) -> EmbedSpec {
        EmbedSpec {
            title: self.title.clone(),
            description: self.content.clone(),
            colour: Some(self.colour),
            ..self.embed.clone()
        }
    }

    /// The welcome message's embed before placeholders: `text` (the panel's or the server's
    /// welcome message) with [`Self::welcome_embed`], in the panel's colour.
    pub fn welcome_embed_with(&self, text: &str) -> EmbedSpec {
        welcome_embed_of(&self.welcome_embed, text, self.colour)
    }

    /// Checks Discord's limits (embed title 256, description 4096, button label 80) and ours.
    pub fn validate(&self) -> Result<(), Msg> {
        let len = |s: &str| s.chars().count();
        if self.title.is_empty() || len(&self.title) > 100 {
            return Err(msg!("rule-panel-title-length"));
        }
        if len(&self.content) > 4000 {
            return Err(msg!("rule-panel-text-too-long"));
        }
        if self.button_label.trim().is_empty() || len(&self.button_label) > 80 {
            return Err(msg!("rule-panel-button-label-length"));
        }
        if self.colour > 0x00FF_FFFF {
            return Err(msg!("rule-panel-colour"));
        }
        if let Some(scheme) = &self.naming_scheme {
            super::settings::validate_naming_scheme(scheme)?;
        }
        if self.welcome_message.as_ref().is_some_and(|w| len(w) > 4000) {
            return Err(msg!("rule-panel-welcome-too-long"));
        }
        // Each mention takes ~25 characters of the welcome message's 2,000.
        if self.mention_roles.len() > MAX_MENTION_ROLES {
            return Err(msg!(
                "rule-panel-too-many-mentions",
                max = MAX_MENTION_ROLES
            ));
        }
        if let Some(limit) = self.ticket_limit
            && !(1..=100).contains(&limit)
        {
            return Err(msg!("rule-panel-ticket-limit"));
        }
        if let Some(cap) = self.open_cap {
            super::settings::validate_open_cap(i64::from(cap))?;
        }
        if self.cooldown_secs > 7 * 24 * 3600 {
            return Err(msg!("rule-panel-cooldown-too-long"));
        }
        self.panel_embed()
            .validate(&msg!("rule-embed-name-panel"))?;
        if let Some(hours) = &self.support_hours {
            hours.validate()?;
        }
        let welcome = self.welcome_message.as_deref().unwrap_or_default();
        self.welcome_embed_with(welcome)
            .validate(&msg!("rule-embed-name-welcome"))?;
        Ok(())
    }
}

/// Whether `raw` is one emoji a button can show: a custom emoji written `<:name:id>` or
/// `<a:name:id>`, or a unicode emoji (pictographs with their variation selectors, skin tones,
/// joiners, flags and keycaps). Text is not an emoji, so Discord would refuse the button.
pub fn is_emoji(raw: &str) -> bool {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        let inner = inner.strip_prefix('a').unwrap_or(inner);
        let mut parts = inner.splitn(3, ':');
        return matches!(
            (parts.next(), parts.next(), parts.next()),
            (Some(""), Some(name), Some(id))
                if (2..=32).contains(&name.len())
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !id.is_empty()
                    && id.len() <= 20
                    && id.chars().all(|c| c.is_ascii_digit())
        );
    }
    let chars: Vec<char> = raw.chars().collect();
    if chars.is_empty() || chars.len() > 16 {
        return false;
    }
    let pictograph = |c: char| {
        matches!(u32::from(c),
            0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B00..=0x2BFF
            | 0x2190..=0x21FF | 0x25A0..=0x25FF | 0x2900..=0x297F | 0x3030 | 0x303D
            | 0x3297 | 0x3299 | 0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139)
    };
    let modifier = |c: char| {
        matches!(
            u32::from(c),
            0xFE0E | 0xFE0F | 0x200D | 0x20E3 | 0xE0020..=0xE007F
        )
    };
    // Keycaps: 0-9, # or * followed by (FE0F and) U+20E3.
    let keycap = chars.len() <= 3
        && matches!(chars[0], '0'..='9' | '#' | '*')
        && chars.last() == Some(&'\u{20E3}');
    keycap || (pictograph(chars[0]) && chars.iter().all(|c| pictograph(*c) || modifier(*c)))
}

/// Parses `#5865F2`, `5865f2` or `0x5865F2`.
pub fn parse_colour(raw: &str) -> Result<u32, Msg> {
    let bad = || msg!("rule-colour-invalid", value = format!("{raw:?}"));
    let hex = raw.trim().trim_start_matches('#').trim_start_matches("0x");
    if hex.len() != 6 {
        return Err(bad());
    }
    u32::from_str_radix(hex, 16).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welcome_and_mentions_are_bounded() {
        let mut d = PanelDraft::new("P");
        d.welcome_message = Some("w".repeat(4000));
        d.mention_roles = (0..20).map(crate::ids::RoleId::new).collect();
        assert!(d.validate().is_ok());
        d.welcome_message = Some("w".repeat(4001));
        assert!(d.validate().unwrap_err().to_string().contains("4000"));
        d.welcome_message = None;
        d.mention_roles.push(crate::ids::RoleId::new(99));
        assert!(
            d.validate()
                .unwrap_err()
                .to_string()
                .contains("at most 20 roles")
        );
    }

    #[test]
    fn emoji_are_told_from_text() {
        for ok in [
            "🧾",
            "🎫",
            "✅",
            "❤️",
            "👍🏽",
            "👨‍👩‍👧",
            "🇫🇷",
            "1️⃣",
            "#⃣",
            "©️",
            "⭐",
            "<:ticket:123456789012345678>",
            "<a:spin:42>",
        ] {
            assert!(is_emoji(ok), "{ok:?}");
        }
        for bad in [
            "",
            "not an emoji",
            "a",
            "1",
            "🧾 help",
            "<:x:>",
            "<:ok:12a>",
            "<ticket:1>",
            ":ticket:",
            "<:bad name:1>",
        ] {
            assert!(!is_emoji(bad), "{bad:?}");
        }
    }

    #[test]
    fn colours() {
        assert_eq!(parse_colour("#5865F2"), Ok(0x0058_65F2));
        assert_eq!(parse_colour("0x00ff00"), Ok(0x0000_FF00));
        assert_eq!(parse_colour("ffffff"), Ok(0x00FF_FFFF));
        assert!(parse_colour("#fff").is_err());
        assert!(parse_colour("zzzzzz").is_err());
    }

    #[test]
    fn styles() {
        assert_eq!(ButtonStyle::parse("Green"), Some(ButtonStyle::Success));
        assert_eq!(ButtonStyle::parse("danger"), Some(ButtonStyle::Danger));
        assert_eq!(ButtonStyle::parse("pink"), None);
    }

    #[test]
    fn validation() {
        assert!(PanelDraft::new("Support").validate().is_ok());
        assert!(PanelDraft::new("  ").validate().is_err());
        let mut d = PanelDraft::new("x");
        d.button_label = "b".repeat(81);
        assert!(
            d.validate()
                .unwrap_err()
                .to_string()
                .contains("button label")
        );
        let mut d = PanelDraft::new("x");
        d.naming_scheme = Some("no-number".into());
        assert!(d.validate().is_err());
        let mut d = PanelDraft::new("x");
        d.ticket_limit = Some(0);
        assert!(d.validate().is_err());
    }
}
