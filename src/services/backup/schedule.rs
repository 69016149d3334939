//! Backups while ticketbox runs: one every `backup.interval`, retried with back-off after a
//! failure (1, 2, 4 … minutes, at most the interval), one at a time in this process, each
//! followed by retention. The last result feeds `/healthz` and the log.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::take::Taken;
use super::{BackupError, Quiet, ids, prune, take, target};
use crate::clock::Timestamp;
use crate::domain::backups::{is_stale, retry_after_ms, taken_at};
use crate::services::AppCore;

/// The last results, for `/healthz`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub last_ok: Option<Timestamp>,
    pub last_error: Option<String>,
    /// Failures since the last good backup.
    pub failures: u32,
}

/// The backups' state in the running process.
#[derive(Default)]
pub struct Backups {
    status: std::sync::Mutex<Status>,
    /// One backup at a time (the schedule, `backup now` handed over by the CLI).
    running: tokio::sync::Mutex<()>,
}

impl Backups {
    pub fn status(&self) -> Status {
        self.status
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn update(&self, change: impl FnOnce(&mut Status)) {
        change(
            &mut self
                .status
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
    }
}

/// Whether the last good backup is older than twice the interval.
pub fn stale(core: &AppCore, status: &Status) -> bool {
    let interval = i64::try_from(core.config.backup.interval().as_millis()).unwrap_or(i64::MAX);
    is_stale(status.last_ok, interval, core.clock.now())
}

/// Takes a backup now, then applies retention; records the outcome.
pub async fn run_once(core: &AppCore) -> Result<Taken, BackupError> {
    let _alone = core.backups.running.lock().await;
    let result: Result<Taken, BackupError> = async {
        let target = target(&core.config)?;
        let taken = take(core, &target, &Quiet).await?;
        let b = &core.config.backup;
        let pruned = prune(&target, core.archive.keys(), b.keep_daily, b.keep_weekly).await?;
        if !pruned.backups.is_empty() {
            tracing::info!(backups = ?pruned.backups, objects = pruned.objects, "backups past retention deleted");
        }
        Ok(taken)
    }
    .await;
    let now = core.clock.now();
    match &result {
        Ok(t) => {
            tracing::info!(id = %t.id, objects = t.objects, copied = t.copied, bytes_copied = t.bytes_copied, "backup taken");
            core.backups.update(|s| {
                s.last_ok = Some(now);
                s.last_error = None;
                s.failures = 0;
            });
        }
        Err(e) => {
            tracing::error!(error = %e, "backup failed");
            core.backups.update(|s| {
                s.last_error = Some(e.to_string());
                s.failures += 1;
            });
        }
    }
    result
}

/// The schedule: runs until `shutdown`.
pub async fn run(core: Arc<AppCore>, shutdown: CancellationToken) {
    if !core.config.backup.is_configured() {
        return;
    }
    // The newest backup already there counts as the last good one.
    if let Ok(target) = target(&core.config)
        && let Ok(list) = ids(&target).await
        && let Some(at) = list.last().and_then(|id| taken_at(id))
    {
        core.backups.update(|s| s.last_ok = Some(at));
    }
    let interval = i64::try_from(core.config.backup.interval().as_millis()).unwrap_or(i64::MAX);
    loop {
        let status = core.backups.status();
        let now = core.clock.now().millis();
        let due = if status.failures > 0 {
            now + retry_after_ms(status.failures, interval)
        } else {
            status.last_ok.map_or(now, |t| t.millis() + interval)
        };
        let wait = Duration::from_millis(u64::try_from(due - now).unwrap_or(0));
        tokio::select! {
            () = shutdown.cancelled() => return,
            () = tokio::time::sleep(wait) => {}
        }
        let _ = run_once(&core).await;
    }
}
