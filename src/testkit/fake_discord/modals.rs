//! Modals in the fake: the checks Discord makes on a MODAL callback, and a member filling in the
//! modal the bot showed, submitted the way Discord's client sends it.
//!
//! Sources: Interactions → Receiving and Responding ("Interaction Callback Type": MODAL is not
//! available for MODAL_SUBMIT; "Modal": 1–5 components, title ≤ 45; "Modal Submit Data
//! Structure", "Resolved Data Structure") and Components → Reference (Label, Text Input, String
//! Select, Select Option, User/Role/Mentionable/Channel Select: structures, limits and
//! "Interaction Response Structure"s).

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::state::State;
use super::{FakeDiscord, InteractionHandle};

const LABEL: u64 = 18;
const ACTION_ROW: u64 = 1;
const TEXT_DISPLAY: u64 = 10;
const STRING_SELECT: u64 = 3;
const TEXT_INPUT: u64 = 4;
const USER_SELECT: u64 = 5;
const ROLE_SELECT: u64 = 6;
const MENTIONABLE_SELECT: u64 = 7;
const CHANNEL_SELECT: u64 = 8;

/// Channel types a channel select may filter on (Channel → Channel Types).
const CHANNEL_TYPES: [u64; 12] = [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 15, 16];

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

fn check_len(v: &Value, field: &str, path: &str, min: usize, max: usize) -> Result<(), String> {
    match v.get(field) {
        None | Some(Value::Null) if min == 0 => Ok(()),
        Some(s @ Value::String(_)) if (min..=max).contains(&chars(s)) => Ok(()),
        _ => Err(format!(
            "{path}.{field}: Must be between {min} and {max} in length."
        )),
    }
}

fn check_int(
    v: &Value,
    field: &str,
    path: &str,
    min: u64,
    max: u64,
) -> Result<Option<u64>, String> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(n) => match n.as_u64() {
            Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(format!(
                "{path}.{field}: int value should be between {min} and {max}."
            )),
        },
    }
}

/// Checks a MODAL callback's `data` as Discord does; the error names the field as Discord's
/// "Invalid Form Body" does.
pub fn validate(data: &Value) -> Result<(), String> {
    check_len(data, "custom_id", "data", 1, 100)?;
    check_len(data, "title", "data", 1, 45)?;
    let components = data["components"]
        .as_array()
        .ok_or("data.components: This field is required")?;
    if !(1..=5).contains(&components.len()) {
        return Err("data.components: Must be between 1 and 5 in length.".into());
    }
    let mut ids = HashSet::new();
    for (i, top) in components.iter().enumerate() {
        let path = format!("data.components.{i}");
        match top["type"].as_u64() {
            Some(LABEL) => {
                check_len(top, "label", &path, 1, 45)?;
                check_len(top, "description", &path, 0, 100)?;
                let child = top
                    .get("component")
                    .ok_or(format!("{path}.component: This field is required"))?;
                check_input(child, &format!("{path}.component"), false, &mut ids)?;
            }
            // Deprecated but accepted: one text input with its own label in an action row.
            Some(ACTION_ROW) => {
                let row = top["components"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                if row.len() != 1 || row[0]["type"].as_u64() != Some(TEXT_INPUT) {
                    return Err(format!(
                        "{path}.components: an action row in a modal holds exactly one text input"
                    ));
                }
                check_input(&row[0], &format!("{path}.components.0"), true, &mut ids)?;
            }
            Some(TEXT_DISPLAY) => check_len(top, "content", &path, 1, 4000)?,
            other => {
                return Err(format!(
                    "{path}.type: component type {other:?} is not valid at the top of a modal"
                ));
            }
        }
    }
    Ok(())
}

fn check_input(
    c: &Value,
    path: &str,
    in_row: bool,
    ids: &mut HashSet<String>,
) -> Result<(), String> {
    check_len(c, "custom_id", path, 1, 100)?;
    let id = c["custom_id"].as_str().unwrap_or_default().to_owned();
    if !ids.insert(id.clone()) {
        return Err(format!(
            "{path}.custom_id: Component custom id {id:?} is duplicated"
        ));
    }
    if c.get("disabled").is_some_and(|d| d != &json!(false)) {
        return Err(format!(
            "{path}.disabled: modals cannot have disabled components"
        ));
    }
    let kind = c["type"].as_u64();
    if kind == Some(TEXT_INPUT) {
        if in_row {
            check_len(c, "label", path, 1, 45)?;
        }
        if !matches!(c["style"].as_u64(), Some(1 | 2)) {
            return Err(format!("{path}.style: Value must be one of {{1, 2}}."));
        }
        let min = check_int(c, "min_length", path, 0, 4000)?;
        let max = check_int(c, "max_length", path, 1, 4000)?;
        if let (Some(min), Some(max)) = (min, max)
            && min > max
        {
            return Err(format!("{path}.min_length: must be at most max_length"));
        }
        check_len(c, "placeholder", path, 0, 100)?;
        return check_len(c, "value", path, 0, 4000);
    }
    if !matches!(
        kind,
        Some(STRING_SELECT | USER_SELECT | ROLE_SELECT | MENTIONABLE_SELECT | CHANNEL_SELECT)
    ) {
        return Err(format!(
            "{path}.type: component type {kind:?} cannot be in a Label"
        ));
    }
    check_len(c, "placeholder", path, 0, 150)?;
    let min = check_int(c, "min_values", path, 0, 25)?;
    let max = check_int(c, "max_values", path, 1, 25)?.unwrap_or(1);
    if min.unwrap_or(1) > max {
        return Err(format!("{path}.min_values: must be at most max_values"));
    }
    let required = c["required"].as_bool().unwrap_or(true);
    if required && min == Some(0) {
        return Err(format!(
            "{path}.min_values: must be omitted or at least 1 while required is true"
        ));
    }
    if kind == Some(STRING_SELECT) {
        let options = c["options"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        if !(1..=25).contains(&options.len()) {
            return Err(format!(
                "{path}.options: Must be between 1 and 25 in length."
            ));
        }
        let mut values = HashSet::new();
        for (i, o) in options.iter().enumerate() {
            let opath = format!("{path}.options.{i}");
            check_len(o, "label", &opath, 1, 100)?;
            check_len(o, "value", &opath, 1, 100)?;
            check_len(o, "description", &opath, 0, 100)?;
            if !values.insert(o["value"].as_str().unwrap_or_default()) {
                return Err(format!(
                    "{opath}.value: Select option values must be unique"
                ));
            }
        }
        if usize::try_from(max).unwrap_or(usize::MAX) > options.len() {
            return Err(format!(
                "{path}.max_values: must be at most the number of options"
            ));
        }
    } else if c.get("options").is_some() {
        return Err(format!("{path}.options: only a string select has options"));
    }
    if kind == Some(CHANNEL_SELECT) {
        for t in c["channel_types"].as_array().into_iter().flatten() {
            if !t.as_u64().is_some_and(|t| CHANNEL_TYPES.contains(&t)) {
                return Err(format!("{path}.channel_types: {t} is not a channel type"));
            }
        }
    } else if c.get("channel_types").is_some() {
        return Err(format!(
            "{path}.channel_types: only a channel select has channel types"
        ));
    }
    Ok(())
}

/// What a member enters under one question of a modal (found by its label).
#[derive(Debug, Clone)]
pub enum Fill<'a> {
    Text(&'a str),
    /// Option values of a string select.
    Choose(&'a [&'a str]),
    /// Ids picked in a user, role, mentionable or channel select.
    Pick(&'a [u64]),
}

impl State {
    /// The components and `resolved` of a submit of `modal` (a callback's `data`) with `fills`
    /// by label, as the client sends them: every input, answered or left empty, with ids
    /// numbered as Discord numbers components it was not given ids for. Refuses what the
    /// client would not let a member submit.
    fn fill_modal(
        &self,
        guild: u64,
        modal: &Value,
        fills: &[(&str, Fill<'_>)],
    ) -> Result<Value, String> {
        let mut used = HashSet::new();
        let mut next_id = 0_u64;
        let mut resolved = Map::new();
        let mut components = Vec::new();
        for top in modal["components"].as_array().into_iter().flatten() {
            next_id += 1;
            let top_id = next_id;
            let (label, child) = match top["type"].as_u64() {
                Some(LABEL) => (top["label"].as_str().unwrap_or_default(), &top["component"]),
                Some(ACTION_ROW) => (
                    top["components"][0]["label"].as_str().unwrap_or_default(),
                    &top["components"][0],
                ),
                _ => continue,
            };
            next_id += 1;
            let fill = fills.iter().find(|(l, _)| *l == label).map(|(_, f)| f);
            if fill.is_some() {
                used.insert(label);
            }
            let answer = self.answer(guild, label, child, fill, &mut resolved)?;
            let mut answer = answer;
            answer["id"] = json!(next_id);
            components.push(if top["type"].as_u64() == Some(LABEL) {
                json!({"type": LABEL, "id": top_id, "component": answer})
            } else {
                json!({"type": ACTION_ROW, "id": top_id, "components": [answer]})
            });
        }
        if let Some((label, _)) = fills.iter().find(|(l, _)| !used.contains(l)) {
            return Err(format!("the modal has no question {label:?}"));
        }
        let mut data = json!({"custom_id": modal["custom_id"], "components": components});
        if !resolved.is_empty() {
            data["resolved"] = Value::Object(resolved);
        }
        Ok(data)
    }

    fn answer(
        &self,
        guild: u64,
        label: &str,
        c: &Value,
        fill: Option<&Fill<'_>>,
        resolved: &mut Map<String, Value>,
    ) -> Result<Value, String> {
        let kind = c["type"].as_u64().unwrap_or(0);
        let required = c["required"].as_bool().unwrap_or(true);
        let custom_id = c["custom_id"].clone();
        if kind == TEXT_INPUT {
            let text = match fill {
                Some(Fill::Text(t)) => *t,
                None => "",
                Some(other) => return Err(format!("{label:?} is a text input, not {other:?}")),
            };
            let n = text.chars().count() as u64;
            let min = c["min_length"].as_u64().unwrap_or(0);
            let max = c["max_length"].as_u64().unwrap_or(4000);
            if (required && n == 0) || (n > 0 && n < min) || n > max {
                return Err(format!(
                    "the client refuses {text:?} for {label:?} ({min}–{max}, required {required})"
                ));
            }
            return Ok(json!({"type": TEXT_INPUT, "custom_id": custom_id, "value": text}));
        }
        let picked: Vec<String> = match fill {
            None => Vec::new(),
            Some(Fill::Choose(values)) if kind == STRING_SELECT => {
                values.iter().map(|v| (*v).to_owned()).collect()
            }
            Some(Fill::Pick(ids)) if kind != STRING_SELECT => {
                ids.iter().map(ToString::to_string).collect()
            }
            Some(other) => {
                return Err(format!(
                    "{label:?} (component type {kind}) cannot take {other:?}"
                ));
            }
        };
        let n = picked.len() as u64;
        let min = c["min_values"].as_u64().unwrap_or(1);
        let max = c["max_values"].as_u64().unwrap_or(1);
        if n > max || (n < min && (required || n > 0)) || (required && n == 0) {
            return Err(format!(
                "the client refuses {n} picks for {label:?} ({min}–{max}, required {required})"
            ));
        }
        for value in &picked {
            self.resolve(guild, label, c, value, resolved)?;
        }
        Ok(json!({"type": kind, "custom_id": custom_id, "values": picked}))
    }

    /// Checks that the client could offer `value` in select `c`, and adds what Discord resolves
    /// for it.
    fn resolve(
        &self,
        guild: u64,
        label: &str,
        c: &Value,
        value: &str,
        resolved: &mut Map<String, Value>,
    ) -> Result<(), String> {
        let kind = c["type"].as_u64().unwrap_or(0);
        let id: u64 = value.parse().unwrap_or(0);
        let mut add = |map: &str, entry: Value| {
            resolved
                .entry(map)
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .map(|m| m.insert(value.to_owned(), entry));
        };
        let role = self.roles.get(&guild).and_then(|r| r.get(&id)).cloned();
        let member = self.members.get(&(guild, id)).cloned();
        match kind {
            STRING_SELECT => {
                let offered = c["options"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|o| o["value"] == json!(value));
                if !offered {
                    return Err(format!("{label:?} has no option {value:?}"));
                }
            }
            USER_SELECT | MENTIONABLE_SELECT if member.is_some() => {
                let mut member = member.unwrap_or_default();
                let user = member
                    .as_object_mut()
                    .and_then(|m| m.remove("user"))
                    .unwrap_or_default();
                add("users", user);
                add("members", member);
            }
            ROLE_SELECT | MENTIONABLE_SELECT if role.is_some() => {
                add("roles", role.unwrap_or_default());
            }
            CHANNEL_SELECT => {
                let channel = self
                    .channels
                    .get(&id)
                    .filter(|ch| ch["guild_id"] == json!(guild.to_string()))
                    .ok_or_else(|| format!("{label:?}: no channel {id} in the server"))?;
                let types: Vec<u64> = c["channel_types"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_u64)
                    .collect();
                let kind = channel["type"].as_u64().unwrap_or(0);
                if !types.is_empty() && !types.contains(&kind) {
                    return Err(format!("{label:?} does not offer channel type {kind}"));
                }
                add(
                    "channels",
                    json!({
                        "id": channel["id"], "name": channel["name"], "type": kind,
                        "parent_id": channel["parent_id"], "permissions": "0",
                    }),
                );
            }
            _ => return Err(format!("{label:?}: the client does not offer {value:?}")),
        }
        Ok(())
    }
}

impl FakeDiscord {
    /// The member who got the modal shown in answer to `shown` fills it in (`fills`: answers
    /// by question label; questions left out are left empty) and submits it — in the server
    /// or the DM where the modal was shown.
    ///
    /// # Panics
    /// When the bot did not answer `shown` with a modal, or the client would not submit these
    /// answers (a required question left empty, too many picks, an option that is not there).
    pub fn submit_modal(
        &self,
        shown: &InteractionHandle,
        fills: &[(&str, Fill<'_>)],
    ) -> InteractionHandle {
        let payload = {
            let mut state = self.inner.state();
            let (guild, channel, user, modal) = {
                let i = state
                    .interactions
                    .get(&shown.token)
                    .expect("fake discord: unknown interaction");
                let modal = i
                    .callbacks
                    .first()
                    .filter(|c| c["type"] == 9)
                    .map(|c| c["data"].clone())
                    .expect("fake discord: the bot did not answer with a modal");
                let user = i.user["id"]
                    .as_str()
                    .and_then(|u| u.parse().ok())
                    .unwrap_or(0);
                (i.guild, i.channel, user, modal)
            };
            let data = state
                .fill_modal(guild, &modal, fills)
                .unwrap_or_else(|e| panic!("fake discord: cannot submit the modal: {e}"));
            let sent = if guild == 0 {
                state.dm_interaction(&self.inner, 5, user, None, data)
            } else {
                state.interaction(&self.inner, 5, guild, channel, user, None, data)
            };
            sent.unwrap_or_else(|e| panic!("fake discord: cannot submit the modal: {e}"))
        };
        self.send_interaction(payload)
    }
}
