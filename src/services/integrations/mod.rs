//! Integrations on ticket open: the Roblox lookup (Bloxlink, RoVer, then Roblox's users API)
//! and server-made HTTP integrations, run only for servers whose admins enabled them and only
//! when the welcome message uses their placeholders. Each call is bounded in time (a failure
//! gives the placeholders' fallbacks and never holds the open up longer), recorded (whose ID
//! went where, when, with what outcome — never the answer) and logged in the audit log.

mod custom;
pub mod http;
mod roblox;
mod secrets;

use std::time::Duration;

pub use custom::{delete, save, set_enabled};
pub use roblox::save_settings as save_roblox;
pub use secrets::{open_secret, seal_secret};

use super::AppCore;
use crate::clock::Timestamp;
use crate::config::IntegrationsConfig;
use crate::ids::{GuildId, PanelId, UserId};
use crate::store::{audit, integrations as store};

/// The integrations' clients and the Roblox lookups cached in memory.
pub struct Integrations {
    /// For server-made integrations: the SSRF guard applies.
    guarded: http::Client,
    /// For the operator's configured providers (Bloxlink, RoVer, Roblox).
    providers: http::Client,
    roblox: roblox::RobloxCache,
}

impl Integrations {
    pub fn new(config: &IntegrationsConfig) -> Self {
        let guard = http::Guard {
            allow: config.allow_hosts.clone(),
            own: http::own_addresses(),
        };
        Self {
            guarded: http::Client::new(Some(guard)),
            providers: http::Client::new(None),
            roblox: roblox::RobloxCache::new(),
        }
    }

    /// Drops what is cached about `user` (a removal on request).
    pub fn forget_user(&self, user: UserId) {
        self.roblox.forget(user);
    }
}

/// The ticket being opened, as far as integrations may know it.
pub struct OpenFacts<'a> {
    pub guild: GuildId,
    pub opener: UserId,
    pub ticket_number: u32,
    pub panel: Option<PanelId>,
    /// The opener's answers to text and choice questions (never pickers), by label.
    pub answers: &'a [(String, String)],
}

/// Whether any integration could give a placeholder `template` uses (else nothing about the
/// open needs gathering for them).
pub fn wanted(template: &str) -> bool {
    crate::domain::roblox::used_by(template) || custom::uses_other_placeholders(template)
}

/// The welcome placeholders integrations give for this open; `template` is every text of the
/// welcome message (integrations whose placeholders it does not use are not called).
pub async fn welcome_values(
    core: &AppCore,
    facts: &OpenFacts<'_>,
    template: &str,
) -> Vec<(String, String)> {
    let (mut values, custom) = tokio::join!(
        roblox::values(core, facts, template),
        custom::values(core, facts, template)
    );
    values.extend(custom);
    values
}

/// Records one call: its row (for exports and removal) and an audit entry (integration,
/// outcome, duration — not the answer).
async fn record(
    core: &AppCore,
    facts: &OpenFacts<'_>,
    name: &str,
    outcome: String,
    took: Duration,
) {
    let kind = if matches!(name, "Bloxlink" | "RoVer" | "Roblox") {
        "roblox"
    } else {
        "custom"
    };
    super::metrics::integration_call(kind, &outcome);
    let at: Timestamp = core.clock.now();
    let duration_ms = u64::try_from(took.as_millis()).unwrap_or(u64::MAX);
    let call = store::Call {
        guild: facts.guild,
        integration: name.to_owned(),
        user: facts.opener,
        at,
        outcome: outcome.clone(),
        duration_ms,
    };
    if let Err(e) = store::record_call(&core.db, call).await {
        tracing::error!(error = %e, "cannot record an integration call");
    }
    let entry = audit::Entry {
        user: core.discord_port().map_or(UserId::new(0), |p| p.bot_id()),
        username: "ticketbox".to_owned(),
        action: "integration.call".to_owned(),
        detail: format!(
            "{name} for ticket #{}: {outcome} in {duration_ms} ms",
            facts.ticket_number
        ),
        at,
        target: Some(facts.opener),
    };
    if let Err(e) = audit::record(&core.db, facts.guild, entry).await {
        tracing::error!(error = %e, "cannot record an integration call in the audit log");
    }
}
