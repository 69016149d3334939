//! Data requests: everything SQLite holds about a user (export), removing it (purge), the
//! request log with dates, and purging a guild the bot left.

use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    Export,
    Purge,
    GuildPurge,
}

impl RequestKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Purge => "purge",
            Self::GuildPurge => "guild_purge",
        }
    }
}

/// Logs a request; returns its id for [`complete_request`].
pub async fn record_request(
    db: &Db,
    kind: RequestKind,
    subject: u64,
    now: Timestamp,
) -> Result<i64, StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO privacy_requests (kind, subject_id, requested_at) VALUES (?1, ?2, ?3)",
            params![kind.as_str(), subject as i64, now.millis()],
        )?;
        Ok(tx.last_insert_rowid())
    })
    .await
}

pub async fn complete_request(
    db: &Db,
    id: i64,
    now: Timestamp,
    detail: String,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE privacy_requests SET completed_at = ?2, detail = ?3 WHERE id = ?1",
            params![id, now.millis(), detail],
        )?;
        Ok(())
    })
    .await
}

/// One logged request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub kind: String,
    pub subject: u64,
    pub requested_at: Timestamp,
    pub completed_at: Option<Timestamp>,
    pub detail: Option<String>,
}

pub async fn requests(db: &Db) -> Result<Vec<Request>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare(
            "SELECT kind, subject_id, requested_at, completed_at, detail
             FROM privacy_requests ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Request {
                    kind: r.get(0)?,
                    subject: r.get::<_, i64>(1)?.cast_unsigned(),
                    requested_at: Timestamp::from_millis(r.get(2)?),
                    completed_at: r.get::<_, Option<i64>>(3)?.map(Timestamp::from_millis),
                    detail: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Runs `sql` with `?1` = the user and returns the rows as JSON objects.
fn rows_json(conn: &rusqlite::Connection, sql: &str, user: i64) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare(sql)?;
    let names: Vec<String> = stmt
        .column_names()
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let rows = stmt
        .query_map([user], |r| {
            let mut object = serde_json::Map::new();
            for (i, name) in names.iter().enumerate() {
                let v = match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => Value::Null,
                    rusqlite::types::ValueRef::Integer(n) => json!(n),
                    rusqlite::types::ValueRef::Real(f) => json!(f),
                    rusqlite::types::ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
                    rusqlite::types::ValueRef::Blob(b) => json!(hex::encode(b)),
                };
                object.insert(name.clone(), v);
            }
            Ok(Value::Object(object))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Every row that names `user`, grouped by what it is.
pub async fn user_rows(db: &Db, user: UserId) -> Result<Value, StoreError> {
    db.read(move |conn| {
        let u = user.to_sql();
        Ok(json!({
            "tickets_opened": rows_json(conn,
                "SELECT guild_id, number, state, subject, opened_at, closed_at, claimed_by, has_transcript
                 FROM tickets WHERE opener_id = ?1 ORDER BY guild_id, number", u)?,
            "tickets_claimed": rows_json(conn,
                "SELECT guild_id, number FROM tickets WHERE claimed_by = ?1 ORDER BY guild_id, number", u)?,
            "tickets_closed": rows_json(conn,
                "SELECT t.guild_id, t.number, c.reason FROM close_reasons c JOIN tickets t ON t.id = c.ticket_id
                 WHERE c.closed_by = ?1 ORDER BY t.guild_id, t.number", u)?,
            "form_answers": rows_json(conn,
                "SELECT t.guild_id, t.number, a.label, a.value FROM ticket_form_answers a
                 JOIN tickets t ON t.id = a.ticket_id WHERE t.opener_id = ?1
                 ORDER BY t.guild_id, t.number, a.position", u)?,
            // Another opener picked them in a member question.
            "named_in_form_answers": rows_json(conn,
                "SELECT t.guild_id, t.number, a.label FROM ticket_form_answers a
                 JOIN tickets t ON t.id = a.ticket_id
                 WHERE t.opener_id != ?1 AND instr(a.value, '<@' || ?1 || '>') > 0
                 ORDER BY t.guild_id, t.number, a.position", u)?,
            "added_to_tickets": rows_json(conn,
                "SELECT t.guild_id, t.number, m.added_at FROM ticket_members m JOIN tickets t ON t.id = m.ticket_id
                 WHERE m.target_kind = 'user' AND m.target_id = ?1", u)?,
            "staff": rows_json(conn,
                "SELECT guild_id, level, added_at FROM staff WHERE target_kind = 'user' AND target_id = ?1", u)?,
            // Requests they filed with /mydata (kept after a removal: the record of it).
            "data_requests": rows_json(conn,
                "SELECT id, kind, requested_at, state, handled_at, reason FROM data_requests
                 WHERE user_id = ?1 ORDER BY id", u)?,
            "on_call": rows_json(conn,
                "SELECT guild_id, since FROM on_call WHERE user_id = ?1", u)?,
            // Which integrations were sent their user ID, when, and the outcome (never the
            // answer: ticketbox does not keep it).
            "integration_calls": rows_json(conn,
                "SELECT guild_id, integration, at, outcome FROM integration_calls
                 WHERE user_id = ?1 ORDER BY at", u)?,
            "support_teams": rows_json(conn,
                "SELECT t.guild_id, t.name FROM support_team_members m JOIN support_teams t ON t.id = m.team_id
                 WHERE m.target_kind = 'user' AND m.target_id = ?1", u)?,
            "blacklist": rows_json(conn,
                "SELECT guild_id, added_at, reason FROM blacklist WHERE target_kind = 'user' AND target_id = ?1", u)?,
            "feedback": rows_json(conn,
                "SELECT t.guild_id, t.number, f.rating, f.comment, f.created_at FROM feedback f
                 JOIN tickets t ON t.id = f.ticket_id WHERE f.user_id = ?1", u)?,
            "exit_survey_answers": rows_json(conn,
                "SELECT t.guild_id, t.number, a.question, a.answer, a.submitted_at
                 FROM exit_survey_answers a JOIN tickets t ON t.id = a.ticket_id
                 WHERE a.user_id = ?1 ORDER BY t.guild_id, t.number, a.position", u)?,
            "tickets_written_in": rows_json(conn,
                "SELECT t.guild_id, t.number, p.is_staff, p.messages, p.first_at, p.last_at
                 FROM ticket_participants p JOIN tickets t ON t.id = p.ticket_id
                 WHERE p.user_id = ?1 ORDER BY t.guild_id, t.number", u)?,
            "first_responses": rows_json(conn,
                "SELECT guild_id, number, first_response_at FROM tickets
                 WHERE first_response_by = ?1 ORDER BY guild_id, number", u)?,
            "close_requests": rows_json(conn,
                "SELECT t.guild_id, t.number, r.reason, r.created_at FROM close_requests r
                 JOIN tickets t ON t.id = r.ticket_id WHERE r.requested_by = ?1", u)?,
            "members_added_by_them": rows_json(conn,
                "SELECT t.guild_id, t.number, m.target_id, m.target_kind, m.added_at FROM ticket_members m
                 JOIN tickets t ON t.id = m.ticket_id WHERE m.added_by = ?1", u)?,
            "staff_added_by_them": rows_json(conn,
                "SELECT guild_id, target_id, target_kind, level, added_at FROM staff WHERE added_by = ?1", u)?,
            "blacklist_added_by_them": rows_json(conn,
                "SELECT guild_id, target_id, target_kind, added_at FROM blacklist WHERE added_by = ?1", u)?,
            "tags_created": rows_json(conn,
                "SELECT guild_id, name, created_at FROM tags WHERE created_by = ?1", u)?,
            "dashboard_changes": rows_json(conn,
                "SELECT guild_id, action, detail, at FROM audit_log WHERE user_id = ?1", u)?,
            "dashboard_changes_about_them": rows_json(conn,
                "SELECT guild_id, action, detail, at FROM audit_log WHERE target_user = ?1", u)?,
        }))
    })
    .await
}

/// Queues a [`super::jobs::kind::SCRUB_THREAD`] job for every thread ticket `user` opened (ids
/// only in the payload), so the running bot edits what it wrote there for them. Call before
/// [`anonymise_user`], which forgets who opened them. Returns how many were queued.
pub async fn queue_thread_scrubs(
    db: &Db,
    user: UserId,
    now: Timestamp,
) -> Result<usize, StoreError> {
    db.write(move |tx| {
        let threads: Vec<(i64, Option<i64>)> = {
            let mut stmt = tx.prepare_cached(
                "SELECT channel_id, welcome_message_id FROM tickets
                 WHERE opener_id = ?1 AND is_thread = 1 AND channel_id IS NOT NULL",
            )?;
            stmt.query_map([user.to_sql()], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?
        };
        for (channel, welcome) in &threads {
            let job = crate::domain::job_kind::JobKind::ScrubThread {
                channel: crate::ids::ChannelId::from_sql(*channel).get(),
                welcome: welcome.map(|m| crate::ids::MessageId::from_sql(m).get()),
            };
            super::jobs::enqueue_in(tx, &job, None, now, now)?;
        }
        Ok(threads.len())
    })
    .await
}

/// Removes or anonymises every row that names `user`, in one transaction. Ticket rows stay
/// (numbers must stay gap-free) with the user replaced by 0 and their text by a marker.
pub async fn anonymise_user(db: &Db, user: UserId) -> Result<usize, StoreError> {
    db.write(move |tx| {
        let u = user.to_sql();
        let mut changed = 0;
        for sql in [
            "UPDATE ticket_form_answers SET value = '[removed on request]'
             WHERE ticket_id IN (SELECT id FROM tickets WHERE opener_id = ?1)",
            // Someone else's answer that picked them (a member question): the removed user.
            "UPDATE ticket_form_answers SET value = replace(value, '<@' || ?1 || '>', '<@0>')
             WHERE instr(value, '<@' || ?1 || '>') > 0",
            "UPDATE tickets SET subject = '[removed on request]' WHERE opener_id = ?1 AND subject IS NOT NULL",
            "UPDATE close_reasons SET reason = '[removed on request]' WHERE closed_by = ?1 AND reason IS NOT NULL",
            "UPDATE close_requests SET reason = '[removed on request]' WHERE requested_by = ?1 AND reason IS NOT NULL",
            "UPDATE tickets SET opener_id = 0 WHERE opener_id = ?1",
            "UPDATE tickets SET claimed_by = NULL WHERE claimed_by = ?1",
            "UPDATE close_reasons SET closed_by = 0 WHERE closed_by = ?1",
            "UPDATE close_requests SET requested_by = 0 WHERE requested_by = ?1",
            "UPDATE staff SET added_by = NULL WHERE added_by = ?1",
            "UPDATE blacklist SET added_by = NULL WHERE added_by = ?1",
            "UPDATE tags SET created_by = 0 WHERE created_by = ?1",
            "DELETE FROM ticket_members WHERE target_kind = 'user' AND target_id = ?1",
            "UPDATE ticket_members SET added_by = 0 WHERE added_by = ?1",
            "DELETE FROM staff WHERE target_kind = 'user' AND target_id = ?1",
            "DELETE FROM support_team_members WHERE target_kind = 'user' AND target_id = ?1",
            "DELETE FROM blacklist WHERE target_kind = 'user' AND target_id = ?1",
            "DELETE FROM feedback WHERE user_id = ?1",
            "DELETE FROM exit_survey_answers WHERE user_id = ?1",
            "DELETE FROM transcript_participants WHERE user_id = ?1",
            "DELETE FROM ticket_participants WHERE user_id = ?1",
            "UPDATE tickets SET first_response_by = 0 WHERE first_response_by = ?1",
            "DELETE FROM sessions WHERE user_id = ?1",
            "DELETE FROM on_call WHERE user_id = ?1",
            "DELETE FROM integration_calls WHERE user_id = ?1",
            "UPDATE audit_log SET user_id = 0, username = 'removed user' WHERE user_id = ?1",
            // Entries about them made by someone else: the target column finds them, and the
            // id goes from the detail text too.
            "UPDATE audit_log SET target_user = 0,
                 detail = replace(detail, 'user:' || ?1, 'user:0')
             WHERE target_user = ?1",
        ] {
            changed += tx.execute(sql, [u])?;
        }
        Ok(changed)
    })
    .await
}

/// Users whose removal was requested and done: archives made later remove them too.
pub async fn removed_users(db: &Db) -> Result<std::collections::BTreeSet<UserId>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT subject_id FROM privacy_requests WHERE kind = 'purge'",
        )?;
        let rows = stmt
            .query_map([], |r| Ok(UserId::from_sql(r.get(0)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Guilds the bot left before `cutoff` (their data is due for purging), and guilds whose purge
/// was claimed and did not finish (a restart resumes it).
pub async fn guilds_left_before(db: &Db, cutoff: Timestamp) -> Result<Vec<GuildId>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT guild_id FROM guilds
             WHERE (left_at IS NOT NULL AND left_at < ?1) OR purge_started_at IS NOT NULL",
        )?;
        let rows = stmt
            .query_map([cutoff.millis()], |r| Ok(GuildId::from_sql(r.get(0)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// `(left_at, purge_started_at)` of a recorded guild, in milliseconds.
fn purge_state(
    tx: &rusqlite::Transaction<'_>,
    guild: GuildId,
) -> rusqlite::Result<Option<(Option<i64>, Option<i64>)>> {
    tx.query_row(
        "SELECT left_at, purge_started_at FROM guilds WHERE guild_id = ?1",
        [guild.to_sql()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// Claims the purge of `guild` if the bot is still gone since before `cutoff`, deleting every
/// row of the guild in the same transaction, or resumes a purge claimed earlier (its rows went
/// then: rows written since belong to the bot's return and stay). Once claimed, the purge is
/// carried out to the end whatever happens to the guild meanwhile. Returns whether the purge
/// is to run.
pub async fn claim_guild_purge(
    db: &Db,
    guild: GuildId,
    cutoff: Timestamp,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let claimed = db
        .write(move |tx| {
            let g = guild.to_sql();
            let row = purge_state(tx, guild)?;
            match row {
                Some((_, Some(_))) => return Ok(true),
                Some((Some(left), None)) if left < cutoff.millis() => {}
                _ => return Ok(false),
            }
            tx.execute(
                "UPDATE guilds SET purge_started_at = ?2 WHERE guild_id = ?1",
                params![g, now.millis()],
            )?;
            // The guild's jobs that are not running (closes, close requests, renames of its
            // tickets), before the tickets that find them: their payloads go with the guild.
            tx.execute(
                "DELETE FROM jobs WHERE state != 'running' AND (
                 (kind IN ('close_ticket', 'delayed_close', 'auto_close')
                  AND json_extract(payload, '$.ticket') IN
                      (SELECT id FROM tickets WHERE guild_id = ?1))
                 OR (kind IN ('rename_channel', 'delete_channel')
                  AND json_extract(payload, '$.channel') IN
                      (SELECT channel_id FROM tickets WHERE guild_id = ?1
                       AND channel_id IS NOT NULL)))",
                [g],
            )?;
            // Children first where no cascade reaches them.
            for sql in [
                "DELETE FROM multi_panels WHERE guild_id = ?1",
                "DELETE FROM tickets WHERE guild_id = ?1",
                "DELETE FROM panels WHERE guild_id = ?1",
                "DELETE FROM forms WHERE guild_id = ?1",
                "DELETE FROM support_teams WHERE guild_id = ?1",
                "DELETE FROM staff WHERE guild_id = ?1",
                "DELETE FROM blacklist WHERE guild_id = ?1",
                "DELETE FROM tags WHERE guild_id = ?1",
                "DELETE FROM ticket_counters WHERE guild_id = ?1",
                "DELETE FROM labels WHERE guild_id = ?1",
                "DELETE FROM on_call WHERE guild_id = ?1",
                "DELETE FROM guild_integrations WHERE guild_id = ?1",
                "DELETE FROM integrations WHERE owner_guild_id = ?1",
                "DELETE FROM roblox_settings WHERE guild_id = ?1",
                "DELETE FROM integration_calls WHERE guild_id = ?1",
                "DELETE FROM guild_settings WHERE guild_id = ?1",
                "DELETE FROM autoclose_settings WHERE guild_id = ?1",
                "DELETE FROM audit_log WHERE guild_id = ?1",
            ] {
                tx.execute(sql, [g])?;
            }
            Ok(true)
        })
        .await?;
    if claimed {
        db.forget_open_in(guild);
    }
    Ok(claimed)
}

/// Whether a purge of `guild` has begun and not finished (its archived objects are being
/// deleted: nothing new is stored for the guild until then).
pub async fn purge_running(db: &Db, guild: GuildId) -> Result<bool, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT purge_started_at IS NOT NULL FROM guilds WHERE guild_id = ?1",
                [guild.to_sql()],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(false))
    })
    .await
}

/// What the row purge found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuildRowsPurged {
    /// The bot is still gone: the guild's row went too.
    Gone,
    /// The bot was added back while the purge ran: the guild stays recorded as present, with
    /// nothing of its earlier data (what it did since its return is kept).
    Rejoined,
    /// No purge was claimed for this guild: nothing deleted.
    NotClaimed,
}

/// Ends a claimed purge once its archived objects are gone: the guild's row goes when the bot
/// is still away since the departure the purge was for, and stays (without the claim) when it
/// came back meanwhile, even if it left again since: what it did after its return then waits
/// out its own grace period.
pub async fn finish_guild_purge(db: &Db, guild: GuildId) -> Result<GuildRowsPurged, StoreError> {
    db.write(move |tx| {
        let g = guild.to_sql();
        let row = purge_state(tx, guild)?;
        let Some((left_at, Some(claimed_at))) = row else {
            return Ok(GuildRowsPurged::NotClaimed);
        };
        // Still away since the departure the purge was for: the guild's row goes too.
        if left_at.is_some_and(|left| left <= claimed_at) {
            tx.execute("DELETE FROM guilds WHERE guild_id = ?1", [g])?;
            return Ok(GuildRowsPurged::Gone);
        }
        // Back (and maybe gone again since, with new rows that get their own grace period).
        tx.execute(
            "UPDATE guilds SET purge_started_at = NULL WHERE guild_id = ?1",
            [g],
        )?;
        Ok(GuildRowsPurged::Rejoined)
    })
    .await
}
