//! `/`: a status page until the dashboard arrives. It shows whether the bot is configured and
//! where to configure it; it never shows a configuration value.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;

const PAGE_HEAD: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ticketbox</title>
<link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/css/ticketbox.css">
</head>
<body>
<main class="card">
<h1><img src="/assets/img/favicon.svg" alt="" width="32" height="32"> ticketbox</h1>
"#;

const PAGE_TAIL: &str = "</main>\n</body>\n</html>\n";

pub async fn index(State(core): State<AppState>) -> Html<String> {
    let status = if core.config.has_discord_token() {
        "<p class=\"status ok\">A Discord bot token is configured.</p>"
    } else {
        "<p class=\"status warn\">No Discord bot token is configured, so the bot is offline.</p>\n\
         <p>Set <code>TICKETBOX_DISCORD__TOKEN</code> (or <code>discord.token</code> in \
         <code>config.toml</code>, or <code>discord.token_file</code>) and restart ticketbox. \
         <code>ticketbox config default</code> lists every setting.</p>"
    };
    Html(format!(
        "{PAGE_HEAD}<p>ticketbox {} is running.</p>\n{status}\n\
         <p>The web dashboard is not part of this version yet.</p>\n{PAGE_TAIL}",
        env!("CARGO_PKG_VERSION")
    ))
}

pub async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(format!("{PAGE_HEAD}<p>Page not found.</p>\n{PAGE_TAIL}")),
    )
        .into_response()
}
