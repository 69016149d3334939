//! Sealed objects: what the archive stores. A payload is compressed with zstd, then encrypted
//! with AES-256-GCM under a per-guild key derived from the master key with HKDF-SHA256. The
//! additional data binds the object key and the format version, so a blob copied to another
//! guild's or ticket's key does not open. Format (docs/transcript-format.md):
//!
//! ```text
//! magic "TBXS" (4) | format version (1) | key id (4, big endian) | nonce (12) | ciphertext+tag
//! ```

use std::fmt;
use std::io::Read;

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::hkdf;
use ring::rand::{SecureRandom, SystemRandom};

use super::MasterKey;
use crate::ids::GuildId;

pub const MAGIC: &[u8; 4] = b"TBXS";
pub const FORMAT_VERSION: u8 = 1;
/// magic + version + key id + nonce.
pub const HEADER_LEN: usize = 4 + 1 + 4 + NONCE_LEN;
/// zstd level: fast, still a good ratio on chat text.
const ZSTD_LEVEL: i32 = 3;
/// Refuse to inflate a payload past this (a corrupt or hostile blob must not exhaust memory).
pub const MAX_PLAIN: u64 = 1 << 30;

/// Which master key sealed an object. Rotation introduces a new id; old objects keep theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("sealed object too short ({0} bytes): not a ticketbox object or truncated")]
    TooShort(usize),
    #[error("not a ticketbox sealed object (bad magic)")]
    BadMagic,
    #[error("sealed object format {0} is not supported by this ticketbox (knows {FORMAT_VERSION})")]
    UnsupportedVersion(u8),
    #[error("sealed with master key id {0}, which this ticketbox does not have")]
    UnknownKey(u32),
    #[error("authentication failed: the object was altered, or belongs to another guild or key")]
    AuthenticationFailed,
    #[error("the sealed payload is not valid zstd: {0}")]
    Corrupt(String),
    #[error("the sealed payload inflates past {MAX_PLAIN} bytes")]
    TooLarge,
    #[error("the system random number generator failed")]
    Random,
}

/// The parsed header of a sealed object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub version: u8,
    pub key_id: KeyId,
    pub nonce: [u8; NONCE_LEN],
}

/// Reads the header; never panics on any input.
pub fn parse_header(blob: &[u8]) -> Result<Header, SealError> {
    if blob.len() < HEADER_LEN {
        return Err(SealError::TooShort(blob.len()));
    }
    if &blob[..4] != MAGIC {
        return Err(SealError::BadMagic);
    }
    let version = blob[4];
    if version != FORMAT_VERSION {
        return Err(SealError::UnsupportedVersion(version));
    }
    let key_id = KeyId(u32::from_be_bytes([blob[5], blob[6], blob[7], blob[8]]));
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&blob[9..HEADER_LEN]);
    Ok(Header {
        version,
        key_id,
        nonce,
    })
}

/// The master keys this process can open objects with, and the one it seals with.
#[derive(Clone)]
pub struct Keyring {
    current: (KeyId, MasterKey),
    older: Vec<(KeyId, MasterKey)>,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyring")
            .field("current", &self.current.0)
            .field(
                "older",
                &self.older.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Keyring {
    pub fn new(id: KeyId, key: MasterKey) -> Self {
        Self {
            current: (id, key),
            older: Vec::new(),
        }
    }

    /// Adds a retired master key that can still open what it sealed.
    #[must_use]
    pub fn with_older(mut self, id: KeyId, key: MasterKey) -> Self {
        self.older.push((id, key));
        self
    }

    pub fn current_id(&self) -> KeyId {
        self.current.0
    }

    fn master(&self, id: KeyId) -> Option<&MasterKey> {
        std::iter::once(&self.current)
            .chain(&self.older)
            .find(|(k, _)| *k == id)
            .map(|(_, key)| key)
    }
}

/// HKDF-SHA256 output length marker for a 256-bit AES key.
struct KeyLen;

impl hkdf::KeyType for KeyLen {
    fn len(&self) -> usize {
        32
    }
}

/// Whose key seals an object: a guild's (its transcripts, its secrets) or the backups' own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Guild(GuildId),
    /// Backups of the database and the archive: a key of their own (its own HKDF label).
    Backup,
}

/// The key of `scope` under master key `id`.
fn scoped_key(master: &MasterKey, id: KeyId, scope: Scope) -> LessSafeKey {
    let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, b"ticketbox/seal/v1");
    let prk = salt.extract(master.as_bytes());
    let (label, scope_bytes): (&[u8], [u8; 8]) = match scope {
        Scope::Guild(guild) => (b"guild-key", guild.get().to_be_bytes()),
        Scope::Backup => (b"backup-key", [0; 8]),
    };
    let id_bytes = id.0.to_be_bytes();
    let info: [&[u8]; 3] = [label, &scope_bytes, &id_bytes];
    let mut key = [0u8; 32];
    // Expanding 32 bytes with SHA-256 cannot fail (the limit is 255 × 32).
    prk.expand(&info, KeyLen)
        .and_then(|okm| okm.fill(&mut key))
        .expect("HKDF-SHA256 expands 32 bytes");
    let unbound = UnboundKey::new(&AES_256_GCM, &key).expect("a 32-byte AES-256 key");
    LessSafeKey::new(unbound)
}

fn aad(object_key: &str, version: u8) -> Vec<u8> {
    let mut aad = Vec::with_capacity(object_key.len() + 20);
    aad.extend_from_slice(b"ticketbox-object\0");
    aad.push(version);
    aad.extend_from_slice(object_key.as_bytes());
    aad
}

/// Compresses and seals `plain` for `guild`, bound to `object_key`.
pub fn seal(
    keys: &Keyring,
    guild: GuildId,
    object_key: &str,
    plain: &[u8],
) -> Result<Vec<u8>, SealError> {
    seal_in(keys, Scope::Guild(guild), object_key, plain)
}

/// Compresses and seals `plain` with `scope`'s key, bound to `object_key`.
pub fn seal_in(
    keys: &Keyring,
    scope: Scope,
    object_key: &str,
    plain: &[u8],
) -> Result<Vec<u8>, SealError> {
    let compressed =
        zstd::bulk::compress(plain, ZSTD_LEVEL).map_err(|e| SealError::Corrupt(e.to_string()))?;
    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| SealError::Random)?;
    let (id, master) = &keys.current;
    let key = scoped_key(master, *id, scope);
    let mut out = Vec::with_capacity(HEADER_LEN + compressed.len() + AES_256_GCM.tag_len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&id.0.to_be_bytes());
    out.extend_from_slice(&nonce);
    let mut body = compressed;
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(aad(object_key, FORMAT_VERSION)),
        &mut body,
    )
    .map_err(|_| SealError::AuthenticationFailed)?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Opens what [`seal`] made, for the same guild and object key.
pub fn open(
    keys: &Keyring,
    guild: GuildId,
    object_key: &str,
    blob: &[u8],
) -> Result<Vec<u8>, SealError> {
    open_in(keys, Scope::Guild(guild), object_key, blob)
}

/// Opens what [`seal_in`] made, for the same scope and object key.
pub fn open_in(
    keys: &Keyring,
    scope: Scope,
    object_key: &str,
    blob: &[u8],
) -> Result<Vec<u8>, SealError> {
    let header = parse_header(blob)?;
    let master = keys
        .master(header.key_id)
        .ok_or(SealError::UnknownKey(header.key_id.0))?;
    let key = scoped_key(master, header.key_id, scope);
    let mut body = blob[HEADER_LEN..].to_vec();
    let compressed = key
        .open_in_place(
            Nonce::assume_unique_for_key(header.nonce),
            Aad::from(aad(object_key, header.version)),
            &mut body,
        )
        .map_err(|_| SealError::AuthenticationFailed)?;
    let mut plain = Vec::new();
    let decoder = zstd::stream::read::Decoder::new(&compressed[..])
        .map_err(|e| SealError::Corrupt(e.to_string()))?;
    decoder
        .take(MAX_PLAIN + 1)
        .read_to_end(&mut plain)
        .map_err(|e| SealError::Corrupt(e.to_string()))?;
    if plain.len() as u64 > MAX_PLAIN {
        return Err(SealError::TooLarge);
    }
    Ok(plain)
}

#[cfg(test)]
#[path = "seal_tests.rs"]
mod tests;
