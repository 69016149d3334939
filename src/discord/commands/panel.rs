//! `/panel create|edit|delete|list|send`: panels managed from Discord (the dashboard calls
//! the same store functions later).

use std::fmt::Write as _;

use poise::serenity_prelude as serenity;

use super::{Context, Error, admin, say};
use crate::discord::tickets::{ui, user_error};
use crate::domain::levels::Target;
use crate::domain::panels::{ButtonStyle, Panel, PanelDraft, parse_colour};
use crate::ids::{ChannelId, FormId, GuildId, MessageId, RoleId, TeamId};
use crate::msg;
use crate::store::{awaiting, forms, panels, staff};

/// Manage ticket panels.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    subcommands(
        "create",
        "edit",
        "delete",
        "list",
        "send",
        "super::panel_embed::embed",
        "super::panel_access::access",
        "super::panel_hours::hours",
        "super::panel_hours::log"
    ),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn panel(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// The guild's panel called `title`, or the refusal naming it (every `/panel` subcommand).
pub(super) async fn find(ctx: Context<'_>, guild: GuildId, title: &str) -> Result<Panel, Error> {
    panels::by_title(&ctx.data().core.db, guild, title.to_owned())
        .await?
        .ok_or_else(|| {
            user_error(msg!(
                "panel-cmd-no-such-panel",
                title = format!("{title:?}")
            ))
        })
}

/// The optional settings shared by create and edit.
#[derive(Default)]
struct Changes {
    text: Option<String>,
    colour: Option<String>,
    button_label: Option<String>,
    emoji: Option<String>,
    style: Option<String>,
    category: Option<serenity::GuildChannel>,
    naming: Option<String>,
    welcome: Option<String>,
    mention_opener: Option<bool>,
    mention_here: Option<bool>,
    threads: Option<bool>,
    limit: Option<u32>,
    open_cap: Option<u32>,
    cooldown_minutes: Option<u32>,
    disabled: Option<bool>,
    mention_role: Option<serenity::Role>,
}

fn apply(draft: &mut PanelDraft, c: Changes) -> Result<(), Error> {
    if let Some(here) = c.mention_here {
        draft.mention_here = here;
    }
    if let Some(cap) = c.open_cap {
        draft.open_cap = (cap > 0).then_some(cap);
    }
    if let Some(text) = c.text {
        draft.content = text.replace("\\n", "\n");
    }
    if let Some(colour) = c.colour {
        draft.colour = parse_colour(&colour).map_err(user_error)?;
    }
    if let Some(label) = c.button_label {
        draft.button_label = label;
    }
    if let Some(emoji) = c.emoji {
        if !emoji.trim().is_empty() && ui::parse_emoji(&emoji).is_none() {
            return Err(user_error(msg!(
                "panel-cmd-not-an-emoji",
                emoji = format!("{emoji:?}")
            )));
        }
        draft.button_emoji = Some(emoji).filter(|e| !e.trim().is_empty());
    }
    if let Some(style) = c.style {
        draft.button_style = ButtonStyle::parse(&style)
            .ok_or_else(|| user_error(msg!("panel-cmd-bad-button-style")))?;
    }
    if let Some(category) = c.category {
        draft.category = Some(ChannelId::new(category.id.get()));
    }
    if let Some(naming) = c.naming {
        draft.naming_scheme = Some(naming.trim().to_owned()).filter(|n| !n.is_empty());
    }
    if let Some(welcome) = c.welcome {
        draft.welcome_message = Some(welcome.replace("\\n", "\n")).filter(|w| !w.trim().is_empty());
    }
    if let Some(mention) = c.mention_opener {
        draft.mention_opener = mention;
    }
    if let Some(threads) = c.threads {
        draft.use_threads = Some(threads);
    }
    if let Some(limit) = c.limit {
        draft.ticket_limit = Some(limit);
    }
    if let Some(minutes) = c.cooldown_minutes {
        draft.cooldown_secs = minutes.saturating_mul(60);
    }
    if let Some(disabled) = c.disabled {
        draft.disabled = disabled;
    }
    if let Some(role) = c.mention_role {
        let role = RoleId::new(role.id.get());
        if !draft.mention_roles.contains(&role) {
            draft.mention_roles.push(role);
        }
    }
    draft.validate().map_err(user_error)
}

/// The form named by a `form` option: `None` when not given, `Some(None)` when given empty
/// (detach), `Some(Some(id))` for a form that exists.
async fn form_id(
    ctx: Context<'_>,
    guild: GuildId,
    form: Option<String>,
) -> Result<Option<Option<FormId>>, Error> {
    form_id_as(ctx, guild, form, false).await
}

/// [`form_id`] for an exit survey: the form must only ask what a DM can show.
async fn survey_form_id(
    ctx: Context<'_>,
    guild: GuildId,
    form: Option<String>,
) -> Result<Option<Option<FormId>>, Error> {
    form_id_as(ctx, guild, form, true).await
}

async fn form_id_as(
    ctx: Context<'_>,
    guild: GuildId,
    form: Option<String>,
    survey: bool,
) -> Result<Option<Option<FormId>>, Error> {
    let Some(title) = form else {
        return Ok(None);
    };
    if title.trim().is_empty() {
        return Ok(Some(None));
    }
    let found = forms::by_title(&ctx.data().core.db, guild, title.clone())
        .await?
        .ok_or_else(|| user_error(msg!("panel-cmd-no-such-form", title = format!("{title:?}"))))?;
    if survey {
        found.check_exit_survey().map_err(user_error)?;
    }
    Ok(Some(Some(found.id)))
}

/// The support team made of one role (named after it).
async fn team_for(
    ctx: Context<'_>,
    guild: GuildId,
    role: &serenity::Role,
) -> Result<TeamId, Error> {
    super::plain_role(role)?;
    let db = &ctx.data().core.db;
    // One team per role, named so two roles with the same name stay apart.
    let team = staff::ensure_team(db, guild, format!("{} ({})", role.name, role.id)).await?;
    staff::add_team_member(db, team, Target::Role(RoleId::new(role.id.get()))).await?;
    Ok(team)
}

/// Creates a panel.
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn create(
    ctx: Context<'_>,
    #[description = "Title (unique in this server)"]
    #[max_length = 100]
    title: String,
    #[description = "Text of the panel (\\n for a new line)"]
    #[max_length = 4000]
    text: Option<String>,
    #[description = "Colour, e.g. #5865F2"] colour: Option<String>,
    #[description = "Button label"]
    #[max_length = 80]
    button_label: Option<String>,
    #[description = "Button emoji"] emoji: Option<String>,
    #[description = "primary, secondary, success or danger"] style: Option<String>,
    #[description = "Category for its tickets"]
    #[channel_types("Category")]
    category: Option<serenity::GuildChannel>,
    #[description = "Naming scheme for its tickets"]
    #[max_length = 100]
    naming: Option<String>,
    #[description = "Welcome message for its tickets"]
    #[max_length = 4000]
    welcome: Option<String>,
    #[description = "Support team role: only it handles these tickets"] support_role: Option<
        serenity::Role,
    >,
    #[description = "Role to mention in new tickets"] mention_role: Option<serenity::Role>,
    #[description = "Mention the opener in the welcome message"] mention_opener: Option<bool>,
    #[description = "Mention @here (the ticket's staff) in the welcome message"]
    mention_here: Option<bool>,
    #[description = "Open these tickets as private threads"] threads: Option<bool>,
    #[description = "Open tickets per member from this panel"]
    #[min = 1]
    #[max = 100]
    limit: Option<u32>,
    #[description = "Minutes a member waits between tickets from this panel"]
    #[max = 10080]
    cooldown_minutes: Option<u32>,
    #[description = "Open tickets from this panel in all, any member (0: no cap)"]
    #[max = 10000]
    open_cap: Option<u32>,
    #[description = "A form (see /form) asked before the ticket opens"] form: Option<String>,
    #[description = "A form the opener may answer after rating a ticket (\"Tell us more\")"]
    exit_survey: Option<String>,
    #[description = "Category for tickets waiting on the opener (channel mode)"]
    #[channel_types("Category")]
    awaiting_category: Option<serenity::GuildChannel>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let form = form_id(ctx, guild, form).await?;
    let exit_survey = survey_form_id(ctx, guild, exit_survey).await?;
    let awaiting = awaiting_category.map(|c| ChannelId::new(c.id.get()));
    let mut draft = PanelDraft::new_in(&title, super::server_lang(ctx).await);
    apply(
        &mut draft,
        Changes {
            text,
            colour,
            button_label,
            emoji,
            style,
            category,
            naming,
            welcome,
            mention_opener,
            mention_here,
            threads,
            limit,
            open_cap,
            cooldown_minutes,
            disabled: None,
            mention_role,
        },
    )?;
    crate::domain::pending::validate(awaiting, draft.category).map_err(user_error)?;
    let teams = match &support_role {
        Some(role) => vec![team_for(ctx, guild, role).await?],
        None => Vec::new(),
    };
    let core = &ctx.data().core;
    let title = draft.title.clone();
    let id = panels::create(&core.db, guild, draft, teams, core.clock.now())
        .await?
        .ok_or_else(|| user_error(msg!("panel-cmd-title-taken", title = format!("{title:?}"))))?;
    if let Some(form) = form
        && !forms::set_panel_form(&core.db, guild, id, form).await?
    {
        return Err(user_error(msg!("panel-cmd-created-form-deleted")));
    }
    if let Some(survey) = exit_survey
        && !forms::set_panel_exit_survey(&core.db, guild, id, survey).await?
    {
        return Err(user_error(msg!("panel-cmd-created-survey-deleted")));
    }
    if awaiting.is_some() {
        awaiting::set_panel_category(&core.db, guild, id, awaiting).await?;
    }
    say(ctx, msg!("panel-cmd-created", title = title)).await
}

/// Changes a panel (only the options you give).
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn edit(
    ctx: Context<'_>,
    #[description = "The panel's current title"] title: String,
    #[description = "A new title"]
    #[max_length = 100]
    new_title: Option<String>,
    #[description = "Text of the panel"]
    #[max_length = 4000]
    text: Option<String>,
    #[description = "Colour, e.g. #5865F2"] colour: Option<String>,
    #[description = "Button label"]
    #[max_length = 80]
    button_label: Option<String>,
    #[description = "Button emoji (empty to remove)"] emoji: Option<String>,
    #[description = "primary, secondary, success or danger"] style: Option<String>,
    #[description = "Category for its tickets"]
    #[channel_types("Category")]
    category: Option<serenity::GuildChannel>,
    #[description = "Naming scheme (empty for the server's)"] naming: Option<String>,
    #[description = "Welcome message (empty for the server's)"] welcome: Option<String>,
    #[description = "Support team role: only it handles these tickets"] support_role: Option<
        serenity::Role,
    >,
    #[description = "Mention the opener"] mention_opener: Option<bool>,
    #[description = "Mention @here (the ticket's staff) in the welcome message"]
    mention_here: Option<bool>,
    #[description = "Open as private threads"] threads: Option<bool>,
    #[description = "Open tickets per member from this panel"]
    #[min = 1]
    #[max = 100]
    limit: Option<u32>,
    #[description = "Cooldown in minutes"]
    #[max = 10080]
    cooldown_minutes: Option<u32>,
    #[description = "Open tickets from this panel in all, any member (0: no cap)"]
    #[max = 10000]
    open_cap: Option<u32>,
    #[description = "Disable the panel"] disabled: Option<bool>,
    #[description = "A form asked before the ticket opens (empty to remove)"] form: Option<String>,
    #[description = "A form asked after rating (\"Tell us more\"; empty to remove)"]
    exit_survey: Option<String>,
    #[description = "Category for tickets waiting on the opener (channel mode)"]
    #[channel_types("Category")]
    awaiting_category: Option<serenity::GuildChannel>,
    #[description = "Stop moving tickets to an awaiting-response category"]
    no_awaiting_category: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let panel = find(ctx, guild, &title).await?;
    let form = form_id(ctx, guild, form).await?;
    let exit_survey = survey_form_id(ctx, guild, exit_survey).await?;
    let awaiting = match (awaiting_category, no_awaiting_category) {
        (Some(_), Some(true)) => {
            return Err(user_error(msg!("panel-cmd-awaiting-both")));
        }
        (Some(c), _) => Some(Some(ChannelId::new(c.id.get()))),
        (None, Some(true)) => Some(None),
        (None, _) => None,
    };
    let mut draft = panel.draft.clone();
    if let Some(title) = new_title {
        title.trim().clone_into(&mut draft.title);
    }
    apply(
        &mut draft,
        Changes {
            text,
            colour,
            button_label,
            emoji,
            style,
            category,
            naming,
            welcome,
            mention_opener,
            mention_here,
            threads,
            limit,
            open_cap,
            cooldown_minutes,
            disabled,
            mention_role: None,
        },
    )?;
    crate::domain::pending::validate(awaiting.unwrap_or(panel.awaiting_category), draft.category)
        .map_err(user_error)?;
    let teams = match &support_role {
        Some(role) => Some(vec![team_for(ctx, guild, role).await?]),
        None => None,
    };
    let shown = draft.title.clone();
    if !panels::update(&ctx.data().core.db, guild, panel.id, draft, teams).await? {
        return Err(user_error(msg!(
            "panel-cmd-title-taken",
            title = format!("{shown:?}")
        )));
    }
    if let Some(form) = form
        && !forms::set_panel_form(&ctx.data().core.db, guild, panel.id, form).await?
    {
        return Err(user_error(msg!("panel-cmd-saved-form-deleted")));
    }
    if let Some(survey) = exit_survey
        && !forms::set_panel_exit_survey(&ctx.data().core.db, guild, panel.id, survey).await?
    {
        return Err(user_error(msg!("panel-cmd-saved-survey-deleted")));
    }
    if let Some(awaiting) = awaiting {
        awaiting::set_panel_category(&ctx.data().core.db, guild, panel.id, awaiting).await?;
    }
    say(ctx, msg!("panel-cmd-saved", title = shown)).await
}

/// Deletes a panel (tickets opened from it stay).
#[poise::command(slash_command, guild_only)]
pub async fn delete(
    ctx: Context<'_>,
    #[description = "The panel's title"] title: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let panel = find(ctx, guild, &title).await?;
    panels::delete(&ctx.data().core.db, guild, panel.id).await?;
    say(ctx, msg!("panel-cmd-deleted", title = panel.draft.title)).await
}

/// Lists this server's panels.
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let all = panels::list(&ctx.data().core.db, guild).await?;
    if all.is_empty() {
        return say(ctx, msg!("panel-cmd-list-empty")).await;
    }
    let lang = super::reply_lang(ctx).await;
    let lines: Vec<String> = all
        .iter()
        .map(|p| {
            let mut line = format!("**{}**", p.draft.title);
            if let Some(channel) = p.channel {
                let _ = write!(
                    line,
                    " {}",
                    msg!("panel-cmd-list-posted-in", channel = channel).render(lang)
                );
            }
            if p.draft.disabled {
                let _ = write!(line, " {}", msg!("panel-cmd-list-disabled").render(lang));
            }
            line
        })
        .collect();
    say(ctx, lines.join("\n")).await
}

/// Posts a panel in a channel.
#[poise::command(slash_command, guild_only)]
pub async fn send(
    ctx: Context<'_>,
    #[description = "The panel's title"] title: String,
    #[description = "Where to post it (default: here)"]
    #[channel_types("Text")]
    channel: Option<serenity::GuildChannel>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let panel = find(ctx, guild, &title).await?;
    let target = channel.map_or_else(|| ctx.channel_id(), |c| c.id);
    let message = target
        .send_message(ctx.http(), ui::panel_message(&panel))
        .await?;
    panels::set_sent(
        &ctx.data().core.db,
        panel.id,
        ChannelId::new(target.get()),
        MessageId::new(message.id.get()),
    )
    .await?;
    say(
        ctx,
        msg!(
            "panel-cmd-posted",
            title = panel.draft.title,
            channel = ChannelId::new(target.get())
        ),
    )
    .await
}
