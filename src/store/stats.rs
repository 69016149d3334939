//! The rows the statistics are computed from ([`crate::domain::stats`]).

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::stats::{StatRow, TicketTimes};
use crate::ids::{GuildId, UserId};

const STATE_COUNTED: &str = "state IN ('open', 'closing', 'closed')";

const SERVER_TIMES: &str = "SELECT opened_at, state = 'open', closed_at, first_response_at
     FROM tickets WHERE guild_id = ?1 AND state IN ('open', 'closing', 'closed')";

fn times(r: &rusqlite::Row<'_>, from: usize) -> rusqlite::Result<TicketTimes> {
    let at = |v: Option<i64>| v.map(Timestamp::from_millis);
    Ok(TicketTimes {
        opened_at: Timestamp::from_millis(r.get(from)?),
        open: r.get(from + 1)?,
        closed_at: at(r.get(from + 2)?),
        first_response_at: at(r.get(from + 3)?),
    })
}

/// What the server figures need: every counted ticket's times (aborted opens aside), read from
/// the covering index `tickets_stats`, and the ratings given.
pub async fn server_inputs(
    db: &Db,
    guild: GuildId,
) -> Result<(Vec<TicketTimes>, Vec<u8>), StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(SERVER_TIMES)?;
        let tickets = stmt
            .query_map([guild.to_sql()], |r| times(r, 0))?
            .collect::<Result<_, _>>()?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT f.rating FROM feedback f JOIN tickets t ON t.id = f.ticket_id
             WHERE t.guild_id = ?1 AND t.{STATE_COUNTED}"
        ))?;
        let ratings = stmt
            .query_map([guild.to_sql()], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok((tickets, ratings))
    })
    .await
}

/// One row per counted ticket with who claimed, closed and answered it and its rating (a staff
/// member's figures).
pub async fn rows(db: &Db, guild: GuildId) -> Result<Vec<StatRow>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT t.opened_at, t.state = 'open', t.closed_at, t.first_response_at,
                    t.first_response_by, t.claimed_by, c.closed_by, f.rating
             FROM tickets t
             LEFT JOIN close_reasons c ON c.ticket_id = t.id
             LEFT JOIN feedback f ON f.ticket_id = t.id
             WHERE t.guild_id = ?1 AND t.{STATE_COUNTED}"
        ))?;
        let user = |v: Option<i64>| v.filter(|u| *u != 0).map(UserId::from_sql);
        let rows = stmt
            .query_map([guild.to_sql()], |r| {
                Ok(StatRow {
                    times: times(r, 0)?,
                    first_response_by: user(r.get(4)?),
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

/// Every user who wrote in the guild's tickets as staff, with how many tickets.
pub async fn answered_counts(db: &Db, guild: GuildId) -> Result<Vec<(UserId, usize)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT p.user_id, count(*) FROM ticket_participants p
             JOIN tickets t ON t.id = p.ticket_id
             WHERE t.guild_id = ?1 AND p.is_staff = 1 AND p.messages > 0 AND p.user_id != 0
             GROUP BY p.user_id",
        )?;
        let rows = stmt
            .query_map([guild.to_sql()], |r| {
                let n: i64 = r.get(1)?;
                Ok((UserId::from_sql(r.get(0)?), usize::try_from(n).unwrap_or(0)))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
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

/// Every server with tickets: its open and total ticket counts (the operator page).
pub async fn ticket_counts_by_guild(db: &Db) -> Result<Vec<(GuildId, u64, u64)>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare(
            "SELECT guild_id, count(*) FILTER (WHERE state IN ('opening', 'open')), count(*)
             FROM tickets GROUP BY guild_id ORDER BY count(*) DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((GuildId::from_sql(r.get(0)?), r.get(1)?, r.get(2)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Open tickets in every guild (the metrics gauge).
pub async fn open_ticket_count(db: &Db) -> Result<u64, StoreError> {
    db.read(|conn| {
        Ok(conn.query_row(
            "SELECT count(*) FROM tickets WHERE state IN ('opening', 'open')",
            [],
            |r| r.get(0),
        )?)
    })
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn server_times_come_from_the_covering_index() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        super::super::migrate::apply(&mut conn, &path).unwrap();
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::SERVER_TIMES))
            .unwrap()
            .query_map([1], |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            plan.iter()
                .any(|step| step.contains("COVERING INDEX tickets_stats")),
            "{plan:?}"
        );
    }
}
