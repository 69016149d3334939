//! What the dashboard asks of Discord: posting a panel. The web layer calls these with ids;
//! serenity stays in here. They use the bot's REST client, available once the bot connected.

use poise::serenity_prelude as serenity;

use super::BotError;
use super::tickets::ui;
use crate::app::AppCore;
use crate::ids::{ChannelId, GuildId, MessageId, PanelId};
use crate::store::panels;

/// Why a panel could not be posted; `Display` is the message the dashboard shows.
#[derive(Debug, thiserror::Error)]
pub enum PostError {
    #[error(
        "The bot is not connected to Discord right now, so nothing was posted. Try again in a minute."
    )]
    NotConnected,
    #[error("That panel no longer exists.")]
    NoPanel,
    #[error("{0}")]
    Discord(String),
    /// An internal failure, logged by the caller.
    #[error("{}", crate::web::pages::INTERNAL_ERROR)]
    Internal(String),
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
    let http = core.discord_http().ok_or(PostError::NotConnected)?;
    let panel = panels::get(&core.db, guild, panel)
        .await?
        .ok_or(PostError::NoPanel)?;
    let sent = serenity::ChannelId::new(channel.get())
        .send_message(&http, ui::panel_message(&panel))
        .await;
    let message = match sent {
        Ok(m) => MessageId::new(m.id.get()),
        Err(e) => return Err(PostError::Discord(BotError::from(e).user_message())),
    };
    panels::set_sent(&core.db, panel.id, channel, message).await?;
    Ok(message)
}

/// Whether `raw` is an emoji a button can show (unicode, or `<:name:id>`).
pub fn is_emoji(raw: &str) -> bool {
    ui::parse_emoji(raw).is_some()
}

/// Posts multi-panel `multi` of `guild` in `channel` (checked by the caller) with the panels
/// it still has, and records where.
pub async fn post_multi_panel(
    core: &AppCore,
    guild: GuildId,
    title: String,
    channel: ChannelId,
) -> Result<MessageId, PostError> {
    let http = core.discord_http().ok_or(PostError::NotConnected)?;
    let multi = crate::store::multi_panels::by_title(&core.db, guild, title)
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
            "Every panel of this multi-panel was deleted: add panels first.".to_owned(),
        ));
    }
    let sent = serenity::ChannelId::new(channel.get())
        .send_message(&http, ui::multi_panel_message(&multi, &members))
        .await;
    let message = match sent {
        Ok(m) => MessageId::new(m.id.get()),
        Err(e) => return Err(PostError::Discord(BotError::from(e).user_message())),
    };
    crate::store::multi_panels::set_sent(&core.db, multi.id, channel, message).await?;
    Ok(message)
}
