//! Staff (admins and support), support teams and the blacklist of a guild.

use rusqlite::{Connection, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::levels::{Level, StaffEntry, Target};
use crate::ids::{GuildId, PanelId, RoleId, TeamId, UserId};

fn target_to_sql(target: Target) -> (i64, &'static str) {
    match target {
        Target::User(user) => (user.to_sql(), "user"),
        Target::Role(role) => (role.to_sql(), "role"),
    }
}

fn target_from_sql(id: i64, kind: &str) -> Target {
    if kind == "role" {
        Target::Role(RoleId::from_sql(id))
    } else {
        Target::User(UserId::from_sql(id))
    }
}

fn level_to_sql(level: Level) -> &'static str {
    if level == Level::Admin {
        "admin"
    } else {
        "support"
    }
}

/// What deciding levels and the blacklist needs, read in one go.
#[derive(Debug, Clone, Default)]
pub struct AccessFacts {
    pub staff: Vec<StaffEntry>,
    /// Members (users and roles) of every support team of the guild.
    pub team_members: Vec<Target>,
    pub blacklist: Vec<Target>,
}

fn targets(conn: &Connection, sql: &str, key: i64) -> Result<Vec<Target>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([key], |r| {
        Ok(target_from_sql(r.get(0)?, &r.get::<_, String>(1)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn staff_with(conn: &Connection, guild: GuildId) -> Result<Vec<StaffEntry>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT target_id, target_kind, level FROM staff WHERE guild_id = ?1
         ORDER BY level, added_at, target_id",
    )?;
    let rows = stmt.query_map([guild.to_sql()], |r| {
        Ok(StaffEntry {
            target: target_from_sql(r.get(0)?, &r.get::<_, String>(1)?),
            level: if r.get::<_, String>(2)? == "admin" {
                Level::Admin
            } else {
                Level::Support
            },
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub async fn access_facts(db: &Db, guild: GuildId) -> Result<AccessFacts, StoreError> {
    db.read(move |conn| {
        Ok(AccessFacts {
            staff: staff_with(conn, guild)?,
            // Only teams a panel uses make their members support: a team dropped from its
            // last panel (panel edited or deleted) grants nothing.
            team_members: targets(
                conn,
                "SELECT DISTINCT m.target_id, m.target_kind FROM support_team_members m
                 JOIN support_teams t ON t.id = m.team_id
                 WHERE t.guild_id = ?1
                   AND EXISTS (SELECT 1 FROM panel_support_teams p WHERE p.team_id = t.id)",
                guild.to_sql(),
            )?,
            blacklist: targets(
                conn,
                "SELECT target_id, target_kind FROM blacklist WHERE guild_id = ?1",
                guild.to_sql(),
            )?,
        })
    })
    .await
}

/// Adds a staff entry; `false` when it was already there.
pub async fn add_staff(
    db: &Db,
    guild: GuildId,
    target: Target,
    level: Level,
    by: UserId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let (id, kind) = target_to_sql(target);
        let added = tx.execute(
            "INSERT INTO staff (guild_id, target_id, target_kind, level, added_by, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            params![
                guild.to_sql(),
                id,
                kind,
                level_to_sql(level),
                by.to_sql(),
                now.millis()
            ],
        )?;
        Ok(added == 1)
    })
    .await
}

/// Removes a staff entry; `false` when there was none.
pub async fn remove_staff(
    db: &Db,
    guild: GuildId,
    target: Target,
    level: Level,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let (id, _) = target_to_sql(target);
        let removed = tx.execute(
            "DELETE FROM staff WHERE guild_id = ?1 AND target_id = ?2 AND level = ?3",
            params![guild.to_sql(), id, level_to_sql(level)],
        )?;
        Ok(removed == 1)
    })
    .await
}

pub async fn list_staff(db: &Db, guild: GuildId) -> Result<Vec<StaffEntry>, StoreError> {
    db.read(move |conn| staff_with(conn, guild)).await
}

/// Adds the target to the blacklist (with `reason`), or removes it if present; returns whether
/// it is now blacklisted.
pub async fn toggle_blacklist(
    db: &Db,
    guild: GuildId,
    target: Target,
    by: UserId,
    reason: Option<String>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let (id, kind) = target_to_sql(target);
        let removed = tx.execute(
            "DELETE FROM blacklist WHERE guild_id = ?1 AND target_id = ?2",
            params![guild.to_sql(), id],
        )?;
        if removed == 1 {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO blacklist (guild_id, target_id, target_kind, added_by, added_at, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![guild.to_sql(), id, kind, by.to_sql(), now.millis(), reason],
        )?;
        Ok(true)
    })
    .await
}

/// The reasons given for the guild's blacklist entries, by target.
pub async fn blacklist_reasons(
    db: &Db,
    guild: GuildId,
) -> Result<std::collections::HashMap<Target, String>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT target_id, target_kind, reason FROM blacklist
             WHERE guild_id = ?1 AND reason IS NOT NULL",
        )?;
        let rows = stmt
            .query_map([guild.to_sql()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?))
            })?
            .collect::<Result<Vec<(i64, String, String)>, _>>()?;
        Ok(rows
            .into_iter()
            .map(|(id, kind, reason)| (target_from_sql(id, &kind), reason))
            .collect())
    })
    .await
}

/// A support team with its members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub id: TeamId,
    pub name: String,
    pub members: Vec<Target>,
}

/// Creates a team (or returns the existing one of that name).
pub async fn ensure_team(db: &Db, guild: GuildId, name: String) -> Result<TeamId, StoreError> {
    db.write(move |tx| {
        let id: i64 = tx.query_row(
            "INSERT INTO support_teams (guild_id, name) VALUES (?1, ?2)
             ON CONFLICT (guild_id, name) DO UPDATE SET name = excluded.name RETURNING id",
            params![guild.to_sql(), name],
            |r| r.get(0),
        )?;
        Ok(TeamId::new(id))
    })
    .await
}

pub async fn add_team_member(db: &Db, team: TeamId, target: Target) -> Result<(), StoreError> {
    db.write(move |tx| {
        let (id, kind) = target_to_sql(target);
        tx.execute(
            "INSERT INTO support_team_members (team_id, target_id, target_kind) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
            params![team.get(), id, kind],
        )?;
        Ok(())
    })
    .await
}

pub async fn teams(db: &Db, guild: GuildId) -> Result<Vec<Team>, StoreError> {
    db.read(move |conn| {
        let mut stmt =
            conn.prepare_cached(
                "SELECT id, name FROM support_teams WHERE guild_id = ?1 AND deleted_at IS NULL
                 ORDER BY name",
            )?;
        let heads: Vec<(i64, String)> = stmt
            .query_map([guild.to_sql()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        heads
            .into_iter()
            .map(|(id, name)| {
                Ok(Team {
                    id: TeamId::new(id),
                    name,
                    members: targets(
                        conn,
                        "SELECT target_id, target_kind FROM support_team_members WHERE team_id = ?1",
                        id,
                    )?,
                })
            })
            .collect()
    })
    .await
}

/// The members of a panel's support teams; `None` when the panel has no teams (then every
/// support entry handles its tickets).
pub async fn panel_team_members(
    db: &Db,
    panel: PanelId,
) -> Result<Option<Vec<Target>>, StoreError> {
    db.read(move |conn| {
        let teams: i64 = conn.query_row(
            "SELECT count(*) FROM panel_support_teams WHERE panel_id = ?1",
            [panel.get()],
            |r| r.get(0),
        )?;
        if teams == 0 {
            return Ok(None);
        }
        Ok(Some(targets(
            conn,
            "SELECT m.target_id, m.target_kind FROM support_team_members m
             JOIN panel_support_teams p ON p.team_id = m.team_id WHERE p.panel_id = ?1",
            panel.get(),
        )?))
    })
    .await
}

/// Takes a user or role out of one of the guild's teams; `false` when it was not in it.
pub async fn remove_team_member(
    db: &Db,
    guild: GuildId,
    team: TeamId,
    target: Target,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let (id, kind) = target_to_sql(target);
        Ok(tx.execute(
            "DELETE FROM support_team_members WHERE team_id = ?1 AND target_id = ?2
             AND target_kind = ?3
             AND team_id IN (SELECT id FROM support_teams WHERE guild_id = ?4)",
            params![team.get(), id, kind, guild.to_sql()],
        )? == 1)
    })
    .await
}

/// Deletes one of the guild's teams: its members and panels lose it; the row stays as a
/// renamed tombstone so its id is never reused (transcripts remember team ids).
pub async fn delete_team(
    db: &Db,
    guild: GuildId,
    team: TeamId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let marked = tx.execute(
            "UPDATE support_teams SET deleted_at = ?3, name = name || ' (deleted ' || id || ')'
             WHERE id = ?1 AND guild_id = ?2 AND deleted_at IS NULL",
            params![team.get(), guild.to_sql(), now.millis()],
        )?;
        if marked == 0 {
            return Ok(false);
        }
        tx.execute(
            "DELETE FROM support_team_members WHERE team_id = ?1",
            [team.get()],
        )?;
        tx.execute(
            "DELETE FROM panel_support_teams WHERE team_id = ?1",
            [team.get()],
        )?;
        Ok(true)
    })
    .await
}
