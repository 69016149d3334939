//! The transcript document: everything a closed ticket said, who said it, and the ticket's
//! metadata. Serialized as JSON, then compressed and sealed (docs/transcript-format.md).
//! No serenity types: the Discord layer converts into these.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, MessageId, RoleId, TicketNumber, UserId};

/// Version of the document schema (inside the sealed envelope, which has its own version).
pub const DOCUMENT_VERSION: u32 = 1;

/// What replaces a removed user's message content and name (`data purge-user`).
pub const REMOVED_CONTENT: &str = "[removed on request]";
pub const REMOVED_NAME: &str = "removed user";
/// The id a removed user is recorded under (no Discord account has it): their snowflake, which
/// identifies them, goes too.
pub const REMOVED_ID: UserId = UserId::new(0);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub version: u32,
    pub guild: GuildInfo,
    pub ticket: TicketInfo,
    /// Every author and mentioned user (also those only named as `<@id>` in text), plus
    /// opener, claimer and closer, by id.
    pub participants: BTreeMap<UserId, Participant>,
    /// Channels and roles mentioned in messages, with their names at archive time.
    pub channels: BTreeMap<ChannelId, String>,
    pub roles: BTreeMap<RoleId, String>,
    /// Oldest first.
    pub messages: Vec<Message>,
    /// Why the history may be incomplete (channel deleted before archiving, caps reached).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub archived_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuildInfo {
    pub id: GuildId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketInfo {
    pub number: TicketNumber,
    pub panel: Option<String>,
    pub subject: Option<String>,
    pub channel: Option<ChannelId>,
    pub channel_name: Option<String>,
    pub is_thread: bool,
    pub opener: UserId,
    pub claimed_by: Option<UserId>,
    pub closed_by: Option<UserId>,
    pub close_reason: Option<String>,
    pub opened_at: Timestamp,
    pub closed_at: Timestamp,
    /// Form answers as (label, value), in form order.
    #[serde(default)]
    pub answers: Vec<(String, String)>,
    /// The ticket's labels when it closed (transcripts from before labels have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: UserId,
    pub username: String,
    pub global_name: Option<String>,
    pub avatar: Option<String>,
    pub discriminator: Option<String>,
    pub bot: bool,
    /// Set by `data purge-user`: the name is a marker, the avatar is gone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: MessageId,
    pub author: UserId,
    pub content: String,
    /// Discord's message type (0 default, 19 reply, 7 member join, …).
    pub kind: u8,
    pub sent_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub reply_to: Option<MessageId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embeds: Vec<Embed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stickers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reactions: Vec<Reaction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<UserId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mention_roles: Vec<RoleId>,
    /// Who the bot wrote this for: the member whose command or button made it (Discord's
    /// `interaction_metadata.user`). Their words may be in it (a `/closerequest` reason), so
    /// it goes with them on removal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<UserId>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

impl Message {
    /// Adds the users named by `<@id>` in this message's text and embeds to `found`.
    pub fn text_mentions_into(&self, found: &mut std::collections::BTreeSet<UserId>) {
        found.extend(user_mentions(&self.content));
        for e in &self.embeds {
            for text in [&e.title, &e.description, &e.footer].into_iter().flatten() {
                found.extend(user_mentions(text));
            }
            for f in &e.fields {
                found.extend(user_mentions(&f.name));
                found.extend(user_mentions(&f.value));
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Embed {
    pub title: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub colour: Option<u32>,
    pub author: Option<String>,
    pub footer: Option<String>,
    pub image: Option<String>,
    pub thumbnail: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<EmbedField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmbedField {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reaction {
    /// A unicode emoji, or `name:id` for a custom one.
    pub emoji: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub id: u64,
    pub filename: String,
    pub content_type: Option<String>,
    pub size: u64,
    /// Where the archived copy is (an object name under the ticket's prefix); `None` when
    /// skipped.
    pub stored: Option<String>,
    /// Why it was not archived (too large, ticket cap reached, download failed).
    pub skipped: Option<String>,
}

impl Attachment {
    /// The file name reduced to `[A-Za-z0-9._-]` (anything else becomes `_`): safe in a path
    /// and in a `Content-Disposition` header.
    pub fn safe_filename(&self) -> String {
        self.filename
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    }
}

/// The users of the `<@id>` / `<@!id>` mentions in `text` (not roles: `<@&id>`).
pub fn user_mentions(text: &str) -> impl Iterator<Item = UserId> + '_ {
    text.split("<@").skip(1).filter_map(|rest| {
        let rest = rest.strip_prefix('!').unwrap_or(rest);
        let digits = &rest[..rest.find('>')?];
        // Exactly the form Discord writes (and `remove_user` rewrites): plain digits.
        let plain = !digits.is_empty()
            && !digits.starts_with('0')
            && digits.bytes().all(|b| b.is_ascii_digit());
        plain
            .then(|| digits.parse().ok().map(UserId::new))
            .flatten()
    })
}

impl Transcript {
    /// The messages `user` wrote.
    pub fn messages_by(&self, user: UserId) -> impl Iterator<Item = &Message> {
        self.messages.iter().filter(move |m| m.author == user)
    }

    /// Users named by `<@id>` or `<@!id>` in message text and embeds, the subject, the close
    /// reason and form answers. Discord's `mentions` list leaves out mentions sent without a
    /// ping and those in embeds.
    pub fn text_mentions(&self) -> std::collections::BTreeSet<UserId> {
        let mut found = std::collections::BTreeSet::new();
        let t = &self.ticket;
        for text in [&t.subject, &t.close_reason].into_iter().flatten() {
            found.extend(user_mentions(text));
        }
        for (_, answer) in &t.answers {
            found.extend(user_mentions(answer));
        }
        for m in &self.messages {
            m.text_mentions_into(&mut found);
        }
        found
    }

    /// Whether `user` appears anywhere (author, mention, opener, claimer, closer).
    pub fn involves(&self, user: UserId) -> bool {
        self.participants.contains_key(&user)
            || self.ticket.opener == user
            || self.ticket.claimed_by == Some(user)
            || self.ticket.closed_by == Some(user)
    }

    /// The display name of a participant (global name, else username), in English for
    /// someone the archive could not name.
    pub fn name_of(&self, user: UserId) -> String {
        self.participants.get(&user).map_or_else(
            || unknown_name(user),
            |p| p.global_name.clone().unwrap_or_else(|| p.username.clone()),
        )
    }

    /// [`Transcript::name_of`], someone the archive could not name (or removed on request)
    /// written in `lang`.
    pub fn name_in(&self, user: UserId, lang: crate::i18n::Lang) -> String {
        match self.participants.get(&user) {
            Some(p) if p.removed && p.username == REMOVED_NAME => {
                crate::msg!("web-tickets-removed-user").render(lang)
            }
            Some(p) if p.global_name.is_some() || p.username != unknown_name(user) => {
                p.global_name.clone().unwrap_or_else(|| p.username.clone())
            }
            _ => crate::msg!("web-transcript-unknown-user", id = user).render(lang),
        }
    }
}

/// The name the archive stores for someone it could not look up (shown as
/// `web-transcript-unknown-user` in the reader's language).
pub fn unknown_name(user: UserId) -> String {
    format!("unknown user {user}")
}

/// `text` as the viewer shows it: the marker of words removed on request
/// ([`REMOVED_CONTENT`]) in `lang`, anything else as written.
pub fn shown(text: &str, lang: crate::i18n::Lang) -> String {
    if text == REMOVED_CONTENT {
        crate::msg!("web-transcript-removed-content").render(lang)
    } else {
        text.to_owned()
    }
}
