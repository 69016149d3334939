//! Claim, unclaim and transfer: the claim changes who may write (claim settings) and the
//! overwrites follow. A failed overwrite update puts the claim back.

use super::{Env, access};
use crate::discord::BotError;
use crate::domain::tickets::{self as rules, Refusal};
use crate::ids::UserId;
use crate::services::facts::{self, Actor};
use crate::store::tickets::{self, Ticket};

async fn set(env: Env<'_>, ticket: &Ticket, to: Option<UserId>) -> Result<(), BotError> {
    let db = &env.data.core.db;
    if !tickets::set_claim(db, ticket.id, ticket.claimed_by, to).await? {
        // Someone else changed the claim meanwhile.
        return Err(
            match tickets::by_id(db, ticket.id)
                .await?
                .and_then(|t| t.claimed_by)
            {
                Some(by) => Refusal::AlreadyClaimed { by }.into(),
                None => Refusal::TicketNotOpen.into(),
            },
        );
    }
    let updated = Ticket {
        claimed_by: to,
        ..ticket.clone()
    };
    if let Err(e) = access::apply(env, &updated).await {
        let _ = tickets::set_claim(db, ticket.id, to, ticket.claimed_by).await;
        return Err(e);
    }
    Ok(())
}

pub async fn claim(env: Env<'_>, ticket: &Ticket, actor: &Actor) -> Result<(), BotError> {
    rules::may_claim(actor.level, ticket.claimed_by)?;
    set(env, ticket, Some(actor.user)).await
}

/// Returns who held the claim.
pub async fn unclaim(env: Env<'_>, ticket: &Ticket, actor: &Actor) -> Result<UserId, BotError> {
    let previous = rules::may_unclaim(actor.user, actor.level, ticket.claimed_by)?;
    set(env, ticket, None).await?;
    Ok(previous)
}

pub async fn transfer(
    env: Env<'_>,
    ticket: &Ticket,
    actor: &Actor,
    to: UserId,
) -> Result<(), BotError> {
    let target_level = facts::level_of(&env.data.core, ticket.guild, to).await?;
    rules::may_transfer(actor.user, actor.level, ticket.claimed_by, target_level)?;
    set(env, ticket, Some(to)).await
}
