//! `GET /servers`: the servers the logged-in user shares with the bot, with their level in
//! each (recomputed from the entity cache and the staff settings, never from Discord's OAuth
//! payload). Servers where they are staff come first.
//!
//! Where to look: the bot's guilds that Discord listed for the user at login (the session's
//! hint) and those where the cache already knows them. Whether they are a member, and with
//! which roles, comes from the cache, fetched from Discord when missing or old
//! (`services::members`): a server owner who never used a command sees their server, and a
//! user who left it no longer does.

use std::collections::BTreeSet;
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
    let hint = session.guild_hint.clone();
    let candidates = core
        .cache
        .read(move |r| {
            let mut out: BTreeSet<GuildId> = hint.into_iter().collect();
            for g in r.guilds()? {
                if r.member(g.id, user)?.is_some() {
                    out.insert(g.id);
                }
            }
            Ok(out)
        })
        .await;
    let candidates = match candidates {
        Ok(c) => c,
        Err(e) => return pages::failed("cannot list a user's servers", &e),
    };
    let memberships = match crate::services::members::memberships(&core, user, candidates).await {
        Ok(m) => m,
        Err(e) => return pages::failed("cannot look up a user's memberships", &e),
    };
    let mut rows = Vec::with_capacity(memberships.len());
    for (guild, member) in memberships {
        let name = core
            .cache
            .read(move |r| Ok(r.guild(guild)?.map(|g| g.name)))
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let level = crate::services::facts::actor(&core, guild, user, member.roles)
            .await
            .map_or(Level::Everyone, |a| a.level);
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
