//! Message history for archive tests and benches: messages with Discord's richer fields
//! (replies, mentions, embeds, reactions, attachments), and quiet seeding of a long history.

use serde_json::{Value, json};

use super::FakeDiscord;

/// One message of a seeded history.
#[derive(Debug, Clone, Default)]
pub struct SeedMessage {
    pub author: u64,
    pub content: String,
    /// An attachment served from the fake CDN: (filename, bytes).
    pub attachment: Option<(String, Vec<u8>)>,
    /// Extra Discord fields merged into the message (embeds, reactions, mentions…).
    pub extra: Option<Value>,
}

impl FakeDiscord {
    /// A user posts a message with one attachment (served from the fake CDN); returns the
    /// message id.
    pub fn post_attachment(
        &self,
        channel: u64,
        author: u64,
        content: &str,
        filename: &str,
        bytes: Vec<u8>,
    ) -> u64 {
        let message = self.inner.state().create_message_with_attachment(
            &self.inner,
            channel,
            author,
            content,
            filename,
            bytes,
        );
        let id = message["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        self.inner.gateway.dispatch("MESSAGE_CREATE", message);
        id
    }

    /// Changes a member's nickname in the fake's model only (no event), as if the bot had
    /// missed the update.
    pub fn set_nick_silently(&self, guild: u64, user: u64, nick: &str) {
        if let Some(member) = self.inner.state().members.get_mut(&(guild, user)) {
            member["nick"] = json!(nick);
        }
    }

    /// Points a stored message's attachments at another URL. Discord serves attachments from
    /// its CDN only: tests use this for what ticketbox must refuse to fetch.
    pub fn set_attachment_url(&self, channel: u64, message: u64, url: &str) {
        if let Some(m) = self.inner.state().message_mut(channel, message)
            && let Some(list) = m["attachments"].as_array_mut()
        {
            for a in list {
                a["url"] = json!(url);
                a["proxy_url"] = json!(url);
            }
        }
    }

    /// Changes the content type a stored message's attachments declare (an uploader's client
    /// chooses it: tests use this for hostile values).
    pub fn set_attachment_content_type(&self, channel: u64, message: u64, content_type: &str) {
        if let Some(m) = self.inner.state().message_mut(channel, message)
            && let Some(list) = m["attachments"].as_array_mut()
        {
            for a in list {
                a["content_type"] = json!(content_type);
            }
        }
    }

    /// A user's JSON as Discord embeds it in messages (for `mentions`).
    ///
    /// # Panics
    /// When the user is unknown.
    pub fn user_json(&self, user: u64) -> Value {
        self.inner
            .state()
            .users
            .get(&user)
            .cloned()
            .expect("unknown user")
    }

    /// A user posts a message with extra Discord fields merged in (`message_reference`,
    /// `mentions`, `mention_roles`, `embeds`, `reactions`, `sticker_items`, …): stored, then
    /// MESSAGE_CREATE. Returns the message id.
    pub fn post_message_with(
        &self,
        channel: u64,
        author: u64,
        content: &str,
        extra: &Value,
    ) -> u64 {
        let message = {
            let mut state = self.inner.state();
            let mut message = state.create_message(&self.inner, channel, author, content);
            merge(&mut message, extra);
            let id = id_of(&message);
            if let Some(stored) = state.message_mut(channel, id) {
                merge(stored, extra);
            }
            message
        };
        let id = id_of(&message);
        self.inner.gateway.dispatch("MESSAGE_CREATE", message);
        id
    }

    /// Stores messages as history from before the bot was watching (no gateway events), in
    /// order. Returns their ids.
    pub fn seed_history(&self, channel: u64, messages: Vec<SeedMessage>) -> Vec<u64> {
        let mut state = self.inner.state();
        let mut ids = Vec::with_capacity(messages.len());
        for m in messages {
            let mut message = match m.attachment {
                Some((filename, bytes)) => state.create_message_with_attachment(
                    &self.inner,
                    channel,
                    m.author,
                    &m.content,
                    &filename,
                    bytes,
                ),
                None => state.create_message(&self.inner, channel, m.author, &m.content),
            };
            let id = id_of(&message);
            if let Some(extra) = &m.extra {
                merge(&mut message, extra);
                if let Some(stored) = state.message_mut(channel, id) {
                    merge(stored, extra);
                }
            }
            ids.push(id);
        }
        ids
    }
}

fn merge(message: &mut Value, extra: &Value) {
    if let (Some(target), Some(source)) = (message.as_object_mut(), extra.as_object()) {
        for (k, v) in source {
            target.insert(k.clone(), v.clone());
        }
    }
}

fn id_of(message: &Value) -> u64 {
    message["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// A reaction as Discord lists it on a message.
pub fn reaction(emoji: &str, count: u64) -> Value {
    json!({
        "count": count,
        "count_details": {"burst": 0, "normal": count},
        "me": false,
        "me_burst": false,
        "emoji": {"id": null, "name": emoji},
        "burst_colors": [],
    })
}
