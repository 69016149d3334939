//! The operator's master key: configured, or generated once into the data directory.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use ring::rand::{SecureRandom, SystemRandom};

use crate::config::Secret;

/// 32 secret bytes. `Debug` never shows them.
#[derive(Clone, PartialEq, Eq)]
pub struct MasterKey([u8; 32]);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MasterKeyError {
    #[error("must be 64 hex characters (32 bytes)")]
    Malformed,
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("the system random number generator failed")]
    Random,
}

/// Where the key in use came from; start-up logs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Config,
    File(PathBuf),
    Generated(PathBuf),
}

impl MasterKey {
    pub fn from_hex(text: &str) -> Result<Self, MasterKeyError> {
        crate::config::keys::key_bytes(text)
            .map(Self)
            .ok_or(MasterKeyError::Malformed)
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn generate() -> Result<Self, MasterKeyError> {
        let mut bytes = [0u8; 32];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| MasterKeyError::Random)?;
        Ok(Self(bytes))
    }

    /// The key as 64 lowercase hex characters, for `keygen` and the key file only.
    pub fn to_hex(&self) -> Secret {
        Secret::new(hex::encode(self.0))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// Uses `configured` when set; otherwise reads `path`, or creates it (mode 0600) with a new key.
pub fn load_or_create(
    configured: &Secret,
    path: &Path,
) -> Result<(MasterKey, KeySource), MasterKeyError> {
    if let Some(found) = load_existing(configured, path)? {
        Ok(found)
    } else {
        {
            let key = MasterKey::generate()?;
            write_new_key_file(path, &key).map_err(|e| MasterKeyError::File {
                path: path.to_path_buf(),
                reason: format!("cannot create it: {e}"),
            })?;
            Ok((key, KeySource::Generated(path.to_path_buf())))
        }
    }
}

/// Uses `configured` when set; otherwise reads `path`. `None` when there is no key yet (the
/// tools that only read archives must not invent one).
pub fn load_existing(
    configured: &Secret,
    path: &Path,
) -> Result<Option<(MasterKey, KeySource)>, MasterKeyError> {
    if !configured.is_empty() {
        return Ok(Some((
            MasterKey::from_hex(configured.expose())?,
            KeySource::Config,
        )));
    }
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let key = MasterKey::from_hex(&text).map_err(|_| MasterKeyError::File {
                path: path.to_path_buf(),
                reason: "is not 64 hex characters: restore it from your backup (transcripts sealed with \
                         the lost key cannot be opened)"
                    .to_owned(),
            })?;
            Ok(Some((key, KeySource::File(path.to_path_buf()))))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(MasterKeyError::File {
            path: path.to_path_buf(),
            reason: format!("cannot read it: {e}"),
        }),
    }
}

fn write_new_key_file(path: &Path, key: &MasterKey) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    writeln!(file, "{}", key.to_hex().expose())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip_and_malformed_keys() {
        let key = MasterKey::generate().unwrap();
        assert_eq!(MasterKey::from_hex(key.to_hex().expose()).unwrap(), key);
        assert!(MasterKey::from_hex("00").is_err());
        assert!(MasterKey::from_hex(&"zz".repeat(32)).is_err());
        assert!(MasterKey::from_hex(&"ab".repeat(33)).is_err());
        assert_eq!(format!("{key:?}"), "MasterKey([redacted])");
    }

    #[test]
    fn generated_once_then_read_back_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let (first, source) = load_or_create(&Secret::default(), &path).unwrap();
        assert_eq!(source, KeySource::Generated(path.clone()));
        let (second, source) = load_or_create(&Secret::default(), &path).unwrap();
        assert_eq!(source, KeySource::File(path.clone()));
        assert_eq!(first, second);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn configured_key_wins_and_bad_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let configured = MasterKey::generate().unwrap();
        let (key, source) = load_or_create(&configured.to_hex(), &path).unwrap();
        assert_eq!((key, source), (configured, KeySource::Config));
        assert!(!path.exists(), "a configured key must not write a key file");

        std::fs::write(&path, "not a key").unwrap();
        let err = load_or_create(&Secret::default(), &path)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("master.key") && err.contains("64 hex"),
            "{err}"
        );
    }
}
