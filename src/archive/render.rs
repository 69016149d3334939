//! Renderings of a transcript: text (one line per message) and HTML rendered like Discord
//! (avatars, names, grouped messages, markdown, mentions, embeds, replies, reactions,
//! attachments), either as a standalone page for `ticketbox transcript get` or as the
//! dashboard's viewer with attachments linked.

use std::fmt::Write as _;

use super::markdown;
use super::render_view::{self, Pager, TranscriptView};
use super::transcript::{Attachment, Transcript, shown};
use crate::i18n::{Lang, Msg};
use crate::ids::{ChannelId, MessageId, RoleId, UserId};

/// The image types shown inline, exactly (a content type is whatever the uploader's client
/// said: `image/png, text/html` or `image/svg+xml` must never be served as an image of ours).
const INLINE_IMAGES: [&str; 5] = [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/avif",
];

/// The type to show an attachment inline with, if it is a plain raster image.
pub fn inline_image_type(content_type: Option<&str>) -> Option<&'static str> {
    let essence = content_type?.split(';').next()?.trim().to_ascii_lowercase();
    INLINE_IMAGES.iter().copied().find(|t| *t == essence)
}

/// The header lines shared by text and HTML, labelled in `lang`.
fn summary(t: &Transcript, lang: Lang) -> Vec<(String, String)> {
    let k = &t.ticket;
    let label = |id: &'static str| Msg::new(id).render(lang);
    let mut rows = vec![
        (label("web-transcript-server"), t.guild.name.clone()),
        (label("web-transcript-ticket"), format!("#{}", k.number)),
        (
            label("web-transcript-panel"),
            k.panel.clone().unwrap_or_else(|| "—".into()),
        ),
        (label("web-transcript-opened-by"), t.name_in(k.opener, lang)),
        (
            label("web-transcript-opened"),
            lang.date_time_utc(k.opened_at),
        ),
        (
            label("web-transcript-claimed-by"),
            k.claimed_by
                .map_or_else(|| "—".into(), |u| t.name_in(u, lang)),
        ),
        (
            label("web-transcript-closed-by"),
            k.closed_by
                .map_or_else(|| "—".into(), |u| t.name_in(u, lang)),
        ),
        (
            label("web-transcript-closed"),
            lang.date_time_utc(k.closed_at),
        ),
        (
            label("web-transcript-reason"),
            k.close_reason
                .as_deref()
                .map_or_else(|| "—".into(), |r| shown(r, lang)),
        ),
    ];
    if let Some(subject) = &k.subject {
        rows.push((label("web-transcript-subject"), shown(subject, lang)));
    }
    if !k.labels.is_empty() {
        rows.push((label("web-transcript-labels"), k.labels.join(", ")));
    }
    for (answer_label, value) in &k.answers {
        rows.push((
            answer_label.clone(),
            named_mentions(t, &shown(value, lang), lang),
        ));
    }
    rows
}

/// What is known of each attachment, one line each, in `lang`.
pub(super) fn attachment_lines(attachments: &[Attachment], lang: Lang) -> Vec<String> {
    attachments
        .iter()
        .map(|a| {
            let name = a.filename.as_str();
            let line = match (&a.stored, &a.skipped) {
                (Some(_), _) => Msg::new("web-transcript-attachment")
                    .arg("name", name)
                    .arg("size", a.size),
                (None, Some(why)) => Msg::new("web-transcript-attachment-skipped")
                    .arg("name", name)
                    .arg("reason", super::notes::skip_reason_arg(why)),
                (None, None) => Msg::new("web-transcript-attachment-plain").arg("name", name),
            };
            line.render(lang)
        })
        .collect()
}

/// Plain text for a terminal: every control character a message, name or embed may carry
/// (C0 and C1, DEL, a carriage return that would overwrite the line) is dropped, except newline
/// and tab, so printing a transcript cannot move the cursor, recolour or retitle the terminal.
pub fn text(t: &Transcript) -> String {
    terminal_safe(&plain_text(t))
}

/// `s` without C0/C1 control characters and DEL, newlines and tabs kept.
pub fn terminal_safe(s: &str) -> String {
    s.chars()
        .filter(|c| matches!(c, '\n' | '\t') || !c.is_control())
        .collect()
}

/// The command line's text: English.
fn plain_text(t: &Transcript) -> String {
    let lang = Lang::EnUs;
    let mut out = String::new();
    for (k, v) in summary(t, lang) {
        let _ = writeln!(out, "{k}: {v}");
    }
    for note in &t.notes {
        let _ = writeln!(out, "Note: {}", super::notes::note(note).render(lang));
    }
    out.push('\n');
    for m in &t.messages {
        let edited = if m.edited_at.is_some() {
            " (edited)"
        } else {
            ""
        };
        let reply = m
            .reply_to
            .map(|r| format!(" (reply to {r})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "[{}] {}{reply}{edited}: {}",
            lang.date_time_utc(m.sent_at),
            t.name_of(m.author),
            m.content
        );
        for e in &m.embeds {
            let title = e.title.as_deref().unwrap_or("");
            let body = e.description.as_deref().unwrap_or("");
            let _ = writeln!(out, "    [embed] {title} {body}");
            for f in &e.fields {
                let _ = writeln!(out, "    [field] {}: {}", f.name, f.value);
            }
        }
        for line in attachment_lines(&m.attachments, lang) {
            let _ = writeln!(out, "    {line}");
        }
        if !m.reactions.is_empty() {
            let r: Vec<String> = m
                .reactions
                .iter()
                .map(|r| format!("{} {}", r.emoji, r.count))
                .collect();
            let _ = writeln!(out, "    [reactions] {}", r.join(", "));
        }
    }
    out
}

/// The transcript page without the dashboard's top bar: `transcript get`'s standalone page
/// (styles inline, nothing loaded from outside) unless `t.links` says otherwise.
#[derive(askama::Template)]
#[template(path = "transcript.html")]
struct Standalone {
    t: TranscriptView,
}

/// A self-contained page (no scripts, no external resources), for `transcript get`: English.
pub fn html(t: &Transcript) -> String {
    html_with(t, None, None, None)
}

/// [`html_with_in`] in English.
pub fn html_with(
    t: &Transcript,
    links: Option<(String, String)>,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    window: Option<Window>,
) -> String {
    html_with_in(t, links, attachment_url, window, Lang::EnUs)
}

/// The page of [`view`] without the dashboard's top bar (the viewer adds it by extending the
/// template), in `lang`.
pub fn html_with_in(
    t: &Transcript,
    links: Option<(String, String)>,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    window: Option<Window>,
    lang: Lang,
) -> String {
    let page = Standalone {
        t: view(t, links, attachment_url, window, lang),
    };
    askama::Template::render(&page).unwrap_or_else(|e| format!("cannot render the transcript: {e}"))
}

/// The transcript as the template shows it. `links`: the dashboard's stylesheet and script
/// (the CSP allows nothing inline); `attachment_url(stored name)`: where archived attachments
/// are served (then images show inline and avatars come from Discord's CDN); `window`: the
/// viewer's page of a long transcript; `lang`: the language of the page's own texts (what
/// members wrote stays as written).
pub fn view(
    t: &Transcript,
    links: Option<(String, String)>,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    window: Option<Window>,
    lang: Lang,
) -> TranscriptView {
    let loaded = t.messages.len();
    let (shown, first) = match window {
        Some(w) => {
            let start = (w.page * w.per_page).saturating_sub(w.first).min(loaded);
            let end = ((w.page + 1) * w.per_page)
                .saturating_sub(w.first)
                .min(loaded);
            (start..end, w.first)
        }
        None => (0..loaded, 0),
    };
    TranscriptView {
        number: t.ticket.number,
        guild: t.guild.name.clone(),
        title: Msg::new("web-transcript-title")
            .arg("number", t.ticket.number)
            .arg("guild", &t.guild.name)
            .render(lang),
        lang,
        links,
        summary: summary(t, lang),
        notes: t
            .notes
            .iter()
            .map(|n| super::notes::note(n).render(lang))
            .collect(),
        pager: window.map(|w| pager(w, lang)),
        messages: render_view::messages(t, shown, first, window, attachment_url, lang),
    }
}

/// `text` (a form answer: plain text in the header) with its `<@id>`, `<@&id>` and `<#id>`
/// mentions written as the names the transcript recorded (a deleted role or channel named in
/// `lang`).
fn named_mentions(t: &Transcript, text: &str, lang: Lang) -> String {
    use markdown::Names as _;
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let (open, kind) = [("<@&", 'r'), ("<@!", 'u'), ("<@", 'u'), ("<#", 'c')]
            .into_iter()
            .find(|(open, _)| tail.starts_with(open))
            .unwrap_or(("<", '-'));
        let id = tail[open.len()..]
            .find('>')
            .and_then(|end| Some((tail[open.len()..open.len() + end].parse::<u64>().ok()?, end)));
        match (kind, id) {
            ('-', _) | (_, None) => {
                out.push('<');
                rest = &tail[1..];
            }
            (kind, Some((id, end))) => {
                let _ = match kind {
                    'r' => write!(
                        out,
                        "@{}",
                        t.role(id).unwrap_or_else(|| {
                            Msg::new("web-transcript-deleted-role").render(lang)
                        })
                    ),
                    'c' => write!(
                        out,
                        "#{}",
                        t.channel(id).unwrap_or_else(|| {
                            Msg::new("web-transcript-deleted-channel").render(lang)
                        })
                    ),
                    _ => write!(out, "@{}", t.user(id)),
                };
                rest = &tail[open.len() + end + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Mentions resolved with the names the transcript recorded (deleted roles and channels in
/// English: [`Named`] names them in a page's language).
impl markdown::Names for Transcript {
    fn user(&self, id: u64) -> String {
        self.name_of(UserId::new(id))
    }

    fn role(&self, id: u64) -> Option<String> {
        self.roles.get(&RoleId::new(id)).cloned()
    }

    fn channel(&self, id: u64) -> Option<String> {
        self.channels.get(&ChannelId::new(id)).cloned()
    }
}

/// A transcript's names for a page in `lang`: recorded names as they were, deleted roles and
/// channels named in the page's language.
pub(super) struct Named<'a> {
    pub(super) t: &'a Transcript,
    pub(super) lang: Lang,
}

impl markdown::Names for Named<'_> {
    fn user(&self, id: u64) -> String {
        self.t.name_in(UserId::new(id), self.lang)
    }

    fn role(&self, id: u64) -> Option<String> {
        markdown::Names::role(self.t, id)
    }

    fn channel(&self, id: u64) -> Option<String> {
        markdown::Names::channel(self.t, id)
    }

    fn deleted_role(&self, id: u64) -> String {
        // The id as text: Fluent numbers are floats, which would round a snowflake.
        Msg::new("web-transcript-deleted-role-id")
            .arg("id", id.to_string())
            .render(self.lang)
    }

    fn deleted_channel(&self, id: u64) -> String {
        Msg::new("web-transcript-deleted-channel-id")
            .arg("id", id.to_string())
            .render(self.lang)
    }

    fn time(&self, at: crate::clock::Timestamp) -> String {
        self.lang.date_time_utc(at)
    }
}

/// The longest transcript the viewer shows on one page (`?all=1`); longer ones are paged only
/// (`ticketbox transcript get` writes a whole one).
pub const SHOW_ALL_UP_TO: usize = 5_000;

/// A page of a long transcript in the viewer: messages `page * per_page ..` (the first page
/// is 0). The transcript given with it may hold only some of the messages (the segments the
/// page needs): the first of them is at position `first` of `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub page: usize,
    pub per_page: usize,
    pub first: usize,
    pub total: usize,
}

impl Window {
    /// How many pages `messages` make (at least one).
    pub fn pages(self, messages: usize) -> usize {
        messages.div_ceil(self.per_page.max(1)).max(1)
    }
}

/// Where a link to message `index` goes: this page's anchor, or another page's.
pub(super) fn message_href(id: MessageId, index: Option<usize>, window: Option<Window>) -> String {
    match (index, window) {
        (Some(i), Some(w)) if i / w.per_page.max(1) != w.page => {
            format!("?page={}#m{id}", i / w.per_page.max(1))
        }
        // Not among the messages loaded: the viewer finds its page.
        (None, Some(_)) => format!("?message={id}"),
        _ => format!("#m{id}"),
    }
}

fn pager(w: Window, lang: Lang) -> Pager {
    let pages = w.pages(w.total);
    let from = (w.page * w.per_page).min(w.total) + 1;
    let to = ((w.page + 1) * w.per_page).min(w.total);
    Pager {
        prev: w.page.checked_sub(1),
        next: (w.page + 1 < pages).then_some(w.page + 1),
        from,
        to,
        total: w.total,
        page: w.page + 1,
        pages,
        show_all: w.total <= SHOW_ALL_UP_TO,
        position: Msg::new("web-transcript-position")
            .arg("from", from)
            .arg("to", to)
            .arg("total", w.total)
            .arg("page", w.page + 1)
            .arg("pages", pages)
            .render(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_control_characters_are_dropped() {
        assert_eq!(
            terminal_safe("a\u{1b}[31mb\u{7}c\r\u{9b}d\u{7f}\te\nf\u{0}"),
            "a[31mbcd\te\nf"
        );
        assert_eq!(terminal_safe("plain ünïcode ✓"), "plain ünïcode ✓");
    }

    #[test]
    fn only_plain_raster_images_are_inline() {
        assert_eq!(inline_image_type(Some("image/png")), Some("image/png"));
        assert_eq!(
            inline_image_type(Some("IMAGE/JPEG; q=1")),
            Some("image/jpeg")
        );
        for bad in [
            "image/png, text/html",
            "image/svg+xml",
            "text/html",
            "image/png\r\nx: y",
            "",
        ] {
            assert_eq!(inline_image_type(Some(bad)), None, "{bad}");
        }
        assert_eq!(inline_image_type(None), None);
    }

    #[test]
    fn replies_link_to_the_page_of_their_original() {
        let w = Some(Window {
            page: 1,
            per_page: 10,
            first: 0,
            total: 30,
        });
        let id = MessageId::new(77);
        assert_eq!(message_href(id, Some(12), w), "#m77");
        assert_eq!(message_href(id, Some(3), w), "?page=0#m77");
        assert_eq!(message_href(id, Some(25), w), "?page=2#m77");
        assert_eq!(message_href(id, None, w), "?message=77");
        assert_eq!(message_href(id, Some(3), None), "#m77");
        let w = Window {
            page: 0,
            per_page: 500,
            first: 0,
            total: 0,
        };
        assert_eq!((w.pages(0), w.pages(500), w.pages(501)), (1, 1, 2));
    }
}
