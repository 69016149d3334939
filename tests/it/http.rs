//! The HTTP skeleton through the test world: /healthz, security headers, embedded assets.

use std::time::Duration;

use ticketbox::testkit::TestWorld;
use ticketbox::web::probe::{self, ProbeResponse};

const TIMEOUT: Duration = Duration::from_secs(5);

async fn get(world: &TestWorld, path: &str) -> ProbeResponse {
    probe::get(world.http_addr(), path, TIMEOUT).await.unwrap()
}

#[tokio::test]
async fn healthz_is_ok_with_database_and_cache() {
    let world = TestWorld::builder().with_http().build().await;
    let response = get(&world, "/healthz").await;
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type"), Some("application/json"));
    let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"status": "ok", "database": "ok", "cache": "ok", "bot": "not_configured",
                           "jobs": {"pending": 0, "failed": 0}})
    );
    // Pending work (a close waiting for S3, say) shows in the detail.
    let now = world.core.clock.now();
    ticketbox::store::jobs::enqueue(
        &world.core.db,
        ticketbox::domain::job_kind::JobKind::CloseTicket { ticket: 1 },
        None,
        now,
        now,
    )
    .await
    .unwrap();
    let body: serde_json::Value =
        serde_json::from_str(&get(&world, "/healthz").await.body).unwrap();
    assert_eq!(body["jobs"], serde_json::json!({"pending": 1, "failed": 0}));
}

#[tokio::test]
async fn healthz_answers_503_with_a_short_reason_when_the_database_fails() {
    let world = TestWorld::builder().with_http().build().await;
    // Break what the health query reads: the database now fails every ping.
    world
        .core
        .db
        .write(|tx| {
            tx.execute("DROP TABLE schema_migrations", [])?;
            Ok(())
        })
        .await
        .unwrap();
    let response = get(&world, "/healthz").await;
    assert_eq!(response.status, 503);
    let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(body["status"], "unavailable");
    assert_eq!(body["database"], "error");
    assert_eq!(body["cache"], "ok");
    assert_eq!(body["reason"], "database unavailable");
    assert!(
        !response.body.contains("schema_migrations"),
        "no internals in the body: {}",
        response.body
    );
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let world = TestWorld::builder().with_http().build().await;
    for path in [
        "/",
        "/healthz",
        "/assets/css/ticketbox.css",
        "/no/such/page",
    ] {
        let response = get(&world, path).await;
        let csp = response
            .header("content-security-policy")
            .unwrap_or_default();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(
            response.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(response.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(
            response.header("referrer-policy"),
            Some("same-origin"),
            "{path}"
        );
        assert_eq!(
            response.header("strict-transport-security"),
            None,
            "{path}: no HSTS over http"
        );
    }
    let https = TestWorld::builder()
        .with_config(|c| c.http.public_url = "https://tickets.example.org".into())
        .with_http()
        .build()
        .await;
    let response = get(&https, "/healthz").await;
    assert_eq!(
        response.header("strict-transport-security"),
        Some("max-age=31536000")
    );
}

#[tokio::test]
async fn assets_have_content_type_and_etag_and_revalidate() {
    let world = TestWorld::builder().with_http().build().await;
    let css = get(&world, "/assets/css/ticketbox.css").await;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css"));
    assert!(css.body.contains("--accent"), "served the real stylesheet");
    let etag = css.header("etag").expect("etag").to_owned();
    assert!(etag.starts_with('"') && etag.len() == 66, "{etag}");

    let svg = get(&world, "/assets/img/favicon.svg").await;
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));

    let again = probe::get_with(
        world.http_addr(),
        "/assets/css/ticketbox.css",
        &[("If-None-Match", &etag)],
        TIMEOUT,
    )
    .await
    .unwrap();
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());

    let stale = probe::get_with(
        world.http_addr(),
        "/assets/css/ticketbox.css",
        &[("If-None-Match", "\"old\"")],
        TIMEOUT,
    )
    .await
    .unwrap();
    assert_eq!(stale.status, 200);
}

#[tokio::test]
async fn assets_outside_the_folder_are_not_served() {
    let world = TestWorld::builder().with_http().build().await;
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2fCargo.toml",
        "/assets/%2e%2e/src/main.rs",
        "/assets/nope.css",
    ] {
        let response = get(&world, path).await;
        assert_eq!(response.status, 404, "{path}");
        assert!(
            !response.body.contains("[package]") && !response.body.contains("fn main"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn status_page_says_what_to_configure_and_shows_no_secret() {
    let world = TestWorld::builder().with_http().build().await;
    let page = get(&world, "/").await;
    assert_eq!(page.status, 200);
    let redirect = format!("http://{}/auth/callback", world.http_addr());
    for expected in [
        "TICKETBOX_DISCORD__TOKEN",
        "Server Members Intent",
        "Message Content Intent",
        redirect.as_str(),
        "name=\"token\"",
    ] {
        assert!(page.body.contains(expected), "{expected}: {}", page.body);
    }
    let code = world.core.setup_code().expect("a setup code");
    assert!(
        page.body.contains("name=\"code\"") && !page.body.contains(&code),
        "the setup code is asked, never shown"
    );

    let configured = TestWorld::builder()
        .with_config(|c| c.discord.token = ticketbox::config::Secret::new("tok-SHOULD-NOT-APPEAR"))
        .with_http()
        .build()
        .await;
    let page = get(&configured, "/").await;
    assert!(page.body.contains("connecting to Discord"), "{}", page.body);
    assert!(
        !page.body.contains("name=\"token\""),
        "no setup form once configured"
    );
    assert!(!page.body.contains("tok-SHOULD-NOT-APPEAR"));
    let health = get(&configured, "/healthz").await;
    assert!(
        health.body.contains("\"bot\":\"connecting\""),
        "{}",
        health.body
    );
}

#[tokio::test]
async fn compression_is_applied_when_asked_for() {
    let world = TestWorld::builder().with_http().build().await;
    let response = probe::get_with(
        world.http_addr(),
        "/assets/css/ticketbox.css",
        &[("Accept-Encoding", "gzip")],
        TIMEOUT,
    )
    .await
    .unwrap();
    assert_eq!(response.header("content-encoding"), Some("gzip"));
}

#[tokio::test]
async fn oversized_request_bodies_are_refused() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let world = TestWorld::builder().with_http().build().await;
    let mut stream = tokio::net::TcpStream::connect(world.http_addr())
        .await
        .unwrap();
    let request = "POST /healthz HTTP/1.1\r\nHost: t\r\nContent-Type: application/octet-stream\r\n\
                   Content-Length: 2000000\r\nConnection: close\r\n\r\n";
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(TIMEOUT, stream.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}
