//! `/multipanel create|customise|send|delete|list`: several panels on one message.

use poise::serenity_prelude as serenity;

use super::{Context, Error, admin, say};
use crate::discord::tickets::{ui, user_error};
use crate::domain::panels::{DEFAULT_COLOUR, parse_colour};
use crate::ids::{ChannelId, MessageId};
use crate::msg;
use crate::store::{multi_panels, panels};

/// Discord allows 25 buttons (5 rows of 5) or 25 select options on one message.
const MAX_PANELS: usize = 25;

/// Manage multi-panels.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    subcommands("create", "customise", "send", "delete", "list"),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn multipanel(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

async fn find(
    ctx: Context<'_>,
    guild: crate::ids::GuildId,
    title: &str,
) -> Result<multi_panels::MultiPanel, Error> {
    multi_panels::by_title(&ctx.data().core.db, guild, title.to_owned())
        .await?
        .ok_or_else(|| {
            user_error(msg!(
                "multipanel-no-such-multipanel",
                title = format!("{title:?}")
            ))
        })
}

/// Creates a multi-panel from existing panels.
#[poise::command(slash_command, guild_only)]
pub async fn create(
    ctx: Context<'_>,
    #[description = "Title (unique in this server)"]
    #[max_length = 100]
    title: String,
    #[description = "Panel titles, separated by commas"] panels: String,
    #[description = "Show a select menu instead of buttons"] select_menu: Option<bool>,
    #[description = "Text of the message"]
    #[max_length = 4000]
    text: Option<String>,
    #[description = "Colour, e.g. #5865F2"] colour: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let mut ids = Vec::new();
    for name in panels.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let panel = panels::by_title(db, guild, name.to_owned())
            .await?
            .ok_or_else(|| {
                user_error(msg!(
                    "multipanel-no-such-panel",
                    title = format!("{name:?}")
                ))
            })?;
        if !ids.contains(&panel.id) {
            ids.push(panel.id);
        }
    }
    if ids.len() < 2 {
        return Err(user_error(msg!("multipanel-too-few-panels")));
    }
    if ids.len() > MAX_PANELS {
        return Err(user_error(msg!(
            "multipanel-too-many-panels",
            max = MAX_PANELS
        )));
    }
    let colour = colour
        .map(|c| parse_colour(&c))
        .transpose()
        .map_err(user_error)?
        .unwrap_or(DEFAULT_COLOUR);
    let title = title.trim().to_owned();
    if title.is_empty() {
        return Err(user_error(msg!("multipanel-empty-title")));
    }
    // The default text is stored, so it is written in the server's language of the day.
    let content = match text {
        Some(t) => t,
        None => msg!("multipanel-default-text").render(super::server_lang(ctx).await),
    };
    let core = &ctx.data().core;
    let created = multi_panels::create(
        db,
        guild,
        multi_panels::NewMultiPanel {
            title: title.clone(),
            content: content.replace("\\n", "\n"),
            colour,
            select_menu: select_menu.unwrap_or(false),
            panels: ids,
        },
        core.clock.now(),
    )
    .await?;
    match created {
        multi_panels::Created::Done(_) => {}
        multi_panels::Created::TitleTaken => {
            return Err(user_error(msg!(
                "multipanel-title-taken",
                title = format!("{title:?}")
            )));
        }
        multi_panels::Created::TooFewPanels => {
            return Err(user_error(msg!("multipanel-panel-just-deleted")));
        }
    }
    say(ctx, msg!("multipanel-created", title = title)).await
}

/// Posts a multi-panel in a channel.
#[poise::command(slash_command, guild_only)]
pub async fn send(
    ctx: Context<'_>,
    #[description = "The multi-panel's title"] title: String,
    #[description = "Where to post it (default: here)"]
    #[channel_types("Text")]
    channel: Option<serenity::GuildChannel>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let multi = find(ctx, guild, &title).await?;
    let mut members = Vec::new();
    for id in &multi.panels {
        if let Some(panel) = panels::get(db, guild, *id).await? {
            members.push(panel);
        }
    }
    if members.is_empty() {
        return Err(user_error(msg!("multipanel-all-panels-deleted")));
    }
    let target = channel.map_or_else(|| ctx.channel_id(), |c| c.id);
    let message = target
        .send_message(
            ctx.http(),
            ui::multi_panel_message(&multi, &members, super::server_lang(ctx).await),
        )
        .await?;
    multi_panels::set_sent(
        db,
        multi.id,
        ChannelId::new(target.get()),
        MessageId::new(message.id.get()),
    )
    .await?;
    say(
        ctx,
        msg!(
            "multipanel-posted",
            title = multi.title,
            channel = ChannelId::new(target.get())
        ),
    )
    .await
}

/// Sets a multi-panel's placeholder, embed images and footer, and one entry's look.
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn customise(
    ctx: Context<'_>,
    #[description = "The multi-panel's title"] title: String,
    #[description = "The select menu's text before a choice"]
    #[max_length = 150]
    placeholder: Option<String>,
    #[description = "Large image (image URL)"] image: Option<String>,
    #[description = "Small image top right (image URL)"] thumbnail: Option<String>,
    #[description = "Footer text"] footer: Option<String>,
    #[description = "An entry to change: the panel's title"] panel: Option<String>,
    #[description = "The entry's label here (none: the panel's)"]
    #[max_length = 80]
    label: Option<String>,
    #[description = "Under the entry in a select menu (none: the panel's title)"]
    #[max_length = 100]
    description: Option<String>,
    #[description = "The entry's emoji here (none: the panel's)"] emoji: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let multi = find(ctx, guild, &title).await?;
    let mut look = multi.look.clone();
    super::set_or_clear(&mut look.placeholder, placeholder);
    super::set_or_clear(&mut look.embed.image_url, image);
    super::set_or_clear(&mut look.embed.thumbnail_url, thumbnail);
    super::set_or_clear(&mut look.embed.footer_text, footer);
    if let Some(p) = panel {
        let found = panels::by_title(db, guild, p.clone())
            .await?
            .filter(|f| multi.panels.contains(&f.id))
            .ok_or_else(|| user_error(msg!("multipanel-not-an-entry", panel = format!("{p:?}"))))?;
        let entry = look.entries.entry(found.id.get()).or_default();
        super::set_or_clear(&mut entry.label, label);
        super::set_or_clear(&mut entry.description, description);
        super::set_or_clear(&mut entry.emoji, emoji);
    } else if label.is_some() || description.is_some() || emoji.is_some() {
        return Err(user_error(msg!("multipanel-name-the-entry")));
    }
    look.validate(&multi.title, &multi.content, multi.colour)
        .map_err(user_error)?;
    if !multi_panels::set_look(db, guild, multi.id, look).await? {
        return Err(user_error(msg!("multipanel-just-deleted")));
    }
    say(ctx, msg!("multipanel-saved", title = multi.title)).await
}

/// Deletes a multi-panel (its panels stay).
#[poise::command(slash_command, guild_only)]
pub async fn delete(
    ctx: Context<'_>,
    #[description = "The multi-panel's title"] title: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let multi = find(ctx, guild, &title).await?;
    multi_panels::delete(db, guild, multi.id).await?;
    say(ctx, msg!("multipanel-deleted", title = multi.title)).await
}

/// Lists the multi-panels.
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let titles = multi_panels::list(&ctx.data().core.db, guild).await?;
    if titles.is_empty() {
        return say(ctx, msg!("multipanel-list-empty")).await;
    }
    say(
        ctx,
        titles
            .iter()
            .map(|t| format!("**{t}**"))
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .await
}
