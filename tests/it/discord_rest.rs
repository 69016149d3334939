//! Discord's REST rate limits through the bot's relay, against the fake Discord's 429s
//! (Discord docs, "Topics → Rate Limits"): a short `retry_after` is waited out and the request
//! sent again; a long one reaches the caller (a member reads that Discord is rate limiting)
//! and holds the route until it frees, without asking Discord again; every request is counted
//! by route group and status class, and each interaction's acknowledgement is timed.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::metrics_common::*;
use crate::support::*;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};

async fn relayed_world() -> TestWorld {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_manual_clock()
        .with_config(|c| c.metrics.token = ticketbox::config::Secret::new("scrape-me"))
        .build()
        .await;
    world.bot_ready().await;
    world
}

fn series(text: &str, line_start: &str) -> f64 {
    value(text, line_start).unwrap_or(0.0)
}

/// The statuses the fake Discord answered to `method path`, in order.
fn statuses(world: &TestWorld, method: &str, path: &str) -> Vec<u16> {
    world
        .discord()
        .calls()
        .into_iter()
        .filter(|c| c.method == method && c.path == path)
        .map(|c| c.status)
        .collect()
}

const CHANNEL_429: &str = "ticketbox_discord_requests_total{route=\"channel\",status=\"429\"}";
const CHANNEL_OK: &str = "ticketbox_discord_requests_total{route=\"channel\",status=\"2xx\"}";
const CHANNEL_HELD: &str = "ticketbox_discord_requests_total{route=\"channel\",status=\"held\"}";
const ROUTE_WAITS: &str = "ticketbox_discord_ratelimit_waits_total{scope=\"route\"}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_429_is_waited_out_and_sent_again() {
    let world = relayed_world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Briefly limited").with_members(2))
        .await;
    let create = format!("/guilds/{}/channels", g.id);
    let before = scrape(&world).await;
    world
        .discord()
        .inject(Fault::new("POST", &create, FaultKind::RateLimited(0.4)));
    let started = Instant::now();
    open(&world, &g, g.members[0]).await;
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "the retry waited for retry_after"
    );
    let answered = statuses(&world, "POST", &create);
    assert_eq!(answered.first(), Some(&429), "{answered:?}");
    assert!(
        answered.len() >= 2 && answered[1..].iter().all(|s| (200..300).contains(s)),
        "sent again after the wait: {answered:?}"
    );

    let after = scrape(&world).await;
    assert!(
        series(&after, CHANNEL_429) >= series(&before, CHANNEL_429) + 1.0,
        "{after}"
    );
    assert!(
        series(&after, CHANNEL_OK) >= series(&before, CHANNEL_OK) + 1.0,
        "{after}"
    );
    assert!(
        series(&after, ROUTE_WAITS) >= series(&before, ROUTE_WAITS) + 1.0,
        "{after}"
    );
    no_label_is_an_id(&after);
    parses_as_prometheus_text(&after);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_429_reaches_the_member_and_holds_the_route_until_it_frees() {
    let world = relayed_world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Long limited").with_members(2))
        .await;
    let create = format!("/guilds/{}/channels", g.id);
    // The category exists first, so the next open asks for one channel.
    open(&world, &g, g.members[1]).await;
    let asked_before = statuses(&world, "POST", &create).len();
    let before = scrape(&world).await;

    world
        .discord()
        .inject(Fault::new("POST", &create, FaultKind::RateLimited(30.0)));
    let started = Instant::now();
    let refused = run(&world, &g, g.channels[0], g.members[0], "open", json!([])).await;
    assert!(
        refused.contains("Discord is rate limiting the bot"),
        "{refused}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "not slept through: {:?}",
        started.elapsed()
    );
    assert_eq!(statuses(&world, "POST", &create).len(), asked_before + 1);

    // Within the 30 s the route is refused by the bot itself: Discord is not asked.
    let again = run(&world, &g, g.channels[0], g.members[0], "open", json!([])).await;
    assert!(
        again.contains("Discord is rate limiting the bot"),
        "{again}"
    );
    assert_eq!(
        statuses(&world, "POST", &create).len(),
        asked_before + 1,
        "held without a request"
    );
    let held = scrape(&world).await;
    assert!(
        series(&held, CHANNEL_HELD) >= series(&before, CHANNEL_HELD) + 1.0,
        "{held}"
    );
    assert!(
        series(&held, CHANNEL_429) >= series(&before, CHANNEL_429) + 1.0,
        "{held}"
    );

    // Once the window has passed the member opens the ticket.
    world.clock().advance(Duration::from_secs(31));
    open(&world, &g, g.members[0]).await;
    assert_eq!(statuses(&world, "POST", &create).len(), asked_before + 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledgements_are_timed_by_response_kind() {
    let world = relayed_world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Acknowledged").with_members(1))
        .await;
    let deferred = "ticketbox_interaction_ack_seconds_count{response=\"deferred_message\"}";
    let replied = "ticketbox_interaction_ack_seconds_count{response=\"message\"}";
    let interactions = "ticketbox_discord_requests_total{route=\"interaction\",status=\"2xx\"}";
    let before = scrape(&world).await;
    open(&world, &g, g.members[0]).await;
    run(&world, &g, g.channels[0], g.members[0], "help", json!([])).await;
    let after = scrape(&world).await;
    assert!(
        series(&after, deferred) >= series(&before, deferred) + 1.0,
        "{after}"
    );
    assert!(
        series(&after, replied) >= series(&before, replied) + 1.0,
        "{after}"
    );
    assert!(
        series(&after, interactions) >= series(&before, interactions) + 2.0,
        "{after}"
    );
    // Acknowledged inside Discord's three seconds (the fake's ids carry their creation time):
    // every acknowledgement this test added fell in the 3 s bucket.
    let within = "ticketbox_interaction_ack_seconds_bucket{response=\"message\",le=\"3\"}";
    let in_time = series(&after, within) - series(&before, within);
    let acknowledged = series(&after, replied) - series(&before, replied);
    assert!((in_time - acknowledged).abs() < 0.5, "{after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_logins_count_as_oauth_requests() {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_dashboard_login()
        .with_config(|c| c.metrics.token = ticketbox::config::Secret::new("scrape-me"))
        .build()
        .await;
    world.bot_ready().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Logged in").with_members(1))
        .await;
    let oauth = "ticketbox_discord_requests_total{route=\"oauth\",status=\"2xx\"}";
    let before = scrape(&world).await;
    web_login(&world, g.owner, "/servers").await;
    let after = scrape(&world).await;
    // The token exchange, who the visitor is, and their guilds.
    assert!(
        series(&after, oauth) >= series(&before, oauth) + 3.0,
        "{after}"
    );
}
