//! Discord's markdown as HTML, for the transcript viewer: code blocks, inline code, quotes
//! (`>` and `>>>`), headings and subtext, bold, italics, underline, strikethrough, spoilers,
//! links (bare and masked, http and https only), mentions of users, roles and channels
//! resolved to their names, timestamps and custom emoji.
//!
//! Everything written by users is escaped; only the tags produced here reach the page. Nesting
//! is bounded, so a hostile message cannot exhaust the stack.

use std::fmt::Write as _;

use super::dates::utc;
use crate::clock::Timestamp;

/// Names for mentions (from the transcript, as they were at archive time).
pub trait Names {
    fn user(&self, id: u64) -> String;
    fn role(&self, id: u64) -> Option<String>;
    fn channel(&self, id: u64) -> Option<String>;

    /// How a mention of a role the names do not know reads (after the `@`).
    fn deleted_role(&self, id: u64) -> String {
        format!("deleted-role {id}")
    }

    /// How a mention of a channel the names do not know reads (after the `#`).
    fn deleted_channel(&self, id: u64) -> String {
        format!("deleted-channel {id}")
    }

    /// How a `<t:…>` timestamp reads.
    fn time(&self, at: Timestamp) -> String {
        utc(at)
    }
}

/// Nesting deeper than this is shown as text.
const MAX_DEPTH: usize = 6;

/// `src` as HTML (a fragment: no wrapping element).
pub fn to_html(src: &str, names: &dyn Names) -> String {
    let mut out = String::with_capacity(src.len() + src.len() / 4);
    let mut rest = src;
    while let Some(start) = rest.find("```") {
        let Some(len) = rest[start + 3..].find("```") else {
            break;
        };
        blocks(&rest[..start], names, &mut out);
        code_block(&rest[start + 3..start + 3 + len], &mut out);
        rest = &rest[start + 3 + len + 3..];
        // The newline after a closing fence belongs to the block.
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    blocks(rest, names, &mut out);
    out
}

fn code_block(code: &str, out: &mut String) {
    // A first line that is a single word is the language tag.
    let body = match code.split_once('\n') {
        Some((lang, body))
            if lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-#_.".contains(c)) =>
        {
            body
        }
        _ => code,
    };
    let _ = write!(
        out,
        "<pre><code>{}</code></pre>",
        escape(body.trim_end_matches('\n'))
    );
}

/// Lines: quotes, headings and subtext are blocks; other lines are joined by `<br>`.
fn blocks(text: &str, names: &dyn Names, out: &mut String) {
    if text.is_empty() {
        return;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut i = 0;
    let mut after_block = true;
    while i < lines.len() {
        let line = lines[i];
        if let Some(quoted) = line.strip_prefix(">>> ") {
            // Everything to the end of the message is quoted.
            let mut all = String::from(quoted);
            for more in &lines[i + 1..] {
                all.push('\n');
                all.push_str(more);
            }
            quote(&all, names, out);
            return;
        }
        if quote_line(line).is_some() {
            let mut all = Vec::new();
            while let Some(q) = lines.get(i).and_then(|l| quote_line(l)) {
                all.push(q);
                i += 1;
            }
            quote(&all.join("\n"), names, out);
            after_block = true;
            continue;
        }
        let heading = [("### ", "h3"), ("## ", "h2"), ("# ", "h1"), ("-# ", "sub")]
            .into_iter()
            .find_map(|(p, class)| line.strip_prefix(p).map(|t| (t, class)));
        if let Some((title, class)) = heading {
            let _ = write!(out, "<div class=\"{class}\">");
            inline(title, names, out, 0);
            out.push_str("</div>");
            after_block = true;
        } else {
            if !after_block {
                out.push_str("<br>");
            }
            inline(line, names, out, 0);
            after_block = false;
        }
        i += 1;
    }
}

fn quote_line(line: &str) -> Option<&str> {
    if line == ">" {
        return Some("");
    }
    line.strip_prefix("> ")
}

fn quote(text: &str, names: &dyn Names, out: &mut String) {
    out.push_str("<blockquote>");
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("<br>");
        }
        inline(line, names, out, 0);
    }
    out.push_str("</blockquote>");
}

/// Delimited spans, longest delimiter first.
const SPANS: [(&str, &str, &str); 7] = [
    ("***", "<strong><em>", "</em></strong>"),
    ("**", "<strong>", "</strong>"),
    ("__", "<u>", "</u>"),
    ("~~", "<s>", "</s>"),
    ("||", "<span class=\"spoiler\" tabindex=\"0\">", "</span>"),
    ("*", "<em>", "</em>"),
    ("_", "<em>", "</em>"),
];

fn inline(s: &str, names: &dyn Names, out: &mut String, depth: usize) {
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < s.len() {
        let rest = &s[i..];
        let c = bytes[i];
        // A backslash shows the next markdown character as it is.
        if c == b'\\'
            && let Some(&next) = bytes.get(i + 1)
            && b"\\*_~|`>#[]()<-:".contains(&next)
        {
            out.push_str(&escape(&s[i + 1..i + 2]));
            i += 2;
            continue;
        }
        if c == b'`' {
            let ticks = if rest.starts_with("``") { 2 } else { 1 };
            if let Some(end) = rest[ticks..].find(&"``"[..ticks])
                && end > 0
            {
                let _ = write!(
                    out,
                    "<code>{}</code>",
                    escape(rest[ticks..ticks + end].trim())
                );
                i += ticks + end + ticks;
                continue;
            }
        }
        if depth < MAX_DEPTH
            && let Some(used) = span(rest, s, i, names, out, depth)
        {
            i += used;
            continue;
        }
        if c == b'<'
            && let Some(used) = angle(rest, names, out)
        {
            i += used;
            continue;
        }
        if c == b'['
            && let Some(used) = masked_link(rest, names, out, depth)
        {
            i += used;
            continue;
        }
        if (rest.starts_with("https://") || rest.starts_with("http://"))
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
        {
            let used = bare_link(rest, out);
            i += used;
            continue;
        }
        // One character, escaped.
        let ch = rest.chars().next().unwrap_or(' ');
        let mut buf = [0; 4];
        out.push_str(&escape(ch.encode_utf8(&mut buf)));
        i += ch.len_utf8();
    }
}

/// A delimited span at the start of `rest`; returns the bytes used.
fn span(
    rest: &str,
    whole: &str,
    at: usize,
    names: &dyn Names,
    out: &mut String,
    depth: usize,
) -> Option<usize> {
    let (delim, open, close) = SPANS.iter().find(|(d, _, _)| rest.starts_with(d))?;
    let n = delim.len();
    let body = &rest[n..];
    // Underscore italics only start and end at word boundaries (snake_case stays text).
    if *delim == "_"
        && whole[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let end = closing(body, delim)?;
    let inner = &body[..end];
    if inner.trim().is_empty() || (n == 1 && inner.starts_with(' ')) {
        return None;
    }
    if *delim == "_"
        && body[end + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    out.push_str(open);
    inline(inner, names, out, depth + 1);
    out.push_str(close);
    Some(n + end + n)
}

/// Where `delim` closes in `body` (a single `*` or `_` not part of a double one).
fn closing(body: &str, delim: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = body[from..].find(delim) {
        let at = from + pos;
        if delim.len() == 1 {
            let doubled = body[at + 1..].starts_with(delim);
            if doubled {
                from = at + 2;
                continue;
            }
        }
        return Some(at);
    }
    None
}

/// `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `<t:unix[:style]>`, `<:name:id>`, `<a:name:id>`,
/// `<https://…>`.
fn angle(rest: &str, names: &dyn Names, out: &mut String) -> Option<usize> {
    let end = rest.find('>')?;
    let inner = &rest[1..end];
    let id = |s: &str| s.parse::<u64>().ok().filter(|_| !s.is_empty());
    if let Some(role) = inner.strip_prefix("@&").and_then(id) {
        let name = names.role(role).unwrap_or_else(|| names.deleted_role(role));
        let _ = write!(out, "<span class=\"mention\">@{}</span>", escape(&name));
    } else if let Some(user) = inner
        .strip_prefix("@!")
        .or_else(|| inner.strip_prefix('@'))
        .and_then(id)
    {
        let _ = write!(
            out,
            "<span class=\"mention\">@{}</span>",
            escape(&names.user(user))
        );
    } else if let Some(channel) = inner.strip_prefix('#').and_then(id) {
        let name = names
            .channel(channel)
            .unwrap_or_else(|| names.deleted_channel(channel));
        let _ = write!(out, "<span class=\"mention\">#{}</span>", escape(&name));
    } else if let Some(t) = inner.strip_prefix("t:") {
        let secs: i64 = t.split(':').next()?.parse().ok()?;
        let at = Timestamp::from_millis(secs.checked_mul(1000)?);
        let _ = write!(out, "<time>{}</time>", escape(&names.time(at)));
    } else if let Some(emoji) = inner
        .strip_prefix('a')
        .filter(|e| e.starts_with(':'))
        .or(Some(inner))
        && let Some((name, emoji_id)) = emoji.strip_prefix(':').and_then(|e| e.split_once(':'))
        && id(emoji_id).is_some()
        && !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        let _ = write!(out, "<span class=\"emoji\">:{name}:</span>");
    } else if (inner.starts_with("https://") || inner.starts_with("http://"))
        && !inner.contains(char::is_whitespace)
    {
        link(inner, &escape(inner), out);
    } else {
        return None;
    }
    Some(end + 1)
}

/// `[text](https://…)`.
fn masked_link(rest: &str, names: &dyn Names, out: &mut String, depth: usize) -> Option<usize> {
    let close = rest.find("](")?;
    let text = &rest[1..close];
    let after = &rest[close + 2..];
    let end = after.find(')')?;
    let url = after[..end].trim();
    let url = url
        .strip_prefix('<')
        .and_then(|u| u.strip_suffix('>'))
        .unwrap_or(url);
    if text.is_empty()
        || text.contains('\n')
        || !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(char::is_whitespace)
    {
        return None;
    }
    let mut label = String::new();
    inline(text, names, &mut label, depth + 1);
    link(url, &label, out);
    Some(close + 2 + end + 1)
}

/// A URL written as it is, up to whitespace; trailing punctuation stays outside.
fn bare_link(rest: &str, out: &mut String) -> usize {
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '<' || c == '"')
        .unwrap_or(rest.len());
    let url =
        rest[..end].trim_end_matches(['.', ',', ':', ';', '!', '?', ')', '\'', '*', '_', '~', '|']);
    link(url, &escape(url), out);
    url.len()
}

fn link(url: &str, label_html: &str, out: &mut String) {
    let _ = write!(
        out,
        "<a href=\"{}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">{label_html}</a>",
        escape(url)
    );
}

/// HTML-escapes user-written text (the only way it reaches the page from here).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_everything_user_written() {
        assert_eq!(escape("<script>\"&'"), "&lt;script&gt;&quot;&amp;&#39;");
    }

    struct N;
    impl Names for N {
        fn user(&self, id: u64) -> String {
            if id == 1 {
                "Alice".to_owned()
            } else {
                format!("unknown user {id}")
            }
        }
        fn role(&self, id: u64) -> Option<String> {
            (id == 2).then(|| "Staff".to_owned())
        }
        fn channel(&self, id: u64) -> Option<String> {
            (id == 3).then(|| "general".to_owned())
        }
    }

    fn md(s: &str) -> String {
        to_html(s, &N)
    }

    #[test]
    fn emphasis_and_spans() {
        let cases = [
            ("**bold**", "<strong>bold</strong>"),
            ("*it* and _it_", "<em>it</em> and <em>it</em>"),
            ("***both***", "<strong><em>both</em></strong>"),
            ("__under__ ~~gone~~", "<u>under</u> <s>gone</s>"),
            (
                "||secret||",
                "<span class=\"spoiler\" tabindex=\"0\">secret</span>",
            ),
            (
                "**bold *it* bold**",
                "<strong>bold <em>it</em> bold</strong>",
            ),
            ("snake_case_name", "snake_case_name"),
            ("2 * 3 * 4", "2 * 3 * 4"),
            ("**unclosed", "**unclosed"),
            ("\\*not\\*", "*not*"),
            ("`a **b**`", "<code>a **b**</code>"),
            ("``a ` b``", "<code>a ` b</code>"),
        ];
        for (src, html) in cases {
            assert_eq!(md(src), html, "{src:?}");
        }
    }

    #[test]
    fn blocks_quotes_and_code() {
        assert_eq!(md("a\nb"), "a<br>b");
        assert_eq!(
            md("> quoted\n> more\nafter"),
            "<blockquote>quoted<br>more</blockquote>after"
        );
        assert_eq!(
            md("before\n>>> all\nof it"),
            "before<blockquote>all<br>of it</blockquote>"
        );
        assert_eq!(
            md("x\n```rust\nfn <main>() {}\n```\ny"),
            "x<br><pre><code>fn &lt;main&gt;() {}</code></pre>y"
        );
        assert_eq!(md("```**raw**```"), "<pre><code>**raw**</code></pre>");
        assert_eq!(md("# Title\ntext"), "<div class=\"h1\">Title</div>text");
        assert_eq!(md("-# small"), "<div class=\"sub\">small</div>");
    }

    #[test]
    fn mentions_links_and_emoji() {
        assert_eq!(
            md("<@1> <@!1> <@9> <@&2> <#3> <#4>"),
            "<span class=\"mention\">@Alice</span> <span class=\"mention\">@Alice</span> \
             <span class=\"mention\">@unknown user 9</span> <span class=\"mention\">@Staff</span> \
             <span class=\"mention\">#general</span> <span class=\"mention\">#deleted-channel 4</span>"
        );
        assert_eq!(md("<t:0:R>"), "<time>1970-01-01 00:00:00 UTC</time>");
        assert_eq!(
            md("<:wave:123> <a:spin:4>"),
            "<span class=\"emoji\">:wave:</span> <span class=\"emoji\">:spin:</span>"
        );
        let link = md("see https://example.com/a?b=1&c=2.");
        assert_eq!(
            link,
            "see <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">https://example.com/a?b=1&amp;c=2</a>."
        );
        assert!(
            md("[the **docs**](https://docs.example)").contains(">the <strong>docs</strong></a>")
        );
        assert_eq!(md("[x](javascript:alert(1))"), "[x](javascript:alert(1))");
        assert_eq!(md("<https://x.example>").matches("<a href").count(), 1);
    }

    #[test]
    fn user_text_never_becomes_markup() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "**<b>x</b>**",
            "[a\"onmouseover=\"x](https://e.example/\"onload=\"y)",
            "https://e.example/\"><script>",
            "> <iframe>",
            "```\n</code></pre><script>\n```",
            "||<svg onload=x>||",
        ] {
            let html = md(hostile);
            for bad in [
                "<script",
                "<img",
                "<iframe",
                "<svg",
                "<b>",
                "\"onload",
                "\"onmouseover",
            ] {
                assert!(!html.contains(bad), "{hostile:?} gave {html}");
            }
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let deep = format!("{}x{}", "||**".repeat(2000), "**||".repeat(2000));
        let html = md(&deep);
        assert!(html.len() < deep.len() * 20);
    }
}
