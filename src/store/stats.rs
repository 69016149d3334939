//! The rows the statistics are computed from ([`crate::domain::stats`]).

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::stats::StatRow;
use crate::ids::{GuildId, UserId};

/// One row per ticket of the guild that opened (aborted opens aside).
pub async fn rows(db: &Db, guild: GuildId) -> Result<Vec<StatRow>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT t.opened_at, t.state = 'open', t.closed_at, t.first_response_at,
                    t.first_response_by, t.claimed_by, c.closed_by, f.rating
             FROM tickets t
             LEFT JOIN close_reasons c ON c.ticket_id = t.id
             LEFT JOIN feedback f ON f.ticket_id = t.id
             WHERE t.guild_id = ?1 AND t.state IN ('open', 'closing', 'closed')",
        )?;
        let user = |v: Option<i64>| v.filter(|u| *u != 0).map(UserId::from_sql);
        let rows = stmt
            .query_map([guild.to_sql()], |r| {
                let first_at: Option<i64> = r.get(3)?;
                Ok(StatRow {
                    opened_at: Timestamp::from_millis(r.get(0)?),
                    open: r.get(1)?,
                    closed_at: r.get::<_, Option<i64>>(2)?.map(Timestamp::from_millis),
                    first_response: first_at.map(Timestamp::from_millis).zip(user(r.get(4)?)),
                    claimed_by: user(r.get(5)?),
                    closed_by: user(r.get(6)?),
                    rating: r.get(7)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// How many of the guild's tickets `user` wrote in as staff.
pub async fn answered(db: &Db, guild: GuildId, user: UserId) -> Result<usize, StoreError> {
    db.read(move |conn| {
        let n: i64 = conn.query_row(
            "SELECT count(*) FROM ticket_participants p JOIN tickets t ON t.id = p.ticket_id
             WHERE t.guild_id = ?1 AND p.user_id = ?2 AND p.is_staff = 1 AND p.messages > 0",
            [guild.to_sql(), user.to_sql()],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    })
    .await
}

/// The guild's most used close reasons that start with `prefix` (case-insensitive), most used
/// first, at most 25 (Discord's autocomplete limit).
pub async fn common_close_reasons(
    db: &Db,
    guild: GuildId,
    prefix: String,
) -> Result<Vec<String>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT c.reason FROM close_reasons c JOIN tickets t ON t.id = c.ticket_id
             WHERE t.guild_id = ?1 AND c.reason IS NOT NULL AND c.reason != '[removed on request]'
               AND length(c.reason) <= 100 AND lower(c.reason) LIKE ?2 ESCAPE '\\'
             GROUP BY c.reason ORDER BY count(*) DESC, c.reason LIMIT 25",
        )?;
        let like = format!("{}%", super::like_escaped(&prefix));
        let rows = stmt
            .query_map(rusqlite::params![guild.to_sql(), like], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// `opener`'s closed tickets in the guild, newest first, at most 25: (number, subject).
pub async fn closed_tickets_of(
    db: &Db,
    guild: GuildId,
    opener: UserId,
) -> Result<Vec<(u32, Option<String>)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT number, subject FROM tickets
             WHERE guild_id = ?1 AND opener_id = ?2 AND state = 'closed' AND is_thread = 1
             ORDER BY number DESC LIMIT 25",
        )?;
        let rows = stmt
            .query_map([guild.to_sql(), opener.to_sql()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
