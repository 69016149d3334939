//! `/`: the first-run setup page while no bot token is configured ([`super::setup`]);
//! afterwards the bot's status and the way into the dashboard. It never shows a
//! configuration value.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::AppState;
use super::auth::MaybeUser;
use super::view;
use crate::services::BotStatus;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    version: &'static str,
    status: String,
    status_class: &'static str,
    login: bool,
    /// A logged-in visitor: their name and the session's CSRF token (for the logout form).
    visitor: Option<(String, String)>,
}

pub async fn index(State(core): State<AppState>, MaybeUser(session): MaybeUser) -> Response {
    if !core.has_bot_token() {
        return super::setup::page(&core, "", None, StatusCode::OK);
    }
    let (status, status_class) = match core.bot_status() {
        BotStatus::Connected => (super::lang::t("web-home-bot-connected"), "ok"),
        BotStatus::Connecting | BotStatus::NotConfigured => {
            (super::lang::t("web-home-bot-connecting"), "warn")
        }
        BotStatus::Stopped => (super::lang::t("web-home-bot-stopped"), "warn"),
        BotStatus::Failed(message) => (super::lang::render(&message), "warn"),
    };
    let d = core.discord();
    view::page(
        StatusCode::OK,
        &HomePage {
            version: env!("CARGO_PKG_VERSION"),
            status,
            status_class,
            login: !(d.client_secret.is_empty()
                || d.client_id.is_empty() && d.application_id.is_empty()),
            visitor: session.map(|s| (s.username, s.csrf)),
        },
    )
}

pub async fn not_found() -> Response {
    crate::web::pages::message(
        StatusCode::NOT_FOUND,
        &crate::web::lang::t("web-home-not-found"),
    )
}
