//! Re-applies a ticket's access after a claim, transfer, add or remove: channel-mode tickets
//! get their full overwrite list recomputed from the rules and replaced in one call.

use poise::serenity_prelude as serenity;

use super::{Env, to_serenity};
use crate::discord::BotError;
use crate::domain::levels::{Level, Target};
use crate::domain::tickets::{self as rules, Access};
use crate::ids::RoleId;
use crate::store::tickets::{self, Ticket};
use crate::store::{settings, staff};

/// Who handles a ticket of `panel`: its support (the panel's team, or every support entry when
/// it has none) and the configured admins.
pub async fn handlers(
    env: Env<'_>,
    guild: crate::ids::GuildId,
    panel: Option<crate::ids::PanelId>,
) -> Result<(Vec<Target>, Vec<Target>), BotError> {
    let core = &env.data.core;
    let access = staff::access_facts(&core.db, guild).await?;
    let team = match panel {
        Some(panel) => staff::panel_team_members(&core.db, panel).await?,
        None => None,
    };
    let of_level = |level: Level| -> Vec<Target> {
        access
            .staff
            .iter()
            .filter(|s| s.level == level)
            .map(|s| s.target)
            .collect()
    };
    Ok((
        team.unwrap_or_else(|| of_level(Level::Support)),
        of_level(Level::Admin),
    ))
}

/// The overwrites the ticket should have now.
pub async fn overwrites(
    env: Env<'_>,
    ticket: &Ticket,
) -> Result<Vec<crate::domain::permissions::Overwrite>, BotError> {
    let core = &env.data.core;
    let settings = settings::load(&core.db, ticket.guild).await?;
    let (support, admins) = handlers(env, ticket.guild, ticket.panel).await?;
    let added = tickets::members(&core.db, ticket.id).await?;
    Ok(rules::ticket_overwrites(&Access {
        everyone: RoleId::new(ticket.guild.get()),
        bot: env.data.bot_id,
        opener: ticket.opener,
        added: &added,
        support: &support,
        admins: &admins,
        claimed_by: ticket.claimed_by,
        claim_support_can_view: settings.claim_support_can_view,
        claim_support_can_type: settings.claim_support_can_type,
        opener_denied: settings.opener_denied,
        support_denied: settings.support_denied,
    }))
}

/// Replaces a channel-mode ticket's overwrites with what the rules say now. Thread-mode
/// tickets are managed through thread membership instead (nothing to do here).
pub async fn apply(env: Env<'_>, ticket: &Ticket) -> Result<(), BotError> {
    let Some(channel) = ticket.channel else {
        return Ok(());
    };
    if ticket.is_thread {
        return Ok(());
    }
    let lock = env.data.ticket_lock(ticket.id);
    let _held = lock.lock().await;
    let wanted = overwrites(env, ticket).await?;
    serenity::ChannelId::new(channel.get())
        .edit(
            env.http,
            serenity::EditChannel::new().permissions(to_serenity(&wanted)),
        )
        .await?;
    Ok(())
}
