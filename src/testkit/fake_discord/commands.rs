//! What Discord checks when commands are registered (bulk overwrite), so the bot's
//! registration payload is held to the documented limits. Discord answers a violation with
//! 400 "Invalid Form Body" (50035) and registers nothing.
//!
//! Sources (Discord developer docs): "Application Commands → Application Command Object →
//! Application Command Naming" (names 1–32, chat-input names lowercase from the allowed
//! characters), "Application Command Option Structure" (descriptions 1–100, at most 25
//! options and 25 choices, choice names 1–100), "Localization" (the localization keys must be
//! Discord locales — "Reference → Locales" — and localized texts obey the same limits), and
//! "Registering a Command" (a command's names, descriptions and choice values together at
//! most 8,000 characters; counted here with each text at its longest localization).

use serde_json::Value;

/// Discord's locales ("Reference → Locales").
const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

/// The first problem with one command of a bulk overwrite, as `field: problem`.
pub fn validate(command: &Value) -> Result<(), String> {
    let kind = command["type"].as_u64().unwrap_or(1);
    let chat_input = kind == 1;
    name(command, "name", chat_input)?;
    if chat_input {
        text(command, "description", 1, 100)?;
    } else if command["description"]
        .as_str()
        .is_some_and(|d| !d.is_empty())
    {
        return Err("description: context menu commands have no description".into());
    }
    check_options(command, "options")?;
    let total = counted(command);
    if total > 8000 {
        return Err(format!(
            "{}: {total} characters (names, descriptions and choice values, at most 8000)",
            command["name"]
        ));
    }
    Ok(())
}

fn check_options(parent: &Value, path: &str) -> Result<(), String> {
    let Some(options) = parent["options"].as_array() else {
        return Ok(());
    };
    if options.len() > 25 {
        return Err(format!("{path}: more than 25 options"));
    }
    for (i, option) in options.iter().enumerate() {
        let here = format!("{path}.{i}");
        name(option, &format!("{here}.name"), true)?;
        text(option, &format!("{here}.description"), 1, 100)?;
        if let Some(choices) = option["choices"].as_array() {
            if choices.len() > 25 {
                return Err(format!("{here}.choices: more than 25 choices"));
            }
            for (j, choice) in choices.iter().enumerate() {
                text(choice, &format!("{here}.choices.{j}.name"), 1, 100)?;
            }
        }
        check_options(option, &format!("{here}.options"))?;
    }
    Ok(())
}

/// The last dotted part of `field` is the key in `object`.
fn key(field: &str) -> &str {
    field.rsplit('.').next().unwrap_or(field)
}

fn name(object: &Value, field: &str, chat_input: bool) -> Result<(), String> {
    let check = |value: &str, label: &str| -> Result<(), String> {
        let len = value.chars().count();
        if !(1..=32).contains(&len) {
            return Err(format!("{label}: must be 1 to 32 characters"));
        }
        let allowed = |c: char| c == '-' || c == '_' || c == '\'' || c.is_alphanumeric();
        if chat_input && (!value.chars().all(allowed) || value.chars().any(char::is_uppercase)) {
            return Err(format!("{label}: {value:?} is not a valid chat input name"));
        }
        Ok(())
    };
    check(object["name"].as_str().unwrap_or_default(), field)?;
    localized(object, field, &check)
}

fn text(object: &Value, field: &str, min: usize, max: usize) -> Result<(), String> {
    let check = |value: &str, label: &str| -> Result<(), String> {
        let len = value.chars().count();
        if (min..=max).contains(&len) {
            Ok(())
        } else {
            Err(format!(
                "{label}: must be {min} to {max} characters, not {len}"
            ))
        }
    };
    check(object[key(field)].as_str().unwrap_or_default(), field)?;
    localized(object, field, &check)
}

fn localized(
    object: &Value,
    field: &str,
    check: &dyn Fn(&str, &str) -> Result<(), String>,
) -> Result<(), String> {
    let map_key = format!("{}_localizations", key(field));
    let Some(map) = object[map_key.as_str()].as_object() else {
        return Ok(());
    };
    for (locale, value) in map {
        let label = format!("{field}_localizations.{locale}");
        if !LOCALES.contains(&locale.as_str()) {
            return Err(format!("{label}: {locale:?} is not a valid locale"));
        }
        check(value.as_str().unwrap_or_default(), &label)?;
    }
    Ok(())
}

fn counted(object: &Value) -> usize {
    let mut total = 0;
    for k in ["name", "description"] {
        let base = object[k].as_str().map_or(0, |s| s.chars().count());
        let longest = object[format!("{k}_localizations")]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(_, v)| v.as_str())
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        total += base.max(longest);
    }
    total += match &object["value"] {
        Value::String(s) => s.chars().count(),
        Value::Null => 0,
        other => other.to_string().len(),
    };
    for nested in ["options", "choices"] {
        for child in object[nested].as_array().into_iter().flatten() {
            total += counted(child);
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::validate;

    #[test]
    fn discords_limits_are_enforced() {
        let good = json!({"name": "open", "description": "Open a ticket",
            "description_localizations": {"de": "Ein Ticket öffnen"},
            "options": [{"name": "subject", "description": "What about",
                "choices": [{"name": "1h", "value": "1h", "name_localizations": {"fr": "1 h"}}]}]});
        assert_eq!(validate(&good), Ok(()));
        let mut bad = good.clone();
        bad["description_localizations"]["xx"] = json!("?");
        assert!(validate(&bad).unwrap_err().contains("not a valid locale"));
        let mut bad = good.clone();
        bad["options"][0]["description_localizations"] = json!({"de": "x".repeat(101)});
        assert!(
            validate(&bad)
                .unwrap_err()
                .starts_with("options.0.description_localizations.de")
        );
        let mut bad = good.clone();
        bad["name"] = json!("Open");
        assert!(validate(&bad).is_err());
        let menu = json!({"type": 2, "name": "Start ticket", "description": "",
            "name_localizations": {"de": "Ticket starten"}});
        assert_eq!(validate(&menu), Ok(()));
        let mut bad = good.clone();
        bad["description_localizations"]["de"] = json!("x".repeat(100));
        bad["options"] = json!(
            (0..25)
                .map(|i| json!({"name": format!("o{i}"),
            "description": "d", "description_localizations": {"pl": "y".repeat(100)},
            "choices": (0..25).map(|j| json!({"name": format!("c{j}"), "value": j,
                "name_localizations": {"tr": "z".repeat(10)}})).collect::<Vec<_>>()}))
                .collect::<Vec<_>>()
        );
        assert!(
            validate(&bad).unwrap_err().contains("at most 8000"),
            "{bad}"
        );
        let mut bad = good;
        bad["options"][0]["choices"] = json!(
            (0..30)
                .map(|i| json!({"name": format!("c{i}"), "value": i}))
                .collect::<Vec<_>>()
        );
        assert!(validate(&bad).unwrap_err().contains("more than 25 choices"));
    }
}
