//! `GET /servers/{guild}`: the guild's open tickets the visitor handles, with opener,
//! claimer, panel and age.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::GuildCtx;
use crate::domain::labels::{self, Label};
use crate::ids::{GuildId, UserId};
use crate::services::AppCore;
use crate::store::{labels as label_store, panels, ticket_lists};
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
use crate::web::view::{self, Chrome, Tab};

#[derive(Debug, Deserialize)]
pub struct Done {
    pub done: Option<String>,
}

/// The open-ticket list's query: a confirmation, and a label to filter by.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    pub done: Option<String>,
    #[serde(default)]
    pub label: String,
}

pub struct Row {
    pub number: String,
    pub subject: String,
    pub opener: String,
    pub claimer: String,
    pub panel: String,
    pub age: String,
    pub opened: String,
    pub link: Option<String>,
    pub labels: Vec<Label>,
}

#[derive(Template)]
#[template(path = "guild/tickets.html")]
struct Page {
    chrome: Chrome,
    rows: Vec<Row>,
    /// The server's labels (the filter's choices) and the one picked ("" for any).
    labels: Vec<Label>,
    label: String,
}

/// Most members the staff page looks up from Discord for their names.
const NAME_LOOKUPS: usize = 10;

/// Display names of `users` from the cache ("name (id)" when unknown there).
pub async fn names(
    core: &AppCore,
    users: Vec<UserId>,
) -> Result<HashMap<UserId, String>, PageError> {
    let found = core
        .cache
        .read(move |r| {
            let mut out = HashMap::new();
            for u in users {
                if let Some(user) = r.user(u)? {
                    out.insert(u, user.global_name.unwrap_or(user.username));
                }
            }
            Ok(out)
        })
        .await;
    found.or_fail("cannot read the cache")
}

/// Like [`names`], but users the cache has never seen (a staff entry for someone who never
/// used the bot) are looked up as members of `guild` first, [`NAME_LOOKUPS`] at most.
pub async fn names_looked_up(
    core: &AppCore,
    guild: GuildId,
    users: Vec<UserId>,
) -> Result<HashMap<UserId, String>, PageError> {
    let found = names(core, users.clone()).await?;
    let mut missing: Vec<UserId> = users
        .into_iter()
        .filter(|u| u.get() != 0 && !found.contains_key(u))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return Ok(found);
    }
    for user in missing.iter().take(NAME_LOOKUPS) {
        // Someone who left has no name to show: their id stays.
        if let Err(e) = crate::services::members::member(core, guild, *user).await {
            tracing::warn!(error = %e, "cannot look up a member's name");
        }
    }
    let mut all = found;
    all.extend(names(core, missing).await?);
    Ok(all)
}

/// A user's name from `names`, or their id.
pub fn name_of(names: &HashMap<UserId, String>, user: UserId) -> String {
    if user.get() == 0 {
        return crate::web::lang::t("web-tickets-removed-user");
    }
    names
        .get(&user)
        .cloned()
        .unwrap_or_else(|| crate::web::lang::t1("web-tickets-user", "id", user))
}

pub async fn list(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let mut rows = rows(&core, &ctx).await?;
    let label = q.label.trim().to_owned();
    if !label.is_empty() {
        rows.retain(|r| r.labels.iter().any(|l| labels::same_name(&l.name, &label)));
    }
    let defined = label_store::defined(&core.db, ctx.guild)
        .await
        .or_fail("cannot list labels")?;
    Ok(view::page(
        StatusCode::OK,
        &Page {
            chrome: ctx.chrome(Tab::Tickets, q.done.as_deref()),
            rows,
            labels: defined,
            label,
        },
    ))
}

async fn rows(core: &AppCore, ctx: &GuildCtx) -> Result<Vec<Row>, PageError> {
    let guild: GuildId = ctx.guild;
    let open = ticket_lists::open_visible_to(&core.db, guild, ctx.viewer())
        .await
        .or_fail("cannot list open tickets")?;
    let panel_titles: HashMap<_, _> = panels::list(&core.db, guild)
        .await
        .or_fail("cannot list panels")?
        .into_iter()
        .map(|p| (p.id, p.draft.title))
        .collect();
    let mut users: Vec<UserId> = open.iter().map(|t| t.opener).collect();
    users.extend(open.iter().filter_map(|t| t.claimed_by));
    let names = names(core, users).await?;
    let mut on = label_store::on_tickets(&core.db, open.iter().map(|t| t.id).collect())
        .await
        .or_fail("cannot load labels")?;
    let now = core.clock.now();
    Ok(open
        .into_iter()
        .map(|t| Row {
            labels: on.remove(&t.id).unwrap_or_default(),
            number: t.number.to_string(),
            subject: t
                .subject
                .as_deref()
                .map(|s| crate::archive::transcript::shown(s, crate::web::lang::current()))
                .unwrap_or_default(),
            opener: name_of(&names, t.opener),
            claimer: t
                .claimed_by
                .map_or_else(String::new, |c| name_of(&names, c)),
            panel: t
                .panel
                .and_then(|p| panel_titles.get(&p).cloned())
                .unwrap_or_default(),
            age: view::age(t.opened_at, now),
            opened: view::when(t.opened_at),
            link: t
                .channel
                .map(|c| format!("https://discord.com/channels/{guild}/{c}")),
        })
        .collect())
}
