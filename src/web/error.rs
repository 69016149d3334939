//! [`PageError`]: how a dashboard handler or extractor ends early. Handlers return
//! `Result<Response, PageError>` and use `?`; the error becomes its page here, and an internal
//! failure is logged here, once, with its detail (the visitor reads only [`INTERNAL_ERROR`]).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::pages::{self, INTERNAL_ERROR};

/// The answer to anything a visitor may not see in a guild (or a guild the bot is not in).
pub const GUILD_NOT_FOUND: &str = "No such server, or you may not manage it.";

#[derive(Debug)]
pub enum PageError {
    /// 404 with [`GUILD_NOT_FOUND`].
    NotFound,
    /// An anonymous visitor: to the login, then back to `next`.
    Login { next: String },
    /// A form without the session's CSRF token.
    Expired,
    /// A short page with its status and message.
    Message(StatusCode, String),
    /// Our failure: `what` failed because of `detail` (logged; never shown).
    Internal { what: &'static str, detail: String },
    /// An answer made elsewhere (an extractor's own rejection).
    Response(Box<Response>),
}

impl PageError {
    pub fn internal(what: &'static str, detail: &dyn std::fmt::Display) -> Self {
        Self::Internal {
            what,
            detail: detail.to_string(),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            Self::NotFound => pages::message(StatusCode::NOT_FOUND, GUILD_NOT_FOUND),
            Self::Login { next } => super::auth::login_redirect(&next),
            Self::Expired => pages::message(
                StatusCode::FORBIDDEN,
                "This form expired or did not come from this dashboard. Reload the page and try again.",
            ),
            Self::Message(status, text) => pages::message(status, &text),
            Self::Internal { what, detail } => {
                tracing::error!(error = %detail, "{what}");
                pages::message(StatusCode::INTERNAL_SERVER_ERROR, INTERNAL_ERROR)
            }
            Self::Response(response) => *response,
        }
    }
}

/// `result.or_fail("cannot list tags")?`: an internal failure with what was being done.
pub trait OrFail<T> {
    fn or_fail(self, what: &'static str) -> Result<T, PageError>;
}

impl<T, E: std::fmt::Display> OrFail<T> for Result<T, E> {
    fn or_fail(self, what: &'static str) -> Result<T, PageError> {
        self.map_err(|e| PageError::internal(what, &e))
    }
}
