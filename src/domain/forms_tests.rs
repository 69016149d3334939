//! Tests of [`super`]: questions, limits and answers.

use super::*;
use crate::domain::form_questions::Picked;

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
    let field =
        |p: usize, label: &str, v: &str| (answer_key(p, label), Submitted::Text(v.to_owned()));
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
    assert!(
        swapped
            .answers(&shown)
            .unwrap_err()
            .to_string()
            .contains("was changed")
    );
    // Or removed one.
    let shorter = Form {
        inputs: vec![form.inputs[0].clone()],
        ..form.clone()
    };
    assert!(shorter.answers(&shown).is_err());
    // The answers are still checked.
    let short = vec![field(0, "Order number", "A"), field(1, "Email", "x")];
    assert!(
        form.answers(&short)
            .unwrap_err()
            .to_string()
            .contains("at least 3")
    );
    assert_ne!(answer_key(0, "Email"), answer_key(0, "E-mail"));
    assert_eq!(answer_key(0, "Email"), answer_key(0, " Email "));
}

fn input() -> FormInput {
    FormInput {
        min_length: Some(3),
        max_length: Some(10),
        ..FormInput::text("Order number")
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
            .to_string()
            .contains("needs an answer")
    );
    assert!(
        input()
            .check_answer("12")
            .unwrap_err()
            .to_string()
            .contains("at least 3")
    );
    assert!(
        input()
            .check_answer("12345678901")
            .unwrap_err()
            .to_string()
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

fn choice() -> FormInput {
    let option = |label: &str, value: &str| SelectOption {
        label: label.into(),
        value: value.into(),
        description: None,
        emoji: None,
    };
    FormInput {
        kind: QuestionKind::Choice,
        options: vec![option("Refund", "refund"), option("Bug report", "bug")],
        ..FormInput::text("Topic")
    }
}

#[test]
#[allow(clippy::too_many_lines)] // one case per rule, side by side
fn select_questions_are_checked_by_kind() {
    assert!(choice().validate().is_ok());
    let err = |i: FormInput| i.validate().unwrap_err().to_string();
    assert!(
        err(FormInput {
            options: vec![],
            ..choice()
        })
        .starts_with("Options")
    );
    let many: Vec<_> = (0..26)
        .map(|n| SelectOption {
            label: format!("o{n}"),
            value: format!("o{n}"),
            description: None,
            emoji: None,
        })
        .collect();
    assert!(
        err(FormInput {
            options: many,
            ..choice()
        })
        .contains("at most 25")
    );
    let mut twice = choice();
    twice.options[1].value = "refund".into();
    assert!(err(twice).contains("used twice"));
    assert!(
        err(FormInput {
            max_values: Some(3),
            ..choice()
        })
        .starts_with("Maximum picks")
    );
    assert!(
        err(FormInput {
            min_values: Some(0),
            ..choice()
        })
        .starts_with("Minimum picks")
    );
    assert!(
        FormInput {
            min_values: Some(0),
            required: false,
            ..choice()
        }
        .validate()
        .is_ok()
    );
    assert!(
        err(FormInput {
            min_length: Some(1),
            ..choice()
        })
        .contains("text questions")
    );
    assert!(
        err(FormInput {
            placeholder: Some("p".repeat(151)),
            ..choice()
        })
        .contains("150")
    );
    let user = FormInput {
        kind: QuestionKind::User,
        options: vec![],
        ..choice()
    };
    assert!(user.validate().is_ok());
    assert!(
        err(FormInput {
            options: choice().options,
            ..user.clone()
        })
        .starts_with("Options")
    );
    assert!(
        err(FormInput {
            channel_types: vec![ChannelKind::Text],
            ..user.clone()
        })
        .starts_with("Channel types")
    );
    assert!(
        err(FormInput {
            max_values: Some(26),
            ..user.clone()
        })
        .contains("1 and 25")
    );
    assert!(
        err(FormInput {
            options: choice().options,
            ..input()
        })
        .starts_with("Options")
    );
    assert!(
        err(FormInput {
            max_values: Some(2),
            ..input()
        })
        .contains("picks")
    );
    assert!(
        err(FormInput {
            description: Some("d".repeat(101)),
            ..input()
        })
        .starts_with("Description")
    );
}

#[test]
fn select_answers_render_as_labels_and_mentions() {
    let topic = FormInput {
        max_values: Some(2),
        ..choice()
    };
    let choices = |v: &[&str]| Submitted::Choices(v.iter().map(|s| (*s).to_owned()).collect());
    assert_eq!(
        topic.check_submitted(&choices(&["bug", "refund"])).unwrap(),
        "Bug report, Refund"
    );
    assert!(
        topic
            .check_submitted(&choices(&[]))
            .unwrap_err()
            .to_string()
            .contains("1 to 2")
    );
    assert!(
        topic
            .check_submitted(&choices(&["gone"]))
            .unwrap_err()
            .to_string()
            .contains("changed")
    );
    assert!(
        choice()
            .check_submitted(&choices(&["bug", "refund"]))
            .unwrap_err()
            .to_string()
            .contains("one answer")
    );
    let optional = FormInput {
        required: false,
        min_values: Some(0),
        ..choice()
    };
    assert_eq!(optional.check_submitted(&choices(&[])).unwrap(), "");
    let who = FormInput {
        kind: QuestionKind::Mentionable,
        options: vec![],
        max_values: Some(3),
        ..choice()
    };
    let picked = Submitted::Picked(vec![Picked::User(7), Picked::Role(8)]);
    assert_eq!(who.check_submitted(&picked).unwrap(), "<@7>, <@&8>");
    let users_only = FormInput {
        kind: QuestionKind::User,
        ..who.clone()
    };
    assert!(
        users_only
            .check_submitted(&picked)
            .unwrap_err()
            .to_string()
            .contains("changed")
    );
    let channel = FormInput {
        kind: QuestionKind::Channel,
        ..who
    };
    assert_eq!(
        channel
            .check_submitted(&Submitted::Picked(vec![Picked::Channel(9)]))
            .unwrap(),
        "<#9>"
    );
    // An answer of another kind than the question is a changed form.
    assert!(
        channel
            .check_submitted(&Submitted::Text("x".into()))
            .unwrap_err()
            .to_string()
            .contains("changed")
    );
    assert!(
        input()
            .check_submitted(&choices(&["a"]))
            .unwrap_err()
            .to_string()
            .contains("changed")
    );
}

#[test]
fn exit_surveys_take_text_and_choice_questions() {
    let mut form = Form {
        id: FormId::new(1),
        title: "After".into(),
        inputs: vec![input(), choice()],
    };
    assert!(form.check_exit_survey().is_ok());
    form.inputs.push(FormInput {
        kind: QuestionKind::Role,
        options: vec![],
        ..choice()
    });
    let err = form.check_exit_survey().unwrap_err().to_string();
    assert!(
        err.contains("role picker") && err.contains("\"Topic\""),
        "{err}"
    );
}

#[test]
fn styles() {
    assert_eq!(InputStyle::parse("Paragraph"), Some(InputStyle::Paragraph));
    assert_eq!(InputStyle::parse("short"), Some(InputStyle::Short));
    assert_eq!(InputStyle::parse("tall"), None);
}
