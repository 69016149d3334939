//! `GET|POST /servers/{guild}/tags`: the guild's tags (canned answers for `/tag`), added,
//! replaced and deleted (admins), each with an optional embed. `?edit=<name>` fills the form
//! with a tag to change it.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{GuildCtx, GuildForm};
use crate::domain::embeds::EmbedSpec;
use crate::domain::tags::{normalise_name, validate_content};
use crate::services::AppCore;
use crate::store::tags::{self, Tag};
use crate::web::AppState;
use crate::web::embed_form;
use crate::web::error::{OrFail, PageError};
use crate::web::lang;
use crate::web::view::{self, Chrome, Tab};

#[derive(Template)]
#[template(path = "guild/tags.html")]
struct Page {
    chrome: Chrome,
    tags: Vec<Tag>,
    /// The form: a tag being added or changed.
    typed: Tag,
    rows: Vec<(usize, String, String, bool)>,
}

#[derive(Debug, Deserialize)]
pub struct TagsQuery {
    pub done: Option<String>,
    /// A tag to change: its name, text and embed fill the form.
    pub edit: Option<String>,
}

fn blank() -> Tag {
    Tag {
        name: String::new(),
        content: String::new(),
        embed: EmbedSpec::default(),
    }
}

pub async fn show(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<TagsQuery>,
) -> Result<Response, PageError> {
    let chrome = ctx.chrome(Tab::Tags, q.done.as_deref());
    let typed = match q.edit.as_deref().map(normalise_name) {
        Some(Ok(name)) => tags::get(&core.db, ctx.guild, name)
            .await
            .or_fail("cannot load a tag")?
            .unwrap_or_else(blank),
        _ => blank(),
    };
    render(&core, &ctx, chrome, typed, StatusCode::OK).await
}

async fn render(
    core: &AppCore,
    ctx: &GuildCtx,
    chrome: Chrome,
    typed: Tag,
    status: StatusCode,
) -> Result<Response, PageError> {
    let tags = tags::all(&core.db, ctx.guild)
        .await
        .or_fail("cannot list tags")?;
    let rows = embed_form::rows(&typed.embed);
    Ok(view::page(
        status,
        &Page {
            chrome,
            tags,
            typed,
            rows,
        },
    ))
}

pub async fn change(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let name = normalise_name(f.get("name"));
    let content = f.get("content").replace("\r\n", "\n");
    let embed = embed_form::typed(&f, "tag_", true);
    let typed = Tag {
        name: f.get("name").to_owned(),
        content: content.clone(),
        embed: embed.clone().unwrap_or_default(),
    };
    let (action, name, done) = match (f.get("action"), name) {
        ("put", Ok(name)) => {
            let checked = validate_content(&content)
                .map_err(|m| lang::render(&m))
                .and(embed)
                .and_then(|e| {
                    e.validate(&crate::msg!("rule-embed-name-tag"))
                        .map(|()| e)
                        .map_err(|m| lang::render(&m))
                });
            let embed = match checked {
                Ok(embed) => embed,
                Err(e) => return refuse(&core, &ctx, e, typed).await,
            };
            let (by, now) = (ctx.user(), core.clock.now());
            tags::put(
                &core.db,
                ctx.guild,
                name.clone(),
                content,
                Some(embed),
                by,
                now,
            )
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
        (_, Err(e)) => return refuse(&core, &ctx, lang::render(&e), typed).await,
        _ => return refuse(&core, &ctx, lang::t("web-action-unknown"), blank()).await,
    };
    ctx.audit(&core, action, format!("tag {name:?}")).await;
    Ok(ctx.done("/tags", done))
}

/// The page again with the typed tag and why it was refused.
async fn refuse(
    core: &AppCore,
    ctx: &GuildCtx,
    message: String,
    typed: Tag,
) -> Result<Response, PageError> {
    let mut chrome = ctx.chrome(Tab::Tags, None);
    chrome.error = Some(message);
    render(core, ctx, chrome, typed, StatusCode::UNPROCESSABLE_ENTITY).await
}
