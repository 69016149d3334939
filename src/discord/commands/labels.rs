//! `/label`: staff put a server's labels on tickets (`add`, `remove`) and admins define them
//! (`create`, `colour`, `delete`); `list` shows them.

use std::fmt::Write as _;

use poise::serenity_prelude as serenity;

use super::{Context, Error, admin, announce, say, support_staff};
use crate::discord::tickets::{ticket_here, user_error};
use crate::domain::labels::{self, Label};
use crate::ids::{ChannelId, GuildId};
use crate::msg;
use crate::store::labels::{self as store, Change};

async fn label_names<'a>(
    ctx: Context<'a>,
    partial: &'a str,
) -> serenity::CreateAutocompleteResponse {
    let defined = match ctx.guild_id().map(|g| GuildId::new(g.get())) {
        Some(guild) => store::defined(&ctx.data().core.db, guild)
            .await
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let partial = partial.trim().to_lowercase();
    defined
        .into_iter()
        .filter(|l| l.name.to_lowercase().contains(&partial))
        .fold(serenity::CreateAutocompleteResponse::new(), |r, l| {
            r.add_string_choice(l.name.clone(), l.name)
        })
}

/// Labels on tickets: add, remove, list, and (admins) create, colour, delete.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("add", "remove", "list", "create", "colour", "delete"),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn label(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// The reply to a label change that did not happen.
fn refused(change: Change) -> Error {
    match change {
        Change::Unknown => user_error(msg!("label-unknown")),
        Change::Refused(why) => user_error(why),
        Change::Done(_) => user_error(msg!("label-nothing-to-do")),
    }
}

/// Puts `label` on the ticket of this channel (`add`) or takes it off, and says so there.
async fn label_here(ctx: Context<'_>, label: String, add: bool) -> Result<(), Error> {
    let (guild, actor) = support_staff(ctx).await?;
    let ticket = ticket_here(ctx.data(), ChannelId::new(ctx.channel_id().get())).await?;
    let core = &ctx.data().core;
    let change = if add {
        store::add(&core.db, guild, ticket.id, label, core.clock.now()).await?
    } else {
        store::remove(&core.db, guild, ticket.id, label).await?
    };
    let Change::Done(name) = change else {
        return Err(refused(change));
    };
    let text = if add {
        msg!("label-added", user = actor.user, label = &name)
    } else {
        msg!("label-removed", user = actor.user, label = &name)
    };
    announce(ctx, text).await
}

/// Puts a label on this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn add(
    ctx: Context<'_>,
    #[description = "The label"]
    #[autocomplete = "label_names"]
    label: String,
) -> Result<(), Error> {
    label_here(ctx, label, true).await
}

/// Takes a label off this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn remove(
    ctx: Context<'_>,
    #[description = "The label"]
    #[autocomplete = "label_names"]
    label: String,
) -> Result<(), Error> {
    label_here(ctx, label, false).await
}

/// Lists the server's labels (and this ticket's, inside a ticket).
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let core = &ctx.data().core;
    let defined = store::defined(&core.db, guild).await?;
    if defined.is_empty() {
        return say(ctx, msg!("label-none-yet")).await;
    }
    let lang = super::reply_lang(ctx).await;
    let mut text = msg!("label-list-title").render(lang);
    text.push('\n');
    for l in &defined {
        let _ = writeln!(text, "• {} `{}`", l.name, l.hex());
    }
    let here =
        crate::store::tickets::by_channel(&core.db, ChannelId::new(ctx.channel_id().get())).await?;
    if let Some(ticket) = here {
        let on = store::on_ticket(&core.db, ticket.id).await?;
        text.push('\n');
        text.push_str(&msg!("label-list-this-ticket", labels = labels::joined(&on)).render(lang));
    }
    say(ctx, text).await
}

/// Defines a label staff can put on tickets.
#[poise::command(slash_command, guild_only)]
pub async fn create(
    ctx: Context<'_>,
    #[description = "Its name"]
    #[max_length = 32]
    name: String,
    #[description = "Colour, e.g. #5865F2"] colour: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let label = Label::parse(&name, colour.as_deref().unwrap_or_default()).map_err(user_error)?;
    let shown = msg!("label-created", label = &label.name, colour = label.hex());
    store::create(&ctx.data().core.db, guild, label)
        .await?
        .map_err(user_error)?;
    say(ctx, shown).await
}

/// Changes a label's colour.
#[poise::command(slash_command, guild_only)]
pub async fn colour(
    ctx: Context<'_>,
    #[description = "The label"]
    #[autocomplete = "label_names"]
    label: String,
    #[description = "Colour, e.g. #5865F2"] colour: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let checked = Label::parse(&label, &colour).map_err(user_error)?;
    if !store::recolour(&ctx.data().core.db, guild, label.clone(), checked.colour).await? {
        return Err(refused(Change::Unknown));
    }
    say(
        ctx,
        msg!(
            "label-recoloured",
            label = &checked.name,
            colour = checked.hex()
        ),
    )
    .await
}

/// Deletes a label and takes it off every ticket.
#[poise::command(slash_command, guild_only)]
pub async fn delete(
    ctx: Context<'_>,
    #[description = "The label"]
    #[autocomplete = "label_names"]
    label: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    if !store::delete(&ctx.data().core.db, guild, label.clone()).await? {
        return Err(refused(Change::Unknown));
    }
    say(ctx, msg!("label-deleted", label = label.trim())).await
}
