//! How a multi-panel looks beyond its title, text, colour and layout: the select menu's
//! placeholder, the rest of its embed (like a panel's), and per-entry overrides of the label,
//! description and emoji its panels show on it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::embeds::EmbedSpec;
use crate::i18n::Msg;
use crate::msg;

/// Discord's select menu placeholder limit.
pub const PLACEHOLDER_MAX: usize = 150;

/// One panel's look on the multi-panel; empty parts fall back to the panel's own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EntryLook {
    pub label: String,
    /// Under the option in a select menu.
    pub description: String,
    pub emoji: String,
}

impl EntryLook {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MultiPanelLook {
    /// The select menu's text before a choice (empty: "Pick the kind of ticket").
    pub placeholder: String,
    pub embed: EmbedSpec,
    /// By panel id.
    pub entries: BTreeMap<i64, EntryLook>,
}

impl MultiPanelLook {
    pub fn is_empty(&self) -> bool {
        self.placeholder.is_empty()
            && self.embed.is_empty()
            && self.entries.values().all(EntryLook::is_empty)
    }

    /// Discord's limits (select placeholder 150; button label 80, select option label and
    /// description 100; an emoji), and the whole embed with the multi-panel's title and text.
    pub fn validate(&self, title: &str, content: &str, colour: u32) -> Result<(), Msg> {
        if self.placeholder.chars().count() > PLACEHOLDER_MAX {
            return Err(msg!(
                "rule-multi-panel-placeholder-too-long",
                max = PLACEHOLDER_MAX
            ));
        }
        for look in self.entries.values() {
            if look.label.chars().count() > 80 {
                return Err(msg!(
                    "rule-multi-panel-entry-label-too-long",
                    label = format!("{:?}", look.label)
                ));
            }
            if look.description.chars().count() > 100 {
                return Err(msg!("rule-multi-panel-entry-description-too-long"));
            }
            if !look.emoji.trim().is_empty() && !super::panels::is_emoji(look.emoji.trim()) {
                return Err(msg!(
                    "rule-multi-panel-entry-emoji-invalid",
                    emoji = format!("{:?}", look.emoji)
                ));
            }
        }
        self.message_embed(title, content, colour)
            .validate(&msg!("rule-embed-name-multi-panel"))
    }

    /// The multi-panel message's embed.
    pub fn message_embed(&self, title: &str, content: &str, colour: u32) -> EmbedSpec {
        EmbedSpec {
            title: title.to_owned(),
            description: content.to_owned(),
            colour: Some(colour),
            ..self.embed.clone()
        }
    }

    /// A panel's entry, overrides applied over its own `label` and `emoji`; `description` is
    /// the option's default description.
    pub fn entry(
        &self,
        panel: i64,
        label: &str,
        emoji: Option<&str>,
        description: &str,
    ) -> (String, Option<String>, String) {
        let look = self.entries.get(&panel).cloned().unwrap_or_default();
        let pick = |own: &str, fallback: &str| {
            if own.trim().is_empty() {
                fallback.to_owned()
            } else {
                own.trim().to_owned()
            }
        };
        (
            pick(&look.label, label),
            Some(pick(&look.emoji, emoji.unwrap_or_default())).filter(|e| !e.is_empty()),
            pick(&look.description, description),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_fall_back_to_the_panel_and_limits_name_the_field() {
        let mut look = MultiPanelLook::default();
        look.entries.insert(
            7,
            EntryLook {
                label: "Billing".into(),
                description: String::new(),
                emoji: "💳".into(),
            },
        );
        assert_eq!(
            look.entry(7, "Open", None, "Billing help"),
            ("Billing".into(), Some("💳".into()), "Billing help".into())
        );
        assert_eq!(
            look.entry(8, "Open", Some("🎫"), "Other"),
            ("Open".into(), Some("🎫".into()), "Other".into())
        );
        assert!(look.validate("T", "C", 0).is_ok());
        look.placeholder = "p".repeat(151);
        assert!(
            look.validate("T", "C", 0)
                .unwrap_err()
                .to_string()
                .starts_with("Placeholder")
        );
        look.placeholder.clear();
        look.entries.get_mut(&7).unwrap().emoji = "card".into();
        assert!(
            look.validate("T", "C", 0)
                .unwrap_err()
                .to_string()
                .starts_with("Entry emoji")
        );
        look.entries.get_mut(&7).unwrap().emoji.clear();
        look.embed.image_url = "ftp://x".into();
        assert!(
            look.validate("T", "C", 0)
                .unwrap_err()
                .to_string()
                .starts_with("Multi-panel embed image")
        );
    }
}
