//! Start-up steps, in the order that keeps bad input from writing anything:
//! validate → bind → data directory → master key → database → cache.

use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use super::{Failure, RunOptions};
use crate::cache::Cache;
use crate::clock::SystemClock;
use crate::config::{Config, Loaded, validate};
use crate::crypto::{KeySource, MasterKey, load_or_create};
use crate::store::Db;

use crate::archive::{Archive, ObjectStore};
use crate::services::AppCore;

/// Validates a loaded configuration, starts logging and reports what the operator should know.
pub fn startup_config(loaded: Loaded) -> Result<Config, Failure> {
    let problems = validate(&loaded.config);
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect();
    if !errors.is_empty() {
        return Err(Failure {
            code: super::EXIT_BAD_INPUT,
            lines: errors,
        });
    }
    crate::logging::init(&loaded.config.log);
    match &loaded.source {
        crate::config::Source::File(path) => {
            tracing::info!(file = %path.display(), "configuration loaded");
        }
        crate::config::Source::None => {
            tracing::info!("no config file; using defaults and environment");
        }
    }
    for warning in &loaded.warnings {
        tracing::warn!("{warning}");
    }
    Ok(loaded.config)
}

/// Binds the HTTP listener (port 0 picks a free port).
pub fn bind(config: &Config) -> Result<TcpListener, Failure> {
    let addr = config.http.listen;
    let listener = TcpListener::bind(addr).map_err(|e| {
        let what = if e.kind() == std::io::ErrorKind::AddrInUse {
            "is already in use: stop the other process or choose another port".to_owned()
        } else {
            format!("cannot be bound ({e})")
        };
        Failure::failed(format!(
            "http.listen {addr} {what} (set TICKETBOX_HTTP__LISTEN or http.listen)"
        ))
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Failure::failed(format!("http.listen {addr}: {e}")))?;
    Ok(listener)
}

/// The database for a command line tool: the data directory checked as [`prepare_data_dir`]
/// does (root is refused in the service's), then [`open_private_db`].
pub fn open_database(config: &Config) -> Result<Db, Failure> {
    prepare_data_dir(&config.storage.data_dir)?;
    open_private_db(&config.database_path())
}

/// Opens (creating and migrating if needed) the database, readable by ticketbox's user only
/// whatever the umask: the database file and its journal files (SQLite gives those the
/// database file's mode).
pub fn open_private_db(path: &Path) -> Result<Db, Failure> {
    crate::files::create_private(path, 0o600).map_err(|e| not_private(path, &e))?;
    let db = Db::open(path).map_err(|e| Failure::failed(e.to_string()))?;
    for suffix in ["", "-wal", "-shm"] {
        let file = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
        if file.exists() {
            crate::files::restrict(&file, 0o600).map_err(|e| not_private(&file, &e))?;
        }
    }
    Ok(db)
}

fn not_private(path: &Path, e: &std::io::Error) -> Failure {
    Failure::failed(format!(
        "cannot make {} readable by ticketbox's user only: {e}",
        path.display()
    ))
}

/// Creates the data directory if needed and proves it writable.
pub fn prepare_data_dir(dir: &Path) -> Result<(), Failure> {
    let unusable = |e: std::io::Error| {
        Failure::failed(format!(
            "storage.data_dir {} is not a writable directory ({e}): create it and let the ticketbox user \
             write to it, or set TICKETBOX_STORAGE__DATA_DIR",
            dir.display()
        ))
    };
    // Private whatever the umask: the database, the cache and the key live here.
    let existed = dir.is_dir();
    std::fs::create_dir_all(dir).map_err(unusable)?;
    if !existed {
        crate::files::restrict(dir, 0o700).map_err(unusable)?;
    }
    let probe = dir.join(".write-test");
    std::fs::write(&probe, b"ok").map_err(unusable)?;
    let owners = owners(dir, &probe);
    std::fs::remove_file(&probe).map_err(unusable)?;
    match owners {
        // Root in another user's data directory (`sudo ticketbox backup now` on a packaged
        // install): every file it wrote would be root's, and the service, running as that
        // user, could no longer open them.
        Some((0, owner)) if owner != 0 => Err(Failure::failed(format!(
            "storage.data_dir {} belongs to user id {owner}, but this command runs as root: files \
             it wrote would lock the service out. Run it as that user, e.g. \
             `sudo -u ticketbox ticketbox …`",
            dir.display()
        ))),
        _ => Ok(()),
    }
}

/// The user ids of this process (as the owner of the file it just created) and of `dir`.
#[cfg(unix)]
fn owners(dir: &Path, created: &Path) -> Option<(u32, u32)> {
    use std::os::unix::fs::MetadataExt;
    Some((created.metadata().ok()?.uid(), dir.metadata().ok()?.uid()))
}

#[cfg(not(unix))]
fn owners(_dir: &Path, _created: &Path) -> Option<(u32, u32)> {
    None
}

/// The opened stores and key, ready to become an [`AppCore`].
pub struct Prepared {
    pub db: Db,
    pub cache: Cache,
    pub master_key: MasterKey,
    pub archive: Archive,
}

impl Prepared {
    pub fn into_core(self, config: Config) -> AppCore {
        self.into_core_with_clock(config, Arc::new(SystemClock))
    }

    /// Like [`Prepared::into_core`] with another source of "now" (the test world's clock).
    pub fn into_core_with_clock(
        self,
        config: Config,
        clock: Arc<dyn crate::clock::Clock>,
    ) -> AppCore {
        AppCore::new(
            config,
            self.db,
            self.cache,
            self.master_key,
            Arc::new(self.archive),
            clock,
        )
    }
}

/// Data directory, master key, database (with migrations) and cache.
pub fn prepare(config: &Config, options: RunOptions) -> Result<Prepared, Failure> {
    let dir = &config.storage.data_dir;
    prepare_data_dir(dir)?;
    if dir.starts_with(std::env::temp_dir()) {
        tracing::warn!(data_dir = %dir.display(), "storage.data_dir is under the temporary directory; data there may be deleted");
    }
    let (master_key, source) = load_or_create(&config.crypto.master_key, &config.master_key_path())
        .map_err(|e| Failure::bad_input(format!("crypto.master_key: {e}")))?;
    match source {
        KeySource::Generated(path) => tracing::warn!(
            path = %path.display(),
            "GENERATED A NEW MASTER KEY. Back up this file now and keep it apart from your data: \
             without it, archived transcripts and backups cannot be decrypted"
        ),
        KeySource::File(path) => {
            tracing::info!(path = %path.display(), "master key read from the data directory");
        }
        KeySource::Config => tracing::info!("master key taken from the configuration"),
    }
    let archive = open_archive(config, &master_key)?;
    let db = open_private_db(&config.database_path())?;
    let cache = Cache::open(&config.cache_path(), options.reset_cache)
        .map_err(|e| Failure::failed(e.to_string()))?;
    crate::files::restrict(&config.cache_path(), 0o600)
        .map_err(|e| not_private(&config.cache_path(), &e))?;
    Ok(Prepared {
        db,
        cache,
        master_key,
        archive,
    })
}

/// The archive store and keyring from configuration (no network: S3 is reached on first use).
pub fn open_archive(config: &Config, master_key: &MasterKey) -> Result<Archive, Failure> {
    let keys = crate::crypto::keyring(
        master_key.clone(),
        config.crypto.master_key_id,
        config.crypto.retired_master_keys.expose(),
    )
    .map_err(|e| Failure::bad_input(format!("crypto.retired_master_keys: {e}")))?;
    let store = ObjectStore::from_config(&config.archive, &config.storage.data_dir)
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    tracing::info!(store = %store.describe(), "transcript archive");
    Ok(Archive::new(store, keys))
}

/// Logs whether the archive bucket keeps old versions (loudly when it does: removal on request
/// then leaves the deleted objects as old versions until a lifecycle rule expires them).
/// Never stops start-up. Returns what it found, for tests.
pub async fn check_versioning(
    store: &crate::archive::ObjectStore,
) -> crate::archive::objects::Versioning {
    use crate::archive::objects::Versioning;
    let found = store.versioning().await;
    match &found {
        Versioning::Off => {}
        Versioning::Enabled | Versioning::Suspended => tracing::warn!(
            store = %store.describe(),
            versioning = ?found,
            "THE ARCHIVE BUCKET KEEPS OLD VERSIONS: transcripts removed or rewritten on request \
             (data purge-user, guild purges, rekey) survive as noncurrent versions. Add a \
             lifecycle rule that expires noncurrent versions (see the README's Privacy section)"
        ),
        Versioning::Unknown(why) => tracing::info!(
            store = %store.describe(),
            %why,
            "archive bucket versioning unknown (GetBucketVersioning not allowed or not \
             supported); if the bucket keeps old versions, removal needs a lifecycle rule"
        ),
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn root_is_refused_in_another_users_data_directory() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        prepare_data_dir(&data).expect("a new directory of our own");
        let me = data.metadata().unwrap().uid();
        // Only root can give the directory away; anyone else checks their own directory passes.
        if me != 0 || std::os::unix::fs::chown(&data, Some(4242), None).is_err() {
            assert!(prepare_data_dir(&data).is_ok());
            return;
        }
        let err = prepare_data_dir(&data).unwrap_err().lines.join(" ");
        assert!(err.contains("belongs to user id 4242"), "{err}");
        assert!(err.contains("sudo -u ticketbox"), "{err}");
        assert!(
            std::fs::read_dir(&data).unwrap().next().is_none(),
            "nothing left behind"
        );
    }
}
