//! Key material. The master key is the root every per-guild key is derived from; `seal`
//! compresses and encrypts archive objects under those keys.

mod keyring_config;
mod master_key;
pub mod seal;

pub use keyring_config::keyring;
pub use master_key::{KeySource, MasterKey, MasterKeyError, load_existing, load_or_create};
