//! Gateway events → the redb cache, in gateway order.
//!
//! serenity runs every event handler in its own task, so two events can finish in either
//! order. The event handler therefore only converts the event and enqueues it, before any
//! `.await`; one writer task applies the queue in order, batching whatever has queued up into
//! one redb transaction. The Discord client runs on a current-thread runtime, whose FIFO task
//! queue starts handlers in the order serenity spawned them.

use std::sync::Arc;

use tokio::sync::mpsc;

use crate::app::AppCore;
use crate::cache::{
    CacheError, CacheWrite, CachedChannel, CachedGuild, CachedMember, CachedRole, CachedUser,
};
use crate::ids::{ChannelId, GuildId, RoleId, UserId};

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
    Member(CachedMember, CachedUser),
    /// GUILD_MEMBER_UPDATE carries roles and nick but not `joined_at`: keep the cached one.
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
    if let Err(e) = core.cache.ingest(move |w| apply_all(w, &updates)).await {
        tracing::error!(error = %e, "cache update failed");
    }
    let now = core.clock.now();
    if (!seen.is_empty() || !left.is_empty())
        && let Err(e) = crate::store::guilds::record_presence(&core.db, seen, left, now).await
    {
        tracing::error!(error = %e, "recording guild presence failed");
    }
}

fn apply_all(w: &CacheWrite, updates: &[CacheUpdate]) -> Result<(), CacheError> {
    for update in updates {
        apply(w, update)?;
    }
    Ok(())
}

fn apply(w: &CacheWrite, update: &CacheUpdate) -> Result<(), CacheError> {
    match update {
        CacheUpdate::GuildSnapshot {
            guild,
            channels,
            roles,
            members,
        } => {
            // A snapshot replaces what was cached: channels, roles or members deleted while
            // the bot was away must not linger.
            w.replace_guild(guild, channels, roles, members)?;
        }
        CacheUpdate::Guild(guild) => w.put_guild(guild)?,
        CacheUpdate::GuildLeft(guild) => {
            w.remove_guild(*guild)?;
        }
        CacheUpdate::Channel(channel) => w.put_channel(channel)?,
        CacheUpdate::ChannelRemoved(guild, channel) => {
            w.remove_channel(*guild, *channel)?;
        }
        CacheUpdate::Role(role) => w.put_role(role)?,
        CacheUpdate::RoleRemoved(guild, role) => {
            w.remove_role(*guild, *role)?;
        }
        CacheUpdate::Member(member, user) => {
            w.put_member(member)?;
            w.put_user(user)?;
        }
        CacheUpdate::MemberChanged(member, user) => {
            let mut member = member.clone();
            if member.joined_at.is_none() {
                member.joined_at = w
                    .member(member.guild_id, member.user_id)?
                    .and_then(|m| m.joined_at);
            }
            w.put_member(&member)?;
            w.put_user(user)?;
        }
        CacheUpdate::MemberRemoved(guild, user) => {
            w.remove_member(*guild, *user)?;
        }
        CacheUpdate::User(user) => w.put_user(user)?,
        // Resolved by the write loop before it reaches a transaction.
        CacheUpdate::ReadyGuilds(_) => {}
    }
    Ok(())
}
