//! Integrations: server-made HTTP integrations with their sealed secrets, which servers enabled
//! them, the Roblox providers' settings, and the record of calls.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::integrations::{IntegrationSpec, Method, Output};
use crate::ids::{GuildId, UserId};

/// An integration as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Integration {
    pub id: i64,
    pub owner: GuildId,
    pub spec: IntegrationSpec,
    pub public: bool,
    /// The last failure and when, shown on its page.
    pub last_error: Option<(String, Timestamp)>,
}

const COLUMNS: &str = "i.id, i.owner_guild_id, i.name, i.description, i.image_url, i.privacy_url,
    i.method, i.url, i.body, i.headers, i.outputs, i.timeout_secs, i.public, i.last_error,
    i.last_error_at,
    (SELECT json_group_array(name) FROM integration_secrets s WHERE s.integration_id = i.id)";

fn integration(r: &rusqlite::Row<'_>) -> rusqlite::Result<Integration> {
    let headers: Vec<(String, String)> =
        serde_json::from_str(&r.get::<_, String>(9)?).unwrap_or_default();
    let outputs: Vec<(String, String, String)> =
        serde_json::from_str(&r.get::<_, String>(10)?).unwrap_or_default();
    let mut secrets: Vec<String> =
        serde_json::from_str(&r.get::<_, String>(15)?).unwrap_or_default();
    secrets.sort();
    let error: Option<String> = r.get(13)?;
    let error_at: Option<i64> = r.get(14)?;
    Ok(Integration {
        id: r.get(0)?,
        owner: GuildId::from_sql(r.get(1)?),
        spec: IntegrationSpec {
            name: r.get(2)?,
            description: r.get(3)?,
            image_url: r.get(4)?,
            privacy_url: r.get(5)?,
            method: Method::parse(&r.get::<_, String>(6)?).unwrap_or(Method::Get),
            url: r.get(7)?,
            body: r.get(8)?,
            headers,
            secrets,
            outputs: outputs
                .into_iter()
                .map(|(name, path, fallback)| Output {
                    name,
                    path,
                    fallback,
                })
                .collect(),
            timeout_secs: u8::try_from(r.get::<_, i64>(11)?).unwrap_or(3),
        },
        public: r.get(12)?,
        last_error: error.zip(error_at.map(Timestamp::from_millis)),
    })
}

fn outputs_json(outputs: &[Output]) -> String {
    let rows: Vec<(&str, &str, &str)> = outputs
        .iter()
        .map(|o| (o.name.as_str(), o.path.as_str(), o.fallback.as_str()))
        .collect();
    serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_owned())
}

fn get_with(conn: &Connection, id: i64) -> Result<Option<Integration>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM integrations i WHERE i.id = ?1"),
            [id],
            integration,
        )
        .optional()?)
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Integration>, StoreError> {
    db.read(move |conn| get_with(conn, id)).await
}

/// What a server sees: its own integrations, the public ones of others, and which of both it
/// enabled.
pub async fn for_guild(db: &Db, guild: GuildId) -> Result<Vec<(Integration, bool)>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS}, EXISTS (SELECT 1 FROM guild_integrations g
                                       WHERE g.guild_id = ?1 AND g.integration_id = i.id)
             FROM integrations i WHERE i.owner_guild_id = ?1 OR i.public = 1
             ORDER BY i.owner_guild_id != ?1, i.name COLLATE NOCASE"
        ))?;
        let rows = stmt
            .query_map([guild.to_sql()], |r| Ok((integration(r)?, r.get(16)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// The integrations `guild` enabled (its own and public ones still public).
pub async fn enabled(db: &Db, guild: GuildId) -> Result<Vec<Integration>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM integrations i
             JOIN guild_integrations g ON g.integration_id = i.id AND g.guild_id = ?1
             WHERE i.owner_guild_id = ?1 OR i.public = 1
             ORDER BY i.id"
        ))?;
        let rows = stmt
            .query_map([guild.to_sql()], integration)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Saves an integration of `owner` (`id: None`: a new one); secrets the spec no longer names
/// are deleted ([`put_secrets`] sets values). Returns its id, or `None` when `id` is not
/// `owner`'s.
pub async fn save(
    db: &Db,
    owner: GuildId,
    id: Option<i64>,
    spec: IntegrationSpec,
    by: UserId,
    now: Timestamp,
) -> Result<Option<i64>, StoreError> {
    db.write(move |tx| {
        let headers = serde_json::to_string(&spec.headers).unwrap_or_else(|_| "[]".to_owned());
        let outputs = outputs_json(&spec.outputs);
        let id = if let Some(id) = id {
            let changed = tx.execute(
                "UPDATE integrations SET name = ?3, description = ?4, image_url = ?5,
                     privacy_url = ?6, method = ?7, url = ?8, body = ?9, headers = ?10,
                     outputs = ?11, timeout_secs = ?12
                 WHERE id = ?1 AND owner_guild_id = ?2",
                params![
                    id,
                    owner.to_sql(),
                    spec.name.trim(),
                    spec.description,
                    spec.image_url.trim(),
                    spec.privacy_url.trim(),
                    spec.method.as_str(),
                    spec.url.trim(),
                    spec.body,
                    headers,
                    outputs,
                    spec.timeout_secs
                ],
            )?;
            if changed == 0 {
                return Ok(None);
            }
            id
        } else {
            tx.execute(
                "INSERT INTO integrations (owner_guild_id, name, description, image_url,
                     privacy_url, method, url, body, headers, outputs, timeout_secs,
                     created_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    owner.to_sql(),
                    spec.name.trim(),
                    spec.description,
                    spec.image_url.trim(),
                    spec.privacy_url.trim(),
                    spec.method.as_str(),
                    spec.url.trim(),
                    spec.body,
                    headers,
                    outputs,
                    spec.timeout_secs,
                    by.to_sql(),
                    now.millis()
                ],
            )?;
            tx.last_insert_rowid()
        };
        let names = serde_json::to_string(&spec.secrets).unwrap_or_else(|_| "[]".to_owned());
        tx.execute(
            "DELETE FROM integration_secrets WHERE integration_id = ?1
             AND name NOT IN (SELECT value FROM json_each(?2))",
            params![id, names],
        )?;
        Ok(Some(id))
    })
    .await
}

/// The sealed secrets of an integration, by name.
pub async fn sealed_secrets(db: &Db, id: i64) -> Result<BTreeMap<String, Vec<u8>>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT name, sealed FROM integration_secrets WHERE integration_id = ?1",
        )?;
        let rows = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

/// Deletes `owner`'s integration `id` (every server that enabled it loses it).
pub async fn delete(db: &Db, owner: GuildId, id: i64) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM integrations WHERE id = ?1 AND owner_guild_id = ?2",
            params![id, owner.to_sql()],
        )? == 1)
    })
    .await
}

/// Marks an integration public or not (instance operators only; checked by the caller).
pub async fn set_public(db: &Db, id: i64, public: bool) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE integrations SET public = ?2 WHERE id = ?1",
            params![id, public],
        )? == 1)
    })
    .await
}

/// Enables (`true`) or disables an integration for `guild`: its own, or a public one.
/// `false` when it may not (not its own and not public).
pub async fn set_enabled(
    db: &Db,
    guild: GuildId,
    id: i64,
    on: bool,
    by: UserId,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        if !on {
            tx.execute(
                "DELETE FROM guild_integrations WHERE guild_id = ?1 AND integration_id = ?2",
                params![guild.to_sql(), id],
            )?;
            return Ok(true);
        }
        let usable: bool = tx.query_row(
            "SELECT count(*) > 0 FROM integrations WHERE id = ?1
             AND (owner_guild_id = ?2 OR public = 1)",
            params![id, guild.to_sql()],
            |r| r.get(0),
        )?;
        if usable {
            tx.execute(
                "INSERT OR IGNORE INTO guild_integrations (guild_id, integration_id, enabled_by, enabled_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![guild.to_sql(), id, by.to_sql(), now.millis()],
            )?;
        }
        Ok(usable)
    })
    .await
}

/// Records the last failure of an integration (`None` clears it after a success).
pub async fn set_last_error(
    db: &Db,
    id: i64,
    error: Option<String>,
    at: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE integrations SET last_error = ?2, last_error_at = CASE WHEN ?2 IS NULL THEN NULL ELSE ?3 END
             WHERE id = ?1",
            params![id, error, at.millis()],
        )?;
        Ok(())
    })
    .await
}

/// One call made for a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub guild: GuildId,
    pub integration: String,
    pub user: UserId,
    pub at: Timestamp,
    pub outcome: String,
    pub duration_ms: u64,
}

pub async fn record_call(db: &Db, call: Call) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO integration_calls (guild_id, integration, user_id, at, outcome, duration_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                call.guild.to_sql(),
                call.integration,
                call.user.to_sql(),
                call.at.millis(),
                call.outcome,
                i64::try_from(call.duration_ms).unwrap_or(i64::MAX)
            ],
        )?;
        Ok(())
    })
    .await
}

/// Which Roblox provider is asked first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Bloxlink,
    RoVer,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bloxlink => "bloxlink",
            Self::RoVer => "rover",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "bloxlink" => Some(Self::Bloxlink),
            "rover" => Some(Self::RoVer),
            _ => None,
        }
    }

    /// The provider's name as people write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Bloxlink => "Bloxlink",
            Self::RoVer => "RoVer",
        }
    }
}

/// A server's Roblox lookup settings; the keys sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobloxSettings {
    pub enabled: bool,
    pub first: Provider,
    pub bloxlink_key: Option<Vec<u8>>,
    pub rover_key: Option<Vec<u8>>,
}

pub async fn roblox_settings(db: &Db, guild: GuildId) -> Result<RobloxSettings, StoreError> {
    db.read(move |conn| {
        let row = conn
            .query_row(
                "SELECT enabled, first_provider, bloxlink_key, rover_key FROM roblox_settings
                 WHERE guild_id = ?1",
                [guild.to_sql()],
                |r| {
                    Ok(RobloxSettings {
                        enabled: r.get(0)?,
                        first: Provider::parse(&r.get::<_, String>(1)?)
                            .unwrap_or(Provider::Bloxlink),
                        bloxlink_key: r.get(2)?,
                        rover_key: r.get(3)?,
                    })
                },
            )
            .optional()?;
        Ok(row.unwrap_or(RobloxSettings {
            enabled: false,
            first: Provider::Bloxlink,
            bloxlink_key: None,
            rover_key: None,
        }))
    })
    .await
}

/// Saves the Roblox settings; a key given (`Some`) replaces the stored one, `None` keeps it.
pub async fn save_roblox(
    db: &Db,
    guild: GuildId,
    enabled: bool,
    first: Provider,
    bloxlink_key: Option<Vec<u8>>,
    rover_key: Option<Vec<u8>>,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO roblox_settings (guild_id, enabled, first_provider, bloxlink_key, rover_key)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (guild_id) DO UPDATE SET enabled = excluded.enabled,
                 first_provider = excluded.first_provider,
                 bloxlink_key = coalesce(excluded.bloxlink_key, bloxlink_key),
                 rover_key = coalesce(excluded.rover_key, rover_key)",
            params![guild.to_sql(), enabled, first.as_str(), bloxlink_key, rover_key],
        )?;
        Ok(())
    })
    .await
}

/// Sets sealed secret values of integration `id` (by name).
pub async fn put_secrets(
    db: &Db,
    id: i64,
    secrets: Vec<(String, Vec<u8>)>,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        for (name, sealed) in secrets {
            tx.execute(
                "INSERT INTO integration_secrets (integration_id, name, sealed) VALUES (?1, ?2, ?3)
                 ON CONFLICT (integration_id, name) DO UPDATE SET sealed = excluded.sealed",
                params![id, name, sealed],
            )?;
        }
        Ok(())
    })
    .await
}
