//! Per-guild settings. A guild without a row has the defaults of [`GuildSettings`].

use rusqlite::{Connection, OptionalExtension, params};

use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::domain::levels::Level;
use crate::domain::permissions::Permissions;
use crate::domain::settings::GuildSettings;
use crate::i18n::Lang;
use crate::ids::{ChannelId, GuildId, PanelId};

fn channel(raw: Option<i64>) -> Option<ChannelId> {
    raw.map(ChannelId::from_sql)
}

fn load_with(conn: &Connection, guild: GuildId) -> Result<GuildSettings, StoreError> {
    let row = conn
        .query_row(
            "SELECT ticket_category_id, overflow_category_id, log_channel_id, use_threads,
                    thread_notification_channel_id, ticket_limit, users_can_close,
                    close_confirmation, naming_scheme, welcome_message, claim_support_can_view,
                    claim_support_can_type, dm_on_close, feedback_enabled, open_cap,
                    hide_claim_button, hide_close_button, hide_close_with_reason_button,
                    thread_archive_minutes, welcome_embed, store_transcripts,
                    disable_open_command, start_ticket_level, start_ticket_add_author,
                    start_ticket_panel_id, opener_denied, support_denied, language,
                    member_language
             FROM guild_settings WHERE guild_id = ?1",
            [guild.to_sql()],
            |r| {
                Ok(GuildSettings {
                    ticket_category: channel(r.get(0)?),
                    overflow_category: channel(r.get(1)?),
                    log_channel: channel(r.get(2)?),
                    use_threads: r.get(3)?,
                    thread_notification_channel: channel(r.get(4)?),
                    ticket_limit: r.get(5)?,
                    users_can_close: r.get(6)?,
                    close_confirmation: r.get(7)?,
                    naming_scheme: r.get(8)?,
                    welcome_message: r.get(9)?,
                    claim_support_can_view: r.get(10)?,
                    claim_support_can_type: r.get(11)?,
                    dm_on_close: r.get(12)?,
                    feedback_enabled: r.get(13)?,
                    open_cap: r.get(14)?,
                    hide_claim_button: r.get(15)?,
                    hide_close_button: r.get(16)?,
                    hide_close_with_reason_button: r.get(17)?,
                    thread_archive_minutes: r.get(18)?,
                    welcome_embed: super::embed_from(r.get(19)?),
                    store_transcripts: r.get(20)?,
                    disable_open_command: r.get(21)?,
                    start_ticket_level: Level::parse(&r.get::<_, String>(22)?)
                        .unwrap_or(Level::Everyone),
                    start_ticket_add_author: r.get(23)?,
                    start_ticket_panel: r.get::<_, Option<i64>>(24)?.map(PanelId::new),
                    opener_denied: Permissions(r.get::<_, i64>(25)?.cast_unsigned()),
                    support_denied: Permissions(r.get::<_, i64>(26)?.cast_unsigned()),
                    language: r
                        .get::<_, Option<String>>(27)?
                        .as_deref()
                        .and_then(Lang::from_code),
                    member_language: r.get(28)?,
                })
            },
        )
        .optional()?;
    Ok(row.unwrap_or_default())
}

/// The guild's settings (defaults when it has none).
pub async fn load(db: &Db, guild: GuildId) -> Result<GuildSettings, StoreError> {
    db.read(move |conn| load_with(conn, guild)).await
}

/// Reads, changes and saves the settings in one transaction; returns the saved settings.
pub async fn update(
    db: &Db,
    guild: GuildId,
    now: Timestamp,
    change: impl FnOnce(&mut GuildSettings) + Send + 'static,
) -> Result<GuildSettings, StoreError> {
    db.write(move |tx| {
        let mut settings = load_with(tx, guild)?;
        change(&mut settings);
        tx.execute(
            "INSERT INTO guild_settings (guild_id, ticket_category_id, overflow_category_id,
                 log_channel_id, use_threads, thread_notification_channel_id, ticket_limit,
                 users_can_close, close_confirmation, naming_scheme, welcome_message,
                 claim_support_can_view, claim_support_can_type, dm_on_close, updated_at,
                 feedback_enabled, open_cap, hide_claim_button, hide_close_button,
                 hide_close_with_reason_button, thread_archive_minutes, welcome_embed,
                 store_transcripts, disable_open_command, start_ticket_level,
                 start_ticket_add_author, start_ticket_panel_id, opener_denied, support_denied,
                 language, member_language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)
             ON CONFLICT (guild_id) DO UPDATE SET
                 ticket_category_id = excluded.ticket_category_id,
                 overflow_category_id = excluded.overflow_category_id,
                 log_channel_id = excluded.log_channel_id,
                 use_threads = excluded.use_threads,
                 thread_notification_channel_id = excluded.thread_notification_channel_id,
                 ticket_limit = excluded.ticket_limit,
                 users_can_close = excluded.users_can_close,
                 close_confirmation = excluded.close_confirmation,
                 naming_scheme = excluded.naming_scheme,
                 welcome_message = excluded.welcome_message,
                 claim_support_can_view = excluded.claim_support_can_view,
                 claim_support_can_type = excluded.claim_support_can_type,
                 dm_on_close = excluded.dm_on_close,
                 feedback_enabled = excluded.feedback_enabled,
                 open_cap = excluded.open_cap,
                 hide_claim_button = excluded.hide_claim_button,
                 hide_close_button = excluded.hide_close_button,
                 hide_close_with_reason_button = excluded.hide_close_with_reason_button,
                 thread_archive_minutes = excluded.thread_archive_minutes,
                 welcome_embed = excluded.welcome_embed,
                 store_transcripts = excluded.store_transcripts,
                 disable_open_command = excluded.disable_open_command,
                 start_ticket_level = excluded.start_ticket_level,
                 start_ticket_add_author = excluded.start_ticket_add_author,
                 start_ticket_panel_id = excluded.start_ticket_panel_id,
                 opener_denied = excluded.opener_denied,
                 support_denied = excluded.support_denied,
                 language = excluded.language,
                 member_language = excluded.member_language,
                 updated_at = excluded.updated_at",
            params![
                guild.to_sql(),
                settings.ticket_category.map(ChannelId::to_sql),
                settings.overflow_category.map(ChannelId::to_sql),
                settings.log_channel.map(ChannelId::to_sql),
                settings.use_threads,
                settings.thread_notification_channel.map(ChannelId::to_sql),
                settings.ticket_limit,
                settings.users_can_close,
                settings.close_confirmation,
                settings.naming_scheme,
                settings.welcome_message,
                settings.claim_support_can_view,
                settings.claim_support_can_type,
                settings.dm_on_close,
                now.millis(),
                settings.feedback_enabled,
                settings.open_cap,
                settings.hide_claim_button,
                settings.hide_close_button,
                settings.hide_close_with_reason_button,
                settings.thread_archive_minutes,
                super::embed_json(&settings.welcome_embed),
                settings.store_transcripts,
                settings.disable_open_command,
                settings.start_ticket_level.as_str(),
                settings.start_ticket_add_author,
                settings.start_ticket_panel.map(PanelId::get),
                settings.opener_denied.0.cast_signed(),
                settings.support_denied.0.cast_signed(),
                settings.language.map(Lang::code),
                settings.member_language,
            ],
        )?;
        Ok(settings)
    })
    .await
}
