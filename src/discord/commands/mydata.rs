//! `/mydata export` and `/mydata delete`: anyone asks the operator of this ticketbox for a copy
//! of their data or its removal; answered within 30 days.

use super::{Context, Error, say};
use crate::domain::data_requests::Kind;
use crate::ids::UserId;

/// Your data held by this ticketbox: ask for a copy, or for its removal.
#[poise::command(
    slash_command,
    subcommands("export", "delete"),
    subcommand_required,
    interaction_context = "Guild|BotDm"
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn mydata(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

async fn file(ctx: Context<'_>, kind: Kind) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let user = UserId::new(ctx.author().id.get());
    // The reply's language is also the one the DMs about the request will use.
    let lang = super::reply_lang(ctx).await;
    let reply = crate::services::data_requests::file(&ctx.data().core, user, kind, lang).await?;
    say(ctx, reply).await
}

/// Ask for a copy of everything this ticketbox holds about you.
#[poise::command(slash_command)]
pub async fn export(ctx: Context<'_>) -> Result<(), Error> {
    file(ctx, Kind::Export).await
}

/// Ask for everything this ticketbox holds about you to be removed.
#[poise::command(slash_command)]
pub async fn delete(ctx: Context<'_>) -> Result<(), Error> {
    file(ctx, Kind::Delete).await
}
