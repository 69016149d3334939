//! The HTTP side: axum router, middleware, `/healthz`, embedded assets.
//! Handlers stay thin: parse, authorise, call one function, render.

mod assets;
pub mod auth;
pub mod chart;
pub mod cookies;
mod embed_form;
pub mod error;
mod form;
mod guild;
mod health;
mod home;
pub mod lang;
mod layers;
pub mod limits;
pub mod metrics;
mod operator;
pub mod pages;
pub mod probe;
pub mod routes;
mod servers;
mod setup;
pub mod transcripts;
pub mod view;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use routes::Routes;
use tokio_util::sync::CancellationToken;

use crate::services::AppCore;

/// Shared state of every handler.
pub type AppState = Arc<AppCore>;

/// Every route, with the middleware stack.
pub fn router(core: AppState) -> Router {
    let secure = core.config.http.public_url.starts_with("https://");
    let routes = Routes::new()
        .add("GET", "/", get(home::index))
        .add("POST", "/setup", post(setup::submit))
        .add("GET", "/healthz", get(health::healthz))
        .add("GET", "/language", get(lang::pick))
        .add("GET", "/metrics", get(metrics::scrape))
        .add("GET", "/assets/{*path}", get(assets::serve))
        .add("GET", "/auth/login", get(auth::login))
        .add("GET", "/auth/callback", get(auth::callback))
        .add("POST", "/auth/logout", post(auth::logout))
        .add("GET", "/servers", get(servers::list))
        .add("GET", "/operator", get(operator::show))
        .add("POST", "/operator", post(operator::act))
        .add(
            "GET",
            "/transcripts/{guild}/{ticket}",
            get(transcripts::view),
        )
        .add(
            "GET",
            "/transcripts/{guild}/{ticket}/attachments/{file}",
            get(transcripts::attachment),
        );
    let routes = guild_routes(routes)
        .into_router()
        .fallback(home::not_found)
        .layer(axum::Extension(Arc::new(limits::LoginLimiter::default())))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&core),
            lang::middleware,
        ))
        .with_state(core);
    layers::apply(routes, secure)
}

/// The pages under `/servers/{guild}`.
fn guild_routes(routes: Routes) -> Routes {
    routes
        .add("GET", "/servers/{guild}", get(guild::tickets::list))
        .add(
            "GET",
            "/servers/{guild}/transcripts",
            get(guild::transcripts::list),
        )
        .get_post(
            "/servers/{guild}/settings",
            get(guild::settings::show),
            post(guild::settings::save),
        )
        .add(
            "POST",
            "/servers/{guild}/settings/access",
            post(guild::settings_access::save),
        )
        .get_post(
            "/servers/{guild}/integrations",
            get(guild::integrations::list),
            post(guild::integrations::change),
        )
        .add(
            "POST",
            "/servers/{guild}/integrations/roblox",
            post(guild::integrations::roblox),
        )
        .add(
            "GET",
            "/servers/{guild}/integrations/new",
            get(guild::integrations::new),
        )
        .add(
            "GET",
            "/servers/{guild}/integrations/{integration}",
            get(guild::integrations::edit),
        )
        .get_post(
            "/servers/{guild}/labels",
            get(guild::action::show::<guild::labels::LabelsPage>),
            post(guild::action::change::<guild::labels::LabelsPage>),
        )
        .get_post(
            "/servers/{guild}/settings/welcome",
            get(guild::welcome_embed::show),
            post(guild::welcome_embed::save),
        )
        .get_post(
            "/servers/{guild}/panels",
            get(guild::panels::list),
            post(guild::panels::create),
        )
        .add(
            "GET",
            "/servers/{guild}/panels/new",
            get(guild::panels::new),
        )
        .get_post(
            "/servers/{guild}/panels/{panel}",
            get(guild::panels::edit),
            post(guild::panels::update),
        )
        .add(
            "POST",
            "/servers/{guild}/panels/{panel}/delete",
            post(guild::panels::delete),
        )
        .add(
            "POST",
            "/servers/{guild}/panels/{panel}/send",
            post(guild::panels::send),
        )
        .get_post(
            "/servers/{guild}/multipanels",
            get(guild::action::show::<guild::multipanels::MultiPanelsPage>),
            post(guild::action::change::<guild::multipanels::MultiPanelsPage>),
        )
        .get_post(
            "/servers/{guild}/forms",
            get(guild::action::show::<guild::forms::FormsPage>),
            post(guild::action::change::<guild::forms::FormsPage>),
        )
        .get_post(
            "/servers/{guild}/staff",
            get(guild::action::show::<guild::staff::StaffPage>),
            post(guild::action::change::<guild::staff::StaffPage>),
        )
        .get_post(
            "/servers/{guild}/tags",
            get(guild::tags::show),
            post(guild::tags::change),
        )
        .add("GET", "/servers/{guild}/audit", get(guild::audit::show))
        .add("GET", "/servers/{guild}/stats", get(guild::stats::show))
}

/// Serves until `shutdown` fires, then finishes in-flight requests.
pub async fn serve(
    listener: tokio::net::TcpListener,
    core: AppState,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    // No Nagle delay on small responses.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(
        listener,
        router(core).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown.cancelled_owned())
    .await
}
