//! The HTTP client of integrations. Proxy variables are ignored (`no_proxy`), redirects are
//! followed by hand (at most 3, each target checked again), answers are read up to a size cap,
//! and for server-made integrations every address is checked against the SSRF rules
//! (`domain::ssrf`): literal addresses before sending, names by a resolver that returns only
//! permitted addresses — the connection uses exactly those, so a second, rebinding DNS answer
//! never reaches it.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::domain::integration_requests::Prepared;
use crate::domain::integrations::Method;
use crate::domain::ssrf;

/// The most an answer may hold.
pub const MAX_ANSWER: usize = 64 * 1024;
/// Redirects followed at most.
const MAX_REDIRECTS: usize = 3;

/// Why a call gave nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    #[error("refused: {0}")]
    Refused(String),
    #[error("timed out after {0} ms")]
    Timeout(u128),
    #[error("rate limited (429)")]
    RateLimited { retry_after: Option<Duration> },
    #[error("HTTP {0}")]
    Status(u16),
    #[error("the answer is larger than 64 KiB")]
    TooLarge,
    #[error("the answer is not JSON")]
    NotJson,
    #[error("connection failed: {0}")]
    Connect(String),
}

impl CallError {
    /// Short text for the call record and the audit log.
    pub fn outcome(&self) -> String {
        match self {
            Self::Status(code) => code.to_string(),
            Self::RateLimited { .. } => "429".to_owned(),
            other => other.to_string(),
        }
    }
}

/// Which addresses may be called.
#[derive(Debug, Clone, Default)]
pub struct Guard {
    /// `integrations.allow_hosts`.
    pub allow: Vec<String>,
    /// The ticketbox host's own addresses.
    pub own: Vec<IpAddr>,
}

impl Guard {
    /// Checks a URL before a request (and before each redirect): scheme, credentials, and a
    /// literal address's class.
    fn check(&self, url: &Url) -> Result<(), CallError> {
        let host = ssrf::check_url(url, "URL").map_err(CallError::Refused)?;
        if ssrf::allowed_host(&self.allow, &host) {
            return Ok(());
        }
        if let Ok(ip) = host.parse::<IpAddr>()
            && let Some(why) = ssrf::refuse(ip, &self.own)
        {
            return Err(CallError::Refused(why));
        }
        Ok(())
    }
}

/// Resolves with the system resolver and keeps only permitted addresses.
struct GuardedResolver(Arc<Guard>);

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let guard = Arc::clone(&self.0);
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if ssrf::allowed_host(&guard.allow, &host) {
                return Ok(Box::new(found.into_iter()) as Addrs);
            }
            let mut refused = None;
            let kept: Vec<SocketAddr> = found
                .into_iter()
                .filter(|a| match ssrf::refuse(a.ip(), &guard.own) {
                    Some(why) => {
                        refused.get_or_insert(why);
                        false
                    }
                    None => true,
                })
                .collect();
            if kept.is_empty() {
                let why = refused.unwrap_or_else(|| "no address".to_owned());
                return Err(format!("{host} resolves to {why}").into());
            }
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

/// A client for integrations: `guard` set for server-made ones, `None` for the operator's
/// configured providers.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    guard: Option<Arc<Guard>>,
}

impl Client {
    pub fn new(guard: Option<Guard>) -> Self {
        let guard = guard.map(Arc::new);
        let mut builder = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!(
                "ticketbox/",
                env!("CARGO_PKG_VERSION"),
                " (integrations)"
            ))
            .connect_timeout(Duration::from_secs(5));
        if let Some(g) = &guard {
            builder = builder.dns_resolver(Arc::new(GuardedResolver(Arc::clone(g))));
        }
        Self {
            http: builder.build().unwrap_or_default(),
            guard,
        }
    }

    /// Sends `request` and reads its JSON answer, all within `timeout`.
    pub async fn call(
        &self,
        request: &Prepared,
        timeout: Duration,
    ) -> Result<serde_json::Value, CallError> {
        let started = Instant::now();
        tokio::time::timeout(timeout, self.exchange(request))
            .await
            .unwrap_or_else(|_| Err(CallError::Timeout(started.elapsed().as_millis())))
    }

    async fn exchange(&self, request: &Prepared) -> Result<serde_json::Value, CallError> {
        let mut url = Url::parse(&request.url).map_err(|e| CallError::Refused(e.to_string()))?;
        let first_origin = url.origin();
        let mut method = request.method;
        let mut body = request.body.clone();
        for _ in 0..=MAX_REDIRECTS {
            if let Some(g) = &self.guard {
                g.check(&url)?;
            }
            // The integration's headers (its secrets) go to its own origin only.
            let headers = if url.origin() == first_origin {
                header_map(&request.headers)?
            } else {
                HeaderMap::new()
            };
            let mut builder = match method {
                Method::Get => self.http.get(url.clone()),
                Method::Post => self.http.post(url.clone()),
            }
            .headers(headers)
            .header(reqwest::header::ACCEPT, "application/json");
            if let Some(b) = &body {
                builder = builder
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(b.clone());
            }
            // Without the URL: it may carry a secret, and error texts reach the log and the page.
            let response = builder
                .send()
                .await
                .map_err(|e| connect_error(&e.without_url()))?;
            let status = response.status();
            if status.is_redirection() {
                let next = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| url.join(l).ok())
                    .ok_or(CallError::Status(status.as_u16()))?;
                // 303, and 301/302 after a POST, continue as GET without a body (RFC 9110 §15.4).
                if status.as_u16() == 303 || (status.as_u16() <= 302 && method == Method::Post) {
                    method = Method::Get;
                    body = None;
                }
                url = next;
                continue;
            }
            return read_json(response).await;
        }
        Err(CallError::Refused(format!(
            "more than {MAX_REDIRECTS} redirects"
        )))
    }
}

fn connect_error(e: &reqwest::Error) -> CallError {
    // The resolver's refusal is in the error's chain.
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut text = e.to_string();
    while let Some(s) = source {
        let t = s.to_string();
        if t.contains(" resolves to ") {
            return CallError::Refused(t);
        }
        text = t;
        source = s.source();
    }
    CallError::Connect(text)
}

fn header_map(headers: &[(String, String)]) -> Result<HeaderMap, CallError> {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| CallError::Refused(format!("header {name:?}")))?;
        let mut value = HeaderValue::from_str(value)
            .map_err(|_| CallError::Refused(format!("header {name} value")))?;
        value.set_sensitive(true);
        map.insert(name, value);
    }
    Ok(map)
}

/// The answer's JSON: 2xx only, at most [`MAX_ANSWER`] bytes (read in chunks, so a huge
/// answer is cut off, not buffered), a JSON content type.
async fn read_json(mut response: reqwest::Response) -> Result<serde_json::Value, CallError> {
    let status = response.status();
    if status.as_u16() == 429 {
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(|s| Duration::from_secs_f64(s.min(3_600.0)));
        return Err(CallError::RateLimited { retry_after });
    }
    if !status.is_success() {
        return Err(CallError::Status(status.as_u16()));
    }
    let json_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            let t = t
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            t == "application/json" || t.ends_with("+json")
        });
    if !json_type {
        return Err(CallError::NotJson);
    }
    if response
        .content_length()
        .is_some_and(|n| n > MAX_ANSWER as u64)
    {
        return Err(CallError::TooLarge);
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| CallError::Connect(e.without_url().to_string()))?
    {
        if bytes.len() + chunk.len() > MAX_ANSWER {
            return Err(CallError::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    serde_json::from_slice(&bytes).map_err(|_| CallError::NotJson)
}

/// The ticketbox host's own addresses (every interface's), refused as integration targets.
pub fn own_addresses() -> Vec<IpAddr> {
    match if_addrs::get_if_addrs() {
        Ok(list) => list.into_iter().map(|i| i.ip()).collect(),
        Err(e) => {
            tracing::warn!(error = %e, "cannot list the host's addresses for the integrations' guard");
            Vec::new()
        }
    }
}
