//! Moving a ticket channel to its panel's awaiting-response category while the opener owes a
//! reply, and back when they write ([`crate::domain::pending`] has the rules). Runs as the
//! durable [`crate::domain::job_kind::JobKind::MoveAwaiting`] job: the place is decided when
//! the job runs (the last state wins), at most one move per ticket per ten minutes, and the
//! channel keeps its own permission overwrites (Discord's Modify Channel only syncs them with
//! the new category when asked to with `lock_permissions`).

use poise::serenity_prelude as serenity;

use super::{Env, channel_gone, is_category_full, open};
use crate::domain::pending::{Place, next_move_at, place_for};
use crate::ids::{ChannelId, TicketId};
use crate::services::{JobOutcome, facts};
use crate::store::{awaiting, settings};

/// Runs one move job.
pub async fn run(env: Env<'_>, id: TicketId) -> JobOutcome {
    JobOutcome::retry_on_error(run_inner(env, id).await)
}

async fn run_inner(env: Env<'_>, id: TicketId) -> Result<(), String> {
    let core = &env.data.core;
    let text = |e: &dyn std::fmt::Display| e.to_string();
    let Some(s) = awaiting::state(&core.db, id).await.map_err(|e| text(&e))? else {
        return Ok(());
    };
    let Some(channel) = s.channel.filter(|_| s.open && !s.is_thread) else {
        return Ok(());
    };
    let target = place_for(s.last_kind, s.place, s.awaiting_category.is_some());
    if target == s.place {
        return Ok(());
    }
    let now = core.clock.now();
    let due = next_move_at(s.moved_at, now);
    if due > now {
        // Moved less than ten minutes ago: the move waits, and then reads the state again.
        return awaiting::schedule_at(&core.db, id, due, now)
            .await
            .map_err(|e| text(&e));
    }
    // Not in the cache (deleted by hand, or the cache is behind): Discord decides in move_to.
    let parent = facts::channel(core, channel)
        .await
        .map_err(|e| text(&e))?
        .and_then(|c| c.parent_id);
    move_to(env, id, channel, target, &s, parent).await
}

/// The category `target` means for this ticket: the awaiting category, or home (where it came
/// from, else the panel's category, else the server's ticket category), skipping categories
/// deleted by hand.
async fn category_for(
    env: Env<'_>,
    s: &awaiting::MoveState,
    target: Place,
) -> Result<ChannelId, String> {
    let core = &env.data.core;
    let exists = |c: ChannelId| async move {
        facts::channel(core, c)
            .await
            .is_ok_and(|found| found.is_some())
    };
    let candidates = match target {
        Place::Awaiting => vec![s.awaiting_category],
        Place::Home => vec![s.home, s.panel_category],
    };
    for c in candidates.into_iter().flatten() {
        if exists(c).await {
            return Ok(c);
        }
    }
    open::ensure_category(env, s.guild, false)
        .await
        .map_err(|e| e.to_string())
}

async fn move_to(
    env: Env<'_>,
    id: TicketId,
    channel: ChannelId,
    target: Place,
    s: &awaiting::MoveState,
    parent: Option<ChannelId>,
) -> Result<(), String> {
    let core = &env.data.core;
    let category = category_for(env, s, target).await?;
    let edit = |to: ChannelId| {
        serenity::ChannelId::new(channel.get()).edit(
            env.http,
            serenity::EditChannel::new().category(Some(serenity::ChannelId::new(to.get()))),
        )
    };
    let moved = match edit(category).await {
        // A full category spills over as a new ticket does: into "Tickets (overflow)".
        Err(e) if is_category_full(&e) => {
            let overflow = open::ensure_category(env, s.guild, true)
                .await
                .map_err(|e| e.to_string())?;
            if overflow == category || parent == Some(overflow) {
                tracing::warn!(guild = %s.guild, ticket = %id, "the target category and the overflow category are full; the ticket stays where it is");
                return Ok(());
            }
            edit(overflow).await
        }
        other => other,
    };
    match moved {
        Ok(_) => {}
        Err(e) if channel_gone(&e) => return Ok(()),
        Err(e) => return Err(e.to_string()),
    }
    // Moving away from home: remember where home is (the category it was in, else the
    // server's ticket category).
    let home = match (target, parent) {
        (Place::Home, _) => None,
        (Place::Awaiting, Some(h)) => Some(h),
        (Place::Awaiting, None) => {
            settings::load(&core.db, s.guild)
                .await
                .map_err(|e| e.to_string())?
                .ticket_category
        }
    };
    awaiting::moved(&core.db, id, target, home, core.clock.now())
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(guild = %s.guild, ticket = %id, place = target.as_str(), "moved a ticket channel");
    Ok(())
}
