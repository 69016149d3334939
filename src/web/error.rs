//! [`PageError`]: how a dashboard handler or extractor ends early. Handlers return
//! `Result<Response, PageError>` and use `?`; the error becomes its page here, and an internal
//! failure is logged here, once, with its detail (the visitor reads only the catalog's
//! `web-internal-error`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::pages;

#[derive(Debug)]
pub enum PageError {
    /// 404 with the catalog's `web-guild-not-found`: no such server, or not the visitor's to
    /// manage.
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
            Self::NotFound => pages::message(
                StatusCode::NOT_FOUND,
                &super::lang::t("web-guild-not-found"),
            ),
            Self::Login { next } => super::auth::login_redirect(&next),
            Self::Expired => {
                pages::message(StatusCode::FORBIDDEN, &super::lang::t("web-form-expired"))
            }
            Self::Message(status, text) => pages::message(status, &text),
            Self::Internal { what, detail } => {
                tracing::error!(error = %detail, "{what}");
                pages::message(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &super::lang::t("web-internal-error"),
                )
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
