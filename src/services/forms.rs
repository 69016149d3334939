//! Changing a form's questions, from a slash command or the dashboard: the same checks and the
//! same answers on both.

use super::AppCore;
use crate::domain::forms::{Form, FormInput, MAX_INPUTS, exit_survey_refusal};
use crate::i18n::Msg;
use crate::ids::GuildId;
use crate::msg;
use crate::store::StoreError;
use crate::store::forms::{self, InputAdded, InputUpdated, Shown};

/// Why a question was not saved.
#[derive(Debug, thiserror::Error)]
pub enum QuestionError {
    /// Bad input or a conflict: the message names it (rendered in the reader's language).
    #[error("{0}")]
    Refused(Msg),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Msg> for QuestionError {
    fn from(message: Msg) -> Self {
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
        InputAdded::Full => Err(msg!("rule-form-full", max = MAX_INPUTS).into()),
        InputAdded::NoSuchForm => {
            Err(msg!("rule-form-deleted", form = format!("{:?}", form.title)).into())
        }
        InputAdded::Duplicate => Err(msg!(
            "rule-form-asks-already",
            form = format!("{:?}", form.title),
            question = format!("{label:?}")
        )
        .into()),
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
        InputUpdated::Missing => Err(msg!("web-forms-err-question-moved").into()),
        InputUpdated::Duplicate => Err(msg!(
            "rule-form-asks-already",
            form = format!("{:?}", form.title),
            question = format!("{label:?}")
        )
        .into()),
    }
}
