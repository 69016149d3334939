//! Custom embeds: a panel's message, a welcome message, a tag. What an admin sets is checked
//! against Discord's limits when saved (Channel → Embed Object, "Embed Limits"); placeholders
//! expand when a ticket opens, so what is sent is clipped field by field to those limits and a
//! send never fails on length.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::msg;

/// Discord's embed limits (Channel → Embed Limits).
pub const TITLE_MAX: usize = 256;
pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELDS_MAX: usize = 25;
pub const FIELD_NAME_MAX: usize = 256;
pub const FIELD_VALUE_MAX: usize = 1024;
pub const FOOTER_MAX: usize = 2048;
pub const AUTHOR_MAX: usize = 256;
/// Every text of an embed together.
pub const TOTAL_MAX: usize = 6000;
/// The longest URL ticketbox stores.
pub const URL_MAX: usize = 2048;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmbedField {
    pub name: String,
    pub value: String,
    #[serde(default)]
    pub inline: bool,
}

/// An embed as an admin sets it. Empty strings are "not set". Where the embed sits decides
/// which parts come from elsewhere (a panel's title, text and colour are the panel's own).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EmbedSpec {
    pub title: String,
    pub description: String,
    /// The title's link.
    pub url: String,
    pub colour: Option<u32>,
    pub author_name: String,
    pub author_icon_url: String,
    pub author_url: String,
    pub image_url: String,
    pub thumbnail_url: String,
    pub footer_text: String,
    pub footer_icon_url: String,
    /// Show the time of sending.
    pub timestamp: bool,
    pub fields: Vec<EmbedField>,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Checks that `raw` (trimmed, non-empty) is an absolute http(s) URL with a host. `what`
/// names the field in the refusal.
pub fn check_url(raw: &str, what: Msg) -> Result<(), Msg> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(());
    }
    if chars(raw) > URL_MAX {
        return Err(msg!("rule-embed-too-long", field = what, max = URL_MAX));
    }
    let usable = url::Url::parse(raw).is_ok_and(|url| {
        matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty())
    });
    if !usable {
        return Err(msg!("rule-embed-url-invalid", field = what));
    }
    Ok(())
}

impl EmbedSpec {
    /// Whether nothing is set beyond what the embed's place fills in.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The texts Discord counts towards [`TOTAL_MAX`].
    pub fn total_chars(&self) -> usize {
        chars(&self.title)
            + chars(&self.description)
            + chars(&self.author_name)
            + chars(&self.footer_text)
            + self
                .fields
                .iter()
                .map(|f| chars(&f.name) + chars(&f.value))
                .sum::<usize>()
    }

    /// Discord's limits, each refusal naming the field. `label` names the embed
    /// (`rule-embed-name-welcome`: "Welcome embed").
    pub fn validate(&self, label: &Msg) -> Result<(), Msg> {
        let part = |what: Msg| msg!("rule-embed-part", embed = label.clone(), part = what);
        let long = |text: &str, max: usize, what: Msg| {
            if chars(text) > max {
                Err(msg!("rule-embed-too-long", field = part(what), max = max))
            } else {
                Ok(())
            }
        };
        long(&self.title, TITLE_MAX, msg!("rule-embed-part-title"))?;
        long(
            &self.description,
            DESCRIPTION_MAX,
            msg!("rule-embed-part-description"),
        )?;
        long(
            &self.author_name,
            AUTHOR_MAX,
            msg!("rule-embed-part-author-name"),
        )?;
        long(
            &self.footer_text,
            FOOTER_MAX,
            msg!("rule-embed-part-footer"),
        )?;
        if self.colour.is_some_and(|c| c > 0x00FF_FFFF) {
            return Err(msg!("rule-embed-colour", embed = label.clone()));
        }
        for (url, what) in [
            (&self.url, msg!("rule-embed-part-link")),
            (&self.author_icon_url, msg!("rule-embed-part-author-icon")),
            (&self.author_url, msg!("rule-embed-part-author-link")),
            (&self.image_url, msg!("rule-embed-part-image")),
            (&self.thumbnail_url, msg!("rule-embed-part-thumbnail")),
            (&self.footer_icon_url, msg!("rule-embed-part-footer-icon")),
        ] {
            check_url(url, part(what))?;
        }
        // An author's icon and link need its name; a footer's icon its text.
        if self.author_name.trim().is_empty()
            && !(self.author_icon_url.trim().is_empty() && self.author_url.trim().is_empty())
        {
            return Err(msg!("rule-embed-author-needs-name", embed = label.clone()));
        }
        if self.footer_text.trim().is_empty() && !self.footer_icon_url.trim().is_empty() {
            return Err(msg!("rule-embed-footer-needs-text", embed = label.clone()));
        }
        if self.fields.len() > FIELDS_MAX {
            return Err(msg!(
                "rule-embed-too-many-fields",
                embed = label.clone(),
                max = FIELDS_MAX
            ));
        }
        for (i, f) in self.fields.iter().enumerate() {
            let n = i + 1;
            if f.name.trim().is_empty() || f.value.trim().is_empty() {
                return Err(msg!(
                    "rule-embed-field-incomplete",
                    embed = label.clone(),
                    n = n
                ));
            }
            long(
                &f.name,
                FIELD_NAME_MAX,
                msg!("rule-embed-part-field-name", n = n),
            )?;
            long(
                &f.value,
                FIELD_VALUE_MAX,
                msg!("rule-embed-part-field-value", n = n),
            )?;
        }
        let total = self.total_chars();
        if total > TOTAL_MAX {
            return Err(msg!(
                "rule-embed-total-too-long",
                embed = label.clone(),
                total = total,
                max = TOTAL_MAX
            ));
        }
        Ok(())
    }

    /// Every text with `expand` applied (placeholders); links and images stay as set.
    #[must_use]
    pub fn expanded(&self, expand: impl Fn(&str) -> String) -> Self {
        Self {
            title: expand(&self.title),
            description: expand(&self.description),
            author_name: expand(&self.author_name),
            footer_text: expand(&self.footer_text),
            fields: self
                .fields
                .iter()
                .map(|f| EmbedField {
                    name: expand(&f.name),
                    value: expand(&f.value),
                    inline: f.inline,
                })
                .collect(),
            ..self.clone()
        }
    }

    /// Within Discord's limits whatever placeholders made of it: each text clipped to its own
    /// limit, fields past 25 and empty ones dropped, then — while the whole is over 6,000 —
    /// fields dropped from the end and the description shortened.
    #[must_use]
    pub fn clipped(&self) -> Self {
        let mut e = self.clone();
        e.title = clip(&e.title, TITLE_MAX);
        e.description = clip(&e.description, DESCRIPTION_MAX);
        e.author_name = clip(&e.author_name, AUTHOR_MAX);
        e.footer_text = clip(&e.footer_text, FOOTER_MAX);
        e.fields
            .retain(|f| !f.name.trim().is_empty() && !f.value.trim().is_empty());
        e.fields.truncate(FIELDS_MAX);
        for f in &mut e.fields {
            f.name = clip(&f.name, FIELD_NAME_MAX);
            f.value = clip(&f.value, FIELD_VALUE_MAX);
        }
        while e.total_chars() > TOTAL_MAX && !e.fields.is_empty() {
            e.fields.pop();
        }
        let over = e.total_chars().saturating_sub(TOTAL_MAX);
        if over > 0 {
            let keep = chars(&e.description).saturating_sub(over);
            e.description = clip(&e.description, keep.max(1));
        }
        e
    }
}

/// At most `max` characters, ending in "…" when cut.
pub fn clip(text: &str, max: usize) -> String {
    if chars(text) <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Reads one embed field as typed in one line: `name | value` or `name | value | inline`.
pub fn parse_field_line(raw: &str) -> Result<EmbedField, Msg> {
    let mut parts = raw.splitn(3, '|').map(str::trim);
    let name = parts.next().unwrap_or_default().to_owned();
    let value = parts.next().unwrap_or_default().to_owned();
    let inline = match parts.next() {
        None | Some("") => false,
        Some(flag) if flag.eq_ignore_ascii_case("inline") => true,
        Some(other) => {
            return Err(msg!(
                "rule-embed-field-line-inline",
                got = format!("{other:?}")
            ));
        }
    };
    if name.is_empty() || value.is_empty() {
        return Err(msg!("rule-embed-field-line-format"));
    }
    Ok(EmbedField {
        name,
        value,
        inline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> EmbedSpec {
        EmbedSpec {
            title: "Support".into(),
            description: "Hello %user%".into(),
            image_url: "https://example.com/banner.png".into(),
            fields: vec![EmbedField {
                name: "Hours".into(),
                value: "9-17".into(),
                inline: true,
            }],
            ..EmbedSpec::default()
        }
    }

    #[test]
    fn urls_must_be_http_with_a_host() {
        assert!(spec().validate(&msg!("rule-embed-name-panel")).is_ok());
        for bad in [
            "ftp://example.com/a.png",
            "javascript:alert(1)",
            "example.com/a.png",
            "https://",
            "data:image/png;base64,AA",
        ] {
            let e = EmbedSpec {
                thumbnail_url: bad.into(),
                ..spec()
            };
            let err = e
                .validate(&msg!("rule-embed-name-panel"))
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("Panel embed thumbnail:"), "{bad}: {err}");
        }
        assert!(check_url("http://img.example/x", msg!("rule-embed-part-image")).is_ok());
    }

    #[test]
    fn limits_name_the_field() {
        let err = |e: EmbedSpec| {
            e.validate(&msg!("rule-embed-name-welcome"))
                .unwrap_err()
                .to_string()
        };
        assert!(
            err(EmbedSpec {
                title: "t".repeat(257),
                ..spec()
            })
            .contains("title: at most 256")
        );
        let mut many = spec();
        many.fields = vec![spec().fields[0].clone(); 26];
        assert!(err(many).contains("fields: at most 25"));
        let mut long_value = spec();
        long_value.fields[0].value = "v".repeat(1025);
        assert!(err(long_value).contains("field 1 value: at most 1024"));
        let mut total = spec();
        total.description = "d".repeat(4000);
        total.fields = (0..3)
            .map(|_| EmbedField {
                name: "n".into(),
                value: "v".repeat(1000),
                inline: false,
            })
            .collect();
        assert!(err(total).contains("characters in all"));
        assert!(
            err(EmbedSpec {
                author_icon_url: "https://a.example/i.png".into(),
                ..spec()
            })
            .contains("author")
        );
        assert!(
            err(EmbedSpec {
                footer_icon_url: "https://a.example/i.png".into(),
                ..spec()
            })
            .contains("footer")
        );
        let mut blank = spec();
        blank.fields[0].value = " ".into();
        assert!(err(blank).contains("field 1: needs a name and a value"));
    }

    #[test]
    fn placeholders_expand_everywhere_and_sending_clips() {
        let e = spec().expanded(|t| t.replace("%user%", "Ally"));
        assert_eq!(e.description, "Hello Ally");
        assert_eq!(e.image_url, spec().image_url, "links are not expanded");
        // A placeholder that grew past every limit: clipped, never refused.
        let huge = spec().expanded(|t| {
            t.replace("%user%", &"x".repeat(9000))
                .replace("9-17", &"y".repeat(2000))
        });
        let sent = EmbedSpec {
            fields: vec![huge.fields[0].clone(); 30],
            ..huge
        }
        .clipped();
        assert!(
            sent.validate(&msg!("rule-embed-name-welcome")).is_ok(),
            "{}",
            sent.total_chars()
        );
        assert_eq!(chars(&sent.fields[0].value), FIELD_VALUE_MAX);
        assert!(sent.description.ends_with('…'));
        assert!(sent.total_chars() <= TOTAL_MAX);
    }

    #[test]
    fn field_lines() {
        assert_eq!(
            parse_field_line("Hours | 9-17 | inline").unwrap(),
            EmbedField {
                name: "Hours".into(),
                value: "9-17".into(),
                inline: true
            }
        );
        assert!(!parse_field_line("a|b").unwrap().inline);
        assert!(parse_field_line("a").is_err());
        assert!(
            parse_field_line("a|b|wide")
                .unwrap_err()
                .to_string()
                .contains("inline")
        );
    }
}
