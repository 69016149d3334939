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
    message(StatusCode::INTERNAL_SERVER_ERROR, INTERNAL_ERROR)
}

/// A short page with one message and a status.
pub fn message(status: StatusCode, text: &str) -> Response {
    let page = MessagePage {
        title: status.canonical_reason().unwrap_or("ticketbox"),
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
