//! `/add` and `/remove`: users or roles join or leave a ticket. Channel mode rewrites the
//! overwrites; thread mode adds or removes thread members (roles cannot join a thread).

use poise::serenity_prelude as serenity;

use super::{Env, access, user_error};
use crate::discord::BotError;
use crate::domain::levels::{Level, Target};
use crate::domain::tickets as rules;
use crate::services::facts::{self, Actor};
use crate::store::tickets::{self, Ticket};

pub async fn add(
    env: Env<'_>,
    ticket: &Ticket,
    actor: &Actor,
    target: Target,
) -> Result<bool, BotError> {
    rules::may_add(actor.level, actor.user == ticket.opener)?;
    if target == Target::Role(crate::ids::RoleId::new(ticket.guild.get())) {
        return Err(user_error(crate::msg!("members-everyone")));
    }
    if matches!(target, Target::Role(_)) && actor.level < Level::Support {
        return Err(user_error(crate::msg!("members-roles-staff-only")));
    }
    if target == Target::User(ticket.opener) {
        return Err(user_error(crate::msg!("members-opener-already-in")));
    }
    let core = &env.data.core;
    if ticket.is_thread {
        let Target::User(user) = target else {
            return Err(user_error(crate::msg!("members-no-roles-in-threads")));
        };
        // Discord first: if it refuses, nothing is recorded.
        if let Some(thread) = ticket.channel {
            serenity::ChannelId::new(thread.get())
                .add_thread_member(env.http, serenity::UserId::new(user.get()))
                .await?;
        }
        return Ok(
            tickets::add_member(&core.db, ticket.id, target, actor.user, core.clock.now()).await?,
        );
    }
    let added =
        tickets::add_member(&core.db, ticket.id, target, actor.user, core.clock.now()).await?;
    if let Err(e) = access::apply(env, ticket).await {
        if added {
            let _ = tickets::remove_member(&core.db, ticket.id, target).await;
        }
        return Err(e);
    }
    Ok(added)
}

pub async fn remove(
    env: Env<'_>,
    ticket: &Ticket,
    actor: &Actor,
    target: Target,
) -> Result<bool, BotError> {
    let core = &env.data.core;
    let target_is_staff = match target {
        Target::User(user) => facts::level_of(core, ticket.guild, user).await? >= Level::Support,
        Target::Role(role) => facts::role_is_staff(core, ticket.guild, role).await?,
    };
    rules::may_remove(
        actor.level,
        actor.user == ticket.opener,
        target_is_staff,
        target == Target::User(ticket.opener),
    )?;
    let removed = tickets::remove_member(&core.db, ticket.id, target).await?;
    if ticket.is_thread {
        if let (Target::User(user), Some(thread)) = (target, ticket.channel) {
            serenity::ChannelId::new(thread.get())
                .remove_thread_member(env.http, serenity::UserId::new(user.get()))
                .await?;
        }
        return Ok(removed);
    }
    access::apply(env, ticket).await?;
    Ok(removed)
}
