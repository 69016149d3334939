//! `/operator`: the instance's operators (`dashboard.operators`) see the bot and gateway
//! status, the job queue (failed jobs retried or discarded), backups (the list, the last
//! result, run now), data requests (approve, refuse with a reason), the servers the bot is in
//! with their ticket counts, and the storage in use. Everyone else gets 404. Every action lands
//! in the instance audit log.

use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Query, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::auth::{MaybeUser, constant_time_eq};
use super::error::{OrFail, PageError};
use super::guild::Posted;
use super::guild::tickets::Done;
use super::view::{self, Chrome};
use crate::domain::data_requests::{deadline, overdue};
use crate::services::{AppCore, backup, data_requests};
use crate::store::sessions::Session;
use crate::web::form::Fields;

/// An operator's visit; anyone else gets 404 (anonymous visitors the login).
pub struct OperatorCtx {
    pub session: Session,
}

impl FromRequestParts<AppState> for OperatorCtx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, core: &AppState) -> Result<Self, PageError> {
        let MaybeUser(session) = MaybeUser::from_request_parts(parts, core).await?;
        let Some(session) = session else {
            return Err(PageError::Login {
                next: parts.uri.path().to_owned(),
            });
        };
        // Like any page that does not exist: nobody learns that the operator page does.
        if !core.config.dashboard.is_operator(session.user) {
            return Err(PageError::Message(
                StatusCode::NOT_FOUND,
                super::lang::t("web-home-not-found"),
            ));
        }
        Ok(Self { session })
    }
}

/// An operator's posted form, its CSRF token checked.
pub struct OperatorForm {
    pub ctx: OperatorCtx,
    pub form: Fields,
}

impl FromRequest<AppState> for OperatorForm {
    type Rejection = PageError;

    async fn from_request(req: Request, core: &AppState) -> Result<Self, PageError> {
        let (mut parts, body) = req.into_parts();
        let ctx = OperatorCtx::from_request_parts(&mut parts, core).await?;
        let form = Fields::read(Request::from_parts(parts, body), core).await?;
        if !constant_time_eq(form.csrf().as_bytes(), ctx.session.csrf.as_bytes()) {
            return Err(PageError::Expired);
        }
        Ok(Self { ctx, form })
    }
}

pub struct RequestRow {
    pub id: i64,
    /// What was asked for, in the visitor's language.
    pub kind: String,
    pub user: String,
    pub filed: String,
    pub due: String,
    /// `open`, `approved`, `done`, `refused` (the page's logic reads it).
    pub state: String,
    /// The state in the visitor's language.
    pub state_label: String,
    pub overdue: bool,
    pub note: String,
}

pub struct JobRow {
    pub id: String,
    pub kind: String,
    /// "job 12, 3 attempts", in the visitor's language.
    pub summary: String,
    pub error: String,
}

#[derive(Template)]
#[template(path = "operator.html")]
struct Page {
    chrome: Chrome,
    bot: String,
    gateway: String,
    pending: u64,
    failed: Vec<JobRow>,
    backup_configured: bool,
    backup_last: String,
    backup_error: String,
    backups: Vec<(String, String)>,
    requests: Vec<RequestRow>,
    servers: Vec<(String, String, u64, u64)>,
    database_bytes: u64,
    cache_bytes: u64,
    audit: Vec<(String, String, String)>,
}

fn file_size(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// The servers with tickets: id, name (from the cache), open and total tickets.
async fn server_rows(core: &AppCore) -> Result<Vec<(String, String, u64, u64)>, PageError> {
    let servers = crate::store::stats::ticket_counts_by_guild(&core.db)
        .await
        .or_fail("cannot count tickets")?;
    let names: std::collections::HashMap<u64, String> = core
        .cache
        .read(|r| {
            Ok(r.guilds()?
                .into_iter()
                .map(|g| (g.id.get(), g.name))
                .collect())
        })
        .await
        .or_fail("cannot read the cache")?;
    Ok(servers
        .into_iter()
        .map(|(guild, open, total)| {
            let name = names.get(&guild.get()).cloned().unwrap_or_default();
            (guild.to_string(), name, open, total)
        })
        .collect())
}

async fn render(
    core: &AppCore,
    ctx: &OperatorCtx,
    notice: Option<&str>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let mut chrome = Chrome::new(&ctx.session, None);
    chrome.notice = super::view::notice(notice);
    chrome.error = error;
    let (pending, _) = crate::store::jobs::counts(&core.db)
        .await
        .or_fail("cannot count jobs")?;
    let failed = crate::store::jobs::failed(&core.db, 50)
        .await
        .or_fail("cannot list failed jobs")?
        .into_iter()
        .map(|j| JobRow {
            summary: super::lang::render(&crate::msg!(
                "web-operator-job",
                id = j.id.to_string(),
                count = j.attempts
            )),
            id: j.id.to_string(),
            kind: j.kind,
            error: j.last_error.unwrap_or_default(),
        })
        .collect();
    let now = core.clock.now();
    let requests = request_rows(core, now).await?;
    let status_now = core.backups.status();
    let backups = match backup::target(&core.config) {
        Ok(target) => backup::list(&target, core.archive.keys())
            .await
            .map(|l| {
                l.into_iter()
                    .rev()
                    .map(|b| {
                        (
                            b.id,
                            super::lang::n("web-operator-backup-objects", "count", b.objects),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    let servers = server_rows(core).await?;
    let audit = crate::store::data_requests::audit_log(&core.db, 30)
        .await
        .or_fail("cannot read the instance audit log")?
        .into_iter()
        .map(|e| (view::when(e.at), e.action, e.detail))
        .collect();
    Ok(view::page(
        status,
        &Page {
            chrome,
            bot: core.bot_status().as_str().to_owned(),
            gateway: match core.bot_status() {
                crate::services::BotStatus::Failed(why) => super::lang::render(&why),
                other => other.as_str().to_owned(),
            },
            pending,
            failed,
            backup_configured: core.config.backup.is_configured(),
            backup_last: status_now.last_ok.map_or_else(
                || super::lang::t("web-operator-backup-none"),
                |t| format!("{} UTC", view::when(t)),
            ),
            backup_error: status_now.last_error.unwrap_or_default(),
            backups,
            requests,
            servers,
            database_bytes: file_size(&core.config.database_path()),
            cache_bytes: file_size(&core.config.cache_path()),
            audit,
        },
    ))
}

/// The data requests, newest first, as the operator page lists them.
async fn request_rows(
    core: &AppCore,
    now: crate::clock::Timestamp,
) -> Result<Vec<RequestRow>, PageError> {
    Ok(crate::store::data_requests::all(&core.db)
        .await
        .or_fail("cannot list data requests")?
        .into_iter()
        .map(|r| RequestRow {
            id: r.id,
            kind: super::lang::t(match r.kind {
                crate::domain::data_requests::Kind::Export => "web-operator-request-export",
                crate::domain::data_requests::Kind::Delete => "web-operator-request-delete",
            }),
            user: r.user.to_string(),
            filed: view::when(r.requested_at),
            due: view::when(deadline(r.requested_at)),
            overdue: r.state == "open" && overdue(r.requested_at, now),
            note: match (r.delivery.as_deref(), r.reason) {
                (Some("page"), _) => super::lang::t1(
                    "web-operator-export-waits",
                    "path",
                    data_requests::waiting_export(core, r.id).display(),
                ),
                (Some("dm"), _) => super::lang::t("web-operator-sent-by-dm"),
                (_, Some(reason)) => reason,
                _ => String::new(),
            },
            state_label: super::lang::t(match r.state.as_str() {
                "open" => "web-operator-request-open",
                "approved" => "web-operator-request-approved",
                "done" => "web-operator-request-done",
                _ => "web-operator-request-refused",
            }),
            state: r.state,
        })
        .collect())
}

pub async fn show(
    State(core): State<AppState>,
    ctx: OperatorCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    render(&core, &ctx, q.done.as_deref(), None, StatusCode::OK).await
}

pub async fn act(
    State(core): State<AppState>,
    OperatorForm { ctx, form: f }: OperatorForm,
) -> Result<Response, PageError> {
    let by = ctx.session.user;
    let id = || {
        f.get("id")
            .trim()
            .parse::<i64>()
            .map_err(|_| super::lang::t("web-operator-unknown-item"))
    };
    let outcome: Result<&'static str, String> = match f.get("action") {
        "approve" => match id() {
            Ok(id) => data_requests::approve(&core, id, by)
                .await
                .map_err(|e| PageError::internal("cannot approve a request", &e))?
                .map(|()| "saved")
                .map_err(|refused| super::lang::render(&refused)),
            Err(e) => Err(e),
        },
        "refuse" => match id() {
            Ok(id) => data_requests::refuse(&core, id, by, f.get("reason"))
                .await
                .map_err(|e| PageError::internal("cannot refuse a request", &e))?
                .map(|()| "saved")
                .map_err(|refused| super::lang::render(&refused)),
            Err(e) => Err(e),
        },
        "retry" | "discard" => match id() {
            Ok(id) => {
                let retry = f.get("action") == "retry";
                let done = crate::store::jobs::retry_or_discard(
                    &core.db,
                    crate::ids::JobId::new(id),
                    retry,
                    core.clock.now(),
                )
                .await
                .or_fail("cannot change a job")?;
                if done {
                    core.wake_jobs();
                    data_requests::audit(
                        &core,
                        by,
                        if retry { "job.retry" } else { "job.discard" },
                        format!("job {id}"),
                    )
                    .await;
                    Ok("saved")
                } else {
                    Err(super::lang::t1("web-operator-job-not-failed", "id", id))
                }
            }
            Err(e) => Err(e),
        },
        "backup" => {
            if core.config.backup.is_configured() {
                let now = core.clock.now();
                crate::store::jobs::enqueue(
                    &core.db,
                    crate::domain::job_kind::JobKind::BackupNow {},
                    None,
                    now,
                    now,
                )
                .await
                .or_fail("cannot queue a backup")?;
                core.wake_jobs();
                data_requests::audit(&core, by, "backup.now", "queued".to_owned()).await;
                Ok("saved")
            } else {
                Err(super::lang::t2(
                    "web-operator-backup-unset",
                    "dir",
                    "backup.local_dir",
                    "bucket",
                    "backup.s3.bucket",
                ))
            }
        }
        _ => Err(super::lang::t("web-operator-unknown-action")),
    };
    match outcome {
        Ok(done) => Ok(Redirect::to(&format!("/operator?done={done}")).into_response()),
        Err(message) => {
            render(
                &core,
                &ctx,
                None,
                Some(message),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}
