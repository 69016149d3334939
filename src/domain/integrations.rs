//! Server-made HTTP integrations (TicketsBot's custom integrations): a request a server admin
//! defines — URL, method, JSON body, headers, secrets — sent when a ticket opens, and output
//! placeholders read from its JSON answer for the welcome message. What a request may carry is
//! bounded here: the opener's user id, the server's id, the ticket's number and panel, the
//! integration's own secrets, and — only where the admin wrote `%form:<label>%` — the opener's
//! answers to text and choice questions. Never message content, never picker answers, never
//! anyone else's data.

use std::collections::BTreeSet;

use super::embeds::check_url;

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

/// A placeholder name of outputs and secrets: letters, digits and `_`, 1 to 32.
fn check_name(raw: &str, what: &str) -> Result<(), String> {
    if raw.is_empty()
        || chars(raw) > 32
        || !raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(format!(
            "{what}: 1 to 32 letters, digits or _ (got {raw:?})."
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

/// Whether a placeholder a request template names is one it may use.
fn check_request_placeholders(
    template: &str,
    secrets: &[String],
    what: &str,
) -> Result<(), String> {
    for name in placeholders_in(template) {
        if REQUEST_PLACEHOLDERS.contains(&name.as_str()) {
            continue;
        }
        if let Some(secret) = name.strip_prefix("secret:") {
            if secrets.iter().any(|s| s == secret) {
                continue;
            }
            return Err(format!(
                "{what}: %secret:{secret}% names no secret of this integration."
            ));
        }
        if name.starts_with("form:") {
            continue;
        }
        return Err(format!(
            "{what}: %{name}% is not a placeholder a request can use (%user_id%, %guild_id%, \
             %ticket_id%, %panel_id%, %secret:NAME%, %form:question%)."
        ));
    }
    Ok(())
}

impl IntegrationSpec {
    /// Checks everything an admin typed, naming the field; `builtin` are the welcome
    /// placeholders an output may not shadow.
    pub fn validate(&self, builtin: &[&str]) -> Result<(), String> {
        let name = self.name.trim();
        if name.is_empty() || chars(name) > MAX_NAME {
            return Err(format!("Name: 1 to {MAX_NAME} characters."));
        }
        if chars(&self.description) > MAX_DESCRIPTION {
            return Err(format!(
                "Description: at most {MAX_DESCRIPTION} characters."
            ));
        }
        check_url(&self.image_url, "Image URL")?;
        check_url(&self.privacy_url, "Privacy policy URL")?;
        if chars(&self.url) > MAX_URL {
            return Err(format!("Request URL: at most {MAX_URL} characters."));
        }
        let sample = self.url.replace('%', "");
        let parsed = url::Url::parse(sample.trim()).map_err(|_| {
            "Request URL: a web address starting with https:// or http://.".to_owned()
        })?;
        super::ssrf::check_url(&parsed, "Request URL")?;
        self.validate_secrets()?;
        check_request_placeholders(&self.url, &self.secrets, "Request URL")?;
        self.validate_body()?;
        self.validate_headers()?;
        self.validate_outputs(builtin)?;
        if !(1..=MAX_TIMEOUT_SECS).contains(&self.timeout_secs) {
            return Err(format!("Timeout: 1 to {MAX_TIMEOUT_SECS} seconds."));
        }
        Ok(())
    }

    fn validate_body(&self) -> Result<(), String> {
        if self.method == Method::Get {
            if !self.body.trim().is_empty() {
                return Err("Body: a GET request has no body; choose POST.".to_owned());
            }
            return Ok(());
        }
        if chars(&self.body) > MAX_BODY {
            return Err(format!("Body: at most {MAX_BODY} characters."));
        }
        if self.body.trim().is_empty() {
            return Ok(());
        }
        check_request_placeholders(&self.body, &self.secrets, "Body")?;
        // Placeholders are filled as JSON string contents, so the template with each one
        // replaced by a plain word must already be JSON.
        let sample = super::integration_requests::fill_json(&self.body, &|_| "x".to_owned());
        serde_json::from_str::<serde_json::Value>(&sample)
            .map(|_| ())
            .map_err(|e| format!("Body: not JSON ({e}); put placeholders inside quotes."))
    }

    fn validate_headers(&self) -> Result<(), String> {
        if self.headers.len() > MAX_HEADERS {
            return Err(format!("Headers: at most {MAX_HEADERS}."));
        }
        let mut seen = BTreeSet::new();
        for (name, value) in &self.headers {
            let lower = name.trim().to_ascii_lowercase();
            let token = !lower.is_empty()
                && lower
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$&'*+-.^_`|~".contains(c));
            if !token {
                return Err(format!("Header {name:?}: not a valid header name."));
            }
            if REFUSED_HEADERS.contains(&lower.as_str()) {
                return Err(format!(
                    "Header {name}: set by the HTTP client, an integration cannot set it."
                ));
            }
            if !seen.insert(lower) {
                return Err(format!("Header {name}: given twice."));
            }
            if value.contains(['\r', '\n']) || chars(value) > 1_000 {
                return Err(format!(
                    "Header {name}: one line of at most 1,000 characters."
                ));
            }
            check_request_placeholders(value, &self.secrets, &format!("Header {name}"))?;
        }
        Ok(())
    }

    fn validate_secrets(&self) -> Result<(), String> {
        if self.secrets.len() > MAX_SECRETS {
            return Err(format!("Secrets: at most {MAX_SECRETS}."));
        }
        let mut seen = BTreeSet::new();
        for s in &self.secrets {
            check_name(s, "Secret name")?;
            if !seen.insert(s.to_ascii_lowercase()) {
                return Err(format!("Secret {s}: given twice."));
            }
        }
        Ok(())
    }

    fn validate_outputs(&self, builtin: &[&str]) -> Result<(), String> {
        if self.outputs.len() > MAX_OUTPUTS {
            return Err(format!("Placeholders: at most {MAX_OUTPUTS}."));
        }
        let mut seen = BTreeSet::new();
        for o in &self.outputs {
            check_name(&o.name, "Placeholder name")?;
            if o.name != o.name.to_lowercase() {
                return Err(format!("Placeholder {}: lower-case letters only.", o.name));
            }
            if builtin.contains(&o.name.as_str()) {
                return Err(format!(
                    "Placeholder {}: ticketbox already has %{}%; pick another name.",
                    o.name, o.name
                ));
            }
            if !seen.insert(o.name.clone()) {
                return Err(format!("Placeholder {}: given twice.", o.name));
            }
            super::integration_requests::parse_path(&o.path)
                .map_err(|e| format!("Placeholder {} path: {e}", o.name))?;
            if chars(&o.fallback) > 200 {
                return Err(format!(
                    "Placeholder {} fallback: at most 200 characters.",
                    o.name
                ));
            }
        }
        Ok(())
    }

    /// What the integration receives, as the page adding it shows it.
    pub fn data_sent(&self) -> Vec<String> {
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
                "user_id" => "the opener's Discord user ID".to_owned(),
                "guild_id" => "this server's ID".to_owned(),
                "ticket_id" => "the ticket's number".to_owned(),
                "panel_id" => "the panel's ID".to_owned(),
                other => format!(
                    "the opener's answer to the form question {:?}",
                    other.trim_start_matches("form:")
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
