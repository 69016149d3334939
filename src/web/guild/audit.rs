//! `GET /servers/{guild}/audit`: every change made on the dashboard, newest first (admins).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::GuildCtx;
use crate::store::audit;
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
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
    ctx: GuildCtx,
    Query(q): Query<PageQuery>,
) -> Result<Response, PageError> {
    let path = Tab::Audit.url(ctx.guild.get());
    // Capped: a page number from the URL must not overflow the arithmetic below.
    let page = q.page.unwrap_or(0).min(1_000_000);
    let (entries, more) = audit::page(&core.db, ctx.guild, page, PER_PAGE)
        .await
        .or_fail("cannot read the audit log")?;
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
    Ok(view::page(
        StatusCode::OK,
        &Page {
            chrome: ctx.chrome(Tab::Audit, None),
            rows,
            prev: (page > 0).then(|| format!("{path}?page={}", page - 1)),
            next: more.then(|| format!("{path}?page={}", page + 1)),
        },
    ))
}
