//! Encrypted backups to a second place (`backup.local_dir` or `backup.s3.*`).
//!
//! A backup is a consistent SQLite snapshot (online backup), compressed and sealed under the
//! backup key (derived from the master key with its own HKDF label), plus every archived
//! object (transcript segments, indexes, attachments) copied as it is — still sealed under its
//! guild's key — into a content-addressed store (`objects/<sha256>`), so an unchanged object
//! is copied once however many backups hold it, and an object rewritten under the same name
//! (a removal, a rekey, a re-close) is copied again. A sealed manifest lists what each backup
//! holds. Layout in the target:
//!
//! ```text
//! backups/<id>/manifest   sealed JSON: taken at, the database's hash and size, every object
//! backups/<id>/database   the sealed SQLite snapshot
//! objects/<sha256>        archived objects, as the archive holds them
//! ```

mod check;
pub mod schedule;
mod take;

use serde::{Deserialize, Serialize};

pub use check::{list, prune, restore, verify};
pub use schedule::{Backups, run_once};
pub use take::{Taken, take};

use crate::archive::objects::{ObjectError, ObjectStore};
use crate::config::Config;
use crate::crypto::seal::{self, Keyring, Scope, SealError};

/// The manifest format.
pub const MANIFEST_VERSION: u32 = 1;

/// What went wrong, in words an operator acts on.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("no backup target: set backup.local_dir or backup.s3.bucket")]
    NotConfigured,
    #[error("backup storage: {0}")]
    Storage(#[from] ObjectError),
    #[error("database: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("no backup {0} (ticketbox backup list shows them)")]
    Unknown(String),
    #[error(
        "backup {id}: {what} does not open — it was changed, truncated, or sealed with a master key that is not configured (crypto.master_key, crypto.retired_master_keys): {why}"
    )]
    Sealed {
        id: String,
        what: String,
        why: SealError,
    },
    #[error("backup {id}: {problem}")]
    Damaged { id: String, problem: String },
    #[error("{0}")]
    Refused(String),
    #[error("local file {path}: {error}")]
    Io { path: String, error: String },
}

/// One archived object in a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectEntry {
    /// Its name in the archive.
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    pub id: String,
    pub taken_at: i64,
    /// The snapshot before sealing.
    pub database_sha256: String,
    pub database_size: u64,
    pub objects: Vec<ObjectEntry>,
}

/// How far long work has come; the CLI shows a progress bar or lines, the scheduler logs.
pub trait Progress: Send + Sync {
    /// A new phase of `total` steps.
    fn phase(&self, what: &str, total: u64);
    fn advance(&self, steps: u64);
    fn done(&self);
}

/// Progress nobody watches.
pub struct Quiet;

impl Progress for Quiet {
    fn phase(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
    fn done(&self) {}
}

/// The configured backup target.
pub fn target(config: &Config) -> Result<ObjectStore, BackupError> {
    let b = &config.backup;
    if !b.s3.bucket.trim().is_empty() {
        return Ok(ObjectStore::s3(&b.s3)?);
    }
    if !b.local_dir.trim().is_empty() {
        return Ok(ObjectStore::local(b.local_dir.trim().into()));
    }
    Err(BackupError::NotConfigured)
}

fn manifest_name(id: &str) -> String {
    format!("backups/{id}/manifest")
}

fn database_name(id: &str) -> String {
    format!("backups/{id}/database")
}

fn object_name(sha256: &str) -> String {
    format!("objects/{sha256}")
}

/// SHA-256 of `bytes`, hex.
fn sha256(bytes: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, bytes))
}

/// Reads and opens backup `id`'s manifest.
async fn load_manifest(
    target: &ObjectStore,
    keys: &Keyring,
    id: &str,
) -> Result<Manifest, BackupError> {
    let name = manifest_name(id);
    let sealed = target
        .get(&name)
        .await?
        .ok_or_else(|| BackupError::Unknown(id.to_owned()))?;
    let plain =
        seal::open_in(keys, Scope::Backup, &name, &sealed).map_err(|why| BackupError::Sealed {
            id: id.to_owned(),
            what: "its manifest".to_owned(),
            why,
        })?;
    let manifest: Manifest = serde_json::from_slice(&plain).map_err(|e| BackupError::Damaged {
        id: id.to_owned(),
        problem: format!("its manifest is not readable ({e})"),
    })?;
    if manifest.id != id {
        return Err(BackupError::Damaged {
            id: id.to_owned(),
            problem: format!("its manifest belongs to backup {}", manifest.id),
        });
    }
    Ok(manifest)
}

/// The ids of the backups in `target`, oldest first.
async fn ids(target: &ObjectStore) -> Result<Vec<String>, BackupError> {
    let mut ids: Vec<String> = target
        .list("backups/")
        .await?
        .into_iter()
        .filter_map(|n| {
            n.strip_prefix("backups/")?
                .strip_suffix("/manifest")
                .map(str::to_owned)
        })
        .filter(|id| crate::domain::backups::taken_at(id).is_some())
        .collect();
    ids.sort();
    Ok(ids)
}

/// The ids of the backups in `target` taken before `at` (a removal: they still hold the
/// person's data until retention deletes them).
pub async fn ids_before(
    target: &ObjectStore,
    at: crate::clock::Timestamp,
) -> Result<Vec<String>, BackupError> {
    Ok(ids(target)
        .await?
        .into_iter()
        .filter(|id| crate::domain::backups::taken_at(id).is_some_and(|t| t <= at))
        .collect())
}
