//! A consistent copy of the database while ticketbox runs, with SQLite's online backup (the
//! copy is of one moment: writers carry on and the backup restarts its pages if one changed
//! underneath), and the integrity check of a copy.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::{Db, StoreError};

/// Copies the database into `to` (a new file).
pub async fn snapshot(db: &Db, to: PathBuf) -> Result<(), StoreError> {
    db.read(move |conn| {
        let mut target = Connection::open(&to)?;
        let backup = rusqlite::backup::Backup::new(conn, &mut target)?;
        // 256 pages a step, a short pause between steps so writers are not held up.
        backup.run_to_completion(256, Duration::from_millis(5), None)?;
        Ok(())
    })
    .await
}

/// SQLite's `PRAGMA integrity_check` of the database file at `path`: "ok", or what is wrong.
pub fn integrity(path: &Path) -> Result<String, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let rows: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows.join("; "))
}
