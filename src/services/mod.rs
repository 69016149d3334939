//! What both transports (the bot, the dashboard) and the job runner use: the application
//! core, access levels, member lookups, posting panels, first-run setup, and the privacy work
//! (export, removal, guild purge, rekey). Services reach Discord only through
//! [`DiscordPort`], which the bot implements while it is connected.

pub mod activity;
pub mod autoclose;
pub mod backup;
mod core;
pub mod data_requests;
pub mod discord_port;
mod error;
pub mod facts;
pub mod forms;
pub mod integrations;
pub mod language;
pub mod members;
pub mod metrics;
pub mod on_call;
pub mod panels;
pub mod privacy;
pub mod rekey;
pub mod setup;

pub use self::core::{AppCore, BLOCKING_THREADS, BotStatus};
pub use discord_port::{DiscordPort, JobOutcome, MemberAnswer};
pub use error::{INTERNAL_ERROR, ServiceError};
