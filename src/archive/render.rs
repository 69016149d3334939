//! Renderings of a transcript: text (one line per message) and HTML rendered like Discord
//! (avatars, names, grouped messages, markdown, mentions, embeds, replies, reactions,
//! attachments), either as a standalone page for `ticketbox transcript get` or as the
//! dashboard's viewer with attachments linked.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::markdown;
use super::render_message::{Reply, message_html};
use super::transcript::{Attachment, Message, Transcript};
use crate::clock::Timestamp;
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

/// `YYYY-MM-DD HH:MM:SS UTC`.
pub fn utc(at: Timestamp) -> String {
    chrono::DateTime::from_timestamp_millis(at.millis()).map_or_else(
        || format!("{} ms", at.millis()),
        |t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
    )
}

/// Midnight UTC of a `YYYY-MM-DD` date (1970–9999); `None` for anything else, also for a date
/// that does not exist (31 April).
pub fn parse_date(raw: &str) -> Option<Timestamp> {
    let date = chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()?;
    if !(1970..=9999).contains(&chrono::Datelike::year(&date)) {
        return None;
    }
    let midnight = date.and_hms_opt(0, 0, 0)?.and_utc();
    Some(Timestamp::from_millis(midnight.timestamp_millis()))
}

/// The header lines shared by text and HTML.
fn summary(t: &Transcript) -> Vec<(String, String)> {
    let k = &t.ticket;
    let mut rows = vec![
        ("Server".to_owned(), t.guild.name.clone()),
        ("Ticket".to_owned(), format!("#{}", k.number)),
        (
            "Panel".to_owned(),
            k.panel.clone().unwrap_or_else(|| "—".into()),
        ),
        ("Opened by".to_owned(), t.name_of(k.opener)),
        ("Opened".to_owned(), utc(k.opened_at)),
        (
            "Claimed by".to_owned(),
            k.claimed_by.map_or_else(|| "—".into(), |u| t.name_of(u)),
        ),
        (
            "Closed by".to_owned(),
            k.closed_by.map_or_else(|| "—".into(), |u| t.name_of(u)),
        ),
        ("Closed".to_owned(), utc(k.closed_at)),
        (
            "Reason".to_owned(),
            k.close_reason.clone().unwrap_or_else(|| "—".into()),
        ),
    ];
    if let Some(subject) = &k.subject {
        rows.push(("Subject".to_owned(), subject.clone()));
    }
    for (label, value) in &k.answers {
        rows.push((label.clone(), value.clone()));
    }
    rows
}

pub(super) fn attachment_lines(attachments: &[Attachment]) -> Vec<String> {
    attachments
        .iter()
        .map(|a| match (&a.stored, &a.skipped) {
            (Some(_), _) => format!("[attachment: {} ({} bytes)]", a.filename, a.size),
            (None, Some(why)) => format!("[attachment not archived: {} — {why}]", a.filename),
            (None, None) => format!("[attachment: {}]", a.filename),
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

fn plain_text(t: &Transcript) -> String {
    let mut out = String::new();
    for (k, v) in summary(t) {
        let _ = writeln!(out, "{k}: {v}");
    }
    for note in &t.notes {
        let _ = writeln!(out, "Note: {note}");
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
            utc(m.sent_at),
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
        for line in attachment_lines(&m.attachments) {
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

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A self-contained page (no scripts, no external resources), for `transcript get`.
pub fn html(t: &Transcript) -> String {
    let head = format!(
        "<style>{STANDALONE_CSS}</style><title>Ticket #{} — {}</title>",
        t.ticket.number,
        escape(&t.guild.name)
    );
    page(t, &head, None, None)
}

/// The standalone page's styles (it loads nothing from outside).
const STANDALONE_CSS: &str = "body{font-family:system-ui,sans-serif;background:#313338;color:#dbdee1;margin:2rem auto;max-width:64rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{color:#949ba4}dd{margin:0}\
.m{display:grid;grid-template-columns:2.5rem 1fr;column-gap:.9rem;margin-top:.9rem;overflow-wrap:anywhere}.m.cont{margin-top:0}\
.reply{grid-column:1/-1;padding-left:3.4rem;font-size:.85em;color:#949ba4}.reply a{color:#949ba4}\
.av{width:2.5rem;height:2.5rem;border-radius:50%;display:grid;place-items:center;background:#5865f2;color:#fff;font-weight:700}.m.cont .av{height:0;background:none}\
.a{font-weight:600;color:#f2f3f5}.bot{font-size:.65rem;padding:0 .3rem;margin-left:.3rem;border-radius:3px;background:#5865f2;color:#fff}\
.t{color:#949ba4;font-size:.75em;margin-left:.5rem}.x{color:#949ba4;font-size:.9em}\
.e{border-left:4px solid #3f4147;background:#2b2d31;padding:.4rem .6rem;margin:.3rem 0;border-radius:4px}.et{font-weight:700}\
blockquote{margin:.2rem 0;padding-left:.7rem;border-left:4px solid #4e5058}pre{background:#2b2d31;padding:.5rem;border-radius:4px;white-space:pre-wrap}\
code{background:#2b2d31;padding:0 .2rem;border-radius:3px}.spoiler{background:#949ba4;color:transparent}.spoiler:hover,.spoiler:focus{background:#3f4147;color:inherit}\
.mention{background:rgb(88 101 242/30%);border-radius:3px;padding:0 .15rem}.h1{font-size:1.5em;font-weight:700}.h2{font-size:1.25em;font-weight:700}\
.h3{font-size:1.1em;font-weight:700}.sub{font-size:.8em;color:#949ba4}.r{padding:0 .4rem;border:1px solid #3f4147;border-radius:6px;margin-right:.3rem}";

/// The dashboard's page: styles from `stylesheet` and behaviour from `script` (the CSP allows
/// nothing inline), archived attachments linked through `attachment_url(stored name)`, images
/// shown inline, avatars from Discord's CDN.
pub fn html_linked(
    t: &Transcript,
    stylesheet: &str,
    script: &str,
    attachment_url: &dyn Fn(&str) -> String,
    window: Option<Window>,
) -> String {
    let head = format!(
        "<link rel=\"stylesheet\" href=\"{}\"><script src=\"{}\" defer></script>\
         <title>Ticket #{} — {}</title>",
        escape(stylesheet),
        escape(script),
        t.ticket.number,
        escape(&t.guild.name)
    );
    page(t, &head, Some(attachment_url), window)
}

/// Mentions resolved with the names the transcript recorded.
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
fn message_href(id: MessageId, index: Option<usize>, window: Option<Window>) -> String {
    match (index, window) {
        (Some(i), Some(w)) if i / w.per_page.max(1) != w.page => {
            format!("?page={}#m{id}", i / w.per_page.max(1))
        }
        // Not among the messages loaded: the viewer finds its page.
        (None, Some(_)) => format!("?message={id}"),
        _ => format!("#m{id}"),
    }
}

fn pager(out: &mut String, total: usize, w: Window) {
    let pages = w.pages(total);
    let first = (w.page * w.per_page).min(total);
    let last = ((w.page + 1) * w.per_page).min(total);
    out.push_str("<nav class=\"pager\">");
    if w.page > 0 {
        let _ = write!(
            out,
            "<a rel=\"prev\" href=\"?page={}\">← Earlier</a>",
            w.page - 1
        );
    }
    let _ = write!(
        out,
        "<span class=\"x\">Messages {}–{last} of {total} (page {} of {pages})</span>",
        first + 1,
        w.page + 1
    );
    if w.page + 1 < pages {
        let _ = write!(
            out,
            "<a rel=\"next\" href=\"?page={}\">Later →</a>",
            w.page + 1
        );
    }
    if total <= SHOW_ALL_UP_TO {
        out.push_str("<a href=\"?all=1\">Show all</a>");
    }
    out.push_str("</nav>");
}

fn page(
    t: &Transcript,
    head: &str,
    attachment_url: Option<&dyn Fn(&str) -> String>,
    window: Option<Window>,
) -> String {
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
    // About 1 KB of HTML per message.
    let mut out = String::with_capacity(4096 + shown.len() * 1024);
    let _ = write!(
        out,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head}</head>\
         <body class=\"transcript\"><h1>Ticket #{} — {}</h1>",
        t.ticket.number,
        escape(&t.guild.name)
    );
    out.push_str("<dl>");
    for (k, v) in summary(t) {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(&k), escape(&v));
    }
    out.push_str("</dl>");
    for note in &t.notes {
        let _ = write!(out, "<p class=\"x\">{}</p>", escape(note));
    }
    let by_id: HashMap<MessageId, usize> = t
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, first + i))
        .collect();
    if let Some(w) = window {
        pager(&mut out, w.total, w);
    }
    out.push_str("<div class=\"messages\">");
    let mut previous: Option<&Message> = None;
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
            Reply {
                href: message_href(r, index, window),
                original: index.map(|i| &t.messages[i - first]),
            }
        });
        message_html(&mut out, t, m, continues, reply, attachment_url);
        previous = Some(m);
    }
    out.push_str("</div>");
    if let Some(w) = window {
        pager(&mut out, w.total, w);
    }
    out.push_str("</body></html>\n");
    out
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
    fn utc_dates() {
        assert_eq!(utc(Timestamp::from_millis(0)), "1970-01-01 00:00:00 UTC");
        assert_eq!(
            utc(Timestamp::from_millis(1_709_210_096_000)),
            "2024-02-29 12:34:56 UTC"
        );
    }

    #[test]
    fn dates_parse_to_midnight_utc_and_back() {
        assert_eq!(parse_date("1970-01-01"), Some(Timestamp::from_millis(0)));
        let leap = parse_date("2024-02-29").unwrap();
        assert_eq!(utc(leap), "2024-02-29 00:00:00 UTC");
        assert_eq!(
            utc(parse_date(" 2026-12-31 ").unwrap()),
            "2026-12-31 00:00:00 UTC"
        );
        for bad in [
            "",
            "2023-02-29",
            "2024-04-31",
            "2024-13-01",
            "24-1-1x",
            "1969-12-31",
            "abc",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
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

    #[test]
    fn html_escapes_everything_user_written() {
        assert_eq!(escape("<script>\"&'"), "&lt;script&gt;&quot;&amp;&#39;");
    }
}
