//! `/setup`: the guild's ticket settings.

use poise::serenity_prelude as serenity;

use super::on_call::setup_on_call;
use super::setup_show::show;
use super::{Context, Error, admin, reply_lang, say, server_lang};
use crate::discord::tickets::{to_serenity, user_error};
use crate::domain::levels::Level;
use crate::domain::settings::{
    GuildSettings, validate_naming_scheme, validate_open_cap, validate_ticket_limit,
};
use crate::domain::ticket_permissions;
use crate::domain::tickets::private_overwrites;
use crate::i18n::{Lang, Msg};
use crate::ids::{ChannelId, GuildId, RoleId};
use crate::msg;
use crate::store::settings;

/// Ticket settings for this server.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    subcommands(
        "auto",
        "limit",
        "transcripts",
        "use_threads",
        "users_can_close",
        "close_confirmation",
        "naming",
        "welcome",
        "claim",
        "feedback",
        "buttons",
        "store_transcripts",
        "open_command",
        "start_ticket",
        "permissions",
        "setup_on_call",
        "show"
    ),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn setup(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

async fn save(
    ctx: Context<'_>,
    guild: GuildId,
    change: impl FnOnce(&mut GuildSettings) + Send + 'static,
) -> Result<GuildSettings, Error> {
    let core = &ctx.data().core;
    Ok(settings::update(&core.db, guild, core.clock.now(), change).await?)
}

/// Creates a ticket category and a private log channel, and uses them.
#[poise::command(slash_command, guild_only)]
pub async fn auto(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    ctx.defer_ephemeral().await?;
    // The channels everyone in the server sees: named in the server's language.
    let lang = server_lang(ctx).await;
    let hidden = to_serenity(&private_overwrites(
        RoleId::new(guild.get()),
        ctx.data().bot_id,
    ));
    let guild_id = serenity::GuildId::new(guild.get());
    let category = guild_id
        .create_channel(
            ctx.http(),
            serenity::CreateChannel::new(msg!("setup-auto-category-name").render(lang))
                .kind(serenity::ChannelType::Category)
                .permissions(hidden.clone()),
        )
        .await?;
    let log = guild_id
        .create_channel(
            ctx.http(),
            serenity::CreateChannel::new(msg!("setup-auto-log-channel-name").render(lang))
                .kind(serenity::ChannelType::Text)
                .category(category.id)
                .topic(msg!("setup-auto-log-channel-topic").render(lang))
                .permissions(hidden),
        )
        .await;
    let log = match log {
        Ok(log) => log,
        Err(e) => {
            // Leave nothing half-made behind.
            let _ = category.id.delete(ctx.http()).await;
            return Err(e.into());
        }
    };
    let (category_id, log_id) = (
        ChannelId::new(category.id.get()),
        ChannelId::new(log.id.get()),
    );
    ctx.data().remember_created(category_id);
    save(ctx, guild, move |s| {
        s.ticket_category = Some(category_id);
        s.log_channel = Some(log_id);
    })
    .await?;
    say(
        ctx,
        msg!("setup-auto-done", category = category_id, log = log_id),
    )
    .await
}

/// How many tickets a member may have open at once, and how many the server takes in all.
#[poise::command(slash_command, guild_only)]
pub async fn limit(
    ctx: Context<'_>,
    #[description = "Open tickets per member, 1 to 100"] limit: Option<i64>,
    #[description = "Open tickets in the whole server, 1 to 10000 (0 removes the cap)"]
    server_total: Option<i64>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    if limit.is_none() && server_total.is_none() {
        return Err(user_error(msg!("setup-limit-missing")));
    }
    let limit = limit
        .map(validate_ticket_limit)
        .transpose()
        .map_err(user_error)?;
    let cap = match server_total {
        None => None,
        Some(0) => Some(None),
        Some(n) => Some(Some(validate_open_cap(n).map_err(user_error)?)),
    };
    save(ctx, guild, move |s| {
        if let Some(limit) = limit {
            s.ticket_limit = limit;
        }
        if let Some(cap) = cap {
            s.open_cap = cap;
        }
    })
    .await?;
    let mut said: Vec<Msg> = Vec::new();
    if let Some(limit) = limit {
        said.push(msg!("setup-limit-per-member", limit = limit));
    }
    match cap {
        Some(Some(cap)) => said.push(msg!("setup-limit-server-cap", cap = cap)),
        Some(None) => said.push(msg!("setup-limit-server-no-cap")),
        None => {}
    }
    said.push(msg!("setup-limit-staff-exempt"));
    let lang = reply_lang(ctx).await;
    let text: Vec<String> = said.iter().map(|m| m.render(lang)).collect();
    say(ctx, text.join(" ")).await
}

/// Where closed tickets are logged.
#[poise::command(slash_command, guild_only)]
pub async fn transcripts(
    ctx: Context<'_>,
    #[description = "The log channel"]
    #[channel_types("Text")]
    channel: serenity::GuildChannel,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let id = ChannelId::new(channel.id.get());
    save(ctx, guild, move |s| s.log_channel = Some(id)).await?;
    say(ctx, msg!("setup-transcripts-done", channel = id)).await
}

/// Open tickets as private threads instead of channels.
#[poise::command(slash_command, guild_only, rename = "use-threads")]
pub async fn use_threads(
    ctx: Context<'_>,
    #[description = "Use private threads"] enabled: bool,
    #[description = "Where staff are told about new tickets"]
    #[channel_types("Text")]
    notification_channel: Option<serenity::GuildChannel>,
    #[description = "Archive a quiet ticket thread after (Discord's choices)"]
    #[choices("1h", "24h", "3d", "7d")]
    archive_after: Option<&'static str>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let notify = notification_channel.map(|c| ChannelId::new(c.id.get()));
    let archive = archive_after
        .map(crate::domain::settings::parse_thread_archive)
        .transpose()
        .map_err(user_error)?;
    let saved = save(ctx, guild, move |s| {
        s.use_threads = enabled;
        if notify.is_some() {
            s.thread_notification_channel = notify;
        }
        if let Some(minutes) = archive {
            s.thread_archive_minutes = minutes;
        }
    })
    .await?;
    let after = crate::domain::settings::thread_archive_name(saved.thread_archive_minutes);
    let text = match (enabled, notify) {
        (true, Some(n)) => msg!("setup-threads-on-notified", channel = n, after = after),
        (true, None) => msg!("setup-threads-on", after = after),
        (false, _) => msg!("setup-threads-off"),
    };
    say(ctx, text).await
}

/// Whether openers may close their own tickets.
#[poise::command(slash_command, guild_only, rename = "users-can-close")]
pub async fn users_can_close(
    ctx: Context<'_>,
    #[description = "Let openers close their own tickets"] enabled: bool,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    save(ctx, guild, move |s| s.users_can_close = enabled).await?;
    say(
        ctx,
        if enabled {
            msg!("setup-users-can-close-on")
        } else {
            msg!("setup-users-can-close-off")
        },
    )
    .await
}

/// Whether the Close button asks for confirmation.
#[poise::command(slash_command, guild_only, rename = "close-confirmation")]
pub async fn close_confirmation(
    ctx: Context<'_>,
    #[description = "Ask for confirmation before closing"] enabled: bool,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    save(ctx, guild, move |s| s.close_confirmation = enabled).await?;
    say(
        ctx,
        if enabled {
            msg!("setup-close-confirmation-on")
        } else {
            msg!("setup-close-confirmation-off")
        },
    )
    .await
}

/// The ticket channel naming scheme (%id%, %id_padded%, %username%, %nickname%, %claimed%).
#[poise::command(slash_command, guild_only)]
pub async fn naming(
    ctx: Context<'_>,
    #[description = "e.g. ticket-%id% or %username%-%id_padded%"]
    #[max_length = 100]
    scheme: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    validate_naming_scheme(&scheme).map_err(user_error)?;
    let scheme = scheme.trim().to_owned();
    let shown = scheme.clone();
    save(ctx, guild, move |s| s.naming_scheme = scheme).await?;
    say(ctx, msg!("setup-naming-done", scheme = shown)).await
}

/// The default welcome message (placeholders like %user% and %ticket_id% work).
#[poise::command(slash_command, guild_only)]
pub async fn welcome(
    ctx: Context<'_>,
    #[description = "The message; leave empty to restore the default"]
    #[max_length = 4000]
    message: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let message = message
        .map(|m| m.trim().to_owned())
        .filter(|m| !m.is_empty());
    let restored = message.is_none();
    save(ctx, guild, move |s| s.welcome_message = message).await?;
    say(
        ctx,
        if restored {
            msg!("setup-welcome-restored")
        } else {
            msg!("setup-welcome-saved")
        },
    )
    .await
}

/// What other support staff may do once a ticket is claimed.
#[poise::command(slash_command, guild_only)]
pub async fn claim(
    ctx: Context<'_>,
    #[description = "Other support staff still see claimed tickets"] support_can_view: bool,
    #[description = "Other support staff may still write in claimed tickets"]
    support_can_type: bool,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    if support_can_type && !support_can_view {
        return Err(user_error(msg!("setup-claim-type-needs-view")));
    }
    save(ctx, guild, move |s| {
        s.claim_support_can_view = support_can_view;
        s.claim_support_can_type = support_can_type;
    })
    .await?;
    say(ctx, msg!("setup-claim-done")).await
}

/// Asks openers to rate their ticket by DM after it closes.
#[poise::command(slash_command, guild_only)]
pub async fn feedback(
    ctx: Context<'_>,
    #[description = "Whether openers are asked for a rating"] enabled: bool,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    save(ctx, guild, move |s| s.feedback_enabled = enabled).await?;
    say(
        ctx,
        if enabled {
            msg!("setup-feedback-on")
        } else {
            msg!("setup-feedback-off")
        },
    )
    .await
}

/// Which buttons new tickets' welcome messages show (the commands work either way).
#[poise::command(slash_command, guild_only)]
pub async fn buttons(
    ctx: Context<'_>,
    #[description = "Show the Claim button"] claim: Option<bool>,
    #[description = "Show the Close button"] close: Option<bool>,
    #[description = "Show the Close with reason button"] close_with_reason: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let saved = save(ctx, guild, move |s| {
        if let Some(show) = claim {
            s.hide_claim_button = !show;
        }
        if let Some(show) = close {
            s.hide_close_button = !show;
        }
        if let Some(show) = close_with_reason {
            s.hide_close_with_reason_button = !show;
        }
    })
    .await?;
    let lang = reply_lang(ctx).await;
    say(
        ctx,
        msg!("setup-buttons-done", buttons = shown_buttons(&saved, lang)),
    )
    .await
}

/// The welcome message's buttons by their labels (the labels the buttons themselves show).
pub(super) fn shown_buttons(s: &GuildSettings, lang: Lang) -> String {
    let b = s.welcome_buttons();
    let names: Vec<String> = [
        (b.close, msg!("button-close")),
        (b.close_with_reason, msg!("button-close-with-reason")),
        (b.claim, msg!("button-claim")),
    ]
    .into_iter()
    .filter_map(|(on, name)| on.then(|| name.render(lang)))
    .collect();
    if names.is_empty() {
        msg!("setup-buttons-none").render(lang)
    } else {
        names.join(", ")
    }
}

/// Whether closed tickets' transcripts are kept (off: tickets close and are logged without one).
#[poise::command(slash_command, guild_only, rename = "store-transcripts")]
pub async fn store_transcripts(
    ctx: Context<'_>,
    #[description = "Keep a transcript of every closed ticket"] enabled: bool,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    save(ctx, guild, move |s| s.store_transcripts = enabled).await?;
    say(
        ctx,
        if enabled {
            msg!("setup-store-transcripts-on")
        } else {
            msg!("setup-store-transcripts-off")
        },
    )
    .await
}

/// Whether members may open tickets with /open (off: from panels only; staff always may).
#[poise::command(slash_command, guild_only, rename = "open-command")]
pub async fn open_command(
    ctx: Context<'_>,
    #[description = "Members may use /open"] enabled: bool,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    save(ctx, guild, move |s| s.disable_open_command = !enabled).await?;
    say(
        ctx,
        if enabled {
            msg!("setup-open-command-on")
        } else {
            msg!("setup-open-command-off")
        },
    )
    .await
}

/// Who may use the Start ticket message menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum LevelChoice {
    #[name = "everyone"]
    Everyone,
    #[name = "support staff"]
    Support,
    #[name = "admins"]
    Admin,
}

/// The Start ticket message menu: who may use it, adding the author, its panel.
#[poise::command(slash_command, guild_only, rename = "start-ticket")]
pub async fn start_ticket(
    ctx: Context<'_>,
    #[description = "Who may use it"] level: Option<LevelChoice>,
    #[description = "Add the message's author to the ticket"] add_author: Option<bool>,
    #[description = "Open its tickets from this panel (its category, team, welcome)"] panel: Option<
        String,
    >,
    #[description = "Open its tickets without a panel"] no_panel: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let picked = match panel {
        Some(title) => Some(
            crate::store::panels::by_title(&ctx.data().core.db, guild, title.clone())
                .await?
                .ok_or_else(|| {
                    user_error(msg!(
                        "setup-start-ticket-no-panel",
                        panel = format!("{title:?}")
                    ))
                })?,
        ),
        None => None,
    };
    let saved = save(ctx, guild, move |s| {
        if let Some(l) = level {
            s.start_ticket_level = match l {
                LevelChoice::Everyone => Level::Everyone,
                LevelChoice::Support => Level::Support,
                LevelChoice::Admin => Level::Admin,
            };
        }
        if let Some(add) = add_author {
            s.start_ticket_add_author = add;
        }
        if let Some(p) = picked {
            s.start_ticket_panel = Some(p.id);
        }
        if no_panel == Some(true) {
            s.start_ticket_panel = None;
        }
    })
    .await?;
    say(ctx, start_ticket_summary(ctx, &saved).await?).await
}

pub(super) async fn start_ticket_summary(
    ctx: Context<'_>,
    s: &GuildSettings,
) -> Result<Msg, Error> {
    let panel = match s.start_ticket_panel {
        Some(id) => crate::store::panels::get(
            &ctx.data().core.db,
            GuildId::new(ctx.guild_id().map_or(0, serenity::GuildId::get)),
            id,
        )
        .await?
        .map_or_else(
            || msg!("setup-start-ticket-panel-deleted"),
            |p| msg!("setup-start-ticket-panel-named", title = p.draft.title),
        ),
        None => msg!("setup-start-ticket-panel-none"),
    };
    Ok(msg!(
        "setup-start-ticket-summary",
        level = match s.start_ticket_level {
            Level::Everyone => "everyone",
            Level::Support => "support",
            Level::Admin => "admins",
        },
        adds = if s.start_ticket_add_author {
            "yes"
        } else {
            "no"
        },
        panel = panel
    ))
}

/// Whose ticket permissions `/setup permissions` sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum WhoChoice {
    #[name = "the opener"]
    Opener,
    #[name = "support staff"]
    Support,
}

/// What openers or support staff may do in ticket channels (off: denied there).
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn permissions(
    ctx: Context<'_>,
    #[description = "Whose permissions"] who: WhoChoice,
    #[description = "Attach files"] attach_files: Option<bool>,
    #[description = "Embed links"] embed_links: Option<bool>,
    #[description = "Add reactions"] add_reactions: Option<bool>,
    #[description = "Use external emoji"] external_emoji: Option<bool>,
    #[description = "Use external stickers"] external_stickers: Option<bool>,
    #[description = "Send voice messages"] voice_messages: Option<bool>,
) -> Result<(), Error> {
    use crate::domain::permissions::Permissions as P;
    let guild = admin(ctx).await?;
    let changes: Vec<(P, bool)> = [
        (P::ATTACH_FILES, attach_files),
        (P::EMBED_LINKS, embed_links),
        (P::ADD_REACTIONS, add_reactions),
        (P::USE_EXTERNAL_EMOJIS, external_emoji),
        (P::USE_EXTERNAL_STICKERS, external_stickers),
        (P::SEND_VOICE_MESSAGES, voice_messages),
    ]
    .into_iter()
    .filter_map(|(p, on)| on.map(|on| (p, on)))
    .collect();
    let saved = save(ctx, guild, move |s| {
        let denied = match who {
            WhoChoice::Opener => &mut s.opener_denied,
            WhoChoice::Support => &mut s.support_denied,
        };
        *denied = ticket_permissions::switch(*denied, &changes);
    })
    .await?;
    let lang = super::reply_lang(ctx).await;
    let text = match who {
        WhoChoice::Opener => msg!(
            "setup-permissions-openers",
            permissions = ticket_permissions::describe_in(saved.opener_denied, lang)
        ),
        WhoChoice::Support => msg!(
            "setup-permissions-support",
            permissions = ticket_permissions::describe_in(saved.support_denied, lang)
        ),
    };
    say(ctx, text).await
}
