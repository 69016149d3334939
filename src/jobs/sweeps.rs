//! The runner's periodic chores: scheduling guild purges, deleting uncollected exports and old
//! finished jobs, and logging a backlog.

use crate::clock::Timestamp;
use crate::domain::job_kind::JobKind;
use crate::services::{AppCore, privacy};
use crate::store::jobs;

/// Once an hour (and at start).
pub(super) async fn hourly(core: &AppCore) {
    schedule_guild_purges(core).await;
    sweep_exports(core).await;
    sweep_finished_jobs(core).await;
}

/// Logs pending and failed job counts when there are any (the same figures `/healthz` shows),
/// so an archive waiting for S3 is visible in the log too.
pub(super) async fn report_backlog(core: &AppCore) {
    match jobs::counts(&core.db).await {
        Ok((0, 0)) => {}
        Ok((pending, 0)) => tracing::info!(pending, failed = 0, "jobs waiting"),
        Ok((pending, failed)) => {
            tracing::warn!(
                pending,
                failed,
                "jobs waiting; failed jobs need the operator"
            );
        }
        Err(e) => tracing::error!(error = %e, "cannot count jobs"),
    }
}

/// Queues the auto-close warnings and closes that are due; returns when to look again: at
/// once while a due ticket's previous job is still running, else when the next one is due.
pub(super) async fn autoclose(core: &AppCore) -> Option<Timestamp> {
    match crate::services::autoclose::sweep(core).await {
        Ok(swept) => {
            if swept.queued > 0 {
                tracing::info!(tickets = swept.queued, "auto-close due");
            }
            if swept.busy {
                Some(core.clock.now())
            } else {
                swept.next_due
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "cannot check tickets for auto-close");
            None
        }
    }
}

/// Deletes exports a CLI handed over but stopped waiting for, a day after they were written.
async fn sweep_exports(core: &AppCore) {
    let config = core.config.clone();
    let swept = tokio::task::spawn_blocking(move || {
        privacy::sweep_exports(&config, privacy::UNCOLLECTED_EXPORT)
    })
    .await;
    if let Ok(n @ 1..) = swept {
        tracing::info!(files = n, "deleted exports no one collected");
    }
}

/// Deletes old finished jobs (and their payloads).
async fn sweep_finished_jobs(core: &AppCore) {
    match jobs::sweep_finished(&core.db, core.clock.now()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(jobs = n, "deleted old finished jobs"),
        Err(e) => tracing::warn!(error = %e, "cannot delete old finished jobs"),
    }
}

/// Enqueues a purge job (once per guild) for every guild the bot left more than the grace
/// period ago.
async fn schedule_guild_purges(core: &AppCore) {
    let db = &core.db;
    let cutoff = super::work::purge_cutoff(core);
    let due = match crate::store::privacy::guilds_left_before(db, cutoff).await {
        Ok(due) => due,
        Err(e) => {
            tracing::error!(error = %e, "cannot look for guilds to purge");
            return;
        }
    };
    let now = core.clock.now();
    for guild in due {
        let queued = jobs::enqueue(
            db,
            JobKind::PurgeGuild { guild: guild.get() },
            Some(format!("purge-guild:{guild}")),
            now,
            now,
        )
        .await;
        if let Err(e) = queued {
            tracing::error!(guild = %guild, error = %e, "cannot schedule a guild purge");
        }
    }
}
