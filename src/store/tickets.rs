//! Ticket rows. This issue brings number reservation; the ticket lifecycle adds the rest.

use rusqlite::params;

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, PanelId, TicketId, TicketNumber, UserId};

/// What is known when a member asks for a ticket, before anything exists on Discord.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub guild: GuildId,
    pub opener: UserId,
    pub panel: Option<PanelId>,
    pub subject: Option<String>,
    pub opened_at: Timestamp,
}

/// A ticket row in state `opening` with its number taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reserved {
    pub id: TicketId,
    pub number: TicketNumber,
}

/// Takes the guild's next ticket number and inserts the ticket in state `opening`, in one
/// transaction: concurrent callers get distinct, consecutive numbers, and a failed insert
/// (e.g. the same member already opening on this panel) takes no number.
pub async fn reserve_number(db: &Db, new: NewTicket) -> Result<Reserved, StoreError> {
    db.write(move |tx| {
        let number: i64 = tx.query_row(
            "INSERT INTO ticket_counters (guild_id, last_number) VALUES (?1, 1)
             ON CONFLICT (guild_id) DO UPDATE SET last_number = last_number + 1
             RETURNING last_number",
            [new.guild.to_sql()],
            |row| row.get(0),
        )?;
        let id: i64 = tx.query_row(
            "INSERT INTO tickets (guild_id, number, state, opener_id, panel_id, subject, opened_at, last_activity_at)
             VALUES (?1, ?2, 'opening', ?3, ?4, ?5, ?6, ?6)
             RETURNING id",
            params![
                new.guild.to_sql(),
                number,
                new.opener.to_sql(),
                new.panel.map(PanelId::get),
                new.subject,
                new.opened_at.millis()
            ],
            |row| row.get(0),
        )?;
        let number = u32::try_from(number).map_err(|_| {
            StoreError::Sqlite(rusqlite::Error::IntegralValueOutOfRange(1, number))
        })?;
        Ok(Reserved {
            id: TicketId::new(id),
            number: TicketNumber::new(number),
        })
    })
    .await
}
