//! The awaiting-response category: which tickets need a move, scheduling the move as a durable
//! job, and where each ticket channel is ([`crate::domain::pending`] decides).

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError, jobs};
use crate::clock::Timestamp;
use crate::domain::activity::AuthorKind;
use crate::domain::job_kind::JobKind;
use crate::domain::pending::{Place, next_move_at};
use crate::ids::{ChannelId, GuildId, PanelId, TicketId};

/// The dedupe key of the move due at `due`: one job per ticket and time, so a burst of
/// messages schedules one move, and a move that must wait its ten minutes can queue the next.
fn key(ticket: TicketId, due: Timestamp) -> String {
    format!("awaiting:{}:{}", ticket.get(), due.millis())
}

/// Queues the move of `ticket` due at `due` in the caller's transaction (a no-op when that
/// move is queued already).
fn enqueue_move(
    tx: &rusqlite::Transaction<'_>,
    ticket: TicketId,
    due: Timestamp,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let job = JobKind::MoveAwaiting {
        ticket: ticket.get(),
    };
    Ok(jobs::enqueue_in(tx, &job, Some(&key(ticket, due)), due, now)?.is_some())
}

/// Schedules a move for each ticket whose last message asks for another place than the one its
/// channel is in: open channel-mode tickets of panels with an awaiting-response category, with
/// no move already pending. Returns how many were scheduled; reads only when none is needed.
pub async fn schedule(
    db: &Db,
    wants: Vec<(TicketId, Place)>,
    now: Timestamp,
) -> Result<usize, StoreError> {
    if wants.is_empty() {
        return Ok(0);
    }
    let needed: Vec<(TicketId, Timestamp)> = db
        .read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT t.awaiting_place, t.awaiting_moved_at,
                        EXISTS (SELECT 1 FROM jobs j WHERE j.state = 'pending'
                                AND j.dedupe_key >= ?2 AND j.dedupe_key < ?3)
                 FROM tickets t JOIN panels p ON p.id = t.panel_id
                 WHERE t.id = ?1 AND t.state = 'open' AND t.is_thread = 0
                   AND t.channel_id IS NOT NULL
                   AND (p.awaiting_category_id IS NOT NULL OR t.awaiting_place = 'awaiting')",
            )?;
            let mut out = Vec::new();
            for (ticket, place) in wants {
                let prefix = format!("awaiting:{}:", ticket.get());
                let end = format!("awaiting:{};", ticket.get());
                let row: Option<(Option<String>, Option<i64>, bool)> = stmt
                    .query_row(params![ticket.get(), prefix, end], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                    })
                    .optional()?;
                if let Some((current, moved, pending)) = row
                    && Place::parse(current.as_deref()) != place
                    && !pending
                {
                    out.push((ticket, next_move_at(moved.map(Timestamp::from_millis), now)));
                }
            }
            Ok(out)
        })
        .await?;
    if needed.is_empty() {
        return Ok(0);
    }
    db.write(move |tx| {
        let mut n = 0;
        for (ticket, due) in needed {
            n += usize::from(enqueue_move(tx, ticket, due, now)?);
        }
        Ok(n)
    })
    .await
}

/// Queues the move for `due` (a move that must wait its ten minutes).
pub async fn schedule_at(
    db: &Db,
    ticket: TicketId,
    due: Timestamp,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| enqueue_move(tx, ticket, due, now).map(drop))
        .await
}

/// What a move reads of its ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveState {
    pub guild: GuildId,
    pub panel: Option<PanelId>,
    pub channel: Option<ChannelId>,
    pub open: bool,
    pub is_thread: bool,
    /// The panel's own category and its awaiting-response category.
    pub panel_category: Option<ChannelId>,
    pub awaiting_category: Option<ChannelId>,
    pub place: Place,
    pub moved_at: Option<Timestamp>,
    /// The category the channel came from when it moved to the awaiting category.
    pub home: Option<ChannelId>,
    pub last_kind: Option<AuthorKind>,
}

pub async fn state(db: &Db, ticket: TicketId) -> Result<Option<MoveState>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT t.guild_id, t.panel_id, t.channel_id, t.state = 'open', t.is_thread,
                        p.category_id, p.awaiting_category_id, t.awaiting_place,
                        t.awaiting_moved_at, t.home_category_id, t.last_message_kind
                 FROM tickets t LEFT JOIN panels p ON p.id = t.panel_id WHERE t.id = ?1",
                [ticket.get()],
                |r| {
                    let channel = |i: usize| -> rusqlite::Result<Option<ChannelId>> {
                        Ok(r.get::<_, Option<i64>>(i)?.map(ChannelId::from_sql))
                    };
                    Ok(MoveState {
                        guild: GuildId::from_sql(r.get(0)?),
                        panel: r.get::<_, Option<i64>>(1)?.map(PanelId::new),
                        channel: channel(2)?,
                        open: r.get(3)?,
                        is_thread: r.get(4)?,
                        panel_category: channel(5)?,
                        awaiting_category: channel(6)?,
                        place: Place::parse(r.get::<_, Option<String>>(7)?.as_deref()),
                        moved_at: r.get::<_, Option<i64>>(8)?.map(Timestamp::from_millis),
                        home: channel(9)?,
                        last_kind: r
                            .get::<_, Option<String>>(10)?
                            .as_deref()
                            .and_then(AuthorKind::parse),
                    })
                },
            )
            .optional()?)
    })
    .await
}

/// Records a move: the place, when, and (moving to the awaiting category) where it came from.
pub async fn moved(
    db: &Db,
    ticket: TicketId,
    place: Place,
    home: Option<ChannelId>,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET awaiting_place = ?2, awaiting_moved_at = ?3,
                 home_category_id = coalesce(?4, home_category_id)
             WHERE id = ?1",
            params![
                ticket.get(),
                place.as_str(),
                now.millis(),
                home.map(ChannelId::to_sql)
            ],
        )?;
        Ok(())
    })
    .await
}

/// Sets (or clears) a panel's awaiting-response category.
pub async fn set_panel_category(
    db: &Db,
    guild: GuildId,
    panel: PanelId,
    category: Option<ChannelId>,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE panels SET awaiting_category_id = ?3 WHERE id = ?1 AND guild_id = ?2",
            params![panel.get(), guild.to_sql(), category.map(ChannelId::to_sql)],
        )? == 1)
    })
    .await
}
