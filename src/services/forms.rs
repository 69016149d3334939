//! Changing a form's questions, from a slash command or the dashboard: the same checks and the
//! same answers on both.

use super::AppCore;
use crate::domain::forms::{Form, FormInput, MAX_INPUTS, exit_survey_refusal};
use crate::ids::GuildId;
use crate::store::StoreError;
use crate::store::forms::{self, InputAdded, InputUpdated, Shown};

/// Why a question was not saved.
#[derive(Debug, thiserror::Error)]
pub enum QuestionError {
    /// Bad input or a conflict: the message names it.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<String> for QuestionError {
    fn from(message: String) -> Self {
        Self::Refused(message)
    }
}

/// Checks `input` (Discord's limits, and that an exit survey only asks what a DM can show).
async fn check(
    core: &AppCore,
    guild: GuildId,
    form: &Form,
    input: &FormInput,
) -> Result<(), QuestionError> {
    input.validate()?;
    if !input.kind.works_in_dm()
        && !forms::exit_survey_of(&core.db, guild, form.id)
            .await?
            .is_empty()
    {
        return Err(exit_survey_refusal(&form.title, input).into());
    }
    Ok(())
}

/// Appends `input` to `form`.
pub async fn add_question(
    core: &AppCore,
    guild: GuildId,
    form: &Form,
    input: FormInput,
) -> Result<(), QuestionError> {
    check(core, guild, form, &input).await?;
    let label = input.label.trim().to_owned();
    match forms::add_input(&core.db, guild, form.id, input).await? {
        InputAdded::Added => Ok(()),
        InputAdded::Full => {
            Err(format!("A form holds at most {MAX_INPUTS} questions (Discord's limit).").into())
        }
        InputAdded::NoSuchForm => {
            Err(format!("The form {:?} was just deleted.", form.title).into())
        }
        InputAdded::Duplicate => {
            Err(format!("The form {:?} already asks {label:?}.", form.title).into())
        }
    }
}

/// Replaces the question `shown` of `form` with `input`.
pub async fn edit_question(
    core: &AppCore,
    guild: GuildId,
    form: &Form,
    shown: Shown,
    input: FormInput,
) -> Result<(), QuestionError> {
    check(core, guild, form, &input).await?;
    let label = input.label.trim().to_owned();
    match forms::update_input(&core.db, guild, form.id, shown, input).await? {
        InputUpdated::Saved => Ok(()),
        InputUpdated::Missing => Err("That question was removed or moved: reload the page."
            .to_owned()
            .into()),
        InputUpdated::Duplicate => {
            Err(format!("The form {:?} already asks {label:?}.", form.title).into())
        }
    }
}
