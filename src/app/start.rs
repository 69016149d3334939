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
    std::fs::remove_file(&probe).map_err(unusable)?;
    Ok(())
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
    let private = |path: &std::path::Path, e: std::io::Error| {
        Failure::failed(format!(
            "cannot make {} readable by ticketbox's user only: {e}",
            path.display()
        ))
    };
    // The database and its journal files (SQLite gives those the database file's mode) and the
    // cache are readable by ticketbox's user only, whatever the umask.
    let db_path = config.database_path();
    crate::files::create_private(&db_path, 0o600).map_err(|e| private(&db_path, e))?;
    let db = Db::open(&db_path).map_err(|e| Failure::failed(e.to_string()))?;
    for suffix in ["", "-wal", "-shm"] {
        let file = std::path::PathBuf::from(format!("{}{suffix}", db_path.display()));
        if file.exists() {
            crate::files::restrict(&file, 0o600).map_err(|e| private(&file, e))?;
        }
    }
    let cache = Cache::open(&config.cache_path(), options.reset_cache)
        .map_err(|e| Failure::failed(e.to_string()))?;
    crate::files::restrict(&config.cache_path(), 0o600)
        .map_err(|e| private(&config.cache_path(), e))?;
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
