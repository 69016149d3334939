//! Key material. The master key is the root every per-guild key is derived from
//! (the archive issue adds HKDF derivation and sealing on top of it).

mod master_key;

pub use master_key::{KeySource, MasterKey, MasterKeyError, load_or_create};
