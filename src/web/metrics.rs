//! `GET /metrics`: the Prometheus exposition, on the main listener for a scraper holding
//! `metrics.token` (404 while none is configured, 401 with a wrong one), and on the
//! metrics-only listener (`metrics.listen`) without a token.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio_util::sync::CancellationToken;

use super::AppState;
use super::auth::constant_time_eq;

fn exposition(text: String) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

pub async fn scrape(State(core): State<AppState>, headers: HeaderMap) -> Response {
    let token = &core.config.metrics.token;
    if token.is_empty() {
        return super::home::not_found().await;
    }
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if !constant_time_eq(given.as_bytes(), token.expose().as_bytes()) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "metrics need the bearer token (metrics.token)\n",
        )
            .into_response();
    }
    exposition(crate::services::metrics::render(&core).await)
}

async fn open_scrape(State(core): State<AppState>) -> Response {
    exposition(crate::services::metrics::render(&core).await)
}

/// Serves `/metrics` alone on `listener` until `shutdown`.
pub async fn serve(
    listener: tokio::net::TcpListener,
    core: AppState,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let app = Router::new()
        .route("/metrics", get(open_scrape))
        .with_state(core);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown.cancelled_owned())
        .await
}
