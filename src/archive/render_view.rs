//! The HTML transcript's view: every message as Discord shows it (avatar, name, time, reply
//! line, markdown content, embeds, attachments, reactions) in plain values for the askama
//! template `transcript.html`. Markdown arrives as HTML from [`markdown::to_html`], the only
//! pre-escaped text the template inserts; askama escapes everything else.

use std::collections::HashMap;

use super::markdown;
use super::render::{Named, Window, attachment_lines, inline_image_type};
use super::transcript::{Attachment, Embed, Message, Transcript};
use crate::i18n::{Lang, Msg};
use crate::ids::{MessageId, UserId};

/// A transcript page, ready for the template.
pub struct TranscriptView {
    pub number: crate::ids::TicketNumber,
    pub guild: String,
    /// The page's title and heading (ticket number and server), in [`TranscriptView::lang`].
    pub title: String,
    /// The language of the page's own texts (`{{ t.tr("web-transcript-…") }}` in the template).
    pub lang: Lang,
    /// The dashboard's stylesheet and script; `None` for the standalone page (inline styles,
    /// nothing loaded from outside).
    pub links: Option<(String, String)>,
    pub summary: Vec<(String, String)>,
    pub notes: Vec<String>,
    pub pager: Option<Pager>,
    pub messages: Vec<MessageView>,
}

impl TranscriptView {
    /// A catalog text in the page's language.
    pub fn tr(&self, id: &'static str) -> String {
        Msg::new(id).render(self.lang)
    }

    /// A catalog text with one argument (`value` as text), in the page's language.
    pub fn tr1(
        &self,
        id: &'static str,
        name: &'static str,
        value: impl std::fmt::Display,
    ) -> String {
        Msg::new(id).arg(name, value.to_string()).render(self.lang)
    }
}

/// The viewer's page links for a long transcript.
pub struct Pager {
    pub prev: Option<usize>,
    pub next: Option<usize>,
    /// Messages `from`–`to` (1-based) of `total`, page `page` of `pages` (1-based).
    pub from: usize,
    pub to: usize,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub show_all: bool,
    /// Which messages the page shows, in words (`Messages 1–500 of 1200 (page 1 of 3)`).
    pub position: String,
}

pub struct MessageView {
    pub id: MessageId,
    /// Continues the previous message's group (no name, no avatar).
    pub continues: bool,
    pub reply: Option<ReplyView>,
    /// The avatar image (dashboard only); otherwise the name's initial is shown.
    pub avatar: Option<String>,
    pub initial: String,
    pub author: String,
    pub bot: bool,
    pub time: String,
    /// The content as HTML (markdown rendered).
    pub content: Option<String>,
    pub edited: bool,
    pub embeds: Vec<EmbedView>,
    pub attachments: Vec<AttachmentView>,
    pub stickers: Vec<String>,
    pub reactions: Vec<(String, u64)>,
}

pub struct ReplyView {
    pub href: String,
    /// The original's author and the start of its text, when it is in the transcript.
    pub original: Option<(String, String)>,
}

pub struct EmbedView {
    pub colour: Option<String>,
    pub author: Option<String>,
    pub title: Option<String>,
    /// HTML (markdown rendered).
    pub description: Option<String>,
    /// Names, and values as HTML (markdown rendered).
    pub fields: Vec<(String, String)>,
    pub footer: Option<String>,
}

pub struct AttachmentView {
    pub filename: String,
    /// Where the archived file is served (dashboard only).
    pub href: Option<String>,
    /// Shown inline (a plain raster image).
    pub image: bool,
    pub size: String,
    /// What is known of a file that was not archived.
    pub lines: Vec<String>,
}

/// The messages of `t` shown on this page, with reply links to where their originals are.
pub(super) fn messages(
    t: &Transcript,
    shown: std::ops::Range<usize>,
    first: usize,
    window: Option<Window>,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    lang: Lang,
) -> Vec<MessageView> {
    let by_id: HashMap<MessageId, usize> = t
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, first + i))
        .collect();
    let mut previous: Option<&Message> = None;
    let mut views = Vec::with_capacity(shown.len());
    for m in &t.messages[shown] {
        // Like Discord: a message right after one by the same author, within 7 minutes and not
        // a reply, continues the group without repeating the name and avatar.
        let continues = previous.is_some_and(|p| {
            p.author == m.author
                && m.reply_to.is_none()
                && m.sent_at.millis() - p.sent_at.millis() < 7 * 60 * 1000
        });
        let reply = m.reply_to.map(|r| {
            let index = by_id.get(&r).copied();
            ReplyView {
                href: super::render::message_href(r, index, window),
                original: index.map(|i| {
                    let o = &t.messages[i - first];
                    (
                        t.name_in(o.author, lang),
                        o.content.chars().take(80).collect(),
                    )
                }),
            }
        });
        views.push(message(t, m, continues, reply, attachment_url, lang));
        previous = Some(m);
    }
    views
}

fn message(
    t: &Transcript,
    m: &Message,
    continues: bool,
    reply: Option<ReplyView>,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    lang: Lang,
) -> MessageView {
    let author = t.name_in(m.author, lang);
    let names = Named { t, lang };
    MessageView {
        id: m.id,
        continues,
        reply,
        avatar: avatar(t, m.author, attachment_url.is_some()),
        initial: author.chars().next().unwrap_or('?').to_string(),
        bot: t.participants.get(&m.author).is_some_and(|p| p.bot),
        time: lang.date_time_utc(m.sent_at),
        author,
        content: (!m.content.is_empty())
            .then(|| markdown::to_html(&super::transcript::shown(&m.content, lang), &names)),
        edited: m.edited_at.is_some(),
        embeds: m.embeds.iter().map(|e| embed(&names, e)).collect(),
        attachments: m
            .attachments
            .iter()
            .map(|a| attachment(a, attachment_url, lang))
            .collect(),
        stickers: m.stickers.clone(),
        reactions: m
            .reactions
            .iter()
            .map(|r| (r.emoji.clone(), r.count))
            .collect(),
    }
}

/// Discord's CDN image in the dashboard; none for the standalone page (it loads nothing from
/// outside) or an avatar hash that is not one.
fn avatar(t: &Transcript, user: UserId, linked: bool) -> Option<String> {
    let hash = t.participants.get(&user)?.avatar.as_deref()?;
    (linked && hash.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then(|| format!("https://cdn.discordapp.com/avatars/{user}/{hash}.png?size=64"))
}

fn embed(names: &Named<'_>, e: &Embed) -> EmbedView {
    EmbedView {
        colour: e.colour.map(|c| format!("#{c:06x}")),
        author: e.author.clone(),
        title: e.title.clone(),
        description: e
            .description
            .as_deref()
            .map(|d| markdown::to_html(d, names)),
        fields: e
            .fields
            .iter()
            .map(|f| (f.name.clone(), markdown::to_html(&f.value, names)))
            .collect(),
        footer: e.footer.clone(),
    }
}

fn attachment(
    a: &Attachment,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    lang: Lang,
) -> AttachmentView {
    let href = a
        .stored
        .as_deref()
        .zip(attachment_url)
        .map(|(s, url)| url(s));
    AttachmentView {
        filename: a.filename.clone(),
        image: inline_image_type(a.content_type.as_deref()).is_some(),
        size: human_size(a.size, lang),
        lines: if href.is_some() {
            Vec::new()
        } else {
            attachment_lines(std::slice::from_ref(a), lang)
        },
        href,
    }
}

/// `512 bytes`, `12.3 KB`, `4.0 MB` (in `lang`).
fn human_size(bytes: u64, lang: Lang) -> String {
    #[allow(clippy::cast_precision_loss)] // a display value
    let b = bytes as f64;
    if bytes < 1024 {
        Msg::new("web-transcript-size-bytes")
            .arg("count", bytes)
            .render(lang)
    } else if bytes < 1024 * 1024 {
        Msg::new("web-transcript-size-kb")
            .arg("size", format!("{:.1}", b / 1024.0))
            .render(lang)
    } else {
        Msg::new("web-transcript-size-mb")
            .arg("size", format!("{:.1}", b / (1024.0 * 1024.0)))
            .render(lang)
    }
}
