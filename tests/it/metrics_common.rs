//! What the metrics tests share: a bot with `/metrics` behind a token, one scrape, reading a
//! series, and the checks every scrape must pass (Prometheus text; no id in a label). Included
//! by the `it` binary and by `tests/metrics_per_guild.rs`, whose per-guild series need a
//! process (a metrics registry) of their own.

#![allow(dead_code)] // each binary uses a different subset

use ticketbox::testkit::TestWorld;

/// The value of the series `line_start` (name and labels as rendered), if present.
pub fn value(text: &str, line_start: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(line_start))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// The sum of every series of metric `name` (the registry is the process's: other tests'
/// bots add theirs beside this test's).
pub fn total(text: &str, name: &str) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| l.split(['{', ' ']).next() == Some(name))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// A bot with `/metrics` on its main listener behind the token `scrape-me` (and per-guild
/// series when asked), connected to the fake Discord.
pub async fn metered_world(per_guild: bool) -> TestWorld {
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
pub async fn scrape(world: &TestWorld) -> String {
    let response = reqwest::Client::new()
        .get(format!("http://{}/metrics", world.http_addr()))
        .header("authorization", "Bearer scrape-me")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    response.text().await.unwrap()
}

/// Every sample line parses as Prometheus text exposition, and each family has a TYPE.
pub fn parses_as_prometheus_text(text: &str) {
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

/// No label value is an id (a run of 15 or more digits) and no series names a guild: the
/// registry is the process's, shared by every test world in it, and none of those opts in to
/// `metrics.per_guild` (that test runs in `tests/metrics_per_guild.rs`, a process of its own).
pub fn no_label_is_an_id(text: &str) {
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let labels = line
            .split('{')
            .nth(1)
            .and_then(|l| l.split('}').next())
            .unwrap_or("");
        assert!(!labels.contains("guild=\""), "a guild label: {line}");
        let longest_digits = labels
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(longest_digits < 15, "an id in a label: {line}");
    }
}
