//! Durable jobs: enqueued inside the transaction that makes them necessary, claimed with a
//! lease (a crashed worker's job is picked up again when the lease runs out), retried with
//! back-off, never dropped.

use rusqlite::{Transaction, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::job_kind::{BadJob, JobKind};
use crate::ids::JobId;

/// How long a finished job's row (and its payload) is kept.
pub const KEEP_DONE_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// How long a job that gave up is kept (it counts in `/healthz` until then).
pub const KEEP_FAILED_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// Deletes jobs finished more than [`KEEP_DONE_MS`] ago and jobs that gave up more than
/// [`KEEP_FAILED_MS`] ago: their payloads (a channel name built from a username, a user id)
/// are kept no longer than that. Returns how many went.
pub async fn sweep_finished(db: &Db, now: Timestamp) -> Result<usize, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM jobs WHERE (state = 'done' AND updated_at < ?1)
                                 OR (state = 'failed' AND updated_at < ?2)",
            params![now.millis() - KEEP_DONE_MS, now.millis() - KEEP_FAILED_MS],
        )?)
    })
    .await
}

/// Where a job stands, for a waiter outside the runner (the CLI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobStatus {
    /// `pending`, `running`, `done` or `failed`.
    pub state: String,
    pub attempts: u32,
    pub last_error: Option<String>,
    /// What a long job reported of its progress ([`set_progress`]).
    pub progress: Option<String>,
}

/// The status of job `id`, if it exists.
pub async fn status(db: &Db, id: JobId) -> Result<Option<JobStatus>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT state, attempts, last_error, progress FROM jobs WHERE id = ?1",
        )?;
        let mut rows = stmt.query([id.get()])?;
        Ok(rows
            .next()?
            .map(|r| -> rusqlite::Result<JobStatus> {
                Ok(JobStatus {
                    state: r.get(0)?,
                    attempts: r.get(1)?,
                    last_error: r.get(2)?,
                    progress: r.get(3)?,
                })
            })
            .transpose()?)
    })
    .await
}

/// Records how far job `id` got (for a command waiting on it).
pub async fn set_progress(db: &Db, id: JobId, progress: String) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE jobs SET progress = ?2 WHERE id = ?1",
            params![id.get(), progress],
        )?;
        Ok(())
    })
    .await
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    /// Including the current one.
    pub attempts: u32,
}

impl Job {
    /// What the row asks for.
    pub fn work(&self) -> Result<JobKind, BadJob> {
        JobKind::parse(&self.kind, &self.payload)
    }
}

/// Enqueues a job in the caller's transaction. With a `dedupe` key, a second enqueue of the
/// same key is a no-op (returns `None`).
pub fn enqueue_in(
    tx: &Transaction<'_>,
    job: &JobKind,
    dedupe: Option<&str>,
    run_at: Timestamp,
    now: Timestamp,
) -> Result<Option<JobId>, StoreError> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO jobs (kind, payload, dedupe_key, next_run_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )?;
    let mut rows = stmt.query(params![
        job.name(),
        job.payload(),
        dedupe,
        run_at.millis(),
        now.millis()
    ])?;
    Ok(rows.next()?.map(|r| r.get(0)).transpose()?.map(JobId::new))
}

/// Enqueues on its own transaction.
pub async fn enqueue(
    db: &Db,
    job: JobKind,
    dedupe: Option<String>,
    run_at: Timestamp,
    now: Timestamp,
) -> Result<Option<JobId>, StoreError> {
    db.write(move |tx| enqueue_in(tx, &job, dedupe.as_deref(), run_at, now))
        .await
}

/// Takes up to `limit` due jobs: pending ones whose time has come, and running ones whose
/// lease expired (their worker died). Each gets a lease of `lease_ms` and one more attempt.
pub async fn claim_due(
    db: &Db,
    now: Timestamp,
    lease_ms: i64,
    limit: u32,
    only_kinds: Option<&[&str]>,
) -> Result<Vec<Job>, StoreError> {
    let only = only_kinds.map(|kinds| serde_json::json!(kinds).to_string());
    db.write(move |tx| {
        let mut stmt = tx.prepare_cached(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_until = ?2,
                 updated_at = ?1
             WHERE id IN (
                 SELECT id FROM jobs
                 WHERE ((state = 'pending' AND next_run_at <= ?1)
                    OR (state = 'running' AND locked_until < ?1))
                   AND (?4 IS NULL OR kind IN (SELECT value FROM json_each(?4)))
                 ORDER BY next_run_at LIMIT ?3)
             RETURNING id, kind, payload, attempts",
        )?;
        let params = params![now.millis(), now.millis() + lease_ms, limit, only];
        let rows = stmt.query_map(params, |r| {
            Ok(Job {
                id: JobId::new(r.get(0)?),
                kind: r.get(1)?,
                payload: r.get(2)?,
                attempts: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}

/// At start: jobs a previous process left `running` (it stopped or died mid-job) are due
/// again now. Only one process uses a data directory (the cache file is locked), so no other
/// runner can own them. Returns how many were released.
pub async fn release_orphans(db: &Db, now: Timestamp) -> Result<usize, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE jobs SET state = 'pending', locked_until = NULL, next_run_at = ?1, updated_at = ?1
             WHERE state = 'running'",
            [now.millis()],
        )?)
    })
    .await
}

/// One claim of a job: its id and the attempt number the claim made. Every outcome is
/// recorded only if the job is still held by this claim, so a run whose lease ran out (and
/// whose job was claimed again) cannot overwrite the newer run's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub id: JobId,
    pub attempt: u32,
}

impl Job {
    pub fn claim(&self) -> Claim {
        Claim {
            id: self.id,
            attempt: self.attempts,
        }
    }
}

/// Extends a running job's lease (the runner does so while the job works). Returns false when
/// the claim was lost (the lease ran out and another run took the job).
pub async fn renew(
    db: &Db,
    claim: Claim,
    locked_until: Timestamp,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE jobs SET locked_until = ?3, updated_at = ?4
             WHERE id = ?1 AND attempts = ?2 AND state = 'running'",
            params![
                claim.id.get(),
                claim.attempt,
                locked_until.millis(),
                now.millis()
            ],
        )? == 1)
    })
    .await
}

/// Marks the job done and frees its dedupe key (a later, separate need may enqueue again).
/// Returns false when the claim was lost.
pub async fn complete(db: &Db, claim: Claim, now: Timestamp) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE jobs SET state = 'done', locked_until = NULL, last_error = NULL, updated_at = ?3,
                 dedupe_key = NULL
             WHERE id = ?1 AND attempts = ?2 AND state = 'running'",
            params![claim.id.get(), claim.attempt, now.millis()],
        )? == 1)
    })
    .await
}

/// Puts the job back as pending, to run again at `next_run_at`. Returns false when the claim
/// was lost.
pub async fn retry(
    db: &Db,
    claim: Claim,
    error: String,
    next_run_at: Timestamp,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE jobs SET state = 'pending', locked_until = NULL, last_error = ?3,
                 next_run_at = ?4, updated_at = ?5
             WHERE id = ?1 AND attempts = ?2 AND state = 'running'",
            params![
                claim.id.get(),
                claim.attempt,
                error,
                next_run_at.millis(),
                now.millis()
            ],
        )? == 1)
    })
    .await
}

/// Gives up on a job whose input can never work (kept, with the error, for the operator). Its
/// dedupe key is freed so a later need can enqueue again. Returns false when the claim was
/// lost.
pub async fn fail(
    db: &Db,
    claim: Claim,
    error: String,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE jobs SET state = 'failed', locked_until = NULL, last_error = ?3, updated_at = ?4,
                 dedupe_key = NULL
             WHERE id = ?1 AND attempts = ?2 AND state = 'running'",
            params![claim.id.get(), claim.attempt, error, now.millis()],
        )? == 1)
    })
    .await
}

/// Pending (including running) and failed job counts.
pub async fn counts(db: &Db) -> Result<(u64, u64), StoreError> {
    db.read(|conn| {
        Ok(conn.query_row(
            "SELECT count(*) FILTER (WHERE state IN ('pending', 'running')),
                    count(*) FILTER (WHERE state = 'failed') FROM jobs",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    })
    .await
}

/// Cancels pending jobs of a kind with this dedupe key (e.g. a delayed close the opener
/// declined). Returns how many were cancelled.
pub async fn cancel(db: &Db, dedupe: String, now: Timestamp) -> Result<usize, StoreError> {
    db.write(move |tx| cancel_in(tx, &dedupe, "cancelled", now))
        .await
}

/// [`cancel`] in the caller's transaction; `reason` is recorded as the job's last error.
pub fn cancel_in(
    tx: &Transaction<'_>,
    dedupe: &str,
    reason: &str,
    now: Timestamp,
) -> Result<usize, StoreError> {
    Ok(tx.execute(
        "UPDATE jobs SET state = 'done', last_error = ?2, updated_at = ?3, dedupe_key = NULL
         WHERE dedupe_key = ?1 AND state = 'pending'",
        params![dedupe, reason, now.millis()],
    )?)
}

/// A failed job, for the operator page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedJob {
    pub id: JobId,
    pub kind: String,
    pub state: String,
    pub attempts: u32,
    pub last_error: Option<String>,
}

/// The newest `limit` failed jobs.
pub async fn failed(db: &Db, limit: u32) -> Result<Vec<FailedJob>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare(
            "SELECT id, kind, state, attempts, last_error FROM jobs WHERE state = 'failed'
             ORDER BY updated_at DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([limit], |r| {
                Ok(FailedJob {
                    id: JobId::new(r.get(0)?),
                    kind: r.get(1)?,
                    state: r.get(2)?,
                    attempts: r.get(3)?,
                    last_error: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// A failed job run again from its first attempt (`retry`), or discarded (kept as done, with
/// the note, until the finished jobs are swept). `false` when it is not a failed job.
pub async fn retry_or_discard(
    db: &Db,
    id: JobId,
    retry: bool,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let changed = if retry {
            tx.execute(
                "UPDATE jobs SET state = 'pending', attempts = 0, next_run_at = ?2, updated_at = ?2
                 WHERE id = ?1 AND state = 'failed'",
                params![id.get(), now.millis()],
            )?
        } else {
            tx.execute(
                "UPDATE jobs SET state = 'done', last_error = 'discarded by an operator: ' || coalesce(last_error, ''),
                     updated_at = ?2
                 WHERE id = ?1 AND state = 'failed'",
                params![id.get(), now.millis()],
            )?
        };
        Ok(changed == 1)
    })
    .await
}

/// Pending (including running) and failed jobs of each kind (the metrics gauges).
pub async fn counts_by_kind(db: &Db) -> Result<Vec<(String, u64, u64)>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare(
            "SELECT kind, count(*) FILTER (WHERE state IN ('pending', 'running')),
                    count(*) FILTER (WHERE state = 'failed')
             FROM jobs GROUP BY kind",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
