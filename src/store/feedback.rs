//! Ratings and comments after a close, the log message they are shown on, and whether the
//! rating request reached the opener.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, MessageId, TicketId, UserId};

/// A ticket's rating and comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub rating: u8,
    pub comment: Option<String>,
}

/// Records (or changes) `user`'s rating; the last one counts.
pub async fn rate(
    db: &Db,
    ticket: TicketId,
    user: UserId,
    rating: u8,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO feedback (ticket_id, user_id, rating, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (ticket_id) DO UPDATE SET rating = excluded.rating,
                 user_id = excluded.user_id, updated_at = excluded.updated_at",
            params![ticket.get(), user.to_sql(), rating, now.millis()],
        )?;
        Ok(())
    })
    .await
}

/// Adds (or replaces) the comment of a rated ticket; false when it has no rating yet.
pub async fn comment(
    db: &Db,
    ticket: TicketId,
    text: String,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE feedback SET comment = ?2, updated_at = ?3 WHERE ticket_id = ?1",
            params![ticket.get(), text, now.millis()],
        )? == 1)
    })
    .await
}

pub async fn get(db: &Db, ticket: TicketId) -> Result<Option<Feedback>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT rating, comment FROM feedback WHERE ticket_id = ?1",
                [ticket.get()],
                |r| {
                    Ok(Feedback {
                        rating: r.get(0)?,
                        comment: r.get(1)?,
                    })
                },
            )
            .optional()?)
    })
    .await
}

/// Whether the opener wrote in the ticket (followed activity, or named by its transcript).
pub async fn opener_wrote(db: &Db, ticket: TicketId) -> Result<bool, StoreError> {
    db.read(move |conn| {
        Ok(conn.query_row(
            "SELECT t.opener_last_message_at IS NOT NULL OR EXISTS (
                 SELECT 1 FROM ticket_participants p
                 WHERE p.ticket_id = t.id AND p.user_id = t.opener_id)
             FROM tickets t WHERE t.id = ?1",
            [ticket.get()],
            |r| r.get(0),
        )?)
    })
    .await
}

/// Where the close summary was posted.
pub async fn set_log_message(
    db: &Db,
    ticket: TicketId,
    channel: ChannelId,
    message: MessageId,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET log_channel_id = ?2, log_message_id = ?3 WHERE id = ?1",
            params![ticket.get(), channel.to_sql(), message.to_sql()],
        )?;
        Ok(())
    })
    .await
}

pub async fn log_message(
    db: &Db,
    ticket: TicketId,
) -> Result<Option<(ChannelId, MessageId)>, StoreError> {
    db.read(move |conn| {
        let row: Option<(Option<i64>, Option<i64>)> = conn
            .query_row(
                "SELECT log_channel_id, log_message_id FROM tickets WHERE id = ?1",
                [ticket.get()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.and_then(|(c, m)| Some((ChannelId::from_sql(c?), MessageId::from_sql(m?)))))
    })
    .await
}

/// Records whether the rating request reached the opener.
pub async fn set_dm_delivered(
    db: &Db,
    ticket: TicketId,
    delivered: bool,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET feedback_dm = ?2 WHERE id = ?1",
            params![
                ticket.get(),
                if delivered { "sent" } else { "undeliverable" }
            ],
        )?;
        Ok(())
    })
    .await
}

/// `Some(true)` delivered, `Some(false)` undeliverable, `None` not asked.
pub async fn dm_delivered(db: &Db, ticket: TicketId) -> Result<Option<bool>, StoreError> {
    db.read(move |conn| {
        let raw: Option<Option<String>> = conn
            .query_row(
                "SELECT feedback_dm FROM tickets WHERE id = ?1",
                [ticket.get()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(raw.flatten().map(|s| s == "sent"))
    })
    .await
}
