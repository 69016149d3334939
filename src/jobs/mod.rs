//! The durable job runner: takes due jobs from SQLite, runs them, completes them or schedules
//! a retry with back-off. `app` starts it beside the HTTP server and the bot, so jobs that need
//! no Discord (removals, exports, guild purges, rekeys) run while the bot is offline or not
//! configured; Discord-bound kinds wait until the bot has connected and run through the
//! services' [`DiscordPort`](crate::services::DiscordPort). A job interrupted by a stop or
//! crash is taken again when its lease runs out (at start, at once).

mod sweeps;
mod work;

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::clock::Timestamp;
use crate::domain::job_kind::JobKind;
use crate::domain::jobs::retry_delay;
use crate::ids::TicketId;
use crate::services::{AppCore, JobOutcome};
use crate::store::jobs::{self, Job};
use crate::store::tickets;

/// How long a claimed job is reserved for its worker.
const LEASE_MS: i64 = 5 * 60 * 1000;
/// How often a running job's lease is renewed.
const RENEW_EVERY: Duration = Duration::from_secs(100);
/// How often the runner looks for due jobs without being woken.
const POLL: Duration = Duration::from_secs(2);
/// Jobs running at once.
const PARALLEL: usize = 8;
/// How often guilds the bot left are checked for a due purge.
const PURGE_SWEEP: Duration = Duration::from_hours(1);
/// How often open tickets are checked against their guild's auto-close rules.
const AUTOCLOSE_SWEEP: Duration = Duration::from_mins(1);
/// The shortest gap between two auto-close sweeps.
const MIN_AUTOCLOSE_GAP: Duration = Duration::from_secs(1);
/// How often a backlog (pending or failed jobs) is logged.
const BACKLOG_REPORT: Duration = Duration::from_mins(5);
/// A job failing this often is parked as `failed` for the operator.
const MAX_ATTEMPTS: u32 = 25;

/// Runs until `stop`. A stop abandons jobs in flight (every job is idempotent); they stay
/// `running` and the next start resumes them.
pub async fn run(core: Arc<AppCore>, stop: CancellationToken) {
    match jobs::release_orphans(&core.db, core.clock.now()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(jobs = n, "resuming jobs interrupted by the last stop"),
        Err(e) => tracing::error!(error = %e, "cannot release interrupted jobs"),
    }
    let wake = core.jobs_waker();
    // Jobs run side by side, so one held up by Discord (a rename waiting out its rate limit)
    // does not hold up the closes behind it.
    let slots = Arc::new(tokio::sync::Semaphore::new(PARALLEL));
    let mut running = tokio::task::JoinSet::new();
    // On the application's clock, so a test that moves time sees the hourly work happen.
    let mut next_sweep = core.clock.now();
    let mut next_report = core.clock.now();
    let mut next_autoclose = core.clock.now();
    loop {
        while running.try_join_next().is_some() {}
        if core.clock.now() >= next_sweep {
            sweeps::hourly(&core).await;
            next_sweep = later(core.clock.now(), PURGE_SWEEP);
        }
        if core.clock.now() >= next_autoclose {
            let due = sweeps::autoclose(&core).await;
            // Back at the next warning or close, or in a minute (rules change, people write);
            // when a due ticket's job was still running, on the next turn of this loop (a
            // finished job wakes it).
            let now = core.clock.now();
            next_autoclose = match due {
                Some(at) if at <= now => now,
                Some(at) => at.clamp(later(now, MIN_AUTOCLOSE_GAP), later(now, AUTOCLOSE_SWEEP)),
                None => later(now, AUTOCLOSE_SWEEP),
            };
        }
        if core.clock.now() >= next_report {
            sweeps::report_backlog(&core).await;
            next_report = later(core.clock.now(), BACKLOG_REPORT);
        }
        for job in claim(&core, slots.available_permits()).await {
            let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
                return;
            };
            let (core, wake) = (Arc::clone(&core), Arc::clone(&wake));
            running.spawn(async move {
                run_leased(&core, job).await;
                drop(slot);
                // A slot is free: look for more due work.
                wake.notify_one();
            });
        }
        tokio::select! {
            () = stop.cancelled() => {
                running.abort_all();
                return;
            }
            () = wake.notified() => {}
            () = tokio::time::sleep(POLL) => {}
        }
    }
}

/// Up to `free` due jobs; only those needing no Discord while the bot is not connected.
async fn claim(core: &AppCore, free: usize) -> Vec<Job> {
    let free = u32::try_from(free).unwrap_or(0);
    if free == 0 {
        return Vec::new();
    }
    let only = core
        .discord_port()
        .is_none()
        .then_some(&JobKind::OFFLINE[..]);
    match jobs::claim_due(&core.db, core.clock.now(), LEASE_MS, free, only).await {
        Ok(due) => due,
        Err(e) => {
            tracing::error!(error = %e, "cannot read due jobs");
            Vec::new()
        }
    }
}

/// Runs a job while renewing its lease, so a long job (a large archive over a slow link) is
/// never taken by a second run. If the lease is lost anyway (the database was unreachable for
/// longer than the lease), the run stops: the job's new holder finishes it.
async fn run_leased(core: &AppCore, job: Job) {
    let claim = job.claim();
    let run = async {
        let started = std::time::Instant::now();
        let outcome = work::run_one(core, &job).await;
        crate::services::metrics::job_ran(
            &job.kind,
            match &outcome {
                crate::services::JobOutcome::Done => "done",
                crate::services::JobOutcome::Retry(_) => "retry",
                crate::services::JobOutcome::Fail(_) => "failed",
            },
            started.elapsed().as_secs_f64(),
        );
        record(core, &job, outcome).await;
    };
    tokio::pin!(run);
    let mut renew = tokio::time::interval(RENEW_EVERY);
    renew.tick().await;
    loop {
        tokio::select! {
            () = &mut run => return,
            _ = renew.tick() => {
                let now = core.clock.now();
                let until = Timestamp::from_millis(now.millis() + LEASE_MS);
                match jobs::renew(&core.db, claim, until, now).await {
                    Ok(true) => {}
                    Ok(false) => {
                        tracing::warn!(job = %claim.id, "lost a job's lease; another run has it");
                        return;
                    }
                    Err(e) => tracing::warn!(job = %claim.id, error = %e, "cannot renew a job's lease"),
                }
            }
        }
    }
}

/// Completes, parks or reschedules `job` after a run.
async fn record(core: &AppCore, job: &Job, outcome: JobOutcome) {
    let db = &core.db;
    let now = core.clock.now();
    let claim = job.claim();
    let recorded = match outcome {
        JobOutcome::Done => jobs::complete(db, claim, now).await,
        JobOutcome::Fail(error) => {
            tracing::error!(job = %job.id, kind = %job.kind, %error, "job failed permanently");
            jobs::fail(db, claim, error, now).await
        }
        JobOutcome::Retry(error)
            if job.attempts >= MAX_ATTEMPTS && !transcript_still_pending(core, job).await =>
        {
            tracing::error!(job = %job.id, kind = %job.kind, %error, attempts = job.attempts, "job gave up after too many attempts");
            jobs::fail(db, claim, error, now).await
        }
        JobOutcome::Retry(error) => {
            let delay = retry_delay(job.attempts, jitter());
            tracing::warn!(job = %job.id, kind = %job.kind, %error, retry_in_s = delay.as_secs(), "job failed; will retry");
            jobs::retry(db, claim, error, later(now, delay), now).await
        }
    };
    match recorded {
        Ok(true) => {}
        Ok(false) => {
            tracing::warn!(job = %job.id, "a job outlived its lease and was taken again; this run's outcome is dropped");
        }
        Err(e) => {
            tracing::error!(job = %job.id, error = %e, "cannot record a job's outcome; it runs again after its lease");
        }
    }
}

/// A close keeps its ticket's channel until the transcript is stored, so until then it never
/// gives up (it retries every 30 minutes once the back-off is at its cap). After that, a close
/// failing for good (the log post, the delete) is parked like any job.
async fn transcript_still_pending(core: &AppCore, job: &Job) -> bool {
    let Ok(JobKind::CloseTicket { ticket }) = job.work() else {
        return false;
    };
    match tickets::close_progress(&core.db, TicketId::new(ticket)).await {
        Ok(done) => done & tickets::CLOSE_ARCHIVED == 0,
        // Unsure: keep trying rather than risk dropping a transcript.
        Err(_) => true,
    }
}

/// `by` after `at`.
fn later(at: Timestamp, by: Duration) -> Timestamp {
    Timestamp::from_millis(at.millis() + i64::try_from(by.as_millis()).unwrap_or(i64::MAX / 2))
}

/// A random factor in [0.5, 1.0] for retry jitter.
fn jitter() -> f64 {
    use ring::rand::SecureRandom;
    let mut bytes = [0_u8; 2];
    let _ = ring::rand::SystemRandom::new().fill(&mut bytes);
    0.5 + f64::from(u16::from_le_bytes(bytes)) / f64::from(u16::MAX) / 2.0
}
