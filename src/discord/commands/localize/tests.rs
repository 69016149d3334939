use serde_json::Value;

use super::{english_catalog, localize, registration};
use crate::i18n::{Lang, check};

fn commands() -> Vec<super::Command> {
    super::super::all()
}

/// `locales/en-US/commands.ftl` is what the commands' doc comments make it. After changing a
/// command's text: `TICKETBOX_WRITE_CATALOG=1 cargo test --lib localize` rewrites the file, and
/// the catalog test then lists what each translation needs.
#[test]
fn the_english_catalog_mirrors_the_commands() {
    let expected = english_catalog(&mut commands());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en-US/commands.ftl");
    if std::env::var_os("TICKETBOX_WRITE_CATALOG").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let shipped = std::fs::read_to_string(path).unwrap();
    assert!(
        shipped == expected,
        "{path} is out of date: run TICKETBOX_WRITE_CATALOG=1 cargo test --lib localize"
    );
}

/// Every shipped catalog parses and has English's messages, attributes and placeholders.
#[test]
fn the_catalogs_are_complete_and_consistent() {
    let problems = check::problems(crate::i18n::catalog::SOURCES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The registration payloads, as serenity sends them.
fn payloads() -> Vec<Value> {
    let mut commands = commands();
    localize(&mut commands);
    registration(&commands)
        .into_iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect()
}

fn localizations<'a>(object: &'a Value, key: &str) -> Vec<(&'a str, &'a str)> {
    object[format!("{key}_localizations")]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(locale, text)| (locale.as_str(), text.as_str().unwrap_or_default()))
        .collect()
}

/// Discord's length of a text: characters, not bytes.
fn chars(text: &str) -> usize {
    text.chars().count()
}

/// The characters Discord counts toward a command's 8,000 ("Application Command Object →
/// Application Command Naming", "Localization"): names, descriptions and choice values of the
/// command, its options, subcommands and choices, each text at its longest localization.
fn counted(object: &Value) -> usize {
    let mut total = 0;
    for key in ["name", "description"] {
        let base = object[key].as_str().map_or(0, chars);
        let longest = localizations(object, key)
            .iter()
            .map(|(_, text)| chars(text))
            .max()
            .unwrap_or(0);
        total += base.max(longest);
    }
    total += match &object["value"] {
        Value::String(s) => chars(s),
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

/// Every localized text Discord limits: descriptions and choice names 1–100 characters,
/// context-menu names 1–32, and each command within 8,000 characters with its longest
/// localizations.
#[test]
fn localized_commands_fit_discords_limits() {
    fn check_texts(object: &Value, context_menu: bool, problems: &mut Vec<String>) {
        let name = object["name"].as_str().unwrap_or_default();
        let name_max = if context_menu { 32 } else { 100 };
        for (locale, text) in localizations(object, "name") {
            if !(1..=name_max).contains(&chars(text)) {
                problems.push(format!(
                    "{name}: name in {locale} has {} characters",
                    chars(text)
                ));
            }
        }
        for (locale, text) in localizations(object, "description") {
            if !(1..=100).contains(&chars(text)) {
                problems.push(format!(
                    "{name}: description in {locale} has {} characters: {text}",
                    chars(text)
                ));
            }
        }
        for nested in ["options", "choices"] {
            for child in object[nested].as_array().into_iter().flatten() {
                check_texts(child, false, problems);
            }
        }
    }
    let mut problems = Vec::new();
    for payload in payloads() {
        let context_menu = payload["type"].as_u64().is_some_and(|t| t != 1);
        check_texts(&payload, context_menu, &mut problems);
        let total = counted(&payload);
        if total > 8000 {
            problems.push(format!("{}: {total} characters", payload["name"]));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every option has a description of its own: without one poise sends a generic text
/// ("A slash command parameter") that no catalog translates.
#[test]
fn every_option_describes_itself() {
    fn missing(command: &super::Command, out: &mut Vec<String>) {
        // A context-menu command's parameter is its target, not an option.
        for option in command
            .parameters
            .iter()
            .filter(|_| command.slash_action.is_some())
        {
            if option.description.is_none() {
                out.push(format!("{} {}", command.name, option.name));
            }
        }
        for sub in &command.subcommands {
            missing(sub, out);
        }
    }
    let mut out = Vec::new();
    for command in &commands() {
        missing(command, &mut out);
    }
    assert!(out.is_empty(), "options without a description: {out:?}");
}

/// Every slash command, option and choice carries every shipped language's Discord locales;
/// context-menu commands carry localized names.
#[test]
fn every_command_is_localized_in_every_language() {
    fn check(object: &Value, key: &str, locales: &[&str], problems: &mut Vec<String>) {
        let present: Vec<&str> = localizations(object, key).iter().map(|(l, _)| *l).collect();
        for locale in locales {
            if !present.contains(locale) {
                problems.push(format!("{}: no {key} in {locale}", object["name"]));
            }
        }
        for child in object["options"].as_array().into_iter().flatten() {
            check(child, "description", locales, problems);
            for choice in child["choices"].as_array().into_iter().flatten() {
                check(choice, "name", locales, problems);
            }
        }
    }
    let locales: Vec<&str> = Lang::ALL
        .into_iter()
        .flat_map(|l| l.discord_locales().iter().copied())
        .collect();
    assert!(
        locales.contains(&"de") && locales.contains(&"es-419"),
        "{locales:?}"
    );
    let mut problems = Vec::new();
    for payload in payloads() {
        let key = if payload["type"].as_u64().is_some_and(|t| t != 1) {
            "name"
        } else {
            "description"
        };
        check(&payload, key, &locales, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A catalog text reaches the payload: German for /open, Spanish for both Spanish locales.
#[test]
fn translations_reach_the_registration_payload() {
    let payloads = payloads();
    let open = payloads.iter().find(|p| p["name"] == "open").unwrap();
    let german = open["description_localizations"]["de"].as_str().unwrap();
    let english = open["description"].as_str().unwrap();
    assert_ne!(german, english, "{open}");
    assert_eq!(
        open["description_localizations"]["es-ES"],
        open["description_localizations"]["es-419"]
    );
    assert!(
        open["name_localizations"]
            .as_object()
            .is_none_or(serde_json::Map::is_empty)
    );
}
