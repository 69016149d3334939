//! `GET /servers/{guild}/audit`: every change made on the dashboard, newest first (admins).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{GuildCtx, failed};
use crate::store::audit;
use crate::web::AppState;
use crate::web::auth::MaybeUser;
use crate::web::view::{self, Chrome, Tab};

const PER_PAGE: u32 = 100;

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    page: Option<u32>,
}

pub struct Row {
    pub when: String,
    pub who: String,
    pub user: String,
    pub action: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "guild/audit.html")]
struct Page {
    chrome: Chrome,
    rows: Vec<Row>,
    prev: Option<String>,
    next: Option<String>,
}

pub async fn show(
    State(core): State<AppState>,
    MaybeUser(session): MaybeUser,
    Path(guild): Path<u64>,
    Query(q): Query<PageQuery>,
) -> Response {
    let path = Tab::Audit.url(guild);
    let ctx = match GuildCtx::open_tab(&core, session, guild, Tab::Audit).await {
        Ok(ctx) => ctx,
        Err(r) => return r,
    };
    // Capped: a page number from the URL must not overflow the arithmetic below.
    let page = q.page.unwrap_or(0).min(1_000_000);
    let (entries, more) = match audit::page(&core.db, ctx.guild, page, PER_PAGE).await {
        Ok(found) => found,
        Err(e) => return failed("cannot read the audit log", &e),
    };
    let rows = entries
        .into_iter()
        .map(|e| Row {
            when: view::when(e.at),
            who: e.username,
            user: e.user.to_string(),
            action: e.action,
            detail: e.detail,
        })
        .collect();
    view::page(
        StatusCode::OK,
        &Page {
            chrome: ctx.chrome(Tab::Audit, None),
            rows,
            prev: (page > 0).then(|| format!("{path}?page={}", page - 1)),
            next: more.then(|| format!("{path}?page={}", page + 1)),
        },
    )
}
