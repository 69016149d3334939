//! Prometheus metrics: `/metrics` behind the bearer token on the main listener, what it counts
//! after a ticket's life, and no label carrying an id.

use serde_json::json;

use crate::support::*;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::GuildSpec;

/// The value of the series `line_start` (name and labels as rendered), if present.
fn value(text: &str, line_start: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(line_start))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_a_tickets_life_behind_the_token() {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_config(|c| c.metrics.token = ticketbox::config::Secret::new("scrape-me"))
        .build()
        .await;
    world.bot_ready().await;
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
    let scrape = || async {
        let r = client
            .get(&url)
            .header("authorization", "Bearer scrape-me")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        r.text().await.unwrap()
    };
    let before = scrape().await;
    let opened_before = value(&before, "ticketbox_tickets_opened_total").unwrap_or(0.0);

    let ch = open(&world, &g, g.members[0]).await;
    let during = scrape().await;
    assert!(value(&during, "ticketbox_tickets_opened_total").unwrap() >= opened_before + 1.0);
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
    let after = scrape().await;
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
}

/// No label value is an id (a run of 15 or more digits).
fn no_label_is_an_id(text: &str) {
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let labels = line
            .split('{')
            .nth(1)
            .and_then(|l| l.split('}').next())
            .unwrap_or("");
        let longest_digits = labels
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(longest_digits < 15, "an id in a label: {line}");
    }
}
