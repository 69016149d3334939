//! Durable file writes shared by the local archive store and the first-run setup, and the
//! permissions of what ticketbox keeps.

use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` so a crash leaves either the old file or the new one: a fresh
/// temporary file next to it (created with `mode` on Unix when given, e.g. 0o600 for secrets),
/// fsync, rename, then the directory synced. Missing directories are created durably.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().ok_or(std::io::ErrorKind::InvalidInput)?;
    create_dirs_durably(dir)?;
    let mut tmp = tempfile_in(dir, mode)?;
    tmp.1.write_all(bytes)?;
    tmp.1.sync_all()?;
    std::fs::rename(&tmp.0, path)?;
    // The rename is durable once the directory is synced.
    std::fs::File::open(dir)?.sync_all()
}

/// Creates `dir` and its missing parents, syncing each new directory's entry in its parent,
/// so a power loss right after cannot forget the directories an object was written into.
fn create_dirs_durably(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut missing = Vec::new();
    let mut at = dir;
    while !at.is_dir() {
        missing.push(at.to_path_buf());
        match at.parent() {
            Some(parent) => at = parent,
            None => break,
        }
    }
    std::fs::create_dir_all(dir)?;
    // The deepest existing ancestor, then each new directory, top down.
    std::fs::File::open(at)?.sync_all()?;
    for created in missing.iter().rev() {
        std::fs::File::open(created)?.sync_all()?;
    }
    Ok(())
}

/// A new file next to the target, named so a crash leaves a recognisable leftover.
fn tempfile_in(dir: &Path, mode: Option<u32>) -> std::io::Result<(PathBuf, std::fs::File)> {
    use ring::rand::SecureRandom;
    let mut suffix = [0u8; 8];
    ring::rand::SystemRandom::new()
        .fill(&mut suffix)
        .map_err(|_| std::io::Error::other("random"))?;
    let path = dir.join(format!(".tmp-{}", hex::encode(suffix)));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(mode) = mode {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let file = options.open(&path)?;
    Ok((path, file))
}

/// Sets `path`'s Unix permission bits to exactly `mode` (0o700 for the data directory, 0o600 for
/// the database and the cache), whatever the umask made them. Elsewhere a no-op.
pub fn restrict(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

/// Creates the file `path` empty with `mode` if it does not exist yet, so whatever opens it
/// next (SQLite, redb) finds it private from the start.
pub fn create_private(path: &Path, mode: u32) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    match options.open(path) {
        Ok(_) => restrict(path, mode),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}
