//! First-run setup: while no bot token is configured, `/` shows how to create the Discord
//! application and a form for its credentials; `POST /setup` checks the token with Discord,
//! saves the settings in the data directory and starts the bot without a restart.
//!
//! Only the operator may use it: the form needs the one-time setup code, which only the
//! operator can read (the log, and `<data_dir>/setup-code`, printed by `ticketbox setup-code`).
//! No request is trusted for where it seems to come from: a reverse proxy on the same machine
//! (`proxy_pass http://127.0.0.1:8080`, no forwarding header) makes every internet visitor look
//! local. The form carries a nonce matching a SameSite=Strict cookie, so another site cannot
//! submit it, and wrong codes share the login rate limit.

use std::sync::Arc;

use askama::Template;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use super::AppState;
use super::auth::{constant_time_eq, cookie_named, random_bytes, rate_limit};
use super::cookies::Cookie;
use super::form::Fields;
use super::limits::LoginLimiter;
use super::pages;
use super::view;
use crate::config::Secret;
use crate::services::setup::{self, SetupError, SetupInput};

#[derive(Template)]
#[template(path = "setup.html")]
struct SetupPage {
    public_url: String,
    redirect_url: String,
    nonce: String,
    client_id: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "setup_done.html")]
struct DonePage {
    bot_name: String,
    invite: String,
}

/// Permissions the invite link asks for: see, talk, manage ticket channels, threads and
/// their overwrites, read history for transcripts.
const INVITE_PERMISSIONS: u64 = (1 << 4) // manage channels
    | (1 << 10) // view channel
    | (1 << 11) // send messages
    | (1 << 13) // manage messages (pins)
    | (1 << 14) // embed links
    | (1 << 15) // attach files
    | (1 << 16) // read message history
    | (1 << 28) // manage roles (channel overwrites)
    | (1 << 34) // manage threads
    | (1 << 36) // create private threads
    | (1 << 38); // send messages in threads

fn public_url(core: &crate::services::AppCore) -> String {
    core.config.http.public_url.trim_end_matches('/').to_owned()
}

/// The setup page, with a fresh nonce in its cookie.
pub fn page(
    core: &crate::services::AppCore,
    client_id: &str,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let nonce = hex::encode(random_bytes::<16>());
    let url = public_url(core);
    let mut response = view::page(
        status,
        &SetupPage {
            redirect_url: format!("{url}/auth/callback"),
            public_url: url,
            nonce: nonce.clone(),
            client_id: client_id.to_owned(),
            error,
        },
    );
    let headers = response.headers_mut();
    headers.insert(header::SET_COOKIE, Cookie::Setup.set(core, &nonce, 3600));
    // The page carries a one-time nonce and the form takes secrets: never from a cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `POST /setup`.
pub async fn submit(
    State(core): State<AppState>,
    Extension(limiter): Extension<Arc<LoginLimiter>>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if core.has_bot_token() {
        return pages::message(
            StatusCode::NOT_FOUND,
            &super::lang::t("web-setup-already-done"),
        );
    }
    if rate_limit(&core, &limiter, peer, &headers).is_err() {
        return pages::message(
            StatusCode::TOO_MANY_REQUESTS,
            &super::lang::t("web-setup-too-many"),
        );
    }
    let f = Fields::parse(&body);
    let cookie = cookie_named(&headers, &Cookie::Setup.name(&core)).unwrap_or_default();
    if cookie.is_empty() || !constant_time_eq(cookie.as_bytes(), f.get("nonce").as_bytes()) {
        return pages::message(StatusCode::FORBIDDEN, &super::lang::t("web-setup-expired"));
    }
    let client_id = f.get("client_id").trim().to_owned();
    let typed = f.get("code").trim().to_ascii_uppercase();
    let expected = core.setup_code().unwrap_or_default();
    if expected.is_empty() || !constant_time_eq(typed.as_bytes(), expected.as_bytes()) {
        tracing::warn!(%peer, "first-run setup refused: wrong setup code");
        return page(
            &core,
            &client_id,
            Some(super::lang::t("web-setup-wrong-code")),
            StatusCode::FORBIDDEN,
        );
    }
    let input = SetupInput {
        token: Secret::new(f.get("token").trim()),
        client_id: client_id.clone(),
        client_secret: Secret::new(f.get("client_secret").trim()),
    };
    match setup::configure(&core, input).await {
        Ok(done) => {
            let invite = format!(
                "https://discord.com/oauth2/authorize?client_id={}&scope=bot+applications.commands&permissions={INVITE_PERMISSIONS}",
                done.application_id
            );
            let mut response = view::page(
                StatusCode::OK,
                &DonePage {
                    bot_name: done.bot_name,
                    invite,
                },
            );
            response
                .headers_mut()
                .insert(header::SET_COOKIE, Cookie::Setup.clear(&core));
            response
        }
        Err(SetupError::AlreadyConfigured) => pages::message(
            StatusCode::NOT_FOUND,
            &super::lang::t("web-setup-already-done"),
        ),
        Err(e) => {
            let status = match &e {
                SetupError::Invalid(_) | SetupError::BadToken => StatusCode::UNPROCESSABLE_ENTITY,
                SetupError::Unreachable(_) => StatusCode::BAD_GATEWAY,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            if let SetupError::Save(detail) = &e {
                tracing::error!(error = %detail, "first-run setup could not save its settings");
            }
            page(
                &core,
                &client_id,
                Some(super::lang::render(&e.message())),
                status,
            )
        }
    }
}
