//! Forms and their inputs.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Db, StoreError, is_unique_violation};
use crate::domain::form_questions::{ChannelKind, QuestionKind, SelectOption};
use crate::domain::forms::{Form, FormInput, InputStyle, MAX_INPUTS};
use crate::ids::{FormId, GuildId, PanelId};

/// The question columns [`input_at`] reads.
const INPUT_COLUMNS: &str = "id, label, kind, description, style, required, min_length, \
     max_length, placeholder, min_values, max_values, channel_types";

fn inputs(conn: &Connection, form: FormId) -> Result<Vec<FormInput>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {INPUT_COLUMNS} FROM form_inputs WHERE form_id = ?1 ORDER BY position"
    ))?;
    let rows = stmt.query_map([form.get()], input_at)?;
    let mut found = Vec::new();
    for row in rows {
        let (id, mut input) = row?;
        input.options = options(conn, id)?;
        found.push(input);
    }
    Ok(found)
}

/// A question row's id and contents (without its options), from [`INPUT_COLUMNS`].
fn input_at(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, FormInput)> {
    let channel_types: String = r.get(11)?;
    Ok((
        r.get(0)?,
        FormInput {
            label: r.get(1)?,
            kind: QuestionKind::parse(&r.get::<_, String>(2)?).unwrap_or(QuestionKind::Text),
            description: r.get(3)?,
            style: InputStyle::parse(&r.get::<_, String>(4)?).unwrap_or(InputStyle::Short),
            required: r.get(5)?,
            min_length: r.get(6)?,
            max_length: r.get(7)?,
            placeholder: r.get(8)?,
            options: Vec::new(),
            min_values: r.get(9)?,
            max_values: r.get(10)?,
            channel_types: channel_types
                .split(',')
                .filter_map(ChannelKind::parse)
                .collect(),
        },
    ))
}

fn options(conn: &Connection, input: i64) -> rusqlite::Result<Vec<SelectOption>> {
    let mut stmt = conn.prepare_cached(
        "SELECT label, value, description, emoji FROM form_input_options
         WHERE input_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([input], |r| {
        Ok(SelectOption {
            label: r.get(0)?,
            value: r.get(1)?,
            description: r.get(2)?,
            emoji: r.get(3)?,
        })
    })?;
    rows.collect()
}

/// Creates a form; `None` when the title is taken.
pub async fn create(db: &Db, guild: GuildId, title: String) -> Result<Option<FormId>, StoreError> {
    db.write(move |tx| {
        let inserted = tx.query_row(
            "INSERT INTO forms (guild_id, title) VALUES (?1, ?2) RETURNING id",
            params![guild.to_sql(), title.trim()],
            |r| r.get::<_, i64>(0),
        );
        match inserted {
            Ok(id) => Ok(Some(FormId::new(id))),
            // Titles are unique per guild, case-insensitively.
            Err(e) if is_unique_violation(&e) => Ok(None),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

/// What [`add_input`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputAdded {
    Added,
    /// The form already holds [`MAX_INPUTS`] questions.
    Full,
    /// The form is not (or no longer) one of this guild's.
    NoSuchForm,
    /// The form already asks a question with this label (whatever the case).
    Duplicate,
}

/// Whether another question of `form` (not the one at `except`) has `label`, ignoring case.
fn label_taken(
    tx: &rusqlite::Transaction<'_>,
    form: FormId,
    label: &str,
    except: Option<usize>,
) -> rusqlite::Result<bool> {
    tx.query_row(
        "SELECT count(*) > 0 FROM form_inputs
         WHERE form_id = ?1 AND lower(label) = lower(?2) AND (?3 IS NULL OR position != ?3)",
        params![form.get(), label.trim(), except],
        |r| r.get(0),
    )
}

/// Appends a question to one of the guild's forms, unless it is full.
pub async fn add_input(
    db: &Db,
    guild: GuildId,
    form: FormId,
    input: FormInput,
) -> Result<InputAdded, StoreError> {
    db.write(move |tx| {
        let owned: bool = tx.query_row(
            "SELECT count(*) > 0 FROM forms WHERE id = ?1 AND guild_id = ?2",
            params![form.get(), guild.to_sql()],
            |r| r.get(0),
        )?;
        if !owned {
            return Ok(InputAdded::NoSuchForm);
        }
        let count: usize = tx.query_row(
            "SELECT count(*) FROM form_inputs WHERE form_id = ?1",
            [form.get()],
            |r| r.get(0),
        )?;
        if count >= MAX_INPUTS {
            return Ok(InputAdded::Full);
        }
        if label_taken(tx, form, &input.label, None)? {
            return Ok(InputAdded::Duplicate);
        }
        let id = tx.query_row(
            "INSERT INTO form_inputs (form_id, position, label, style) VALUES (?1, ?2, ?3, 'short')
             RETURNING id",
            params![form.get(), count, input.label.trim()],
            |r| r.get(0),
        )?;
        write_input(tx, id, &input)?;
        Ok(InputAdded::Added)
    })
    .await
}

/// A form by title, case-insensitively.
pub async fn by_title(db: &Db, guild: GuildId, title: String) -> Result<Option<Form>, StoreError> {
    db.read(move |conn| {
        let head = conn
            .query_row(
                "SELECT id, title FROM forms WHERE guild_id = ?1 AND lower(title) = lower(?2)",
                params![guild.to_sql(), title.trim()],
                |r| Ok((FormId::new(r.get(0)?), r.get::<_, String>(1)?)),
            )
            .optional()?;
        head.map(|(id, title)| {
            Ok(Form {
                id,
                title,
                inputs: inputs(conn, id)?,
            })
        })
        .transpose()
    })
    .await
}

pub async fn get(db: &Db, guild: GuildId, id: FormId) -> Result<Option<Form>, StoreError> {
    db.read(move |conn| {
        let title = conn
            .query_row(
                "SELECT title FROM forms WHERE id = ?1 AND guild_id = ?2",
                params![id.get(), guild.to_sql()],
                |r| r.get::<_, String>(0),
            )
            .optional()?;
        title
            .map(|title| {
                Ok(Form {
                    id,
                    title,
                    inputs: inputs(conn, id)?,
                })
            })
            .transpose()
    })
    .await
}

pub async fn list(db: &Db, guild: GuildId) -> Result<Vec<Form>, StoreError> {
    db.read(move |conn| {
        let mut stmt =
            conn.prepare_cached("SELECT id, title FROM forms WHERE guild_id = ?1 ORDER BY title")?;
        let heads: Vec<(i64, String)> = stmt
            .query_map([guild.to_sql()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        heads
            .into_iter()
            .map(|(id, title)| {
                let id = FormId::new(id);
                Ok(Form {
                    id,
                    title,
                    inputs: inputs(conn, id)?,
                })
            })
            .collect()
    })
    .await
}

/// Deletes a form (panels using it open without one).
pub async fn delete(db: &Db, guild: GuildId, id: FormId) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "DELETE FROM forms WHERE id = ?1 AND guild_id = ?2",
            params![id.get(), guild.to_sql()],
        )? == 1)
    })
    .await
}

/// Attaches one of the guild's forms to one of its panels (`None` detaches). Returns false, and
/// changes nothing, when the panel or the form is not (or no longer) the guild's.
pub async fn set_panel_form(
    db: &Db,
    guild: GuildId,
    panel: PanelId,
    form: Option<FormId>,
) -> Result<bool, StoreError> {
    set_panel_link(db, "form_id", guild, panel, form).await
}

/// Names one of the guild's forms as `panel`'s exit survey (`None` removes it); false, and
/// nothing changed, when the panel or the form is not (or no longer) the guild's.
pub async fn set_panel_exit_survey(
    db: &Db,
    guild: GuildId,
    panel: PanelId,
    form: Option<FormId>,
) -> Result<bool, StoreError> {
    set_panel_link(db, "exit_survey_form_id", guild, panel, form).await
}

/// Sets a panel's form column (`column` is one of the two above, never input).
async fn set_panel_link(
    db: &Db,
    column: &'static str,
    guild: GuildId,
    panel: PanelId,
    form: Option<FormId>,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        let updated = tx.execute(
            &format!(
                "UPDATE panels SET {column} = ?3
                 WHERE id = ?1 AND guild_id = ?2
                   AND (?3 IS NULL OR EXISTS (SELECT 1 FROM forms WHERE id = ?3 AND guild_id = ?2))"
            ),
            params![panel.get(), guild.to_sql(), form.map(FormId::get)],
        )?;
        Ok(updated == 1)
    })
    .await
}

/// A question as the page showed it: its position (0-based) and label. Changes name a question
/// this way, so a second click, after the questions moved, cannot change another one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub position: usize,
    pub label: String,
}

fn owned(tx: &rusqlite::Transaction<'_>, guild: GuildId, form: FormId) -> rusqlite::Result<bool> {
    tx.query_row(
        "SELECT count(*) > 0 FROM forms WHERE id = ?1 AND guild_id = ?2",
        params![form.get(), guild.to_sql()],
        |r| r.get(0),
    )
}

/// Removes the question `shown` from one of the guild's forms; the later ones move up. False
/// when it is not there (any more).
pub async fn remove_input(
    db: &Db,
    guild: GuildId,
    form: FormId,
    shown: Shown,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        if !owned(tx, guild, form)? {
            return Ok(false);
        }
        let removed = tx.execute(
            "DELETE FROM form_inputs WHERE form_id = ?1 AND position = ?2 AND label = ?3",
            params![form.get(), shown.position, shown.label],
        )?;
        if removed == 0 {
            return Ok(false);
        }
        // One at a time, upwards, so no position is ever taken twice on the way.
        for later in shown.position + 1..MAX_INPUTS {
            tx.execute(
                "UPDATE form_inputs SET position = ?3 WHERE form_id = ?1 AND position = ?2",
                params![form.get(), later, later - 1],
            )?;
        }
        Ok(true)
    })
    .await
}

/// What [`update_input`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputUpdated {
    Saved,
    /// The question is not there (any more): removed, moved, or the form is gone.
    Missing,
    /// Another question of the form has the new label.
    Duplicate,
}

/// Replaces the question `shown` of one of the guild's forms with `input`, in place.
pub async fn update_input(
    db: &Db,
    guild: GuildId,
    form: FormId,
    shown: Shown,
    input: FormInput,
) -> Result<InputUpdated, StoreError> {
    db.write(move |tx| {
        if !owned(tx, guild, form)? {
            return Ok(InputUpdated::Missing);
        }
        if label_taken(tx, form, &input.label, Some(shown.position))? {
            return Ok(InputUpdated::Duplicate);
        }
        let id: Option<i64> = tx
            .query_row(
                "SELECT id FROM form_inputs WHERE form_id = ?1 AND position = ?2 AND label = ?3",
                params![form.get(), shown.position, shown.label],
                |r| r.get(0),
            )
            .optional()?;
        let Some(id) = id else {
            return Ok(InputUpdated::Missing);
        };
        write_input(tx, id, &input)?;
        Ok(InputUpdated::Saved)
    })
    .await
}

/// Swaps the question `shown` with the one above it (`up`) or below it. False when it is not
/// there (any more) or already first / last.
pub async fn move_input(
    db: &Db,
    guild: GuildId,
    form: FormId,
    shown: Shown,
    up: bool,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        if !owned(tx, guild, form)? {
            return Ok(false);
        }
        let other = if up {
            match shown.position.checked_sub(1) {
                Some(p) => p,
                None => return Ok(false),
            }
        } else {
            shown.position + 1
        };
        let row = |position: usize| -> rusqlite::Result<Option<(i64, FormInput)>> {
            let found = tx
                .query_row(
                    &format!(
                        "SELECT {INPUT_COLUMNS} FROM form_inputs WHERE form_id = ?1 AND position = ?2"
                    ),
                    params![form.get(), position],
                    input_at,
                )
                .optional()?;
            found
                .map(|(id, mut input)| {
                    input.options = options(tx, id)?;
                    Ok((id, input))
                })
                .transpose()
        };
        let (Some((this_id, this)), Some((other_id, neighbour))) =
            (row(shown.position)?, row(other)?)
        else {
            return Ok(false);
        };
        if this.label != shown.label {
            return Ok(false);
        }
        // Positions are unique, so the two rows trade their contents rather than positions.
        write_input(tx, this_id, &neighbour)?;
        write_input(tx, other_id, &this)?;
        Ok(true)
    })
    .await
}

/// Writes `input`, options included, into question row `id` (its position stays).
fn write_input(tx: &rusqlite::Transaction<'_>, id: i64, input: &FormInput) -> rusqlite::Result<()> {
    let channel_types: Vec<&str> = input.channel_types.iter().map(|k| k.as_str()).collect();
    tx.execute(
        "UPDATE form_inputs SET label = ?2, kind = ?3, description = ?4, style = ?5,
             required = ?6, min_length = ?7, max_length = ?8, placeholder = ?9,
             min_values = ?10, max_values = ?11, channel_types = ?12
         WHERE id = ?1",
        params![
            id,
            input.label.trim(),
            input.kind.as_str(),
            input.description.as_deref().map(str::trim),
            input.style.as_str(),
            input.required,
            input.min_length,
            input.max_length,
            input.placeholder,
            input.min_values,
            input.max_values,
            channel_types.join(",")
        ],
    )?;
    tx.execute("DELETE FROM form_input_options WHERE input_id = ?1", [id])?;
    for (position, option) in input.options.iter().enumerate() {
        tx.execute(
            "INSERT INTO form_input_options (input_id, position, label, value, description, emoji)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                position,
                option.label.trim(),
                option.value.trim(),
                option.description.as_deref().map(str::trim),
                option.emoji.as_deref().map(str::trim)
            ],
        )?;
    }
    Ok(())
}

/// The titles of the guild's panels that ask `form` as their exit survey.
pub async fn exit_survey_of(
    db: &Db,
    guild: GuildId,
    form: FormId,
) -> Result<Vec<String>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT title FROM panels WHERE guild_id = ?1 AND exit_survey_form_id = ?2 ORDER BY title",
        )?;
        let rows = stmt.query_map(params![guild.to_sql(), form.get()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .await
}
