//! Stand-ins for the services integrations call — Bloxlink, RoVer, Roblox's users API and a
//! server-made integration — on one loopback listener. Every request is recorded (method, path
//! with query, headers, body) so tests assert exactly what was sent; answers follow the
//! providers' documented shapes, and a few paths misbehave on purpose (slow, rate limited,
//! failing, oversized, not JSON, redirecting).
//!
//! - Bloxlink API v4: `GET /v4/public/guilds/{guild}/discord-to-roblox/{user}` with
//!   `Authorization: <key>` → `{"robloxID": "…", "resolved": {}}`, 404 when not verified.
//! - RoVer: `GET /api/guilds/{guild}/discord-to-roblox/{user}` with `Authorization: Bearer
//!   <key>` → `{"robloxId": …, "cachedUsername": …}`, 404 when not verified.
//! - Roblox users API: `GET /v1/users/{id}` → `{"id", "name", "displayName", "created", …}`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use serde_json::json;
use tokio_util::sync::CancellationToken;

/// One request the stand-in received.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    /// Path and query.
    pub uri: String,
    pub headers: HashMap<String, String>,
    pub body: String,
}

#[derive(Default)]
struct Inner {
    received: Mutex<Vec<Received>>,
    /// Discord user id → Roblox id, per provider ("bloxlink", "rover").
    links: Mutex<HashMap<(String, u64), u64>>,
    /// Providers answering 429 (with `Retry-After: 30`).
    limited: Mutex<Vec<String>>,
    addr: Mutex<Option<SocketAddr>>,
}

/// A running stand-in; dropping it stops the server.
pub struct Providers {
    inner: Arc<Inner>,
    addr: SocketAddr,
    stop: CancellationToken,
}

type S = State<Arc<Inner>>;

fn record(inner: &Inner, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) {
    let headers = headers
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    inner
        .received
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(Received {
            method: method.to_string(),
            uri: uri.to_string(),
            headers,
            body: String::from_utf8_lossy(body).into_owned(),
        });
}

fn json_answer(value: &serde_json::Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response()
}

fn lookup(inner: &Inner, provider: &str, user: u64) -> Response {
    let limited = inner
        .limited
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .any(|p| p == provider);
    if limited {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "30")],
            "slow down",
        )
            .into_response();
    }
    let linked = inner
        .links
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&(provider.to_owned(), user))
        .copied();
    match (linked, provider) {
        (Some(id), "bloxlink") => json_answer(&json!({"robloxID": id.to_string(), "resolved": {}})),
        (Some(id), _) => json_answer(
            &json!({"robloxId": id, "cachedUsername": "builderman", "discordId": user.to_string()}),
        ),
        (None, _) => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"error":"User not found"}"#,
        )
            .into_response(),
    }
}

/// Bloxlink's (`/v4/…`) or RoVer's (`/api/…`) discord-to-roblox route.
async fn provider(
    State(inner): S,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path((_guild, user)): Path<(u64, u64)>,
) -> Response {
    record(&inner, &method, &uri, &headers, b"");
    let name = if uri.path().starts_with("/v4/") {
        "bloxlink"
    } else {
        "rover"
    };
    lookup(&inner, name, user)
}

async fn roblox_user(
    State(inner): S,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<u64>,
) -> Response {
    record(&inner, &method, &uri, &headers, b"");
    json_answer(&json!({
        "description": "",
        "created": "2006-02-27T21:06:40.3Z",
        "isBanned": false,
        "hasVerifiedBadge": false,
        "id": id,
        "name": "builderman",
        "displayName": "Builder Man",
    }))
}

/// A server-made integration's endpoint: `/crm/…` answers a customer record; `/slow` waits
/// 5 s; `/limited` is 429; `/fail` is 500; `/big` is 100 KiB of JSON; `/html` is a web page;
/// `/redirect?to=<url>` redirects there (302).
async fn custom(
    State(inner): S,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    record(&inner, &method, &uri, &headers, &body);
    let path = uri.path();
    match path {
        "/slow" => {
            tokio::time::sleep(Duration::from_secs(5)).await;
            json_answer(&json!({"customer": {"tier": "late"}}))
        }
        "/limited" => {
            (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "10")]).into_response()
        }
        "/fail" => (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response(),
        "/big" => json_answer(&json!({"customer": {"tier": "x".repeat(100 * 1024)}})),
        "/html" => ([(header::CONTENT_TYPE, "text/html")], "<html>hi</html>").into_response(),
        "/redirect" => {
            let to = uri
                .query()
                .and_then(|q| q.strip_prefix("to="))
                .map(|t| {
                    url::form_urlencoded::parse(format!("x={t}").as_bytes())
                        .next()
                        .map(|(_, v)| v.into_owned())
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            (StatusCode::FOUND, [(header::LOCATION, to)]).into_response()
        }
        _ if path.starts_with("/crm") => json_answer(&json!({
            "customer": {"tier": "gold", "orders": [{"id": 1042}]},
        })),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

impl Providers {
    /// Starts the stand-in on a free loopback port.
    ///
    /// # Panics
    /// When no loopback port can be bound.
    pub async fn start() -> Self {
        let inner = Arc::new(Inner::default());
        let app = Router::new()
            .route(
                "/v4/public/guilds/{guild}/discord-to-roblox/{user}",
                get(provider),
            )
            .route(
                "/api/guilds/{guild}/discord-to-roblox/{user}",
                get(provider),
            )
            .route("/v1/users/{id}", get(roblox_user))
            .fallback(any(custom))
            .with_state(Arc::clone(&inner));
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind the providers' stand-in");
        let addr = listener.local_addr().expect("its address");
        *inner
            .addr
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(addr);
        let stop = CancellationToken::new();
        let token = stop.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(token.cancelled_owned())
                .await;
        });
        Self { inner, addr, stop }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `provider` ("bloxlink" or "rover") links Discord `user` to Roblox `roblox`.
    pub fn link(&self, provider: &str, user: u64, roblox: u64) {
        self.inner
            .links
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert((provider.to_owned(), user), roblox);
    }

    /// `provider` answers 429 from now on.
    pub fn rate_limit(&self, provider: &str) {
        self.inner
            .limited
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(provider.to_owned());
    }

    /// Every request so far.
    pub fn received(&self) -> Vec<Received> {
        self.inner
            .received
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

impl Drop for Providers {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}
