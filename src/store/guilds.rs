//! Which guilds the bot is in, and when it was removed from one (the purge job reads it).

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::GuildId;

/// Records guilds seen (joined or still present: clears `left_at`) and guilds left.
pub async fn record_presence(
    db: &Db,
    seen: Vec<GuildId>,
    left: Vec<GuildId>,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO guilds (guild_id, first_seen_at, left_at) VALUES (?1, ?2, NULL)
             ON CONFLICT (guild_id) DO UPDATE SET left_at = NULL",
        )?;
        for guild in &seen {
            upsert.execute(params![guild.to_sql(), now.millis()])?;
        }
        let mut leave = tx.prepare_cached(
            "INSERT INTO guilds (guild_id, first_seen_at, left_at) VALUES (?1, ?2, ?2)
             ON CONFLICT (guild_id) DO UPDATE SET left_at = ?2",
        )?;
        for guild in &left {
            leave.execute(params![guild.to_sql(), now.millis()])?;
        }
        Ok(())
    })
    .await
}

/// Guilds recorded as present that are not in `present` (READY's list).
pub async fn missing_from(db: &Db, present: Vec<GuildId>) -> Result<Vec<GuildId>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached("SELECT guild_id FROM guilds WHERE left_at IS NULL")?;
        let known: Vec<GuildId> = stmt
            .query_map([], |r| Ok(GuildId::from_sql(r.get(0)?)))?
            .collect::<Result<_, _>>()?;
        let present: std::collections::HashSet<GuildId> = present.into_iter().collect();
        Ok(known.into_iter().filter(|g| !present.contains(g)).collect())
    })
    .await
}

/// When the bot left the guild, if it has.
pub async fn left_at(db: &Db, guild: GuildId) -> Result<Option<Timestamp>, StoreError> {
    db.read(move |conn| {
        let left: Option<Option<i64>> = conn
            .query_row(
                "SELECT left_at FROM guilds WHERE guild_id = ?1",
                [guild.to_sql()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(left.flatten().map(Timestamp::from_millis))
    })
    .await
}
