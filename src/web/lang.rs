//! The visitor's language on the dashboard and the transcript viewer: the one picked in the
//! page header (remembered in a cookie), else the browser's `Accept-Language`, else English.
//! A middleware sets it for the request, so templates (`crate::web::lang::t("id")`) and error
//! pages render in it without every handler passing it along. Server-entered texts (panel
//! titles, welcome messages) are shown as written.

use std::fmt::Display;

use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;

use super::AppState;
use super::cookies::Cookie;
use crate::i18n::{Lang, Msg, catalog};

/// The request being answered, as the language picker needs it.
#[derive(Debug, Clone)]
struct Visitor {
    lang: Lang,
    /// The page's path and query, where the picker returns to.
    here: String,
}

tokio::task_local! {
    static VISITOR: Visitor;
}

/// The language of the request being answered (English outside a request).
pub fn current() -> Lang {
    VISITOR.try_with(|v| v.lang).unwrap_or(Lang::EnUs)
}

/// The path (and query) of the page being answered, for the picker's way back.
pub fn here() -> String {
    VISITOR
        .try_with(|v| v.here.clone())
        .unwrap_or_else(|_| "/".to_owned())
}

/// A catalog message in the visitor's language (templates: `{{ crate::web::lang::t("id") }}`).
pub fn t(id: &str) -> String {
    catalog::messages().text(current(), id, None, None)
}

/// A message with one argument (`{{ crate::web::lang::t1("id", "name", value) }}`).
pub fn t1(id: &str, name: &str, value: impl Display) -> String {
    let mut args = FluentArgs::new();
    args.set(name.to_owned(), value.to_string());
    catalog::messages().text(current(), id, None, Some(&args))
}

/// A message with two arguments.
pub fn t2(id: &str, name: &str, value: impl Display, name2: &str, value2: impl Display) -> String {
    let mut args = FluentArgs::new();
    args.set(name.to_owned(), value.to_string());
    args.set(name2.to_owned(), value2.to_string());
    catalog::messages().text(current(), id, None, Some(&args))
}

/// A duration to read, in the visitor's language (`3d 4h`, `3 T 4 Std.`).
pub fn duration(d: std::time::Duration) -> String {
    current().duration(d)
}

/// A count: plural rules apply (`{{ crate::web::lang::n("id", "count", 3) }}`).
pub fn n(id: &str, name: &str, count: usize) -> String {
    let mut args = FluentArgs::new();
    args.set(name.to_owned(), i64::try_from(count).unwrap_or(i64::MAX));
    catalog::messages().text(current(), id, None, Some(&args))
}

/// A part of a sentence that has markup in it: a term the template wraps in `<code>`,
/// `<strong>` or a link (`key` names its placeholder), or the text between (`key` empty).
pub struct Part {
    pub key: &'static str,
    pub text: String,
}

/// Catalog message `id` in the visitor's language, cut at its placeholders so the template can
/// mark up each term: `terms` are the placeholders' names and texts. The catalog keeps whole
/// sentences (a translator may move the terms) and no HTML; the template escapes every part.
/// (`{% for p in crate::web::lang::marked("web-…", [("name", "text")]) %}`.)
pub fn marked(id: &str, terms: &[(&'static str, &str)]) -> Vec<Part> {
    const OPEN: char = '\u{E000}';
    const CLOSE: char = '\u{E001}';
    let mut args = fluent_bundle::FluentArgs::new();
    for (i, (name, _)) in terms.iter().enumerate() {
        args.set(*name, format!("{OPEN}{i}{CLOSE}"));
    }
    let text = crate::i18n::catalog::messages().text(current(), id, None, Some(&args));
    let mut parts = Vec::new();
    for (n, chunk) in text.split(OPEN).enumerate() {
        let mut rest = chunk;
        if n > 0
            && let Some((index, after)) = chunk.split_once(CLOSE)
            && let Some((key, term)) = index.parse::<usize>().ok().and_then(|i| terms.get(i))
        {
            parts.push(Part {
                key,
                text: (*term).to_owned(),
            });
            rest = after;
        }
        if !rest.is_empty() {
            parts.push(Part {
                key: "",
                text: rest.to_owned(),
            });
        }
    }
    parts
}

/// A built message ([`crate::msg!`]) in the visitor's language.
pub fn render(message: &Msg) -> String {
    message.render(current())
}

/// `<html lang>`.
pub fn html_lang() -> &'static str {
    current().code()
}

/// The picker's choices: code, own name, whether it is the visitor's language.
pub fn choices() -> Vec<(&'static str, &'static str, bool)> {
    let now = current();
    Lang::ALL
        .into_iter()
        .map(|l| (l.code(), l.native_name(), l == now))
        .collect()
}

/// The visitor's language from the request: the picker's cookie, then `Accept-Language`.
pub fn of_request(core: &crate::services::AppCore, headers: &HeaderMap) -> Lang {
    picked(core, headers)
        .or_else(|| accepted(headers))
        .unwrap_or(Lang::EnUs)
}

/// The language the cookie names (a shipped one, or the pseudo-locale).
fn picked(core: &crate::services::AppCore, headers: &HeaderMap) -> Option<Lang> {
    super::cookies::read(headers, &Cookie::Language.name(core))
        .and_then(|value| Lang::from_code(&value))
}

/// The first shipped language of `Accept-Language` by quality (RFC 9110, 12.5.4): `de-AT`
/// maps to German, `*` and unknown tags are skipped.
fn accepted(headers: &HeaderMap) -> Option<Lang> {
    let raw = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut ranked: Vec<(u16, usize, Lang)> = raw
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), quality)?;
            if quality == 0 || tag == "*" {
                return None;
            }
            Some((quality, position, Lang::from_locale(tag)?))
        })
        .collect();
    ranked.sort_by_key(|(quality, position, _)| (std::cmp::Reverse(*quality), *position));
    ranked.first().map(|(_, _, lang)| *lang)
}

/// A quality value in thousandths (RFC 9110, 12.4.2: `0`, `1`, `0.5`, up to three decimals).
fn quality(raw: &str) -> Option<u16> {
    let raw = raw.trim();
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Runs the request with its visitor's language set; responses say they vary with it.
pub async fn middleware(State(core): State<AppState>, request: Request, next: Next) -> Response {
    let lang = of_request(&core, request.headers());
    // A page shown after a POST returns to the page itself, not to the form's action.
    let here = if request.method() == axum::http::Method::GET {
        request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned())
    } else {
        request.uri().path().to_owned()
    };
    let mut response = VISITOR
        .scope(Visitor { lang, here }, next.run(request))
        .await;
    response.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

#[derive(Debug, serde::Deserialize)]
pub struct Pick {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// `GET /language?code=de&next=/servers`: the picker. Remembers the choice for a year and goes
/// back to the page (a local path only; anything else goes home).
pub async fn pick(State(core): State<AppState>, Query(pick): Query<Pick>) -> Response {
    let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == pick.code) else {
        return super::error::PageError::Message(
            axum::http::StatusCode::BAD_REQUEST,
            t("web-language-unknown"),
        )
        .into_response();
    };
    let next = if pick.next.starts_with('/')
        && !pick.next.starts_with("//")
        && !pick.next.contains('\\')
    {
        pick.next
    } else {
        "/".to_owned()
    };
    let mut response = Redirect::to(&next).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        Cookie::Language.set(&core, lang.code(), 365 * 24 * 3600),
    );
    response
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::{Lang, accepted};

    fn with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn accept_language_picks_the_best_shipped_language() {
        assert_eq!(accepted(&with("de-AT,de;q=0.9,en;q=0.8")), Some(Lang::De));
        assert_eq!(accepted(&with("ja, fr;q=0.5, nl;q=0.7")), Some(Lang::Nl));
        assert_eq!(
            accepted(&with("pt-PT;q=0.9, en-GB;q=0.9")),
            Some(Lang::PtBr)
        );
        assert_eq!(accepted(&with("es-419")), Some(Lang::EsEs));
        assert_eq!(accepted(&with("ko, *;q=0.5")), None);
        assert_eq!(accepted(&with("de;q=0, fr;q=x, tr")), Some(Lang::Tr));
        assert_eq!(accepted(&HeaderMap::new()), None);
        assert_eq!(accepted(&with("de;q=0.25, fr;q=0.3")), Some(Lang::Fr));
        assert_eq!(accepted(&with("de;q=1.5, nl;q=0.001")), Some(Lang::Nl));
    }
}
