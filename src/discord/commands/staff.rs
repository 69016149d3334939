//! Staff management: `/addadmin`, `/removeadmin`, `/addsupport`, `/removesupport`,
//! `/viewstaff`, `/blacklist`.

use poise::serenity_prelude as serenity;

use super::{Context, Error, actor, mention, one_target, say, support_staff};
use crate::discord::tickets::user_error;
use crate::domain::levels::{Level, Target};
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
    let what = if level == Level::Admin {
        "an admin"
    } else {
        "support staff"
    };
    let changed = if add {
        staff::add_staff(&core.db, guild, target, level, actor.user, core.clock.now()).await?
    } else {
        staff::remove_staff(&core.db, guild, target, level).await?
    };
    let text = match (add, changed) {
        (true, true) => format!("{} is now {what}.", mention(target)),
        (true, false) => format!("{} is already {what}.", mention(target)),
        (false, true) => format!("{} is no longer {what}.", mention(target)),
        (false, false) => format!("{} was not {what}.", mention(target)),
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
        return say(
            ctx,
            "No staff configured yet. The server owner and members with Administrator are admins; add more with /addadmin and /addsupport.",
        )
        .await;
    }
    let pages = entries.len().div_ceil(PAGE);
    let page = usize::try_from(page.unwrap_or(1)).unwrap_or(1);
    if page > pages {
        return Err(user_error(format!(
            "There {} only {pages} page{}.",
            if pages == 1 { "is" } else { "are" },
            if pages == 1 { "" } else { "s" }
        )));
    }
    let lines: Vec<String> = entries
        .iter()
        .skip((page - 1) * PAGE)
        .take(PAGE)
        .map(|e| {
            let level = if e.level == Level::Admin {
                "Admin"
            } else {
                "Support"
            };
            format!("{level}: {}", mention(e.target))
        })
        .collect();
    say(
        ctx,
        format!("**Staff** (page {page} of {pages})\n{}", lines.join("\n")),
    )
    .await
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
        return Err(user_error("Staff cannot be blacklisted."));
    }
    let why = reason
        .as_deref()
        .map_or_else(String::new, |r| format!(" Reason: {r}"));
    let now_blacklisted = staff::toggle_blacklist(
        &core.db,
        guild,
        target,
        actor.user,
        reason,
        core.clock.now(),
    )
    .await?;
    if now_blacklisted {
        say(
            ctx,
            format!(
                "{} is now blacklisted from opening tickets.{why}",
                mention(target)
            ),
        )
        .await
    } else {
        say(
            ctx,
            format!("{} is no longer blacklisted.", mention(target)),
        )
        .await
    }
}
