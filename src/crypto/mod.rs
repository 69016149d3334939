//! Key material. The master key is the root every per-guild key is derived from; `seal`
//! compresses and encrypts archive objects under those keys.

mod master_key;
pub mod seal;

pub use master_key::{KeySource, MasterKey, MasterKeyError, load_or_create};
