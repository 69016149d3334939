//! A channel deleted by hand in Discord: settings that named it are cleared and the audit
//! log says so (the ticket of a deleted ticket channel is closed by `tickets::close`).

use crate::domain::settings::forget_channel;
use crate::ids::{ChannelId, GuildId};
use crate::store::settings;

use super::Data;

/// Clears the settings of `guild` that named `channel` (`name`: what it was called, for the
/// audit entry). Nothing is written for a guild whose settings never named it.
pub async fn forget_in_settings(data: Data, guild: GuildId, channel: ChannelId, name: String) {
    let core = &data.core;
    let cleared = match settings::load(&core.db, guild).await {
        Ok(mut current) => forget_channel(&mut current, channel),
        Err(e) => {
            tracing::error!(%guild, error = %e, "cannot read the settings of a guild whose channel was deleted");
            return;
        }
    };
    if cleared.is_empty() {
        return;
    }
    let now = core.clock.now();
    // Cleared again inside the transaction: a setting changed meanwhile is left alone.
    let saved = settings::update(&core.db, guild, now, move |s| {
        forget_channel(s, channel);
    })
    .await;
    if let Err(e) = saved {
        tracing::error!(%guild, error = %e, "cannot clear the settings naming a deleted channel");
        return;
    }
    tracing::info!(%guild, %channel, settings = ?cleared, "a channel named in the settings was deleted; cleared");
    super::command_audit::record_own(
        &data,
        guild,
        "settings.channel_deleted",
        format!(
            "#{name} ({channel}) was deleted in Discord; cleared: {}",
            cleared.join(", ")
        ),
    )
    .await;
}
