//! Plain renderings of a transcript for `ticketbox transcript get`: JSON (the document
//! itself), text (one line per message) and a standalone HTML page. The dashboard has its own
//! richer viewer.

use std::fmt::Write as _;

use super::transcript::{Attachment, Message, Transcript};
use crate::clock::Timestamp;

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
    let secs = at.millis().div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Midnight UTC of a `YYYY-MM-DD` date; `None` for anything else.
pub fn parse_date(raw: &str) -> Option<Timestamp> {
    let mut parts = raw.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Inverse of civil_from_days (Howard Hinnant's days_from_civil).
    let y0 = if m <= 2 { y - 1 } else { y };
    let era = y0.div_euclid(400);
    let yoe = y0 - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // Reject dates that do not exist (31 April): they do not come back the same.
    (civil_from_days(days) == (y, m, d)).then(|| Timestamp::from_millis(days * 86_400_000))
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

fn attachment_lines(attachments: &[Attachment]) -> Vec<String> {
    attachments
        .iter()
        .map(|a| match (&a.stored, &a.skipped) {
            (Some(_), _) => format!("[attachment: {} ({} bytes)]", a.filename, a.size),
            (None, Some(why)) => format!("[attachment not archived: {} — {why}]", a.filename),
            (None, None) => format!("[attachment: {}]", a.filename),
        })
        .collect()
}

pub fn text(t: &Transcript) -> String {
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
        "<style>\
         body{{font-family:system-ui,sans-serif;background:#313338;color:#dbdee1;margin:2rem}}\
         dl{{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}}dt{{color:#949ba4}}\
         .m{{margin:.6rem 0}}.a{{font-weight:600;color:#f2f3f5}}.t{{color:#949ba4;font-size:.8em;margin-left:.5rem}}\
         .e{{border-left:4px solid #5865f2;background:#2b2d31;padding:.4rem .6rem;margin:.3rem 0}}\
         .x{{color:#949ba4;font-size:.9em}}</style><title>Ticket #{} — {}</title>",
        t.ticket.number,
        escape(&t.guild.name)
    );
    page(t, &head, None)
}

/// The dashboard's page: styles from `stylesheet` (the CSP allows no inline style), archived
/// attachments linked through `attachment_url(stored name)`; images shown inline.
pub fn html_linked(
    t: &Transcript,
    stylesheet: &str,
    attachment_url: &dyn Fn(&str) -> String,
) -> String {
    let head = format!(
        "<link rel=\"stylesheet\" href=\"{}\"><title>Ticket #{} — {}</title>",
        escape(stylesheet),
        t.ticket.number,
        escape(&t.guild.name)
    );
    page(t, &head, Some(attachment_url))
}

fn page(t: &Transcript, head: &str, attachment_url: Option<&dyn Fn(&str) -> String>) -> String {
    let mut out = String::new();
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
    for m in &t.messages {
        message_html(&mut out, t, m, attachment_url);
    }
    out.push_str("</body></html>\n");
    out
}

fn message_html(
    out: &mut String,
    t: &Transcript,
    m: &Message,
    attachment_url: Option<&dyn Fn(&str) -> String>,
) {
    let _ = write!(
        out,
        "<div class=\"m\" id=\"m{}\"><span class=\"a\">{}</span><span class=\"t\">{}</span>",
        m.id,
        escape(&t.name_of(m.author)),
        escape(&utc(m.sent_at))
    );
    if let Some(r) = m.reply_to {
        let _ = write!(out, "<div class=\"x\"><a href=\"#m{r}\">↪ reply</a></div>");
    }
    let _ = write!(
        out,
        "<div>{}</div>",
        escape(&m.content).replace('\n', "<br>")
    );
    for e in &m.embeds {
        out.push_str("<div class=\"e\">");
        if let Some(title) = &e.title {
            let _ = write!(out, "<strong>{}</strong><br>", escape(title));
        }
        if let Some(d) = &e.description {
            let _ = write!(out, "{}", escape(d).replace('\n', "<br>"));
        }
        for f in &e.fields {
            let _ = write!(
                out,
                "<div><strong>{}</strong>: {}</div>",
                escape(&f.name),
                escape(&f.value)
            );
        }
        out.push_str("</div>");
    }
    for a in &m.attachments {
        match (&a.stored, attachment_url) {
            (Some(stored), Some(url)) => {
                let href = escape(&url(stored));
                let is_image = inline_image_type(a.content_type.as_deref()).is_some();
                if is_image {
                    let _ = write!(
                        out,
                        "<div><img class=\"att\" src=\"{href}\" alt=\"{}\" loading=\"lazy\"></div>",
                        escape(&a.filename)
                    );
                } else {
                    let _ = write!(
                        out,
                        "<div class=\"x\"><a href=\"{href}\" download>{}</a> ({} bytes)</div>",
                        escape(&a.filename),
                        a.size
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
    if !m.reactions.is_empty() {
        let r: Vec<String> = m
            .reactions
            .iter()
            .map(|r| format!("{} {}", escape(&r.emoji), r.count))
            .collect();
        let _ = write!(out, "<div class=\"x\">{}</div>", r.join(" · "));
    }
    out.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn html_escapes_everything_user_written() {
        assert_eq!(escape("<script>\"&'"), "&lt;script&gt;&quot;&amp;&#39;");
    }
}
