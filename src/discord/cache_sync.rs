//! Gateway events → the redb cache, in gateway order.
//!
//! serenity runs every event handler in its own task, so two events can finish in either
//! order. The event handler therefore only converts the event and enqueues it, before any
//! `.await`; one writer task applies the queue in order, batching whatever has queued up into
//! one redb transaction. The Discord client runs on a current-thread runtime, whose FIFO task
//! queue starts handlers in the order serenity spawned them.

use std::sync::Arc;

use tokio::sync::mpsc;

use crate::cache::{
    CacheError, CacheWrite, CachedChannel, CachedGuild, CachedMember, CachedRole, CachedUser,
};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, RoleId, UserId};
use crate::services::AppCore;

/// Most updates applied in one transaction.
const BATCH: usize = 256;
/// Gateway updates are committed without fsync; this often they are made durable, which also
/// lets redb reuse the pages those commits freed.
const FLUSH_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// One change to the cache, already converted from serenity's types.
#[derive(Debug, Clone)]
pub enum CacheUpdate {
    /// GUILD_CREATE: the guild and everything in it.
    GuildSnapshot {
        guild: CachedGuild,
        channels: Vec<CachedChannel>,
        roles: Vec<CachedRole>,
        members: Vec<(CachedMember, CachedUser)>,
    },
    Guild(CachedGuild),
    /// The bot was removed from the guild: its rows go, the leave time is recorded.
    GuildLeft(GuildId),
    Channel(CachedChannel),
    ChannelRemoved(GuildId, ChannelId),
    Role(CachedRole),
    RoleRemoved(GuildId, RoleId),
    /// A member who interacted with the bot (or whom Discord sent in a members chunk): cached,
    /// or refreshed. An interaction's member has no `joined_at` change to tell: a missing one
    /// keeps the cached value.
    MemberSeen(CachedMember, CachedUser),
    /// GUILD_MEMBER_ADD / GUILD_MEMBER_UPDATE: refreshes a member already cached and caches no
    /// one new (PRIVACY.md §1: members Discord sends in GUILD_CREATE and those who interact).
    MemberChanged(CachedMember, CachedUser),
    MemberRemoved(GuildId, UserId),
    User(CachedUser),
    /// READY: the guilds the bot is in now. Guilds recorded as present but missing here were
    /// left while the bot was offline. Applied in queue order, so a GUILD_CREATE that follows
    /// READY is never mistaken for a missing guild.
    ReadyGuilds(Vec<GuildId>),
}

/// The sending side, cheap to clone. Sending never waits.
#[derive(Clone, Debug)]
pub struct CacheWriter {
    tx: mpsc::UnboundedSender<CacheUpdate>,
}

impl CacheWriter {
    /// Starts the writer task on the current runtime.
    pub fn spawn(core: Arc<AppCore>) -> (Self, tokio::task::JoinHandle<()>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(write_loop(core, rx));
        (Self { tx }, task)
    }

    pub fn send(&self, update: CacheUpdate) {
        if self.tx.send(update).is_err() {
            tracing::warn!("cache writer has stopped; update dropped");
        }
    }
}

async fn write_loop(core: Arc<AppCore>, mut rx: mpsc::UnboundedReceiver<CacheUpdate>) {
    let mut batch = Vec::with_capacity(BATCH);
    let mut last_flush = tokio::time::Instant::now();
    while rx.recv_many(&mut batch, BATCH).await > 0 {
        let mut segment = Vec::with_capacity(batch.len());
        for update in std::mem::take(&mut batch) {
            if let CacheUpdate::ReadyGuilds(present) = update {
                // What came before READY first, then the comparison.
                write_segment(&core, std::mem::take(&mut segment)).await;
                segment.extend(guilds_left_offline(&core, present).await);
            } else {
                segment.push(update);
            }
        }
        write_segment(&core, segment).await;
        if last_flush.elapsed() >= FLUSH_EVERY {
            last_flush = tokio::time::Instant::now();
            if let Err(e) = core.cache.flush().await {
                tracing::warn!(error = %e, "cache flush failed");
            }
        }
    }
}

/// Guilds recorded as present but not in READY's list, as `GuildLeft` updates.
async fn guilds_left_offline(core: &AppCore, present: Vec<GuildId>) -> Vec<CacheUpdate> {
    match crate::store::guilds::missing_from(&core.db, present).await {
        Ok(gone) => gone
            .into_iter()
            .map(|guild| {
                tracing::info!(%guild, "removed from a guild while offline; its data is purged after the grace period");
                CacheUpdate::GuildLeft(guild)
            })
            .collect(),
        Err(e) => {
            tracing::error!(error = %e, "cannot compare READY's guilds with the database");
            Vec::new()
        }
    }
}

/// Applies updates to the cache in one transaction and records guild presence.
async fn write_segment(core: &AppCore, updates: Vec<CacheUpdate>) {
    if updates.is_empty() {
        return;
    }
    let left: Vec<GuildId> = updates
        .iter()
        .filter_map(|u| {
            if let CacheUpdate::GuildLeft(g) = u {
                Some(*g)
            } else {
                None
            }
        })
        .collect();
    let seen: Vec<GuildId> = updates
        .iter()
        .filter_map(|u| {
            if let CacheUpdate::GuildSnapshot { guild, .. } = u {
                Some(guild.id)
            } else {
                None
            }
        })
        .collect();
    let now = core.clock.now();
    note_presence(&core.cache.absent, &updates, now);
    if let Err(e) = core.cache.ingest(move |w| apply_all(w, updates, now)).await {
        tracing::error!(error = %e, "cache update failed");
    }
    if (!seen.is_empty() || !left.is_empty())
        && let Err(e) = crate::store::guilds::record_presence(&core.db, seen, left, now).await
    {
        tracing::error!(error = %e, "recording guild presence failed");
    }
}

/// Keeps the in-memory absence marks in step: a member who left is absent from now (a REST
/// lookup under way is not cached over it); one who joined or interacted is not.
fn note_presence(absent: &crate::cache::absent::Absences, updates: &[CacheUpdate], now: Timestamp) {
    for update in updates {
        match update {
            CacheUpdate::MemberRemoved(guild, user) => absent.mark(*guild, *user, now),
            CacheUpdate::MemberSeen(m, _) | CacheUpdate::MemberChanged(m, _) => {
                absent.clear(m.guild_id, m.user_id);
            }
            _ => {}
        }
    }
}

fn apply_all(w: &CacheWrite, updates: Vec<CacheUpdate>, now: Timestamp) -> Result<(), CacheError> {
    for update in updates {
        apply(w, update, now)?;
    }
    Ok(())
}

fn apply(w: &CacheWrite, update: CacheUpdate, now: Timestamp) -> Result<(), CacheError> {
    match update {
        CacheUpdate::GuildSnapshot {
            guild,
            channels,
            roles,
            mut members,
        } => {
            for (member, _) in &mut members {
                member.seen_at = now;
            }
            // A snapshot replaces what was cached: channels, roles or members deleted while
            // the bot was away must not linger. Members cached on demand go too: events for
            // them may have been missed, and the next lookup fetches them again.
            w.replace_guild(&guild, &channels, &roles, &members)?;
        }
        CacheUpdate::Guild(guild) => w.put_guild(&guild)?,
        CacheUpdate::GuildLeft(guild) => {
            w.remove_guild(guild)?;
        }
        CacheUpdate::Channel(channel) => w.put_channel(&channel)?,
        CacheUpdate::ChannelRemoved(guild, channel) => {
            w.remove_channel(guild, channel)?;
        }
        CacheUpdate::Role(role) => w.put_role(&role)?,
        CacheUpdate::RoleRemoved(guild, role) => {
            w.remove_role(guild, role)?;
        }
        CacheUpdate::MemberSeen(member, user) => {
            crate::cache::put_member_seen(w, member, &user, now)?;
        }
        CacheUpdate::MemberChanged(member, user) => {
            if w.member(member.guild_id, member.user_id)?.is_some() {
                crate::cache::put_member_seen(w, member, &user, now)?;
            }
        }
        CacheUpdate::MemberRemoved(guild, user) => {
            w.remove_member(guild, user)?;
        }
        CacheUpdate::User(user) => w.put_user(&user)?,
        // Resolved by the write loop before it reaches a transaction.
        CacheUpdate::ReadyGuilds(_) => {}
    }
    Ok(())
}
