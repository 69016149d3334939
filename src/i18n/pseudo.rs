//! The pseudo-locale (`qps-ploc`, the tag Windows and Android use for the same purpose):
//! English with every letter of every word accented. A text built outside the catalogs keeps
//! plain ASCII words, which [`english_left`] finds.

use std::borrow::Cow;

const LOWER: [char; 26] = [
    'á', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'ƥ', 'ʠ', 'ŕ', 'š',
    'ŧ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Á', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Ƥ', 'Ɋ', 'Ŕ', 'Š',
    'Ŧ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

fn accent(c: char) -> char {
    match c {
        'a'..='z' => LOWER[usize::from(c as u8 - b'a')],
        'A'..='Z' => UPPER[usize::from(c as u8 - b'A')],
        other => other,
    }
}

/// A catalog text element in the pseudo-locale (Fluent applies it to the text between
/// placeables, never to an argument). Letters in runs of two or more are accented; a lone
/// letter stays, so Discord markup split around a placeable (`<t:{ $at }:R>`, `<@{ $user }>`)
/// still works.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = placeholder_at(rest) {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
        } else if c.is_ascii_alphabetic() {
            let run = rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            if run >= 2 {
                out.extend(rest[..run].chars().map(accent));
            } else {
                out.push_str(&rest[..run]);
            }
            rest = &rest[run..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Cow::Owned(out)
}

/// The length in bytes of the `%name%` placeholder `text` starts with, if it does: ticketbox's
/// own placeholders (`%user%`, `%next_open%`), filled in after the catalog and never
/// translated.
fn placeholder_at(text: &str) -> Option<usize> {
    let after = text.strip_prefix('%')?;
    let name = after
        .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
        .unwrap_or(after.len());
    (name > 0 && after[name..].starts_with('%')).then_some(name + 2)
}

/// The plain-ASCII words (three letters or more) left in a text rendered in the
/// pseudo-locale: English that did not come from a catalog. `allowed` are texts the test
/// itself put there (names, subjects, server-entered texts); Discord markup (`<@…>`, `<#…>`,
/// `<t:…>`, `</name:id>`) and links are not words.
pub fn english_left(text: &str, allowed: &[&str]) -> Vec<String> {
    let mut rest = text.to_owned();
    for a in allowed {
        rest = rest.replace(a, " ");
    }
    rest = without_placeholders(&rest);
    let mut words = Vec::new();
    for token in rest.split_whitespace() {
        // Links, and what a user types as is: commands, mentions, colours, placeholders.
        let bare = token.trim_start_matches(['(', '"', '\'', '`', '«', '„', '“']);
        if token.contains("://") || bare.starts_with(['/', '@', '#', '%']) {
            continue;
        }
        let mut plain = String::new();
        let mut markup = 0usize;
        for c in token.chars() {
            match c {
                '<' => markup += 1,
                '>' => markup = markup.saturating_sub(1),
                _ if markup > 0 => {}
                c if c.is_ascii_alphabetic() => plain.push(c),
                _ => {
                    if plain.len() >= 3 {
                        words.push(std::mem::take(&mut plain));
                    }
                    plain.clear();
                }
            }
        }
        if plain.len() >= 3 {
            words.push(plain);
        }
    }
    words
}

/// `text` without ticketbox's `%name%` placeholders (they are typed, never translated).
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(len) = placeholder_at(rest) {
            out.push(' ');
            rest = &rest[len..];
        } else {
            out.push('%');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{english_left, transform};

    #[test]
    fn words_are_accented_and_lone_letters_and_markup_kept() {
        assert_eq!(transform("Closed <t:"), "Çĺóšéđ <t:");
        assert_eq!(transform(":R>."), ":R>.");
        assert_eq!(transform("by <@"), "ƀý <@");
        assert_eq!(transform("Hi %user%, 50% off"), "Ĥí %user%, 50% óƒƒ");
    }

    #[test]
    fn plain_english_is_found_and_markup_links_and_allowed_texts_are_not() {
        assert_eq!(
            english_left(
                "Ŧíçķéŧ opened ƀý <@123> in <#456> <t:99:R> </close:1> https://x.example/a Billing",
                &["Billing"]
            ),
            vec!["opened".to_owned()]
        );
        assert!(english_left("Ĥí %user%, %next_open% 50%", &[]).is_empty());
        assert_eq!(
            english_left("Çĺóšéđ: Ticket 5", &[]),
            vec!["Ticket".to_owned()]
        );
    }
}
