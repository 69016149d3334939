//! `GET|POST /servers/{guild}/multipanels`: several panels on one message, as buttons or a
//! select menu (admins). One POST with an `action`: create, delete, send.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::action::ActionPage;
use super::{Change, GuildCtx, Outcome, Pickers, internal};
use crate::domain::multi_panel_look::{EntryLook, MultiPanelLook};
use crate::domain::panels::{DEFAULT_COLOUR, parse_colour};
use crate::ids::{ChannelId, PanelId};
use crate::services::AppCore;
use crate::services::panels::{self as post, PostError};
use crate::store::multi_panels::{self, NewMultiPanel};
use crate::store::panels;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::lang;
use crate::web::view::{self, Chrome, Tab};

pub struct Shown {
    pub title: String,
    pub content: String,
    pub colour: String,
    /// Titles of its panels, in order.
    pub panels: Vec<String>,
    /// Ids of its panels (for the edit form).
    pub panel_ids: Vec<String>,
    pub select_menu: bool,
    pub look: MultiPanelLook,
    /// Its entries for the look form: panel id, panel title, the entry's overrides.
    pub entries: Vec<(String, String, EntryLook)>,
}

impl Shown {
    pub fn embed_rows(&self) -> Vec<(usize, String, String, bool)> {
        crate::web::embed_form::rows(&self.look.embed)
    }

    pub fn has_panel(&self, id: &str) -> bool {
        self.panel_ids.iter().any(|p| p == id)
    }
}

#[derive(Template)]
#[template(path = "guild/multipanels.html")]
struct Page {
    chrome: Chrome,
    multis: Vec<Shown>,
    panels: Vec<(String, String)>,
    channels: Vec<(String, String)>,
}

/// The page for the shared action handlers ([`super::action`]).
pub struct MultiPanelsPage;

impl ActionPage for MultiPanelsPage {
    const TAB: Tab = Tab::MultiPanels;

    async fn render(
        core: &AppCore,
        ctx: &GuildCtx,
        chrome: Chrome,
        status: StatusCode,
    ) -> Result<Response, PageError> {
        let pick = Pickers::load(core, ctx.guild).await?;
        let (all_panels, stored) = tokio::try_join!(
            panels::list(&core.db, ctx.guild),
            multi_panels::all(&core.db, ctx.guild)
        )
        .or_fail("cannot list panels")?;
        let multis = stored
            .into_iter()
            .map(|m| Shown {
                panels: m
                    .panels
                    .iter()
                    .filter_map(|id| {
                        all_panels
                            .iter()
                            .find(|p| p.id == *id)
                            .map(|p| p.draft.title.clone())
                    })
                    .collect(),
                panel_ids: m.panels.iter().map(|p| p.get().to_string()).collect(),
                entries: m
                    .panels
                    .iter()
                    .filter_map(|id| all_panels.iter().find(|p| p.id == *id))
                    .map(|p| {
                        let look = m.look.entries.get(&p.id.get()).cloned().unwrap_or_default();
                        (p.id.get().to_string(), p.draft.title.clone(), look)
                    })
                    .collect(),
                look: m.look.clone(),
                colour: format!("#{:06x}", m.colour),
                content: m.content,
                title: m.title,
                select_menu: m.select_menu,
            })
            .collect();
        Ok(view::page(
            status,
            &Page {
                chrome,
                multis,
                panels: all_panels
                    .into_iter()
                    .map(|p| (p.id.get().to_string(), p.draft.title))
                    .collect(),
                channels: pick.text_channels,
            },
        ))
    }

    async fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
        if f.get("action") == "create" {
            return create(core, ctx, f).await;
        }
        // Edits name the multi-panel by its current title (the form's title may be a new one).
        let current = match f.get("current") {
            "" => f.get("title"),
            current => current,
        };
        let multi = multi_panels::by_title(&core.db, ctx.guild, current.to_owned())
            .await
            .map_err(|e| internal("cannot change a multi-panel", &e))?
            .ok_or_else(|| lang::t("web-multipanels-err-gone"))?;
        match f.get("action") {
            "update" => {
                let new = parse(core, ctx, f).await?;
                let shown = new.title.clone();
                match multi_panels::update(&core.db, ctx.guild, multi.id, new)
                    .await
                    .map_err(|e| internal("cannot change a multi-panel", &e))?
                {
                    multi_panels::Updated::Saved => {}
                    multi_panels::Updated::TitleTaken => {
                        return Err(title_taken(&shown));
                    }
                    multi_panels::Updated::Gone => {
                        return Err(lang::t("web-multipanels-err-deleted"));
                    }
                    multi_panels::Updated::TooFewPanels => return Err(too_few()),
                }
                Ok(Change::new(
                    "multipanel.update",
                    format!("multi-panel {:?} now {shown:?}", multi.title),
                    "saved",
                ))
            }
            "look" => {
                let look = look_from(f, &multi)?;
                look.validate(&multi.title, &multi.content, multi.colour)
                    .map_err(|m| lang::render(&m))?;
                let saved = multi_panels::set_look(&core.db, ctx.guild, multi.id, look)
                    .await
                    .map_err(|e| internal("cannot change a multi-panel", &e))?;
                if !saved {
                    return Err(lang::t("web-multipanels-err-deleted"));
                }
                Ok(Change::new(
                    "multipanel.look",
                    format!("multi-panel {:?}", multi.title),
                    "saved",
                ))
            }
            "delete" => {
                multi_panels::delete(&core.db, ctx.guild, multi.id)
                    .await
                    .map_err(|e| internal("cannot change a multi-panel", &e))?;
                Ok(Change::new(
                    "multipanel.delete",
                    format!("multi-panel {:?}", multi.title),
                    "deleted",
                ))
            }
            "send" => {
                let pick = Pickers::load(core, ctx.guild)
                    .await
                    .map_err(|_| lang::t("web-multipanels-err-no-channels"))?;
                let raw = f.get("channel");
                let channel = match raw.parse::<u64>() {
                    Ok(id) if pick.has_text(raw) => ChannelId::new(id),
                    _ => return Err(lang::t("web-multipanels-err-channel")),
                };
                match post::post_multi_panel(core, ctx.guild, multi.title.clone(), channel).await {
                    Ok(_) => Ok(Change::new(
                        "multipanel.send",
                        format!("multi-panel {:?} posted in channel {channel}", multi.title),
                        "sent",
                    )),
                    Err(PostError::Internal(detail)) => {
                        Err(internal("cannot change a multi-panel", &detail))
                    }
                    Err(e) => Err(e.message().render(lang::current())),
                }
            }
            _ => Err(lang::t("web-action-unknown")),
        }
    }
}

/// The multi-panel a create or edit form describes, checked.
async fn parse(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Result<NewMultiPanel, String> {
    let title = f.get("title").trim().to_owned();
    if title.is_empty() || title.chars().count() > 100 {
        return Err(lang::t("web-multipanels-err-title"));
    }
    let content = f.get("content").replace("\r\n", "\n");
    if content.chars().count() > 4000 {
        return Err(lang::t("web-multipanels-err-text"));
    }
    let colour = match f.get("colour").trim() {
        "" => DEFAULT_COLOUR,
        raw => parse_colour(raw).map_err(|m| lang::render(&m))?,
    };
    let existing = panels::list(&core.db, ctx.guild)
        .await
        .map_err(|e| internal("cannot change a multi-panel", &e))?;
    let mut chosen = Vec::new();
    for raw in f.all("panels") {
        let id = raw
            .parse()
            .map(PanelId::new)
            .map_err(|_| lang::t("web-multipanels-err-panels"))?;
        if !existing.iter().any(|p| p.id == id) {
            return Err(lang::t("web-multipanels-err-panels"));
        }
        if !chosen.contains(&id) {
            chosen.push(id);
        }
    }
    // Discord: 25 buttons in five rows, 25 options in a select menu.
    if chosen.len() < 2 || chosen.len() > 25 {
        return Err(lang::t("web-multipanels-err-panel-count"));
    }
    Ok(NewMultiPanel {
        title,
        content,
        colour,
        select_menu: f.get("layout") == "select",
        panels: chosen,
    })
}

/// The look form: placeholder, embed (prefix `mp_`), and one row per entry (`entry_panel`,
/// `entry_label`, `entry_description`, `entry_emoji`) for the multi-panel's own panels.
fn look_from(f: &Fields, multi: &multi_panels::MultiPanel) -> Result<MultiPanelLook, String> {
    let mut look = MultiPanelLook {
        placeholder: f.get("placeholder").trim().to_owned(),
        embed: crate::web::embed_form::typed(f, "mp_", false)?,
        entries: std::collections::BTreeMap::new(),
    };
    let (labels, descriptions, emojis) = (
        f.all("entry_label"),
        f.all("entry_description"),
        f.all("entry_emoji"),
    );
    for (i, raw) in f.all("entry_panel").iter().enumerate() {
        let id: i64 = raw
            .parse()
            .map_err(|_| lang::t("web-multipanels-err-entry"))?;
        if !multi.panels.iter().any(|p| p.get() == id) {
            return Err(lang::t("web-multipanels-err-entry-gone"));
        }
        let part = |list: &[&str]| list.get(i).copied().unwrap_or_default().trim().to_owned();
        let entry = EntryLook {
            label: part(&labels),
            description: part(&descriptions),
            emoji: part(&emojis),
        };
        if !entry.is_empty() {
            look.entries.insert(id, entry);
        }
    }
    Ok(look)
}

/// A panel picked in the form was deleted meanwhile (another tab).
fn too_few() -> String {
    lang::t("web-multipanels-err-too-few")
}

/// Another multi-panel has the title `title`.
fn title_taken(title: &str) -> String {
    lang::t1(
        "web-multipanels-err-title-taken",
        "title",
        format!("{title:?}"),
    )
}

async fn create(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
    let new = parse(core, ctx, f).await?;
    let title = new.title.clone();
    match multi_panels::create(&core.db, ctx.guild, new, core.clock.now())
        .await
        .map_err(|e| internal("cannot change a multi-panel", &e))?
    {
        multi_panels::Created::Done(_) => Ok(Change::new(
            "multipanel.create",
            format!("multi-panel {title:?}"),
            "created",
        )),
        multi_panels::Created::TitleTaken => Err(title_taken(&title)),
        multi_panels::Created::TooFewPanels => Err(too_few()),
    }
}
