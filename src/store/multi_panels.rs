//! Multi-panels: several panels on one message, as buttons or a select menu.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Db, StoreError, is_unique_violation};
use crate::clock::Timestamp;
use crate::domain::multi_panel_look::MultiPanelLook;
use crate::ids::{ChannelId, GuildId, MessageId, MultiPanelId, PanelId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiPanel {
    pub id: MultiPanelId,
    pub title: String,
    pub content: String,
    pub colour: u32,
    pub select_menu: bool,
    /// In display order.
    pub panels: Vec<PanelId>,
    pub look: MultiPanelLook,
}

/// A multi-panel row: id, title, content, colour, select menu, look (JSON).
type Head = (i64, String, String, u32, bool, Option<String>);

fn look_from(json: Option<String>) -> MultiPanelLook {
    json.and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

/// Sets how one of the guild's multi-panels looks; false when it is not (any more) there.
pub async fn set_look(
    db: &Db,
    guild: GuildId,
    id: MultiPanelId,
    look: MultiPanelLook,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let json = (!look.is_empty()).then(|| serde_json::to_string(&look).unwrap_or_default());
        Ok(tx.execute(
            "UPDATE multi_panels SET look = ?3 WHERE id = ?1 AND guild_id = ?2",
            params![id.get(), guild.to_sql(), json],
        )? == 1)
    })
    .await
}

fn members(conn: &Connection, id: i64) -> Result<Vec<PanelId>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT panel_id FROM multi_panel_members WHERE multi_panel_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| Ok(PanelId::new(r.get(0)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What a new multi-panel holds.
#[derive(Debug, Clone)]
pub struct NewMultiPanel {
    pub title: String,
    pub content: String,
    pub colour: u32,
    pub select_menu: bool,
    pub panels: Vec<PanelId>,
}

/// What [`create`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    Done(MultiPanelId),
    /// Another multi-panel of the guild has this title (whatever the case).
    TitleTaken,
    /// Fewer than two of the chosen panels are (still) the guild's.
    TooFewPanels,
}

/// A multi-panel offers at least two panels.
const MIN_PANELS: usize = 2;

/// How many of `panels` are the guild's.
fn own_panels(
    tx: &rusqlite::Transaction<'_>,
    guild: GuildId,
    panels: &[PanelId],
) -> rusqlite::Result<usize> {
    let mut stmt =
        tx.prepare_cached("SELECT count(*) > 0 FROM panels WHERE id = ?1 AND guild_id = ?2")?;
    let mut seen = std::collections::BTreeSet::new();
    for panel in panels {
        if seen.contains(panel) {
            continue;
        }
        if stmt.query_row(params![panel.get(), guild.to_sql()], |r| {
            r.get::<_, bool>(0)
        })? {
            seen.insert(*panel);
        }
    }
    Ok(seen.len())
}

/// Creates a multi-panel of the guild's panels.
pub async fn create(
    db: &Db,
    guild: GuildId,
    new: NewMultiPanel,
    now: Timestamp,
) -> Result<Created, StoreError> {
    let NewMultiPanel {
        title,
        content,
        colour,
        select_menu,
        panels,
    } = new;
    db.write(move |tx| {
        if own_panels(tx, guild, &panels)? < MIN_PANELS {
            return Ok(Created::TooFewPanels);
        }
        let inserted = tx.query_row(
            "INSERT INTO multi_panels (guild_id, title, content, colour, select_menu, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            params![
                guild.to_sql(),
                title,
                content,
                colour,
                select_menu,
                now.millis()
            ],
            |r| r.get::<_, i64>(0),
        );
        let id = match inserted {
            Ok(id) => id,
            // Titles are unique per guild, case-insensitively.
            Err(e) if is_unique_violation(&e) => return Ok(Created::TitleTaken),
            Err(e) => return Err(e.into()),
        };
        set_members(tx, guild, MultiPanelId::new(id), &panels)?;
        Ok(Created::Done(MultiPanelId::new(id)))
    })
    .await
}

pub async fn by_title(
    db: &Db,
    guild: GuildId,
    title: String,
) -> Result<Option<MultiPanel>, StoreError> {
    db.read(move |conn| {
        let head = conn
            .query_row(
                "SELECT id, title, content, colour, select_menu, look FROM multi_panels
                 WHERE guild_id = ?1 AND lower(title) = lower(?2)",
                params![guild.to_sql(), title.trim()],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, u32>(3)?,
                        r.get::<_, bool>(4)?,
                        r.get::<_, Option<String>>(5)?,
                    ))
                },
            )
            .optional()?;
        head.map(|(id, title, content, colour, select_menu, look)| {
            Ok(MultiPanel {
                id: MultiPanelId::new(id),
                title,
                content,
                colour,
                select_menu,
                panels: members(conn, id)?,
                look: look_from(look),
            })
        })
        .transpose()
    })
    .await
}

/// Every multi-panel of the guild with its panels, by title.
pub async fn all(db: &Db, guild: GuildId) -> Result<Vec<MultiPanel>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT id, title, content, colour, select_menu, look FROM multi_panels
             WHERE guild_id = ?1 ORDER BY title",
        )?;
        let heads: Vec<Head> = stmt
            .query_map([guild.to_sql()], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        heads
            .into_iter()
            .map(|(id, title, content, colour, select_menu, look)| {
                Ok(MultiPanel {
                    id: MultiPanelId::new(id),
                    title,
                    content,
                    colour,
                    select_menu,
                    panels: members(conn, id)?,
                    look: look_from(look),
                })
            })
            .collect()
    })
    .await
}

pub async fn list(db: &Db, guild: GuildId) -> Result<Vec<String>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn
            .prepare_cached("SELECT title FROM multi_panels WHERE guild_id = ?1 ORDER BY title")?;
        let rows = stmt.query_map([guild.to_sql()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}

pub async fn delete(db: &Db, guild: GuildId, id: MultiPanelId) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM multi_panels WHERE id = ?1 AND guild_id = ?2",
            params![id.get(), guild.to_sql()],
        )? == 1)
    })
    .await
}

pub async fn set_sent(
    db: &Db,
    id: MultiPanelId,
    channel: ChannelId,
    message: MessageId,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE multi_panels SET channel_id = ?2, message_id = ?3 WHERE id = ?1",
            params![id.get(), channel.to_sql(), message.to_sql()],
        )?;
        Ok(())
    })
    .await
}

/// What [`update`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Updated {
    Saved,
    /// The new title is taken by another multi-panel of the guild.
    TitleTaken,
    /// The multi-panel is not (or no longer) one of the guild's.
    Gone,
    /// Fewer than two of the chosen panels are (still) the guild's: nothing changed.
    TooFewPanels,
}

/// Replaces a multi-panel's title, text, colour, layout and panels.
pub async fn update(
    db: &Db,
    guild: GuildId,
    id: MultiPanelId,
    new: NewMultiPanel,
) -> Result<Updated, StoreError> {
    db.write(move |tx| {
        let exists: bool = tx.query_row(
            "SELECT count(*) > 0 FROM multi_panels WHERE id = ?1 AND guild_id = ?2",
            params![id.get(), guild.to_sql()],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(Updated::Gone);
        }
        if own_panels(tx, guild, &new.panels)? < MIN_PANELS {
            return Ok(Updated::TooFewPanels);
        }
        let updated = tx.execute(
            "UPDATE multi_panels SET title = ?3, content = ?4, colour = ?5, select_menu = ?6
             WHERE id = ?1 AND guild_id = ?2",
            params![
                id.get(),
                guild.to_sql(),
                new.title,
                new.content,
                new.colour,
                new.select_menu
            ],
        );
        match updated {
            Ok(1) => {}
            Ok(_) => return Ok(Updated::Gone),
            Err(e) if is_unique_violation(&e) => return Ok(Updated::TitleTaken),
            Err(e) => return Err(e.into()),
        }
        tx.execute(
            "DELETE FROM multi_panel_members WHERE multi_panel_id = ?1",
            [id.get()],
        )?;
        set_members(tx, guild, id, &new.panels)?;
        Ok(Updated::Saved)
    })
    .await
}

/// Links `panels` to the multi-panel in order; only the guild's own panels are linked.
fn set_members(
    tx: &rusqlite::Transaction<'_>,
    guild: GuildId,
    id: MultiPanelId,
    panels: &[PanelId],
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO multi_panel_members (multi_panel_id, panel_id, position)
         SELECT ?1, id, ?3 FROM panels WHERE id = ?2 AND guild_id = ?4",
    )?;
    for (position, panel) in panels.iter().enumerate() {
        insert.execute(params![id.get(), panel.get(), position, guild.to_sql()])?;
    }
    Ok(())
}
