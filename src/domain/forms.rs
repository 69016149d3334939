//! Forms: up to five questions asked in a modal before a panel opens a ticket.

use crate::ids::FormId;

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
    pub style: InputStyle,
    pub required: bool,
    pub min_length: Option<u16>,
    pub max_length: Option<u16>,
    pub placeholder: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub id: FormId,
    pub title: String,
    /// In position order.
    pub inputs: Vec<FormInput>,
}

/// Discord's modal title limit.
pub fn validate_title(title: &str) -> Result<(), String> {
    let n = title.trim().chars().count();
    if n == 0 || n > 45 {
        return Err(
            "A form title must be 1 to 45 characters (Discord's limit for a form).".to_owned(),
        );
    }
    Ok(())
}

impl FormInput {
    /// Discord's limits: label 1–45, placeholder ≤ 100; answer lengths 0–1024 (an embed field)
    /// with min ≤ max.
    pub fn validate(&self) -> Result<(), String> {
        let n = self.label.trim().chars().count();
        if n == 0 || n > 45 {
            return Err("A question must be 1 to 45 characters.".to_owned());
        }
        if self
            .placeholder
            .as_ref()
            .is_some_and(|p| p.chars().count() > 100)
        {
            return Err("A placeholder must be at most 100 characters.".to_owned());
        }
        if self.min_length.is_some_and(|m| m > MAX_ANSWER)
            || self.max_length.is_some_and(|m| m == 0 || m > MAX_ANSWER)
        {
            return Err(format!(
                "Answer lengths must be between 0 and {MAX_ANSWER} (answers are shown in an embed field, which holds {MAX_ANSWER} characters)."
            ));
        }
        if let (Some(min), Some(max)) = (self.min_length, self.max_length)
            && min > max
        {
            return Err("The minimum length cannot be above the maximum.".to_owned());
        }
        Ok(())
    }

    /// Re-checks an answer on the server (Discord checks too, but the modal is the client's).
    pub fn check_answer(&self, answer: &str) -> Result<(), String> {
        let n = u16::try_from(answer.trim().chars().count()).unwrap_or(u16::MAX);
        if self.required && n == 0 {
            return Err(format!("\"{}\" needs an answer.", self.label));
        }
        if n > 0
            && let Some(min) = self.min_length
            && n < min
        {
            return Err(format!(
                "The answer to \"{}\" must be at least {min} characters.",
                self.label
            ));
        }
        if let Some(max) = self.max_length
            && n > max
        {
            return Err(format!(
                "The answer to \"{}\" must be at most {max} characters.",
                self.label
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
    /// Pairs the submitted `(field id, value)`s with the questions, checking each answer.
    /// A submission whose fields are not exactly this form's questions (the form changed while
    /// the modal was open) is refused.
    pub fn answers(&self, submitted: &[(String, String)]) -> Result<Vec<(String, String)>, String> {
        let changed =
            || "This form was changed while you were filling it in. Open it again.".to_owned();
        if submitted.len() != self.inputs.len() {
            return Err(changed());
        }
        let mut answers = Vec::with_capacity(self.inputs.len());
        for (position, input) in self.inputs.iter().enumerate() {
            let key = answer_key(position, &input.label);
            let value = submitted
                .iter()
                .find(|(id, _)| *id == key)
                .map(|(_, v)| v.trim().to_owned())
                .ok_or_else(changed)?;
            input.check_answer(&value)?;
            answers.push((input.label.clone(), value));
        }
        Ok(answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_follow_the_questions_and_a_changed_form_is_refused() {
        let form = Form {
            id: FormId::new(1),
            title: "Order".into(),
            inputs: vec![
                input(),
                FormInput {
                    label: "Email".into(),
                    min_length: None,
                    ..input()
                },
            ],
        };
        let field = |p: usize, label: &str, v: &str| (answer_key(p, label), v.to_owned());
        let shown = vec![
            field(0, "Order number", " A-12 "),
            field(1, "Email", "a@b.c"),
        ];
        assert_eq!(
            form.answers(&shown).unwrap(),
            vec![
                ("Order number".into(), "A-12".into()),
                ("Email".into(), "a@b.c".into())
            ]
        );
        // The admin swapped the questions while the modal was open.
        let swapped = Form {
            inputs: form.inputs.iter().rev().cloned().collect(),
            ..form.clone()
        };
        assert!(swapped.answers(&shown).unwrap_err().contains("was changed"));
        // Or removed one.
        let shorter = Form {
            inputs: vec![form.inputs[0].clone()],
            ..form.clone()
        };
        assert!(shorter.answers(&shown).is_err());
        // The answers are still checked.
        let short = vec![field(0, "Order number", "A"), field(1, "Email", "x")];
        assert!(form.answers(&short).unwrap_err().contains("at least 3"));
        assert_ne!(answer_key(0, "Email"), answer_key(0, "E-mail"));
        assert_eq!(answer_key(0, "Email"), answer_key(0, " Email "));
    }

    fn input() -> FormInput {
        FormInput {
            label: "Order number".into(),
            style: InputStyle::Short,
            required: true,
            min_length: Some(3),
            max_length: Some(10),
            placeholder: None,
        }
    }

    #[test]
    fn limits() {
        assert!(input().validate().is_ok());
        assert!(
            FormInput {
                label: String::new(),
                ..input()
            }
            .validate()
            .is_err()
        );
        assert!(
            FormInput {
                label: "x".repeat(46),
                ..input()
            }
            .validate()
            .is_err()
        );
        assert!(
            FormInput {
                min_length: Some(11),
                ..input()
            }
            .validate()
            .is_err()
        );
        assert!(
            FormInput {
                max_length: Some(0),
                ..input()
            }
            .validate()
            .is_err()
        );
        assert!(
            FormInput {
                max_length: Some(1025),
                ..input()
            }
            .validate()
            .is_err(),
            "an embed field holds 1024 characters"
        );
        assert!(
            FormInput {
                placeholder: Some("p".repeat(101)),
                ..input()
            }
            .validate()
            .is_err()
        );
        assert!(validate_title("Refund").is_ok());
        assert!(validate_title(&"t".repeat(46)).is_err());
    }

    #[test]
    fn answers() {
        assert!(input().check_answer("12345").is_ok());
        assert!(
            input()
                .check_answer("")
                .unwrap_err()
                .contains("needs an answer")
        );
        assert!(
            input()
                .check_answer("12")
                .unwrap_err()
                .contains("at least 3")
        );
        assert!(
            input()
                .check_answer("12345678901")
                .unwrap_err()
                .contains("at most 10")
        );
        let optional = FormInput {
            required: false,
            ..input()
        };
        assert!(
            optional.check_answer("").is_ok(),
            "an optional empty answer skips the minimum"
        );
    }

    #[test]
    fn styles() {
        assert_eq!(InputStyle::parse("Paragraph"), Some(InputStyle::Paragraph));
        assert_eq!(InputStyle::parse("short"), Some(InputStyle::Short));
        assert_eq!(InputStyle::parse("tall"), None);
    }
}
