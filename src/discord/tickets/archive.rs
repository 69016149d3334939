//! Archiving a closing ticket: page the channel's whole history (100 per request, oldest
//! first); every 1,000 messages copy that segment's attachments into the archive (sealed, as
//! separate objects, within the configured caps) and store the segment sealed, so memory stays
//! bounded whatever the ticket's size; the index last. Idempotent: a retry writes a new
//! generation and the index switches to it (`archive::segments`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use poise::serenity_prelude as serenity;

use super::archive_convert::{channel_mentions, convert, role_mentions};
use super::download::Failed;
use super::{Env, channel_gone};
use crate::archive::notes;
use crate::archive::segments::SEGMENT_MESSAGES;
use crate::archive::transcript::{self, GuildInfo, Participant, TicketInfo, Transcript};
use crate::archive::{ArchiveError, TranscriptWriter, attachment_relative_name, ticket_prefix};
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
    /// The labels on the ticket when it closed, by name.
    pub labels: Vec<String>,
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
    let mut run = Run {
        writer: core.archive.writer(ticket.guild, ticket.number),
        users: BTreeMap::new(),
        named: BTreeSet::new(),
        channels: BTreeSet::new(),
        roles: BTreeSet::new(),
        limits: Limits {
            per_file: core.config.archive.max_attachment_bytes,
            per_ticket: core.config.archive.max_ticket_attachment_bytes,
        },
        left: core.config.archive.max_ticket_attachment_bytes,
        attempt: facts.attempt,
        removed: &facts.removed_users,
        through: None,
    };
    if let Some(channel) = ticket.channel {
        doc.ticket.channel_name = core
            .cache
            .read(move |r| r.channel_by_id(channel).map(|c| c.map(|c| c.name)))
            .await
            .ok()
            .flatten();
        let found = read_history(env, ticket, channel, &mut run).await?;
        if !found {
            if let Some(kept) = keep_earlier(env, &doc, &facts.removed_users).await? {
                return Ok(kept);
            }
            doc.notes.push(notes::CHANNEL_DELETED.to_owned());
        }
    }
    add_participants(env, &facts, &mut doc, &mut run).await;
    let (mut channels, mut roles) = (
        std::mem::take(&mut run.channels),
        std::mem::take(&mut run.roles),
    );
    // Form answers name channels and roles too (picker questions).
    for (_, answer) in &doc.ticket.answers {
        channels.extend(channel_mentions(answer));
        roles.extend(role_mentions(answer));
    }
    resolve_mentions(env, ticket.guild, &mut doc, channels, roles).await;
    remove_removed_users(&facts, &mut doc, &mut run).await?;
    let participants = doc.participants.keys().copied().collect();
    run.writer.finish(&doc).await?;
    Ok(Archived {
        participants,
        through: run.through,
    })
}

/// Openers, claimers and closers appear even when they never wrote, and so does everyone
/// named in the text (the bot's own notices name staff without pinging them): a removal on
/// request finds every transcript that names the user.
async fn add_participants(
    env: Env<'_>,
    facts: &TicketFacts<'_>,
    doc: &mut Transcript,
    run: &mut Run<'_>,
) {
    let ticket = facts.ticket;
    let mut wanted: BTreeSet<UserId> = [ticket.opener].into_iter().collect();
    wanted.extend(ticket.claimed_by);
    wanted.extend(facts.info.map(|i| i.closed_by));
    wanted.extend(doc.text_mentions());
    wanted.append(&mut run.named);
    wanted.retain(|u| !run.users.contains_key(u) && u.get() != 0);
    for user in wanted {
        let p = cached_participant(env, user)
            .await
            .unwrap_or_else(|| unknown_participant(user));
        run.users.insert(user, p);
    }
    doc.participants = std::mem::take(&mut run.users);
}

/// Users removed on request stay removed: their files were not copied; their words and names
/// are replaced in the segments written (with every name the transcript knows for them, also
/// where one appears before their first message), before the index makes the transcript
/// visible.
async fn remove_removed_users(
    facts: &TicketFacts<'_>,
    doc: &mut Transcript,
    run: &mut Run<'_>,
) -> Result<(), ArchiveJobError> {
    let involved: Vec<UserId> = facts
        .removed_users
        .iter()
        .copied()
        .filter(|u| doc.involves(*u))
        .collect();
    if involved.is_empty() {
        return Ok(());
    }
    run.writer
        .revisit(doc, |part| {
            for user in &involved {
                part.remove_user(*user);
            }
        })
        .await?;
    for user in &involved {
        doc.remove_user(*user);
    }
    Ok(())
}

/// One archive job's state while the history streams through it.
struct Run<'a> {
    writer: TranscriptWriter<'a>,
    users: BTreeMap<UserId, Participant>,
    /// Users named as `<@id>` in the text.
    named: BTreeSet<UserId>,
    channels: BTreeSet<ChannelId>,
    roles: BTreeSet<RoleId>,
    limits: Limits,
    /// What the per-ticket attachment cap still allows.
    left: u64,
    attempt: u32,
    removed: &'a BTreeSet<UserId>,
    through: Option<MessageId>,
}

impl Run<'_> {
    /// Copies the attachments of `segment` and stores it as the next segment.
    async fn flush(
        &mut self,
        env: Env<'_>,
        ticket: &Ticket,
        segment: &mut Vec<transcript::Message>,
        pending: &mut Vec<Pending>,
    ) -> Result<(), ArchiveJobError> {
        if segment.is_empty() {
            return Ok(());
        }
        for m in segment.iter() {
            m.text_mentions_into(&mut self.named);
            self.channels.extend(channel_mentions(&m.content));
            self.roles.extend(m.mention_roles.iter().copied());
        }
        // Users removed on request stay removed: their files are not copied.
        let removed = self.removed;
        pending.retain(|p| !removed.contains(&segment[p.message].author));
        store_attachments(env, ticket, self, segment, std::mem::take(pending)).await?;
        self.through = segment.last().map(|m| m.id);
        let full = std::mem::replace(segment, Vec::with_capacity(SEGMENT_MESSAGES));
        self.writer.push(full).await?;
        Ok(())
    }
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
    let (guild, number) = (doc.guild.id, doc.ticket.number);
    let mut orphaned = Vec::new();
    let rewrite = archive
        .rewrite_transcript(guild, number, |part| {
            if !part
                .notes
                .iter()
                .any(|n| notes::is(n, notes::REOPENED_CHANNEL_DELETED))
            {
                part.notes.push(notes::REOPENED_CHANNEL_DELETED.to_owned());
            }
            part.ticket = doc.ticket.clone();
            part.archived_at = doc.archived_at;
            for user in removed {
                orphaned.extend(part.remove_user(*user));
            }
        })
        .await;
    let rewrite = match rewrite {
        Ok(rewrite) => rewrite,
        Err(ArchiveError::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let participants = rewrite.header().participants.keys().copied().collect();
    let through = rewrite.last_message();
    let prefix = ticket_prefix(guild, number);
    for name in orphaned {
        archive
            .store()
            .delete(&format!("{prefix}{name}"))
            .await
            .map_err(ArchiveError::from)?;
    }
    rewrite.commit().await?;
    Ok(Some(Archived {
        participants,
        through,
    }))
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
            labels: facts.labels.clone(),
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
/// it arrives (serenity's messages are much larger than the transcript's) and storing every
/// full segment. Returns false when the channel no longer exists (deleted by hand).
async fn read_history(
    env: Env<'_>,
    ticket: &Ticket,
    channel: ChannelId,
    run: &mut Run<'_>,
) -> Result<bool, ArchiveJobError> {
    let mut after = before_history(channel);
    let channel = serenity::ChannelId::new(channel.get());
    let mut segment = Vec::with_capacity(SEGMENT_MESSAGES);
    let mut pending = Vec::new();
    loop {
        let page = channel
            .messages(
                env.http,
                serenity::GetMessages::new().after(after).limit(100),
            )
            .await;
        let mut page = match page {
            Ok(p) => p,
            // Unknown Channel: deleted by hand. (Missing Access is not "gone": permissions may
            // be fixed, so that error retries like any other.)
            Err(e) if segment.is_empty() && run.writer.message_count() == 0 && channel_gone(&e) => {
                return Ok(false);
            }
            Err(e) => return Err(BotError::from(e).into()),
        };
        // Discord answers newest first whatever the direction.
        page.sort_by_key(|m| m.id);
        let full = page.len() == 100;
        let Some(last) = page.last().map(|m| m.id) else {
            break;
        };
        after = last;
        for m in &page {
            let mi = segment.len();
            segment.push(convert(m, &mut run.users));
            for (ai, a) in m.attachments.iter().enumerate() {
                pending.push(Pending {
                    message: mi,
                    index: ai,
                    url: a.url.clone(),
                    object: attachment_relative_name(m.id.get(), a.id.get()),
                });
            }
        }
        drop(page);
        if segment.len() >= SEGMENT_MESSAGES {
            run.flush(env, ticket, &mut segment, &mut pending).await?;
        }
        if !full {
            break;
        }
    }
    run.flush(env, ticket, &mut segment, &mut pending).await?;
    Ok(true)
}

/// An id just below every message of `channel`, to page its history with `after`: message
/// ids are at or above the channel's own id (a forum post's first message has the thread's).
pub fn before_history(channel: ChannelId) -> serenity::MessageId {
    serenity::MessageId::new(channel.get().saturating_sub(1).max(1))
}

/// An attachment waiting to be downloaded: where it is in the document, where it comes from
/// and the object name (relative to the ticket's prefix) it is stored under.
struct Pending {
    message: usize,
    index: usize,
    url: String,
    object: String,
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
        username: transcript::unknown_name(user),
        global_name: None,
        avatar: None,
        discriminator: None,
        bot: false,
        removed: false,
    }
}

/// Names of the channels (`<#id>`) and roles mentioned, from the cache as they are now.
async fn resolve_mentions(
    env: Env<'_>,
    guild: GuildId,
    doc: &mut Transcript,
    channel_ids: BTreeSet<ChannelId>,
    role_ids: BTreeSet<RoleId>,
) {
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
    run: &mut Run<'_>,
    messages: &mut [transcript::Message],
    pending: Vec<Pending>,
) -> Result<(), ArchiveJobError> {
    let (limits, attempt) = (run.limits, run.attempt);
    let budget = &mut run.left;
    let mut jobs = Vec::new();
    for p in pending {
        let a = &mut messages[p.message].attachments[p.index];
        if a.size > limits.per_file {
            crate::services::metrics::attachment_skipped("per_file_limit");
            a.skipped = Some(notes::per_file_limit(limits.per_file / (1024 * 1024)));
        } else if a.size > *budget {
            crate::services::metrics::attachment_skipped("ticket_limit");
            a.skipped = Some(notes::ticket_limit(limits.per_ticket / (1024 * 1024)));
        } else {
            *budget -= a.size;
            jobs.push(p);
        }
    }
    let prefix = ticket_prefix(ticket.guild, ticket.number);
    let mut running = tokio::task::JoinSet::new();
    for p in jobs {
        // One budget for every close job at once (downloads and bytes in memory).
        let size = messages[p.message].attachments[p.index].size;
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
        let a = &mut messages[mi].attachments[ai];
        match outcome? {
            Ok(stored) => a.stored = Some(stored),
            Err(Failed { why, transient })
                if transient && attempt < SKIP_TRANSIENT_FROM_ATTEMPT =>
            {
                return Err(ArchiveJobError::Download {
                    file: a.filename.clone(),
                    why: notes::skip_reason(&why).render(crate::i18n::Lang::EnUs),
                });
            }
            Err(Failed { why, .. }) => {
                tracing::warn!(ticket = %ticket.number, file = %a.filename, %why, "attachment not archived");
                crate::services::metrics::attachment_skipped("download_failed");
                a.skipped = Some(why);
            }
        }
    }
    Ok(())
}
