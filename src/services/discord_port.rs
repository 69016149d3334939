//! What services and the job runner ask of Discord, as one narrow interface. The bot
//! implements it once it has connected ([`super::AppCore::set_discord_port`]) and withdraws it
//! when it stops; without it, services answer from the cache alone and Discord-bound jobs wait.
//! Everything crossing it is ticketbox's own types: no serenity type reaches a service.

use crate::cache::{CachedMember, CachedUser};
use crate::domain::job_kind::JobKind;
use crate::domain::panels::Panel;
use crate::ids::{ChannelId, GuildId, MessageId, UserId};
use crate::store::multi_panels::MultiPanel;

/// Discord's answer to Get Guild Member.
#[derive(Debug)]
pub enum MemberAnswer {
    Found(Box<CachedMember>, CachedUser),
    /// Unknown Guild, Unknown Member or Unknown User.
    Gone,
    /// Discord unreachable or refusing for now (the detail, for the log).
    Unavailable(String),
}

/// How a job's run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobOutcome {
    Done,
    Retry(String),
    Fail(String),
}

impl JobOutcome {
    /// Done, or retried later with the error.
    pub fn retry_on_error(result: Result<(), String>) -> Self {
        result.map_or_else(Self::Retry, |()| Self::Done)
    }
}

#[async_trait::async_trait]
pub trait DiscordPort: Send + Sync {
    /// The bot's own user id.
    fn bot_id(&self) -> UserId;
    /// Get Guild Member.
    async fn member(&self, guild: GuildId, user: UserId) -> MemberAnswer;
    /// Search Guild Members (username or nickname starting with `query`, 100 at most).
    async fn search_members(
        &self,
        guild: GuildId,
        query: &str,
    ) -> Result<Vec<(CachedMember, CachedUser)>, String>;
    /// Posts a panel's message; the error is what a user may read (in their language).
    async fn post_panel(
        &self,
        channel: ChannelId,
        panel: &Panel,
    ) -> Result<MessageId, crate::i18n::Text>;
    /// Posts a multi-panel's message with `panels` (built-in texts in `lang`, the server's);
    /// the error is the text a user may read.
    async fn post_multi_panel(
        &self,
        channel: ChannelId,
        multi: &MultiPanel,
        panels: &[Panel],
        lang: crate::i18n::Lang,
    ) -> Result<MessageId, crate::i18n::Text>;
    /// Sends `user` a direct message, with a file when given; the error (DMs closed, no shared
    /// server, too large) is for the log.
    async fn send_dm(
        &self,
        user: UserId,
        text: &str,
        file: Option<(String, Vec<u8>)>,
    ) -> Result<(), String>;
    /// Runs a job of a kind that needs Discord ([`JobKind::needs_discord`]); `attempts`
    /// counts this run.
    async fn run_job(&self, job: &JobKind, attempts: u32) -> JobOutcome;
}
