//! Forms: up to five questions asked in a modal before a panel opens a ticket.

use super::form_questions::{ChannelKind, MAX_OPTIONS, QuestionKind, SelectOption, Submitted};
use crate::i18n::Msg;
use crate::ids::FormId;
use crate::msg;

/// Discord's limit of inputs in one modal.
pub const MAX_INPUTS: usize = 5;

/// The longest answer: an embed field value holds 1024 characters.
pub const MAX_ANSWER: u16 = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputStyle {
    Short,
    Paragraph,
}

impl InputStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Short => "short",
            Self::Paragraph => "paragraph",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "short" => Some(Self::Short),
            "paragraph" | "long" => Some(Self::Paragraph),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormInput {
    pub label: String,
    pub kind: QuestionKind,
    /// Shown under the label (Label `description`).
    pub description: Option<String>,
    /// Text questions: one line or several.
    pub style: InputStyle,
    pub required: bool,
    /// Text questions: answer length.
    pub min_length: Option<u16>,
    pub max_length: Option<u16>,
    pub placeholder: Option<String>,
    /// Choice questions: the options, in order.
    pub options: Vec<SelectOption>,
    /// Select questions: how many may be picked (Discord's default: exactly one).
    pub min_values: Option<u8>,
    pub max_values: Option<u8>,
    /// Channel questions: which channels are offered (none: every kind).
    pub channel_types: Vec<ChannelKind>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub id: FormId,
    pub title: String,
    /// In position order.
    pub inputs: Vec<FormInput>,
}

/// Discord's modal title limit.
pub fn validate_title(title: &str) -> Result<(), Msg> {
    let n = title.trim().chars().count();
    if n == 0 || n > 45 {
        return Err(msg!("rule-form-title-length"));
    }
    Ok(())
}

impl FormInput {
    /// A required short text question with no limits.
    pub fn text(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            kind: QuestionKind::Text,
            description: None,
            style: InputStyle::Short,
            required: true,
            min_length: None,
            max_length: None,
            placeholder: None,
            options: Vec::new(),
            min_values: None,
            max_values: None,
            channel_types: Vec::new(),
        }
    }

    /// Discord's limits (Components → Label, Text Input, String Select and the other selects):
    /// label 1–45, description ≤ 100, placeholder ≤ 100 (text) or 150 (selects); answer lengths
    /// 0–1024 (an embed field) with min ≤ max; 1–25 options with distinct values; 0–25 picks
    /// with min ≤ max, a required question at least one. Settings of another kind are refused,
    /// so nothing is saved that the modal would not use.
    pub fn validate(&self) -> Result<(), Msg> {
        let n = self.label.trim().chars().count();
        if n == 0 || n > 45 {
            return Err(msg!("rule-form-question-length"));
        }
        if self
            .description
            .as_ref()
            .is_some_and(|d| d.trim().chars().count() > 100)
        {
            return Err(msg!("rule-form-description-too-long"));
        }
        let placeholder_max = if self.kind.is_select() { 150 } else { 100 };
        if self
            .placeholder
            .as_ref()
            .is_some_and(|p| p.chars().count() > placeholder_max)
        {
            return Err(msg!(
                "rule-form-placeholder-too-long",
                max = placeholder_max
            ));
        }
        if self.kind.is_select() {
            return self.validate_select();
        }
        if !self.options.is_empty() {
            return Err(msg!("rule-form-options-not-choice"));
        }
        if self.min_values.is_some() || self.max_values.is_some() {
            return Err(msg!("rule-form-picks-not-select"));
        }
        if !self.channel_types.is_empty() {
            return Err(msg!("rule-form-channel-types-not-channel"));
        }
        if self.min_length.is_some_and(|m| m > MAX_ANSWER)
            || self.max_length.is_some_and(|m| m == 0 || m > MAX_ANSWER)
        {
            return Err(msg!("rule-form-answer-length-range", max = MAX_ANSWER));
        }
        if let (Some(min), Some(max)) = (self.min_length, self.max_length)
            && min > max
        {
            return Err(msg!("rule-form-min-length-above-max"));
        }
        Ok(())
    }

    fn validate_select(&self) -> Result<(), Msg> {
        let kind = self.kind;
        if self.min_length.is_some() || self.max_length.is_some() {
            return Err(msg!("rule-form-lengths-not-text"));
        }
        if kind == QuestionKind::Choice {
            if self.options.is_empty() {
                return Err(msg!("rule-form-options-none"));
            }
            if self.options.len() > MAX_OPTIONS {
                return Err(msg!("rule-form-options-too-many", max = MAX_OPTIONS));
            }
            for (i, option) in self.options.iter().enumerate() {
                option.validate()?;
                if self.options[..i]
                    .iter()
                    .any(|o| o.value.trim() == option.value.trim())
                {
                    return Err(msg!(
                        "rule-form-option-value-twice",
                        value = format!("{:?}", option.value.trim())
                    ));
                }
            }
        } else if !self.options.is_empty() {
            return Err(msg!("rule-form-options-not-choice"));
        }
        if kind != QuestionKind::Channel && !self.channel_types.is_empty() {
            return Err(msg!("rule-form-channel-types-not-channel"));
        }
        let limit = if kind == QuestionKind::Choice {
            self.options.len()
        } else {
            MAX_OPTIONS
        };
        let (min, max) = self.picks();
        if max == 0 || max > limit {
            return Err(if kind == QuestionKind::Choice {
                msg!("rule-form-max-picks-options", max = limit)
            } else {
                msg!("rule-form-max-picks", max = limit)
            });
        }
        if min > max {
            return Err(msg!("rule-form-min-picks-above-max"));
        }
        if self.required && self.min_values == Some(0) {
            return Err(msg!("rule-form-min-picks-required"));
        }
        Ok(())
    }

    /// How many picks a select question takes: Discord's defaults are one and one.
    pub fn picks(&self) -> (usize, usize) {
        (
            usize::from(self.min_values.unwrap_or(1)),
            usize::from(self.max_values.unwrap_or(1)),
        )
    }

    /// Checks a submitted answer against the question and renders it as the ticket shows it:
    /// text as typed; chosen options by label; picks as mentions — all joined by ", ".
    pub fn check_submitted(&self, submitted: &Submitted) -> Result<String, Msg> {
        let changed = || msg!("rule-form-changed");
        let count_ok = |n: usize| {
            let (min, max) = self.picks();
            let min = if self.required { min.max(1) } else { min };
            if n > max || (n < min && (self.required || n > 0)) {
                return Err(if max == 1 {
                    msg!("rule-form-answer-one", question = &self.label)
                } else {
                    msg!(
                        "rule-form-answer-count",
                        question = &self.label,
                        min = min,
                        max = max
                    )
                });
            }
            Ok(())
        };
        match (self.kind, submitted) {
            (QuestionKind::Text, Submitted::Text(text)) => {
                self.check_answer(text)?;
                Ok(text.trim().to_owned())
            }
            (QuestionKind::Choice, Submitted::Choices(values)) => {
                count_ok(values.len())?;
                let labels = values
                    .iter()
                    .map(|v| {
                        self.options
                            .iter()
                            .find(|o| o.value.trim() == v.trim())
                            .map(|o| o.label.trim().to_owned())
                            .ok_or_else(changed)
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(labels.join(", "))
            }
            (kind, Submitted::Picked(picked))
                if kind.is_select() && kind != QuestionKind::Choice =>
            {
                if picked.iter().any(|p| !p.fits(kind)) {
                    return Err(changed());
                }
                count_ok(picked.len())?;
                let mentions: Vec<String> = picked.iter().map(|p| p.mention()).collect();
                Ok(mentions.join(", "))
            }
            _ => Err(changed()),
        }
    }

    /// Re-checks an answer on the server (Discord checks too, but the modal is the client's).
    pub fn check_answer(&self, answer: &str) -> Result<(), Msg> {
        let n = u16::try_from(answer.trim().chars().count()).unwrap_or(u16::MAX);
        if self.required && n == 0 {
            return Err(msg!("rule-form-answer-needed", question = &self.label));
        }
        if n > 0
            && let Some(min) = self.min_length
            && n < min
        {
            return Err(msg!(
                "rule-form-answer-too-short",
                question = &self.label,
                min = min
            ));
        }
        if let Some(max) = self.max_length
            && n > max
        {
            return Err(msg!(
                "rule-form-answer-too-long",
                question = &self.label,
                max = max
            ));
        }
        Ok(())
    }
}

/// The modal field id of question `position` asking `label`. It changes whenever the question
/// at that position does, so answers to a modal shown before an admin edited or reordered the
/// form are never filed under another question.
pub fn answer_key(position: usize, label: &str) -> String {
    // FNV-1a: small, stable across builds and platforms (not a security measure).
    let hash = label.trim().bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("q{position}:{hash:08x}")
}

impl Form {
    /// Pairs the submitted `(field id, answer)`s with the questions, checking each answer, and
    /// gives `(label, answer as shown)`. A submission whose fields are not exactly this form's
    /// questions (the form changed while the modal was open) is refused.
    pub fn answers(&self, submitted: &[(String, Submitted)]) -> Result<Vec<(String, String)>, Msg> {
        let changed = || msg!("rule-form-changed");
        if submitted.len() != self.inputs.len() {
            return Err(changed());
        }
        let mut answers = Vec::with_capacity(self.inputs.len());
        for (position, input) in self.inputs.iter().enumerate() {
            let key = answer_key(position, &input.label);
            let value = submitted
                .iter()
                .find(|(id, _)| *id == key)
                .map(|(_, v)| v)
                .ok_or_else(changed)?;
            answers.push((input.label.clone(), input.check_submitted(value)?));
        }
        Ok(answers)
    }

    /// Refuses a form that cannot be an exit survey: it opens from a DM, where there is no
    /// server to pick members, roles or channels from.
    pub fn check_exit_survey(&self) -> Result<(), Msg> {
        match self.inputs.iter().find(|i| !i.kind.works_in_dm()) {
            Some(input) => Err(exit_survey_refusal(&self.title, input)),
            None => Ok(()),
        }
    }
}

/// Why `input` cannot be on the exit survey `form`.
pub fn exit_survey_refusal(form: &str, input: &FormInput) -> Msg {
    msg!(
        "rule-form-exit-survey-picker",
        form = format!("{form:?}"),
        question = format!("{:?}", input.label),
        kind = input.kind.name()
    )
}

#[cfg(test)]
#[path = "forms_tests.rs"]
mod tests;
