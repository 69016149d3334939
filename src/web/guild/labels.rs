//! `GET|POST /servers/{guild}/labels`: the labels staff put on tickets with `/label add`,
//! created, recoloured and deleted (admins) with the same rules as `/label create|colour|delete`.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::action::ActionPage;
use super::{Change, GuildCtx, Outcome, internal};
use crate::domain::labels::{self, Label};
use crate::services::AppCore;
use crate::store::labels as store;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::lang;
use crate::web::view::{self, Chrome, Tab};

#[derive(Template)]
#[template(path = "guild/labels.html")]
struct Page {
    chrome: Chrome,
    labels: Vec<Label>,
    max: usize,
}

/// The page for the shared action handlers ([`super::action`]).
pub struct LabelsPage;

impl ActionPage for LabelsPage {
    const TAB: Tab = Tab::Labels;

    async fn render(
        core: &AppCore,
        ctx: &GuildCtx,
        chrome: Chrome,
        status: StatusCode,
    ) -> Result<Response, PageError> {
        let labels = store::defined(&core.db, ctx.guild)
            .await
            .or_fail("cannot list labels")?;
        Ok(view::page(
            status,
            &Page {
                chrome,
                labels,
                max: labels::MAX_LABELS,
            },
        ))
    }

    async fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
        let (db, guild) = (&core.db, ctx.guild);
        match f.get("action") {
            "create" => {
                let label =
                    Label::parse(f.get("name"), f.get("colour")).map_err(|m| lang::render(&m))?;
                let detail = format!("label {:?} {}", label.name, label.hex());
                store::create(db, guild, label)
                    .await
                    .map_err(|e| internal("cannot create a label", &e))?
                    .map_err(|m| lang::render(&m))?;
                Ok(Change::new("label.create", detail, "created"))
            }
            "colour" => {
                let label =
                    Label::parse(f.get("name"), f.get("colour")).map_err(|m| lang::render(&m))?;
                let detail = format!("label {:?} {}", label.name, label.hex());
                if !store::recolour(db, guild, label.name, label.colour)
                    .await
                    .map_err(|e| internal("cannot change a label", &e))?
                {
                    return Err(lang::t("web-labels-err-unknown"));
                }
                Ok(Change::new("label.colour", detail, "saved"))
            }
            "delete" => {
                let name = f.get("name").trim().to_owned();
                if !store::delete(db, guild, name.clone())
                    .await
                    .map_err(|e| internal("cannot delete a label", &e))?
                {
                    return Err(lang::t("web-labels-err-unknown"));
                }
                Ok(Change::new(
                    "label.delete",
                    format!("label {name:?}"),
                    "deleted",
                ))
            }
            _ => Err(lang::t("web-action-unknown")),
        }
    }
}
