//! `metrics.per_guild` in a process of its own: the metrics registry is the process's, and the
//! other tests (the `it` binary) check that no series names a guild, which holds only while
//! none of their bots opts in.

#[path = "it/support.rs"]
mod support;

#[path = "it/metrics_common.rs"]
mod metrics_common;

use metrics_common::*;
use serde_json::json;
use support::*;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::GuildSpec;

/// `metrics.per_guild`: the ticket and command counters carry the guild's id, and only they.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_guild_series_only_when_the_operator_asks() {
    let world = metered_world(true).await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Labelled").with_members(2))
        .await;
    let ch = open(&world, &g, g.members[0]).await;
    let number = ticket(&world, ch).await.unwrap().number.get();
    run(&world, &g, ch, g.members[0], "close", json!([])).await;
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;
    let text = scrape(&world).await;
    let guild = format!("guild=\"{}\"", g.id);
    for series in [
        format!("ticketbox_tickets_opened_total{{{guild}}} "),
        format!("ticketbox_tickets_closed_total{{how=\"opener\",{guild}}} "),
        format!("ticketbox_interactions_total{{command=\"open\",outcome=\"ok\",{guild}}} "),
    ] {
        assert_eq!(value(&text, &series), Some(1.0), "{series} in {text}");
    }
    // Nothing else names the guild (histograms and gauges stay per instance).
    for line in text.lines().filter(|l| l.contains(&guild)) {
        assert!(
            [
                "ticketbox_tickets_opened_total",
                "ticketbox_tickets_closed_total",
                "ticketbox_interactions_total"
            ]
            .iter()
            .any(|name| line.starts_with(name)),
            "{line}"
        );
    }
    parses_as_prometheus_text(&text);
}
