//! Short message pages (askama's `message.html`).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

pub use crate::services::INTERNAL_ERROR;

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    title: &'a str,
    text: &'a str,
}

/// An internal failure: logged once with its detail, a generic page for the visitor.
pub fn failed(what: &str, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "{what}");
    message(
        StatusCode::INTERNAL_SERVER_ERROR,
        &super::lang::t("web-internal-error"),
    )
}

/// The title of a message page with `status`, in the visitor's language.
fn status_title(status: StatusCode) -> String {
    let id = match status.as_u16() {
        400 => "web-status-400",
        401 => "web-status-401",
        403 => "web-status-403",
        404 => "web-status-404",
        408 => "web-status-408",
        413 => "web-status-413",
        422 => "web-status-422",
        429 => "web-status-429",
        502 => "web-status-502",
        503 => "web-status-503",
        _ if status.is_server_error() => "web-status-500",
        _ => return status.canonical_reason().unwrap_or("ticketbox").to_owned(),
    };
    super::lang::t(id)
}

/// A short page with one message and a status.
pub fn message(status: StatusCode, text: &str) -> Response {
    let title = status_title(status);
    let page = MessagePage {
        title: &title,
        text,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "cannot render a message page");
            (status, text.to_owned()).into_response()
        }
    }
}
