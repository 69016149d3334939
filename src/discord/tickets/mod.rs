//! Ticket flows that touch Discord: open, access (overwrites), close. Each gathers facts,
//! asks the domain rules, then does the Discord work and records it, completing or rolling
//! back what it started.

pub mod access;
pub mod archive;
mod archive_convert;
pub mod autoclose;
pub mod awaiting;
pub mod claim;
pub mod close;
pub mod download;
pub mod feedback;
pub mod members;
pub mod on_call;
pub mod open;
pub mod scrub;
pub mod ui;
mod welcome;

use poise::serenity_prelude as serenity;

use super::{BotError, Data, UserError};
use crate::domain::permissions::{Overwrite, Target};
use crate::domain::tickets::Refusal;
use crate::ids::ChannelId;
use crate::store::tickets::{self, Ticket, TicketState};

/// What every flow needs.
#[derive(Clone, Copy)]
pub struct Env<'a> {
    pub http: &'a serenity::Http,
    pub data: &'a Data,
}

/// Runs a ticket flow on the work runtime and waits for it. The Discord thread is a single
/// FIFO thread (it keeps gateway events in order); a flow makes several REST calls and database
/// round trips, and running those there would queue the next interactions' acknowledgements
/// behind them.
pub async fn offload<T, F, Fut>(data: &Data, flow: F) -> Result<T, BotError>
where
    T: Send + 'static,
    F: FnOnce(Data) -> Fut,
    Fut: std::future::Future<Output = Result<T, BotError>> + Send + 'static,
{
    data.work
        .spawn(flow(data.clone()))
        .await
        .map_err(|e| BotError::Task(e.to_string()))?
}

/// The open ticket whose channel this is.
pub async fn ticket_here(data: &Data, channel: ChannelId) -> Result<Ticket, BotError> {
    match tickets::by_channel(&data.core.db, channel).await? {
        Some(t) if t.state == TicketState::Open => Ok(t),
        Some(t) if t.state == TicketState::Closing => Err(Refusal::TicketNotOpen.into()),
        _ => Err(Refusal::NotATicket.into()),
    }
}

/// A user's mistake or refusal: a catalog message ([`crate::msg!`]), or a text that is not the
/// bot's own.
pub fn user_error(text: impl Into<crate::i18n::Text>) -> BotError {
    BotError::User(UserError(text.into()))
}

/// The domain's overwrites as serenity's.
pub fn to_serenity(overwrites: &[Overwrite]) -> Vec<serenity::PermissionOverwrite> {
    overwrites
        .iter()
        .map(|o| serenity::PermissionOverwrite {
            allow: serenity::Permissions::from_bits_truncate(o.allow.0),
            deny: serenity::Permissions::from_bits_truncate(o.deny.0),
            kind: match o.target {
                Target::Member(user) => {
                    serenity::PermissionOverwriteType::Member(serenity::UserId::new(user.get()))
                }
                Target::Role(role) => {
                    serenity::PermissionOverwriteType::Role(serenity::RoleId::new(role.get()))
                }
            },
        })
        .collect()
}

/// Discord's JSON error code of a failed REST call, if it was one.
pub fn discord_code(error: &serenity::Error) -> Option<isize> {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
            Some(response.error.code)
        }
        _ => None,
    }
}

/// Discord's "Unknown Channel" (JSON error codes, Topics → Opcodes and Status Codes).
pub const UNKNOWN_CHANNEL: isize = 10003;

/// Whether a REST call failed because the channel (or thread) no longer exists.
pub fn channel_gone(error: &serenity::Error) -> bool {
    discord_code(error) == Some(UNKNOWN_CHANNEL)
}

/// A channel create refused because the category holds Discord's maximum of 50 channels.
pub fn is_category_full(error: &serenity::Error) -> bool {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
            response.error.code == 50035
                && (response
                    .error
                    .message
                    .contains("Maximum number of channels in category")
                    || response
                        .error
                        .errors
                        .iter()
                        .any(|e| e.code == "CHANNEL_PARENT_MAX_CHANNELS"))
        }
        _ => false,
    }
}

/// Discord's "Maximum number of guild channels reached (500)".
pub const GUILD_CHANNELS_FULL: isize = 30013;
/// Discord's "Cannot send messages to this user" (DMs closed).
pub const CANNOT_DM: isize = 50007;
