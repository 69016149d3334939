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

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::AppState;
use super::auth::MaybeUser;
use super::error::{OrFail, PageError};
use crate::domain::levels::Level;
use crate::ids::GuildId;

struct Row {
    guild: GuildId,
    name: String,
    /// The visitor's level there, in their language.
    role: String,
    /// Staff manage the guild on its pages; members read their transcripts from the links the
    /// bot sends them.
    staff: bool,
}

#[derive(Template)]
#[template(path = "servers.html")]
struct Page {
    csrf: String,
    name: String,
    rows: Vec<Row>,
}

pub async fn list(
    State(core): State<AppState>,
    MaybeUser(session): MaybeUser,
) -> Result<Response, PageError> {
    let Some(session) = session else {
        return Err(PageError::Login {
            next: "/servers".to_owned(),
        });
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
        .await
        .or_fail("cannot list a user's servers")?;
    let memberships = crate::services::members::memberships(&core, user, candidates)
        .await
        .or_fail("cannot look up a user's memberships")?;
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
    let rows = rows
        .into_iter()
        .map(|(level, name, guild)| Row {
            guild,
            name,
            role: super::lang::t(match level {
                Level::Admin => "web-servers-role-admin",
                Level::Support => "web-servers-role-support",
                Level::Everyone => "web-servers-role-member",
            }),
            staff: level >= Level::Support,
        })
        .collect();
    Ok(super::view::page(
        StatusCode::OK,
        &Page {
            csrf: session.csrf,
            name: session.username,
            rows,
        },
    ))
}
