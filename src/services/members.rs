//! Guild members on demand.
//!
//! Discord sends a bot without the GUILD_PRESENCES intent a GUILD_CREATE whose `members` holds
//! only the bot and the members in voice channels, and ticketbox asks for no more in bulk
//! (PRIVACY.md §1). The acting member of an interaction arrives with it; anyone else an
//! operation needs (a dashboard visitor, a transcript reader, a user named in a command, a
//! staff entry) is looked up here: from the cache while the row is younger than
//! [`FRESH_MS`], otherwise with one REST call (Get Guild Member), whose answer is cached like
//! an interacting member's. "Unknown Member" is remembered for a minute
//! ([`crate::cache::absent`]). While connected, the gateway's member events keep every cached
//! row current in between; the freshness bounds what a missed event (a reconnect, a restart)
//! can leave wrong. Without a Discord connection the cache is all there is.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::{AppCore, MemberAnswer, ServiceError};
use crate::cache::{CachedMember, CachedUser, put_member_seen};
use crate::domain::member_names::{self, Candidate, Pick};
use crate::ids::{GuildId, UserId};

/// How long a cached member answers lookups without asking Discord again.
pub const FRESH_MS: i64 = 10 * 60 * 1000;
/// REST lookups one request runs at once (a dashboard login checking many guilds).
const CONCURRENT: usize = 8;

/// `user` as a member of `guild`, or `None` when they are not one.
pub async fn member(
    core: &AppCore,
    guild: GuildId,
    user: UserId,
) -> Result<Option<CachedMember>, ServiceError> {
    let (in_guild, cached) = core
        .cache
        .read(move |r| Ok((r.guild(guild)?.is_some(), r.member(guild, user)?)))
        .await?;
    // Nobody is looked up in a guild the bot is not in.
    if !in_guild {
        return Ok(None);
    }
    resolve(core, guild, user, cached).await
}

/// `user` in each of `guilds` (those the bot is in) where they are a member: cached rows
/// first; the stale or missing ones fetched, [`CONCURRENT`] at a time.
pub async fn memberships(
    core: &Arc<AppCore>,
    user: UserId,
    guilds: BTreeSet<GuildId>,
) -> Result<Vec<(GuildId, CachedMember)>, ServiceError> {
    let cached = core
        .cache
        .read(move |r| {
            let mut rows = Vec::new();
            for guild in guilds {
                if r.guild(guild)?.is_some() {
                    rows.push((guild, r.member(guild, user)?));
                }
            }
            Ok(rows)
        })
        .await?;
    let now = core.clock.now();
    let mut found = Vec::new();
    let mut lookups = tokio::task::JoinSet::new();
    let permits = Arc::new(tokio::sync::Semaphore::new(CONCURRENT));
    for (guild, row) in cached {
        if let Some(m) = row.as_ref().filter(|m| is_fresh(m, now.millis())) {
            found.push((guild, m.clone()));
            continue;
        }
        let (core, permits) = (Arc::clone(core), Arc::clone(&permits));
        lookups.spawn(async move {
            let _permit = permits.acquire_owned().await;
            (guild, resolve(&core, guild, user, row).await)
        });
    }
    while let Some(done) = lookups.join_next().await {
        let (guild, result) = done.map_err(|e| ServiceError::Task(e.to_string()))?;
        if let Some(m) = result? {
            found.push((guild, m));
        }
    }
    found.sort_by_key(|(g, _)| *g);
    Ok(found)
}

fn is_fresh(member: &CachedMember, now_ms: i64) -> bool {
    now_ms - member.seen_at.millis() < FRESH_MS
}

/// Decides from the cached row, asking Discord when it is old or missing.
async fn resolve(
    core: &AppCore,
    guild: GuildId,
    user: UserId,
    cached: Option<CachedMember>,
) -> Result<Option<CachedMember>, ServiceError> {
    let now = core.clock.now();
    if cached.as_ref().is_some_and(|m| is_fresh(m, now.millis())) {
        return Ok(cached);
    }
    if cached.is_none() && core.cache.absent.is_absent(guild, user, now) {
        return Ok(None);
    }
    let Some(discord) = core.discord_port() else {
        return Ok(cached);
    };
    match discord.member(guild, user).await {
        MemberAnswer::Found(mut member, found) => {
            // A GUILD_MEMBER_REMOVE applied while the answer was on its way wins.
            if core
                .cache
                .absent
                .since(guild, user)
                .is_some_and(|at| at >= now)
            {
                return Ok(None);
            }
            member.seen_at = now;
            let row = (*member).clone();
            core.cache
                .ingest(move |w| put_member_seen(w, row, &found, now))
                .await?;
            core.cache.absent.clear(guild, user);
            Ok(Some(*member))
        }
        MemberAnswer::Gone => {
            core.cache.absent.mark(guild, user, now);
            if cached.is_some() {
                core.cache
                    .ingest(move |w| w.remove_member(guild, user).map(drop))
                    .await?;
            }
            Ok(None)
        }
        MemberAnswer::Unavailable(error) => {
            // Discord unreachable or refusing for now: an old row beats none.
            tracing::warn!(%guild, %user, %error, "cannot look up a member; using the cache");
            Ok(cached)
        }
    }
}

/// The member of `guild` that `typed` names (a username, display name or nickname: see
/// [`member_names::pick`]), among the cached members and those Discord's member search finds
/// (username or nickname starting with `typed`, 100 at most). The one found is cached like an
/// interacting member; the others are not kept.
pub async fn named(core: &AppCore, guild: GuildId, typed: &str) -> Result<Pick, ServiceError> {
    let query = typed.trim().trim_start_matches('@').to_owned();
    let mut pool: BTreeMap<UserId, (CachedMember, CachedUser)> = core
        .cache
        .read(move |r| {
            let mut cached = BTreeMap::new();
            for m in r.members(guild)? {
                if let Some(u) = r.user(m.user_id)? {
                    cached.insert(m.user_id, (m, u));
                }
            }
            Ok(cached)
        })
        .await?;
    let mut fetched = BTreeSet::new();
    if let Some(discord) = core.discord_port()
        && !query.is_empty()
    {
        match discord.search_members(guild, &query).await {
            Ok(found) => {
                for (member, user) in found {
                    fetched.insert(member.user_id);
                    pool.insert(member.user_id, (member, user));
                }
            }
            Err(error) => {
                tracing::warn!(%guild, %error, "cannot search the guild's members; using the cache");
            }
        }
    }
    let candidates: Vec<Candidate> = pool
        .values()
        .map(|(m, u)| Candidate {
            user: m.user_id,
            username: u.username.clone(),
            global_name: u.global_name.clone(),
            nick: m.nick.clone(),
        })
        .collect();
    let picked = member_names::pick(&candidates, &query);
    if let Pick::One(user) = picked
        && fetched.contains(&user)
        && let Some((member, found)) = pool.remove(&user)
    {
        let now = core.clock.now();
        core.cache
            .ingest(move |w| put_member_seen(w, member, &found, now))
            .await?;
        core.cache.absent.clear(guild, user);
    }
    Ok(picked)
}
