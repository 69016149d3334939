//! A loopback relay between serenity and Discord's REST API.
//!
//! serenity 0.12.5 gives no hook on its requests' answers, and its own rate limiter sleeps
//! through any 429, however long (a channel's third rename waits ten minutes inside a
//! command). So serenity's `Http` sends every request here (`HttpBuilder::proxy`, its limiter
//! off), and the relay forwards it to `discord.api_base`, keeping Discord's rate limits as
//! `domain::rest_limits` says — short waits taken, long ones answered with a 429 at once for
//! the caller to handle — and counting each request by route group and status class, and each
//! interaction's acknowledgement latency. Tests against the fake Discord and production against
//! Discord take the same path.
//!
//! It listens on 127.0.0.1 under a random path prefix, forwards only to the configured base,
//! and never logs a path (webhook and interaction paths carry tokens) or a header.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use poise::serenity_prelude as serenity;
use tokio_util::sync::CancellationToken;

use crate::clock::Clock;
use crate::domain::rest_limits::{self, ABSORB, Answer, Gate, Limits, Next, RouteKey, Scope};
use crate::services::metrics;

/// The largest request body relayed (Discord's own upload limit is lower).
const MAX_BODY: usize = 100 * 1024 * 1024;

/// A running relay; serenity's `proxy` is [`Relay::base`]. It stops with its token.
pub struct Relay {
    base: String,
}

impl Relay {
    /// What to give `HttpBuilder::proxy`: requests for `https://discord.com/...` go to
    /// `<base>/...`.
    pub fn base(&self) -> &str {
        &self.base
    }
}

struct Shared {
    upstream: String,
    prefix: String,
    client: reqwest::Client,
    limits: Mutex<Limits>,
    clock: Arc<dyn Clock>,
}

/// Starts the relay on `runtime`, forwarding to `upstream` (e.g. `https://discord.com`) until
/// `stop` fires.
///
/// # Errors
/// The loopback port cannot be bound or the HTTP client cannot be built.
pub fn start(
    upstream: &str,
    clock: Arc<dyn Clock>,
    runtime: &tokio::runtime::Handle,
    stop: CancellationToken,
) -> std::io::Result<Relay> {
    let listener = std::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let mut secret = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut secret)
        .map_err(|_| std::io::Error::other("no randomness for the relay's prefix"))?;
    let prefix = format!("/{}", hex::encode(secret));
    let client = reqwest::Client::builder()
        .use_rustls_tls()
        .connect_timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(std::io::Error::other)?;
    let shared = Arc::new(Shared {
        upstream: upstream.trim_end_matches('/').to_owned(),
        prefix: prefix.clone(),
        client,
        limits: Mutex::new(Limits::default()),
        clock,
    });
    runtime.spawn(async move {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(listener) => listener,
            Err(e) => {
                tracing::error!(error = %e, "the Discord REST relay could not listen");
                return;
            }
        };
        // No Nagle delay: answers are small and the caller waits for each.
        let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
            let _ = tcp.set_nodelay(true);
        });
        let router = axum::Router::new()
            .fallback(relay)
            .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
            .with_state(shared);
        if let Err(e) = axum::serve(listener, router)
            .with_graceful_shutdown(stop.cancelled_owned())
            .await
        {
            tracing::error!(error = %e, "the Discord REST relay stopped");
        }
    });
    Ok(Relay {
        base: format!("http://{addr}{prefix}"),
    })
}

/// Removes the headers that belong to one connection, not to the request or answer.
fn strip_hop_by_hop(headers: &mut HeaderMap) {
    let names: Vec<HeaderName> = headers.keys().filter(|n| hop_by_hop(n)).cloned().collect();
    for name in names {
        headers.remove(name);
    }
}

fn hop_by_hop(name: &HeaderName) -> bool {
    matches!(
        name.as_str(),
        "host"
            | "connection"
            | "keep-alive"
            | "content-length"
            | "transfer-encoding"
            | "te"
            | "trailer"
            | "upgrade"
            | "proxy-authorization"
            | "proxy-connection"
    )
}

async fn relay(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Some(path) = parts
        .uri
        .path_and_query()
        .and_then(|pq| pq.as_str().strip_prefix(&shared.prefix))
        .filter(|rest| rest.starts_with('/'))
        .map(str::to_owned)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let key = rest_limits::route_key(parts.method.as_str(), &path);
    let group = rest_limits::route_group(&path);
    if let Err(refusal) = shared.admit(&key, group, false).await {
        return refusal;
    }
    let mut headers = parts.headers;
    strip_hop_by_hop(&mut headers);
    let sent = Sent {
        method: parts.method,
        url: format!("{}{path}", shared.upstream),
        headers,
        body,
    };
    shared.send(&sent, &key, group, &path).await
}

struct Sent {
    method: axum::http::Method,
    url: String,
    headers: HeaderMap,
    body: Bytes,
}

impl Shared {
    fn limits(&self) -> std::sync::MutexGuard<'_, Limits> {
        self.limits.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits as the limits say — the windows are on the app's clock, the waits are real, and
    /// a request waits [`ABSORB`] at most in all, after which Discord decides — or refuses.
    /// `retry`: sent again after its own 429 (only the global limit still holds it).
    async fn admit(
        &self,
        key: &RouteKey,
        group: &'static str,
        retry: bool,
    ) -> Result<(), Response> {
        let started = tokio::time::Instant::now();
        let mut held_by: Option<bool> = None;
        loop {
            let gate = self.limits().gate(key, self.clock.now(), retry);
            match gate {
                Gate::Go => break,
                Gate::Refuse {
                    retry_after,
                    global,
                } => {
                    metrics::discord_request(group, "held");
                    return Err(refused(retry_after, global));
                }
                Gate::Wait { wait, global } => {
                    let left = ABSORB.saturating_sub(started.elapsed());
                    if left.is_zero() {
                        break;
                    }
                    held_by = Some(global);
                    tokio::time::sleep(wait.min(left)).await;
                }
            }
        }
        if let Some(global) = held_by {
            metrics::discord_ratelimited(global, started.elapsed().as_secs_f64());
        }
        Ok(())
    }

    /// Sends until Discord's answer is the one to hand over (a short 429 is waited out).
    async fn send(&self, sent: &Sent, key: &RouteKey, group: &'static str, path: &str) -> Response {
        let mut attempt = 1;
        loop {
            let result = self
                .client
                .request(sent.method.clone(), &sent.url)
                .headers(sent.headers.clone())
                .body(sent.body.clone())
                .send()
                .await;
            let answered = match result {
                Ok(response) => {
                    let status = response.status();
                    let headers = response.headers().clone();
                    response.bytes().await.map(|bytes| (status, headers, bytes))
                }
                Err(e) => Err(e),
            };
            let (status, mut headers, bytes) = match answered {
                Ok(answer) => answer,
                Err(e) => {
                    metrics::discord_request(group, "failed");
                    // Without the URL: it may hold an interaction's token.
                    tracing::warn!(route = group, error = %e.without_url(), "Discord could not be reached");
                    return unreachable();
                }
            };
            metrics::discord_request(group, rest_limits::status_class(status.as_u16()));
            if status.is_success() {
                acknowledged(path, &sent.body);
            }
            let answer = answer_of(status.as_u16(), &headers, &bytes);
            let next = self.limits().learn(key, &answer, attempt, self.clock.now());
            match next {
                Next::Deliver => {
                    strip_hop_by_hop(&mut headers);
                    let mut response = Response::new(Body::from(bytes));
                    *response.status_mut() = status;
                    *response.headers_mut() = headers;
                    return response;
                }
                Next::Retry { wait, global } => {
                    metrics::discord_ratelimited(global, wait.as_secs_f64());
                    tokio::time::sleep(wait).await;
                    if let Err(refusal) = self.admit(key, group, true).await {
                        return refusal;
                    }
                    attempt += 1;
                }
            }
        }
    }
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// A header's seconds (`Retry-After`, `X-RateLimit-Reset-After`).
fn seconds(value: &str) -> Option<Duration> {
    value.trim().parse().ok().and_then(duration)
}

fn duration(secs: f64) -> Option<Duration> {
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

/// The rate-limit facts of Discord's answer: headers, and a 429 body's `retry_after` (more
/// precise than the whole-second `Retry-After` header).
fn answer_of(status: u16, headers: &HeaderMap, body: &[u8]) -> Answer {
    let retry_after = (status == 429)
        .then(|| {
            serde_json::from_slice::<serde_json::Value>(body)
                .ok()
                .and_then(|v| v.get("retry_after").and_then(serde_json::Value::as_f64))
                .and_then(duration)
                .or_else(|| header_str(headers, "retry-after").and_then(seconds))
        })
        .flatten();
    Answer {
        status,
        remaining: header_str(headers, "x-ratelimit-remaining").and_then(|v| v.parse().ok()),
        reset_after: header_str(headers, "x-ratelimit-reset-after").and_then(seconds),
        retry_after,
        scope: Scope::from_headers(
            header_str(headers, "x-ratelimit-scope"),
            header_str(headers, "x-ratelimit-global").is_some_and(|v| v == "true"),
        ),
    }
}

/// A 429 of ticketbox's own, shaped as Discord's ("Exceeding A Rate Limit"), for a request
/// whose bucket is spent for longer than a wait is worth.
fn refused(retry_after: Duration, global: bool) -> Response {
    let secs = retry_after.as_secs_f64();
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        axum::Json(serde_json::json!({
            "message": "You are being rate limited.",
            "retry_after": secs,
            "global": global,
        })),
    )
        .into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&format!("{}", secs.ceil())) {
        headers.insert(header::RETRY_AFTER, value);
    }
    headers.insert(
        "x-ratelimit-scope",
        HeaderValue::from_static(if global { "global" } else { "user" }),
    );
    response
}

/// Discord could not be reached: a gateway error in Discord's JSON error shape.
fn unreachable() -> Response {
    (
        StatusCode::BAD_GATEWAY,
        axum::Json(serde_json::json!({"message": "Discord could not be reached", "code": 0})),
    )
        .into_response()
}

/// An interaction's callback succeeded: its acknowledgement latency, from Discord creating the
/// interaction (its id's timestamp) to now, by the kind of response.
fn acknowledged(path: &str, body: &[u8]) {
    let Some(id) = callback_interaction(path) else {
        return;
    };
    let created = serenity::InteractionId::from(id)
        .created_at()
        .timestamp_millis();
    #[allow(clippy::cast_precision_loss)] // milliseconds of a latency
    let seconds = (crate::clock::now_millis() - created) as f64 / 1000.0;
    metrics::interaction_acknowledged(response_kind(body), seconds);
}

/// The interaction id of `/api/v10/interactions/{id}/{token}/callback`.
fn callback_interaction(path: &str) -> Option<std::num::NonZeroU64> {
    let path = path.split('?').next()?;
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    segments.find(|s| *s == "interactions")?;
    let id = segments.next()?.parse().ok()?;
    let _token = segments.next()?;
    (segments.next()? == "callback" && segments.next().is_none()).then_some(id)
}

/// The callback's type ("Interaction Response Object → Interaction Callback Type") as a word.
fn response_kind(body: &[u8]) -> &'static str {
    match callback_type(body) {
        Some(4) => "message",
        Some(5) => "deferred_message",
        Some(6) => "deferred_update",
        Some(7) => "update",
        Some(8) => "autocomplete",
        Some(9) => "modal",
        _ => "other",
    }
}

/// `type` of a callback's JSON body, or of its `payload_json` part when it carries files
/// ("Uploading Files": multipart/form-data).
fn callback_type(body: &[u8]) -> Option<u64> {
    let json = match find(body, b"name=\"payload_json\"") {
        Some(part) => {
            let rest = &body[part..];
            &rest[find(rest, b"\r\n\r\n")? + 4..]
        }
        None => body,
    };
    // The first JSON value only: a part ends where the next boundary starts.
    let value = serde_json::Deserializer::from_slice(json)
        .into_iter::<serde_json::Value>()
        .next()?
        .ok()?;
    value.get("type")?.as_u64()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callbacks_are_found_by_path() {
        assert_eq!(
            callback_interaction("/api/v10/interactions/123/tok/callback"),
            std::num::NonZeroU64::new(123)
        );
        assert_eq!(
            callback_interaction("/api/v10/interactions/123/tok/callback?with_response=true"),
            std::num::NonZeroU64::new(123)
        );
        assert_eq!(
            callback_interaction("/api/v10/webhooks/1/tok/messages/@original"),
            None
        );
        assert_eq!(callback_interaction("/api/v10/channels/1/messages"), None);
        assert_eq!(
            callback_interaction("/api/v10/interactions/0/tok/callback"),
            None,
            "not a snowflake"
        );
    }

    #[test]
    fn response_kinds() {
        assert_eq!(
            response_kind(br#"{"type":5,"data":{"flags":64}}"#),
            "deferred_message"
        );
        assert_eq!(response_kind(br#"{"type":9}"#), "modal");
        let multipart = b"--b\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n{\"type\":7,\"data\":{}}\r\n--b\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a.txt\"\r\n\r\nhi\r\n--b--\r\n";
        assert_eq!(response_kind(multipart), "update");
        assert_eq!(response_kind(b"{}"), "other");
    }

    #[test]
    fn answers_read_discords_headers_and_body() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("2"));
        headers.insert("x-ratelimit-scope", HeaderValue::from_static("shared"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
        headers.insert("x-ratelimit-reset-after", HeaderValue::from_static("1.25"));
        let answer = answer_of(429, &headers, br#"{"retry_after": 1.5, "global": false}"#);
        assert_eq!(answer.retry_after, Some(Duration::from_millis(1_500)));
        assert_eq!(answer.reset_after, Some(Duration::from_millis(1_250)));
        assert_eq!(answer.remaining, Some(0));
        assert_eq!(answer.scope, Scope::Shared);
        let answer = answer_of(429, &headers, b"not json");
        assert_eq!(
            answer.retry_after,
            Some(Duration::from_secs(2)),
            "the header"
        );
        let answer = answer_of(200, &headers, b"{}");
        assert_eq!(answer.retry_after, None);
    }

    #[tokio::test]
    async fn only_its_own_prefix_is_relayed_and_an_unreachable_discord_is_a_502() {
        // Nothing listens on the discard port.
        let stop = CancellationToken::new();
        let relay = start(
            "http://127.0.0.1:9",
            Arc::new(crate::clock::SystemClock),
            &tokio::runtime::Handle::current(),
            stop.clone(),
        )
        .unwrap();
        let client = reqwest::Client::new();
        let through = client
            .get(format!("{}/api/v10/gateway", relay.base()))
            .send()
            .await
            .unwrap();
        assert_eq!(through.status().as_u16(), 502);
        let body: serde_json::Value =
            serde_json::from_slice(&through.bytes().await.unwrap()).unwrap();
        assert_eq!(body["message"], "Discord could not be reached");

        let origin = relay.base().rsplit_once('/').unwrap().0.to_owned();
        let around = client
            .get(format!("{origin}/api/v10/gateway"))
            .send()
            .await
            .unwrap();
        assert_eq!(around.status().as_u16(), 404, "no prefix, no relay");
        stop.cancel();
    }
}
