//! `/tag <name>` and `/managetags add|delete|list`.

use super::{Context, Error, announce, say, support_staff};
use crate::discord::tickets::user_error;
use crate::ids::GuildId;
use crate::store::tags;

async fn tag_names<'a>(
    ctx: Context<'a>,
    partial: &'a str,
) -> poise::serenity_prelude::CreateAutocompleteResponse {
    let names = match ctx.guild_id().map(|g| GuildId::new(g.get())) {
        Some(guild) => tags::names(&ctx.data().core.db, guild, partial.to_lowercase())
            .await
            .unwrap_or_default(),
        None => Vec::new(),
    };
    names.into_iter().fold(
        poise::serenity_prelude::CreateAutocompleteResponse::new(),
        |response, name| response.add_string_choice(name.clone(), name),
    )
}

fn normalise(name: &str) -> Result<String, Error> {
    crate::domain::tags::normalise_name(name).map_err(user_error)
}

/// Posts a saved answer.
#[poise::command(slash_command, guild_only)]
pub async fn tag(
    ctx: Context<'_>,
    #[description = "The tag"]
    #[autocomplete = "tag_names"]
    name: String,
) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let name = normalise(&name)?;
    let content = tags::get(&ctx.data().core.db, guild, name.clone())
        .await?
        .ok_or_else(|| {
            user_error(format!(
                "There is no tag called {name:?}. /managetags list shows them."
            ))
        })?;
    announce(ctx, content).await
}

/// Manage saved answers.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("add", "delete", "list"),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn managetags(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Saves a tag (replacing one of the same name).
#[poise::command(slash_command, guild_only)]
pub async fn add(
    ctx: Context<'_>,
    #[description = "Name"]
    #[max_length = 32]
    name: String,
    #[description = "Text (\\n for a new line)"]
    #[max_length = 2000]
    content: String,
) -> Result<(), Error> {
    let (guild, actor) = support_staff(ctx).await?;
    let name = normalise(&name)?;
    let content = content.replace("\\n", "\n");
    crate::domain::tags::validate_content(&content).map_err(user_error)?;
    let core = &ctx.data().core;
    let new = tags::put(
        &core.db,
        guild,
        name.clone(),
        content,
        actor.user,
        core.clock.now(),
    )
    .await?;
    say(
        ctx,
        if new {
            format!("Tag `{name}` saved.")
        } else {
            format!("Tag `{name}` updated.")
        },
    )
    .await
}

/// Deletes a tag.
#[poise::command(slash_command, guild_only)]
pub async fn delete(
    ctx: Context<'_>,
    #[description = "The tag"]
    #[autocomplete = "tag_names"]
    name: String,
) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let name = normalise(&name)?;
    if !tags::delete(&ctx.data().core.db, guild, name.clone()).await? {
        return Err(user_error(format!("There is no tag called {name:?}.")));
    }
    say(ctx, format!("Tag `{name}` deleted.")).await
}

/// Lists the tags.
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let names = tags::names(&ctx.data().core.db, guild, String::new()).await?;
    if names.is_empty() {
        return say(ctx, "No tags yet. Add one with /managetags add.").await;
    }
    say(
        ctx,
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", "),
    )
    .await
}
