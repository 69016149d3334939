//! Dashboard login: Discord OAuth2 authorization code with `state` and PKCE (scopes
//! `identify guilds`), server-side sessions in SQLite, logout with a CSRF token.
//!
//! The session cookie holds 256 random bits; the database keeps only their SHA-256. Discord's
//! access token is used once (to learn who logged in) and dropped.

use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use serde::Deserialize;

use super::AppState;
use super::cookies::Cookie;
use super::error::{OrFail, PageError};
use super::limits::LoginLimiter;
use super::pages;
use crate::ids::UserId;
use crate::services::AppCore;
use crate::store::sessions::{self, Session};

/// Why a login or session step failed; the page says what to do, the log gets the detail.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("dashboard login is not configured")]
    NotConfigured,
    #[error("the login link expired or was already used")]
    StaleLogin,
    #[error("Discord refused the login: {0}")]
    Discord(String),
    #[error("the form is missing its security token")]
    Csrf,
    #[error("too many login attempts")]
    TooMany,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let (status, text) = match &self {
            Self::NotConfigured => (
                StatusCode::SERVICE_UNAVAILABLE,
                super::lang::t2(
                    "web-auth-not-configured",
                    "id",
                    "discord.client_id",
                    "secret",
                    "discord.client_secret",
                ),
            ),
            Self::StaleLogin => (
                StatusCode::BAD_REQUEST,
                super::lang::t("web-auth-stale-login"),
            ),
            Self::Discord(_) => (
                StatusCode::BAD_GATEWAY,
                super::lang::t("web-auth-discord-failed"),
            ),
            Self::Csrf => (StatusCode::FORBIDDEN, super::lang::t("web-auth-expired")),
            Self::TooMany => (
                StatusCode::TOO_MANY_REQUESTS,
                super::lang::t("web-auth-too-many"),
            ),
            Self::Store(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                super::lang::t("web-internal-error"),
            ),
        };
        if matches!(self, Self::Discord(_) | Self::Store(_)) {
            tracing::error!(error = %self, "login failed");
        }
        pages::message(status, &text)
    }
}

pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The system RNG failing is not recoverable for a login; an all-zero value would be worse.
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system random number generator failed");
    bytes
}

pub(crate) fn hash_id(id: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, id.as_bytes())
        .as_ref()
        .to_vec()
}

/// Only local paths are followed after login (no open redirect): a leading `/` not followed
/// by another `/`, and nothing but path and query characters (no whitespace, backslash or
/// control characters a browser might drop to make `//host`).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && n.len() <= 512
                && n.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"/_.~%?=&-".contains(&b)) =>
        {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// Counts a login step from the request's client: refused past the per-client limit.
pub(crate) fn rate_limit(
    core: &crate::services::AppCore,
    limiter: &super::limits::LoginLimiter,
    peer: std::net::SocketAddr,
    headers: &HeaderMap,
) -> Result<(), AuthError> {
    let client = super::limits::client_ip(peer, headers, &core.config.http.trusted_proxies);
    if limiter.allow(client) {
        Ok(())
    } else {
        Err(AuthError::TooMany)
    }
}

fn redirect_uri(core: &crate::services::AppCore) -> String {
    format!(
        "{}/auth/callback",
        core.config.http.public_url.trim_end_matches('/')
    )
}

fn client_id(core: &crate::services::AppCore) -> Option<String> {
    let d = core.discord();
    let id = if d.client_id.is_empty() {
        &d.application_id
    } else {
        &d.client_id
    };
    (!id.is_empty() && !d.client_secret.is_empty()).then(|| id.clone())
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// `GET /auth/login?next=/path`: off to Discord.
pub async fn login(
    State(core): State<AppState>,
    Extension(limiter): Extension<Arc<LoginLimiter>>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Result<Response, AuthError> {
    let client = client_id(&core).ok_or(AuthError::NotConfigured)?;
    rate_limit(&core, &limiter, peer, &headers)?;
    let state = hex::encode(random_bytes::<16>());
    let browser = hex::encode(random_bytes::<16>());
    let verifier = URL_SAFE_NO_PAD.encode(random_bytes::<32>());
    let challenge = URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ));
    sessions::start_login(
        &core.db,
        sessions::Login {
            state: state.clone(),
            verifier,
            browser: browser.clone(),
            next: safe_next(q.next.as_deref()),
        },
        core.clock.now(),
    )
    .await?;
    let mut url = url::Url::parse(&format!(
        "{}/oauth2/authorize",
        core.discord().api_base.trim_end_matches('/')
    ))
    .map_err(|e| AuthError::Discord(e.to_string()))?;
    url.query_pairs_mut()
        .append_pair("client_id", &client)
        .append_pair("response_type", "code")
        .append_pair("scope", "identify guilds")
        .append_pair("redirect_uri", &redirect_uri(&core))
        .append_pair("state", &state)
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256")
        .append_pair("prompt", "none");
    let mut response = Redirect::to(url.as_str()).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        Cookie::Login.set(&core, &browser, sessions::LOGIN_TTL_MS / 1000),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
struct TokenReply {
    access_token: String,
}

#[derive(Deserialize)]
struct DiscordUser {
    id: String,
    username: String,
    global_name: Option<String>,
}

/// `GET /auth/callback`: back from Discord with a code.
pub async fn callback(
    State(core): State<AppState>,
    Extension(limiter): Extension<Arc<LoginLimiter>>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<CallbackQuery>,
) -> Result<Response, AuthError> {
    let client = client_id(&core).ok_or(AuthError::NotConfigured)?;
    rate_limit(&core, &limiter, peer, &headers)?;
    let (Some(auth_code), Some(login_state)) = (q.code, q.state) else {
        return Err(match q.error {
            // Discord's error code only (the text is the visitor's to choose).
            Some(e) => AuthError::Discord(format!(
                "authorize answered {:?}",
                e.chars().take(40).collect::<String>()
            )),
            None => AuthError::StaleLogin,
        });
    };
    let browser = cookie_named(&headers, &Cookie::Login.name(&core)).unwrap_or_default();
    let (verifier, next) = sessions::take_login(&core.db, login_state, browser, core.clock.now())
        .await?
        .ok_or(AuthError::StaleLogin)?;
    let discord = core.discord();
    let api = format!("{}/api/v10", discord.api_base.trim_end_matches('/'));
    let http = reqwest::Client::new();
    let token: TokenReply = discord_json(
        http.post(format!("{api}/oauth2/token")).form(&[
            ("client_id", client.as_str()),
            ("client_secret", discord.client_secret.expose()),
            ("grant_type", "authorization_code"),
            ("code", auth_code.as_str()),
            ("redirect_uri", redirect_uri(&core).as_str()),
            ("code_verifier", verifier.as_str()),
        ]),
        "token exchange",
    )
    .await?;
    let user: DiscordUser = discord_json(
        http.get(format!("{api}/users/@me"))
            .bearer_auth(&token.access_token),
        "users/@me",
    )
    .await?;
    let id: u64 = user
        .id
        .parse()
        .map_err(|_| AuthError::Discord("users/@me: bad id".into()))?;
    let guild_hint = guild_hint(&core, &http, &api, &token.access_token).await;
    let session_id = hex::encode(random_bytes::<32>());
    let session = Session {
        user: UserId::new(id),
        username: user.global_name.unwrap_or(user.username),
        csrf: hex::encode(random_bytes::<16>()),
        guild_hint,
    };
    // A session this browser already had ends: one browser, one session.
    if let Some(old) = cookie_value(&core, &headers) {
        sessions::delete(&core.db, hash_id(&old)).await?;
    }
    sessions::create(&core.db, hash_id(&session_id), session, core.clock.now()).await?;
    tracing::info!(user = id, "dashboard login");
    let mut response = Redirect::to(&next).into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        Cookie::Session.set(&core, &session_id, sessions::ABSOLUTE_MS / 1000),
    );
    headers.append(header::SET_COOKIE, Cookie::Login.clear(&core));
    Ok(response)
}

#[derive(Deserialize)]
struct PartialGuild {
    id: String,
}

/// The bot's guilds among those Discord lists for the user (`GET /users/@me/guilds`, scope
/// `guilds`; one page of 200 holds every guild a user can be in). Only a hint of where
/// `/servers` looks: membership and roles come from the bot's cache. A failure logs and
/// leaves the hint empty; the login goes on.
async fn guild_hint(
    core: &AppCore,
    http: &reqwest::Client,
    api: &str,
    token: &str,
) -> Vec<crate::ids::GuildId> {
    let listed: Result<Vec<PartialGuild>, _> = discord_json(
        http.get(format!("{api}/users/@me/guilds?limit=200"))
            .bearer_auth(token),
        "users/@me/guilds",
    )
    .await;
    let ids: Vec<crate::ids::GuildId> = match listed {
        Ok(guilds) => guilds
            .iter()
            .filter_map(|g| g.id.parse().ok())
            .map(crate::ids::GuildId::new)
            .collect(),
        Err(e) => {
            tracing::warn!(error = %e, "cannot list a dashboard user's guilds; /servers shows those the cache knows");
            return Vec::new();
        }
    };
    core.cache
        .read(move |r| {
            let mut shared = Vec::new();
            for id in ids {
                if r.guild(id)?.is_some() {
                    shared.push(id);
                }
            }
            Ok(shared)
        })
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "cannot read the cache for a login's guild hint");
            Vec::new()
        })
}

/// Sends a request to Discord and reads its JSON reply. Errors name the step, never a URL or
/// a value from the reply.
async fn discord_json<T: serde::de::DeserializeOwned>(
    request: reqwest::RequestBuilder,
    step: &str,
) -> Result<T, AuthError> {
    // Counted beside the bot's requests (`oauth`: the visitor's token, not the bot's).
    let sent = request.send().await;
    crate::services::metrics::discord_request(
        "oauth",
        sent.as_ref().map_or("failed", |r| {
            crate::domain::rest_limits::status_class(r.status().as_u16())
        }),
    );
    let body = sent
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| AuthError::Discord(format!("{step}: {}", e.without_url())))?
        .bytes()
        .await
        .map_err(|e| AuthError::Discord(format!("{step} reply: {}", e.without_url())))?;
    serde_json::from_slice(&body)
        .map_err(|e| AuthError::Discord(format!("{step} reply is not JSON ({:?})", e.classify())))
}

#[derive(Deserialize)]
pub struct LogoutForm {
    csrf: String,
}

/// `POST /auth/logout` (form with the CSRF token): the session row goes.
pub async fn logout(
    State(core): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<LogoutForm>,
) -> Result<Response, AuthError> {
    let Some(id) = cookie_value(&core, &headers) else {
        return Ok(Redirect::to("/").into_response());
    };
    let Some(session) = sessions::load(&core.db, hash_id(&id), core.clock.now()).await? else {
        return Ok(Redirect::to("/").into_response());
    };
    if !constant_time_eq(form.csrf.as_bytes(), session.csrf.as_bytes()) {
        return Err(AuthError::Csrf);
    }
    sessions::delete(&core.db, hash_id(&id)).await?;
    let mut response = Redirect::to("/").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, Cookie::Session.clear(&core));
    Ok(response)
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    subtle::ConstantTimeEq::ct_eq(a, b).into()
}

/// The session id from the cookie: 64 hex characters or nothing.
fn cookie_value(core: &AppCore, headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, &Cookie::Session.name(core)).filter(|v| v.len() == 64)
}

/// A hex cookie value by name.
pub(crate) fn cookie_named(headers: &HeaderMap, name: &str) -> Option<String> {
    super::cookies::read(headers, name)
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The logged-in user, if any. Handlers that need one redirect to the login otherwise.
pub struct MaybeUser(pub Option<Session>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, core: &AppState) -> Result<Self, PageError> {
        let Some(id) = cookie_value(core, &parts.headers) else {
            return Ok(Self(None));
        };
        sessions::load(&core.db, hash_id(&id), core.clock.now())
            .await
            .map(Self)
            .or_fail("cannot load a session")
    }
}

/// Where an anonymous visitor of `path` is sent.
pub fn login_redirect(path: &str) -> Response {
    let mut url = url::form_urlencoded::Serializer::new(String::new());
    url.append_pair("next", path);
    Redirect::to(&format!("/auth/login?{}", url.finish())).into_response()
}
