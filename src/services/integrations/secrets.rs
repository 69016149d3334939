//! Integration secrets and provider API keys at rest: sealed (AES-256-GCM) under the server's
//! key derived from the master key, bound to where they belong, so a sealed value copied to
//! another integration or server does not open. Never shown again once saved.

use crate::crypto::seal;
use crate::ids::GuildId;
use crate::services::AppCore;

/// Seals `value` for `guild` under the name `slot` (e.g. `integration-secret/7/TOKEN`).
pub fn seal_secret(core: &AppCore, guild: GuildId, slot: &str, value: &str) -> Option<Vec<u8>> {
    match seal::seal(core.archive.keys(), guild, slot, value.as_bytes()) {
        Ok(sealed) => Some(sealed),
        Err(e) => {
            tracing::error!(%guild, error = %e, "cannot seal a secret");
            None
        }
    }
}

/// Opens what [`seal_secret`] sealed; `None` (logged) when it does not open.
pub fn open_secret(core: &AppCore, guild: GuildId, slot: &str, sealed: &[u8]) -> Option<String> {
    match seal::open(core.archive.keys(), guild, slot, sealed) {
        Ok(plain) => String::from_utf8(plain).ok(),
        Err(e) => {
            tracing::error!(%guild, slot, error = %e, "cannot open a sealed secret");
            None
        }
    }
}

/// Where an integration's secret is sealed.
pub fn integration_slot(id: i64, name: &str) -> String {
    format!("integration-secret/{id}/{name}")
}

/// Where a server's provider API key is sealed.
pub fn provider_slot(guild: GuildId, provider: &str) -> String {
    format!("roblox-key/{guild}/{provider}")
}
