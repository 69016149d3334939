//! Posting panels from the dashboard: the panel is read from the store and handed to Discord
//! through the port, and where it was posted is recorded.

use super::{AppCore, INTERNAL_ERROR};
use crate::ids::{ChannelId, GuildId, MessageId, PanelId};
use crate::store::{multi_panels, panels};

/// Why a panel could not be posted; [`PostError::message`] is what the dashboard shows
/// (`Display`: the same in English, for logs).
#[derive(Debug, thiserror::Error)]
pub enum PostError {
    #[error("{}", crate::msg!("post-not-connected"))]
    NotConnected,
    #[error("{}", crate::msg!("panel-gone"))]
    NoPanel,
    #[error("{0}")]
    Discord(crate::i18n::Text),
    /// An internal failure, logged by the caller.
    #[error("{INTERNAL_ERROR}")]
    Internal(String),
}

impl PostError {
    /// What the visitor reads, to be rendered in their language.
    pub fn message(&self) -> crate::i18n::Text {
        match self {
            Self::NotConnected => crate::msg!("post-not-connected").into(),
            Self::NoPanel => crate::msg!("panel-gone").into(),
            Self::Discord(text) => text.clone(),
            Self::Internal(_) => crate::msg!("web-internal-error").into(),
        }
    }
}

impl From<crate::store::StoreError> for PostError {
    fn from(e: crate::store::StoreError) -> Self {
        Self::Internal(e.to_string())
    }
}

/// Posts panel `panel` of `guild` in `channel` (a text channel of that guild, checked by the
/// caller) and records where it was posted.
pub async fn post_panel(
    core: &AppCore,
    guild: GuildId,
    panel: PanelId,
    channel: ChannelId,
) -> Result<MessageId, PostError> {
    let discord = core.discord_port().ok_or(PostError::NotConnected)?;
    let panel = panels::get(&core.db, guild, panel)
        .await?
        .ok_or(PostError::NoPanel)?;
    let message = discord
        .post_panel(channel, &panel)
        .await
        .map_err(PostError::Discord)?;
    panels::set_sent(&core.db, panel.id, channel, message).await?;
    Ok(message)
}

/// Posts multi-panel `title` of `guild` in `channel` (checked by the caller) with the panels
/// it still has, and records where.
pub async fn post_multi_panel(
    core: &AppCore,
    guild: GuildId,
    title: String,
    channel: ChannelId,
) -> Result<MessageId, PostError> {
    let discord = core.discord_port().ok_or(PostError::NotConnected)?;
    let multi = multi_panels::by_title(&core.db, guild, title)
        .await?
        .ok_or(PostError::NoPanel)?;
    let mut members = Vec::new();
    for id in &multi.panels {
        if let Some(panel) = panels::get(&core.db, guild, *id).await? {
            members.push(panel);
        }
    }
    if members.is_empty() {
        return Err(PostError::Discord(
            crate::msg!("post-multi-panel-empty").into(),
        ));
    }
    let lang = super::language::server(core, guild).await;
    let message = discord
        .post_multi_panel(channel, &multi, &members, lang)
        .await
        .map_err(PostError::Discord)?;
    multi_panels::set_sent(&core.db, multi.id, channel, message).await?;
    Ok(message)
}
