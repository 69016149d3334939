//! Every route with who may use it. The router is built through [`Routes::add`], which refuses
//! a route missing from [`ROUTES`], and the authorisation matrix test walks [`ROUTES`]: a new
//! route without a rule cannot be served, and every rule is tested.

use axum::Router;
use axum::extract::{FromRequestParts, MatchedPath, RawPathParams};
use axum::http::request::Parts;
use axum::response::IntoResponse;
use axum::routing::MethodRouter;

use super::AppState;
use super::error::PageError;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone (status page, health, assets, the login steps).
    Public,
    /// Any logged-in user; anonymous visitors are sent to the login.
    LoggedIn,
    /// Logged in and allowed to read that ticket's transcript (opener, admins, the panel's
    /// support staff); anyone else gets 404.
    TranscriptReader,
    /// Support staff or admins of the guild (lists narrowed to the support member's teams);
    /// anyone else gets 404.
    GuildStaff,
    /// Admins of the guild; anyone else gets 404.
    GuildAdmin,
    /// An instance operator (`dashboard.operators`); anyone else gets 404, anonymous visitors
    /// the login.
    Operator,
    /// `/metrics` for a scraper with `metrics.token` as its bearer token (404 while no token is
    /// configured, 401 for a wrong one).
    MetricsToken,
    /// The first-run setup: only while no bot token is configured (404 after), from this
    /// machine or with the setup code printed in the log.
    Setup,
}

#[derive(Debug, Clone, Copy)]
pub struct RouteSpec {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

const fn spec(method: &'static str, path: &'static str, access: Access) -> RouteSpec {
    RouteSpec {
        method,
        path,
        access,
    }
}

pub const ROUTES: &[RouteSpec] = &[
    spec("GET", "/", Access::Public),
    spec("POST", "/setup", Access::Setup),
    spec("GET", "/healthz", Access::Public),
    spec("GET", "/language", Access::Public),
    spec("GET", "/metrics", Access::MetricsToken),
    spec("GET", "/assets/{*path}", Access::Public),
    spec("GET", "/auth/login", Access::Public),
    spec("GET", "/auth/callback", Access::Public),
    spec("POST", "/auth/logout", Access::LoggedIn),
    spec("GET", "/servers", Access::LoggedIn),
    spec("GET", "/operator", Access::Operator),
    spec("POST", "/operator", Access::Operator),
    spec(
        "GET",
        "/transcripts/{guild}/{ticket}",
        Access::TranscriptReader,
    ),
    spec(
        "GET",
        "/transcripts/{guild}/{ticket}/attachments/{file}",
        Access::TranscriptReader,
    ),
    spec("GET", "/servers/{guild}", Access::GuildStaff),
    spec("GET", "/servers/{guild}/transcripts", Access::GuildStaff),
    spec("GET", "/servers/{guild}/stats", Access::GuildStaff),
    spec("GET", "/servers/{guild}/settings", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/settings", Access::GuildAdmin),
    spec(
        "GET",
        "/servers/{guild}/settings/welcome",
        Access::GuildAdmin,
    ),
    spec(
        "POST",
        "/servers/{guild}/settings/welcome",
        Access::GuildAdmin,
    ),
    spec(
        "POST",
        "/servers/{guild}/settings/access",
        Access::GuildAdmin,
    ),
    spec("GET", "/servers/{guild}/integrations", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/integrations", Access::GuildAdmin),
    spec(
        "POST",
        "/servers/{guild}/integrations/roblox",
        Access::GuildAdmin,
    ),
    spec(
        "GET",
        "/servers/{guild}/integrations/new",
        Access::GuildAdmin,
    ),
    spec(
        "GET",
        "/servers/{guild}/integrations/{integration}",
        Access::GuildAdmin,
    ),
    spec("GET", "/servers/{guild}/labels", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/labels", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/panels", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/panels", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/panels/new", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/panels/{panel}", Access::GuildAdmin),
    spec(
        "POST",
        "/servers/{guild}/panels/{panel}",
        Access::GuildAdmin,
    ),
    spec(
        "POST",
        "/servers/{guild}/panels/{panel}/delete",
        Access::GuildAdmin,
    ),
    spec(
        "POST",
        "/servers/{guild}/panels/{panel}/send",
        Access::GuildAdmin,
    ),
    spec("GET", "/servers/{guild}/multipanels", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/multipanels", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/forms", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/forms", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/staff", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/staff", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/tags", Access::GuildAdmin),
    spec("POST", "/servers/{guild}/tags", Access::GuildAdmin),
    spec("GET", "/servers/{guild}/audit", Access::GuildAdmin),
];

/// The access rule [`ROUTES`] gives `method` on `path` (a route pattern such as
/// `/servers/{guild}`); `None` for a route it does not list.
pub fn rule(method: &str, path: &str) -> Option<Access> {
    ROUTES
        .iter()
        .find(|r| r.method == method && r.path == path)
        .map(|r| r.access)
}

/// The matched route of a request: its pattern, and its rule from [`ROUTES`].
pub fn matched(parts: &Parts) -> (String, Option<Access>) {
    let pattern = parts
        .extensions
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let access = rule(parts.method.as_str(), &pattern);
    (pattern, access)
}

/// A request's numeric path parameters (`{guild}`, `{ticket}` …) by name; a parameter that
/// is not a number is left out.
pub async fn numbers(parts: &mut Parts, core: &AppState) -> Result<Vec<(String, u64)>, PageError> {
    let params = RawPathParams::from_request_parts(parts, core)
        .await
        .map_err(|e| PageError::Response(Box::new(e.into_response())))?;
    Ok(params
        .iter()
        .filter_map(|(name, value)| Some((name.to_owned(), value.parse().ok()?)))
        .collect())
}

/// The parameter `name` of [`numbers`].
pub fn number(numbers: &[(String, u64)], name: &str) -> Option<u64> {
    numbers.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
}

/// A router that only takes routes listed in [`ROUTES`].
pub struct Routes(Router<AppState>);

impl Routes {
    pub fn new() -> Self {
        Self(Router::new())
    }

    /// # Panics
    /// When `path` with `method` has no entry in [`ROUTES`]: a programming error caught by
    /// every test that starts the HTTP server.
    #[must_use]
    pub fn add(self, method: &str, path: &str, handler: MethodRouter<AppState>) -> Self {
        assert!(
            rule(method, path).is_some(),
            "route {method} {path} has no access rule in web::routes::ROUTES"
        );
        Self(self.0.route(path, handler))
    }

    /// A path served by GET and POST handlers, both listed in [`ROUTES`].
    ///
    /// # Panics
    /// As [`Routes::add`], when either method of `path` has no entry in [`ROUTES`].
    #[must_use]
    pub fn get_post(
        self,
        path: &str,
        get: MethodRouter<AppState>,
        post: MethodRouter<AppState>,
    ) -> Self {
        for method in ["GET", "POST"] {
            assert!(
                rule(method, path).is_some(),
                "route {method} {path} has no access rule in web::routes::ROUTES"
            );
        }
        Self(self.0.route(path, get.merge(post)))
    }

    pub fn into_router(self) -> Router<AppState> {
        self.0
    }
}

impl Default for Routes {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "has no access rule")]
    fn a_route_without_a_rule_is_refused() {
        let _ = Routes::new().add("GET", "/secret", axum::routing::get(|| async { "x" }));
    }

    #[test]
    fn every_rule_is_unique() {
        for (i, a) in ROUTES.iter().enumerate() {
            for b in &ROUTES[i + 1..] {
                assert!(a.method != b.method || a.path != b.path, "{a:?} twice");
            }
        }
    }
}
