//! `/servers/{guild}/…`: a guild's dashboard pages. Every handler takes a [`GuildCtx`] (or a
//! [`GuildForm`] for a POST), an extractor that applies the route's access rule from
//! `web::routes::ROUTES`: it recomputes the visitor's level from the entity cache and the staff
//! settings and refuses anyone below the rule with the same 404 as a guild the bot is not in,
//! and checks a form's CSRF token. Handlers return `Result<Response, PageError>`; each change
//! is recorded in the audit log ([`GuildCtx::audit`], or [`GuildCtx::finish`] for the pages
//! whose form actions return an [`Outcome`]).

pub mod action;
pub mod audit;
mod ctx;
pub mod forms;
pub mod integrations;
pub mod labels;
pub mod multipanels;
pub mod panels;
pub mod settings;
pub mod settings_access;
pub mod staff;
pub mod stats;
pub mod tags;
pub mod tickets;
pub mod transcripts;
pub mod welcome_embed;

use super::error::{OrFail, PageError};
use crate::cache::model::{CachedChannel, CachedRole, ChannelKind};
use crate::ids::{GuildId, UserId};
use crate::services::AppCore;

pub use ctx::{GuildCtx, GuildForm, Posted};

/// An internal failure inside a form's action: logged once, the safe text for the form.
pub fn internal(what: &str, e: &dyn std::fmt::Display) -> String {
    tracing::error!(error = %e, "{what}");
    crate::web::lang::t("web-internal-error")
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

/// The guild's channels and roles for the pickers, sorted as Discord shows them.
#[derive(Debug, Clone, Default)]
pub struct Pickers {
    pub categories: Vec<(String, String)>,
    pub text_channels: Vec<(String, String)>,
    pub roles: Vec<(String, String)>,
}

impl Pickers {
    pub async fn load(core: &AppCore, guild: GuildId) -> Result<Self, PageError> {
        let (mut channels, mut roles): (Vec<CachedChannel>, Vec<CachedRole>) = core
            .cache
            .read(move |r| Ok((r.channels(guild)?, r.roles(guild)?)))
            .await
            .or_fail("cannot read the cache")?;
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
