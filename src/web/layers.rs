//! Middleware: request tracing, compression, timeout, body-size limit, security headers.

use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Longest a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Largest request body accepted (forms and settings are small).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// No inline script or style; images from Discord's CDN for avatars and icons.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data: https://cdn.discordapp.com; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

fn set_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

/// Wraps the router in the middleware stack. `secure` (an https public URL) adds HSTS.
/// Layers added last run first, so tracing sees every request, including rejected ones.
pub fn apply(router: Router, secure: bool) -> Router {
    let router = router
        .layer(set_header(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(set_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set_header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set_header(header::REFERRER_POLICY, "same-origin"))
        .layer(set_header(
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ));
    let router = if secure {
        router.layer(set_header(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000",
        ))
    } else {
        router
    };
    router
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(CompressionLayer::new())
        // Spans name the path only: query strings can carry OAuth codes and states.
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
                tracing::info_span!(
                    "request",
                    method = %request.method(),
                    path = %request.uri().path()
                )
            }),
        )
}
