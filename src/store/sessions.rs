//! Dashboard logins under way and sessions. Session ids are stored hashed.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, UserId};

/// A login started at most this long ago can finish.
pub const LOGIN_TTL_MS: i64 = 10 * 60 * 1000;
/// A session unused this long ends.
pub const IDLE_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// A session ends this long after login, used or not.
pub const ABSOLUTE_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// A login under way.
#[derive(Debug, Clone)]
pub struct Login {
    pub state: String,
    pub verifier: String,
    /// The nonce in the starting browser's login cookie.
    pub browser: String,
    pub next: String,
}

pub async fn start_login(db: &Db, login: Login, now: Timestamp) -> Result<(), StoreError> {
    db.write(move |tx| {
        // Sweep abandoned logins while here.
        tx.execute(
            "DELETE FROM oauth_logins WHERE created_at < ?1",
            [now.millis() - LOGIN_TTL_MS],
        )?;
        tx.execute(
            "INSERT INTO oauth_logins (state, verifier, browser, next, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                login.state,
                login.verifier,
                login.browser,
                login.next,
                now.millis()
            ],
        )?;
        Ok(())
    })
    .await
}

/// Takes (and deletes) a login by its `state`: `(verifier, next)` when it exists, is recent,
/// and was started by this browser (`browser`: its login cookie's nonce). A state works once.
pub async fn take_login(
    db: &Db,
    state: String,
    browser: String,
    now: Timestamp,
) -> Result<Option<(String, String)>, StoreError> {
    db.write(move |tx| {
        let found: Option<(String, String, String, i64)> = tx
            .query_row(
                "DELETE FROM oauth_logins WHERE state = ?1
                 RETURNING verifier, browser, next, created_at",
                [&state],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        Ok(found
            .filter(|(_, started_by, _, at)| {
                now.millis() - at <= LOGIN_TTL_MS
                    && !browser.is_empty()
                    && started_by.as_bytes() == browser.as_bytes()
            })
            .map(|(verifier, _, next, _)| (verifier, next)))
    })
    .await
}

/// A logged-in user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: UserId,
    pub username: String,
    /// The token every state-changing form must carry.
    pub csrf: String,
    /// The bot's guilds Discord listed for the user at login: where `/servers` looks, never
    /// who may do what (that comes from the cache, filled on demand).
    pub guild_hint: Vec<GuildId>,
}

fn hint_to_sql(hint: &[GuildId]) -> String {
    hint.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

fn hint_from_sql(raw: &str) -> Vec<GuildId> {
    raw.split_ascii_whitespace()
        .filter_map(|id| id.parse().ok())
        .map(GuildId::new)
        .collect()
}

pub async fn create(
    db: &Db,
    id_hash: Vec<u8>,
    session: Session,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        // Sweep sessions that expired without being presented again.
        tx.execute(
            "DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2",
            params![now.millis() - IDLE_MS, now.millis() - ABSOLUTE_MS],
        )?;
        tx.execute(
            "INSERT INTO sessions (id_hash, user_id, username, csrf, created_at, last_seen_at,
                 guild_hint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
            params![
                id_hash,
                session.user.to_sql(),
                session.username,
                session.csrf,
                now.millis(),
                hint_to_sql(&session.guild_hint)
            ],
        )?;
        Ok(())
    })
    .await
}

/// The live session with this id hash, touched; expired sessions are deleted and `None`.
pub async fn load(
    db: &Db,
    id_hash: Vec<u8>,
    now: Timestamp,
) -> Result<Option<Session>, StoreError> {
    db.write(move |tx| {
        let row: Option<(i64, String, String, i64, i64, String)> = tx
            .query_row(
                "SELECT user_id, username, csrf, created_at, last_seen_at, guild_hint
                 FROM sessions WHERE id_hash = ?1",
                [&id_hash],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )
            .optional()?;
        let Some((user, username, csrf, created, seen, hint)) = row else {
            return Ok(None);
        };
        let t = now.millis();
        if t - seen > IDLE_MS || t - created > ABSOLUTE_MS {
            tx.execute("DELETE FROM sessions WHERE id_hash = ?1", [&id_hash])?;
            return Ok(None);
        }
        // Touch at most once a minute: most requests only read.
        if t - seen > 60_000 {
            tx.execute(
                "UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1",
                params![id_hash, t],
            )?;
        }
        Ok(Some(Session {
            user: UserId::from_sql(user),
            username,
            csrf,
            guild_hint: hint_from_sql(&hint),
        }))
    })
    .await
}

pub async fn delete(db: &Db, id_hash: Vec<u8>) -> Result<bool, StoreError> {
    db.write(move |tx| Ok(tx.execute("DELETE FROM sessions WHERE id_hash = ?1", [&id_hash])? == 1))
        .await
}
