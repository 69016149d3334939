//! Taking a backup: the snapshot, the archive's objects not yet in the target, the manifest.

use std::collections::HashSet;

use super::{
    BackupError, MANIFEST_VERSION, Manifest, ObjectEntry, Progress, database_name, manifest_name,
    object_name, sha256,
};
use crate::archive::objects::ObjectStore;
use crate::crypto::seal::{self, Scope};
use crate::domain::backups::id_for;
use crate::services::AppCore;

/// What a backup came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taken {
    pub id: String,
    pub database_size: u64,
    /// Archived objects the backup holds, and how many of them (and bytes) were copied now.
    pub objects: usize,
    pub copied: usize,
    pub bytes_copied: u64,
}

/// Takes a backup of `core`'s database and archive into `target`.
pub async fn take(
    core: &AppCore,
    target: &ObjectStore,
    progress: &dyn Progress,
) -> Result<Taken, BackupError> {
    let id = id_for(core.clock.now());
    let keys = core.archive.keys().clone();

    progress.phase("database snapshot", 1);
    let tmp = core
        .config
        .storage
        .data_dir
        .join(format!(".backup-{id}.db"));
    let _ = std::fs::remove_file(&tmp);
    let snapshot = crate::store::snapshot::snapshot(&core.db, tmp.clone()).await;
    let read = match snapshot {
        Ok(()) => tokio::fs::read(&tmp).await.map_err(|e| BackupError::Io {
            path: tmp.display().to_string(),
            error: e.to_string(),
        }),
        Err(e) => Err(e.into()),
    };
    let _ = std::fs::remove_file(&tmp);
    let database = read?;
    let database_sha256 = sha256(&database);
    let database_size = database.len() as u64;
    let name = database_name(&id);
    let sealed = {
        let (keys, name) = (keys.clone(), name.clone());
        tokio::task::spawn_blocking(move || seal::seal_in(&keys, Scope::Backup, &name, &database))
            .await
            .map_err(|e| BackupError::Refused(e.to_string()))?
            .map_err(|why| BackupError::Sealed {
                id: id.clone(),
                what: "the database".to_owned(),
                why,
            })?
    };
    target.put(&name, sealed).await?;
    progress.advance(1);

    let archive = core.archive.store();
    let names = archive.list("").await?;
    let mut have: HashSet<String> = target
        .list("objects/")
        .await?
        .into_iter()
        .filter_map(|n| n.strip_prefix("objects/").map(str::to_owned))
        .collect();
    progress.phase("archived objects", names.len() as u64);
    let mut objects = Vec::with_capacity(names.len());
    let (mut copied, mut bytes_copied) = (0, 0);
    for name in names {
        // Gone since the listing (a purge, a rewrite in progress): not in this backup.
        let Some(bytes) = archive.get(&name).await? else {
            progress.advance(1);
            continue;
        };
        let hash = sha256(&bytes);
        let size = bytes.len() as u64;
        if !have.contains(&hash) {
            target.put(&object_name(&hash), bytes).await?;
            have.insert(hash.clone());
            copied += 1;
            bytes_copied += size;
        }
        objects.push(ObjectEntry {
            name,
            sha256: hash,
            size,
        });
        progress.advance(1);
    }

    let manifest = Manifest {
        version: MANIFEST_VERSION,
        id: id.clone(),
        taken_at: core.clock.now().millis(),
        database_sha256,
        database_size,
        objects,
    };
    let count = manifest.objects.len();
    let plain = serde_json::to_vec(&manifest).map_err(|e| BackupError::Refused(e.to_string()))?;
    let name = manifest_name(&id);
    let sealed =
        seal::seal_in(&keys, Scope::Backup, &name, &plain).map_err(|why| BackupError::Sealed {
            id: id.clone(),
            what: "the manifest".to_owned(),
            why,
        })?;
    target.put(&name, sealed).await?;
    progress.done();
    Ok(Taken {
        id,
        database_size,
        objects: count,
        copied,
        bytes_copied,
    })
}
