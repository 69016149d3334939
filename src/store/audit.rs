//! The dashboard's audit log: who changed what, when.

use rusqlite::params;

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, UserId};

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub user: UserId,
    /// The name the user had when they made the change.
    pub username: String,
    pub action: String,
    pub detail: String,
    pub at: Timestamp,
    /// The user the change was about (a staff entry, a team member, a blacklisting), if any.
    pub target: Option<UserId>,
}

pub async fn record(db: &Db, guild: GuildId, entry: Entry) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO audit_log (guild_id, user_id, username, action, detail, at, target_user)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                guild.to_sql(),
                entry.user.to_sql(),
                entry.username,
                entry.action,
                entry.detail,
                entry.at.millis(),
                entry.target.map(UserId::to_sql)
            ],
        )?;
        Ok(())
    })
    .await
}

/// One page of a guild's log, newest first, and whether an older page exists.
pub async fn page(
    db: &Db,
    guild: GuildId,
    page: u32,
    per_page: u32,
) -> Result<(Vec<Entry>, bool), StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT user_id, username, action, detail, at, target_user FROM audit_log
             WHERE guild_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
        )?;
        let mut rows: Vec<Entry> = stmt
            .query_map(
                params![
                    guild.to_sql(),
                    i64::from(per_page) + 1,
                    i64::from(page) * i64::from(per_page)
                ],
                |r| {
                    Ok(Entry {
                        user: UserId::from_sql(r.get(0)?),
                        username: r.get(1)?,
                        action: r.get(2)?,
                        detail: r.get(3)?,
                        at: Timestamp::from_millis(r.get(4)?),
                        target: r.get::<_, Option<i64>>(5)?.map(UserId::from_sql),
                    })
                },
            )?
            .collect::<Result<_, _>>()?;
        let more = rows.len() > per_page as usize;
        rows.truncate(per_page as usize);
        Ok((rows, more))
    })
    .await
}
