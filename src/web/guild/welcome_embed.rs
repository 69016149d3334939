//! `GET|POST /servers/{guild}/settings/welcome`: the embed around the server's welcome message
//! (for tickets whose panel sets none): title, colour, link, author, images, footer, fields,
//! with placeholders in every text (admins).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::Done;
use super::{GuildCtx, GuildForm};
use crate::domain::embeds::EmbedSpec;
use crate::domain::panels::{DEFAULT_COLOUR, welcome_embed_of};
use crate::domain::settings::{self as rules, GuildSettings};
use crate::services::AppCore;
use crate::store::settings;
use crate::web::AppState;
use crate::web::embed_form;
use crate::web::error::{OrFail, PageError};
use crate::web::view::{self, Chrome, Tab};

#[derive(Template)]
#[template(path = "guild/welcome_embed.html")]
struct Page {
    chrome: Chrome,
    embed: EmbedSpec,
    rows: Vec<(usize, String, String, bool)>,
    /// The server's welcome message, for the preview.
    text: String,
    title: String,
    colour: String,
}

/// The page; `lang`: the server's, in which members read the built-in text and title.
fn page(
    chrome: Chrome,
    s: &GuildSettings,
    embed: EmbedSpec,
    status: StatusCode,
    lang: crate::i18n::Lang,
) -> Response {
    let mut shown = welcome_embed_of(&embed, &s.welcome(lang), DEFAULT_COLOUR);
    if shown.title == crate::domain::panels::WELCOME_TITLE {
        shown.title = crate::msg!("welcome-title").render(lang);
    }
    view::page(
        status,
        &Page {
            chrome,
            rows: embed_form::rows(&embed),
            text: shown.description,
            title: shown.title,
            colour: format!("#{:06x}", shown.colour.unwrap_or(DEFAULT_COLOUR)),
            embed,
        },
    )
}

async fn current(core: &AppCore, ctx: &GuildCtx) -> Result<GuildSettings, PageError> {
    settings::load(&core.db, ctx.guild)
        .await
        .or_fail("cannot load settings")
}

pub async fn show(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    let s = current(&core, &ctx).await?;
    let embed = s.welcome_embed.clone();
    let lang = crate::services::language::server_with(&core, ctx.guild, &s).await;
    Ok(page(
        ctx.chrome(Tab::Settings, q.done.as_deref()),
        &s,
        embed,
        StatusCode::OK,
        lang,
    ))
}

pub async fn save(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let s = current(&core, &ctx).await?;
    let typed = embed_form::typed(&f, "welcome_", true);
    let checked = typed.clone().and_then(|embed| {
        rules::validate(GuildSettings {
            welcome_embed: embed,
            ..s.clone()
        })
        .map_err(|m| crate::web::lang::render(&m))
    });
    let saved = match checked {
        Ok(saved) => saved.welcome_embed,
        Err(message) => {
            let mut chrome = ctx.chrome(Tab::Settings, None);
            chrome.error = Some(message);
            let embed = typed.unwrap_or_default();
            let lang = crate::services::language::server_with(&core, ctx.guild, &s).await;
            return Ok(page(
                chrome,
                &s,
                embed,
                StatusCode::UNPROCESSABLE_ENTITY,
                lang,
            ));
        }
    };
    let cleared = saved.is_empty();
    settings::update(&core.db, ctx.guild, core.clock.now(), move |s| {
        s.welcome_embed = saved;
    })
    .await
    .or_fail("cannot save settings")?;
    let detail = if cleared { "cleared" } else { "set" };
    ctx.audit(&core, "settings.welcome_embed", detail.to_owned())
        .await;
    Ok(ctx.done("/settings/welcome", "saved"))
}
