//! Tags: canned answers staff post with `/tag <name>`.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, UserId};

/// Creates or replaces a tag; returns `true` when it was new.
pub async fn put(
    db: &Db,
    guild: GuildId,
    name: String,
    content: String,
    by: UserId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let existed: bool = tx.query_row(
            "SELECT count(*) > 0 FROM tags WHERE guild_id = ?1 AND name = ?2",
            params![guild.to_sql(), name],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO tags (guild_id, name, content, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![guild.to_sql(), name, content, by.to_sql(), now.millis()],
        )?;
        Ok(!existed)
    })
    .await
}

pub async fn delete(db: &Db, guild: GuildId, name: String) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM tags WHERE guild_id = ?1 AND name = ?2",
            params![guild.to_sql(), name],
        )? == 1)
    })
    .await
}

pub async fn get(db: &Db, guild: GuildId, name: String) -> Result<Option<String>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT content FROM tags WHERE guild_id = ?1 AND name = ?2",
                params![guild.to_sql(), name],
                |r| r.get(0),
            )
            .optional()?)
    })
    .await
}

/// Tag names starting with `prefix` (autocomplete), at most 25 (Discord's limit).
pub async fn names(db: &Db, guild: GuildId, prefix: String) -> Result<Vec<String>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT name FROM tags WHERE guild_id = ?1 AND name LIKE ?2 ESCAPE '\\'
             ORDER BY name LIMIT 25",
        )?;
        let escaped = prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let rows = stmt.query_map(params![guild.to_sql(), format!("{escaped}%")], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}

/// Every tag of the guild with its text, by name.
pub async fn all(db: &Db, guild: GuildId) -> Result<Vec<(String, String)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn
            .prepare_cached("SELECT name, content FROM tags WHERE guild_id = ?1 ORDER BY name")?;
        let rows = stmt.query_map([guild.to_sql()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}
