//! Prometheus metrics: `/metrics` behind the bearer token on the main listener, what it counts
//! after a ticket's life, that it parses as Prometheus text, the heartbeat gauge, and no label
//! carrying an id unless the operator asks for per-guild series.

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

/// The sum of every series of metric `name` (the registry is the process's: other tests'
/// bots, some with per-guild series, add theirs beside this test's).
fn total(text: &str, name: &str) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| l.split(['{', ' ']).next() == Some(name))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// A bot with `/metrics` on its main listener behind the token `scrape-me` (and per-guild
/// series when asked), connected to the fake Discord.
async fn metered_world(per_guild: bool) -> TestWorld {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_config(move |c| {
            c.metrics.token = ticketbox::config::Secret::new("scrape-me");
            c.metrics.per_guild = per_guild;
        })
        .build()
        .await;
    world.bot_ready().await;
    world
}

/// One scrape with the right token: the page, after checking it answered 200.
async fn scrape(world: &TestWorld) -> String {
    let response = reqwest::Client::new()
        .get(format!("http://{}/metrics", world.http_addr()))
        .header("authorization", "Bearer scrape-me")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    response.text().await.unwrap()
}

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

/// Every sample line parses as Prometheus text exposition, and each family has a TYPE.
fn parses_as_prometheus_text(text: &str) {
    let lines = text.lines().map(|l| Ok(l.to_owned()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("Prometheus text");
    let samples = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count();
    // The parser folds a histogram's bucket lines into one sample and skips a line whose
    // value does not parse, so count what it kept line by line.
    let parsed: usize = scrape
        .samples
        .iter()
        .map(|s| match &s.value {
            prometheus_parse::Value::Histogram(buckets) => buckets.len(),
            prometheus_parse::Value::Summary(quantiles) => quantiles.len(),
            _ => 1,
        })
        .sum();
    assert_eq!(parsed, samples, "every sample line parsed");
    assert!(samples > 10, "{text}");
    for sample in &scrape.samples {
        let family = sample
            .metric
            .trim_end_matches("_bucket")
            .trim_end_matches("_sum")
            .trim_end_matches("_count");
        assert!(
            text.contains(&format!("# TYPE {family} "))
                || text.contains(&format!("# TYPE {} ", sample.metric)),
            "no TYPE for {}",
            sample.metric
        );
    }
}

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

/// No label value is an id (a run of 15 or more digits). The registry is the process's: under
/// `cargo test` other tests' bots share it, and the one that opts in to `metrics.per_guild`
/// adds `guild` labels (its fake's guild ids can equal this one's), so `guild` labels are left
/// out here; `per_guild_series_only_when_the_operator_asks` checks them.
fn no_label_is_an_id(text: &str) {
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let labels = line
            .split('{')
            .nth(1)
            .and_then(|l| l.split('}').next())
            .unwrap_or("");
        let labels: String = labels
            .split(',')
            .filter(|label| !label.starts_with("guild=\""))
            .collect::<Vec<_>>()
            .join(",");
        let longest_digits = labels
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(longest_digits < 15, "an id in a label: {line}");
    }
}
