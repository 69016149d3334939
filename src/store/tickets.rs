//! Ticket rows: numbers, the open → claim lifecycle, added members and form answers. Closing
//! (close steps, close requests, reopen) lives in [`super::ticket_close`] and is re-exported here.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Db, StoreError, is_unique_violation};
use crate::clock::Timestamp;
use crate::domain::levels::Target;
use crate::ids::{ChannelId, GuildId, MessageId, PanelId, RoleId, TicketId, TicketNumber, UserId};

/// What is known when a member asks for a ticket, before anything exists on Discord.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub guild: GuildId,
    pub opener: UserId,
    pub panel: Option<PanelId>,
    pub subject: Option<String>,
    pub opened_at: Timestamp,
    /// Re-checked inside the reservation so concurrent opens cannot pass it together; `None`
    /// for staff.
    pub user_limit: Option<u32>,
    /// The server's and the panel's caps on open tickets, re-checked the same way; `None` for
    /// staff or when not set.
    pub server_cap: Option<u32>,
    pub panel_cap: Option<u32>,
}

/// A ticket row in state `opening` with its number taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reserved {
    pub id: TicketId,
    pub number: TicketNumber,
}

/// Why a reservation was refused by the database's own rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// The member is already opening a ticket on this panel (a double click).
    AlreadyOpening,
    LimitReached(u32),
    ServerFull(u32),
    PanelFull(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketState {
    Opening,
    Open,
    Closing,
    Closed,
    Aborted,
}

impl TicketState {
    fn parse(raw: &str) -> Self {
        match raw {
            "opening" => Self::Opening,
            "open" => Self::Open,
            "closing" => Self::Closing,
            "closed" => Self::Closed,
            _ => Self::Aborted,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: TicketId,
    pub guild: GuildId,
    pub number: TicketNumber,
    pub state: TicketState,
    pub opener: UserId,
    pub panel: Option<PanelId>,
    pub subject: Option<String>,
    pub channel: Option<ChannelId>,
    pub is_thread: bool,
    pub claimed_by: Option<UserId>,
    pub opened_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub notes_thread: Option<ChannelId>,
    pub join_message: Option<MessageId>,
    pub welcome_message: Option<MessageId>,
}

pub(super) const COLUMNS: &str = "id, guild_id, number, state, opener_id, panel_id, subject, channel_id, \
    is_thread, claimed_by, opened_at, closed_at, notes_thread_id, join_message_id, welcome_message_id";

pub(super) fn ticket(r: &Row<'_>) -> rusqlite::Result<Ticket> {
    Ok(Ticket {
        id: TicketId::new(r.get(0)?),
        guild: GuildId::from_sql(r.get(1)?),
        number: TicketNumber::new(r.get(2)?),
        state: TicketState::parse(&r.get::<_, String>(3)?),
        opener: UserId::from_sql(r.get(4)?),
        panel: r.get::<_, Option<i64>>(5)?.map(PanelId::new),
        subject: r.get(6)?,
        channel: r.get::<_, Option<i64>>(7)?.map(ChannelId::from_sql),
        is_thread: r.get(8)?,
        claimed_by: r.get::<_, Option<i64>>(9)?.map(UserId::from_sql),
        opened_at: Timestamp::from_millis(r.get(10)?),
        closed_at: r.get::<_, Option<i64>>(11)?.map(Timestamp::from_millis),
        notes_thread: r.get::<_, Option<i64>>(12)?.map(ChannelId::from_sql),
        join_message: r.get::<_, Option<i64>>(13)?.map(MessageId::from_sql),
        welcome_message: r.get::<_, Option<i64>>(14)?.map(MessageId::from_sql),
    })
}

/// Takes the guild's next ticket number and inserts the ticket in state `opening`, in one
/// transaction: concurrent callers get distinct, consecutive numbers, and a refused
/// reservation (a double click, the limit reached meanwhile) takes no number.
pub async fn reserve_number(
    db: &Db,
    new: NewTicket,
) -> Result<Result<Reserved, Conflict>, StoreError> {
    db.write(move |tx| {
        // The caps on open tickets, checked in the transaction that takes the number, so two
        // members opening at once cannot both take the last place.
        let open_in = |panel: Option<PanelId>| -> rusqlite::Result<u32> {
            tx.query_row(
                "SELECT count(*) FROM tickets WHERE guild_id = ?1 AND state IN ('opening', 'open')
                 AND (?2 IS NULL OR panel_id = ?2)",
                params![new.guild.to_sql(), panel.map(PanelId::get)],
                |r| r.get(0),
            )
        };
        if let Some(cap) = new.server_cap
            && open_in(None)? >= cap
        {
            return Ok(Err(Conflict::ServerFull(cap)));
        }
        if let (Some(cap), Some(panel)) = (new.panel_cap, new.panel)
            && open_in(Some(panel))? >= cap
        {
            return Ok(Err(Conflict::PanelFull(cap)));
        }
        if let Some(limit) = new.user_limit {
            let open: u32 = tx.query_row(
                "SELECT count(*) FROM tickets WHERE guild_id = ?1 AND opener_id = ?2
                 AND state IN ('opening', 'open')",
                params![new.guild.to_sql(), new.opener.to_sql()],
                |r| r.get(0),
            )?;
            if open >= limit {
                return Ok(Err(Conflict::LimitReached(limit)));
            }
        }
        let number: u32 = tx.query_row(
            "INSERT INTO ticket_counters (guild_id, last_number) VALUES (?1, 1)
             ON CONFLICT (guild_id) DO UPDATE SET last_number = last_number + 1
             RETURNING last_number",
            [new.guild.to_sql()],
            |row| row.get(0),
        )?;
        let inserted = tx.query_row(
            "INSERT INTO tickets (guild_id, number, state, opener_id, panel_id, subject, opened_at, last_activity_at,
                 activity_from)
             VALUES (?1, ?2, 'opening', ?3, ?4, ?5, ?6, ?6, ?6)
             RETURNING id",
            params![
                new.guild.to_sql(),
                number,
                new.opener.to_sql(),
                new.panel.map(PanelId::get),
                new.subject,
                new.opened_at.millis()
            ],
            |row| row.get::<_, i64>(0),
        );
        match inserted {
            Ok(id) => Ok(Ok(Reserved {
                id: TicketId::new(id),
                number: TicketNumber::new(number),
            })),
            // Returning an error rolls the counter back with the transaction.
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict),
            Err(e) => Err(e.into()),
        }
    })
    .await
    .or_else(|e| match e {
        StoreError::Conflict => Ok(Err(Conflict::AlreadyOpening)),
        other => Err(other),
    })
}

/// Records the channel (or thread) created for an opening ticket, before anything else is
/// done with it, so a crash leaves enough to clean up.
pub async fn set_channel(
    db: &Db,
    id: TicketId,
    channel: ChannelId,
    is_thread: bool,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET channel_id = ?2, is_thread = ?3 WHERE id = ?1",
            params![id.get(), channel.to_sql(), is_thread],
        )?;
        Ok(())
    })
    .await
}

/// The open finished: the ticket is usable.
pub async fn mark_open(
    db: &Db,
    id: TicketId,
    welcome: Option<MessageId>,
    join_message: Option<MessageId>,
) -> Result<(), StoreError> {
    db.write_ticket(id, move |tx| {
        tx.execute(
            "UPDATE tickets SET state = 'open', welcome_message_id = ?2, join_message_id = ?3
             WHERE id = ?1",
            params![
                id.get(),
                welcome.map(MessageId::to_sql),
                join_message.map(MessageId::to_sql)
            ],
        )?;
        Ok(())
    })
    .await
}

/// Undoes a reservation whose Discord side failed. If no later number was handed out, the row
/// is deleted and the counter steps back, so numbers stay gap-free; otherwise the row stays as
/// `aborted` (its number is skipped, and the gap is explained by the row).
pub async fn roll_back(db: &Db, id: TicketId) -> Result<(), StoreError> {
    db.write(move |tx| {
        let (guild, number): (i64, i64) = tx.query_row(
            "SELECT guild_id, number FROM tickets WHERE id = ?1",
            [id.get()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let stepped_back = tx.execute(
            "UPDATE ticket_counters SET last_number = last_number - 1
             WHERE guild_id = ?1 AND last_number = ?2",
            params![guild, number],
        )?;
        if stepped_back == 1 {
            tx.execute("DELETE FROM tickets WHERE id = ?1", [id.get()])?;
        } else {
            tx.execute(
                "UPDATE tickets SET state = 'aborted', channel_id = NULL WHERE id = ?1",
                [id.get()],
            )?;
        }
        Ok(())
    })
    .await
}

/// Tickets stuck in `opening` (the process died mid-open), oldest first.
pub async fn stuck_opening(db: &Db, before: Timestamp) -> Result<Vec<Ticket>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM tickets WHERE state = 'opening' AND opened_at < ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([before.millis()], ticket)?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}

fn by_channel_with(conn: &Connection, channel: ChannelId) -> Result<Option<Ticket>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM tickets WHERE channel_id = ?1"),
            [channel.to_sql()],
            ticket,
        )
        .optional()?)
}

/// The ticket whose channel (or thread) this is.
pub async fn by_channel(db: &Db, channel: ChannelId) -> Result<Option<Ticket>, StoreError> {
    db.read(move |conn| by_channel_with(conn, channel)).await
}

pub async fn by_id(db: &Db, id: TicketId) -> Result<Option<Ticket>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM tickets WHERE id = ?1"),
                [id.get()],
                ticket,
            )
            .optional()?)
    })
    .await
}

pub async fn by_number(
    db: &Db,
    guild: GuildId,
    number: TicketNumber,
) -> Result<Option<Ticket>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM tickets WHERE guild_id = ?1 AND number = ?2"),
                params![guild.to_sql(), number.get()],
                ticket,
            )
            .optional()?)
    })
    .await
}

/// The guild's open tickets, oldest first.
pub async fn open_in_guild(db: &Db, guild: GuildId) -> Result<Vec<Ticket>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM tickets WHERE guild_id = ?1 AND state = 'open' ORDER BY number"
        ))?;
        let rows = stmt.query_map([guild.to_sql()], ticket)?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}

/// Counts the guards and the welcome message need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub guild_open: u32,
    pub guild_total: u32,
    pub user_open: u32,
    pub panel_open: u32,
    pub panel_last_opened: Option<Timestamp>,
    /// Everyone's open tickets from the panel.
    pub panel_all_open: u32,
}

pub async fn counts(
    db: &Db,
    guild: GuildId,
    user: UserId,
    panel: Option<PanelId>,
) -> Result<Counts, StoreError> {
    db.read(move |conn| {
        let (guild_open, user_open): (u32, u32) = conn.query_row(
            "SELECT count(*), count(*) FILTER (WHERE opener_id = ?2) FROM tickets
             WHERE guild_id = ?1 AND state IN ('opening', 'open')",
            params![guild.to_sql(), user.to_sql()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let guild_total: u32 = conn
            .query_row(
                "SELECT last_number FROM ticket_counters WHERE guild_id = ?1",
                [guild.to_sql()],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        let (panel_open, panel_last_opened, panel_all_open) = match panel {
            None => (0, None, 0),
            Some(panel) => conn.query_row(
                "SELECT count(*) FILTER (WHERE opener_id = ?2 AND state IN ('opening', 'open')),
                        max(opened_at) FILTER (WHERE opener_id = ?2),
                        count(*) FILTER (WHERE state IN ('opening', 'open'))
                 FROM tickets WHERE guild_id = ?1 AND panel_id = ?3",
                params![guild.to_sql(), user.to_sql(), panel.get()],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get::<_, Option<i64>>(1)?.map(Timestamp::from_millis),
                        r.get(2)?,
                    ))
                },
            )?,
        };
        Ok(Counts {
            guild_open,
            guild_total,
            user_open,
            panel_open,
            panel_last_opened,
            panel_all_open,
        })
    })
    .await
}

/// Sets or clears the claimer, only while the ticket is open and the claim is as `expected`
/// (so two staff claiming at once cannot both win). Returns whether it changed.
pub async fn set_claim(
    db: &Db,
    id: TicketId,
    expected: Option<UserId>,
    claimer: Option<UserId>,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let changed = tx.execute(
            "UPDATE tickets SET claimed_by = ?3
             WHERE id = ?1 AND state = 'open' AND claimed_by IS ?2",
            params![
                id.get(),
                expected.map(UserId::to_sql),
                claimer.map(UserId::to_sql)
            ],
        )?;
        Ok(changed == 1)
    })
    .await
}

pub async fn set_panel(db: &Db, id: TicketId, panel: Option<PanelId>) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET panel_id = ?2 WHERE id = ?1",
            params![id.get(), panel.map(PanelId::get)],
        )?;
        Ok(())
    })
    .await
}

pub async fn set_notes_thread(db: &Db, id: TicketId, thread: ChannelId) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET notes_thread_id = ?2 WHERE id = ?1",
            params![id.get(), thread.to_sql()],
        )?;
        Ok(())
    })
    .await
}

fn target_sql(target: Target) -> (i64, &'static str) {
    match target {
        Target::User(u) => (u.to_sql(), "user"),
        Target::Role(r) => (r.to_sql(), "role"),
    }
}

/// Adds a user or role to the ticket; `false` if already added.
pub async fn add_member(
    db: &Db,
    id: TicketId,
    target: Target,
    by: UserId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let (target_id, kind) = target_sql(target);
        Ok(tx.execute(
            "INSERT INTO ticket_members (ticket_id, target_id, target_kind, added_by, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            params![id.get(), target_id, kind, by.to_sql(), now.millis()],
        )? == 1)
    })
    .await
}

pub async fn remove_member(db: &Db, id: TicketId, target: Target) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let (target_id, _) = target_sql(target);
        Ok(tx.execute(
            "DELETE FROM ticket_members WHERE ticket_id = ?1 AND target_id = ?2",
            params![id.get(), target_id],
        )? == 1)
    })
    .await
}

pub async fn members(db: &Db, id: TicketId) -> Result<Vec<Target>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT target_id, target_kind FROM ticket_members WHERE ticket_id = ?1 ORDER BY added_at",
        )?;
        let rows = stmt.query_map([id.get()], |r| {
            let raw: i64 = r.get(0)?;
            Ok(if r.get::<_, String>(1)? == "role" {
                Target::Role(RoleId::from_sql(raw))
            } else {
                Target::User(UserId::from_sql(raw))
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}

/// Saves a form's answers (label as asked, value as given).
pub async fn save_answers(
    db: &Db,
    id: TicketId,
    answers: Vec<(String, String)>,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        let mut stmt = tx.prepare_cached(
            "INSERT OR REPLACE INTO ticket_form_answers (ticket_id, position, label, value)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (position, (label, value)) in answers.iter().enumerate() {
            stmt.execute(params![id.get(), position, label, value])?;
        }
        Ok(())
    })
    .await
}

pub use super::ticket_close::{
    CLOSE_ARCHIVED, CLOSE_LOGGED, CLOSE_MESSAGED, CLOSE_NOTICE, CloseInfo, CloseRequest,
    begin_close, clear_close_request, close_info, close_progress, close_request, close_step_done,
    mark_closed, reopen, request_close, requeue_close,
};
