//! `archive rekey` as the running ticketbox (or the command, when ticketbox is stopped) carries
//! it out: every object re-sealed under the current key, one at a time and never at the same
//! time as a removal, a guild purge or an archive write (each object takes the removals lock
//! alone), and only while its ticket still exists, so a rekey cannot put back what a purge just
//! deleted or overwrite a newer transcript with an older one.

use super::AppCore;
use crate::archive::{ArchiveError, RekeyReport, Resealed, ticket_of};
use crate::ids::JobId;
use crate::store::{StoreError, jobs, tickets};

/// How often (in objects) progress is reported.
pub const REPORT_EVERY: usize = 20;

#[derive(Debug, thiserror::Error)]
pub enum RekeyError {
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where a rekey reports how far it got.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    /// Nowhere.
    Quiet,
    /// On stderr (the command, when ticketbox is stopped).
    Print,
    /// In the job's row, for the command waiting on it.
    Job(JobId),
}

impl Progress {
    async fn report(self, core: &AppCore, report: &RekeyReport) {
        match self {
            Self::Quiet => {}
            Self::Print => eprintln!("{}", progress_line(report)),
            Self::Job(id) => {
                let Ok(progress) = serde_json::to_string(report) else {
                    return;
                };
                if let Err(e) = jobs::set_progress(&core.db, id, progress).await {
                    tracing::warn!(job = %id, error = %e, "cannot record a rekey's progress");
                }
            }
        }
    }
}

/// Re-seals every archived object not sealed under the current key, reporting progress every
/// [`REPORT_EVERY`] objects and at the end.
pub async fn rekey_all(core: &AppCore, progress: Progress) -> Result<RekeyReport, RekeyError> {
    let names = core
        .archive
        .store()
        .list("guilds/")
        .await
        .map_err(ArchiveError::from)?;
    let mut report = RekeyReport {
        total: names.len(),
        ..RekeyReport::default()
    };
    progress.report(core, &report).await;
    for (i, name) in names.iter().enumerate() {
        let outcome = {
            let _alone = core.removals.write().await;
            if ticket_gone(core, name).await? {
                Resealed::Gone
            } else {
                core.archive.rekey_one(name).await?
            }
        };
        report.record(name, outcome);
        if (i + 1) % REPORT_EVERY == 0 {
            progress.report(core, &report).await;
        }
    }
    progress.report(core, &report).await;
    Ok(report)
}

/// Whether `name` belongs to a ticket whose row is gone (its guild was purged, or is being).
async fn ticket_gone(core: &AppCore, name: &str) -> Result<bool, StoreError> {
    let Some((guild, number)) = ticket_of(name) else {
        return Ok(false);
    };
    Ok(tickets::by_number(&core.db, guild, number).await?.is_none())
}

/// One line of progress for the command: "rekey: 40/120 objects checked, 35 re-sealed".
pub fn progress_line(report: &RekeyReport) -> String {
    format!(
        "rekey: {}/{} objects checked, {} re-sealed, {} converted, {} skipped, {} failed",
        report.checked,
        report.total,
        report.resealed,
        report.converted,
        report.skipped,
        report.failed.len()
    )
}
