//! Tags: canned answers staff post with `/tag <name>`.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError, embed_from, embed_json};
use crate::clock::Timestamp;
use crate::domain::embeds::EmbedSpec;
use crate::ids::{GuildId, UserId};

/// A tag: its text and the embed sent with it (empty: none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub content: String,
    pub embed: EmbedSpec,
}

/// Creates or replaces a tag; returns `true` when it was new. `embed: None` keeps the embed a
/// tag of that name has (`/managetags add` changes the text only).
pub async fn put(
    db: &Db,
    guild: GuildId,
    name: String,
    content: String,
    embed: Option<EmbedSpec>,
    by: UserId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let existed: bool = tx.query_row(
            "SELECT count(*) > 0 FROM tags WHERE guild_id = ?1 AND name = ?2",
            params![guild.to_sql(), name],
            |r| r.get(0),
        )?;
        let keep = embed.is_none();
        let embed = embed.as_ref().and_then(embed_json);
        tx.execute(
            "INSERT INTO tags (guild_id, name, content, created_by, created_at, embed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (guild_id, name) DO UPDATE SET
                 content = excluded.content, created_by = excluded.created_by,
                 created_at = excluded.created_at,
                 embed = CASE WHEN ?7 THEN embed ELSE excluded.embed END",
            params![
                guild.to_sql(),
                name,
                content,
                by.to_sql(),
                now.millis(),
                embed,
                keep
            ],
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

fn tag(r: &rusqlite::Row<'_>) -> rusqlite::Result<Tag> {
    Ok(Tag {
        name: r.get(0)?,
        content: r.get(1)?,
        embed: embed_from(r.get(2)?),
    })
}

pub async fn get(db: &Db, guild: GuildId, name: String) -> Result<Option<Tag>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                "SELECT name, content, embed FROM tags WHERE guild_id = ?1 AND name = ?2",
                params![guild.to_sql(), name],
                tag,
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

/// Every tag of the guild, by name.
pub async fn all(db: &Db, guild: GuildId) -> Result<Vec<Tag>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT name, content, embed FROM tags WHERE guild_id = ?1 ORDER BY name",
        )?;
        let rows = stmt.query_map([guild.to_sql()], tag)?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}
