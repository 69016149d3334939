//! One error type for the bot layer, and the one `on_error` that turns user mistakes into
//! specific ephemeral replies and logs bugs once.

use poise::serenity_prelude as serenity;

use super::Data;

const INTERNAL: &str =
    "Something went wrong on the bot's side. It has been logged; please try again.";

/// A mistake or refusal the user should read, verbatim and ephemeral.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct UserError(pub String);

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
        Self::User(UserError(refusal.to_string()))
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
    pub fn user_message(&self) -> String {
        match self {
            Self::User(e) => e.0.clone(),
            Self::Discord(error) => match error.as_ref() {
                serenity::Error::Http(http) => Self::http_message(http),
                _ => INTERNAL.to_owned(),
            },
            Self::Cache(_) | Self::Store(_) | Self::Task(_) => INTERNAL.to_owned(),
        }
    }

    fn http_message(http: &serenity::HttpError) -> String {
        match http.status_code() {
                Some(status) if status.as_u16() == 429 => {
                    "Discord is rate limiting the bot right now. Please try again in a few seconds.".to_owned()
                }
                Some(status) if status.is_server_error() => format!(
                    "Discord had a problem handling that request (HTTP {}). Nothing was changed; please try again.",
                    status.as_u16()
                ),
                Some(status) if status.as_u16() == 403 => {
                    "The bot lacks a Discord permission for that. Ask a server admin to check the bot's role.".to_owned()
                }
            _ => "Discord refused that request. Please try again; if it keeps failing, tell a server admin.".to_owned(),
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
            reply(
                ctx,
                "Something went wrong on the bot's side. It has been logged; please try again."
                    .to_owned(),
            )
            .await;
        }
        poise::FrameworkError::GuildOnly { ctx, .. } => {
            reply(ctx, "This command only works inside a server.".to_owned()).await;
        }
        poise::FrameworkError::MissingBotPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            reply(
                ctx,
                format!("The bot is missing Discord permissions here: {missing_permissions}."),
            )
            .await;
        }
        poise::FrameworkError::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let what = missing_permissions
                .map_or_else(|| "the required permissions".to_owned(), |p| p.to_string());
            reply(ctx, format!("You need {what} to use this command.")).await;
        }
        poise::FrameworkError::ArgumentParse {
            ctx, input, error, ..
        } => {
            let input = input.map(|i| format!(" ({i:?})")).unwrap_or_default();
            reply(ctx, format!("That option is not valid{input}: {error}.")).await;
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

async fn reply(ctx: super::Context<'_>, text: String) {
    let reply = poise::CreateReply::default().content(text).ephemeral(true);
    if let Err(e) = ctx.send(reply).await {
        tracing::warn!(error = %e, "could not send the error reply");
    }
}
