//! `data export-user` and `data purge-user` while ticketbox runs. The running process holds the
//! cache file, so the CLI cannot do the work itself: it queues the request as a durable job in
//! SQLite (which both processes share), waits for the running ticketbox's job runner to carry it
//! out, and reports the result. A request that is not finished in time stays queued.

use std::path::Path;
use std::time::{Duration, Instant};

use super::Failure;
use crate::config::Config;
use crate::domain::job_kind::JobKind;
use crate::ids::{JobId, UserId};
use crate::store::privacy::{self, RequestKind};
use crate::store::{Db, jobs};

/// How often the CLI looks at the queued job.
const POLL: Duration = Duration::from_millis(250);

/// What the CLI hands over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    Export,
    Purge,
}

impl Request {
    fn job(self, user: UserId) -> JobKind {
        match self {
            Self::Export => JobKind::ExportUser { user: user.get() },
            Self::Purge => JobKind::PurgeUser { user: user.get() },
        }
    }

    fn logged_as(self) -> RequestKind {
        match self {
            Self::Export => RequestKind::Export,
            Self::Purge => RequestKind::Purge,
        }
    }
}

/// Whether a running ticketbox holds the cache of this configuration's data directory.
pub fn running_elsewhere(config: &Config) -> Result<bool, Failure> {
    let path = config.cache_path();
    if !path.exists() {
        return Ok(false);
    }
    match crate::cache::Cache::open(&path, false) {
        Ok(_) => Ok(false),
        Err(crate::cache::CacheError::InUse { .. }) => Ok(true),
        Err(e) => Err(Failure::failed(e.to_string())),
    }
}

/// Queues `request` for `user` with the running ticketbox and waits up to `wait` for it.
pub fn hand_over(
    config: &Config,
    request: Request,
    user: UserId,
    wait: Duration,
) -> Result<(), Failure> {
    let (db, runtime) = database_and_runtime(config)?;
    runtime.block_on(async {
        let now = crate::clock::Clock::now(&crate::clock::SystemClock);
        let job = jobs::enqueue(
            &db,
            request.job(user),
            None,
            now,
            now,
        )
        .await
        .map_err(|e| Failure::failed(e.to_string()))?
        .ok_or_else(|| Failure::failed("the request could not be queued"))?;
        eprintln!(
            "ticketbox is running and holds the cache: the request was handed to it (job {job}); waiting up to {} s",
            wait.as_secs()
        );
        wait_for(config, &db, request, job, wait).await?;
        match request {
            Request::Export => print_export(&crate::services::privacy::export_file(config, job)),
            Request::Purge => {
                let detail = latest_detail(&db, request, user, now).await?;
                super::archive_commands::unprocessed_fails(&format!("user {user} {detail}"))
            }
        }
    })
}

async fn wait_for(
    config: &Config,
    db: &Db,
    request: Request,
    job: JobId,
    wait: Duration,
) -> Result<(), Failure> {
    let export = (request == Request::Export).then(|| {
        format!(
            "the export will be written to {} and deleted after a day if no one collects it",
            crate::services::privacy::export_file(config, job).display()
        )
    });
    await_job(db, job, "the request", wait, export).await
}

/// Waits for job `id` (`what` names it) until it is done, failed, or `wait` has passed; the
/// "not finished" answer says it stays queued, adds `note`, and why it may wait.
async fn await_job(
    db: &Db,
    id: JobId,
    what: &str,
    wait: Duration,
    note: Option<String>,
) -> Result<(), Failure> {
    let deadline = Instant::now() + wait;
    loop {
        let status = jobs::status(db, id)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?
            .ok_or_else(|| Failure::failed(format!("job {id} disappeared from the queue")))?;
        match status.state.as_str() {
            "done" => return Ok(()),
            "failed" => {
                return Err(Failure::failed(format!(
                    "ticketbox gave up on {what}: {}",
                    status.last_error.unwrap_or_default()
                )));
            }
            _ if Instant::now() >= deadline => {
                let mut lines = vec![format!(
                    "not finished within {} s; {what} stays queued as job {id} and ticketbox carries it out when it can",
                    wait.as_secs()
                )];
                lines.extend(note);
                if status.attempts == 0 {
                    lines.push(
                        "it has not been started: ticketbox's job runner is busy with earlier jobs"
                            .into(),
                    );
                }
                if let Some(error) = status.last_error {
                    lines.push(format!("last attempt failed: {error}"));
                }
                return Err(Failure {
                    code: super::EXIT_FAILURE,
                    lines,
                });
            }
            _ => tokio::time::sleep(POLL).await,
        }
    }
}

/// The running process's record of the finished request.
async fn latest_detail(
    db: &Db,
    request: Request,
    user: UserId,
    since: crate::clock::Timestamp,
) -> Result<String, Failure> {
    let log = privacy::requests(db)
        .await
        .map_err(|e| Failure::failed(e.to_string()))?;
    Ok(log
        .into_iter()
        .rev()
        .find(|r| {
            r.kind == request.logged_as().as_str()
                && r.subject == user.get()
                && r.completed_at.is_some_and(|at| at >= since)
        })
        .and_then(|r| r.detail)
        .unwrap_or_else(|| "done".into()))
}

/// Prints the export the running process wrote, then deletes the file.
fn print_export(path: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::failed(format!("{}: {e}", path.display())))?;
    println!("{}", text.trim_end());
    std::fs::remove_file(path).map_err(|e| Failure::failed(format!("{}: {e}", path.display())))?;
    let export: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    super::archive_commands::unreadable_fails(&export)
}

/// How long a handed-over job may sit unstarted before the command says why it waits.
const NOT_STARTED_NOTE: Duration = Duration::from_secs(3);

/// `archive rekey` while ticketbox runs: queued as a job for the running process (it takes
/// turns with removals and archiving there); its progress is printed until it ends or `wait`
/// passes (then it carries on in ticketbox).
pub fn hand_over_rekey(config: &Config, wait: Duration) -> Result<(), Failure> {
    let (db, runtime) = database_and_runtime(config)?;
    runtime.block_on(async {
        let now = crate::clock::Clock::now(&crate::clock::SystemClock);
        let job = jobs::enqueue(&db, JobKind::RekeyArchive {}, None, now, now)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?
            .ok_or_else(|| Failure::failed("the rekey could not be queued"))?;
        eprintln!(
            "ticketbox is running: the rekey was handed to it (job {job}); waiting up to {} s",
            wait.as_secs()
        );
        let started = Instant::now();
        let deadline = started + wait;
        let mut printed = None;
        let mut noted = false;
        loop {
            let status = jobs::status(&db, job)
                .await
                .map_err(|e| Failure::failed(e.to_string()))?
                .ok_or_else(|| Failure::failed(format!("job {job} disappeared from the queue")))?;
            let report: Option<crate::archive::RekeyReport> = status
                .progress
                .as_deref()
                .and_then(|p| serde_json::from_str(p).ok());
            if let Some(r) = &report {
                let line = crate::services::rekey::progress_line(r);
                if printed.as_ref() != Some(&line) {
                    eprintln!("{line}");
                    printed = Some(line);
                }
            }
            match status.state.as_str() {
                "done" => {
                    let report = report.unwrap_or_default();
                    let key_id = config.crypto.master_key_id;
                    return super::archive_commands::rekey_outcome(&report, key_id);
                }
                "failed" => {
                    return Err(Failure::failed(format!(
                        "ticketbox gave up on the rekey: {}",
                        status.last_error.unwrap_or_default()
                    )));
                }
                _ if Instant::now() >= deadline => {
                    return Err(Failure {
                        code: super::EXIT_FAILURE,
                        lines: vec![format!(
                            "not finished within {} s; the rekey goes on in ticketbox as job {job} (run the command again later: it finds what is left)",
                            wait.as_secs()
                        )],
                    });
                }
                _ => {}
            }
            if status.attempts == 0 && !noted && started.elapsed() >= NOT_STARTED_NOTE {
                eprintln!(
                    "waiting for ticketbox to start it: its job runner is busy with earlier jobs"
                );
                noted = true;
            }
            tokio::time::sleep(POLL).await;
        }
    })
}

/// The shared database and a small runtime for a command that waits on the running ticketbox.
fn database_and_runtime(config: &Config) -> Result<(Db, tokio::runtime::Runtime), Failure> {
    let db = super::open_database(config)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::failed(format!("cannot start the runtime: {e}")))?;
    Ok((db, runtime))
}

/// Queues `job` with the running ticketbox and waits up to `wait` for it to finish (`what`
/// names it in messages).
pub fn hand_over_job(
    config: &Config,
    job: JobKind,
    what: &str,
    wait: Duration,
) -> Result<(), Failure> {
    let (db, runtime) = database_and_runtime(config)?;
    runtime.block_on(async {
        let now = crate::clock::Clock::now(&crate::clock::SystemClock);
        let id = jobs::enqueue(&db, job, None, now, now)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?
            .ok_or_else(|| Failure::failed(format!("{what} could not be queued")))?;
        eprintln!(
            "ticketbox is running: {what} was handed to it (job {id}); waiting up to {} s",
            wait.as_secs()
        );
        await_job(&db, id, what, wait, None).await?;
        println!("{what} is done (job {id})");
        Ok(())
    })
}
