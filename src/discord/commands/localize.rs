//! Commands in every shipped language: descriptions, option descriptions, choice names and
//! context-menu names carry Discord localizations (Discord shows each member the text for their
//! client's language: "Application Commands → Localization"). Slash command and option names
//! stay English: they are TicketsBot's, which guides and habits rely on.
//!
//! The English text is the commands' own (their doc comments); `locales/en-US/commands.ftl`
//! mirrors it for translators, and a test keeps the two equal. Catalog ids: `cmd-` and the
//! command's full name with dashes (`cmd-panel-create`); an option's description is the
//! attribute `.opt-<option>`, a choice's name `.opt-<option>-choice-<English name, slugged>`.

use std::borrow::Cow;
#[cfg(test)]
use std::fmt::Write as _;

use poise::serenity_prelude as serenity;

use crate::i18n::catalog::COMMANDS;
use crate::i18n::{Catalog, Lang};

use super::super::{Data, Error};

type Command = poise::Command<Data, Error>;

/// Adds every shipped language's texts to `commands` (and their subcommands).
///
/// The catalogs are parsed for this and dropped after it: parsed, the eight languages' command
/// texts take ~1.4 MB, which an idle bot kept for nothing (BENCHMARKS.md, "Memory and size").
pub fn localize(commands: &mut [Command]) {
    let catalog = Catalog::from_sources(COMMANDS);
    walk(commands, "", &mut |command, id| {
        apply(&catalog, command, id);
    });
}

/// The registration payload: poise's (`poise::builtins::create_application_commands`), with
/// the context-menu commands' localized names, which poise 0.7 leaves out of theirs.
pub fn registration(commands: &[Command]) -> Vec<serenity::CreateCommand> {
    fn menus(command: &Command, out: &mut Vec<serenity::CreateCommand>) {
        if let Some(mut menu) = command.create_as_context_menu_command() {
            for (locale, name) in command.name_localizations.iter() {
                menu = menu.name_localized(locale.as_ref(), name.as_ref());
            }
            out.push(menu);
        }
        for sub in &command.subcommands {
            menus(sub, out);
        }
    }
    let mut out = Vec::with_capacity(commands.len());
    for command in commands {
        out.extend(command.create_as_slash_command());
        menus(command, &mut out);
    }
    out
}

/// Visits every command with its catalog id, parents first.
fn walk(commands: &mut [Command], parent: &str, visit: &mut impl FnMut(&mut Command, &str)) {
    for command in commands {
        let path = if parent.is_empty() {
            command.name.to_string()
        } else {
            format!("{parent}-{}", command.name)
        };
        visit(command, &format!("cmd-{path}"));
        walk(&mut command.subcommands, &path, visit);
    }
}

fn option_attribute(option: &str) -> String {
    format!("opt-{option}")
}

fn choice_attribute(option: &str, choice: &str) -> String {
    let mut slug = String::new();
    for c in choice.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("opt-{option}-choice-{}", slug.trim_matches('-'))
}

fn apply(catalog: &Catalog, command: &mut Command, id: &str) {
    for lang in Lang::ALL {
        let text = |attribute: Option<&str>| catalog.exact(lang, id, attribute, None);
        for &locale in lang.discord_locales() {
            let locale: Cow<'static, str> = Cow::Borrowed(locale);
            if command.context_menu_action.is_some() {
                if let Some(name) = text(None) {
                    command
                        .name_localizations
                        .to_mut()
                        .push((locale.clone(), name.into()));
                }
                continue;
            }
            if let Some(description) = text(None) {
                command
                    .description_localizations
                    .to_mut()
                    .push((locale.clone(), description.into()));
            }
            for option in &mut command.parameters {
                if let Some(description) = text(Some(&option_attribute(&option.name))) {
                    option
                        .description_localizations
                        .to_mut()
                        .push((locale.clone(), description.into()));
                }
                for choice in option.choices.to_mut() {
                    let attribute = choice_attribute(&option.name, &choice.name);
                    if let Some(name) = text(Some(&attribute)) {
                        choice
                            .localizations
                            .to_mut()
                            .push((locale.clone(), name.into()));
                    }
                }
            }
        }
    }
}

/// `locales/en-US/commands.ftl` as the commands' English texts make it.
#[cfg(test)]
pub fn english_catalog(commands: &mut [Command]) -> String {
    let mut out = String::from(
        "# Slash commands: descriptions, option descriptions (.opt-<option>) and choice names\n\
         # (.opt-<option>-choice-<name>); context-menu commands: their name.\n\
         # Generated from the commands' doc comments: do not edit (see README: Languages).\n",
    );
    walk(commands, "", &mut |command, id| {
        let value = if command.context_menu_action.is_some() {
            command
                .context_menu_name
                .as_deref()
                .unwrap_or(&command.name)
        } else {
            command.description.as_deref().unwrap_or_default()
        };
        let _ = write!(out, "\n{id} = {}\n", escape(value));
        for option in &command.parameters {
            if let Some(description) = &option.description {
                let _ = writeln!(
                    out,
                    "    .{} = {}",
                    option_attribute(&option.name),
                    escape(description)
                );
            }
            for choice in option.choices.iter() {
                let _ = writeln!(
                    out,
                    "    .{} = {}",
                    choice_attribute(&option.name, &choice.name),
                    escape(&choice.name)
                );
            }
        }
    });
    out
}

/// Fluent text: braces are the only characters a one-line value cannot hold as they are.
#[cfg(test)]
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
