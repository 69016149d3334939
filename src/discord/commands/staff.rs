//! Staff management: `/addadmin`, `/removeadmin`, `/addsupport`, `/removesupport`,
//! `/viewstaff`, `/blacklist`.

use poise::serenity_prelude as serenity;

use super::{Context, Error, actor, mention, one_target, reply_lang, say, support_staff};
use crate::discord::tickets::user_error;
use crate::domain::levels::{Level, Target};
use crate::msg;
use crate::services::facts;
use crate::store::staff;

const PAGE: usize = 15;

async fn change(
    ctx: Context<'_>,
    user: Option<serenity::User>,
    role: Option<serenity::Role>,
    level: Level,
    add: bool,
) -> Result<(), Error> {
    if let Some(role) = &role {
        super::plain_role(role)?;
    }
    let target = one_target(user.as_ref(), role.as_ref())?;
    let (guild, actor) = actor(ctx).await?;
    actor.require(Level::Admin)?;
    let core = &ctx.data().core;
    // Picks the wording in the catalog's messages.
    let what = if level == Level::Admin {
        "admin"
    } else {
        "support"
    };
    let changed = if add {
        staff::add_staff(&core.db, guild, target, level, actor.user, core.clock.now()).await?
    } else {
        staff::remove_staff(&core.db, guild, target, level).await?
    };
    let who = mention(target);
    let text = match (add, changed) {
        (true, true) => msg!("staff-added", target = who, level = what),
        (true, false) => msg!("staff-already", target = who, level = what),
        (false, true) => msg!("staff-removed", target = who, level = what),
        (false, false) => msg!("staff-was-not", target = who, level = what),
    };
    say(ctx, text).await
}

/// Makes a user or role a ticket admin.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn addadmin(
    ctx: Context<'_>,
    #[description = "A user"] user: Option<serenity::User>,
    #[description = "A role"] role: Option<serenity::Role>,
) -> Result<(), Error> {
    change(ctx, user, role, Level::Admin, true).await
}

/// Removes a ticket admin.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn removeadmin(
    ctx: Context<'_>,
    #[description = "A user"] user: Option<serenity::User>,
    #[description = "A role"] role: Option<serenity::Role>,
) -> Result<(), Error> {
    change(ctx, user, role, Level::Admin, false).await
}

/// Makes a user or role support staff.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn addsupport(
    ctx: Context<'_>,
    #[description = "A user"] user: Option<serenity::User>,
    #[description = "A role"] role: Option<serenity::Role>,
) -> Result<(), Error> {
    change(ctx, user, role, Level::Support, true).await
}

/// Removes support staff.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn removesupport(
    ctx: Context<'_>,
    #[description = "A user"] user: Option<serenity::User>,
    #[description = "A role"] role: Option<serenity::Role>,
) -> Result<(), Error> {
    change(ctx, user, role, Level::Support, false).await
}

/// Lists this server's ticket admins and support staff.
#[poise::command(slash_command, guild_only)]
pub async fn viewstaff(
    ctx: Context<'_>,
    #[description = "Page number"]
    #[min = 1]
    page: Option<u32>,
) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let entries = staff::list_staff(&ctx.data().core.db, guild).await?;
    if entries.is_empty() {
        return say(ctx, msg!("staff-list-empty")).await;
    }
    let pages = entries.len().div_ceil(PAGE);
    let page = usize::try_from(page.unwrap_or(1)).unwrap_or(1);
    if page > pages {
        return Err(user_error(msg!("staff-list-no-such-page", pages = pages)));
    }
    let lang = reply_lang(ctx).await;
    let lines: Vec<String> = entries
        .iter()
        .skip((page - 1) * PAGE)
        .take(PAGE)
        .map(|e| {
            if e.level == Level::Admin {
                msg!("staff-list-admin", target = mention(e.target)).render(lang)
            } else {
                msg!("staff-list-support", target = mention(e.target)).render(lang)
            }
        })
        .collect();
    let header = msg!("staff-list-header", page = page, pages = pages).render(lang);
    say(ctx, format!("{header}\n{}", lines.join("\n"))).await
}

/// Blacklists a user or role from opening tickets, or lifts it.
#[poise::command(slash_command, guild_only)]
pub async fn blacklist(
    ctx: Context<'_>,
    #[description = "A user"] user: Option<serenity::User>,
    #[description = "A role"] role: Option<serenity::Role>,
    #[description = "Why (shown to staff; kept with the entry)"]
    #[max_length = 200]
    reason: Option<String>,
) -> Result<(), Error> {
    if let Some(role) = &role {
        super::plain_role(role)?;
    }
    let target = one_target(user.as_ref(), role.as_ref())?;
    let reason =
        crate::domain::settings::blacklist_reason(reason.as_deref()).map_err(user_error)?;
    let (guild, actor) = support_staff(ctx).await?;
    let core = &ctx.data().core;
    let is_staff = match target {
        Target::User(u) => facts::level_of(core, guild, u).await? >= Level::Support,
        Target::Role(r) => facts::role_is_staff(core, guild, r).await?,
    };
    if is_staff {
        return Err(user_error(msg!("staff-blacklist-staff")));
    }
    let why = reason.clone();
    let now_blacklisted = staff::toggle_blacklist(
        &core.db,
        guild,
        target,
        actor.user,
        reason,
        core.clock.now(),
    )
    .await?;
    let who = mention(target);
    let text = match (now_blacklisted, why) {
        (true, Some(reason)) => msg!("staff-blacklisted-reason", target = who, reason = reason),
        (true, None) => msg!("staff-blacklisted", target = who),
        (false, _) => msg!("staff-unblacklisted", target = who),
    };
    say(ctx, text).await
}
