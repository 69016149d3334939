//! The dashboard's cookies: names and `Set-Cookie` values in one place. Every cookie is
//! HttpOnly. When `http.public_url` is https the cookies are Secure and carry the browser's
//! cookie prefixes: `__Host-` (Secure, this exact host, `Path=/`: a sibling subdomain cannot plant
//! or overwrite the session or setup cookie) and, for the login cookie, whose path is the
//! callback, `__Secure-`.

use axum::http::{HeaderMap, HeaderValue, header};

use crate::services::AppCore;

/// One of the dashboard's cookies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cookie {
    /// The session id (`Path=/`, `SameSite=Lax`).
    Session,
    /// Ties a login's callback to the browser that started it (`Path=/auth/callback`).
    Login,
    /// The first-run setup form's nonce (`Path=/`, `SameSite=Strict`).
    Setup,
    /// The dashboard language the visitor picked (`Path=/`, `SameSite=Lax`).
    Language,
}

impl Cookie {
    fn base(self) -> &'static str {
        match self {
            Self::Session => "tb_session",
            Self::Login => "tb_login",
            Self::Setup => "tb_setup",
            Self::Language => "tb_lang",
        }
    }

    fn attributes(self) -> &'static str {
        match self {
            Self::Session | Self::Language => "Path=/; HttpOnly; SameSite=Lax",
            Self::Login => "Path=/auth/callback; HttpOnly; SameSite=Lax",
            Self::Setup => "Path=/; HttpOnly; SameSite=Strict",
        }
    }

    /// The name the browser sends back.
    pub fn name(self, core: &AppCore) -> String {
        if !secure(core) {
            return self.base().to_owned();
        }
        let prefix = match self {
            Self::Session | Self::Setup | Self::Language => "__Host-",
            Self::Login => "__Secure-",
        };
        format!("{prefix}{}", self.base())
    }

    /// `Set-Cookie` for `value`, kept `max_age_secs`.
    pub fn set(self, core: &AppCore, value: &str, max_age_secs: i64) -> HeaderValue {
        let secure = if secure(core) { "; Secure" } else { "" };
        let cookie = format!(
            "{}={value}; {}; Max-Age={max_age_secs}{secure}",
            self.name(core),
            self.attributes()
        );
        // Names, attributes and the hex values used here are all visible ASCII.
        HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
    }

    /// `Set-Cookie` that removes the cookie.
    pub fn clear(self, core: &AppCore) -> HeaderValue {
        self.set(core, "", 0)
    }
}

/// Whether the dashboard is served over https (per `http.public_url`).
pub fn secure(core: &AppCore) -> bool {
    core.config.http.public_url.starts_with("https://")
}

/// A cookie's value by name, as the browser sent it (the first of that name).
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_owned())
}
