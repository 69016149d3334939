//! Server-made HTTP integrations (TicketsBot's custom integrations): a request a server admin
//! defines — URL, method, JSON body, headers, secrets — sent when a ticket opens, and output
//! placeholders read from its JSON answer for the welcome message. What a request may carry is
//! bounded here: the opener's user id, the server's id, the ticket's number and panel, the
//! integration's own secrets, and — only where the admin wrote `%form:<label>%` — the opener's
//! answers to text and choice questions. Never message content, never picker answers, never
//! anyone else's data.

use std::collections::BTreeSet;

use super::embeds::check_url;
use crate::i18n::Msg;
use crate::msg;

pub const MAX_NAME: usize = 32;
pub const MAX_DESCRIPTION: usize = 500;
pub const MAX_URL: usize = 2_000;
pub const MAX_BODY: usize = 4_000;
pub const MAX_HEADERS: usize = 5;
pub const MAX_SECRETS: usize = 5;
pub const MAX_OUTPUTS: usize = 15;
pub const MAX_SECRET_VALUE: usize = 1_000;
/// Seconds an integration may take: the default and the most an admin may set.
pub const DEFAULT_TIMEOUT_SECS: u8 = 3;
pub const MAX_TIMEOUT_SECS: u8 = 10;

/// Request placeholders every integration may use.
pub const REQUEST_PLACEHOLDERS: [&str; 4] = ["user_id", "guild_id", "ticket_id", "panel_id"];

/// Headers a request may not set: hop-by-hop ones (RFC 9110 §7.6.1), and those the HTTP client
/// owns.
const REFUSED_HEADERS: [&str; 12] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
    "expect",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim().to_ascii_uppercase().as_str() {
            "GET" => Some(Self::Get),
            "POST" => Some(Self::Post),
            _ => None,
        }
    }
}

/// A value read from the answer: `%name%` in the welcome message becomes what `path` finds
/// (`data.user.name`, `items[0].id`), or `fallback` when the answer lacks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub name: String,
    pub path: String,
    pub fallback: String,
}

/// An integration as its admin defined it (secrets' values are kept apart, sealed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegrationSpec {
    pub name: String,
    pub description: String,
    pub image_url: String,
    pub privacy_url: String,
    pub method: Method,
    pub url: String,
    /// POST only: a JSON template.
    pub body: String,
    pub headers: Vec<(String, String)>,
    /// The names of its secrets (`%secret:NAME%`).
    pub secrets: Vec<String>,
    pub outputs: Vec<Output>,
    pub timeout_secs: u8,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A placeholder name of outputs and secrets: letters, digits and `_`, 1 to 32. `what` names
/// the field.
fn check_name(raw: &str, what: Msg) -> Result<(), Msg> {
    if raw.is_empty()
        || chars(raw) > 32
        || !raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(msg!(
            "rule-integration-name-invalid",
            field = what,
            got = format!("{raw:?}")
        ));
    }
    Ok(())
}

/// Whether `name` (between two `%`) is written like a placeholder: lower-case letters, digits
/// and `_`; `secret:` and a secret's name; `form:` and a question's label (one line).
pub fn is_placeholder(name: &str) -> bool {
    let word = |w: &str, upper: bool| {
        !w.is_empty()
            && w.chars().all(|c| {
                c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || c == '_'
                    || (upper && c.is_ascii_uppercase())
            })
    };
    if let Some(secret) = name.strip_prefix("secret:") {
        return word(secret, true);
    }
    if let Some(label) = name.strip_prefix("form:") {
        return !label.trim().is_empty()
            && !label.contains(['\n', '\r', '"', '\\'])
            && chars(label) <= 45;
    }
    word(name, false)
}

/// The placeholder names in `template`, in order (a lone `%`, as in "50%", is text).
pub fn placeholders_in(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('%') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('%') else { break };
        let name = &after[..end];
        if is_placeholder(name) {
            out.push(name.to_owned());
            rest = &after[end + 1..];
        } else {
            rest = after;
        }
    }
    out
}

/// Whether a placeholder a request template names is one it may use. `what` names the field.
fn check_request_placeholders(template: &str, secrets: &[String], what: &Msg) -> Result<(), Msg> {
    for name in placeholders_in(template) {
        if REQUEST_PLACEHOLDERS.contains(&name.as_str()) {
            continue;
        }
        if let Some(secret) = name.strip_prefix("secret:") {
            if secrets.iter().any(|s| s == secret) {
                continue;
            }
            return Err(msg!(
                "rule-integration-unknown-secret",
                field = what.clone(),
                secret = secret
            ));
        }
        if name.starts_with("form:") {
            continue;
        }
        return Err(msg!(
            "rule-integration-unknown-placeholder",
            field = what.clone(),
            name = name
        ));
    }
    Ok(())
}

/// Why the request URL is refused, worded as [`super::ssrf::check_url`] decides: a scheme
/// other than http(s), credentials in the address, no host.
fn request_url_refusal(url: &url::Url) -> Msg {
    let web = matches!(url.scheme(), "http" | "https");
    let credentials = !url.username().is_empty() || url.password().is_some();
    match (web, credentials) {
        (false, _) => msg!("rule-integration-url-scheme"),
        (true, true) => msg!("rule-integration-url-credentials"),
        (true, false) => msg!("rule-integration-url-no-host"),
    }
}

impl IntegrationSpec {
    /// Checks everything an admin typed, naming the field; `builtin` are the welcome
    /// placeholders an output may not shadow.
    pub fn validate(&self, builtin: &[&str]) -> Result<(), Msg> {
        let name = self.name.trim();
        if name.is_empty() || chars(name) > MAX_NAME {
            return Err(msg!("rule-integration-name-length", max = MAX_NAME));
        }
        if chars(&self.description) > MAX_DESCRIPTION {
            return Err(msg!(
                "rule-integration-description-too-long",
                max = MAX_DESCRIPTION
            ));
        }
        check_url(&self.image_url, msg!("rule-integration-field-image-url"))?;
        check_url(
            &self.privacy_url,
            msg!("rule-integration-field-privacy-url"),
        )?;
        if chars(&self.url) > MAX_URL {
            return Err(msg!(
                "rule-embed-too-long",
                field = msg!("rule-integration-field-request-url"),
                max = MAX_URL
            ));
        }
        let sample = self.url.replace('%', "");
        let parsed =
            url::Url::parse(sample.trim()).map_err(|_| msg!("rule-integration-url-invalid"))?;
        super::ssrf::check_url(&parsed, "Request URL").map_err(|_| request_url_refusal(&parsed))?;
        self.validate_secrets()?;
        check_request_placeholders(
            &self.url,
            &self.secrets,
            &msg!("rule-integration-field-request-url"),
        )?;
        self.validate_body()?;
        self.validate_headers()?;
        self.validate_outputs(builtin)?;
        if !(1..=MAX_TIMEOUT_SECS).contains(&self.timeout_secs) {
            return Err(msg!("rule-integration-timeout", max = MAX_TIMEOUT_SECS));
        }
        Ok(())
    }

    fn validate_body(&self) -> Result<(), Msg> {
        if self.method == Method::Get {
            if !self.body.trim().is_empty() {
                return Err(msg!("rule-integration-body-with-get"));
            }
            return Ok(());
        }
        if chars(&self.body) > MAX_BODY {
            return Err(msg!("rule-integration-body-too-long", max = MAX_BODY));
        }
        if self.body.trim().is_empty() {
            return Ok(());
        }
        check_request_placeholders(
            &self.body,
            &self.secrets,
            &msg!("rule-integration-field-body"),
        )?;
        // Placeholders are filled as JSON string contents, so the template with each one
        // replaced by a plain word must already be JSON.
        let sample = super::integration_requests::fill_json(&self.body, &|_| "x".to_owned());
        serde_json::from_str::<serde_json::Value>(&sample)
            .map(|_| ())
            .map_err(|e| msg!("rule-integration-body-not-json", error = e.to_string()))
    }

    fn validate_headers(&self) -> Result<(), Msg> {
        if self.headers.len() > MAX_HEADERS {
            return Err(msg!("rule-integration-too-many-headers", max = MAX_HEADERS));
        }
        let mut seen = BTreeSet::new();
        for (name, value) in &self.headers {
            let lower = name.trim().to_ascii_lowercase();
            let token = !lower.is_empty()
                && lower
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$&'*+-.^_`|~".contains(c));
            if !token {
                return Err(msg!(
                    "rule-integration-header-name-invalid",
                    header = format!("{name:?}")
                ));
            }
            if REFUSED_HEADERS.contains(&lower.as_str()) {
                return Err(msg!("rule-integration-header-refused", header = name));
            }
            if !seen.insert(lower) {
                return Err(msg!("rule-integration-header-twice", header = name));
            }
            if value.contains(['\r', '\n']) || chars(value) > 1_000 {
                return Err(msg!("rule-integration-header-value", header = name));
            }
            check_request_placeholders(
                value,
                &self.secrets,
                &msg!("rule-integration-field-header", header = name),
            )?;
        }
        Ok(())
    }

    fn validate_secrets(&self) -> Result<(), Msg> {
        if self.secrets.len() > MAX_SECRETS {
            return Err(msg!("rule-integration-too-many-secrets", max = MAX_SECRETS));
        }
        let mut seen = BTreeSet::new();
        for s in &self.secrets {
            check_name(s, msg!("rule-integration-field-secret-name"))?;
            if !seen.insert(s.to_ascii_lowercase()) {
                return Err(msg!("rule-integration-secret-twice", secret = s));
            }
        }
        Ok(())
    }

    fn validate_outputs(&self, builtin: &[&str]) -> Result<(), Msg> {
        if self.outputs.len() > MAX_OUTPUTS {
            return Err(msg!("rule-integration-too-many-outputs", max = MAX_OUTPUTS));
        }
        let mut seen = BTreeSet::new();
        for o in &self.outputs {
            check_name(&o.name, msg!("rule-integration-field-output-name"))?;
            if o.name != o.name.to_lowercase() {
                return Err(msg!("rule-integration-output-lower-case", name = &o.name));
            }
            if builtin.contains(&o.name.as_str()) {
                return Err(msg!("rule-integration-output-builtin", name = &o.name));
            }
            if !seen.insert(o.name.clone()) {
                return Err(msg!("rule-integration-output-twice", name = &o.name));
            }
            super::integration_requests::parse_path(&o.path)
                .map_err(|e| msg!("rule-integration-output-path", name = &o.name, reason = e))?;
            if chars(&o.fallback) > 200 {
                return Err(msg!(
                    "rule-integration-output-fallback-too-long",
                    name = &o.name
                ));
            }
        }
        Ok(())
    }

    /// What the integration receives, as the page adding it shows it.
    pub fn data_sent(&self) -> Vec<crate::i18n::Msg> {
        let mut names = BTreeSet::new();
        let mut templates = vec![self.url.as_str(), self.body.as_str()];
        templates.extend(self.headers.iter().map(|(_, v)| v.as_str()));
        for t in templates {
            names.extend(placeholders_in(t));
        }
        names
            .into_iter()
            .filter(|n| !n.starts_with("secret:"))
            .map(|n| match n.as_str() {
                "user_id" => crate::msg!("rule-integration-sends-user-id"),
                "guild_id" => crate::msg!("rule-integration-sends-guild-id"),
                "ticket_id" => crate::msg!("rule-integration-sends-ticket-id"),
                "panel_id" => crate::msg!("rule-integration-sends-panel-id"),
                other => crate::msg!(
                    "rule-integration-sends-answer",
                    question = format!("{:?}", other.trim_start_matches("form:"))
                ),
            })
            .collect()
    }

    /// Whether a welcome template uses one of this integration's outputs (else it is not
    /// called at all).
    pub fn used_by(&self, template: &str) -> bool {
        self.outputs
            .iter()
            .any(|o| template.contains(&format!("%{}%", o.name)))
    }
}

#[cfg(test)]
#[path = "integrations_tests.rs"]
mod tests;
