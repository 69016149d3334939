//! Server-made HTTP integrations: saved with their secrets sealed, enabled per server, and run
//! on ticket open — at most three at once, each within its timeout.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures_util::StreamExt;

use super::secrets::{integration_slot, open_secret, seal_secret};
use super::{OpenFacts, record};
use crate::domain::integration_requests::{RequestFacts, outputs, prepare};
use crate::domain::integrations::IntegrationSpec;
use crate::ids::{GuildId, UserId};
use crate::services::{AppCore, ServiceError};
use crate::store::integrations::{self as store, Integration};

/// Integrations run at once for one ticket.
const PARALLEL: usize = 3;

/// The placeholders of the enabled integrations `template` uses.
pub(super) async fn values(
    core: &AppCore,
    facts: &OpenFacts<'_>,
    template: &str,
) -> Vec<(String, String)> {
    // Most welcome messages use only ticketbox's own placeholders: no lookup at all then.
    if !uses_other_placeholders(template) {
        return Vec::new();
    }
    let enabled = match store::enabled(&core.db, facts.guild).await {
        Ok(list) => list,
        Err(e) => {
            tracing::error!(guild = %facts.guild, error = %e, "cannot load the integrations");
            return Vec::new();
        }
    };
    let used: Vec<Integration> = enabled
        .into_iter()
        .filter(|i| i.spec.used_by(template))
        .collect();
    futures_util::stream::iter(used)
        .map(|i| run(core, facts, i))
        .buffer_unordered(PARALLEL)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .flatten()
        .collect()
}

/// Whether `template` names a placeholder ticketbox does not fill itself (one an integration
/// may give).
pub(super) fn uses_other_placeholders(template: &str) -> bool {
    let builtin = crate::domain::placeholders::builtin_names();
    crate::domain::integrations::placeholders_in(template)
        .into_iter()
        .any(|p| !builtin.contains(&p.as_str()))
}

/// Calls one integration; its placeholders (fallbacks when it failed).
async fn run(core: &AppCore, facts: &OpenFacts<'_>, i: Integration) -> Vec<(String, String)> {
    let mut secrets = BTreeMap::new();
    match store::sealed_secrets(&core.db, i.id).await {
        Ok(sealed) => {
            for (name, blob) in sealed {
                if let Some(v) = open_secret(core, i.owner, &integration_slot(i.id, &name), &blob) {
                    secrets.insert(name, v);
                }
            }
        }
        Err(e) => tracing::error!(integration = i.id, error = %e, "cannot load its secrets"),
    }
    let request = prepare(
        &i.spec,
        &RequestFacts {
            user: facts.opener,
            guild: facts.guild,
            ticket_number: facts.ticket_number,
            panel: facts.panel,
            secrets: &secrets,
            answers: facts.answers,
        },
    );
    let started = Instant::now();
    let timeout = Duration::from_secs(u64::from(i.spec.timeout_secs));
    let answer = core.integrations.guarded.call(&request, timeout).await;
    let took = started.elapsed();
    let outcome = match &answer {
        Ok(_) => "200".to_owned(),
        Err(e) => e.outcome(),
    };
    let now = core.clock.now();
    let error = answer.as_ref().err().map(ToString::to_string);
    if let Err(e) = store::set_last_error(&core.db, i.id, error.clone(), now).await {
        tracing::error!(integration = i.id, error = %e, "cannot record its last error");
    }
    if let Some(error) = &error {
        tracing::warn!(guild = %facts.guild, integration = %i.spec.name, %error, "an integration failed; its fallbacks are used");
    }
    record(core, facts, &i.spec.name, outcome, took).await;
    outputs(&i.spec, answer.ok().as_ref())
}

/// Saves an integration of `owner` (new when `id` is `None`) with the secret values typed
/// (`secrets`: name → value; empty values keep the stored one). `None` when `id` is not
/// `owner`'s.
pub async fn save(
    core: &AppCore,
    owner: GuildId,
    id: Option<i64>,
    spec: IntegrationSpec,
    secrets: Vec<(String, String)>,
    by: UserId,
) -> Result<Option<i64>, ServiceError> {
    let Some(id) = store::save(&core.db, owner, id, spec, by, core.clock.now()).await? else {
        return Ok(None);
    };
    let sealed: Vec<(String, Vec<u8>)> = secrets
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .filter_map(|(name, value)| {
            seal_secret(core, owner, &integration_slot(id, &name), &value).map(|s| (name, s))
        })
        .collect();
    store::put_secrets(&core.db, id, sealed).await?;
    Ok(Some(id))
}

/// Deletes `owner`'s integration.
pub async fn delete(core: &AppCore, owner: GuildId, id: i64) -> Result<bool, ServiceError> {
    Ok(store::delete(&core.db, owner, id).await?)
}

/// Enables or disables an integration for `guild` (its own or a public one).
pub async fn set_enabled(
    core: &AppCore,
    guild: GuildId,
    id: i64,
    on: bool,
    by: UserId,
) -> Result<bool, ServiceError> {
    Ok(store::set_enabled(&core.db, guild, id, on, by, core.clock.now()).await?)
}
