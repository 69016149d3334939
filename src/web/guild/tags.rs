//! `GET|POST /servers/{guild}/tags`: the guild's tags (canned answers for `/tag`), added,
//! replaced and deleted (admins).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::Done;
use super::{GuildCtx, failed};
use crate::domain::tags::{normalise_name, validate_content};
use crate::services::AppCore;
use crate::store::tags;
use crate::web::AppState;
use crate::web::auth::MaybeUser;
use crate::web::view::{self, Chrome, Tab};

#[derive(Template)]
#[template(path = "guild/tags.html")]
struct Page {
    chrome: Chrome,
    tags: Vec<(String, String)>,
    name: String,
    content: String,
}

pub async fn show(
    State(core): State<AppState>,
    MaybeUser(session): MaybeUser,
    Path(guild): Path<u64>,
    Query(q): Query<Done>,
) -> Response {
    let ctx = match GuildCtx::open_tab(&core, session, guild, Tab::Tags).await {
        Ok(ctx) => ctx,
        Err(r) => return r,
    };
    let chrome = ctx.chrome(Tab::Tags, q.done.as_deref());
    render(
        &core,
        &ctx,
        chrome,
        String::new(),
        String::new(),
        StatusCode::OK,
    )
    .await
}

async fn render(
    core: &AppCore,
    ctx: &GuildCtx,
    chrome: Chrome,
    name: String,
    content: String,
    status: StatusCode,
) -> Response {
    match tags::all(&core.db, ctx.guild).await {
        Ok(tags) => view::page(
            status,
            &Page {
                chrome,
                tags,
                name,
                content,
            },
        ),
        Err(e) => failed("cannot list tags", &e),
    }
}

pub async fn change(
    State(core): State<AppState>,
    MaybeUser(session): MaybeUser,
    Path(guild): Path<u64>,
    body: Bytes,
) -> Response {
    let (ctx, f) = match GuildCtx::open_tab_form(&core, session, guild, Tab::Tags, &body).await {
        Ok(opened) => opened,
        Err(r) => return r,
    };
    let name = normalise_name(f.get("name"));
    let content = f.get("content").replace("\r\n", "\n");
    let result = match (f.get("action"), name) {
        ("put", Ok(name)) => match validate_content(&content) {
            Ok(()) => tags::put(
                &core.db,
                ctx.guild,
                name.clone(),
                content.clone(),
                ctx.user(),
                core.clock.now(),
            )
            .await
            .map(|_| ("tag.put", name, "saved"))
            .map_err(|e| failed("cannot save a tag", &e)),
            Err(e) => Err(refuse(&core, &ctx, e, f.get("name"), &content).await),
        },
        ("delete", Ok(name)) => tags::delete(&core.db, ctx.guild, name.clone())
            .await
            .map(|_| ("tag.delete", name, "deleted"))
            .map_err(|e| failed("cannot delete a tag", &e)),
        (_, Err(e)) => Err(refuse(&core, &ctx, e, f.get("name"), &content).await),
        _ => Err(refuse(&core, &ctx, "Unknown action.".to_owned(), "", "").await),
    };
    match result {
        Ok((action, name, done)) => {
            ctx.audit(&core, action, format!("tag {name:?}")).await;
            ctx.done("/tags", done)
        }
        Err(r) => r,
    }
}

/// The page again with the typed tag and why it was refused.
async fn refuse(
    core: &AppCore,
    ctx: &GuildCtx,
    message: String,
    name: &str,
    content: &str,
) -> Response {
    let mut chrome = ctx.chrome(Tab::Tags, None);
    chrome.error = Some(message);
    render(
        core,
        ctx,
        chrome,
        name.to_owned(),
        content.to_owned(),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}
