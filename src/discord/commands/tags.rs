//! `/tag <name>` and `/managetags add|embed|delete|list`.

use poise::serenity_prelude as serenity;

use super::{Context, Error, say, support_staff};
use crate::discord::tickets::{ui, user_error};
use crate::domain::embeds::{EmbedSpec, parse_field_line};
use crate::ids::GuildId;
use crate::msg;
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
    let found = tags::get(&ctx.data().core.db, guild, name.clone())
        .await?
        .ok_or_else(|| user_error(msg!("tag-no-such-tag-list", name = format!("{name:?}"))))?;
    let mut reply = poise::CreateReply::default()
        .content(found.content)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if !found.embed.is_empty() {
        reply = reply.embed(ui::embed(&found.embed));
    }
    ctx.send(reply).await?;
    Ok(())
}

/// Manage saved answers.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("add", "embed", "delete", "list"),
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
        None,
        actor.user,
        core.clock.now(),
    )
    .await?;
    say(
        ctx,
        if new {
            msg!("tag-saved", name = &name)
        } else {
            msg!("tag-updated", name = &name)
        },
    )
    .await
}

/// Sets the embed sent with a tag (`none` clears a part).
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn embed(
    ctx: Context<'_>,
    #[description = "The tag"]
    #[autocomplete = "tag_names"]
    name: String,
    #[description = "Embed title"]
    #[max_length = 256]
    title: Option<String>,
    #[description = "Embed text (\\n for a new line)"] description: Option<String>,
    #[description = "Colour, #rrggbb"] colour: Option<String>,
    #[description = "The title's link (https://…)"] url: Option<String>,
    #[description = "Large image (image URL)"] image: Option<String>,
    #[description = "Small image top right (image URL)"] thumbnail: Option<String>,
    #[description = "Footer text"] footer: Option<String>,
    #[description = "Add a field: name | value, or name | value | inline"] add_field: Option<
        String,
    >,
    #[description = "Remove the embed"] remove: Option<bool>,
) -> Result<(), Error> {
    let (guild, actor) = support_staff(ctx).await?;
    let name = normalise(&name)?;
    let core = &ctx.data().core;
    let found = tags::get(&core.db, guild, name.clone())
        .await?
        .ok_or_else(|| user_error(msg!("tag-no-such-tag-list", name = format!("{name:?}"))))?;
    let mut spec = if remove == Some(true) {
        EmbedSpec::default()
    } else {
        found.embed
    };
    let set = |part: &mut String, value: Option<String>| {
        if let Some(v) = value {
            *part = if v.trim().eq_ignore_ascii_case("none") {
                String::new()
            } else {
                v.trim().replace("\\n", "\n")
            };
        }
    };
    set(&mut spec.title, title);
    set(&mut spec.description, description);
    set(&mut spec.url, url);
    set(&mut spec.image_url, image);
    set(&mut spec.thumbnail_url, thumbnail);
    set(&mut spec.footer_text, footer);
    if let Some(c) = colour {
        spec.colour = if c.trim().eq_ignore_ascii_case("none") {
            None
        } else {
            Some(crate::domain::panels::parse_colour(&c).map_err(user_error)?)
        };
    }
    if let Some(line) = add_field {
        spec.fields
            .push(parse_field_line(&line).map_err(user_error)?);
    }
    spec.validate(&msg!("rule-embed-name-tag"))
        .map_err(user_error)?;
    tags::put(
        &core.db,
        guild,
        name.clone(),
        found.content,
        Some(spec),
        actor.user,
        core.clock.now(),
    )
    .await?;
    say(ctx, msg!("tag-embed-saved", name = &name)).await
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
        return Err(user_error(msg!(
            "tag-no-such-tag",
            name = format!("{name:?}")
        )));
    }
    say(ctx, msg!("tag-deleted", name = &name)).await
}

/// Lists the tags.
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let names = tags::names(&ctx.data().core.db, guild, String::new()).await?;
    if names.is_empty() {
        return say(ctx, msg!("tag-none")).await;
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
