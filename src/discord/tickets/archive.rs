//! Archiving a closing ticket: page the channel's whole history (100 per request, oldest
//! first), copy attachments into the archive (sealed, as separate objects, within the
//! configured caps), then store the sealed transcript. Idempotent: object names are stable,
//! so a retry overwrites.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use poise::serenity_prelude as serenity;

use super::download::Failed;
use super::{Env, discord_code};
use crate::archive::transcript::{
    self, Attachment, Embed, EmbedField, GuildInfo, Participant, Reaction, TicketInfo, Transcript,
};
use crate::archive::{ArchiveError, attachment_relative_name, ticket_prefix};
use crate::clock::Timestamp;
use crate::discord::BotError;
use crate::ids::{ChannelId, GuildId, MessageId, RoleId, UserId};
use crate::store::tickets::{CloseInfo, Ticket};

/// A download that keeps failing for a transient reason (CDN 5xx, timeout) fails the whole job,
/// which retries later with back-off; from this job attempt on it is skipped instead, so a
/// broken link cannot hold a ticket's close forever.
const SKIP_TRANSIENT_FROM_ATTEMPT: u32 = 5;

#[derive(Debug, thiserror::Error)]
pub enum ArchiveJobError {
    #[error("reading the ticket's history: {0}")]
    Discord(#[from] BotError),
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error("downloading attachment {file}: {why}")]
    Download { file: String, why: String },
}

/// What the close job knows about the ticket when it archives it.
pub struct TicketFacts<'a> {
    pub ticket: &'a Ticket,
    pub info: Option<&'a CloseInfo>,
    pub panel: Option<String>,
    pub answers: Vec<(String, String)>,
    pub closed_at: Timestamp,
    /// The close job's attempt (1 = first run).
    pub attempt: u32,
    /// Users removed on request: they are removed from this transcript too.
    pub removed_users: BTreeSet<UserId>,
}

/// What was archived.
pub struct Archived {
    pub participants: Vec<UserId>,
    /// The newest message in the transcript (`None`: no history).
    pub through: Option<MessageId>,
}

/// Collects and stores the transcript. Returns the users it involves (for removal requests).
pub async fn archive_ticket(
    env: Env<'_>,
    facts: TicketFacts<'_>,
) -> Result<Archived, ArchiveJobError> {
    let core = &env.data.core;
    let ticket = facts.ticket;
    let mut doc = new_document(env, &facts).await;
    let mut users: BTreeMap<UserId, Participant> = BTreeMap::new();
    let mut pending: Vec<Pending> = Vec::new();
    if let Some(channel) = ticket.channel {
        doc.ticket.channel_name = core
            .cache
            .read(move |r| r.channel_by_id(channel).map(|c| c.map(|c| c.name)))
            .await
            .ok()
            .flatten();
        let found = read_history(
            env.http,
            channel,
            &mut doc.messages,
            &mut users,
            &mut pending,
        )
        .await?;
        if !found {
            if let Some(kept) = keep_earlier(env, &doc, &facts.removed_users).await? {
                return Ok(kept);
            }
            doc.notes.push(
                "The ticket's channel was deleted before it could be archived: only the \
                 ticket's details are kept."
                    .to_owned(),
            );
        }
    }
    // Openers, claimers and closers appear even when they never wrote, and so does everyone
    // named in the text (the bot's own notices name staff without pinging them): a removal
    // on request finds every transcript that names the user.
    let mut wanted: BTreeSet<UserId> = [ticket.opener].into_iter().collect();
    wanted.extend(ticket.claimed_by);
    wanted.extend(facts.info.map(|i| i.closed_by));
    wanted.extend(doc.text_mentions());
    wanted.retain(|u| !users.contains_key(u) && u.get() != 0);
    for user in wanted {
        let p = cached_participant(env, user)
            .await
            .unwrap_or_else(|| unknown_participant(user));
        users.insert(user, p);
    }
    doc.participants = users;
    resolve_mentions(env, ticket.guild, &mut doc).await;
    let limits = Limits {
        per_file: core.config.archive.max_attachment_bytes,
        per_ticket: core.config.archive.max_ticket_attachment_bytes,
    };
    // Users removed on request stay removed: their files are not copied, their words and
    // names are replaced.
    let removed = &facts.removed_users;
    pending.retain(|p| !removed.contains(&doc.messages[p.message].author));
    store_attachments(env, ticket, limits, facts.attempt, &mut doc, pending).await?;
    for user in removed {
        if doc.involves(*user) {
            doc.remove_user(*user);
        }
    }
    core.archive.save_transcript(&doc).await?;
    Ok(Archived {
        participants: doc.participants.keys().copied().collect(),
        through: doc.messages.last().map(|m| m.id),
    })
}

/// The history is gone but an earlier close stored a transcript (a thread reopened, then
/// deleted by hand): that one is kept with a note and today's close details, never replaced
/// by an empty one. Users removed on request since the first close are removed from it too.
async fn keep_earlier(
    env: Env<'_>,
    doc: &Transcript,
    removed: &BTreeSet<UserId>,
) -> Result<Option<Archived>, ArchiveJobError> {
    let archive = &env.data.core.archive;
    match archive
        .load_transcript(doc.guild.id, doc.ticket.number)
        .await
    {
        Ok(mut earlier) => {
            earlier.notes.push(
                "The ticket was reopened; its channel was deleted before the second close \
                 could be archived: the transcript ends at the first close."
                    .to_owned(),
            );
            earlier.ticket = doc.ticket.clone();
            earlier.archived_at = doc.archived_at;
            let prefix = crate::archive::ticket_prefix(doc.guild.id, doc.ticket.number);
            for user in removed {
                for name in earlier.remove_user(*user) {
                    let object = format!("{prefix}{name}");
                    archive
                        .store()
                        .delete(&object)
                        .await
                        .map_err(ArchiveError::from)?;
                }
            }
            archive.save_transcript(&earlier).await?;
            Ok(Some(Archived {
                participants: earlier.participants.keys().copied().collect(),
                through: earlier.messages.last().map(|m| m.id),
            }))
        }
        Err(ArchiveError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The document with the ticket's metadata, before any message.
async fn new_document(env: Env<'_>, facts: &TicketFacts<'_>) -> Transcript {
    let core = &env.data.core;
    let ticket = facts.ticket;
    let guild = ticket.guild;
    let guild_name = core
        .cache
        .read(move |r| r.guild(guild).map(|g| g.map(|g| g.name)))
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| format!("Server {}", ticket.guild));
    Transcript {
        version: transcript::DOCUMENT_VERSION,
        guild: GuildInfo {
            id: ticket.guild,
            name: guild_name,
        },
        ticket: TicketInfo {
            number: ticket.number,
            panel: facts.panel.clone(),
            subject: ticket.subject.clone(),
            channel: ticket.channel,
            channel_name: None,
            is_thread: ticket.is_thread,
            opener: ticket.opener,
            claimed_by: ticket.claimed_by,
            closed_by: facts.info.map(|i| i.closed_by),
            close_reason: facts.info.and_then(|i| i.reason.clone()),
            opened_at: ticket.opened_at,
            closed_at: facts.closed_at,
            answers: facts.answers.clone(),
        },
        participants: BTreeMap::new(),
        channels: BTreeMap::new(),
        roles: BTreeMap::new(),
        messages: Vec::new(),
        notes: Vec::new(),
        archived_at: core.clock.now(),
    }
}

/// Reads the whole history, oldest first, 100 messages per request, converting each page as
/// it arrives (serenity's messages are much larger than the transcript's). Returns false when
/// the channel no longer exists (deleted by hand) or the bot lost access to it.
async fn read_history(
    http: &serenity::Http,
    channel: ChannelId,
    out: &mut Vec<transcript::Message>,
    users: &mut BTreeMap<UserId, Participant>,
    pending: &mut Vec<Pending>,
) -> Result<bool, BotError> {
    let mut after = before_history(channel);
    let channel = serenity::ChannelId::new(channel.get());
    loop {
        let page = channel
            .messages(http, serenity::GetMessages::new().after(after).limit(100))
            .await;
        let mut page = match page {
            Ok(p) => p,
            // Unknown Channel: deleted by hand. (Missing Access is not "gone": permissions may
            // be fixed, so that error retries like any other.)
            Err(e) if out.is_empty() && discord_code(&e) == Some(10003) => {
                return Ok(false);
            }
            Err(e) => return Err(e.into()),
        };
        // Discord answers newest first whatever the direction.
        page.sort_by_key(|m| m.id);
        let full = page.len() == 100;
        let Some(last) = page.last().map(|m| m.id) else {
            break;
        };
        after = last;
        for m in &page {
            let mi = out.len();
            out.push(convert(m, users));
            for (ai, a) in m.attachments.iter().enumerate() {
                pending.push(Pending {
                    message: mi,
                    index: ai,
                    url: a.url.clone(),
                    object: attachment_relative_name(m.id.get(), a.id.get()),
                });
            }
        }
        if !full {
            break;
        }
    }
    Ok(true)
}

/// An id just below every message of `channel`, to page its history with `after`: message
/// ids are at or above the channel's own id (a forum post's first message has the thread's).
pub fn before_history(channel: ChannelId) -> serenity::MessageId {
    serenity::MessageId::new(channel.get().saturating_sub(1).max(1))
}

fn millis(t: &serenity::Timestamp) -> Timestamp {
    Timestamp::from_millis(t.timestamp_millis())
}

fn participant(u: &serenity::User) -> Participant {
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

/// An attachment waiting to be downloaded: where it is in the document, where it comes from
/// and the object name (relative to the ticket's prefix) it is stored under.
struct Pending {
    message: usize,
    index: usize,
    url: String,
    object: String,
}

fn convert(
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

/// A participant from the cache, for users who never wrote (an opener who left silently).
async fn cached_participant(env: Env<'_>, user: UserId) -> Option<Participant> {
    let cached = env
        .data
        .core
        .cache
        .read(move |r| r.user(user))
        .await
        .ok()??;
    Some(Participant {
        id: user,
        username: cached.username,
        global_name: cached.global_name,
        avatar: cached.avatar,
        discriminator: cached.discriminator.map(|d| format!("{d:04}")),
        bot: cached.bot,
        removed: false,
    })
}

/// Someone the transcript names whom the cache does not know (left the guild, or never in it).
fn unknown_participant(user: UserId) -> Participant {
    Participant {
        id: user,
        username: format!("unknown user {user}"),
        global_name: None,
        avatar: None,
        discriminator: None,
        bot: false,
        removed: false,
    }
}

/// Names of the channels (`<#id>`) and roles mentioned, from the cache as they are now.
async fn resolve_mentions(env: Env<'_>, guild: GuildId, doc: &mut Transcript) {
    let mut channel_ids = BTreeSet::new();
    for m in &doc.messages {
        channel_ids.extend(channel_mentions(&m.content));
    }
    let role_ids: BTreeSet<RoleId> = doc
        .messages
        .iter()
        .flat_map(|m| m.mention_roles.iter().copied())
        .collect();
    if channel_ids.is_empty() && role_ids.is_empty() {
        return;
    }
    let found = env
        .data
        .core
        .cache
        .read(move |r| {
            let mut channels = BTreeMap::new();
            // Only this guild's channels: a mention of another server's channel must not put
            // that server's channel name into this transcript.
            for id in channel_ids {
                if let Some(c) = r.channel(guild, id)? {
                    channels.insert(id, c.name);
                }
            }
            let mut roles = BTreeMap::new();
            for id in role_ids {
                if let Some(role) = r.role(guild, id)? {
                    roles.insert(id, role.name);
                }
            }
            Ok((channels, roles))
        })
        .await;
    if let Ok((channels, roles)) = found {
        doc.channels = channels;
        doc.roles = roles;
    }
}

/// The channel ids in `<#123>` mentions.
pub fn channel_mentions(content: &str) -> Vec<ChannelId> {
    let mut out = Vec::new();
    let mut rest = content;
    while let Some(start) = rest.find("<#") {
        rest = &rest[start + 2..];
        let end = rest.find('>').unwrap_or(0);
        if let Ok(id) = rest[..end].parse::<u64>() {
            out.push(ChannelId::new(id));
        }
    }
    out
}

#[derive(Clone, Copy)]
struct Limits {
    per_file: u64,
    per_ticket: u64,
}

/// Downloads, seals and stores the attachments, several at once, within the caps. What is not
/// archived is recorded in the document with the reason.
async fn store_attachments(
    env: Env<'_>,
    ticket: &Ticket,
    limits: Limits,
    attempt: u32,
    doc: &mut Transcript,
    pending: Vec<Pending>,
) -> Result<(), ArchiveJobError> {
    let mut budget = limits.per_ticket;
    let mut jobs = Vec::new();
    for p in pending {
        let a = &mut doc.messages[p.message].attachments[p.index];
        if a.size > limits.per_file {
            a.skipped = Some(format!(
                "larger than the {} MiB per-file limit",
                limits.per_file / (1024 * 1024)
            ));
        } else if a.size > budget {
            a.skipped = Some(format!(
                "the ticket's {} MiB attachment limit was reached",
                limits.per_ticket / (1024 * 1024)
            ));
        } else {
            budget -= a.size;
            jobs.push(p);
        }
    }
    let prefix = ticket_prefix(ticket.guild, ticket.number);
    let mut running = tokio::task::JoinSet::new();
    for p in jobs {
        // One budget for every close job at once (downloads and bytes in memory).
        let size = doc.messages[p.message].attachments[p.index].size;
        let slot = env.data.downloads.reserve(size).await;
        let archive = Arc::clone(&env.data.core.archive);
        let downloads = env.data.downloads.clone();
        let guild = ticket.guild;
        let name = format!("{prefix}{}", p.object);
        running.spawn(async move {
            let outcome = match downloads.fetch(&p.url, limits.per_file).await {
                Ok(bytes) => archive
                    .put_sealed(guild, &name, bytes)
                    .await
                    .map(|()| Ok(p.object.clone())),
                Err(failed) => Ok(Err(failed)),
            };
            drop(slot);
            (p.message, p.index, outcome)
        });
    }
    while let Some(done) = running.join_next().await {
        let (mi, ai, outcome) = done.map_err(|e| BotError::Task(e.to_string()))?;
        let a = &mut doc.messages[mi].attachments[ai];
        match outcome? {
            Ok(stored) => a.stored = Some(stored),
            Err(Failed { why, transient })
                if transient && attempt < SKIP_TRANSIENT_FROM_ATTEMPT =>
            {
                return Err(ArchiveJobError::Download {
                    file: a.filename.clone(),
                    why,
                });
            }
            Err(Failed { why, .. }) => {
                tracing::warn!(ticket = %ticket.number, file = %a.filename, %why, "attachment not archived");
                a.skipped = Some(why);
            }
        }
    }
    Ok(())
}
