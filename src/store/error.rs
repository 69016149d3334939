use std::path::{Path, PathBuf};

/// Errors of the SQLite layer. Callers above turn them into user-safe messages.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot open database {path}: {reason} (check that storage.data_dir exists and this user may write it)"
    )]
    Open { path: PathBuf, reason: String },
    #[error(
        "database {path} was written by a newer ticketbox (schema version {found}; this binary knows up to \
         {known}): run the newer ticketbox, or restore a backup taken with this version"
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "database {path}: migration {version} differs from the one applied to it; migrations are \
         append-only, so this binary does not match this database"
    )]
    ChangedMigration { path: PathBuf, version: i64 },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A uniqueness rule refused the write (callers turn it into a domain answer).
    #[error("a uniqueness constraint refused the write")]
    Conflict,
    #[error("a database task panicked")]
    TaskPanicked,
}

impl StoreError {
    pub(crate) fn open(path: &Path, error: &rusqlite::Error) -> Self {
        Self::Open {
            path: path.to_path_buf(),
            reason: error.to_string(),
        }
    }
}
