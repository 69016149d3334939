//! SQLite: one file in the data directory, WAL, foreign keys on, embedded migrations.
//!
//! Every call runs off the async runtime through [`Db::write`] (one transaction per closure)
//! or [`Db::read`]. One writer connection serialises writes in-process; a few read-only
//! connections serve reads concurrently, which WAL allows.

pub mod activity;
pub mod audit;
pub mod autoclose;
pub mod awaiting;
pub mod data_requests;
mod error;
pub mod exit_survey;
pub mod feedback;
pub mod forms;
pub mod guilds;
pub mod integrations;
pub mod jobs;
pub mod labels;
pub mod migrate;
pub mod multi_panels;
pub mod on_call;
mod open_index;
pub mod panels;
pub mod privacy;
pub mod sessions;
pub mod settings;
pub mod snapshot;
pub mod staff;
pub mod stats;
pub mod tags;
pub mod ticket_close;
pub mod ticket_lists;
pub mod tickets;
pub mod transcripts;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use error::StoreError;
pub use open_index::OpenTicket;

use crate::ids::{ChannelId, GuildId, TicketId, UserId};
use open_index::OpenIndex;

/// Whether a write failed on a UNIQUE constraint or index.
pub(crate) fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

/// `text` lowercased for a `LIKE … ESCAPE '\\'` pattern: its `\\`, `%` and `_` match only
/// themselves.
pub(crate) fn like_escaped(text: &str) -> String {
    text.to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

const READERS: usize = 2;
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A handle to the database. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
    /// The open tickets' channels ([`Db::open_ticket_in`]).
    open: OpenIndex,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("path", &self.inner.path)
            .finish_non_exhaustive()
    }
}

impl Db {
    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    /// Blocking: call it at start-up, before serving.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let mut writer = open_connection(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        writer
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| StoreError::open(path, &e))?;
        migrate::apply(&mut writer, path)?;
        let open = OpenIndex::load(&writer)?;
        let readers = (0..READERS)
            .map(|_| open_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map(Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: path.to_path_buf(),
                writer: Mutex::new(writer),
                readers,
                next_reader: AtomicUsize::new(0),
                open,
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Copies everything in the write-ahead log into the database file and empties the log
    /// (`wal_checkpoint(TRUNCATE)`): after a removal, no old page holding removed text stays in
    /// the journal. Waits for readers (busy timeout).
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        let inner = Arc::clone(&self.inner);
        run_blocking(move || {
            let conn = lock(&inner.writer);
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(())
        })
        .await
    }

    /// Runs `f` inside one immediate transaction on a blocking thread; commits when `f` returns
    /// `Ok`, rolls back otherwise.
    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        self.write_syncing(None, f).await
    }

    /// Like [`Db::write`], for a write that may open, close or reopen ticket `id`: the open
    /// tickets' index is brought in line before the writer's lock is released, so it follows
    /// the order of commits.
    pub(crate) async fn write_ticket<T, F>(&self, id: TicketId, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        self.write_syncing(Some(id), f).await
    }

    async fn write_syncing<T, F>(&self, ticket: Option<TicketId>, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        run_blocking(move || {
            let mut conn = lock(&inner.writer);
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            let row = match ticket {
                Some(id) => Some((id, open_index::row_of(&tx, id)?)),
                None => None,
            };
            tx.commit()?;
            if let Some((id, row)) = row {
                inner.open.set(id, row);
            }
            Ok(value)
        })
        .await
    }

    /// The open ticket whose channel or thread is `channel`, from memory (no SQLite).
    pub fn open_ticket_in(&self, channel: ChannelId) -> Option<OpenTicket> {
        self.inner.open.get(channel)
    }

    /// Whether `user` has an open ticket in `guild`, from memory.
    pub fn has_open_ticket_by(&self, guild: GuildId, user: UserId) -> bool {
        self.inner
            .open
            .any(|t| t.guild == guild && t.opener == user)
    }

    /// How many open tickets the in-memory index holds.
    pub fn open_tickets_indexed(&self) -> usize {
        self.inner.open.len()
    }

    /// After a guild's rows went: its tickets leave the index.
    pub(crate) fn forget_open_in(&self, guild: GuildId) {
        self.inner.open.forget_guild(guild);
    }

    /// Runs `f` with a read-only connection on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        run_blocking(move || {
            let index = inner.next_reader.fetch_add(1, Ordering::Relaxed) % inner.readers.len();
            let conn = lock(&inner.readers[index]);
            f(&conn)
        })
        .await
    }

    /// A cheap query proving the database answers (`/healthz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.read(|conn| {
            conn.query_row("SELECT count(*) FROM schema_migrations", [], |row| {
                row.get::<_, i64>(0)
            })?;
            Ok(())
        })
        .await
    }
}

async fn run_blocking<T, F>(f: F) -> Result<T, StoreError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, StoreError> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| StoreError::TaskPanicked)?
}

/// A poisoned mutex only means a closure panicked; its transaction was rolled back on drop,
/// so the connection is still sound.
fn lock(mutex: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn open_connection(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| StoreError::open(path, &e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| StoreError::open(path, &e))?;
    // NORMAL is durable against a process crash in WAL mode; only an OS crash or power loss
    // can drop the last commits, never corrupt the file.
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(|e| StoreError::open(path, &e))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(|e| StoreError::open(path, &e))?;
    // Deleted and overwritten content is zeroed, not left in free space on the page: a
    // removal on request leaves no text behind in the file.
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(|e| StoreError::open(path, &e))?;
    Ok(conn)
}

/// A stored embed (JSON; NULL or unreadable: nothing set).
pub(crate) fn embed_from(json: Option<String>) -> crate::domain::embeds::EmbedSpec {
    json.and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

/// An embed to store: NULL when nothing is set.
pub(crate) fn embed_json(embed: &crate::domain::embeds::EmbedSpec) -> Option<String> {
    (!embed.is_empty()).then(|| serde_json::to_string(embed).unwrap_or_default())
}
