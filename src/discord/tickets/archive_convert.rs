//! Converting Discord's messages into the transcript's (no serenity type goes further).

use std::collections::BTreeMap;

use poise::serenity_prelude as serenity;

use crate::archive::transcript::{self, Attachment, Embed, EmbedField, Participant, Reaction};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, MessageId, RoleId, UserId};

fn millis(t: &serenity::Timestamp) -> Timestamp {
    Timestamp::from_millis(t.timestamp_millis())
}

pub fn participant(u: &serenity::User) -> Participant {
    Participant {
        id: UserId::new(u.id.get()),
        username: u.name.clone(),
        global_name: u.global_name.clone(),
        avatar: u.avatar.map(|h| h.to_string()),
        discriminator: u.discriminator.map(|d| format!("{:04}", d.get())),
        bot: u.bot,
        removed: false,
    }
}

pub fn convert(
    m: &serenity::Message,
    users: &mut BTreeMap<UserId, Participant>,
) -> transcript::Message {
    users
        .entry(UserId::new(m.author.id.get()))
        .or_insert_with(|| participant(&m.author));
    let invoker = invoker(m);
    for u in m.mentions.iter().chain(invoker) {
        users
            .entry(UserId::new(u.id.get()))
            .or_insert_with(|| participant(u));
    }
    let attachments = m
        .attachments
        .iter()
        .map(|a| Attachment {
            id: a.id.get(),
            filename: a.filename.clone(),
            content_type: a.content_type.clone(),
            size: u64::from(a.size),
            stored: None,
            skipped: None,
        })
        .collect::<Vec<_>>();
    transcript::Message {
        id: MessageId::new(m.id.get()),
        author: UserId::new(m.author.id.get()),
        content: m.content.clone(),
        kind: u8::from(m.kind),
        sent_at: millis(&m.timestamp),
        edited_at: m.edited_timestamp.as_ref().map(millis),
        reply_to: m
            .message_reference
            .as_ref()
            .and_then(|r| r.message_id)
            .map(|id| MessageId::new(id.get())),
        embeds: m.embeds.iter().map(embed).collect(),
        attachments,
        stickers: m.sticker_items.iter().map(|s| s.name.clone()).collect(),
        reactions: m
            .reactions
            .iter()
            .map(|r| Reaction {
                emoji: match &r.reaction_type {
                    serenity::ReactionType::Unicode(s) => s.clone(),
                    serenity::ReactionType::Custom { id, name, .. } => {
                        format!("{}:{id}", name.as_deref().unwrap_or("emoji"))
                    }
                    other => other.to_string(),
                },
                count: r.count,
            })
            .collect(),
        mentions: m.mentions.iter().map(|u| UserId::new(u.id.get())).collect(),
        mention_roles: m
            .mention_roles
            .iter()
            .map(|r| RoleId::new(r.get()))
            .collect(),
        on_behalf_of: invoker.map(|u| UserId::new(u.id.get())),
        removed: false,
    }
}

/// The member whose command, button or form made the bot write `m`.
fn invoker(m: &serenity::Message) -> Option<&serenity::User> {
    use serenity::MessageInteractionMetadata as Meta;
    if !m.author.bot {
        return None;
    }
    match m.interaction_metadata.as_deref()? {
        Meta::Command(c) => Some(&c.user),
        Meta::Component(c) => Some(&c.user),
        Meta::ModalSubmit(c) => Some(&c.user),
        _ => None,
    }
}

fn embed(e: &serenity::Embed) -> Embed {
    Embed {
        title: e.title.clone(),
        description: e.description.clone(),
        url: e.url.clone(),
        colour: e.colour.map(|c| c.0),
        author: e.author.as_ref().map(|a| a.name.clone()),
        footer: e.footer.as_ref().map(|f| f.text.clone()),
        image: e.image.as_ref().map(|i| i.url.clone()),
        thumbnail: e.thumbnail.as_ref().map(|t| t.url.clone()),
        fields: e
            .fields
            .iter()
            .map(|f| EmbedField {
                name: f.name.clone(),
                value: f.value.clone(),
                inline: f.inline,
            })
            .collect(),
    }
}

/// The channel ids in `<#123>` mentions.
pub fn channel_mentions(content: &str) -> Vec<ChannelId> {
    mentions(content, "<#")
        .into_iter()
        .map(ChannelId::new)
        .collect()
}

/// The roles `<@&id>` in `content` names.
pub fn role_mentions(content: &str) -> Vec<crate::ids::RoleId> {
    mentions(content, "<@&")
        .into_iter()
        .map(crate::ids::RoleId::new)
        .collect()
}

/// The ids of the mentions opening with `open` (`<#`, `<@&`) in `content`.
fn mentions(content: &str, open: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut rest = content;
    while let Some(start) = rest.find(open) {
        rest = &rest[start + open.len()..];
        let end = rest.find('>').unwrap_or(0);
        if let Ok(id) = rest[..end].parse::<u64>() {
            out.push(id);
        }
    }
    out
}
