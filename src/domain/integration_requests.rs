//! Turning an integration's templates into a request (placeholders filled, each escaped for
//! where it stands: percent-encoded in the URL, JSON string contents in the body, one line in
//! a header) and reading its outputs from the JSON answer.

use std::collections::BTreeMap;

use super::integrations::{IntegrationSpec, Method};
use crate::ids::{GuildId, PanelId, UserId};

/// What a request can be filled with.
pub struct RequestFacts<'a> {
    pub user: UserId,
    pub guild: GuildId,
    pub ticket_number: u32,
    pub panel: Option<PanelId>,
    /// The integration's secrets, opened.
    pub secrets: &'a BTreeMap<String, String>,
    /// The opener's answers to text and choice questions, by question label.
    pub answers: &'a [(String, String)],
}

impl RequestFacts<'_> {
    /// The value of `%name%`, or `None` for a name it does not know.
    fn value(&self, name: &str) -> Option<String> {
        match name {
            "user_id" => Some(self.user.to_string()),
            "guild_id" => Some(self.guild.to_string()),
            "ticket_id" => Some(self.ticket_number.to_string()),
            "panel_id" => Some(self.panel.map(|p| p.get().to_string()).unwrap_or_default()),
            _ => {
                if let Some(secret) = name.strip_prefix("secret:") {
                    return self.secrets.get(secret).cloned();
                }
                let label = name.strip_prefix("form:")?;
                Some(
                    self.answers
                        .iter()
                        .find(|(l, _)| l.trim().eq_ignore_ascii_case(label.trim()))
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default(),
                )
            }
        }
    }
}

/// A request ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    /// JSON (POST with a body only).
    pub body: Option<String>,
}

/// Replaces each `%name%` of `template` with `fill(name)`, escaped by `escape`; unknown names
/// stay as written.
fn fill_with(
    template: &str,
    value: &dyn Fn(&str) -> Option<String>,
    escape: &dyn Fn(&str) -> String,
) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('%') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let found = after
            .find('%')
            .and_then(|end| value(&after[..end]).map(|v| (v, end)));
        if let Some((v, end)) = found {
            out.push_str(&escape(&v));
            rest = &after[end + 1..];
        } else {
            out.push('%');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// A JSON body template filled: every placeholder becomes JSON string contents (quotes,
/// backslashes and control characters escaped), so a value cannot break out of its string.
pub fn fill_json(template: &str, value: &dyn Fn(&str) -> String) -> String {
    fill_with(
        template,
        &|name| super::integrations::is_placeholder(name).then(|| value(name)),
        &|v| {
            let quoted = serde_json::Value::String(v.to_owned()).to_string();
            quoted[1..quoted.len() - 1].to_owned()
        },
    )
}

/// The request for `spec` with `facts`.
pub fn prepare(spec: &IntegrationSpec, facts: &RequestFacts<'_>) -> Prepared {
    let value = |name: &str| facts.value(name);
    let url = fill_with(&spec.url, &value, &|v| {
        url::form_urlencoded::byte_serialize(v.as_bytes()).collect()
    });
    let headers = spec
        .headers
        .iter()
        .map(|(name, template)| {
            let one_line = |v: &str| v.replace(['\r', '\n'], " ");
            (
                name.trim().to_owned(),
                fill_with(template, &value, &one_line),
            )
        })
        .collect();
    let body = (spec.method == Method::Post && !spec.body.trim().is_empty())
        .then(|| fill_json(&spec.body, &|name| facts.value(name).unwrap_or_default()));
    Prepared {
        method: spec.method,
        url,
        headers,
        body,
    }
}

/// One step of an output's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Parses `data.user.name`, `items[0].id`, `[2]`.
pub fn parse_path(raw: &str) -> Result<Vec<Step>, crate::i18n::Msg> {
    use crate::msg;
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 200 {
        return Err(msg!("rule-integration-path-format"));
    }
    let path = || format!("{raw:?}");
    let mut steps = Vec::new();
    for part in raw.split('.') {
        let (key, mut indexes) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            steps.push(Step::Key(key.to_owned()));
        } else if indexes.is_empty() {
            return Err(msg!("rule-integration-path-empty-part", path = path()));
        }
        while !indexes.is_empty() {
            let close = indexes
                .find(']')
                .ok_or_else(|| msg!("rule-integration-path-unclosed", path = path()))?;
            let n = indexes[1..close].parse().map_err(|_| {
                msg!(
                    "rule-integration-path-index",
                    path = path(),
                    index = &indexes[1..close]
                )
            })?;
            steps.push(Step::Index(n));
            indexes = &indexes[close + 1..];
            if !indexes.is_empty() && !indexes.starts_with('[') {
                return Err(msg!("rule-integration-path-shape", path = path()));
            }
        }
    }
    Ok(steps)
}

/// What `path` finds in `answer` as text: strings as they are, numbers and booleans written
/// out; `None` for nothing, null, or an object or array.
pub fn read(answer: &serde_json::Value, path: &str) -> Option<String> {
    let steps = parse_path(path).ok()?;
    let mut at = answer;
    for step in &steps {
        at = match step {
            Step::Key(k) => at.get(k)?,
            Step::Index(i) => at.get(*i)?,
        };
    }
    match at {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The welcome placeholders `spec` yields from `answer` (`None`: it failed), each clipped to
/// 1,024 characters; fallbacks where the answer lacks a value.
pub fn outputs(
    spec: &IntegrationSpec,
    answer: Option<&serde_json::Value>,
) -> Vec<(String, String)> {
    spec.outputs
        .iter()
        .map(|o| {
            let found = answer.and_then(|a| read(a, &o.path));
            let text = found.unwrap_or_else(|| o.fallback.clone());
            (o.name.clone(), super::embeds::clip(&text, 1_024))
        })
        .collect()
}

#[cfg(test)]
#[path = "integration_requests_tests.rs"]
mod tests;
