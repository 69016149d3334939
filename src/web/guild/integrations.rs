//! `/servers/{guild}/integrations`: the Roblox lookup (Bloxlink, RoVer) and server-made HTTP
//! integrations — this server's own (created, edited, deleted, enabled) and public ones of
//! other servers (enabled after reading what they receive and their privacy policy). Instance
//! operators (`dashboard.operators`) may mark an integration public. Secrets and API keys are
//! write-only: a page says whether one is set, never what it is.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::Done;
use super::{Change, GuildCtx, GuildForm, Outcome, internal};
use crate::domain::integrations::{
    DEFAULT_TIMEOUT_SECS, IntegrationSpec, MAX_HEADERS, MAX_OUTPUTS, MAX_SECRETS, Method, Output,
};
use crate::domain::placeholders::builtin_names;
use crate::services::{AppCore, integrations as service};
use crate::store::integrations::{self as store, Integration, Provider};
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::view::{self, Chrome, Tab};

/// An integration in the lists.
pub struct Shown {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub privacy_url: String,
    pub image_url: String,
    pub enabled: bool,
    pub public: bool,
    pub owned: bool,
    /// What it is sent, in a list ("nothing from Discord" when nothing).
    pub receives: String,
    pub last_error: Option<String>,
}

pub struct RobloxShown {
    pub enabled: bool,
    pub first: &'static str,
    pub bloxlink_set: bool,
    pub rover_set: bool,
}

#[derive(Template)]
#[template(path = "guild/integrations.html")]
struct ListPage {
    chrome: Chrome,
    roblox: RobloxShown,
    own: Vec<Shown>,
    others: Vec<Shown>,
    operator: bool,
}

/// The editor's form, as shown.
pub struct Editor {
    pub id: Option<i64>,
    pub name: String,
    pub description: String,
    pub image_url: String,
    pub privacy_url: String,
    pub method: String,
    pub url: String,
    pub body: String,
    pub timeout: String,
    /// [`MAX_HEADERS`] rows.
    pub headers: Vec<(String, String)>,
    /// [`MAX_SECRETS`] rows: name, and whether a value is stored.
    pub secrets: Vec<(String, bool)>,
    /// [`MAX_OUTPUTS`] rows: name, path, fallback.
    pub outputs: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "guild/integration_edit.html")]
struct EditPage {
    chrome: Chrome,
    e: Editor,
}

fn pad<T: Clone>(mut rows: Vec<T>, blank: T, to: usize) -> Vec<T> {
    rows.resize(to.max(rows.len()), blank);
    rows
}

impl Editor {
    fn of(id: Option<i64>, spec: &IntegrationSpec) -> Self {
        Self {
            id,
            name: spec.name.clone(),
            description: spec.description.clone(),
            image_url: spec.image_url.clone(),
            privacy_url: spec.privacy_url.clone(),
            method: spec.method.as_str().to_owned(),
            url: spec.url.clone(),
            body: spec.body.clone(),
            timeout: spec.timeout_secs.to_string(),
            headers: pad(
                spec.headers.clone(),
                (String::new(), String::new()),
                MAX_HEADERS,
            ),
            secrets: pad(
                spec.secrets.iter().map(|s| (s.clone(), true)).collect(),
                (String::new(), false),
                MAX_SECRETS,
            ),
            outputs: pad(
                spec.outputs
                    .iter()
                    .map(|o| (o.name.clone(), o.path.clone(), o.fallback.clone()))
                    .collect(),
                (String::new(), String::new(), String::new()),
                MAX_OUTPUTS,
            ),
        }
    }

    fn blank() -> Self {
        Self::of(
            None,
            &IntegrationSpec {
                name: String::new(),
                description: String::new(),
                image_url: String::new(),
                privacy_url: String::new(),
                method: Method::Get,
                url: String::new(),
                body: String::new(),
                headers: Vec::new(),
                secrets: Vec::new(),
                outputs: Vec::new(),
                timeout_secs: DEFAULT_TIMEOUT_SECS,
            },
        )
    }
}

fn shown(i: &Integration, enabled: bool, guild: crate::ids::GuildId) -> Shown {
    Shown {
        id: i.id,
        name: i.spec.name.clone(),
        description: i.spec.description.clone(),
        privacy_url: i.spec.privacy_url.clone(),
        image_url: i.spec.image_url.clone(),
        enabled,
        public: i.public,
        owned: i.owner == guild,
        receives: {
            let sent = i.spec.data_sent();
            if sent.is_empty() {
                crate::web::lang::t("web-integrations-receives-nothing")
            } else {
                sent.iter()
                    .map(crate::web::lang::render)
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        },
        last_error: i.last_error.as_ref().map(|(e, at)| {
            crate::web::lang::t2(
                "web-integrations-error-at",
                "error",
                e,
                "time",
                view::when(*at),
            )
        }),
    }
}

async fn render_list(
    core: &AppCore,
    ctx: &GuildCtx,
    chrome: Chrome,
    status: StatusCode,
) -> Result<Response, PageError> {
    let all = store::for_guild(&core.db, ctx.guild)
        .await
        .or_fail("cannot list integrations")?;
    let roblox = store::roblox_settings(&core.db, ctx.guild)
        .await
        .or_fail("cannot load the Roblox settings")?;
    let (own, others): (Vec<_>, Vec<_>) = all
        .iter()
        .map(|(i, on)| shown(i, *on, ctx.guild))
        .partition(|s| s.owned);
    Ok(view::page(
        status,
        &ListPage {
            chrome,
            roblox: RobloxShown {
                enabled: roblox.enabled,
                first: roblox.first.as_str(),
                bloxlink_set: roblox.bloxlink_key.is_some(),
                rover_set: roblox.rover_key.is_some(),
            },
            own,
            others,
            operator: core.config.dashboard.is_operator(ctx.user()),
        },
    ))
}

/// A list action's end: recorded and confirmed, or the list again with the reason (422).
async fn finish(core: &AppCore, ctx: &GuildCtx, outcome: Outcome) -> Result<Response, PageError> {
    match ctx
        .finish(core, outcome, Tab::Integrations.path(), Tab::Integrations)
        .await
    {
        Ok(done) => Ok(done),
        Err(chrome) => render_list(core, ctx, chrome, StatusCode::UNPROCESSABLE_ENTITY).await,
    }
}

pub async fn list(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    let chrome = ctx.chrome(Tab::Integrations, q.done.as_deref());
    render_list(&core, &ctx, chrome, StatusCode::OK).await
}

pub async fn new(State(_core): State<AppState>, ctx: GuildCtx) -> Result<Response, PageError> {
    Ok(view::page(
        StatusCode::OK,
        &EditPage {
            chrome: ctx.chrome(Tab::Integrations, None),
            e: Editor::blank(),
        },
    ))
}

pub async fn edit(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Path((_, id)): Path<(u64, i64)>,
) -> Result<Response, PageError> {
    let found = store::get(&core.db, id)
        .await
        .or_fail("cannot load an integration")?
        .filter(|i| i.owner == ctx.guild)
        .ok_or_else(|| {
            PageError::Message(
                StatusCode::NOT_FOUND,
                crate::web::lang::t("web-integrations-not-found"),
            )
        })?;
    Ok(view::page(
        StatusCode::OK,
        &EditPage {
            chrome: ctx.chrome(Tab::Integrations, None),
            e: Editor::of(Some(found.id), &found.spec),
        },
    ))
}

/// The integration typed into the editor, and the secret values typed (name → value).
fn typed(f: &Fields) -> (IntegrationSpec, Vec<(String, String)>, Option<i64>) {
    let rows = |n: usize, key: &str| -> Vec<String> {
        (0..n)
            .map(|i| f.get(&format!("{key}_{i}")).trim().to_owned())
            .collect()
    };
    let headers: Vec<(String, String)> = rows(MAX_HEADERS, "header_name")
        .into_iter()
        .zip(rows(MAX_HEADERS, "header_value"))
        .filter(|(n, _)| !n.is_empty())
        .collect();
    let secrets: Vec<(String, String)> = rows(MAX_SECRETS, "secret_name")
        .into_iter()
        .zip((0..MAX_SECRETS).map(|i| f.get(&format!("secret_value_{i}")).to_owned()))
        .filter(|(n, _)| !n.is_empty())
        .collect();
    let outputs = rows(MAX_OUTPUTS, "output_name")
        .into_iter()
        .zip(rows(MAX_OUTPUTS, "output_path"))
        .zip(rows(MAX_OUTPUTS, "output_fallback"))
        .filter(|((n, _), _)| !n.is_empty())
        .map(|((name, path), fallback)| Output {
            name,
            path,
            fallback,
        })
        .collect();
    let spec = IntegrationSpec {
        name: f.get("name").trim().to_owned(),
        description: f.get("description").replace("\r\n", "\n"),
        image_url: f.get("image_url").trim().to_owned(),
        privacy_url: f.get("privacy_url").trim().to_owned(),
        method: Method::parse(f.get("method")).unwrap_or(Method::Get),
        url: f.get("url").trim().to_owned(),
        body: f.get("body").replace("\r\n", "\n"),
        headers,
        secrets: secrets.iter().map(|(n, _)| n.clone()).collect(),
        outputs,
        timeout_secs: f.get("timeout").trim().parse().unwrap_or(0),
    };
    (spec, secrets, f.get("id").trim().parse().ok())
}

pub async fn change(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    if f.get("action") == "save" {
        return save(&core, &ctx, &f).await;
    }
    let outcome = act(&core, &ctx, &f).await;
    finish(&core, &ctx, outcome).await
}

/// The editor's save: refused with the field named (the editor again, as typed), or saved.
async fn save(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Result<Response, PageError> {
    let (spec, secrets, id) = typed(f);
    let checked =
        spec.validate(&builtin_names())
            .map_err(|m| crate::web::lang::render(&m))
            .and_then(|()| {
                // A new secret needs its value; an existing one keeps its value when left empty.
                match secrets.iter().find(|(_, v)| {
                    v.chars().count() > crate::domain::integrations::MAX_SECRET_VALUE
                }) {
                    Some((n, _)) => Err(crate::web::lang::t1(
                        "web-integrations-secret-too-long",
                        "name",
                        n,
                    )),
                    None => Ok(()),
                }
            });
    if let Err(message) = checked {
        let mut chrome = ctx.chrome(Tab::Integrations, None);
        chrome.error = Some(message);
        let mut e = Editor::of(id, &spec);
        // Typed secret values are never sent back.
        for (row, (name, _)) in e.secrets.iter_mut().zip(&secrets) {
            row.0.clone_from(name);
        }
        return Ok(view::page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EditPage { chrome, e },
        ));
    }
    let name = spec.name.clone();
    let saved = service::save(core, ctx.guild, id, spec, secrets, ctx.user())
        .await
        .map_err(|e| PageError::internal("cannot save an integration", &e))?;
    let Some(saved) = saved else {
        return Err(PageError::Message(
            StatusCode::NOT_FOUND,
            crate::web::lang::t("web-integrations-not-found"),
        ));
    };
    ctx.audit(
        core,
        if id.is_some() {
            "integration.update"
        } else {
            "integration.create"
        },
        format!("integration {saved} {name:?}"),
    )
    .await;
    Ok(ctx.done(Tab::Integrations.path(), "saved"))
}

async fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
    let id: i64 = f
        .get("id")
        .trim()
        .parse()
        .map_err(|_| crate::web::lang::t("web-integrations-unknown"))?;
    let fail = |what: &'static str| move |e: crate::services::ServiceError| internal(what, &e);
    match f.get("action") {
        "enable" | "disable" => {
            let on = f.get("action") == "enable";
            if !service::set_enabled(core, ctx.guild, id, on, ctx.user())
                .await
                .map_err(fail("cannot enable an integration"))?
            {
                return Err(crate::web::lang::t("web-integrations-unknown"));
            }
            let action = if on {
                "integration.enable"
            } else {
                "integration.disable"
            };
            Ok(Change::new(action, format!("integration {id}"), "saved"))
        }
        "delete" => {
            if !service::delete(core, ctx.guild, id)
                .await
                .map_err(fail("cannot delete an integration"))?
            {
                return Err(crate::web::lang::t("web-integrations-unknown"));
            }
            Ok(Change::new(
                "integration.delete",
                format!("integration {id}"),
                "deleted",
            ))
        }
        "public" | "private" => {
            if !core.config.dashboard.is_operator(ctx.user()) {
                return Err(crate::web::lang::t("web-integrations-operators-only"));
            }
            let public = f.get("action") == "public";
            store::set_public(&core.db, id, public)
                .await
                .map_err(|e| internal("cannot change an integration", &e))?;
            Ok(Change::new(
                "integration.public",
                format!("integration {id} public {public}"),
                "saved",
            ))
        }
        _ => Err(crate::web::lang::t("web-integrations-unknown-action")),
    }
}

/// The Roblox settings form.
pub async fn roblox(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let outcome = match Provider::parse(f.get("first")) {
        None => Err(crate::web::lang::t("web-integrations-pick-first")),
        Some(first) => {
            let enabled = !f.get("enabled").is_empty();
            service::save_roblox(
                &core,
                ctx.guild,
                enabled,
                first,
                f.get("bloxlink_key"),
                f.get("rover_key"),
            )
            .await
            .map_err(|e| internal("cannot save the Roblox settings", &e))
            .map(|()| {
                Change::new(
                    "integration.roblox",
                    format!(
                        "Roblox lookup {}, {} first{}{}",
                        if enabled { "on" } else { "off" },
                        first.name(),
                        if f.get("bloxlink_key").trim().is_empty() {
                            ""
                        } else {
                            ", Bloxlink key replaced"
                        },
                        if f.get("rover_key").trim().is_empty() {
                            ""
                        } else {
                            ", RoVer key replaced"
                        },
                    ),
                    "saved",
                )
            })
        }
    };
    finish(&core, &ctx, outcome).await
}
