//! The durable job runner: takes due jobs from SQLite, runs them, completes them or schedules
//! a retry with back-off. Runs inside the Discord client (jobs need its REST client) and stops
//! with it; a job interrupted by a stop or crash is taken again when its lease runs out.

use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio_util::sync::CancellationToken;

use super::Data;
use super::tickets::{Env, close, discord_code};
use crate::clock::Timestamp;
use crate::domain::job_kind::JobKind;
use crate::domain::jobs::retry_delay;
use crate::ids::{ChannelId, GuildId, TicketId};
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
/// How often a backlog (pending or failed jobs) is logged.
const BACKLOG_REPORT: Duration = Duration::from_mins(5);
/// A job failing this often is parked as `failed` for the operator.
const MAX_ATTEMPTS: u32 = 25;

enum Outcome {
    Done,
    Retry(String),
    Fail(String),
}

/// Runs until `stop`. First cleans up tickets a previous process left half-opened.
pub async fn run(http: std::sync::Arc<serenity::Http>, data: Data, stop: CancellationToken) {
    match jobs::release_orphans(&data.core.db, data.core.clock.now()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(jobs = n, "resuming jobs interrupted by the last stop"),
        Err(e) => tracing::error!(error = %e, "cannot release interrupted jobs"),
    }
    recover_half_opened(&http, &data).await;
    let wake = data.jobs_waker();
    // Jobs run side by side, so one held up by Discord (a rename waiting out its rate limit)
    // does not hold up the closes behind it.
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(PARALLEL));
    // In-flight jobs. A stop abandons them (every job is idempotent); they stay `running` and
    // the next start resumes them.
    let mut running = tokio::task::JoinSet::new();
    let mut next_sweep = std::time::Instant::now();
    let mut next_report = std::time::Instant::now();
    loop {
        while running.try_join_next().is_some() {}
        if std::time::Instant::now() >= next_sweep {
            schedule_guild_purges(&data).await;
            sweep_exports(&data).await;
            sweep_finished_jobs(&data).await;
            next_sweep = std::time::Instant::now() + PURGE_SWEEP;
        }
        if std::time::Instant::now() >= next_report {
            report_backlog(&data).await;
            next_report = std::time::Instant::now() + BACKLOG_REPORT;
        }
        let now = data.core.clock.now();
        let free = u32::try_from(slots.available_permits()).unwrap_or(0);
        let due = if free == 0 {
            Ok(Vec::new())
        } else {
            jobs::claim_due(&data.core.db, now, LEASE_MS, free).await
        };
        match due {
            Ok(due) => {
                for job in due {
                    let Ok(slot) = std::sync::Arc::clone(&slots).acquire_owned().await else {
                        return;
                    };
                    let (http, data, wake) = (
                        std::sync::Arc::clone(&http),
                        data.clone(),
                        std::sync::Arc::clone(&wake),
                    );
                    running.spawn(async move {
                        run_leased(&http, &data, job).await;
                        drop(slot);
                        // A slot is free: look for more due work.
                        wake.notify_one();
                    });
                }
            }
            Err(e) => tracing::error!(error = %e, "cannot read due jobs"),
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

/// Runs a job while renewing its lease, so a long job (a large archive over a slow link) is
/// never taken by a second run. If the lease is lost anyway (the database was unreachable for
/// longer than the lease), the run stops: the job's new holder finishes it.
async fn run_leased(http: &serenity::Http, data: &Data, job: Job) {
    let claim = job.claim();
    let work = run_one(http, data, job);
    tokio::pin!(work);
    let mut renew = tokio::time::interval(RENEW_EVERY);
    renew.tick().await;
    loop {
        tokio::select! {
            () = &mut work => return,
            _ = renew.tick() => {
                let now = data.core.clock.now();
                let until = Timestamp::from_millis(now.millis() + LEASE_MS);
                match jobs::renew(&data.core.db, claim, until, now).await {
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

async fn run_one(http: &serenity::Http, data: &Data, job: Job) {
    let env = Env { http, data };
    let work = match job.work() {
        Ok(work) => work,
        Err(e) => {
            record(data, &job, Outcome::Fail(e.to_string())).await;
            return;
        }
    };
    let outcome = match work {
        JobKind::CloseTicket { ticket } => {
            match close::finish(env, TicketId::new(ticket), job.attempts).await {
                Ok(()) => Outcome::Done,
                Err(close::FinishError::Missing(id)) => {
                    Outcome::Fail(format!("ticket {id} no longer exists"))
                }
                Err(
                    e @ (close::FinishError::Retry(_)
                    | close::FinishError::Archive(_)
                    | close::FinishError::PurgeRunning),
                ) => Outcome::Retry(e.to_string()),
            }
        }
        JobKind::DelayedClose { ticket } => delayed_close(env, TicketId::new(ticket)).await,
        JobKind::RenameChannel { channel, name } => match serenity::ChannelId::new(channel)
            .edit(http, serenity::EditChannel::new().name(name))
            .await
        {
            Ok(_) => Outcome::Done,
            Err(e) if discord_code(&e) == Some(10003) => Outcome::Done,
            Err(e) => Outcome::Retry(e.to_string()),
        },
        JobKind::DeleteChannel { channel } => {
            match serenity::ChannelId::new(channel).delete(http).await {
                Ok(_) => Outcome::Done,
                Err(e) if discord_code(&e) == Some(10003) => Outcome::Done,
                Err(e) => Outcome::Retry(e.to_string()),
            }
        }
        JobKind::PurgeGuild { guild } => {
            let cutoff = purge_cutoff(data);
            match crate::app::privacy::purge_guild(&data.core, GuildId::new(guild), cutoff).await {
                Ok(_) => Outcome::Done,
                Err(e) => Outcome::Retry(e.to_string()),
            }
        }
        JobKind::PurgeUser { user } => data_request(data, &job, user, true).await,
        JobKind::ExportUser { user } => data_request(data, &job, user, false).await,
        JobKind::RekeyArchive {} => rekey(data, &job).await,
        JobKind::ScrubThread { channel, welcome } => {
            scrub_thread(http, data, channel, welcome).await
        }
    };
    record(data, &job, outcome).await;
}

/// Completes, parks or reschedules `job` after a run.
async fn record(data: &Data, job: &Job, outcome: Outcome) {
    let db = &data.core.db;
    let now = data.core.clock.now();
    let claim = job.claim();
    let recorded = match outcome {
        Outcome::Done => jobs::complete(db, claim, now).await,
        Outcome::Fail(error) => {
            tracing::error!(job = %job.id, kind = %job.kind, %error, "job failed permanently");
            jobs::fail(db, claim, error, now).await
        }
        Outcome::Retry(error)
            if job.attempts >= MAX_ATTEMPTS && !transcript_still_pending(data, job).await =>
        {
            tracing::error!(job = %job.id, kind = %job.kind, %error, attempts = job.attempts, "job gave up after too many attempts");
            jobs::fail(db, claim, error, now).await
        }
        Outcome::Retry(error) => {
            let delay = retry_delay(job.attempts, jitter());
            tracing::warn!(job = %job.id, kind = %job.kind, %error, retry_in_s = delay.as_secs(), "job failed; will retry");
            let at = Timestamp::from_millis(
                now.millis() + i64::try_from(delay.as_millis()).unwrap_or(i64::MAX),
            );
            jobs::retry(db, claim, error, at, now).await
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
async fn transcript_still_pending(data: &Data, job: &Job) -> bool {
    let Ok(JobKind::CloseTicket { ticket }) = job.work() else {
        return false;
    };
    match tickets::close_progress(&data.core.db, TicketId::new(ticket)).await {
        Ok(done) => done & tickets::CLOSE_ARCHIVED == 0,
        // Unsure: keep trying rather than risk dropping a transcript.
        Err(_) => true,
    }
}

/// `archive rekey` handed over by the command: progress goes to the job's row.
async fn rekey(data: &Data, job: &Job) -> Outcome {
    let progress = crate::app::rekey::Progress::Job(job.id);
    match crate::app::rekey::rekey_all(&data.core, progress).await {
        Ok(report) => {
            tracing::info!(
                checked = report.checked,
                resealed = report.resealed,
                skipped = report.skipped,
                failed = report.failed.len(),
                "archive rekey finished"
            );
            Outcome::Done
        }
        Err(e) => Outcome::Retry(e.to_string()),
    }
}

/// After a removal: the bot's messages about the removed opener in a kept thread.
async fn scrub_thread(
    http: &serenity::Http,
    data: &Data,
    channel: u64,
    welcome: Option<u64>,
) -> Outcome {
    let bot = serenity::UserId::new(data.bot_id.get());
    let welcome = welcome.map(crate::ids::MessageId::new);
    match super::tickets::scrub::scrub_thread(http, bot, ChannelId::new(channel), welcome).await {
        Ok(()) => Outcome::Done,
        Err(e) => Outcome::Retry(e.to_string()),
    }
}

/// A `/closerequest` delay ran out: close the ticket if it is still open.
async fn delayed_close(env: Env<'_>, id: TicketId) -> Outcome {
    let db = &env.data.core.db;
    let ticket = match tickets::by_id(db, id).await {
        Ok(Some(t)) => t,
        Ok(None) => return Outcome::Done,
        Err(e) => return Outcome::Retry(e.to_string()),
    };
    let request = match tickets::close_request(db, id).await {
        Ok(Some(request)) => request,
        // Declined or already closed: nothing to do.
        Ok(None) => return Outcome::Done,
        Err(e) => return Outcome::Retry(e.to_string()),
    };
    // A newer request replaced this one (its own job closes later), or the deadline moved.
    if request
        .close_at
        .is_none_or(|at| at > env.data.core.clock.now())
    {
        return Outcome::Done;
    }
    // Whoever asked must still be staff when the deadline comes.
    match crate::discord::facts::level_of(&env.data.core, ticket.guild, request.requested_by).await
    {
        Ok(level) if level >= crate::domain::levels::Level::Support => {}
        Ok(_) => {
            tracing::info!(ticket = %ticket.number, "close request dropped: its author is no longer staff");
            let _ = tickets::clear_close_request(db, id, env.data.core.clock.now()).await;
            return Outcome::Done;
        }
        Err(e) => return Outcome::Retry(e.to_string()),
    }
    match close::close(
        env,
        &ticket,
        request.requested_by,
        Some("Close request: no answer before the deadline".to_owned()),
    )
    .await
    {
        Ok(()) | Err(super::BotError::User(_)) => Outcome::Done,
        Err(e) => Outcome::Retry(e.to_string()),
    }
}

/// Logs pending and failed job counts when there are any (the same figures `/healthz` shows),
/// so an archive waiting for S3 is visible in the log too.
async fn report_backlog(data: &Data) {
    match jobs::counts(&data.core.db).await {
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

/// Deletes exports a CLI handed over but stopped waiting for, a day after they were written.
async fn sweep_exports(data: &Data) {
    let config = data.core.config.clone();
    let swept = tokio::task::spawn_blocking(move || {
        crate::app::privacy::sweep_exports(&config, crate::app::privacy::UNCOLLECTED_EXPORT)
    })
    .await;
    if let Ok(n @ 1..) = swept {
        tracing::info!(files = n, "deleted exports no one collected");
    }
}

/// Deletes old finished jobs (and their payloads).
async fn sweep_finished_jobs(data: &Data) {
    match jobs::sweep_finished(&data.core.db, data.core.clock.now()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(jobs = n, "deleted old finished jobs"),
        Err(e) => tracing::warn!(error = %e, "cannot delete old finished jobs"),
    }
}

/// A `data purge-user` / `export-user` the CLI handed over (it cannot open the cache this
/// process holds).
async fn data_request(data: &Data, job: &Job, user: u64, purge: bool) -> Outcome {
    let user = crate::ids::UserId::new(user);
    let done = if purge {
        crate::app::privacy::purge_user(&data.core, user)
            .await
            .map(drop)
    } else {
        crate::app::privacy::export_user_to_file(&data.core, user, job.id).await
    };
    match done {
        Ok(()) => Outcome::Done,
        Err(e) => Outcome::Retry(e.to_string()),
    }
}

/// Guilds left before this are due for purging.
fn purge_cutoff(data: &Data) -> Timestamp {
    let days = i64::from(data.core.config.archive.guild_purge_days);
    Timestamp::from_millis(data.core.clock.now().millis() - days * 24 * 60 * 60 * 1000)
}

/// Enqueues a purge job (once per guild) for every guild the bot left more than the grace
/// period ago.
async fn schedule_guild_purges(data: &Data) {
    let db = &data.core.db;
    let due = match crate::store::privacy::guilds_left_before(db, purge_cutoff(data)).await {
        Ok(due) => due,
        Err(e) => {
            tracing::error!(error = %e, "cannot look for guilds to purge");
            return;
        }
    };
    let now = data.core.clock.now();
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

/// A random factor in [0.5, 1.0] for retry jitter.
fn jitter() -> f64 {
    use ring::rand::SecureRandom;
    let mut bytes = [0_u8; 2];
    let _ = ring::rand::SystemRandom::new().fill(&mut bytes);
    0.5 + f64::from(u16::from_le_bytes(bytes)) / f64::from(u16::MAX) / 2.0
}

/// Tickets left in `opening` by a process that died mid-open: remove their channel and give
/// the number back.
async fn recover_half_opened(http: &serenity::Http, data: &Data) {
    let db = &data.core.db;
    let stuck = match tickets::stuck_opening(db, data.core.clock.now()).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "cannot look for half-opened tickets");
            return;
        }
    };
    for ticket in stuck {
        if let Some(channel) = ticket.channel {
            match serenity::ChannelId::new(channel.get()).delete(http).await {
                Ok(_) => {}
                Err(e) if discord_code(&e) == Some(10003) => {}
                Err(e) => {
                    tracing::warn!(channel = %channel, error = %e, "cannot delete a half-opened ticket's channel now; retrying later");
                    let now = data.core.clock.now();
                    let _ = jobs::enqueue(
                        db,
                        JobKind::DeleteChannel {
                            channel: channel.get(),
                        },
                        Some(format!("delete-channel:{}", ChannelId::get(channel))),
                        now,
                        now,
                    )
                    .await;
                }
            }
        }
        if let Err(e) = tickets::roll_back(db, ticket.id).await {
            tracing::error!(ticket = %ticket.id, error = %e, "cannot roll back a half-opened ticket");
        } else {
            tracing::info!(guild = %ticket.guild, ticket = %ticket.number, "rolled back a ticket left half-opened by an earlier run");
        }
    }
}
