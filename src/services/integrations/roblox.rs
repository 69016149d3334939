//! The Roblox lookup: Bloxlink or RoVer (the server's choice first) turn the opener's Discord
//! user ID — the only thing sent, with the server's ID their APIs are scoped by — into a Roblox
//! ID, which Roblox's users API turns into the public user object. Everything within 2 s;
//! results are kept in memory for 5 minutes (never stored), a 429 pauses that provider for
//! its `Retry-After`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::http::CallError;
use super::secrets::{open_secret, provider_slot, seal_secret};
use super::{OpenFacts, record};
use crate::clock::Timestamp;
use crate::domain::integration_requests::Prepared;
use crate::domain::integrations::Method;
use crate::domain::roblox::{self, Lookup, RobloxUser};
use crate::ids::{GuildId, UserId};
use crate::services::{AppCore, ServiceError};
use crate::store::integrations::{self as store, Provider};

/// The whole lookup's time budget.
const BUDGET: Duration = Duration::from_secs(2);
/// How long a result is kept.
const KEEP: Duration = Duration::from_mins(5);

pub struct RobloxCache {
    found: mini_moka::sync::Cache<u64, Lookup>,
    paused: Mutex<HashMap<&'static str, Instant>>,
}

impl RobloxCache {
    pub fn new() -> Self {
        Self {
            found: mini_moka::sync::Cache::builder()
                .max_capacity(10_000)
                .time_to_live(KEEP)
                .build(),
            paused: Mutex::new(HashMap::new()),
        }
    }

    pub fn forget(&self, user: UserId) {
        self.found.invalidate(&user.get());
    }

    fn is_paused(&self, provider: Provider) -> bool {
        let paused = self
            .paused
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        paused
            .get(provider.as_str())
            .is_some_and(|until| Instant::now() < *until)
    }

    fn pause(&self, provider: Provider, for_: Duration) {
        let mut paused = self
            .paused
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        paused.insert(provider.as_str(), Instant::now() + for_);
    }
}

/// The Roblox placeholders for this open, when the template uses them.
pub(super) async fn values(
    core: &AppCore,
    facts: &OpenFacts<'_>,
    template: &str,
) -> Vec<(String, String)> {
    if !roblox::used_by(template) {
        return Vec::new();
    }
    let settings = match store::roblox_settings(&core.db, facts.guild).await {
        Ok(s) if s.enabled => s,
        Ok(_) => return roblox::placeholders(&Lookup::Unknown),
        Err(e) => {
            tracing::error!(guild = %facts.guild, error = %e, "cannot load the Roblox settings");
            return roblox::placeholders(&Lookup::Unknown);
        }
    };
    let cache = &core.integrations.roblox;
    if let Some(found) = cache.found.get(&facts.opener.get()) {
        return roblox::placeholders(&found);
    }
    let order = match settings.first {
        Provider::Bloxlink => [Provider::Bloxlink, Provider::RoVer],
        Provider::RoVer => [Provider::RoVer, Provider::Bloxlink],
    };
    let keys: Vec<(Provider, String)> = order
        .into_iter()
        .filter_map(|p| {
            let sealed = match p {
                Provider::Bloxlink => settings.bloxlink_key.as_deref(),
                Provider::RoVer => settings.rover_key.as_deref(),
            }?;
            open_secret(
                core,
                facts.guild,
                &provider_slot(facts.guild, p.as_str()),
                sealed,
            )
            .map(|k| (p, k))
        })
        .collect();
    let found = tokio::time::timeout(BUDGET, lookup(core, facts, &keys))
        .await
        .unwrap_or(Lookup::Unknown);
    if found != Lookup::Unknown {
        cache.found.insert(facts.opener.get(), found.clone());
    }
    roblox::placeholders(&found)
}

/// Asks the providers in order; the first that knows the user wins.
async fn lookup(core: &AppCore, facts: &OpenFacts<'_>, keys: &[(Provider, String)]) -> Lookup {
    let mut not_linked = false;
    for (provider, key) in keys {
        if core.integrations.roblox.is_paused(*provider) {
            continue;
        }
        match roblox_id(core, facts, *provider, key).await {
            Ok(Some(id)) => return roblox_user(core, facts, id).await,
            Ok(None) => not_linked = true,
            Err(CallError::RateLimited { retry_after }) => core
                .integrations
                .roblox
                .pause(*provider, retry_after.unwrap_or(Duration::from_mins(1))),
            Err(_) => {}
        }
    }
    if not_linked {
        Lookup::NotLinked
    } else {
        Lookup::Unknown
    }
}

/// The Roblox ID `provider` has for the opener; `None`: not verified there (404).
async fn roblox_id(
    core: &AppCore,
    facts: &OpenFacts<'_>,
    provider: Provider,
    key: &str,
) -> Result<Option<u64>, CallError> {
    let base = &core.config.integrations;
    let (url, auth, field) = match provider {
        // Bloxlink API v4: GET /v4/public/guilds/{guild}/discord-to-roblox/{user},
        // "Authorization: <key>" → {"robloxID": "…"}.
        Provider::Bloxlink => (
            format!(
                "{}/v4/public/guilds/{}/discord-to-roblox/{}",
                base.bloxlink_base.trim_end_matches('/'),
                facts.guild,
                facts.opener
            ),
            key.to_owned(),
            "robloxID",
        ),
        // RoVer: GET /api/guilds/{guild}/discord-to-roblox/{user}, "Authorization: Bearer
        // <key>" → {"robloxId": …}.
        Provider::RoVer => (
            format!(
                "{}/api/guilds/{}/discord-to-roblox/{}",
                base.rover_base.trim_end_matches('/'),
                facts.guild,
                facts.opener
            ),
            format!("Bearer {key}"),
            "robloxId",
        ),
    };
    let headers = vec![("Authorization".to_owned(), auth)];
    match ask(core, facts, provider.name(), url, headers).await {
        Ok(json) => Ok(match &json[field] {
            serde_json::Value::String(s) => s.parse().ok(),
            serde_json::Value::Number(n) => n.as_u64(),
            _ => None,
        }),
        Err(CallError::Status(404)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Roblox's public user object for `id` (users API: GET /v1/users/{id}).
async fn roblox_user(core: &AppCore, facts: &OpenFacts<'_>, id: u64) -> Lookup {
    let url = format!(
        "{}/v1/users/{id}",
        core.config
            .integrations
            .roblox_users_base
            .trim_end_matches('/')
    );
    let Ok(json) = ask(core, facts, "Roblox", url, Vec::new()).await else {
        return Lookup::Unknown;
    };
    let text = |k: &str| json[k].as_str().unwrap_or_default().to_owned();
    let created = json["created"]
        .as_str()
        .and_then(|c| chrono::DateTime::parse_from_rfc3339(c).ok())
        .map(|c| Timestamp::from_millis(c.timestamp_millis()));
    Lookup::Linked(RobloxUser {
        id: json["id"].as_u64().unwrap_or(id),
        name: text("name"),
        display_name: text("displayName"),
        created,
    })
}

/// One GET to a provider, recorded (who was asked, the outcome, how long it took).
async fn ask(
    core: &AppCore,
    facts: &OpenFacts<'_>,
    name: &str,
    url: String,
    headers: Vec<(String, String)>,
) -> Result<serde_json::Value, CallError> {
    let request = Prepared {
        method: Method::Get,
        url,
        headers,
        body: None,
    };
    let started = Instant::now();
    let answer = core.integrations.providers.call(&request, BUDGET).await;
    let outcome = answer
        .as_ref()
        .map_or_else(CallError::outcome, |_| "200".to_owned());
    record(core, facts, name, outcome, started.elapsed()).await;
    answer
}

/// Saves a server's Roblox settings; a key typed (non-empty) is sealed and replaces the stored
/// one.
pub async fn save_settings(
    core: &AppCore,
    guild: GuildId,
    enabled: bool,
    first: Provider,
    bloxlink_key: &str,
    rover_key: &str,
) -> Result<(), ServiceError> {
    let seal = |provider: Provider, key: &str| {
        let key = key.trim();
        (!key.is_empty())
            .then(|| seal_secret(core, guild, &provider_slot(guild, provider.as_str()), key))
            .flatten()
    };
    store::save_roblox(
        &core.db,
        guild,
        enabled,
        first,
        seal(Provider::Bloxlink, bloxlink_key),
        seal(Provider::RoVer, rover_key),
    )
    .await?;
    Ok(())
}
