//! Modals as Discord draws them today, and reading what comes back.
//!
//! Every input sits in a Label component (type 18) with the question as its label and an
//! optional description (Components → Label). serenity 0.12.5 has no builders for Labels or for
//! selects in modals, so modals are sent as raw JSON through serenity's HTTP client. It also
//! parses a Label-based submit as an empty `ActionRow { kind: Unknown(18) }`: the answers are
//! read from the raw `data` that the patched serenity keeps (patches/README.md).

use serde_json::{Value, json};

use crate::domain::components::ComponentId;
use crate::domain::form_questions::{Picked, QuestionKind, Submitted, parse_emoji};
use crate::domain::forms::{Form, FormInput, InputStyle, MAX_ANSWER, answer_key};

/// Component types (Components → Component Object, "Component Types").
mod kind {
    pub const ACTION_ROW: u64 = 1;
    pub const STRING_SELECT: u64 = 3;
    pub const TEXT_INPUT: u64 = 4;
    pub const USER_SELECT: u64 = 5;
    pub const ROLE_SELECT: u64 = 6;
    pub const MENTIONABLE_SELECT: u64 = 7;
    pub const CHANNEL_SELECT: u64 = 8;
    pub const LABEL: u64 = 18;
}

/// The MODAL callback (type 9) showing `form`, submitted as `id`.
pub fn form_modal(id: &ComponentId, form: &Form) -> Value {
    let components: Vec<Value> = form
        .inputs
        .iter()
        .enumerate()
        .map(|(position, input)| {
            label(
                &input.label,
                input.description.as_deref(),
                &question(&answer_key(position, &input.label), input),
            )
        })
        .collect();
    modal(&id.to_string(), &form.title, &components)
}

/// A modal with one required paragraph: the close reason, a rating comment.
pub fn paragraph_modal(
    id: &ComponentId,
    title: &str,
    label_text: &str,
    key: &str,
    max: u16,
) -> Value {
    let input = json!({
        "type": kind::TEXT_INPUT,
        "custom_id": key,
        "style": 2,
        "max_length": max,
        "required": true,
    });
    modal(&id.to_string(), title, &[label(label_text, None, &input)])
}

fn modal(custom_id: &str, title: &str, components: &[Value]) -> Value {
    json!({
        "type": 9,
        "data": {"custom_id": custom_id, "title": title, "components": components},
    })
}

fn label(text: &str, description: Option<&str>, component: &Value) -> Value {
    let mut label = json!({"type": kind::LABEL, "label": text.trim(), "component": component});
    if let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) {
        label["description"] = json!(d);
    }
    label
}

/// The component asking `input`, with custom id `key`.
fn question(key: &str, input: &FormInput) -> Value {
    let mut c = match input.kind {
        QuestionKind::Text => {
            let mut c = json!({
                "type": kind::TEXT_INPUT,
                "custom_id": key,
                "style": match input.style { InputStyle::Short => 1, InputStyle::Paragraph => 2 },
                "max_length": input.max_length.unwrap_or(MAX_ANSWER),
            });
            if let Some(min) = input.min_length {
                c["min_length"] = json!(min);
            }
            c
        }
        QuestionKind::Choice => {
            let options: Vec<Value> = input
                .options
                .iter()
                .map(|o| {
                    let mut option = json!({"label": o.label.trim(), "value": o.value.trim()});
                    if let Some(d) = o.description.as_deref().filter(|d| !d.trim().is_empty()) {
                        option["description"] = json!(d.trim());
                    }
                    if let Some(e) = o.emoji.as_deref().and_then(parse_emoji) {
                        option["emoji"] = match e.id {
                            Some(id) => {
                                json!({"id": id.to_string(), "name": e.name, "animated": e.animated})
                            }
                            None => json!({"name": e.name}),
                        };
                    }
                    option
                })
                .collect();
            json!({"type": kind::STRING_SELECT, "custom_id": key, "options": options})
        }
        QuestionKind::User => json!({"type": kind::USER_SELECT, "custom_id": key}),
        QuestionKind::Role => json!({"type": kind::ROLE_SELECT, "custom_id": key}),
        QuestionKind::Mentionable => json!({"type": kind::MENTIONABLE_SELECT, "custom_id": key}),
        QuestionKind::Channel => {
            let mut c = json!({"type": kind::CHANNEL_SELECT, "custom_id": key});
            if !input.channel_types.is_empty() {
                let types: Vec<u8> = input
                    .channel_types
                    .iter()
                    .flat_map(|k| k.discord_types().iter().copied())
                    .collect();
                c["channel_types"] = json!(types);
            }
            c
        }
    };
    c["required"] = json!(input.required);
    if let Some(p) = input
        .placeholder
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        c["placeholder"] = json!(p);
    }
    if input.kind.is_select() {
        // `min_values` must be omitted or at least 1 while `required` is true (String Select
        // Structure); an optional select may be left empty.
        let (min, max) = input.picks();
        c["min_values"] = json!(if input.required { min.max(1) } else { min });
        c["max_values"] = json!(max);
    }
    c
}

/// The answers of a modal submit by custom id, from either layout: Labels (each wrapping one
/// component) or the older action rows of text inputs (Interactions → Receiving and
/// Responding, "Modal Submit Data Structure"; Components → each component's "Interaction
/// Response Structure").
pub fn submitted(data: &Value) -> Vec<(String, Submitted)> {
    let resolved = &data["resolved"];
    let mut found = Vec::new();
    for top in data["components"].as_array().into_iter().flatten() {
        let children: Vec<&Value> = match top["type"].as_u64() {
            Some(kind::LABEL) => vec![&top["component"]],
            Some(kind::ACTION_ROW) => top["components"].as_array().into_iter().flatten().collect(),
            _ => Vec::new(),
        };
        for c in children {
            let Some(id) = c["custom_id"].as_str() else {
                continue;
            };
            let values = || -> Vec<String> {
                c["values"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            };
            let ids = || -> Vec<u64> { values().iter().filter_map(|v| v.parse().ok()).collect() };
            let answer = match c["type"].as_u64() {
                Some(kind::TEXT_INPUT) => {
                    Submitted::Text(c["value"].as_str().unwrap_or_default().to_owned())
                }
                Some(kind::STRING_SELECT) => Submitted::Choices(values()),
                Some(kind::USER_SELECT) => {
                    Submitted::Picked(ids().into_iter().map(Picked::User).collect())
                }
                Some(kind::ROLE_SELECT) => {
                    Submitted::Picked(ids().into_iter().map(Picked::Role).collect())
                }
                Some(kind::CHANNEL_SELECT) => {
                    Submitted::Picked(ids().into_iter().map(Picked::Channel).collect())
                }
                // A mentionable is a role when `resolved.roles` names it, else a user.
                Some(kind::MENTIONABLE_SELECT) => Submitted::Picked(
                    ids()
                        .into_iter()
                        .map(|id| {
                            if resolved["roles"].get(id.to_string()).is_some() {
                                Picked::Role(id)
                            } else {
                                Picked::User(id)
                            }
                        })
                        .collect(),
                ),
                _ => continue,
            };
            found.push((id.to_owned(), answer));
        }
    }
    found
}

/// The text typed into input `key`, if the submit has one.
pub fn text_of(data: &Value, key: &str) -> Option<String> {
    submitted(data)
        .into_iter()
        .find_map(|(id, answer)| match answer {
            Submitted::Text(text) if id == key => Some(text),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::form_questions::{ChannelKind, SelectOption};
    use crate::ids::{FormId, PanelId};

    fn form() -> Form {
        Form {
            id: FormId::new(1),
            title: "Order".into(),
            inputs: vec![
                FormInput {
                    description: Some("On the receipt".into()),
                    min_length: Some(3),
                    ..FormInput::text("Order number")
                },
                FormInput {
                    kind: QuestionKind::Choice,
                    required: false,
                    min_values: Some(0),
                    max_values: Some(2),
                    options: vec![
                        SelectOption {
                            label: "Refund".into(),
                            value: "refund".into(),
                            description: Some("Money back".into()),
                            emoji: Some("<:cash:42>".into()),
                        },
                        SelectOption {
                            label: "Bug".into(),
                            value: "bug".into(),
                            description: None,
                            emoji: Some("🐛".into()),
                        },
                    ],
                    ..FormInput::text("Topic")
                },
                FormInput {
                    kind: QuestionKind::Channel,
                    channel_types: vec![ChannelKind::Text, ChannelKind::Thread],
                    ..FormInput::text("Where")
                },
            ],
        }
    }

    #[test]
    fn questions_are_labels_around_their_component() {
        let m = form_modal(&ComponentId::Form(PanelId::new(3)), &form());
        assert_eq!(m["type"], 9);
        let c = &m["data"]["components"];
        assert_eq!(c[0]["type"], 18);
        assert_eq!(c[0]["label"], "Order number");
        assert_eq!(c[0]["description"], "On the receipt");
        assert_eq!(c[0]["component"]["type"], 4);
        assert!(
            c[0]["component"].get("label").is_none(),
            "the label is the Label's"
        );
        assert_eq!(c[0]["component"]["min_length"], 3);
        assert_eq!(
            c[0]["component"]["custom_id"],
            answer_key(0, "Order number")
        );
        let select = &c[1]["component"];
        assert_eq!(select["type"], 3);
        assert_eq!(select["required"], false);
        assert_eq!(select["min_values"], 0);
        assert_eq!(select["max_values"], 2);
        assert_eq!(
            select["options"][0]["emoji"],
            json!({"id": "42", "name": "cash", "animated": false})
        );
        assert_eq!(select["options"][1]["emoji"], json!({"name": "🐛"}));
        assert_eq!(select["options"][1].get("description"), None);
        let channel = &c[2]["component"];
        assert_eq!(channel["type"], 8);
        assert_eq!(channel["channel_types"], json!([0, 10, 11, 12]));
        assert_eq!(channel["min_values"], 1, "required: at least one");
    }

    #[test]
    fn submits_are_read_from_labels_and_action_rows() {
        let data = json!({
            "custom_id": "tb:form:3",
            "components": [
                {"type": 18, "id": 1, "component": {"type": 4, "id": 2, "custom_id": "a", "value": "A-12"}},
                {"type": 18, "id": 3, "component": {"type": 3, "id": 4, "custom_id": "b", "values": ["bug"]}},
                {"type": 18, "id": 5, "component": {"type": 7, "id": 6, "custom_id": "c", "values": ["10", "20"]}},
                {"type": 18, "id": 7, "component": {"type": 8, "id": 8, "custom_id": "d", "values": ["30"]}},
                {"type": 1, "components": [{"type": 4, "custom_id": "e", "value": "legacy"}]},
            ],
            "resolved": {"users": {"10": {"id": "10"}}, "roles": {"20": {"id": "20"}}, "channels": {"30": {"id": "30"}}},
        });
        let got = submitted(&data);
        assert_eq!(
            got,
            vec![
                ("a".into(), Submitted::Text("A-12".into())),
                ("b".into(), Submitted::Choices(vec!["bug".into()])),
                (
                    "c".into(),
                    Submitted::Picked(vec![Picked::User(10), Picked::Role(20)])
                ),
                ("d".into(), Submitted::Picked(vec![Picked::Channel(30)])),
                ("e".into(), Submitted::Text("legacy".into())),
            ]
        );
        assert_eq!(text_of(&data, "e").as_deref(), Some("legacy"));
        assert_eq!(text_of(&data, "b"), None);
    }
}
