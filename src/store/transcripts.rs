//! What SQLite knows about stored transcripts: whether a ticket has one, who appears in it,
//! and the ticket facts the archive job puts in it.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::ids::{GuildId, MessageId, TicketId, TicketNumber, UserId};

/// A ticket's form answers as (label, value), in form order.
pub async fn answers(db: &Db, id: TicketId) -> Result<Vec<(String, String)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT label, value FROM ticket_form_answers WHERE ticket_id = ?1 ORDER BY position",
        )?;
        let rows = stmt
            .query_map([id.get()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Records that the ticket's transcript is stored, through which message, and who appears in
/// it.
pub async fn mark_archived(
    db: &Db,
    id: TicketId,
    through: Option<MessageId>,
    participants: Vec<UserId>,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET has_transcript = 1, archived_through = ?2 WHERE id = ?1",
            params![id.get(), through.map(MessageId::to_sql)],
        )?;
        tx.execute(
            "DELETE FROM transcript_participants WHERE ticket_id = ?1",
            [id.get()],
        )?;
        let mut insert = tx.prepare_cached(
            "INSERT OR IGNORE INTO transcript_participants (ticket_id, user_id) VALUES (?1, ?2)",
        )?;
        for user in &participants {
            insert.execute(params![id.get(), user.to_sql()])?;
        }
        // The panel's teams as they are now (kept from an earlier archive if the panel has
        // gone since).
        tx.execute(
            "INSERT OR IGNORE INTO transcript_teams (ticket_id, team_id)
             SELECT ?1, p.team_id FROM panel_support_teams p
             WHERE p.panel_id = (SELECT panel_id FROM tickets WHERE id = ?1)",
            [id.get()],
        )?;
        Ok(())
    })
    .await
}

/// The newest message the stored transcript holds.
pub async fn archived_through(db: &Db, id: TicketId) -> Result<Option<MessageId>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT archived_through FROM tickets WHERE id = ?1",
                [id.get()],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()?
            .flatten()
            .map(MessageId::from_sql))
    })
    .await
}

pub async fn has_transcript(db: &Db, id: TicketId) -> Result<bool, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT has_transcript FROM tickets WHERE id = ?1",
                [id.get()],
                |r| r.get::<_, bool>(0),
            )
            .optional()?
            .unwrap_or(false))
    })
    .await
}

/// The members (users and roles) of the support teams recorded for a transcript, as the
/// teams are now; `None` when the ticket's panel had no teams (all support staff may read it).
pub async fn team_members(
    db: &Db,
    id: TicketId,
) -> Result<Option<Vec<crate::domain::levels::Target>>, StoreError> {
    use crate::domain::levels::Target;
    db.read(move |conn| {
        let teams: i64 = conn.query_row(
            "SELECT count(*) FROM transcript_teams WHERE ticket_id = ?1",
            [id.get()],
            |r| r.get(0),
        )?;
        if teams == 0 {
            return Ok(None);
        }
        let mut stmt = conn.prepare_cached(
            "SELECT m.target_id, m.target_kind FROM support_team_members m
             JOIN transcript_teams t ON t.team_id = m.team_id WHERE t.ticket_id = ?1",
        )?;
        let members = stmt
            .query_map([id.get()], |r| {
                let target: i64 = r.get(0)?;
                let kind: String = r.get(1)?;
                Ok(if kind == "role" {
                    Target::Role(crate::ids::RoleId::from_sql(target))
                } else {
                    Target::User(UserId::from_sql(target))
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Some(members))
    })
    .await
}

/// A stored transcript that involves a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranscriptRef {
    pub ticket: TicketId,
    pub guild: GuildId,
    pub number: TicketNumber,
}

/// Every stored transcript `user` appears in (as participant, opener, claimer or closer).
pub async fn involving(db: &Db, user: UserId) -> Result<Vec<TranscriptRef>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT t.id, t.guild_id, t.number FROM tickets t
             WHERE t.has_transcript = 1 AND (
                 t.opener_id = ?1 OR t.claimed_by = ?1
                 OR EXISTS (SELECT 1 FROM transcript_participants p
                            WHERE p.ticket_id = t.id AND p.user_id = ?1)
                 OR EXISTS (SELECT 1 FROM close_reasons c
                            WHERE c.ticket_id = t.id AND c.closed_by = ?1))
             ORDER BY t.guild_id, t.number",
        )?;
        let rows = stmt
            .query_map([user.to_sql()], |r| {
                Ok(TranscriptRef {
                    ticket: TicketId::new(r.get(0)?),
                    guild: GuildId::from_sql(r.get(1)?),
                    number: TicketNumber::new(r.get(2)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
