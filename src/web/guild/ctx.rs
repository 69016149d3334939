//! [`GuildCtx`]: the guild a dashboard request is about and who is asking, extracted under the
//! route's own access rule (`web::routes::ROUTES`), so the rule in the route table is the one
//! enforced. [`GuildForm`] adds a posted form whose CSRF token matches the session.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::Method;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use super::Outcome;
use crate::domain::levels::Level;
use crate::ids::{GuildId, RoleId, UserId};
use crate::services::AppCore;
use crate::store::audit::Entry;
use crate::store::sessions::Session;
use crate::store::ticket_lists::Viewer;
use crate::web::AppState;
use crate::web::auth::{MaybeUser, constant_time_eq};
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::routes::{self, Access};
use crate::web::view::{Chrome, GuildNav, Tab};

/// The guild a request is about, and who is asking.
pub struct GuildCtx {
    pub session: Session,
    pub guild: GuildId,
    pub name: String,
    pub level: Level,
    /// The visitor's roles in the guild (from the cache).
    pub roles: Vec<RoleId>,
}

impl FromRequestParts<AppState> for GuildCtx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, core: &AppState) -> Result<Self, PageError> {
        let (pattern, need) = route_rule(parts)?;
        let guild = routes::number(&routes::numbers(parts, core).await?, "guild")
            .ok_or(PageError::NotFound)?;
        let next = login_next(&parts.method, &pattern, parts.uri.path(), guild);
        let MaybeUser(session) = MaybeUser::from_request_parts(parts, core).await?;
        Self::open(core, session, guild, need, next).await
    }
}

/// The route's pattern and the level its access rule asks for.
fn route_rule(parts: &Parts) -> Result<(String, Level), PageError> {
    let (pattern, access) = routes::matched(parts);
    match access.and_then(guild_level) {
        Some(level) => Ok((pattern, level)),
        None => Err(PageError::internal(
            "a guild page's route has no guild access rule",
            &format!("{} {pattern}", parts.method),
        )),
    }
}

/// The level a guild route's rule asks for; `None` for any other rule.
fn guild_level(access: Access) -> Option<Level> {
    match access {
        Access::GuildStaff => Some(Level::Support),
        Access::GuildAdmin => Some(Level::Admin),
        _ => None,
    }
}

/// Where an anonymous visitor returns after logging in: the page itself, or for a form posted
/// to a path with no page of its own (delete, send) the tab it belongs to.
fn login_next(method: &Method, pattern: &str, path: &str, guild: u64) -> String {
    let has_page = routes::rule("GET", pattern).is_some();
    if *method == Method::GET || has_page {
        return path.to_owned();
    }
    let prefix = format!("/servers/{guild}");
    let section = path
        .strip_prefix(&prefix)
        .and_then(|rest| rest.split('/').nth(1))
        .map_or_else(String::new, |s| format!("/{s}"));
    format!("{prefix}{section}")
}

/// A posted form's body type: [`Fields`], or a typed form.
pub trait Posted: Sized {
    fn read(
        req: Request,
        core: &AppState,
    ) -> impl std::future::Future<Output = Result<Self, PageError>> + Send;
    fn csrf(&self) -> &str;
}

impl Posted for Fields {
    async fn read(req: Request, core: &AppState) -> Result<Self, PageError> {
        let body = Bytes::from_request(req, core)
            .await
            .map_err(|e| PageError::Response(Box::new(e.into_response())))?;
        Ok(Self::parse(&body))
    }

    fn csrf(&self) -> &str {
        self.get("csrf")
    }
}

/// A guild page's posted form, its CSRF token checked against the session.
pub struct GuildForm<T = Fields> {
    pub ctx: GuildCtx,
    pub form: T,
}

impl<T: Posted + Send> FromRequest<AppState> for GuildForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, core: &AppState) -> Result<Self, PageError> {
        let (mut parts, body) = req.into_parts();
        let ctx = GuildCtx::from_request_parts(&mut parts, core).await?;
        let form = T::read(Request::from_parts(parts, body), core).await?;
        ctx.check_csrf(form.csrf())?;
        Ok(Self { ctx, form })
    }
}

impl GuildCtx {
    /// Authorises a visit: anonymous visitors go to the login (and back to `next`); anyone
    /// below `need` in `guild` (or not in it, or a guild the bot is not in) gets 404.
    pub async fn open(
        core: &AppCore,
        session: Option<Session>,
        guild: u64,
        need: Level,
        next: String,
    ) -> Result<Self, PageError> {
        let Some(session) = session else {
            return Err(PageError::Login { next });
        };
        let guild = GuildId::new(guild);
        let user = session.user;
        let name = core
            .cache
            .read(move |r| r.guild(guild))
            .await
            .or_fail("cannot read the cache")?
            .ok_or(PageError::NotFound)?
            .name;
        // Membership and roles from the cache, fetched from Discord when missing or old.
        let (roles, level) = crate::services::facts::member_level(core, guild, user)
            .await
            .or_fail("cannot compute a dashboard user's level")?
            .ok_or(PageError::NotFound)?;
        if level < need || level == Level::Everyone {
            return Err(PageError::NotFound);
        }
        Ok(Self {
            session,
            guild,
            name,
            level,
            roles,
        })
    }

    pub fn user(&self) -> UserId {
        self.session.user
    }

    pub fn is_admin(&self) -> bool {
        self.level == Level::Admin
    }

    /// What the visitor's lists are narrowed to.
    pub fn viewer(&self) -> Viewer {
        if self.is_admin() {
            Viewer::All
        } else {
            Viewer::Support {
                user: self.user(),
                roles: self.roles.clone(),
            }
        }
    }

    pub fn chrome(&self, tab: Tab, done: Option<&str>) -> Chrome {
        let mut chrome = Chrome::new(
            &self.session,
            Some(GuildNav {
                id: self.guild,
                name: self.name.clone(),
                level: self.level,
                tab,
            }),
        );
        chrome.notice = crate::web::view::notice(done);
        chrome
    }

    /// Refuses a form without the session's CSRF token.
    pub fn check_csrf(&self, token: &str) -> Result<(), PageError> {
        if constant_time_eq(token.as_bytes(), self.session.csrf.as_bytes()) {
            Ok(())
        } else {
            Err(PageError::Expired)
        }
    }

    /// Records a change in the guild's audit log. A failure to record is logged; the change
    /// itself is already saved.
    pub async fn audit(&self, core: &AppCore, action: &str, detail: String) {
        self.audit_about(core, action, detail, None).await;
    }

    /// [`GuildCtx::audit`] for a change about a user (their id in the target column).
    pub async fn audit_about(
        &self,
        core: &AppCore,
        action: &str,
        detail: String,
        target: Option<UserId>,
    ) {
        let entry = Entry {
            user: self.user(),
            username: self.session.username.clone(),
            action: action.to_owned(),
            detail,
            at: core.clock.now(),
            target,
        };
        tracing::info!(guild = %self.guild, user = %self.user(), action, "dashboard change");
        if let Err(e) = crate::store::audit::record(&core.db, self.guild, entry).await {
            tracing::error!(error = %e, "cannot record a dashboard change in the audit log");
        }
    }

    /// After a form's action: a change is recorded in the audit log and answered with a
    /// redirect to `back` and its confirmation; a refusal comes back as the page's chrome
    /// carrying the reason, for the caller to show the form again.
    pub async fn finish(
        &self,
        core: &AppCore,
        outcome: Outcome,
        back: &str,
        tab: Tab,
    ) -> Result<Response, Chrome> {
        match outcome {
            Ok(change) => {
                self.audit_about(core, change.action, change.detail, change.target)
                    .await;
                Ok(self.done(back, change.done))
            }
            Err(message) => {
                let mut chrome = self.chrome(tab, None);
                chrome.error = Some(message);
                Err(chrome)
            }
        }
    }

    /// After a change: back to `path` below the guild, with a confirmation.
    pub fn done(&self, path: &str, done: &str) -> Response {
        Redirect::to(&format!("/servers/{}{path}?done={done}", self.guild)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route under `/servers/{guild}` has a guild rule the extractor finds, and pages
    /// are staff-only exactly where the table says so.
    #[test]
    fn the_level_comes_from_the_route_table() {
        for route in routes::ROUTES
            .iter()
            .filter(|r| r.path.starts_with("/servers/{guild}"))
        {
            let level = routes::rule(route.method, route.path).and_then(guild_level);
            assert!(level.is_some(), "{} {}", route.method, route.path);
            let staff = route.access == Access::GuildStaff;
            assert_eq!(level == Some(Level::Support), staff, "{}", route.path);
        }
        assert_eq!(
            routes::rule("GET", "/servers/{guild}").and_then(guild_level),
            Some(Level::Support)
        );
        assert_eq!(
            routes::rule("POST", "/servers/{guild}/settings").and_then(guild_level),
            Some(Level::Admin)
        );
        assert_eq!(routes::rule("GET", "/servers").and_then(guild_level), None);
        assert_eq!(
            routes::rule("DELETE", "/servers/{guild}/settings").and_then(guild_level),
            None
        );
    }

    /// After the login a visitor comes back to the page, or for a form posted to a path with
    /// no page (delete, send) to the page of its section.
    #[test]
    fn after_login_back_to_a_page() {
        let cases = [
            (
                Method::GET,
                "/servers/{guild}/panels/{panel}",
                "/servers/7/panels/3",
                "/servers/7/panels/3",
            ),
            (
                Method::POST,
                "/servers/{guild}/panels/{panel}",
                "/servers/7/panels/3",
                "/servers/7/panels/3",
            ),
            (
                Method::POST,
                "/servers/{guild}/panels/{panel}/delete",
                "/servers/7/panels/3/delete",
                "/servers/7/panels",
            ),
            (
                Method::POST,
                "/servers/{guild}/tags",
                "/servers/7/tags",
                "/servers/7/tags",
            ),
        ];
        for (method, pattern, path, next) in cases {
            assert_eq!(
                login_next(&method, pattern, path, 7),
                next,
                "{method} {path}"
            );
        }
    }
}
