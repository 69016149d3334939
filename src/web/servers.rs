//! `GET /servers`: the servers the logged-in user shares with the bot, with their level in
//! each (recomputed from the entity cache and the staff settings, never from Discord's OAuth
//! payload). Servers where they are staff come first.

use std::fmt::Write as _;

use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;
use super::auth::{MaybeUser, login_redirect, logout_form};
use super::pages::{self, escape};
use crate::domain::levels::Level;
use crate::ids::GuildId;

pub async fn list(State(core): State<AppState>, MaybeUser(session): MaybeUser) -> Response {
    let Some(session) = session else {
        return login_redirect("/servers");
    };
    let user = session.user;
    let shared = core
        .cache
        .read(move |r| {
            let mut out: Vec<(GuildId, String)> = Vec::new();
            for g in r.guilds()? {
                if r.member(g.id, user)?.is_some() {
                    out.push((g.id, g.name));
                }
            }
            Ok(out)
        })
        .await;
    let shared = match shared {
        Ok(s) => s,
        Err(e) => return pages::failed("cannot list a user's servers", &e),
    };
    let mut rows = Vec::with_capacity(shared.len());
    for (guild, name) in shared {
        let level = crate::discord::facts::level_of(&core, guild, user)
            .await
            .unwrap_or(Level::Everyone);
        rows.push((level, name, guild));
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut body = logout_form(&session);
    body.push_str("<h1>Your servers</h1>\n");
    if rows.is_empty() {
        body.push_str(
            "<p>You share no server with ticketbox yet. Invite the bot to a server you manage.</p>",
        );
    } else {
        body.push_str("<ul class=\"servers\">\n");
        for (level, name, guild) in rows {
            let role = match level {
                Level::Admin => "admin",
                Level::Support => "support",
                Level::Everyone => "member",
            };
            // Staff manage the guild on its pages; members read their transcripts from the
            // links the bot sends them.
            if level >= Level::Support {
                let _ = writeln!(
                    body,
                    "<li data-guild=\"{guild}\"><a href=\"/servers/{guild}\"><span>{}</span> <span class=\"muted\">{role}</span></a></li>",
                    escape(&name)
                );
            } else {
                let _ = writeln!(
                    body,
                    "<li data-guild=\"{guild}\"><span>{}</span> <span class=\"muted\">{role}</span></li>",
                    escape(&name)
                );
            }
        }
        body.push_str("</ul>\n");
    }
    Html(pages::shell("Your servers", &body)).into_response()
}
