//! The Discord side: serenity + poise client, gateway events into the entity cache, slash
//! commands, and one error handler. Commands stay thin: parse, authorise, call one domain
//! function, render.

mod cache_sync;
mod channel_deleted;
mod client;
mod command_audit;
pub mod commands;
mod components;
mod convert;
mod errors;
mod events;
pub mod mentions;
mod modals;
mod port;
mod rest_relay;
pub mod tickets;

pub use events::to_update as cache_update_for;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};

use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, UserId};
use crate::services::AppCore;

pub use cache_sync::{CacheUpdate, CacheWriter};
pub use client::{BotExit, DEFAULT_API_BASE, build_http, intents, intents_message, run};
pub use errors::{BotError, UserError};

/// What every command, component handler and Discord-bound job can reach. Cheap to clone
/// (the services' port holds one).
#[derive(Clone)]
pub struct Data(Arc<Shared>);

impl std::ops::Deref for Data {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    pub core: Arc<AppCore>,
    pub cache_writer: CacheWriter,
    /// The bot's own user id (from READY).
    pub bot_id: UserId,
    /// Serialises per-guild set-up work (creating the ticket category) across tasks.
    guild_locks: Mutex<HashMap<GuildId, Arc<tokio::sync::Mutex<()>>>>,
    /// Serialises overwrite rewrites of one ticket (compute + replace), so two concurrent
    /// changes cannot land in the wrong order.
    ticket_locks: Mutex<HashMap<crate::ids::TicketId, Arc<tokio::sync::Mutex<()>>>>,
    /// Categories this process created, which may not have reached the cache yet.
    created: Mutex<HashSet<ChannelId>>,
    /// serenity's REST client (the same one commands use).
    pub http: Arc<poise::serenity_prelude::Http>,
    /// The multi-threaded runtime that runs ticket flows and jobs (see [`tickets::offload`]).
    pub work: tokio::runtime::Handle,
    /// Recent renames per channel (Discord allows two per ten minutes).
    renames: Mutex<HashMap<ChannelId, Vec<Timestamp>>>,
    /// Downloads attachments into transcripts (Discord's CDN only).
    pub downloads: tickets::download::Downloads,
    /// Messages written in tickets, recorded a batch at a time.
    pub activity: crate::services::activity::ActivityFeed,
    /// The registered commands' ids, for clickable command mentions in replies.
    pub command_ids: mentions::CommandIds,
    /// Keeps the REST relay `http` sends through running while this data lives.
    _relay: Arc<tokio_util::sync::DropGuard>,
}

impl Data {
    pub fn new(
        core: Arc<AppCore>,
        cache_writer: CacheWriter,
        bot_id: UserId,
        http: Arc<poise::serenity_prelude::Http>,
        work: tokio::runtime::Handle,
        command_ids: mentions::CommandIds,
        relay: Arc<tokio_util::sync::DropGuard>,
    ) -> Self {
        let downloads = tickets::download::Downloads::new(
            tickets::download::AllowedHosts::new(&core.discord().api_base),
            core.config.archive.max_download_bytes_in_flight,
        );
        let activity = crate::services::activity::ActivityFeed::start(Arc::clone(&core), &work);
        Self(Arc::new(Shared {
            core,
            cache_writer,
            bot_id,
            guild_locks: Mutex::default(),
            ticket_locks: Mutex::default(),
            created: Mutex::default(),
            renames: Mutex::default(),
            http,
            work,
            downloads,
            activity,
            command_ids,
            _relay: relay,
        }))
    }
}

impl Shared {
    /// `guild` as a metrics label where the operator opted in (`metrics.per_guild`).
    pub fn guild_label(&self, guild: GuildId) -> crate::services::metrics::GuildLabel {
        crate::services::metrics::GuildLabel::new(self.core.config.metrics.per_guild, Some(guild))
    }

    pub fn guild_lock(&self, guild: GuildId) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self
            .guild_locks
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        Arc::clone(locks.entry(guild).or_default())
    }

    pub fn ticket_lock(&self, ticket: crate::ids::TicketId) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self
            .ticket_locks
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // Drop locks nobody holds, so the map stays as small as the tickets being changed.
        locks.retain(|_, lock| Arc::strong_count(lock) > 1);
        Arc::clone(locks.entry(ticket).or_default())
    }

    pub fn remember_created(&self, channel: ChannelId) {
        self.created
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(channel);
    }

    /// A category this process created was deleted: it is made again when next needed.
    pub fn forget_created(&self, channel: ChannelId) {
        self.created
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&channel);
    }

    pub fn created_here(&self, channel: ChannelId) -> bool {
        self.created
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(&channel)
    }

    /// Tells the job runner to look for due jobs now.
    pub fn wake_jobs(&self) {
        self.core.wake_jobs();
    }

    /// Books a rename of `channel` at `now` if Discord allows one; otherwise returns when it
    /// will.
    pub fn book_rename(&self, channel: ChannelId, now: Timestamp) -> Option<Timestamp> {
        let mut renames = self.renames.lock().unwrap_or_else(PoisonError::into_inner);
        let recent = renames.entry(channel).or_default();
        recent.retain(|t| now.millis() - t.millis() < crate::domain::renames::WINDOW_MS);
        let slot = crate::domain::renames::next_slot(recent, now);
        // A scheduled rename takes its slot too.
        recent.push(slot.unwrap_or(now));
        slot
    }
}

pub type Error = BotError;
pub type Context<'a> = poise::Context<'a, Data, Error>;
