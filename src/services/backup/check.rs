//! Reading backups: listing them, verifying one (every part opens and matches its hash, and
//! the database passes SQLite's integrity check), restoring one into an empty directory, and
//! retention.

use std::collections::HashSet;
use std::path::Path;

use super::{
    BackupError, Manifest, Progress, database_name, ids, load_manifest, manifest_name, object_name,
    sha256,
};
use crate::archive::objects::ObjectStore;
use crate::crypto::seal::{self, Keyring, Scope};

/// A backup in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub taken_at: i64,
    pub database_size: u64,
    pub objects: usize,
    pub object_bytes: u64,
}

/// The backups in `target`, oldest first. A manifest that does not open is an error naming it.
pub async fn list(target: &ObjectStore, keys: &Keyring) -> Result<Vec<Listed>, BackupError> {
    let mut out = Vec::new();
    for id in ids(target).await? {
        let m = load_manifest(target, keys, &id).await?;
        out.push(Listed {
            id: m.id,
            taken_at: m.taken_at,
            database_size: m.database_size,
            objects: m.objects.len(),
            object_bytes: m.objects.iter().map(|o| o.size).sum(),
        });
    }
    Ok(out)
}

/// The database of backup `id`, opened and checked against its hash.
async fn database(
    target: &ObjectStore,
    keys: &Keyring,
    m: &Manifest,
) -> Result<Vec<u8>, BackupError> {
    let name = database_name(&m.id);
    let sealed = target
        .get(&name)
        .await?
        .ok_or_else(|| BackupError::Damaged {
            id: m.id.clone(),
            problem: "its database is missing".to_owned(),
        })?;
    let plain = {
        let (keys, name) = (keys.clone(), name.clone());
        tokio::task::spawn_blocking(move || seal::open_in(&keys, Scope::Backup, &name, &sealed))
            .await
            .map_err(|e| BackupError::Refused(e.to_string()))?
            .map_err(|why| BackupError::Sealed {
                id: m.id.clone(),
                what: "its database".to_owned(),
                why,
            })?
    };
    if sha256(&plain) != m.database_sha256 {
        return Err(BackupError::Damaged {
            id: m.id.clone(),
            problem: "its database does not match the manifest".to_owned(),
        });
    }
    Ok(plain)
}

/// An archived object of backup `m`, checked against its hash.
async fn object(
    target: &ObjectStore,
    m: &Manifest,
    entry: &super::ObjectEntry,
) -> Result<Vec<u8>, BackupError> {
    let bytes = target
        .get(&object_name(&entry.sha256))
        .await?
        .ok_or_else(|| BackupError::Damaged {
            id: m.id.clone(),
            problem: format!("{} is missing", entry.name),
        })?;
    if sha256(&bytes) != entry.sha256 {
        return Err(BackupError::Damaged {
            id: m.id.clone(),
            problem: format!(
                "{} does not match its hash (changed or truncated)",
                entry.name
            ),
        });
    }
    seal::parse_header(&bytes).map_err(|e| BackupError::Damaged {
        id: m.id.clone(),
        problem: format!("{} is not a sealed object ({e})", entry.name),
    })?;
    Ok(bytes)
}

/// What `verify` checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub id: String,
    pub objects: usize,
}

/// Checks backup `id`: the manifest and database open, the database passes SQLite's integrity
/// check, every object is there with its hash. `scratch` is a directory for the database copy.
pub async fn verify(
    target: &ObjectStore,
    keys: &Keyring,
    id: &str,
    scratch: &Path,
    progress: &dyn Progress,
) -> Result<Verified, BackupError> {
    let m = load_manifest(target, keys, id).await?;
    progress.phase("database", 1);
    let db = database(target, keys, &m).await?;
    let copy = scratch.join(format!(".verify-{id}.db"));
    write(&copy, &db)?;
    let check = crate::store::snapshot::integrity(&copy);
    let _ = std::fs::remove_file(&copy);
    match check? {
        ok if ok == "ok" => {}
        problem => {
            return Err(BackupError::Damaged {
                id: id.to_owned(),
                problem: format!("its database fails SQLite's integrity check: {problem}"),
            });
        }
    }
    progress.advance(1);
    progress.phase("archived objects", m.objects.len() as u64);
    for entry in &m.objects {
        object(target, &m, entry).await?;
        progress.advance(1);
    }
    progress.done();
    Ok(Verified {
        id: m.id,
        objects: m.objects.len(),
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), BackupError> {
    crate::files::write_atomic(path, bytes, Some(0o600)).map_err(|e| BackupError::Io {
        path: path.display().to_string(),
        error: e.to_string(),
    })
}

/// Restores backup `id` into `into` (which must be empty or not exist, and must not be the
/// running data directory `data_dir`): `ticketbox.db`, and the archive under `transcripts/`
/// (the local archive's layout), still sealed. Start ticketbox on it with the same master key.
pub async fn restore(
    target: &ObjectStore,
    keys: &Keyring,
    id: &str,
    into: &Path,
    data_dir: &Path,
    progress: &dyn Progress,
) -> Result<usize, BackupError> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(into, data_dir) {
        return Err(BackupError::Refused(format!(
            "{} is ticketbox's data directory (storage.data_dir): restore into a new, empty directory",
            into.display()
        )));
    }
    if into.exists() && std::fs::read_dir(into).map_or(true, |mut d| d.next().is_some()) {
        return Err(BackupError::Refused(format!(
            "{} is not empty: restore into a new, empty directory",
            into.display()
        )));
    }
    let m = load_manifest(target, keys, id).await?;
    progress.phase("database", 1);
    let db = database(target, keys, &m).await?;
    std::fs::create_dir_all(into).map_err(|e| BackupError::Io {
        path: into.display().to_string(),
        error: e.to_string(),
    })?;
    write(&into.join("ticketbox.db"), &db)?;
    progress.advance(1);
    progress.phase("archived objects", m.objects.len() as u64);
    let archive = ObjectStore::local(into.join("transcripts"));
    for entry in &m.objects {
        let bytes = object(target, &m, entry).await?;
        archive.put(&entry.name, bytes).await?;
        progress.advance(1);
    }
    progress.done();
    Ok(m.objects.len())
}

/// What retention removed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pruned {
    pub backups: Vec<String>,
    pub objects: usize,
}

/// Deletes the backups retention does not keep, then the objects no kept manifest references.
/// A manifest that does not open keeps everything (nothing is deleted on a guess).
pub async fn prune(
    target: &ObjectStore,
    keys: &Keyring,
    keep_daily: u32,
    keep_weekly: u32,
) -> Result<Pruned, BackupError> {
    let all = ids(target).await?;
    let kept = crate::domain::backups::kept(&all, keep_daily, keep_weekly);
    let mut referenced = HashSet::new();
    for id in &kept {
        let m = load_manifest(target, keys, id).await?;
        referenced.extend(m.objects.into_iter().map(|o| o.sha256));
    }
    let mut pruned = Pruned::default();
    for id in all.iter().filter(|id| !kept.contains(id)) {
        target.delete(&database_name(id)).await?;
        target.delete(&manifest_name(id)).await?;
        pruned.backups.push(id.clone());
    }
    for name in target.list("objects/").await? {
        let hash = name.trim_start_matches("objects/");
        if !referenced.contains(hash) {
            target.delete(&name).await?;
            pruned.objects += 1;
        }
    }
    Ok(pruned)
}
