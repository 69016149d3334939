//! The page shell shared by the dashboard's server-rendered pages, and short message pages.
//! Every user-supplied string goes through [`escape`].

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

pub use crate::archive::render::escape;

/// A whole page: head with the stylesheet and icon, then `body` (already escaped HTML).
pub fn shell(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — ticketbox</title>\n\
         <link rel=\"icon\" href=\"/assets/img/favicon.svg\" type=\"image/svg+xml\">\n\
         <link rel=\"stylesheet\" href=\"/assets/css/ticketbox.css\">\n</head>\n<body>\n\
         <main class=\"card\">\n{body}\n</main>\n</body>\n</html>\n",
        escape(title)
    )
}

pub use crate::services::INTERNAL_ERROR;

/// An internal failure: logged once with its detail, a generic page for the visitor.
pub fn failed(what: &str, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "{what}");
    message(StatusCode::INTERNAL_SERVER_ERROR, INTERNAL_ERROR)
}

/// A short page with one message and a status.
pub fn message(status: StatusCode, text: &str) -> Response {
    (
        status,
        Html(shell(
            status.canonical_reason().unwrap_or("ticketbox"),
            &format!(
                "<p>{}</p>\n<p><a href=\"/\">ticketbox</a></p>",
                escape(text)
            ),
        )),
    )
        .into_response()
}

/// The logout button: a POST form carrying the session's CSRF token.
/// The dashboard's top bar for pages not built from the layout template (the transcript
/// viewer): the brand linking to the server list, the server's name linking to its pages when
/// `guild` is given (staff), and the logout form.
pub fn top_bar(csrf: &str, name: &str, guild: Option<(u64, &str)>) -> String {
    let crumb = guild.map_or_else(String::new, |(id, guild_name)| {
        format!(
            "<span class=\"crumb\">/</span><a class=\"crumb\" href=\"/servers/{id}\">{}</a>",
            escape(guild_name)
        )
    });
    format!(
        "<header class=\"top\"><a class=\"brand\" href=\"/servers\"><img src=\"/assets/img/favicon.svg\" \
         alt=\"\" width=\"28\" height=\"28\"><span>ticketbox</span></a>{crumb}{}</header>",
        logout_form(csrf, name)
    )
}

pub fn logout_form(csrf: &str, name: &str) -> String {
    format!(
        "<form class=\"logout\" method=\"post\" action=\"/auth/logout\">\
         <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
         <span>{}</span> <button type=\"submit\">Log out</button></form>",
        escape(csrf),
        escape(name)
    )
}
