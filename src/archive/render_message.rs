//! One message of the HTML transcript as Discord shows it: avatar, name, time, reply line,
//! markdown content, embeds, attachments and reactions.

use std::fmt::Write as _;

use super::markdown;
use super::render::{attachment_lines, escape, inline_image_type, utc};
use super::transcript::{Attachment, Message, Transcript};
use crate::ids::UserId;

/// What a reply points at.
pub(super) struct Reply<'a> {
    pub(super) href: String,
    pub(super) original: Option<&'a Message>,
}

/// The avatar: Discord's CDN image in the dashboard, an initial otherwise (the standalone page
/// loads nothing from outside).
fn avatar_html(out: &mut String, t: &Transcript, user: UserId, linked: bool) {
    let p = t.participants.get(&user);
    match p.and_then(|p| p.avatar.as_deref()) {
        Some(hash) if linked && hash.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
            let _ = write!(
                out,
                "<img class=\"av\" src=\"https://cdn.discordapp.com/avatars/{user}/{hash}.png?size=64\" alt=\"\" loading=\"lazy\">"
            );
        }
        _ => {
            let initial = t.name_of(user).chars().next().unwrap_or('?');
            let mut buf = [0; 4];
            let _ = write!(
                out,
                "<span class=\"av\" aria-hidden=\"true\">{}</span>",
                escape(initial.encode_utf8(&mut buf))
            );
        }
    }
}

pub(super) fn message_html(
    out: &mut String,
    t: &Transcript,
    m: &Message,
    continues: bool,
    reply: Option<Reply<'_>>,
    attachment_url: Option<&dyn Fn(&str) -> String>,
) {
    let _ = write!(
        out,
        "<div class=\"m{}\" id=\"m{}\">",
        if continues { " cont" } else { "" },
        m.id
    );
    if let Some(Reply { href, original }) = reply {
        let _ = write!(out, "<div class=\"reply\"><a href=\"{href}\">↪ ");
        match original {
            Some(o) => {
                let snippet: String = o.content.chars().take(80).collect();
                let _ = write!(
                    out,
                    "<strong>{}</strong> {}",
                    escape(&t.name_of(o.author)),
                    escape(&snippet)
                );
            }
            None => out.push_str("a message not in this transcript"),
        }
        out.push_str("</a></div>");
    }
    if continues {
        out.push_str("<span class=\"av\" aria-hidden=\"true\"></span>");
    } else {
        avatar_html(out, t, m.author, attachment_url.is_some());
    }
    out.push_str("<div class=\"b\">");
    if !continues {
        let is_bot = t.participants.get(&m.author).is_some_and(|p| p.bot);
        let _ = write!(
            out,
            "<div class=\"h\"><span class=\"a\">{}</span>{}<span class=\"t\">{}</span></div>",
            escape(&t.name_of(m.author)),
            if is_bot {
                "<span class=\"bot\">BOT</span>"
            } else {
                ""
            },
            escape(&utc(m.sent_at))
        );
    }
    if !m.content.is_empty() {
        let _ = write!(out, "<div class=\"c\">{}", markdown::to_html(&m.content, t));
        if m.edited_at.is_some() {
            out.push_str(" <span class=\"x\">(edited)</span>");
        }
        out.push_str("</div>");
    }
    for e in &m.embeds {
        embed_html(out, t, e);
    }
    for a in &m.attachments {
        attachment_html(out, a, attachment_url);
    }
    for sticker in &m.stickers {
        let _ = write!(out, "<div class=\"x\">Sticker: {}</div>", escape(sticker));
    }
    if !m.reactions.is_empty() {
        out.push_str("<div class=\"reactions\">");
        for r in &m.reactions {
            let _ = write!(
                out,
                "<span class=\"r\">{} {}</span>",
                escape(&r.emoji),
                r.count
            );
        }
        out.push_str("</div>");
    }
    out.push_str("</div></div>");
}

fn embed_html(out: &mut String, t: &Transcript, e: &super::transcript::Embed) {
    let colour = e
        .colour
        .map_or_else(String::new, |c| format!(" data-colour=\"#{c:06x}\""));
    let _ = write!(out, "<div class=\"e\"{colour}>");
    if let Some(author) = &e.author {
        let _ = write!(out, "<div class=\"x\">{}</div>", escape(author));
    }
    if let Some(title) = &e.title {
        let _ = write!(out, "<div class=\"et\">{}</div>", escape(title));
    }
    if let Some(d) = &e.description {
        let _ = write!(out, "<div>{}</div>", markdown::to_html(d, t));
    }
    for f in &e.fields {
        let _ = write!(
            out,
            "<div class=\"ef\"><strong>{}</strong><div>{}</div></div>",
            escape(&f.name),
            markdown::to_html(&f.value, t)
        );
    }
    if let Some(footer) = &e.footer {
        let _ = write!(out, "<div class=\"x\">{}</div>", escape(footer));
    }
    out.push_str("</div>");
}

fn attachment_html(
    out: &mut String,
    a: &Attachment,
    attachment_url: Option<&dyn Fn(&str) -> String>,
) {
    match (&a.stored, attachment_url) {
        (Some(stored), Some(url)) => {
            let href = escape(&url(stored));
            if inline_image_type(a.content_type.as_deref()).is_some() {
                let _ = write!(
                    out,
                    "<div><a href=\"{href}\"><img class=\"att\" src=\"{href}\" alt=\"{}\" loading=\"lazy\"></a></div>",
                    escape(&a.filename)
                );
            } else {
                let _ = write!(
                    out,
                    "<div class=\"file\"><a href=\"{href}\" download>{}</a> <span class=\"x\">{}</span></div>",
                    escape(&a.filename),
                    human_size(a.size)
                );
            }
        }
        _ => {
            for line in attachment_lines(std::slice::from_ref(a)) {
                let _ = write!(out, "<div class=\"x\">{}</div>", escape(&line));
            }
        }
    }
}

/// `512 bytes`, `12.3 KB`, `4.0 MB`.
fn human_size(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // a display value
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KB", b / 1024.0)
    } else {
        format!("{:.1} MB", b / (1024.0 * 1024.0))
    }
}
