//! Prometheus metrics: `/metrics` behind the bearer token on the main listener, what it counts
//! after a ticket's life, that it parses as Prometheus text, the heartbeat gauge, and no label
//! carrying an id or a guild (per-guild series, which the operator opts in to, are tested in
//! `tests/metrics_per_guild.rs`, a process of its own).

use serde_json::json;

use crate::metrics_common::*;
use crate::support::*;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::GuildSpec;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_a_tickets_life_behind_the_token() {
    let world = metered_world(false).await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Measured").with_members(2))
        .await;
    let url = format!("http://{}/metrics", world.http_addr());
    let client = reqwest::Client::new();
    let no_token = client.get(&url).send().await.unwrap();
    assert_eq!(no_token.status().as_u16(), 401);
    let wrong = client
        .get(&url)
        .header("authorization", "Bearer nope")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    let before = scrape(&world).await;
    let opened_before = total(&before, "ticketbox_tickets_opened_total");

    let ch = open(&world, &g, g.members[0]).await;
    let during = scrape(&world).await;
    assert!(total(&during, "ticketbox_tickets_opened_total") >= opened_before + 1.0);
    assert!(
        value(&during, "ticketbox_tickets_open ").unwrap() >= 1.0,
        "{during}"
    );
    assert!(
        value(
            &during,
            "ticketbox_interactions_total{command=\"open\",outcome=\"ok\"}"
        )
        .unwrap()
            >= 1.0,
        "{during}"
    );
    assert_eq!(value(&during, "ticketbox_gateway_connected "), Some(1.0));
    assert!(value(&during, "ticketbox_guilds ").unwrap() >= 1.0);
    assert!(
        during.contains("ticketbox_interaction_seconds_bucket{command=\"open\""),
        "{during}"
    );

    // A member's refused command counts as refused; the opener's close as theirs.
    run(&world, &g, g.channels[0], g.members[1], "claim", json!([])).await;
    let number = ticket(&world, ch).await.unwrap().number.get();
    run(&world, &g, ch, g.members[0], "close", json!([])).await;
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;
    let after = scrape(&world).await;
    assert!(
        value(
            &after,
            "ticketbox_interactions_total{command=\"claim\",outcome=\"refused\"}"
        )
        .unwrap()
            >= 1.0,
        "{after}"
    );
    assert!(
        value(&after, "ticketbox_tickets_closed_total{how=\"opener\"}").unwrap() >= 1.0,
        "{after}"
    );
    assert!(
        value(
            &after,
            "ticketbox_jobs_run_total{kind=\"close_ticket\",outcome=\"done\"}"
        )
        .unwrap()
            >= 1.0,
        "{after}"
    );
    assert!(
        value(&after, "ticketbox_archive_objects_stored_total").unwrap() >= 1.0,
        "{after}"
    );
    assert!(
        value(&after, "ticketbox_archive_bytes_stored_total").unwrap() > 0.0,
        "{after}"
    );
    no_label_is_an_id(&after);
    parses_as_prometheus_text(&after);
}

/// The heartbeat round trip appears once the fake Discord has acknowledged a heartbeat (it
/// asks for one every 5 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_heartbeat_round_trip_is_a_gauge() {
    let world = metered_world(false).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let text = scrape(&world).await;
        if let Some(seconds) = value(&text, "ticketbox_gateway_heartbeat_seconds ") {
            assert!((0.0..5.0).contains(&seconds), "{seconds}");
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no heartbeat gauge: {text}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

/// The label check fails on a guild label and on an id, and passes plain labels.
#[test]
fn the_label_check_catches_guilds_and_ids() {
    for bad in [
        "ticketbox_tickets_opened_total{guild=\"12\"} 1",
        "ticketbox_jobs_run_total{kind=\"1579331989842952192\"} 1",
    ] {
        assert!(
            std::panic::catch_unwind(|| no_label_is_an_id(bad)).is_err(),
            "{bad}"
        );
    }
    no_label_is_an_id("ticketbox_interactions_total{command=\"open\",outcome=\"ok\"} 3");
}
