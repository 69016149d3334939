//! Ticket labels: a server's label definitions and the labels on each ticket.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::labels::{self, Label};
use crate::i18n::Msg;
use crate::ids::{GuildId, TicketId};

fn defined_with(conn: &Connection, guild: GuildId) -> Result<Vec<Label>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, colour FROM labels WHERE guild_id = ?1 ORDER BY name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([guild.to_sql()], |r| {
            Ok(Label {
                name: r.get(0)?,
                colour: u32::try_from(r.get::<_, i64>(1)?).unwrap_or(labels::DEFAULT_COLOUR),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The server's labels, by name.
pub async fn defined(db: &Db, guild: GuildId) -> Result<Vec<Label>, StoreError> {
    db.read(move |conn| defined_with(conn, guild)).await
}

/// Defines `label`, or says why not ([`labels::check_new`], decided inside the transaction).
pub async fn create(db: &Db, guild: GuildId, label: Label) -> Result<Result<(), Msg>, StoreError> {
    db.write(move |tx| {
        let existing = defined_with(tx, guild)?;
        if let Err(why) = labels::check_new(&existing, &label) {
            return Ok(Err(why));
        }
        tx.execute(
            "INSERT INTO labels (guild_id, name, colour) VALUES (?1, ?2, ?3)",
            params![guild.to_sql(), label.name, i64::from(label.colour)],
        )?;
        Ok(Ok(()))
    })
    .await
}

/// Changes the colour of the label called `name`; `false` when there is none.
pub async fn recolour(
    db: &Db,
    guild: GuildId,
    name: String,
    colour: u32,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE labels SET colour = ?3 WHERE guild_id = ?1 AND name = ?2 COLLATE NOCASE",
            params![guild.to_sql(), name.trim(), i64::from(colour)],
        )? == 1)
    })
    .await
}

/// Deletes the label called `name` (and takes it off every ticket); `false` when there is none.
pub async fn delete(db: &Db, guild: GuildId, name: String) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM labels WHERE guild_id = ?1 AND name = ?2 COLLATE NOCASE",
            params![guild.to_sql(), name.trim()],
        )? == 1)
    })
    .await
}

fn on_ticket_with(conn: &Connection, ticket: TicketId) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.name FROM ticket_labels tl JOIN labels l ON l.id = tl.label_id
         WHERE tl.ticket_id = ?1 ORDER BY l.name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([ticket.get()], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The names of the labels on `ticket`, by name.
pub async fn on_ticket(db: &Db, ticket: TicketId) -> Result<Vec<String>, StoreError> {
    db.read(move |conn| on_ticket_with(conn, ticket)).await
}

/// The labels on each of `tickets` (tickets without labels are left out).
pub async fn on_tickets(
    db: &Db,
    tickets: Vec<TicketId>,
) -> Result<HashMap<TicketId, Vec<Label>>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT tl.ticket_id, l.name, l.colour FROM ticket_labels tl
             JOIN labels l ON l.id = tl.label_id
             WHERE tl.ticket_id IN (SELECT value FROM json_each(?1))
             ORDER BY l.name COLLATE NOCASE",
        )?;
        let ids: Vec<i64> = tickets.iter().map(|t| t.get()).collect();
        let json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned());
        let mut out: HashMap<TicketId, Vec<Label>> = HashMap::new();
        let rows = stmt.query_map([json], |r| {
            Ok((
                TicketId::new(r.get(0)?),
                Label {
                    name: r.get(1)?,
                    colour: u32::try_from(r.get::<_, i64>(2)?).unwrap_or(labels::DEFAULT_COLOUR),
                },
            ))
        })?;
        for row in rows {
            let (ticket, label) = row?;
            out.entry(ticket).or_default().push(label);
        }
        Ok(out)
    })
    .await
}

/// What putting a label on a ticket, or taking it off, came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Done; the label's name as defined.
    Done(String),
    /// The server has no label of that name.
    Unknown,
    /// Refused, with the reason a user may read (rendered in the reader's language).
    Refused(Msg),
}

/// Puts the label `name` on `ticket` (of `guild`), checked in one transaction.
pub async fn add(
    db: &Db,
    guild: GuildId,
    ticket: TicketId,
    name: String,
    now: Timestamp,
) -> Result<Change, StoreError> {
    db.write(move |tx| {
        let Some((id, name)) = label_id(tx, guild, &name)? else {
            return Ok(Change::Unknown);
        };
        let on = on_ticket_with(tx, ticket)?;
        if let Err(why) = labels::check_add(&on, &name) {
            return Ok(Change::Refused(why));
        }
        tx.execute(
            "INSERT INTO ticket_labels (ticket_id, label_id, added_at) VALUES (?1, ?2, ?3)",
            params![ticket.get(), id, now.millis()],
        )?;
        Ok(Change::Done(name))
    })
    .await
}

/// Takes the label `name` off `ticket`.
pub async fn remove(
    db: &Db,
    guild: GuildId,
    ticket: TicketId,
    name: String,
) -> Result<Change, StoreError> {
    db.write(move |tx| {
        let Some((id, name)) = label_id(tx, guild, &name)? else {
            return Ok(Change::Unknown);
        };
        let removed = tx.execute(
            "DELETE FROM ticket_labels WHERE ticket_id = ?1 AND label_id = ?2",
            params![ticket.get(), id],
        )?;
        Ok(if removed == 1 {
            Change::Done(name)
        } else {
            Change::Refused(crate::msg!(
                "rule-label-not-on-ticket",
                label = format!("{name:?}")
            ))
        })
    })
    .await
}

fn label_id(
    conn: &Connection,
    guild: GuildId,
    name: &str,
) -> Result<Option<(i64, String)>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id, name FROM labels WHERE guild_id = ?1 AND name = ?2 COLLATE NOCASE",
            params![guild.to_sql(), name.trim()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
