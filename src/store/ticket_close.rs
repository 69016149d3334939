//! Closing a ticket: marking it `closing` with its close job, the job's recorded steps, close
//! requests with their delayed close, and reopening. Re-exported by [`super::tickets`].

use rusqlite::{OptionalExtension, params};

use super::jobs;
use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::job_kind::JobKind;
use crate::ids::{JobId, TicketId, UserId};

/// Who closed a ticket and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseInfo {
    pub closed_by: UserId,
    pub reason: Option<String>,
}

/// Marks an open ticket `closing`, records who closed it and why, and enqueues the close job,
/// all in one transaction. `None` when the ticket was not open (someone closed it first).
pub async fn begin_close(
    db: &Db,
    id: TicketId,
    info: CloseInfo,
    now: Timestamp,
) -> Result<Option<JobId>, StoreError> {
    db.write_ticket(id, move |tx| {
        let changed = tx.execute(
            "UPDATE tickets SET state = 'closing', closed_at = ?2 WHERE id = ?1 AND state = 'open'",
            params![id.get(), now.millis()],
        )?;
        if changed == 0 {
            return Ok(None);
        }
        tx.execute(
            "INSERT OR REPLACE INTO close_reasons (ticket_id, closed_by, reason) VALUES (?1, ?2, ?3)",
            params![id.get(), info.closed_by.to_sql(), info.reason],
        )?;
        tx.execute("DELETE FROM close_requests WHERE ticket_id = ?1", [id.get()])?;
        match jobs::enqueue_in(
            tx,
            &JobKind::CloseTicket { ticket: id.get() },
            Some(&close_job_key(id)),
            now,
            now,
        )? {
            Some(job) => Ok(Some(job)),
            // A close job for this ticket is still active: roll the state change back.
            None => Err(StoreError::Conflict),
        }
    })
    .await
}

/// Enqueues the close job again for a ticket stuck in `closing` (its job failed for good);
/// `None` when a close job is still active.
pub async fn requeue_close(
    db: &Db,
    id: TicketId,
    now: Timestamp,
) -> Result<Option<JobId>, StoreError> {
    db.write(move |tx| {
        let closing: bool = tx.query_row(
            "SELECT state = 'closing' FROM tickets WHERE id = ?1",
            [id.get()],
            |r| r.get(0),
        )?;
        if !closing {
            return Ok(None);
        }
        jobs::enqueue_in(
            tx,
            &JobKind::CloseTicket { ticket: id.get() },
            Some(&close_job_key(id)),
            now,
            now,
        )
    })
    .await
}

/// Steps of the close job already done (bits of `CLOSE_*`).
pub const CLOSE_LOGGED: i64 = 1;
pub const CLOSE_MESSAGED: i64 = 2;
pub const CLOSE_NOTICE: i64 = 4;
/// The transcript is stored (the channel may now go).
pub const CLOSE_ARCHIVED: i64 = 8;

pub async fn close_progress(db: &Db, id: TicketId) -> Result<i64, StoreError> {
    db.read(move |conn| {
        Ok(conn.query_row(
            "SELECT close_progress FROM tickets WHERE id = ?1",
            [id.get()],
            |r| r.get(0),
        )?)
    })
    .await
}

/// Records that a close step is done.
pub async fn close_step_done(db: &Db, id: TicketId, step: i64) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET close_progress = close_progress | ?2 WHERE id = ?1",
            params![id.get(), step],
        )?;
        Ok(())
    })
    .await
}

pub async fn close_info(db: &Db, id: TicketId) -> Result<Option<CloseInfo>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT closed_by, reason FROM close_reasons WHERE ticket_id = ?1",
                [id.get()],
                |r| {
                    Ok(CloseInfo {
                        closed_by: UserId::from_sql(r.get(0)?),
                        reason: r.get(1)?,
                    })
                },
            )
            .optional()?)
    })
    .await
}

/// The close job finished.
pub async fn mark_closed(db: &Db, id: TicketId) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET state = 'closed' WHERE id = ?1 AND state = 'closing'",
            [id.get()],
        )?;
        Ok(())
    })
    .await
}

/// Reopens a closed thread-mode ticket.
pub async fn reopen(db: &Db, id: TicketId) -> Result<bool, StoreError> {
    db.write_ticket(id, move |tx| {
        let changed = tx.execute(
            "UPDATE tickets SET state = 'open', closed_at = NULL, claimed_by = NULL,
                 close_progress = 0
             WHERE id = ?1 AND state = 'closed' AND is_thread = 1",
            [id.get()],
        )?;
        if changed == 1 {
            tx.execute("DELETE FROM close_reasons WHERE ticket_id = ?1", [id.get()])?;
        }
        Ok(changed == 1)
    })
    .await
}

/// The payload of the jobs about one ticket.
/// The dedupe key of a ticket's close job.
fn close_job_key(id: TicketId) -> String {
    format!("close:{}", id.get())
}

/// The dedupe key of a ticket's delayed close.
fn close_request_key(id: TicketId) -> String {
    format!("closereq:{}", id.get())
}

/// A staff member's `/closerequest`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseRequest {
    pub requested_by: UserId,
    pub reason: Option<String>,
    pub close_at: Option<Timestamp>,
}

/// Records a close request (replacing an earlier one) and, with a deadline, enqueues the
/// delayed close in the same transaction.
pub async fn request_close(
    db: &Db,
    id: TicketId,
    request: CloseRequest,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT OR REPLACE INTO close_requests (ticket_id, requested_by, reason, close_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id.get(),
                request.requested_by.to_sql(),
                request.reason,
                request.close_at.map(Timestamp::millis),
                now.millis()
            ],
        )?;
        let key = close_request_key(id);
        jobs::cancel_in(tx, &key, "replaced", now)?;
        // A delayed close running right now finds the new deadline and leaves it alone.
        tx.execute(
            "UPDATE jobs SET dedupe_key = NULL WHERE dedupe_key = ?1 AND state = 'running'",
            [&key],
        )?;
        if let Some(at) = request.close_at {
            jobs::enqueue_in(
                tx,
                &JobKind::DelayedClose { ticket: id.get() },
                Some(&key),
                at,
                now,
            )?;
        }
        Ok(())
    })
    .await
}

pub async fn close_request(db: &Db, id: TicketId) -> Result<Option<CloseRequest>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT requested_by, reason, close_at FROM close_requests WHERE ticket_id = ?1",
                [id.get()],
                |r| {
                    Ok(CloseRequest {
                        requested_by: UserId::from_sql(r.get(0)?),
                        reason: r.get(1)?,
                        close_at: r.get::<_, Option<i64>>(2)?.map(Timestamp::from_millis),
                    })
                },
            )
            .optional()?)
    })
    .await
}

/// The opener declined: forget the request and cancel its delayed close.
pub async fn clear_close_request(
    db: &Db,
    id: TicketId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let removed = tx.execute(
            "DELETE FROM close_requests WHERE ticket_id = ?1",
            [id.get()],
        )?;
        jobs::cancel_in(tx, &close_request_key(id), "cancelled", now)?;
        Ok(removed == 1)
    })
    .await
}
