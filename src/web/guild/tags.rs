//! `GET|POST /servers/{guild}/tags`: the guild's tags (canned answers for `/tag`), added,
//! replaced and deleted (admins).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::Done;
use super::{GuildCtx, GuildForm};
use crate::domain::tags::{normalise_name, validate_content};
use crate::services::AppCore;
use crate::store::tags;
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
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
    ctx: GuildCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
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
) -> Result<Response, PageError> {
    let tags = tags::all(&core.db, ctx.guild)
        .await
        .or_fail("cannot list tags")?;
    Ok(view::page(
        status,
        &Page {
            chrome,
            tags,
            name,
            content,
        },
    ))
}

pub async fn change(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let name = normalise_name(f.get("name"));
    let content = f.get("content").replace("\r\n", "\n");
    let (action, name, done) = match (f.get("action"), name) {
        ("put", Ok(name)) => {
            if let Err(e) = validate_content(&content) {
                return refuse(&core, &ctx, e, f.get("name"), &content).await;
            }
            let (by, now) = (ctx.user(), core.clock.now());
            tags::put(&core.db, ctx.guild, name.clone(), content, by, now)
                .await
                .or_fail("cannot save a tag")?;
            ("tag.put", name, "saved")
        }
        ("delete", Ok(name)) => {
            tags::delete(&core.db, ctx.guild, name.clone())
                .await
                .or_fail("cannot delete a tag")?;
            ("tag.delete", name, "deleted")
        }
        (_, Err(e)) => return refuse(&core, &ctx, e, f.get("name"), &content).await,
        _ => return refuse(&core, &ctx, "Unknown action.".to_owned(), "", "").await,
    };
    ctx.audit(&core, action, format!("tag {name:?}")).await;
    Ok(ctx.done("/tags", done))
}

/// The page again with the typed tag and why it was refused.
async fn refuse(
    core: &AppCore,
    ctx: &GuildCtx,
    message: String,
    name: &str,
    content: &str,
) -> Result<Response, PageError> {
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
