//! `GET /healthz`: 200 when the database and the cache answer, 503 with a short reason
//! otherwise. The body never carries error details beyond the failing part's name.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;

use super::AppState;
use crate::ids::GuildId;

const CHECK_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Debug, Serialize)]
pub struct Health {
    pub status: &'static str,
    pub database: &'static str,
    pub cache: &'static str,
    pub bot: &'static str,
    /// Durable jobs (closes with their transcript, renames, purges) waiting or running, and
    /// those parked as failed for the operator. Absent when the database did not answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobs: Option<JobCounts>,
    /// Backups, when a target is configured: the last good one (unix ms) and its age, whether
    /// it is stale (older than twice the interval), the last failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup: Option<BackupHealth>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct BackupHealth {
    pub last_ok: Option<i64>,
    pub age_s: Option<i64>,
    pub stale: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct JobCounts {
    pub pending: u64,
    pub failed: u64,
}

pub async fn healthz(State(core): State<AppState>) -> (StatusCode, Json<Health>) {
    let database = tokio::time::timeout(CHECK_TIMEOUT, core.db.ping()).await;
    let cache = tokio::time::timeout(
        CHECK_TIMEOUT,
        core.cache.read(|r| r.guild(GuildId::new(0)).map(drop)),
    )
    .await;
    let database_ok = matches!(database, Ok(Ok(())));
    let cache_ok = matches!(cache, Ok(Ok(())));
    if let Ok(Err(e)) = &database {
        tracing::error!(error = %e, "health check: database failed");
    }
    if let Ok(Err(e)) = &cache {
        tracing::error!(error = %e, "health check: cache failed");
    }
    let mut failed = Vec::new();
    if !database_ok {
        failed.push(if database.is_err() {
            "database timed out"
        } else {
            "database unavailable"
        });
    }
    if !cache_ok {
        failed.push(if cache.is_err() {
            "cache timed out"
        } else {
            "cache unavailable"
        });
    }
    let jobs = if database_ok {
        match tokio::time::timeout(CHECK_TIMEOUT, crate::store::jobs::counts(&core.db)).await {
            Ok(Ok((pending, failed))) => Some(JobCounts { pending, failed }),
            _ => None,
        }
    } else {
        None
    };
    let health = Health {
        status: if failed.is_empty() {
            "ok"
        } else {
            "unavailable"
        },
        database: if database_ok { "ok" } else { "error" },
        cache: if cache_ok { "ok" } else { "error" },
        bot: core.bot_status().as_str(),
        jobs,
        backup: core.config.backup.is_configured().then(|| {
            let status = core.backups.status();
            let now = core.clock.now().millis();
            BackupHealth {
                last_ok: status.last_ok.map(crate::clock::Timestamp::millis),
                age_s: status.last_ok.map(|t| (now - t.millis()).div_euclid(1000)),
                stale: crate::services::backup::schedule::stale(&core, &status),
                last_error: status.last_error,
            }
        }),
        reason: (!failed.is_empty()).then(|| failed.join(", ")),
    };
    let status = if failed.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(health))
}
