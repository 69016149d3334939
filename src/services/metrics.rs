//! Prometheus metrics (the `metrics` facade, rendered by `metrics-exporter-prometheus`): what
//! happens is counted where it happens through the functions here; what is (open tickets,
//! queued jobs, guilds, cached members, the last backup's age, the connection) is read when
//! the endpoint is scraped. No label carries a user, message or channel id: labels are command
//! names, job kinds and outcome classes, all bounded sets. A `guild` label is added to the
//! ticket and command counters only where the operator opts in (`metrics.per_guild`).

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use super::AppCore;
use crate::ids::GuildId;

const INTERACTION_SECONDS: &str = "ticketbox_interaction_seconds";
const JOB_RUN_SECONDS: &str = "ticketbox_job_run_seconds";
const RATELIMIT_WAIT_SECONDS: &str = "ticketbox_discord_ratelimit_wait_seconds";
const ACK_SECONDS: &str = "ticketbox_interaction_ack_seconds";

/// The process's recorder, installed on first use (one per process: tests start many worlds).
fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let buckets = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0];
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(INTERACTION_SECONDS.to_owned()), &buckets)
            .and_then(|b| {
                b.set_buckets_for_metric(Matcher::Full(JOB_RUN_SECONDS.to_owned()), &buckets)
            })
            .and_then(|b| {
                b.set_buckets_for_metric(Matcher::Full(RATELIMIT_WAIT_SECONDS.to_owned()), &buckets)
            })
            // Acknowledgements take milliseconds; Discord's deadline is three seconds.
            .and_then(|b| {
                b.set_buckets_for_metric(
                    Matcher::Full(ACK_SECONDS.to_owned()),
                    &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0],
                )
            })
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was already installed; /metrics shows only its own");
        }
        describe();
        handle
    })
}

fn describe() {
    metrics::describe_counter!("ticketbox_tickets_opened_total", "Tickets opened.");
    metrics::describe_counter!(
        "ticketbox_tickets_closed_total",
        "Tickets closed, by who closed them (opener, staff, automatic, deleted)."
    );
    metrics::describe_counter!(
        "ticketbox_interactions_total",
        "Slash and context-menu commands, by command and outcome (ok, refused, error)."
    );
    metrics::describe_histogram!(
        INTERACTION_SECONDS,
        metrics::Unit::Seconds,
        "From Discord creating the interaction to the command finishing."
    );
    metrics::describe_histogram!(
        ACK_SECONDS,
        metrics::Unit::Seconds,
        "From Discord creating an interaction to its acknowledgement (the callback's answer), by response kind."
    );
    metrics::describe_counter!(
        "ticketbox_discord_requests_total",
        "Discord REST requests, by route group and status class (failed: no answer; held: refused by ticketbox's rate limiter without asking Discord)."
    );
    metrics::describe_counter!(
        "ticketbox_jobs_run_total",
        "Durable job runs, by kind and outcome."
    );
    metrics::describe_histogram!(
        JOB_RUN_SECONDS,
        metrics::Unit::Seconds,
        "Durable job run time, by kind."
    );
    metrics::describe_counter!(
        "ticketbox_integration_calls_total",
        "Integration calls, by kind (roblox, custom) and outcome class."
    );
    metrics::describe_counter!(
        "ticketbox_archive_objects_stored_total",
        "Sealed objects written to the archive (transcript segments, indexes, attachments)."
    );
    metrics::describe_counter!(
        "ticketbox_archive_bytes_stored_total",
        metrics::Unit::Bytes,
        "Sealed bytes written to the archive."
    );
    metrics::describe_counter!(
        "ticketbox_attachments_skipped_total",
        "Attachments not copied into the archive, by reason."
    );
    metrics::describe_counter!(
        "ticketbox_gateway_ready_total",
        "Gateway sessions started (READY)."
    );
    metrics::describe_counter!(
        "ticketbox_gateway_resumed_total",
        "Gateway sessions resumed."
    );
    metrics::describe_counter!(
        "ticketbox_discord_ratelimit_waits_total",
        "Discord REST requests held back by a rate limit (global: Discord's global limit)."
    );
    metrics::describe_histogram!(
        RATELIMIT_WAIT_SECONDS,
        metrics::Unit::Seconds,
        "How long Discord REST requests waited for a rate limit."
    );
    metrics::describe_gauge!(
        "ticketbox_gateway_heartbeat_seconds",
        metrics::Unit::Seconds,
        "The gateway's last heartbeat round trip (absent before the first acknowledgement)."
    );
    metrics::describe_gauge!("ticketbox_tickets_open", "Open tickets.");
    metrics::describe_gauge!(
        "ticketbox_jobs_pending",
        "Durable jobs waiting or running, by kind."
    );
    metrics::describe_gauge!(
        "ticketbox_jobs_failed",
        "Durable jobs parked as failed, by kind."
    );
    metrics::describe_gauge!("ticketbox_guilds", "Guilds in the entity cache.");
    metrics::describe_gauge!("ticketbox_cached_members", "Members in the entity cache.");
    metrics::describe_gauge!(
        "ticketbox_gateway_connected",
        "1 while the bot is connected to Discord."
    );
    metrics::describe_gauge!(
        "ticketbox_backup_age_seconds",
        metrics::Unit::Seconds,
        "Age of the last good backup (absent without a backup target or before the first)."
    );
}

/// An attachment was not copied into the archive; `reason`: `per_file_limit`, `ticket_limit`,
/// `download_failed`.
pub fn attachment_skipped(reason: &'static str) {
    handle();
    metrics::counter!("ticketbox_attachments_skipped_total", "reason" => reason).increment(1);
}

/// The guild a per-guild series is for: `Some` only where the operator opted in
/// (`metrics.per_guild`); otherwise series carry no guild.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuildLabel(Option<GuildId>);

impl GuildLabel {
    /// `guild`'s label when `per_guild` is on (the operator's `metrics.per_guild`).
    pub fn new(per_guild: bool, guild: Option<GuildId>) -> Self {
        Self(guild.filter(|_| per_guild))
    }

    /// The labels to add: `guild="<id>"`, or none.
    fn labels(self) -> Vec<metrics::Label> {
        self.0
            .map(|g| metrics::Label::new("guild", g.get().to_string()))
            .into_iter()
            .collect()
    }
}

/// A ticket was opened.
pub fn ticket_opened(guild: GuildLabel) {
    handle();
    metrics::counter!("ticketbox_tickets_opened_total", guild.labels()).increment(1);
}

/// A ticket was closed; `how`: `opener`, `staff`, `automatic` or `deleted`.
pub fn ticket_closed(how: &'static str, guild: GuildLabel) {
    handle();
    let mut labels = vec![metrics::Label::new("how", how)];
    labels.extend(guild.labels());
    metrics::counter!("ticketbox_tickets_closed_total", labels).increment(1);
}

/// A command finished; `outcome`: `ok`, `refused` (the user's mistake) or `error`.
pub fn interaction(command: &str, outcome: &'static str, seconds: f64, guild: GuildLabel) {
    handle();
    let command = command.to_owned();
    let mut labels = vec![
        metrics::Label::new("command", command.clone()),
        metrics::Label::new("outcome", outcome),
    ];
    labels.extend(guild.labels());
    metrics::counter!("ticketbox_interactions_total", labels).increment(1);
    metrics::histogram!(INTERACTION_SECONDS, "command" => command).record(seconds.max(0.0));
}

/// A Discord REST request waited `seconds` for a rate limit (`global`: Discord's global one).
pub fn discord_ratelimited(global: bool, seconds: f64) {
    handle();
    let scope = if global { "global" } else { "route" };
    metrics::counter!("ticketbox_discord_ratelimit_waits_total", "scope" => scope).increment(1);
    metrics::histogram!(RATELIMIT_WAIT_SECONDS).record(seconds.max(0.0));
}

/// A Discord REST request ended; `route`: a route group (`domain::rest_limits::route_group`);
/// `status`: a status class (`2xx`, `3xx`, `4xx`, `429`, `5xx`), `failed` (no answer) or
/// `held` (refused by the rate limiter without asking Discord).
pub fn discord_request(route: &'static str, status: &'static str) {
    handle();
    metrics::counter!("ticketbox_discord_requests_total", "route" => route, "status" => status)
        .increment(1);
}

/// An interaction was acknowledged `seconds` after Discord created it; `response`: the
/// callback's kind (`message`, `deferred_message`, `deferred_update`, `update`, `modal`, …).
pub fn interaction_acknowledged(response: &'static str, seconds: f64) {
    handle();
    metrics::histogram!(ACK_SECONDS, "response" => response).record(seconds.max(0.0));
}

/// The gateway's heartbeat round trip, as the shard last measured it.
pub fn gateway_heartbeat(seconds: f64) {
    handle();
    metrics::gauge!("ticketbox_gateway_heartbeat_seconds").set(seconds);
}

/// A durable job ran; `outcome`: `done`, `retry` or `failed`.
pub fn job_ran(kind: &str, outcome: &'static str, seconds: f64) {
    handle();
    let kind = kind.to_owned();
    metrics::counter!("ticketbox_jobs_run_total", "kind" => kind.clone(), "outcome" => outcome)
        .increment(1);
    metrics::histogram!(JOB_RUN_SECONDS, "kind" => kind).record(seconds);
}

/// An integration was called; `kind`: `roblox` or `custom`; `outcome`: an HTTP status class
/// (`2xx`, `4xx`, `429`, `5xx`) or `failed`.
pub fn integration_call(kind: &'static str, outcome: &str) {
    handle();
    let class = match outcome.as_bytes().first() {
        Some(b'2') => "2xx",
        _ if outcome == "429" => "429",
        Some(b'4') => "4xx",
        Some(b'5') => "5xx",
        _ => "failed",
    };
    metrics::counter!("ticketbox_integration_calls_total", "kind" => kind, "outcome" => class)
        .increment(1);
}

/// The gateway sent READY (`resumed`: RESUMED).
pub fn gateway_session(resumed: bool) {
    handle();
    if resumed {
        metrics::counter!("ticketbox_gateway_resumed_total").increment(1);
    } else {
        metrics::counter!("ticketbox_gateway_ready_total").increment(1);
    }
}

/// The exposition text, with the scrape-time gauges read now.
#[allow(clippy::cast_precision_loss)] // counts far below 2^52
pub async fn render(core: &AppCore) -> String {
    let handle = handle();
    if let Ok(open) = crate::store::stats::open_ticket_count(&core.db).await {
        metrics::gauge!("ticketbox_tickets_open").set(open as f64);
    }
    if let Ok(by_kind) = crate::store::jobs::counts_by_kind(&core.db).await {
        for (kind, pending, failed) in by_kind {
            metrics::gauge!("ticketbox_jobs_pending", "kind" => kind.clone()).set(pending as f64);
            metrics::gauge!("ticketbox_jobs_failed", "kind" => kind).set(failed as f64);
        }
    }
    if let Ok((guilds, members)) = core
        .cache
        .read(|r| Ok((r.guilds()?.len(), r.member_count()?)))
        .await
    {
        metrics::gauge!("ticketbox_guilds").set(guilds as f64);
        metrics::gauge!("ticketbox_cached_members").set(members as f64);
    }
    let connected = core.bot_status() == super::BotStatus::Connected;
    metrics::gauge!("ticketbox_gateway_connected").set(if connected { 1.0 } else { 0.0 });
    if let Some(last) = core.backups.status().last_ok {
        let age = (core.clock.now().millis() - last.millis()).max(0) / 1000;
        metrics::gauge!("ticketbox_backup_age_seconds").set(age as f64);
    }
    handle.render()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serenity's rate-limit callback (against the real Discord) lands in these series; the
    /// fake Discord runs without serenity's limiter, so the wiring is checked here.
    #[test]
    fn rate_limit_waits_are_counted_by_scope() {
        let text = |h: &PrometheusHandle| h.render();
        let before = text(handle());
        let count = |t: &str, scope: &str| {
            t.lines()
                .find(|l| {
                    l.starts_with(&format!(
                        "ticketbox_discord_ratelimit_waits_total{{scope=\"{scope}\"}}"
                    ))
                })
                .and_then(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        discord_ratelimited(true, 1.5);
        discord_ratelimited(false, 0.2);
        discord_ratelimited(false, 0.3);
        let after = text(handle());
        let moved = |scope: &str| count(&after, scope) - count(&before, scope);
        assert!(
            (moved("global") - 1.0).abs() < 1e-9,
            "global waits: {}",
            moved("global")
        );
        assert!(
            (moved("route") - 2.0).abs() < 1e-9,
            "route waits: {}",
            moved("route")
        );
        assert!(after.contains("ticketbox_discord_ratelimit_wait_seconds_bucket{le=\"0.25\"}"));
    }

    #[test]
    fn a_guild_label_only_when_asked() {
        let guild = Some(GuildId::new(123_456_789_012_345_678));
        assert!(GuildLabel::new(false, guild).labels().is_empty());
        assert!(GuildLabel::new(true, None).labels().is_empty());
        let labels = GuildLabel::new(true, guild).labels();
        assert_eq!(labels.len(), 1);
        assert_eq!(labels[0].key(), "guild");
        assert_eq!(labels[0].value(), "123456789012345678");
    }
    /// Every metric the shipped Grafana dashboard queries is one ticketbox records.
    #[test]
    fn the_grafana_dashboard_uses_only_recorded_metrics() {
        let dashboard = include_str!("../../packaging/grafana-dashboard.json");
        let source = include_str!("metrics.rs");
        let mut names: Vec<&str> = dashboard
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| w.starts_with("ticketbox_"))
            .collect();
        names.sort_unstable();
        names.dedup();
        assert!(names.len() >= 8, "{names:?}");
        for name in names {
            let base = name.trim_end_matches("_bucket");
            assert!(
                source.contains(&format!("\"{base}\"")),
                "{name} is not recorded"
            );
        }
    }
}
