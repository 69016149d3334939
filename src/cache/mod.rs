//! The Discord entity cache: one redb file in the data directory.
//!
//! It is only a cache: the gateway sends everything in it again, so a corrupt or outdated
//! file is reset rather than repaired. Calls run off the async runtime through
//! [`Cache::read`] and [`Cache::write`], one redb transaction per closure.

pub mod absent;
mod access;
pub mod model;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};

pub use access::{CacheRead, CacheWrite, put_member_seen};
pub use model::{
    CachedChannel, CachedGuild, CachedMember, CachedRole, CachedUser, ChannelKind, OverwriteTarget,
    PermissionOverwrite,
};

/// redb's in-memory page cache. Its default (1 GiB) lets RSS grow with the number of guilds;
/// the hot set (guilds with active tickets) is small, and misses are cheap page reads.
const PAGE_CACHE_BYTES: usize = 8 * 1024 * 1024;

/// Bumped when the stored encoding changes; an older file is then reset, not misread.
/// 2: members carry `seen_at`. 3: the user → guilds index of members. 4: guilds carry their
/// preferred locale.
const FORMAT_VERSION: u64 = 4;
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error(
        "cache file {path} cannot be opened: {reason}. It is only a cache: start with \
         `ticketbox run --reset-cache` or delete the file, and the gateway refills it"
    )]
    Open { path: PathBuf, reason: String },
    #[error(
        "cache file {path} is in use by another ticketbox process: stop that process first \
         (two processes cannot share one data directory)"
    )]
    InUse { path: PathBuf },
    #[error("cache error: {0}")]
    Redb(#[from] redb::Error),
    #[error("cache entry cannot be decoded: {0}")]
    Decode(#[from] postcard::Error),
    #[error("cache durability: {0}")]
    Durability(String),
    #[error("a cache task panicked")]
    TaskPanicked,
    #[error("cache compaction: {0}")]
    Compaction(String),
}

fn lock_read(db: &std::sync::RwLock<Database>) -> std::sync::RwLockReadGuard<'_, Database> {
    db.read().unwrap_or_else(std::sync::PoisonError::into_inner)
}

macro_rules! redb_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for CacheError {
            fn from(e: $t) -> Self {
                Self::Redb(e.into())
            }
        }
    )*};
}
redb_error_from!(
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError
);

/// A handle to the cache. Cheap to clone.
#[derive(Clone)]
pub struct Cache {
    /// Transactions begin under the read side; compaction takes the write side (it needs the
    /// database to itself).
    db: Arc<std::sync::RwLock<Database>>,
    path: PathBuf,
    /// Members known not to be in a guild, briefly (in memory).
    pub absent: Arc<absent::Absences>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Cache {
    /// Opens or creates the cache file. With `reset`, an existing file is deleted first.
    /// Blocking: call it at start-up.
    pub fn open(path: &Path, reset: bool) -> Result<Self, CacheError> {
        let open_error = |reason: String| CacheError::Open {
            path: path.to_path_buf(),
            reason,
        };
        if reset {
            match std::fs::remove_file(path) {
                Ok(()) => tracing::info!(path = %path.display(), "cache reset on request"),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(open_error(format!(
                        "cannot delete it for --reset-cache: {e}"
                    )));
                }
            }
        }
        let db = match Database::builder()
            .set_cache_size(PAGE_CACHE_BYTES)
            .create(path)
        {
            Ok(db) => db,
            Err(redb::DatabaseError::DatabaseAlreadyOpen) => {
                return Err(CacheError::InUse {
                    path: path.to_path_buf(),
                });
            }
            Err(e) => return Err(open_error(e.to_string())),
        };
        let cache = Self {
            db: Arc::new(std::sync::RwLock::new(db)),
            path: path.to_path_buf(),
            absent: Arc::default(),
        };
        cache
            .check_format()
            .map_err(|e| open_error(e.to_string()))?;
        Ok(cache)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn database(&self) -> std::sync::RwLockReadGuard<'_, Database> {
        lock_read(&self.db)
    }

    /// Rewrites the file so deleted rows do not survive in free pages (redb is copy-on-write):
    /// after a removal on request. Waits for running transactions to end; new ones wait for it.
    pub async fn compact(&self) -> Result<(), CacheError> {
        let db = Arc::clone(&self.db);
        tokio::task::spawn_blocking(move || {
            let mut db = db
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            // Make every earlier non-durable commit durable first: until then redb keeps the
            // pages they freed.
            let txn = db.begin_write()?;
            txn.commit()?;
            for _ in 0..500 {
                match db.compact() {
                    Ok(true) => {}
                    Ok(false) => return Ok(()),
                    Err(redb::CompactionError::TransactionInProgress) => {
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                    Err(e) => return Err(CacheError::Compaction(e.to_string())),
                }
            }
            Err(CacheError::Compaction(
                "transactions kept running for five seconds".to_owned(),
            ))
        })
        .await
        .map_err(|_| CacheError::TaskPanicked)?
    }

    /// Stamps a new file with the format version; clears an older format.
    fn check_format(&self) -> Result<(), CacheError> {
        let txn = self.database().begin_write()?;
        {
            let mut meta = txn.open_table(META)?;
            let stored = meta.get("format")?.map(|v| v.value());
            if stored != Some(FORMAT_VERSION) {
                if stored.is_some() {
                    tracing::warn!(path = %self.path.display(), "cache file has an older format; clearing it");
                }
                access::clear_entities(&txn)?;
                meta.insert("format", FORMAT_VERSION)?;
            }
        }
        txn.commit()?;
        Ok(())
    }

    /// Runs `f` in one read transaction on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> Result<T, CacheError>
    where
        T: Send + 'static,
        F: FnOnce(&CacheRead) -> Result<T, CacheError> + Send + 'static,
    {
        let db = Arc::clone(&self.db);
        tokio::task::spawn_blocking(move || {
            let read = CacheRead::new(lock_read(&db).begin_read()?);
            f(&read)
        })
        .await
        .map_err(|_| CacheError::TaskPanicked)?
    }

    /// Like [`Cache::write`], but the commit is not synced to disk: for the gateway's stream of
    /// updates, which the gateway would send again after a crash. [`Cache::flush`] makes
    /// everything so far durable.
    pub async fn ingest<T, F>(&self, f: F) -> Result<T, CacheError>
    where
        T: Send + 'static,
        F: FnOnce(&CacheWrite) -> Result<T, CacheError> + Send + 'static,
    {
        self.write_with(redb::Durability::None, f).await
    }

    /// Makes every earlier [`Cache::ingest`] durable.
    pub async fn flush(&self) -> Result<(), CacheError> {
        self.write(|_| Ok(())).await
    }

    /// Runs `f` in one write transaction on a blocking thread; commits when it returns `Ok`.
    pub async fn write<T, F>(&self, f: F) -> Result<T, CacheError>
    where
        T: Send + 'static,
        F: FnOnce(&CacheWrite) -> Result<T, CacheError> + Send + 'static,
    {
        self.write_with(redb::Durability::Immediate, f).await
    }

    async fn write_with<T, F>(&self, durability: redb::Durability, f: F) -> Result<T, CacheError>
    where
        T: Send + 'static,
        F: FnOnce(&CacheWrite) -> Result<T, CacheError> + Send + 'static,
    {
        let db = Arc::clone(&self.db);
        tokio::task::spawn_blocking(move || {
            let mut txn = lock_read(&db).begin_write()?;
            // Only fails for a transaction that already had persistent savepoints; ours has none.
            txn.set_durability(durability)
                .map_err(|e| CacheError::Durability(e.to_string()))?;
            let write = CacheWrite::new(txn);
            let value = f(&write)?;
            write.commit()?;
            Ok(value)
        })
        .await
        .map_err(|_| CacheError::TaskPanicked)?
    }
}
