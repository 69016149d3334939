//! What a form question asks for: text, one of a list of options (a string select), or users,
//! roles, mentionables or channels picked from the server. Discord draws each as a component
//! inside a Label in the modal (Components → Label); the limits here are Discord's
//! (Components → String Select, Select Option; User/Role/Mentionable/Channel Select).

use crate::i18n::Msg;
use crate::msg;

/// The most options in a string select, and the most values any select returns.
pub const MAX_OPTIONS: usize = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// A text input (short or paragraph).
    Text,
    /// A string select: one or more of the question's options.
    Choice,
    User,
    Role,
    /// Users or roles.
    Mentionable,
    Channel,
}

impl QuestionKind {
    pub const ALL: [Self; 6] = [
        Self::Text,
        Self::Choice,
        Self::User,
        Self::Role,
        Self::Mentionable,
        Self::Channel,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Choice => "choice",
            Self::User => "user",
            Self::Role => "role",
            Self::Mentionable => "mentionable",
            Self::Channel => "channel",
        }
    }

    /// The kind as people read it, in a list (`/form list`) and in a sentence ("cannot be a
    /// role picker question").
    pub fn name(self) -> crate::i18n::Msg {
        match self {
            Self::Text => crate::msg!("rule-form-kind-text"),
            Self::Choice => crate::msg!("rule-form-kind-choice"),
            Self::User => crate::msg!("rule-form-kind-user"),
            Self::Role => crate::msg!("rule-form-kind-role"),
            Self::Mentionable => crate::msg!("rule-form-kind-mentionable"),
            Self::Channel => crate::msg!("rule-form-kind-channel"),
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == raw)
            .or(match raw.as_str() {
                "string_select" | "select" => Some(Self::Choice),
                _ => None,
            })
    }

    pub fn is_select(self) -> bool {
        self != Self::Text
    }

    /// Whether a form opened from a DM (an exit survey) can ask it: there is no server there
    /// to pick members, roles or channels from.
    pub fn works_in_dm(self) -> bool {
        matches!(self, Self::Text | Self::Choice)
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectOption {
    pub label: String,
    /// What the submit carries back; unique within the question.
    pub value: String,
    pub description: Option<String>,
    /// A Unicode emoji or a custom one written as `<:name:id>` / `<a:name:id>`.
    pub emoji: Option<String>,
}

/// A custom emoji (`id` set) or a Unicode one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emoji {
    pub id: Option<u64>,
    pub name: String,
    pub animated: bool,
}

/// Reads an emoji as an admin types it: `<:name:id>`, `<a:name:id>` or the Unicode emoji itself.
pub fn parse_emoji(raw: &str) -> Option<Emoji> {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        let (animated, rest) = match inner.strip_prefix("a:") {
            Some(rest) => (true, rest),
            None => (false, inner.strip_prefix(':')?),
        };
        let (name, id) = rest.split_once(':')?;
        let name_ok = (2..=32).contains(&name.chars().count())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        return (name_ok)
            .then(|| id.parse().ok())
            .flatten()
            .map(|id| Emoji {
                id: Some(id),
                name: name.to_owned(),
                animated,
            });
    }
    // A Unicode emoji is a few code points (a flag, a skin tone, a ZWJ family), none of them
    // ASCII letters, digits or spaces.
    let n = raw.chars().count();
    let plausible = (1..=10).contains(&n)
        && raw
            .chars()
            .all(|c| !c.is_ascii_alphanumeric() && !c.is_whitespace() && !c.is_ascii_punctuation())
        && !raw.is_ascii();
    plausible.then(|| Emoji {
        id: None,
        name: raw.to_owned(),
        animated: false,
    })
}

fn chars(s: &str) -> usize {
    s.trim().chars().count()
}

impl SelectOption {
    /// Discord's limits: label and value 1–100 characters, description ≤ 100; a valid emoji.
    pub fn validate(&self) -> Result<(), Msg> {
        let label = self.label.trim();
        if !(1..=100).contains(&chars(label)) {
            return Err(msg!("rule-option-label-length"));
        }
        let option = || format!("{label:?}");
        if !(1..=100).contains(&chars(&self.value)) {
            return Err(msg!("rule-option-value-length", option = option()));
        }
        if self.description.as_deref().is_some_and(|d| chars(d) > 100) {
            return Err(msg!("rule-option-description-too-long", option = option()));
        }
        if let Some(emoji) = &self.emoji
            && parse_emoji(emoji).is_none()
        {
            return Err(msg!("rule-option-emoji-invalid", option = option()));
        }
        Ok(())
    }
}

/// Reads the options of a choice question as typed in one line: `;` between options, each
/// `label`, `label | description` or `label | description | emoji`. The value is the label.
pub fn parse_options_line(raw: &str) -> Result<Vec<SelectOption>, Msg> {
    raw.split(';')
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(|o| {
            let mut parts = o.split('|').map(str::trim);
            let label = parts.next().unwrap_or_default().to_owned();
            let description = parts.next().filter(|d| !d.is_empty()).map(str::to_owned);
            let emoji = parts.next().filter(|e| !e.is_empty()).map(str::to_owned);
            if parts.next().is_some() {
                return Err(msg!("rule-options-line-parts", option = format!("{o:?}")));
            }
            let option = SelectOption {
                value: label.clone(),
                label,
                description,
                emoji,
            };
            option.validate()?;
            Ok(option)
        })
        .collect()
}

/// Channel types a channel question may offer (Channel → Channel Types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelKind {
    Text,
    Voice,
    Category,
    Announcement,
    Thread,
    Stage,
    Forum,
}

impl ChannelKind {
    pub const ALL: [Self; 7] = [
        Self::Text,
        Self::Voice,
        Self::Category,
        Self::Announcement,
        Self::Thread,
        Self::Stage,
        Self::Forum,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Voice => "voice",
            Self::Category => "category",
            Self::Announcement => "announcement",
            Self::Thread => "thread",
            Self::Stage => "stage",
            Self::Forum => "forum",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    /// Discord's channel type numbers it stands for (a thread is any of the three kinds).
    pub fn discord_types(self) -> &'static [u8] {
        match self {
            Self::Text => &[0],
            Self::Voice => &[2],
            Self::Category => &[4],
            Self::Announcement => &[5],
            Self::Thread => &[10, 11, 12],
            Self::Stage => &[13],
            Self::Forum => &[15],
        }
    }
}

/// Reads `text, voice` (comma- or space-separated).
pub fn parse_channel_kinds(raw: &str) -> Result<Vec<ChannelKind>, Msg> {
    let mut kinds = Vec::new();
    for word in raw
        .split([',', ' '])
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        let kind = ChannelKind::parse(word).ok_or_else(|| {
            let known: Vec<&str> = ChannelKind::ALL.iter().map(|k| k.as_str()).collect();
            msg!(
                "rule-channel-kinds-unknown",
                word = format!("{word:?}"),
                known = known.join(", ")
            )
        })?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    Ok(kinds)
}

/// Something picked in a user, role, mentionable or channel question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    User(u64),
    Role(u64),
    Channel(u64),
}

impl Picked {
    /// As Discord writes a mention: shown as the name in the ticket and the transcript.
    pub fn mention(self) -> String {
        match self {
            Self::User(id) => format!("<@{id}>"),
            Self::Role(id) => format!("<@&{id}>"),
            Self::Channel(id) => format!("<#{id}>"),
        }
    }

    /// Whether a question of `kind` can return it.
    pub fn fits(self, kind: QuestionKind) -> bool {
        matches!(
            (kind, self),
            (
                QuestionKind::User | QuestionKind::Mentionable,
                Self::User(_)
            ) | (
                QuestionKind::Role | QuestionKind::Mentionable,
                Self::Role(_)
            ) | (QuestionKind::Channel, Self::Channel(_))
        )
    }
}

/// One answer as a modal submit carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    Text(String),
    /// The values of the chosen options.
    Choices(Vec<String>),
    Picked(Vec<Picked>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emojis() {
        assert_eq!(
            parse_emoji("<:ticket:123>"),
            Some(Emoji {
                id: Some(123),
                name: "ticket".into(),
                animated: false
            })
        );
        assert!(parse_emoji("<a:party_blob:9>").unwrap().animated);
        assert_eq!(parse_emoji("🎫").unwrap().name, "🎫");
        assert!(parse_emoji("👨‍👩‍👧").is_some(), "a ZWJ sequence");
        for bad in [
            "",
            "ticket",
            ":ticket:",
            "<:t:123>",
            "<:ticket:abc>",
            "a🎫",
            "🎫 🎫",
        ] {
            assert!(parse_emoji(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn options_line() {
        let options = parse_options_line("Refund | Money back | 💸; Bug ;; Other|").unwrap();
        assert_eq!(options.len(), 3);
        assert_eq!(options[0].value, "Refund");
        assert_eq!(options[0].description.as_deref(), Some("Money back"));
        assert_eq!(options[0].emoji.as_deref(), Some("💸"));
        assert_eq!(options[1].label, "Bug");
        assert_eq!(options[2].description, None);
        assert!(
            parse_options_line("a|b|💸|d")
                .unwrap_err()
                .to_string()
                .starts_with("Options")
        );
        assert!(
            parse_options_line("Refund | | nope")
                .unwrap_err()
                .to_string()
                .contains("emoji of \"Refund\"")
        );
        assert!(parse_options_line(&"x".repeat(101)).is_err());
    }

    #[test]
    fn channel_kinds_and_picks() {
        assert_eq!(
            parse_channel_kinds("text, Voice text").unwrap(),
            vec![ChannelKind::Text, ChannelKind::Voice]
        );
        assert!(
            parse_channel_kinds("text, dm")
                .unwrap_err()
                .to_string()
                .contains("\"dm\"")
        );
        assert_eq!(ChannelKind::Thread.discord_types(), &[10, 11, 12]);
        assert!(Picked::User(1).fits(QuestionKind::Mentionable));
        assert!(Picked::Role(1).fits(QuestionKind::Mentionable));
        assert!(!Picked::Role(1).fits(QuestionKind::User));
        assert!(!Picked::Channel(1).fits(QuestionKind::Role));
        assert_eq!(Picked::Role(5).mention(), "<@&5>");
        assert_eq!(
            QuestionKind::parse("string_select"),
            Some(QuestionKind::Choice)
        );
        assert!(QuestionKind::Choice.works_in_dm() && !QuestionKind::User.works_in_dm());
    }
}
