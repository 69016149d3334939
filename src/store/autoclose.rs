//! Auto-close settings per guild and the per-ticket facts the rules read.

use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::activity::AuthorKind;
use crate::domain::autoclose::{Rules, TicketFacts};
use crate::ids::{ChannelId, GuildId, MessageId, TicketId, UserId};

fn secs(d: Option<Duration>) -> Option<i64> {
    d.map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn duration(secs: Option<i64>) -> Option<Duration> {
    secs.and_then(|s| u64::try_from(s).ok())
        .map(Duration::from_secs)
}

const RULE_COLUMNS: &str = "a.enabled, a.no_response_secs, a.since_last_message_secs, a.on_leave, \
    a.warning_secs, a.changed_at";

fn rules_from(r: &Row<'_>, at: usize) -> rusqlite::Result<Rules> {
    Ok(Rules {
        enabled: r.get(at)?,
        no_response: duration(r.get(at + 1)?),
        since_last_message: duration(r.get(at + 2)?),
        on_leave: r.get(at + 3)?,
        warning: duration(r.get(at + 4)?),
        changed_at: Timestamp::from_millis(r.get(at + 5)?),
    })
}

/// The guild's rules; every rule off when it never set any.
pub async fn rules(db: &Db, guild: GuildId) -> Result<Rules, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                &format!("SELECT {RULE_COLUMNS} FROM autoclose_settings a WHERE a.guild_id = ?1"),
                [guild.to_sql()],
                |r| rules_from(r, 0),
            )
            .optional()?
            .unwrap_or_default())
    })
    .await
}

/// Saves the guild's rules (`changed_at` included), and returns how many open tickets are
/// already past a rule and so close after the grace period.
pub async fn set_rules(db: &Db, guild: GuildId, rules: Rules) -> Result<usize, StoreError> {
    let saved = db
        .write(move |tx| {
            tx.execute(
                "INSERT INTO autoclose_settings (guild_id, enabled, no_response_secs,
                     since_last_message_secs, on_leave, warning_secs, changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (guild_id) DO UPDATE SET enabled = excluded.enabled,
                     no_response_secs = excluded.no_response_secs,
                     since_last_message_secs = excluded.since_last_message_secs,
                     on_leave = excluded.on_leave, warning_secs = excluded.warning_secs,
                     changed_at = excluded.changed_at",
                params![
                    guild.to_sql(),
                    rules.enabled,
                    secs(rules.no_response),
                    secs(rules.since_last_message),
                    rules.on_leave,
                    secs(rules.warning),
                    rules.changed_at.millis()
                ],
            )?;
            Ok(())
        })
        .await;
    saved?;
    let open = db.read(move |conn| open_facts(conn, Some(guild))).await?;
    Ok(open
        .iter()
        .filter(|t| {
            rules
                .natural_deadline(&t.facts)
                .is_some_and(|(_, at)| at < rules.changed_at)
        })
        .count())
}

/// An open ticket as the auto-close sweep sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub ticket: TicketId,
    pub guild: GuildId,
    pub channel: Option<ChannelId>,
    pub opener: UserId,
    pub facts: TicketFacts,
    /// The deadline the last warning announced, and its message.
    pub warned_for: Option<Timestamp>,
    pub warning_message: Option<MessageId>,
    pub last_message_id: Option<u64>,
    /// Whether its activity was followed since it opened (older tickets: unknown history).
    pub followed: bool,
}

const CANDIDATE_COLUMNS: &str = "t.id, t.guild_id, t.channel_id, t.opener_id, t.opened_at, \
    t.opener_last_message_at, t.last_message_at, t.last_message_kind, t.keep_open_at, \
    t.opener_left_at, t.autoclose_excluded, t.autoclose_warned_for, t.autoclose_warning_id, \
    t.last_message_id, t.activity_from";

/// A candidate from a row whose [`CANDIDATE_COLUMNS`] start at column `by`.
fn candidate_from(r: &Row<'_>, by: usize) -> rusqlite::Result<Candidate> {
    let ts = |i: usize| -> rusqlite::Result<Option<Timestamp>> {
        Ok(r.get::<_, Option<i64>>(i + by)?.map(Timestamp::from_millis))
    };
    let last_kind: Option<String> = r.get(7 + by)?;
    Ok(Candidate {
        ticket: TicketId::new(r.get(by)?),
        guild: GuildId::from_sql(r.get(1 + by)?),
        channel: r.get::<_, Option<i64>>(2 + by)?.map(ChannelId::from_sql),
        opener: UserId::from_sql(r.get(3 + by)?),
        facts: TicketFacts {
            opened_at: Timestamp::from_millis(r.get(4 + by)?),
            opener_last: ts(5)?,
            last: ts(6)?.zip(last_kind.as_deref().and_then(AuthorKind::parse)),
            keep_open_at: ts(8)?,
            opener_left_at: ts(9)?,
            excluded: r.get(10 + by)?,
        },
        warned_for: ts(11)?,
        warning_message: r.get::<_, Option<i64>>(12 + by)?.map(MessageId::from_sql),
        last_message_id: r
            .get::<_, Option<i64>>(13 + by)?
            .and_then(|m| u64::try_from(m).ok()),
        followed: r.get::<_, Option<i64>>(14 + by)?.is_some(),
    })
}

fn open_facts(conn: &Connection, guild: Option<GuildId>) -> Result<Vec<Candidate>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CANDIDATE_COLUMNS} FROM tickets t
         WHERE t.state = 'open' AND (?1 IS NULL OR t.guild_id = ?1)"
    ))?;
    Ok(stmt
        .query_map([guild.map(GuildId::to_sql)], |r| candidate_from(r, 0))?
        .collect::<Result<_, _>>()?)
}

/// Every open ticket in a guild whose auto-close is enabled, with the guild's rules.
pub async fn candidates(db: &Db) -> Result<Vec<(Rules, Candidate)>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {RULE_COLUMNS}, {CANDIDATE_COLUMNS} FROM autoclose_settings a
             JOIN tickets t ON t.guild_id = a.guild_id AND t.state = 'open'
             WHERE a.enabled = 1 AND t.autoclose_excluded = 0"
        ))?;
        let rows = stmt
            .query_map([], |r| {
                // The candidate's columns follow the six rule columns.
                Ok((rules_from(r, 0)?, candidate_from(r, 6)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// One ticket's candidate row and its guild's rules, whatever its state (`None`: gone).
pub async fn candidate(
    db: &Db,
    ticket: TicketId,
) -> Result<Option<(Rules, Candidate, bool)>, StoreError> {
    db.read(move |conn| {
        let row = conn
            .query_row(
                &format!(
                    "SELECT {CANDIDATE_COLUMNS}, t.state = 'open' FROM tickets t WHERE t.id = ?1"
                ),
                [ticket.get()],
                |r| Ok((candidate_from(r, 0)?, r.get::<_, bool>(15)?)),
            )
            .optional()?;
        let Some((candidate, open)) = row else {
            return Ok(None);
        };
        let rules = conn
            .query_row(
                &format!("SELECT {RULE_COLUMNS} FROM autoclose_settings a WHERE a.guild_id = ?1"),
                [candidate.guild.to_sql()],
                |r| rules_from(r, 0),
            )
            .optional()?
            .unwrap_or_default();
        Ok(Some((rules, candidate, open)))
    })
    .await
}

/// Toggles a ticket's exclusion; returns whether it is now excluded.
pub async fn toggle_excluded(db: &Db, ticket: TicketId) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.query_row(
            "UPDATE tickets SET autoclose_excluded = 1 - autoclose_excluded WHERE id = ?1
             RETURNING autoclose_excluded",
            [ticket.get()],
            |r| r.get(0),
        )?)
    })
    .await
}

/// "Keep open" pressed: the rules' durations restart now. Returns whether the ticket is open.
pub async fn keep_open(db: &Db, ticket: TicketId, now: Timestamp) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE tickets SET keep_open_at = ?2 WHERE id = ?1 AND state = 'open'",
            params![ticket.get(), now.millis()],
        )? == 1)
    })
    .await
}

/// The warning for the close due at `deadline` was posted as `message`.
pub async fn mark_warned(
    db: &Db,
    ticket: TicketId,
    deadline: Timestamp,
    message: Option<MessageId>,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE tickets SET autoclose_warned_for = ?2, autoclose_warning_id = ?3 WHERE id = ?1",
            params![
                ticket.get(),
                deadline.millis(),
                message.map(MessageId::to_sql)
            ],
        )?;
        Ok(())
    })
    .await
}

/// The opener left the guild (`Some(at)`) or came back (`None`): their open tickets there
/// follow. Returns the tickets changed.
pub async fn opener_presence(
    db: &Db,
    guild: GuildId,
    opener: UserId,
    left_at: Option<Timestamp>,
) -> Result<Vec<TicketId>, StoreError> {
    db.write(move |tx| {
        let mut stmt = tx.prepare_cached(
            "UPDATE tickets SET opener_left_at = ?3
             WHERE guild_id = ?1 AND opener_id = ?2 AND state = 'open'
               AND (opener_left_at IS NULL) = (?3 IS NOT NULL)
             RETURNING id",
        )?;
        let ids = stmt
            .query_map(
                params![
                    guild.to_sql(),
                    opener.to_sql(),
                    left_at.map(Timestamp::millis)
                ],
                |r| Ok(TicketId::new(r.get(0)?)),
            )?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    })
    .await
}

/// The openers of open tickets (per guild), to check at connect who left while offline.
pub async fn open_openers(db: &Db) -> Result<Vec<(GuildId, UserId)>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT guild_id, opener_id FROM tickets
             WHERE state = 'open' AND opener_left_at IS NULL AND opener_id != 0",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((GuildId::from_sql(r.get(0)?), UserId::from_sql(r.get(1)?)))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
