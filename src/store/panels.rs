//! Panels and their support teams and mention roles.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::{Db, StoreError, is_unique_violation};
use crate::clock::Timestamp;
use crate::domain::access_rules::AccessRule;
use crate::domain::panels::{ButtonStyle, Panel, PanelDraft};
use crate::ids::{ChannelId, FormId, GuildId, MessageId, PanelId, RoleId, TeamId};

const COLUMNS: &str = "id, title, content, colour, button_label, button_emoji, button_style, \
    category_id, naming_scheme, welcome_message, mention_opener, form_id, use_threads, \
    ticket_limit, cooldown_secs, disabled, channel_id, exit_survey_form_id, \
    awaiting_category_id, open_cap, mention_here, embed, welcome_embed, support_hours, log_channel_id";

fn panel(r: &Row<'_>) -> rusqlite::Result<Panel> {
    Ok(Panel {
        id: PanelId::new(r.get(0)?),
        draft: PanelDraft {
            title: r.get(1)?,
            content: r.get(2)?,
            colour: r.get(3)?,
            button_label: r.get(4)?,
            button_emoji: r.get(5)?,
            button_style: ButtonStyle::parse(&r.get::<_, String>(6)?)
                .unwrap_or(ButtonStyle::Primary),
            category: r.get::<_, Option<i64>>(7)?.map(ChannelId::from_sql),
            naming_scheme: r.get(8)?,
            welcome_message: r.get(9)?,
            mention_opener: r.get(10)?,
            mention_roles: Vec::new(),
            mention_here: r.get(20)?,
            use_threads: r.get(12)?,
            ticket_limit: r.get(13)?,
            cooldown_secs: r.get(14)?,
            open_cap: r.get(19)?,
            disabled: r.get(15)?,
            access_rules: Vec::new(),
            embed: super::embed_from(r.get(21)?),
            welcome_embed: super::embed_from(r.get(22)?),
            support_hours: r
                .get::<_, Option<String>>(23)?
                .and_then(|j| serde_json::from_str(&j).ok()),
            log_channel: r.get::<_, Option<i64>>(24)?.map(ChannelId::from_sql),
        },
        form: r.get::<_, Option<i64>>(11)?.map(FormId::new),
        channel: r.get::<_, Option<i64>>(16)?.map(ChannelId::from_sql),
        exit_survey: r.get::<_, Option<i64>>(17)?.map(FormId::new),
        awaiting_category: r.get::<_, Option<i64>>(18)?.map(ChannelId::from_sql),
    })
}

fn with_roles(conn: &Connection, mut panel: Panel) -> Result<Panel, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT role_id FROM panel_mention_roles WHERE panel_id = ?1 ORDER BY role_id",
    )?;
    panel.draft.mention_roles = stmt
        .query_map([panel.id.get()], |r| Ok(RoleId::from_sql(r.get(0)?)))?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT role_id, allow FROM panel_access_rules WHERE panel_id = ?1 ORDER BY position",
    )?;
    panel.draft.access_rules = stmt
        .query_map([panel.id.get()], |r| {
            Ok(AccessRule {
                role: RoleId::from_sql(r.get(0)?),
                allow: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(panel)
}

fn write_links(
    tx: &Transaction<'_>,
    id: PanelId,
    draft: &PanelDraft,
    teams: Option<&[TeamId]>,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE panels SET embed = ?2, welcome_embed = ?3, support_hours = ?4,
             log_channel_id = ?5 WHERE id = ?1",
        params![
            id.get(),
            super::embed_json(&draft.embed),
            super::embed_json(&draft.welcome_embed),
            draft
                .support_hours
                .as_ref()
                .map(|h| serde_json::to_string(h).unwrap_or_default()),
            draft.log_channel.map(ChannelId::to_sql)
        ],
    )?;
    tx.execute(
        "DELETE FROM panel_access_rules WHERE panel_id = ?1",
        [id.get()],
    )?;
    for (position, rule) in draft.access_rules.iter().enumerate() {
        tx.execute(
            "INSERT INTO panel_access_rules (panel_id, position, role_id, allow)
             VALUES (?1, ?2, ?3, ?4)",
            params![id.get(), position, rule.role.to_sql(), rule.allow],
        )?;
    }
    tx.execute(
        "DELETE FROM panel_mention_roles WHERE panel_id = ?1",
        [id.get()],
    )?;
    for role in &draft.mention_roles {
        tx.execute(
            "INSERT OR IGNORE INTO panel_mention_roles (panel_id, role_id) VALUES (?1, ?2)",
            params![id.get(), role.to_sql()],
        )?;
    }
    if let Some(teams) = teams {
        tx.execute(
            "DELETE FROM panel_support_teams WHERE panel_id = ?1",
            [id.get()],
        )?;
        for team in teams {
            tx.execute(
                "INSERT OR IGNORE INTO panel_support_teams (panel_id, team_id) VALUES (?1, ?2)",
                params![id.get(), team.get()],
            )?;
        }
    }
    Ok(())
}

/// Creates a panel; `Ok(None)` when the guild already has a panel with that title.
pub async fn create(
    db: &Db,
    guild: GuildId,
    draft: PanelDraft,
    teams: Vec<TeamId>,
    now: Timestamp,
) -> Result<Option<PanelId>, StoreError> {
    db.write(move |tx| {
        let inserted = tx.query_row(
            "INSERT INTO panels (guild_id, title, content, colour, button_label, button_emoji,
                 button_style, category_id, naming_scheme, welcome_message, mention_opener,
                 use_threads, ticket_limit, cooldown_secs, disabled, created_at, open_cap,
                 mention_here)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18)
             RETURNING id",
            params![
                guild.to_sql(),
                draft.title,
                draft.content,
                draft.colour,
                draft.button_label,
                draft.button_emoji,
                draft.button_style.as_str(),
                draft.category.map(ChannelId::to_sql),
                draft.naming_scheme,
                draft.welcome_message,
                draft.mention_opener,
                draft.use_threads,
                draft.ticket_limit,
                draft.cooldown_secs,
                draft.disabled,
                now.millis(),
                draft.open_cap,
                draft.mention_here,
            ],
            |r| r.get::<_, i64>(0),
        );
        let id = match inserted {
            Ok(id) => PanelId::new(id),
            Err(e) if is_unique_violation(&e) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        write_links(tx, id, &draft, Some(&teams))?;
        Ok(Some(id))
    })
    .await
}

/// Replaces a panel's settings (teams unchanged when `teams` is `None`). `Ok(false)` when the
/// new title is taken by another panel.
pub async fn update(
    db: &Db,
    guild: GuildId,
    id: PanelId,
    draft: PanelDraft,
    teams: Option<Vec<TeamId>>,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let updated = tx.execute(
            "UPDATE panels SET title = ?3, content = ?4, colour = ?5, button_label = ?6,
                 button_emoji = ?7, button_style = ?8, category_id = ?9, naming_scheme = ?10,
                 welcome_message = ?11, mention_opener = ?12, use_threads = ?13,
                 ticket_limit = ?14, cooldown_secs = ?15, disabled = ?16, open_cap = ?17,
                 mention_here = ?18
             WHERE id = ?1 AND guild_id = ?2",
            params![
                id.get(),
                guild.to_sql(),
                draft.title,
                draft.content,
                draft.colour,
                draft.button_label,
                draft.button_emoji,
                draft.button_style.as_str(),
                draft.category.map(ChannelId::to_sql),
                draft.naming_scheme,
                draft.welcome_message,
                draft.mention_opener,
                draft.use_threads,
                draft.ticket_limit,
                draft.cooldown_secs,
                draft.disabled,
                draft.open_cap,
                draft.mention_here,
            ],
        );
        match updated {
            Ok(_) => {}
            Err(e) if is_unique_violation(&e) => return Ok(false),
            Err(e) => return Err(e.into()),
        }
        write_links(tx, id, &draft, teams.as_deref())?;
        Ok(true)
    })
    .await
}

/// Deletes a panel; `false` when there was none.
pub async fn delete(db: &Db, guild: GuildId, id: PanelId) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM panels WHERE id = ?1 AND guild_id = ?2",
            params![id.get(), guild.to_sql()],
        )? == 1)
    })
    .await
}

pub async fn get(db: &Db, guild: GuildId, id: PanelId) -> Result<Option<Panel>, StoreError> {
    db.read(move |conn| {
        let found = conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM panels WHERE id = ?1 AND guild_id = ?2"),
                params![id.get(), guild.to_sql()],
                panel,
            )
            .optional()?;
        found.map(|p| with_roles(conn, p)).transpose()
    })
    .await
}

/// A panel by title, case-insensitively.
pub async fn by_title(db: &Db, guild: GuildId, title: String) -> Result<Option<Panel>, StoreError> {
    db.read(move |conn| {
        let found = conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM panels WHERE guild_id = ?1 AND lower(title) = lower(?2)"
                ),
                params![guild.to_sql(), title.trim()],
                panel,
            )
            .optional()?;
        found.map(|p| with_roles(conn, p)).transpose()
    })
    .await
}

pub async fn list(db: &Db, guild: GuildId) -> Result<Vec<Panel>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM panels WHERE guild_id = ?1 ORDER BY title"
        ))?;
        let panels: Vec<Panel> = stmt
            .query_map([guild.to_sql()], panel)?
            .collect::<Result<_, _>>()?;
        panels.into_iter().map(|p| with_roles(conn, p)).collect()
    })
    .await
}

/// Remembers where the panel message was last sent.
pub async fn set_sent(
    db: &Db,
    id: PanelId,
    channel: ChannelId,
    message: MessageId,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE panels SET channel_id = ?2, message_id = ?3 WHERE id = ?1",
            params![id.get(), channel.to_sql(), message.to_sql()],
        )?;
        Ok(())
    })
    .await
}

/// The support teams of a panel.
pub async fn team_ids(db: &Db, panel: PanelId) -> Result<Vec<TeamId>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT team_id FROM panel_support_teams WHERE panel_id = ?1 ORDER BY team_id",
        )?;
        let rows = stmt.query_map([panel.get()], |r| Ok(TeamId::new(r.get(0)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}
