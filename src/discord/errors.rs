//! One error type for the bot layer, and the one `on_error` that turns user mistakes into
//! specific ephemeral replies and logs bugs once.

use poise::serenity_prelude as serenity;

use super::Data;
use crate::i18n::{Msg, Text};
use crate::msg;

/// A mistake or refusal the user should read, ephemeral, in the reply's language.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct UserError(pub Text);

#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    User(#[from] UserError),
    /// Boxed: serenity's error is large and this type travels through every command.
    #[error("Discord API: {0}")]
    Discord(Box<serenity::Error>),
    #[error(transparent)]
    Cache(#[from] crate::cache::CacheError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// A flow run on the work runtime panicked or was cancelled.
    #[error("a ticket task failed: {0}")]
    Task(String),
}

impl From<crate::domain::tickets::Refusal> for BotError {
    fn from(refusal: crate::domain::tickets::Refusal) -> Self {
        Self::User(UserError(refusal.message().into()))
    }
}

impl From<crate::services::ServiceError> for BotError {
    fn from(error: crate::services::ServiceError) -> Self {
        match error {
            crate::services::ServiceError::Cache(e) => Self::Cache(e),
            crate::services::ServiceError::Store(e) => Self::Store(e),
            crate::services::ServiceError::Task(e) => Self::Task(e),
        }
    }
}

impl From<serenity::Error> for BotError {
    fn from(error: serenity::Error) -> Self {
        Self::Discord(Box::new(error))
    }
}

impl BotError {
    /// The text the user sees. Never contains internals.
    pub fn user_message(&self) -> Text {
        match self {
            Self::User(e) => e.0.clone(),
            Self::Discord(error) => match error.as_ref() {
                serenity::Error::Http(http) => Self::http_message(http).into(),
                _ => msg!("error-internal").into(),
            },
            Self::Cache(_) | Self::Store(_) | Self::Task(_) => msg!("error-internal").into(),
        }
    }

    fn http_message(http: &serenity::HttpError) -> Msg {
        match http.status_code() {
            Some(status) if status.as_u16() == 429 => msg!("error-discord-rate-limited"),
            Some(status) if status.is_server_error() => {
                msg!("error-discord-server", status = status.as_u16())
            }
            Some(status) if status.as_u16() == 403 => msg!("error-discord-forbidden"),
            _ => msg!("error-discord-refused"),
        }
    }

    fn is_user_mistake(&self) -> bool {
        matches!(self, Self::User(_))
    }
}

/// Replies ephemerally to the user; logs anything that is not the user's mistake, once.
pub async fn on_error(error: poise::FrameworkError<'_, Data, BotError>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            crate::services::metrics::interaction(
                &ctx.command().qualified_name,
                if error.is_user_mistake() {
                    "refused"
                } else {
                    "error"
                },
                super::command_audit::seconds_since_created(ctx),
                super::command_audit::guild_label(ctx),
            );
            if !error.is_user_mistake() {
                tracing::error!(command = %ctx.command().qualified_name, error = %error, "command failed");
            }
            reply(ctx, error.user_message()).await;
        }
        poise::FrameworkError::CommandPanic { ctx, payload, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, panic = ?payload, "command panicked");
            reply(ctx, msg!("error-internal").into()).await;
        }
        poise::FrameworkError::GuildOnly { ctx, .. } => {
            reply(ctx, msg!("error-guild-only").into()).await;
        }
        poise::FrameworkError::MissingBotPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            reply(
                ctx,
                msg!(
                    "error-bot-missing-permissions",
                    permissions = missing_permissions.to_string()
                )
                .into(),
            )
            .await;
        }
        poise::FrameworkError::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let text = match missing_permissions {
                Some(p) => msg!(
                    "error-user-missing-permissions",
                    permissions = p.to_string()
                ),
                None => msg!("error-user-missing-required-permissions"),
            };
            reply(ctx, text.into()).await;
        }
        poise::FrameworkError::ArgumentParse {
            ctx, input, error, ..
        } => {
            let text = match input {
                Some(input) => msg!(
                    "error-option-invalid-input",
                    input = format!("{input:?}"),
                    reason = error.to_string()
                ),
                None => msg!("error-option-invalid", reason = error.to_string()),
            };
            reply(ctx, text.into()).await;
        }
        poise::FrameworkError::EventHandler { error, event, .. } => {
            tracing::error!(event = event.snake_case_name(), error = %error, "event handler failed");
        }
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!(error = %e, "error while handling an error");
            }
        }
    }
}

async fn reply(ctx: super::Context<'_>, text: Text) {
    let lang = super::commands::langs(ctx).await.reply;
    let reply = poise::CreateReply::default()
        .content(ctx.data().command_ids.link(&text.render(lang)))
        .ephemeral(true);
    if let Err(e) = ctx.send(reply).await {
        tracing::warn!(error = %e, "could not send the error reply");
    }
}
