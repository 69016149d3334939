//! One job's work, matched on its kind in one place: the kinds that need no Discord run here
//! through the services; the others go to Discord through the port.

use crate::clock::Timestamp;
use crate::domain::job_kind::JobKind;
use crate::ids::{GuildId, UserId};
use crate::services::{AppCore, JobOutcome, privacy, rekey};
use crate::store::jobs::Job;

pub(super) async fn run_one(core: &AppCore, job: &Job) -> JobOutcome {
    let work = match job.work() {
        Ok(work) => work,
        Err(e) => return JobOutcome::Fail(e.to_string()),
    };
    if work.needs_discord() {
        return match core.discord_port() {
            Some(discord) => discord.run_job(&work, job.attempts).await,
            // The bot went away between the claim and the run.
            None => JobOutcome::Retry("the bot is not connected to Discord".to_owned()),
        };
    }
    let done = match work {
        JobKind::PurgeGuild { guild } => {
            let cutoff = purge_cutoff(core);
            privacy::purge_guild(core, GuildId::new(guild), cutoff)
                .await
                .map(drop)
                .map_err(|e| e.to_string())
        }
        JobKind::PurgeUser { user } => privacy::purge_user(core, UserId::new(user))
            .await
            .map(drop)
            .map_err(|e| e.to_string()),
        JobKind::ExportUser { user } => {
            privacy::export_user_to_file(core, UserId::new(user), job.id)
                .await
                .map_err(|e| e.to_string())
        }
        JobKind::RekeyArchive {} => rekey_archive(core, job).await,
        JobKind::DataRequest { id } => crate::services::data_requests::carry_out(core, id).await,
        JobKind::BackupNow {} => crate::services::backup::run_once(core)
            .await
            .map(drop)
            .map_err(|e| e.to_string()),
        discord => return JobOutcome::Fail(format!("{} needs Discord", discord.name())),
    };
    match done {
        Ok(()) => JobOutcome::Done,
        Err(error) => JobOutcome::Retry(error),
    }
}

/// `archive rekey` handed over by the command: progress goes to the job's row.
async fn rekey_archive(core: &AppCore, job: &Job) -> Result<(), String> {
    let report = rekey::rekey_all(core, rekey::Progress::Job(job.id))
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(
        checked = report.checked,
        resealed = report.resealed,
        skipped = report.skipped,
        failed = report.failed.len(),
        "archive rekey finished"
    );
    Ok(())
}

/// Guilds left before this are due for purging.
pub(super) fn purge_cutoff(core: &AppCore) -> Timestamp {
    let days = i64::from(core.config.archive.guild_purge_days);
    Timestamp::from_millis(core.clock.now().millis() - days * 24 * 60 * 60 * 1000)
}
