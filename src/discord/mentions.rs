//! Clickable command mentions: a reply that names `/closerequest` or `/setup use-threads` shows
//! Discord's command mention (`</closerequest:id>`, `</setup use-threads:id>`; Reference →
//! Message Formatting), with the ids Discord gave the commands when they were registered. A
//! command with subcommands can only be mentioned with one, so a bare `/setup` stays text, as
//! does anything in a code span or not registered.

use std::collections::HashMap;
use std::fmt::Write as _;

use poise::serenity_prelude as serenity;

/// Every mentionable command path (`close`, `setup use-threads`, `panel hours set`) and the
/// id of its top-level command.
#[derive(Debug, Default, Clone)]
pub struct CommandIds(HashMap<String, u64>);

impl CommandIds {
    /// From Discord's answer to the registration (chat input commands only: context menus
    /// have no mention).
    pub fn from_registered(commands: &[serenity::Command]) -> Self {
        let mut paths = HashMap::new();
        for command in commands {
            if command.kind != serenity::CommandType::ChatInput {
                continue;
            }
            let id = command.id.get();
            let subs: Vec<String> = command
                .options
                .iter()
                .flat_map(|o| match o.kind {
                    serenity::CommandOptionType::SubCommand => vec![o.name.clone()],
                    serenity::CommandOptionType::SubCommandGroup => o
                        .options
                        .iter()
                        .map(|s| format!("{} {}", o.name, s.name))
                        .collect(),
                    _ => Vec::new(),
                })
                .collect();
            if subs.is_empty() {
                paths.insert(command.name.clone(), id);
            }
            for sub in subs {
                paths.insert(format!("{} {sub}", command.name), id);
            }
        }
        Self(paths)
    }

    /// `text` with every registered `/path` outside code spans as a command mention.
    pub fn link(&self, text: &str) -> String {
        if self.0.is_empty() || !text.contains('/') {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut in_code = false;
        let mut previous: Option<char> = None;
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let starts_mention = c == '/'
                && !in_code
                && previous.is_none_or(|p| {
                    !(p.is_alphanumeric() || matches!(p, '/' | ':' | '<' | '.' | '-' | '_'))
                });
            if starts_mention && let Some((path, len)) = self.longest_path(&rest[1..]) {
                let _ = write!(out, "</{path}:{}>", self.0[&path]);
                rest = &rest[1 + len..];
                previous = path.chars().last();
                continue;
            }
            if c == '`' {
                in_code = !in_code;
            }
            out.push(c);
            previous = Some(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }

    /// The longest registered path (up to three words) at the start of `after` (the text after
    /// the `/`), and how many bytes it spans; a path must end at a word boundary.
    fn longest_path(&self, after: &str) -> Option<(String, usize)> {
        let mut words: Vec<&str> = Vec::new();
        let mut spans: Vec<usize> = Vec::new();
        let mut at = 0;
        for _ in 0..3 {
            let word_len = after[at..]
                .find(|c: char| {
                    !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
                })
                .unwrap_or(after.len() - at);
            if word_len == 0 {
                break;
            }
            words.push(&after[at..at + word_len]);
            spans.push(at + word_len);
            at += word_len;
            if !after[at..].starts_with(' ') {
                break;
            }
            at += 1;
        }
        (1..=words.len()).rev().find_map(|n| {
            let path = words[..n].join(" ");
            self.0.contains_key(&path).then(|| (path, spans[n - 1]))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::CommandIds;

    fn ids() -> CommandIds {
        CommandIds(
            [
                ("close", 1),
                ("closerequest", 2),
                ("setup use-threads", 3),
                ("panel hours set", 4),
                ("panel list", 4),
            ]
            .into_iter()
            .map(|(p, id)| (p.to_owned(), id))
            .collect(),
        )
    }

    #[test]
    fn registered_paths_become_mentions_and_the_rest_stays_text() {
        let ids = ids();
        assert_eq!(
            ids.link("Ask staff, or use /closerequest if you are staff."),
            "Ask staff, or use </closerequest:2> if you are staff."
        );
        assert_eq!(
            ids.link("switch to thread mode (/setup use-threads). /panel list shows them."),
            "switch to thread mode (</setup use-threads:3>). </panel list:4> shows them."
        );
        assert_eq!(ids.link("/panel hours set now"), "</panel hours set:4> now");
        // A bare command with subcommands, an unknown one, code spans, links, longer words.
        for text in [
            "/setup alone",
            "/unknown",
            "type `/close` here",
            "https://discord.com/close",
            "/closed tickets",
            "a/close",
        ] {
            assert_eq!(ids.link(text), text);
        }
        assert_eq!(CommandIds::default().link("/close"), "/close");
    }
}
