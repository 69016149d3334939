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
    let problems = check::problems(&crate::i18n::catalog::all_sources());
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

/// Every payload passes what Discord checks at registration (the fake Discord's model of it:
/// localization keys, texts of 1–100 characters, context-menu names of 1–32, and at most 8,000
/// characters per command with its longest localizations).
#[test]
fn localized_commands_fit_discords_limits() {
    let problems: Vec<String> = payloads()
        .iter()
        .filter_map(|p| {
            crate::testkit::fake_discord::commands::validate(p)
                .err()
                .map(|e| format!("{}: {e}", p["name"]))
        })
        .collect();
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
