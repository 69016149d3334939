//! The dashboard pages of forms whose POST names an `action` (forms, multi-panels, staff):
//! shown, changed, and shown again with the reason when a change is refused. One pair of
//! handlers serves them all; each page gives its tab, its rendering and its actions.

use std::future::Future;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::Done;
use super::{GuildCtx, GuildForm, Outcome};
use crate::services::AppCore;
use crate::web::AppState;
use crate::web::error::PageError;
use crate::web::form::Fields;
use crate::web::view::{Chrome, Tab};

pub trait ActionPage: Send + Sync + 'static {
    /// The page's tab (its path and who may open it).
    const TAB: Tab;

    /// The page with `chrome` (a confirmation or a refusal) and `status`.
    fn render(
        core: &AppCore,
        ctx: &GuildCtx,
        chrome: Chrome,
        status: StatusCode,
    ) -> impl Future<Output = Result<Response, PageError>> + Send;

    /// Carries out the posted action: the change made, or why nothing changed.
    fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> impl Future<Output = Outcome> + Send;
}

/// `GET` of an action page.
pub async fn show<P: ActionPage>(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    let chrome = ctx.chrome(P::TAB, q.done.as_deref());
    P::render(&core, &ctx, chrome, StatusCode::OK).await
}

/// `POST` of an action page: a change is recorded and confirmed; a refusal shows the page
/// again with the reason (422).
pub async fn change<P: ActionPage>(
    State(core): State<AppState>,
    GuildForm { ctx, form }: GuildForm,
) -> Result<Response, PageError> {
    let outcome = P::act(&core, &ctx, &form).await;
    match ctx.finish(&core, outcome, P::TAB.path(), P::TAB).await {
        Ok(done) => Ok(done),
        Err(chrome) => P::render(&core, &ctx, chrome, StatusCode::UNPROCESSABLE_ENTITY).await,
    }
}
