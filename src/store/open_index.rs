//! The open tickets' channels, in memory: deciding that a message is not in a ticket must not
//! touch SQLite. Built when the database opens and changed only by the writes that open, close
//! or reopen a ticket (under the writer's lock, so it follows commit order).

use std::collections::HashMap;
use std::sync::RwLock;

use rusqlite::Connection;

use super::StoreError;
use crate::ids::{ChannelId, GuildId, TicketId, UserId};

/// An open ticket, as a message in its channel needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenTicket {
    pub id: TicketId,
    pub guild: GuildId,
    pub opener: UserId,
}

#[derive(Debug, Default)]
pub(super) struct OpenIndex {
    by_channel: RwLock<HashMap<ChannelId, OpenTicket>>,
}

impl OpenIndex {
    pub(super) fn load(conn: &Connection) -> Result<Self, StoreError> {
        let mut stmt = conn.prepare(
            "SELECT channel_id, id, guild_id, opener_id FROM tickets
             WHERE state = 'open' AND channel_id IS NOT NULL",
        )?;
        let map = stmt
            .query_map([], |r| {
                Ok((
                    ChannelId::from_sql(r.get(0)?),
                    OpenTicket {
                        id: TicketId::new(r.get(1)?),
                        guild: GuildId::from_sql(r.get(2)?),
                        opener: UserId::from_sql(r.get(3)?),
                    },
                ))
            })?
            .collect::<Result<HashMap<_, _>, _>>()?;
        Ok(Self {
            by_channel: RwLock::new(map),
        })
    }

    pub(super) fn get(&self, channel: ChannelId) -> Option<OpenTicket> {
        self.by_channel
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&channel)
            .copied()
    }

    pub(super) fn any(&self, f: impl Fn(&OpenTicket) -> bool) -> bool {
        self.by_channel
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .values()
            .any(f)
    }

    pub(super) fn len(&self) -> usize {
        self.by_channel
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    /// Makes the entry for ticket `id` match `row` (its channel and entry when open, else none).
    pub(super) fn set(&self, id: TicketId, row: Option<(ChannelId, OpenTicket)>) {
        let mut map = self
            .by_channel
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.retain(|_, t| t.id != id);
        if let Some((channel, ticket)) = row {
            map.insert(channel, ticket);
        }
    }

    pub(super) fn forget_guild(&self, guild: GuildId) {
        self.by_channel
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .retain(|_, t| t.guild != guild);
    }
}

/// Ticket `id`'s index entry as the transaction sees it: `Some` when it is open in a channel.
pub(super) fn row_of(
    conn: &Connection,
    id: TicketId,
) -> Result<Option<(ChannelId, OpenTicket)>, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            "SELECT channel_id, guild_id, opener_id FROM tickets
             WHERE id = ?1 AND state = 'open' AND channel_id IS NOT NULL",
            [id.get()],
            |r| {
                Ok((
                    ChannelId::from_sql(r.get(0)?),
                    OpenTicket {
                        id,
                        guild: GuildId::from_sql(r.get(1)?),
                        opener: UserId::from_sql(r.get(2)?),
                    },
                ))
            },
        )
        .optional()?)
}
