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
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
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
            found.extend(user_mentions(&m.content));
            for e in &m.embeds {
                for text in [&e.title, &e.description, &e.footer].into_iter().flatten() {
                    found.extend(user_mentions(text));
                }
                for f in &e.fields {
                    found.extend(user_mentions(&f.name));
                    found.extend(user_mentions(&f.value));
                }
            }
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

    /// Removes `user` on request: their messages' content, embeds and attachments are
    /// replaced by a marker, their name becomes a marker and their avatar is dropped; form
    /// answers go when they opened the ticket; their id is replaced by [`REMOVED_ID`]
    /// everywhere (author, participants, mentions, ticket roles). Returns the attachment
    /// objects to delete.
    pub fn remove_user(&mut self, user: UserId) -> Vec<String> {
        if user == REMOVED_ID || !self.involves(user) {
            return Vec::new();
        }
        let mut orphaned = Vec::new();
        for message in self.messages.iter_mut().filter(|m| m.author == user) {
            REMOVED_CONTENT.clone_into(&mut message.content);
            message.embeds.clear();
            orphaned.extend(message.attachments.drain(..).filter_map(|a| a.stored));
            message.reactions.clear();
            message.removed = true;
        }
        if let Some(p) = self.participants.get_mut(&user) {
            REMOVED_NAME.clone_into(&mut p.username);
            p.global_name = None;
            p.avatar = None;
            p.discriminator = None;
            p.removed = true;
        }
        if self.ticket.opener == user {
            for (_, value) in &mut self.ticket.answers {
                REMOVED_CONTENT.clone_into(value);
            }
            if self.ticket.subject.is_some() {
                self.ticket.subject = Some(REMOVED_CONTENT.to_owned());
            }
            // The naming scheme may have put their name in it.
            self.ticket.channel_name = None;
        }
        if self.ticket.closed_by == Some(user) && self.ticket.close_reason.is_some() {
            self.ticket.close_reason = Some(REMOVED_CONTENT.to_owned());
        }
        self.replace_id(user);
        orphaned
    }

    /// Puts [`REMOVED_ID`] wherever `user`'s id was, including `<@id>` mentions in what others
    /// wrote (they then show as the removed user).
    fn replace_id(&mut self, user: UserId) {
        let swap = |id: &mut UserId| {
            if *id == user {
                *id = REMOVED_ID;
            }
        };
        let mention = [format!("<@{user}>"), format!("<@!{user}>")];
        let unmention = |text: &mut String| {
            for m in &mention {
                if text.contains(m.as_str()) {
                    *text = text.replace(m.as_str(), &format!("<@{REMOVED_ID}>"));
                }
            }
        };
        for message in &mut self.messages {
            swap(&mut message.author);
            message.mentions.iter_mut().for_each(swap);
            let mut seen = std::collections::BTreeSet::new();
            message.mentions.retain(|m| seen.insert(*m));
            unmention(&mut message.content);
            for embed in &mut message.embeds {
                for text in [&mut embed.title, &mut embed.description, &mut embed.footer]
                    .into_iter()
                    .flatten()
                {
                    unmention(text);
                }
                for field in &mut embed.fields {
                    unmention(&mut field.name);
                    unmention(&mut field.value);
                }
            }
        }
        // remove_user has already turned their entry into the marker.
        let marker = self.participants.remove(&user).map_or_else(
            || Participant {
                id: REMOVED_ID,
                username: REMOVED_NAME.to_owned(),
                global_name: None,
                avatar: None,
                discriminator: None,
                bot: false,
                removed: true,
            },
            |p| Participant {
                id: REMOVED_ID,
                ..p
            },
        );
        self.participants.entry(REMOVED_ID).or_insert(marker);
        for text in [&mut self.ticket.subject, &mut self.ticket.close_reason]
            .into_iter()
            .flatten()
        {
            unmention(text);
        }
        for (_, answer) in &mut self.ticket.answers {
            unmention(answer);
        }
        swap(&mut self.ticket.opener);
        for id in [&mut self.ticket.claimed_by, &mut self.ticket.closed_by]
            .into_iter()
            .flatten()
        {
            swap(id);
        }
    }

    /// The display name of a participant (global name, else username).
    pub fn name_of(&self, user: UserId) -> String {
        self.participants.get(&user).map_or_else(
            || format!("unknown user {user}"),
            |p| p.global_name.clone().unwrap_or_else(|| p.username.clone()),
        )
    }
}
