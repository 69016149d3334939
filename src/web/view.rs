//! Rendering dashboard pages: the page chrome (header, user, logout, guild tabs, notices)
//! shared by every template, and turning a template into a response.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::clock::Timestamp;
use crate::domain::levels::Level;
use crate::ids::GuildId;
use crate::store::sessions::Session;

/// A tab of a guild's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Tickets,
    Transcripts,
    Stats,
    Settings,
    Panels,
    MultiPanels,
    Forms,
    Staff,
    Tags,
    Labels,
    Integrations,
    Audit,
}

impl Tab {
    const ALL: [Self; 12] = [
        Self::Tickets,
        Self::Transcripts,
        Self::Stats,
        Self::Settings,
        Self::Panels,
        Self::MultiPanels,
        Self::Forms,
        Self::Staff,
        Self::Tags,
        Self::Labels,
        Self::Integrations,
        Self::Audit,
    ];

    /// The page's path below `/servers/{guild}`.
    pub fn path(self) -> &'static str {
        match self {
            Self::Tickets => "",
            Self::Transcripts => "/transcripts",
            Self::Stats => "/stats",
            Self::Settings => "/settings",
            Self::Panels => "/panels",
            Self::MultiPanels => "/multipanels",
            Self::Forms => "/forms",
            Self::Staff => "/staff",
            Self::Tags => "/tags",
            Self::Labels => "/labels",
            Self::Integrations => "/integrations",
            Self::Audit => "/audit",
        }
    }

    /// The page's full path for `guild`.
    pub fn url(self, guild: u64) -> String {
        format!("/servers/{guild}{}", self.path())
    }

    /// Who may open the page (and sees its tab): support staff the ticket lists, admins the
    /// rest.
    pub fn level(self) -> Level {
        match self {
            Self::Tickets | Self::Transcripts | Self::Stats => Level::Support,
            _ => Level::Admin,
        }
    }

    /// The tab's label in the visitor's language.
    fn label(self) -> String {
        super::lang::t(match self {
            Self::Tickets => "web-tab-tickets",
            Self::Transcripts => "web-tab-transcripts",
            Self::Stats => "web-tab-stats",
            Self::Settings => "web-tab-settings",
            Self::Panels => "web-tab-panels",
            Self::MultiPanels => "web-tab-multipanels",
            Self::Forms => "web-tab-forms",
            Self::Staff => "web-tab-staff",
            Self::Tags => "web-tab-tags",
            Self::Labels => "web-tab-labels",
            Self::Integrations => "web-tab-integrations",
            Self::Audit => "web-tab-audit",
        })
    }

    /// The tabs `level` sees, with their path below `/servers/{guild}` and label.
    pub fn visible(level: Level) -> Vec<(Self, &'static str, String)> {
        Self::ALL
            .into_iter()
            .filter(|t| level >= t.level())
            .map(|t| (t, t.path(), t.label()))
            .collect()
    }
}

/// The guild a page belongs to, for the header and tabs.
#[derive(Debug, Clone)]
pub struct GuildNav {
    pub id: GuildId,
    pub name: String,
    pub level: Level,
    pub tab: Tab,
}

impl GuildNav {
    pub fn tabs(&self) -> Vec<(bool, String, String)> {
        Tab::visible(self.level)
            .into_iter()
            .map(|(tab, path, label)| {
                (
                    tab == self.tab,
                    format!("/servers/{}{path}", self.id),
                    label,
                )
            })
            .collect()
    }

    pub fn is_admin(&self) -> bool {
        self.level == Level::Admin
    }
}

/// What every dashboard page shows around its content.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub username: String,
    pub csrf: String,
    pub guild: Option<GuildNav>,
    /// A confirmation of the last change (after a redirect).
    pub notice: Option<String>,
    /// Why the submitted form was not saved.
    pub error: Option<String>,
}

impl Chrome {
    pub fn new(session: &Session, guild: Option<GuildNav>) -> Self {
        Self {
            username: session.username.clone(),
            csrf: session.csrf.clone(),
            guild,
            notice: None,
            error: None,
        }
    }
}

impl Chrome {
    /// Whether the visitor administers the page's guild.
    pub fn is_admin(&self) -> bool {
        self.guild.as_ref().is_some_and(GuildNav::is_admin)
    }

    /// `/servers/{guild}`, the prefix of the guild's pages.
    pub fn base(&self) -> String {
        self.guild
            .as_ref()
            .map(|g| format!("/servers/{}", g.id))
            .unwrap_or_default()
    }
}

/// Confirmations a redirect may ask for (`?done=…`), in the visitor's language; anything else
/// shows nothing.
pub fn notice(code: Option<&str>) -> Option<String> {
    let id = match code? {
        "saved" => "web-done-saved",
        "created" => "web-done-created",
        "deleted" => "web-done-deleted",
        "sent" => "web-done-sent",
        "added" => "web-done-added",
        "removed" => "web-done-removed",
        "moved" => "web-done-moved",
        "blacklisted" => "web-done-blacklisted",
        "unblacklisted" => "web-done-unblacklisted",
        _ => return None,
    };
    Some(super::lang::t(id))
}

/// A template as a response with `status`; a template that fails to render is logged.
pub fn page(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => super::pages::failed("cannot render a dashboard page", &e),
    }
}

/// A UTC date and time to the minute, as the visitor's language writes dates
/// (`2026-12-07 14:05`, `07.12.2026 14:05`).
pub fn when(t: Timestamp) -> String {
    super::lang::current().date_time(t)
}

/// A short age in the visitor's language: "3 d", "5 h", "12 min".
pub fn age(since: Timestamp, now: Timestamp) -> String {
    let mins = (now.millis() - since.millis()).max(0) / 60_000;
    let count = |n: i64| usize::try_from(n).unwrap_or(0);
    if mins >= 48 * 60 {
        super::lang::n("web-age-days", "count", count(mins / (24 * 60)))
    } else if mins >= 60 {
        super::lang::n("web-age-hours", "count", count(mins / 60))
    } else {
        super::lang::n("web-age-minutes", "count", count(mins))
    }
}
