//! Thread mode's on-call staff: who is on call in each server (the role shows it in Discord;
//! this list is what new thread tickets add, since a bot cannot list a role's members without
//! the privileged members intent).

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, RoleId, UserId};

/// The server's on-call role, if it has one.
pub async fn role(db: &Db, guild: GuildId) -> Result<Option<RoleId>, StoreError> {
    db.read(move |conn| {
        let role: Option<Option<i64>> = conn
            .query_row(
                "SELECT on_call_role_id FROM guild_settings WHERE guild_id = ?1",
                [guild.to_sql()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(role.flatten().map(RoleId::from_sql))
    })
    .await
}

/// What [`set_role`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleSet {
    /// Saved; the role before.
    Saved(Option<RoleId>),
    /// `only_if_none` was asked and the server had a role already (made meanwhile): this one.
    Kept(RoleId),
}

/// Sets the server's on-call role (`None`: none). A new role takes everyone off call (they
/// wore the old one). With `only_if_none`, a role set meanwhile wins ([`RoleSet::Kept`]).
pub async fn set_role(
    db: &Db,
    guild: GuildId,
    role: Option<RoleId>,
    only_if_none: bool,
    now: Timestamp,
) -> Result<RoleSet, StoreError> {
    db.write(move |tx| {
        let before: Option<RoleId> = tx
            .query_row(
                "SELECT on_call_role_id FROM guild_settings WHERE guild_id = ?1",
                [guild.to_sql()],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()?
            .flatten()
            .map(RoleId::from_sql);
        if only_if_none && let Some(existing) = before {
            return Ok(RoleSet::Kept(existing));
        }
        tx.execute(
            "INSERT INTO guild_settings (guild_id, on_call_role_id, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (guild_id) DO UPDATE SET
                 on_call_role_id = excluded.on_call_role_id, updated_at = excluded.updated_at",
            params![guild.to_sql(), role.map(RoleId::to_sql), now.millis()],
        )?;
        if before != role {
            tx.execute("DELETE FROM on_call WHERE guild_id = ?1", [guild.to_sql()])?;
        }
        Ok(RoleSet::Saved(before))
    })
    .await
}

/// Puts `user` on call (`true`) or off call (`false`); returns whether anything changed.
pub async fn set(
    db: &Db,
    guild: GuildId,
    user: UserId,
    on: bool,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let changed = if on {
            tx.execute(
                "INSERT OR IGNORE INTO on_call (guild_id, user_id, since) VALUES (?1, ?2, ?3)",
                params![guild.to_sql(), user.to_sql(), now.millis()],
            )?
        } else {
            tx.execute(
                "DELETE FROM on_call WHERE guild_id = ?1 AND user_id = ?2",
                params![guild.to_sql(), user.to_sql()],
            )?
        };
        Ok(changed == 1)
    })
    .await
}

/// Whether `user` is on call in `guild`.
pub async fn is_on_call(db: &Db, guild: GuildId, user: UserId) -> Result<bool, StoreError> {
    db.read(move |conn| {
        Ok(conn.query_row(
            "SELECT count(*) > 0 FROM on_call WHERE guild_id = ?1 AND user_id = ?2",
            params![guild.to_sql(), user.to_sql()],
            |r| r.get(0),
        )?)
    })
    .await
}

/// Who is on call in `guild`, longest first.
pub async fn members(db: &Db, guild: GuildId) -> Result<Vec<(UserId, Timestamp)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT user_id, since FROM on_call WHERE guild_id = ?1 ORDER BY since, user_id",
        )?;
        let rows = stmt
            .query_map([guild.to_sql()], |r| {
                Ok((
                    UserId::from_sql(r.get(0)?),
                    Timestamp::from_millis(r.get(1)?),
                ))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
