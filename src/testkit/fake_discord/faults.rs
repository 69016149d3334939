//! Recording every REST call, and answering chosen ones with faults.

use std::sync::Mutex;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Inner;

/// One REST request the fake received, with the status it answered.
#[derive(Debug, Clone)]
pub struct RecordedCall {
    pub method: String,
    /// Path without the `/api/v10` prefix, e.g. `/channels/1/messages`.
    pub path: String,
    pub query: Option<String>,
    pub body: Value,
    pub status: u16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FaultKind {
    /// 429 with this `retry_after` in seconds.
    RateLimited(f64),
    /// This status (5xx or any other) with a Discord-shaped error body.
    Status(u16),
    /// Answer normally, after this delay.
    Slow(Duration),
    /// A Discord JSON error: HTTP status, Discord error code, message (e.g. 400 / 30013
    /// "Maximum number of guild channels reached (500)").
    Discord(u16, u32, &'static str),
}

/// Makes calls whose method matches and whose path contains `path_contains` fail with `kind`,
/// `times` times (then the route works again).
#[derive(Debug, Clone)]
pub struct Fault {
    pub method: String,
    pub path_contains: String,
    pub kind: FaultKind,
    pub times: u32,
}

impl Fault {
    pub fn new(method: &str, path_contains: &str, kind: FaultKind) -> Self {
        Self {
            method: method.to_owned(),
            path_contains: path_contains.to_owned(),
            kind,
            times: 1,
        }
    }

    #[must_use]
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }
}

#[derive(Default)]
pub struct Faults {
    active: Mutex<Vec<Fault>>,
    calls: Mutex<Vec<RecordedCall>>,
}

impl Faults {
    pub fn add(&self, fault: Fault) {
        self.active
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(fault);
    }

    pub fn clear(&self) {
        self.active
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }

    pub fn calls(&self) -> Vec<RecordedCall> {
        self.calls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Takes one use of the first fault matching the call.
    fn take(&self, method: &str, path: &str) -> Option<FaultKind> {
        let mut active = self
            .active
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let index = active
            .iter()
            .position(|f| f.method == method && path.contains(&f.path_contains) && f.times > 0)?;
        active[index].times -= 1;
        let kind = active[index].kind;
        if active[index].times == 0 {
            active.remove(index);
        }
        Some(kind)
    }

    fn record(&self, call: RecordedCall) {
        self.calls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(call);
    }
}

/// Discord's 429 ("Rate Limits → Exceeding A Rate Limit"): `retry_after` in seconds in the
/// body and the `Retry-After` header, the bucket's headers, and the limit's scope.
pub fn rate_limited(retry_after: f64, scope: &'static str) -> Response {
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        axum::Json(json!({"message": "You are being rate limited.", "retry_after": retry_after, "global": false})),
    )
        .into_response();
    let headers = response.headers_mut();
    let secs = format!("{retry_after}");
    headers.insert(
        "retry-after",
        HeaderValue::from_str(&format!("{}", retry_after.ceil()))
            .unwrap_or(HeaderValue::from_static("1")),
    );
    headers.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
    headers.insert(
        "x-ratelimit-reset-after",
        HeaderValue::from_str(&secs).unwrap_or(HeaderValue::from_static("1")),
    );
    headers.insert("x-ratelimit-scope", HeaderValue::from_static(scope));
    response
}

/// Middleware on `/api/v10`: applies faults, then records the call with its final status.
pub async fn record_and_inject(
    State(inner): State<std::sync::Arc<Inner>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().to_string();
    let full_path = request.uri().path().to_owned();
    let path = full_path
        .strip_prefix("/api/v10")
        .unwrap_or(&full_path)
        .to_owned();
    let query = request.uri().query().map(str::to_owned);
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let body_json = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
    };

    let response = match inner.faults.take(&method, &path) {
        Some(FaultKind::RateLimited(retry_after)) => rate_limited(retry_after, "user"),
        Some(FaultKind::Status(status)) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (
                status,
                axum::Json(
                    json!({"message": status.canonical_reason().unwrap_or("error"), "code": 0}),
                ),
            )
                .into_response()
        }
        Some(FaultKind::Discord(status, code, message)) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
            (
                status,
                axum::Json(json!({"message": message, "code": code})),
            )
                .into_response()
        }
        Some(FaultKind::Slow(delay)) => {
            tokio::time::sleep(delay).await;
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        None => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
    };
    inner.faults.record(RecordedCall {
        method,
        path,
        query,
        body: body_json,
        status: response.status().as_u16(),
    });
    inner.notify();
    response
}
