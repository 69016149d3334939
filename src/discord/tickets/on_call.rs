//! Thread mode's on-call staff: `/on-call` gives or takes the server's on-call role (making it
//! on first use) and keeps the on-call list; a new thread ticket adds the members on call.
//! The rules (which roles can serve, what the member is told) are `domain::on_call`'s.

use poise::serenity_prelude as serenity;

use super::{Env, discord_code, user_error};
use crate::discord::command_audit::record_own;
use crate::discord::{BotError, Data};
use crate::domain::on_call::{self, RoleFacts};
use crate::i18n::Msg;
use crate::ids::{ChannelId, GuildId, RoleId, UserId};
use crate::msg;
use crate::services;
use crate::store::on_call::{self as store, RoleSet};
use crate::store::settings;

/// Discord's "Unknown Role" and "Unknown Member" (JSON error codes).
const UNKNOWN_ROLE: isize = 10011;
const UNKNOWN_MEMBER: isize = 10007;
/// "Missing Permissions".
const MISSING_PERMISSIONS: isize = 50013;

/// `role` as the domain sees it and ticketbox's highest role's position (the cache's).
async fn facts(
    env: Env<'_>,
    guild: GuildId,
    role: RoleId,
) -> Result<Option<(RoleFacts, i32)>, BotError> {
    Ok(services::on_call::role_facts(&env.data.core, guild, role, env.data.bot_id).await?)
}

/// The server's on-call role: the one set, or a new one ticketbox makes (once, even when two
/// members run `/on-call` at the same moment).
async fn role(env: Env<'_>, guild: GuildId) -> Result<RoleId, BotError> {
    let core = &env.data.core;
    // A role deleted while ticketbox was away is found when Discord answers Unknown Role.
    if let Some(role) = store::role(&core.db, guild).await? {
        return Ok(role);
    }
    // The role's name is in the server's language.
    let name = role_name(env, guild).await;
    let mut made = serenity::GuildId::new(guild.get())
        .create_role(
            env.http,
            serenity::EditRole::new()
                .name(name.as_str())
                .mentionable(false)
                .audit_log_reason("ticketbox: on-call role for /on-call"),
        )
        .await
        .map_err(|e| match discord_code(&e) {
            Some(MISSING_PERMISSIONS) => user_error(msg!("oncall-needs-manage-roles")),
            _ => BotError::from(e),
        })?;
    let made_id = RoleId::new(made.id.get());
    match store::set_role(&core.db, guild, Some(made_id), true, core.clock.now()).await? {
        RoleSet::Saved(_) => {
            record_own(
                env.data,
                guild,
                "settings.on_call_role_created",
                format!("Made the role @{name} ({made_id}) for /on-call"),
            )
            .await;
            Ok(made_id)
        }
        RoleSet::Kept(existing) => {
            // Someone else's /on-call made one first: ours goes again.
            if let Err(e) = made.delete(env.http).await {
                tracing::warn!(%guild, error = %e, "cannot delete a duplicate on-call role");
            }
            Ok(existing)
        }
    }
}

/// The name of the on-call role ticketbox makes, in the server's language.
async fn role_name(env: Env<'_>, guild: GuildId) -> String {
    let lang = crate::services::language::server(&env.data.core, guild).await;
    msg!("oncall-role-name").render(lang)
}

/// Forgets a deleted on-call role (everyone goes off call), saying so in the audit log.
pub async fn forget_role(data: &Data, guild: GuildId, role: RoleId) -> Result<(), BotError> {
    let core = &data.core;
    if store::role(&core.db, guild).await? != Some(role) {
        return Ok(());
    }
    store::set_role(&core.db, guild, None, false, core.clock.now()).await?;
    record_own(
        data,
        guild,
        "settings.on_call_role_deleted",
        format!("The on-call role ({role}) was deleted in Discord; everyone is off call"),
    )
    .await;
    Ok(())
}

/// `/on-call`: puts `user` on call, or off call when they are on; the reply to show them.
pub async fn toggle(env: Env<'_>, guild: GuildId, user: UserId) -> Result<Msg, BotError> {
    let core = &env.data.core;
    let role = role(env, guild).await?;
    // A role just made may not be cached yet: Discord puts it at the bottom, and refuses
    // (Missing Permissions, below) if it is not below ticketbox's.
    let name = match facts(env, guild, role).await? {
        Some((facts, bot_top)) => {
            on_call::check_role(&facts, bot_top).map_err(user_error)?;
            facts.name
        }
        None => role_name(env, guild).await,
    };
    let on = !store::is_on_call(&core.db, guild, user).await?;
    let (g, u, r) = (
        serenity::GuildId::new(guild.get()),
        serenity::UserId::new(user.get()),
        serenity::RoleId::new(role.get()),
    );
    let reason = Some("ticketbox: /on-call");
    let changed = if on {
        env.http.add_member_role(g, u, r, reason).await
    } else {
        env.http.remove_member_role(g, u, r, reason).await
    };
    if let Err(e) = changed {
        return Err(match discord_code(&e) {
            Some(UNKNOWN_ROLE) => {
                forget_role(env.data, guild, role).await?;
                user_error(msg!("oncall-role-deleted"))
            }
            Some(MISSING_PERMISSIONS) => user_error(msg!("oncall-cannot-assign", role = &name)),
            _ => BotError::from(e),
        });
    }
    if let Err(e) = store::set(&core.db, guild, user, on, core.clock.now()).await {
        // Put the role back as it was, so the role and the list agree.
        let undo = if on {
            env.http.remove_member_role(g, u, r, reason).await
        } else {
            env.http.add_member_role(g, u, r, reason).await
        };
        if let Err(undo) = undo {
            tracing::error!(%guild, error = %undo, "cannot undo an on-call role change");
        }
        return Err(e.into());
    }
    let threads = settings::load(&core.db, guild).await?.use_threads;
    Ok(match (on, threads) {
        (true, true) => msg!("oncall-on", role = role),
        (true, false) => msg!("oncall-on-channel-mode", role = role),
        (false, _) => msg!("oncall-off", role = role),
    })
}

/// An admin picks the on-call role (`None`: ticketbox makes one on the next `/on-call`).
/// Refused, with the fix, when ticketbox could not hand it out.
pub async fn choose_role(
    env: Env<'_>,
    guild: GuildId,
    role: Option<RoleId>,
) -> Result<(), BotError> {
    services::on_call::choose_role(&env.data.core, guild, role)
        .await?
        .map_err(user_error)
}

/// Adds the members on call to a new thread ticket; returns those added. Someone who left the
/// server goes off call; any other failure is logged and the open goes on (staff can still
/// join from the notification channel).
pub async fn add_to_thread(env: Env<'_>, guild: GuildId, thread: ChannelId) -> Vec<UserId> {
    let core = &env.data.core;
    let on_call = match store::members(&core.db, guild).await {
        Ok(list) => list,
        Err(e) => {
            tracing::error!(%guild, error = %e, "cannot read who is on call");
            return Vec::new();
        }
    };
    let mut added = Vec::new();
    for (user, _) in on_call {
        let result = serenity::ChannelId::new(thread.get())
            .add_thread_member(env.http, serenity::UserId::new(user.get()))
            .await;
        match result {
            Ok(()) => added.push(user),
            Err(e) if discord_code(&e) == Some(UNKNOWN_MEMBER) => {
                if let Err(e) = store::set(&core.db, guild, user, false, core.clock.now()).await {
                    tracing::error!(%guild, error = %e, "cannot take a departed member off call");
                }
            }
            Err(e) => {
                tracing::warn!(%guild, %thread, error = %e, "cannot add an on-call member to a thread ticket");
            }
        }
    }
    added
}
