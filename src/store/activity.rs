//! What happens inside tickets: the last message, the opener's last message, the first staff
//! response and every participant, written a batch at a time.

use rusqlite::params;

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::activity::Summary;
use crate::ids::{TicketId, UserId};

/// Someone who wrote in a ticket during a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Participant {
    pub user: UserId,
    pub is_staff: bool,
    pub messages: u32,
    pub first_at: Timestamp,
    pub last_at: Timestamp,
}

/// What one batch of messages did to one ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketActivity {
    pub ticket: TicketId,
    pub summary: Summary,
    pub participants: Vec<Participant>,
}

/// Writes a batch in one transaction. Messages older than what a row holds never move it back
/// (the last message is the newest by id; the first response the earliest by time).
pub async fn record(db: &Db, batch: Vec<TicketActivity>) -> Result<(), StoreError> {
    if batch.is_empty() {
        return Ok(());
    }
    db.write(move |tx| {
        let mut last = tx.prepare_cached(
            "UPDATE tickets SET last_message_at = ?2, last_message_id = ?3,
                 last_message_kind = ?4, last_activity_at = ?2
             WHERE id = ?1 AND (last_message_id IS NULL OR last_message_id < ?3)",
        )?;
        let mut opener = tx.prepare_cached(
            "UPDATE tickets SET opener_last_message_at = max(coalesce(opener_last_message_at, 0), ?2)
             WHERE id = ?1",
        )?;
        // Only tickets followed since they opened: an older ticket's first response is unknown.
        let mut first = tx.prepare_cached(
            "UPDATE tickets SET first_response_at = ?2, first_response_by = ?3
             WHERE id = ?1 AND activity_from IS NOT NULL
               AND (first_response_at IS NULL OR first_response_at > ?2)",
        )?;
        let mut participant = tx.prepare_cached(
            "INSERT INTO ticket_participants (ticket_id, user_id, is_staff, messages, first_at, last_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (ticket_id, user_id) DO UPDATE SET
                 messages = messages + excluded.messages,
                 first_at = min(first_at, excluded.first_at),
                 last_at = max(last_at, excluded.last_at),
                 is_staff = excluded.is_staff",
        )?;
        for t in &batch {
            let id = t.ticket.get();
            if let Some((at, kind, message)) = t.summary.last {
                last.execute(params![
                    id,
                    at.millis(),
                    i64::try_from(message).unwrap_or(i64::MAX),
                    kind.as_str()
                ])?;
            }
            if let Some(at) = t.summary.opener_last {
                opener.execute(params![id, at.millis()])?;
            }
            if let Some((at, by)) = t.summary.first_response {
                first.execute(params![id, at.millis(), by.to_sql()])?;
            }
            for p in &t.participants {
                participant.execute(params![
                    id,
                    p.user.to_sql(),
                    p.is_staff,
                    p.messages,
                    p.first_at.millis(),
                    p.last_at.millis()
                ])?;
            }
        }
        Ok(())
    })
    .await
}

/// A ticket's recorded activity (tests, the dashboard, and the auto-close catch-up).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub activity_from: Option<Timestamp>,
    pub last_message: Option<(Timestamp, String, u64)>,
    pub opener_last: Option<Timestamp>,
    pub first_response: Option<(Timestamp, UserId)>,
    pub participants: Vec<Participant>,
}

pub async fn recorded(db: &Db, ticket: TicketId) -> Result<Recorded, StoreError> {
    db.read(move |conn| {
        let ts = |v: Option<i64>| v.map(Timestamp::from_millis);
        let mut found = conn.query_row(
            "SELECT activity_from, last_message_at, last_message_kind, last_message_id,
                 opener_last_message_at, first_response_at, first_response_by
             FROM tickets WHERE id = ?1",
            [ticket.get()],
            |r| {
                let last: (Option<i64>, Option<String>, Option<i64>) =
                    (r.get(1)?, r.get(2)?, r.get(3)?);
                let first: (Option<i64>, Option<i64>) = (r.get(5)?, r.get(6)?);
                Ok(Recorded {
                    activity_from: ts(r.get(0)?),
                    last_message: match last {
                        (Some(at), Some(kind), Some(id)) => Some((
                            Timestamp::from_millis(at),
                            kind,
                            u64::try_from(id).unwrap_or(0),
                        )),
                        _ => None,
                    },
                    opener_last: ts(r.get(4)?),
                    first_response: first
                        .0
                        .zip(first.1)
                        .map(|(at, by)| (Timestamp::from_millis(at), UserId::from_sql(by))),
                    participants: Vec::new(),
                })
            },
        )?;
        let mut stmt = conn.prepare_cached(
            "SELECT user_id, is_staff, messages, first_at, last_at FROM ticket_participants
             WHERE ticket_id = ?1 ORDER BY first_at, user_id",
        )?;
        found.participants = stmt
            .query_map([ticket.get()], |r| {
                Ok(Participant {
                    user: UserId::from_sql(r.get(0)?),
                    is_staff: r.get(1)?,
                    messages: r.get(2)?,
                    first_at: Timestamp::from_millis(r.get(3)?),
                    last_at: Timestamp::from_millis(r.get(4)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(found)
    })
    .await
}
