//! `/servers/{guild}/…`: a guild's dashboard pages. Every handler starts with
//! [`GuildCtx::open`], which recomputes the visitor's level from the entity cache and the staff
//! settings and refuses anyone below the page's level with the same 404 as a guild the bot is
//! not in; every POST opens with [`GuildCtx::open_form`], which also checks the session's CSRF
//! token, and records its change in the audit log ([`GuildCtx::audit`], or
//! [`GuildCtx::finish`] for the pages whose form actions return an [`Outcome`]).

pub mod audit;
pub mod forms;
pub mod multipanels;
pub mod panels;
pub mod settings;
pub mod staff;
pub mod tags;
pub mod tickets;
pub mod transcripts;

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::auth::{constant_time_eq, login_redirect};
use super::form::Fields;
use super::pages;
use super::view::{Chrome, GuildNav, Tab};
use crate::cache::model::{CachedChannel, CachedRole, ChannelKind};
use crate::domain::levels::Level;
use crate::ids::{GuildId, RoleId, UserId};
use crate::services::AppCore;
use crate::store::audit::Entry;
use crate::store::sessions::Session;
use crate::store::ticket_lists::Viewer;

const NOT_FOUND: &str = "No such server, or you may not manage it.";

/// The page answering anything the visitor may not see.
pub fn not_found() -> Response {
    pages::message(StatusCode::NOT_FOUND, NOT_FOUND)
}

pub use pages::failed;

/// An internal failure inside a form's action: logged once, the safe text for the form.
pub fn internal(what: &str, e: &dyn std::fmt::Display) -> String {
    tracing::error!(error = %e, "{what}");
    pages::INTERNAL_ERROR.to_owned()
}

/// A change a form's action made: its audit log entry and the confirmation shown after.
pub struct Change {
    pub action: &'static str,
    pub detail: String,
    pub done: &'static str,
    /// The user the change is about, for the audit log's target column.
    pub target: Option<UserId>,
}

impl Change {
    pub fn new(action: &'static str, detail: String, done: &'static str) -> Self {
        Self {
            action,
            detail,
            done,
            target: None,
        }
    }

    /// The change is about `target` when it is a user.
    #[must_use]
    pub fn about(mut self, target: crate::domain::levels::Target) -> Self {
        if let crate::domain::levels::Target::User(user) = target {
            self.target = Some(user);
        }
        self
    }
}

/// A form's action: the change made, or why nothing changed (shown on the form).
pub type Outcome = Result<Change, String>;

/// The guild a request is about, and who is asking.
pub struct GuildCtx {
    pub session: Session,
    pub guild: GuildId,
    pub name: String,
    pub level: Level,
    /// The visitor's roles in the guild (from the cache).
    pub roles: Vec<RoleId>,
}

impl GuildCtx {
    /// Authorises a visit of `path`: anonymous visitors go to the login; anyone below `need`
    /// in `guild` (or not in it, or a guild the bot is not in) gets 404.
    pub async fn open(
        core: &AppCore,
        session: Option<Session>,
        guild: u64,
        need: Level,
        path: &str,
    ) -> Result<Self, Response> {
        let Some(session) = session else {
            return Err(login_redirect(path));
        };
        let guild = GuildId::new(guild);
        let user = session.user;
        let name = match core.cache.read(move |r| r.guild(guild)).await {
            Ok(Some(g)) => g.name,
            Ok(None) => return Err(not_found()),
            Err(e) => return Err(failed("cannot read the cache", &e)),
        };
        // Membership and roles from the cache, fetched from Discord when missing or old.
        let (roles, level) = match crate::services::facts::member_level(core, guild, user).await {
            Ok(Some(found)) => found,
            Ok(None) => return Err(not_found()),
            Err(e) => return Err(failed("cannot compute a dashboard user's level", &e)),
        };
        if level < need || level == Level::Everyone {
            return Err(not_found());
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
        chrome.notice = super::view::notice(done);
        chrome
    }

    /// Refuses a form without the session's CSRF token.
    #[allow(clippy::result_large_err)] // the refusal is the response itself, built once
    pub fn check_csrf(&self, token: &str) -> Result<(), Response> {
        if constant_time_eq(token.as_bytes(), self.session.csrf.as_bytes()) {
            Ok(())
        } else {
            Err(pages::message(
                StatusCode::FORBIDDEN,
                "This form expired or did not come from this dashboard. Reload the page and try again.",
            ))
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

    /// Opens the guild page of `tab` at the level the tab asks for.
    pub async fn open_tab(
        core: &AppCore,
        session: Option<Session>,
        guild: u64,
        tab: Tab,
    ) -> Result<Self, Response> {
        Self::open(core, session, guild, tab.level(), &tab.url(guild)).await
    }

    /// [`GuildCtx::open_tab`] for a form posted to the tab's page; checks its CSRF token.
    pub async fn open_tab_form(
        core: &AppCore,
        session: Option<Session>,
        guild: u64,
        tab: Tab,
        body: &Bytes,
    ) -> Result<(Self, Fields), Response> {
        Self::open_form(core, session, guild, tab.level(), &tab.url(guild), body).await
    }

    /// Opens `guild` at `need` for a posted form and checks the form's CSRF token.
    pub async fn open_form(
        core: &AppCore,
        session: Option<Session>,
        guild: u64,
        need: Level,
        path: &str,
        body: &Bytes,
    ) -> Result<(Self, Fields), Response> {
        let ctx = Self::open(core, session, guild, need, path).await?;
        let fields = Fields::parse(body);
        ctx.check_csrf(fields.get("csrf"))?;
        Ok((ctx, fields))
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

/// The guild's channels and roles for the pickers, sorted as Discord shows them.
#[derive(Debug, Clone, Default)]
pub struct Pickers {
    pub categories: Vec<(String, String)>,
    pub text_channels: Vec<(String, String)>,
    pub roles: Vec<(String, String)>,
}

impl Pickers {
    pub async fn load(core: &AppCore, guild: GuildId) -> Result<Self, Response> {
        let read = core
            .cache
            .read(move |r| Ok((r.channels(guild)?, r.roles(guild)?)))
            .await;
        let (mut channels, mut roles): (Vec<CachedChannel>, Vec<CachedRole>) = match read {
            Ok(found) => found,
            Err(e) => return Err(failed("cannot read the cache", &e)),
        };
        channels.sort_by_key(|c| (c.position, c.id));
        roles.sort_by_key(|r| (std::cmp::Reverse(r.position), r.id));
        let pick = |kind: ChannelKind| {
            channels
                .iter()
                .filter(|c| c.kind == kind)
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect()
        };
        Ok(Self {
            categories: pick(ChannelKind::Category),
            text_channels: pick(ChannelKind::Text),
            roles: roles
                .iter()
                // @everyone (same id as the guild) and bot-managed roles are never staff.
                .filter(|r| r.id.get() != guild.get() && !r.managed)
                .map(|r| (r.id.to_string(), r.name.clone()))
                .collect(),
        })
    }

    pub fn has_category(&self, id: &str) -> bool {
        self.categories.iter().any(|(i, _)| i == id)
    }

    pub fn has_text(&self, id: &str) -> bool {
        self.text_channels.iter().any(|(i, _)| i == id)
    }

    pub fn has_role(&self, id: &str) -> bool {
        self.roles.iter().any(|(i, _)| i == id)
    }
}
