//! Exit surveys: the form a ticket's panel asks after the opener rated it, and the answers.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::forms::Form;
use crate::ids::{FormId, GuildId, TicketId, UserId};

/// The exit survey of the panel `ticket` was opened from, if it has one (and the form exists).
pub async fn form_of(db: &Db, ticket: TicketId) -> Result<Option<Form>, StoreError> {
    let found: Option<(i64, i64)> = db
        .read(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT p.exit_survey_form_id, t.guild_id FROM tickets t
                     JOIN panels p ON p.id = t.panel_id
                     WHERE t.id = ?1 AND p.exit_survey_form_id IS NOT NULL",
                    [ticket.get()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?)
        })
        .await?;
    match found {
        Some((form, guild)) => {
            super::forms::get(db, GuildId::from_sql(guild), FormId::new(form)).await
        }
        None => Ok(None),
    }
}

/// The ticket's survey answers as (question, answer), in the order asked; empty when none.
pub async fn answers(db: &Db, ticket: TicketId) -> Result<Vec<(String, String)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT question, answer FROM exit_survey_answers WHERE ticket_id = ?1
             ORDER BY position",
        )?;
        let rows = stmt
            .query_map([ticket.get()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Stores `user`'s answers; false, and nothing stored, when the ticket was answered already
/// (a survey is answered once).
pub async fn save(
    db: &Db,
    ticket: TicketId,
    user: UserId,
    answers: Vec<(String, String)>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let done: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM exit_survey_answers WHERE ticket_id = ?1)",
            [ticket.get()],
            |r| r.get(0),
        )?;
        if done {
            return Ok(false);
        }
        let mut insert = tx.prepare_cached(
            "INSERT INTO exit_survey_answers
                 (ticket_id, position, user_id, question, answer, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (position, (question, answer)) in answers.into_iter().enumerate() {
            insert.execute(params![
                ticket.get(),
                i64::try_from(position).unwrap_or(i64::MAX),
                user.to_sql(),
                question,
                answer,
                now.millis()
            ])?;
        }
        Ok(true)
    })
    .await
}
