//! The Discord side: serenity + poise client, gateway events into the entity cache, slash
//! commands, and one error handler. Commands stay thin: parse, authorise, call one domain
//! function, render.

mod cache_sync;
mod client;
pub mod commands;
mod convert;
mod errors;
mod events;

pub use events::to_update as cache_update_for;

use std::sync::Arc;

use crate::app::AppCore;

pub use cache_sync::{CacheUpdate, CacheWriter};
pub use client::{BotExit, DEFAULT_API_BASE, INTENTS_MESSAGE, build_http, intents, run};
pub use errors::{BotError, UserError};

/// What every command and event handler can reach.
pub struct Data {
    pub core: Arc<AppCore>,
    pub cache_writer: CacheWriter,
}

pub type Error = BotError;
pub type Context<'a> = poise::Context<'a, Data, Error>;
