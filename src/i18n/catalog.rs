//! The embedded catalogs and lookups in them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// The commands' descriptions, choices and context-menu names, by language:
/// `locales/<code>/commands.ftl`. Parsed for registration only, then dropped.
pub const COMMANDS: &[(Lang, &str, &str)] = &[
    (
        Lang::EnUs,
        "commands.ftl",
        include_str!("../../locales/en-US/commands.ftl"),
    ),
    (
        Lang::De,
        "commands.ftl",
        include_str!("../../locales/de/commands.ftl"),
    ),
    (
        Lang::Fr,
        "commands.ftl",
        include_str!("../../locales/fr/commands.ftl"),
    ),
    (
        Lang::EsEs,
        "commands.ftl",
        include_str!("../../locales/es-ES/commands.ftl"),
    ),
    (
        Lang::PtBr,
        "commands.ftl",
        include_str!("../../locales/pt-BR/commands.ftl"),
    ),
    (
        Lang::Nl,
        "commands.ftl",
        include_str!("../../locales/nl/commands.ftl"),
    ),
    (
        Lang::Pl,
        "commands.ftl",
        include_str!("../../locales/pl/commands.ftl"),
    ),
    (
        Lang::Tr,
        "commands.ftl",
        include_str!("../../locales/tr/commands.ftl"),
    ),
];

/// What the bot posts and replies and what the dashboard and transcript viewer show, by
/// language: `locales/<code>/{bot,admin,panels,tools,rules,web*}.ftl` (one namespace of messages per
/// language). Each language is parsed the first time a server, member or visitor reads it, and
/// stays (see [`messages`]).
pub const MESSAGES: &[(Lang, &str, &str)] = &[
    (
        Lang::EnUs,
        "bot.ftl",
        include_str!("../../locales/en-US/bot.ftl"),
    ),
    (
        Lang::EnUs,
        "admin.ftl",
        include_str!("../../locales/en-US/admin.ftl"),
    ),
    (
        Lang::EnUs,
        "panels.ftl",
        include_str!("../../locales/en-US/panels.ftl"),
    ),
    (
        Lang::EnUs,
        "tools.ftl",
        include_str!("../../locales/en-US/tools.ftl"),
    ),
    (
        Lang::EnUs,
        "rules.ftl",
        include_str!("../../locales/en-US/rules.ftl"),
    ),
    (
        Lang::EnUs,
        "web.ftl",
        include_str!("../../locales/en-US/web.ftl"),
    ),
    (
        Lang::EnUs,
        "web-settings.ftl",
        include_str!("../../locales/en-US/web-settings.ftl"),
    ),
    (
        Lang::EnUs,
        "web-panels.ftl",
        include_str!("../../locales/en-US/web-panels.ftl"),
    ),
    (
        Lang::EnUs,
        "web-pages.ftl",
        include_str!("../../locales/en-US/web-pages.ftl"),
    ),
    (
        Lang::EnUs,
        "web-transcripts.ftl",
        include_str!("../../locales/en-US/web-transcripts.ftl"),
    ),
    (
        Lang::De,
        "bot.ftl",
        include_str!("../../locales/de/bot.ftl"),
    ),
    (
        Lang::De,
        "admin.ftl",
        include_str!("../../locales/de/admin.ftl"),
    ),
    (
        Lang::De,
        "panels.ftl",
        include_str!("../../locales/de/panels.ftl"),
    ),
    (
        Lang::De,
        "tools.ftl",
        include_str!("../../locales/de/tools.ftl"),
    ),
    (
        Lang::De,
        "rules.ftl",
        include_str!("../../locales/de/rules.ftl"),
    ),
    (
        Lang::De,
        "web.ftl",
        include_str!("../../locales/de/web.ftl"),
    ),
    (
        Lang::De,
        "web-settings.ftl",
        include_str!("../../locales/de/web-settings.ftl"),
    ),
    (
        Lang::De,
        "web-panels.ftl",
        include_str!("../../locales/de/web-panels.ftl"),
    ),
    (
        Lang::De,
        "web-pages.ftl",
        include_str!("../../locales/de/web-pages.ftl"),
    ),
    (
        Lang::De,
        "web-transcripts.ftl",
        include_str!("../../locales/de/web-transcripts.ftl"),
    ),
    (
        Lang::Fr,
        "bot.ftl",
        include_str!("../../locales/fr/bot.ftl"),
    ),
    (
        Lang::Fr,
        "admin.ftl",
        include_str!("../../locales/fr/admin.ftl"),
    ),
    (
        Lang::Fr,
        "panels.ftl",
        include_str!("../../locales/fr/panels.ftl"),
    ),
    (
        Lang::Fr,
        "tools.ftl",
        include_str!("../../locales/fr/tools.ftl"),
    ),
    (
        Lang::Fr,
        "rules.ftl",
        include_str!("../../locales/fr/rules.ftl"),
    ),
    (
        Lang::Fr,
        "web.ftl",
        include_str!("../../locales/fr/web.ftl"),
    ),
    (
        Lang::Fr,
        "web-settings.ftl",
        include_str!("../../locales/fr/web-settings.ftl"),
    ),
    (
        Lang::Fr,
        "web-panels.ftl",
        include_str!("../../locales/fr/web-panels.ftl"),
    ),
    (
        Lang::Fr,
        "web-pages.ftl",
        include_str!("../../locales/fr/web-pages.ftl"),
    ),
    (
        Lang::Fr,
        "web-transcripts.ftl",
        include_str!("../../locales/fr/web-transcripts.ftl"),
    ),
    (
        Lang::EsEs,
        "bot.ftl",
        include_str!("../../locales/es-ES/bot.ftl"),
    ),
    (
        Lang::EsEs,
        "admin.ftl",
        include_str!("../../locales/es-ES/admin.ftl"),
    ),
    (
        Lang::EsEs,
        "panels.ftl",
        include_str!("../../locales/es-ES/panels.ftl"),
    ),
    (
        Lang::EsEs,
        "tools.ftl",
        include_str!("../../locales/es-ES/tools.ftl"),
    ),
    (
        Lang::EsEs,
        "rules.ftl",
        include_str!("../../locales/es-ES/rules.ftl"),
    ),
    (
        Lang::EsEs,
        "web.ftl",
        include_str!("../../locales/es-ES/web.ftl"),
    ),
    (
        Lang::EsEs,
        "web-settings.ftl",
        include_str!("../../locales/es-ES/web-settings.ftl"),
    ),
    (
        Lang::EsEs,
        "web-panels.ftl",
        include_str!("../../locales/es-ES/web-panels.ftl"),
    ),
    (
        Lang::EsEs,
        "web-pages.ftl",
        include_str!("../../locales/es-ES/web-pages.ftl"),
    ),
    (
        Lang::EsEs,
        "web-transcripts.ftl",
        include_str!("../../locales/es-ES/web-transcripts.ftl"),
    ),
    (
        Lang::PtBr,
        "bot.ftl",
        include_str!("../../locales/pt-BR/bot.ftl"),
    ),
    (
        Lang::PtBr,
        "admin.ftl",
        include_str!("../../locales/pt-BR/admin.ftl"),
    ),
    (
        Lang::PtBr,
        "panels.ftl",
        include_str!("../../locales/pt-BR/panels.ftl"),
    ),
    (
        Lang::PtBr,
        "tools.ftl",
        include_str!("../../locales/pt-BR/tools.ftl"),
    ),
    (
        Lang::PtBr,
        "rules.ftl",
        include_str!("../../locales/pt-BR/rules.ftl"),
    ),
    (
        Lang::PtBr,
        "web.ftl",
        include_str!("../../locales/pt-BR/web.ftl"),
    ),
    (
        Lang::PtBr,
        "web-settings.ftl",
        include_str!("../../locales/pt-BR/web-settings.ftl"),
    ),
    (
        Lang::PtBr,
        "web-panels.ftl",
        include_str!("../../locales/pt-BR/web-panels.ftl"),
    ),
    (
        Lang::PtBr,
        "web-pages.ftl",
        include_str!("../../locales/pt-BR/web-pages.ftl"),
    ),
    (
        Lang::PtBr,
        "web-transcripts.ftl",
        include_str!("../../locales/pt-BR/web-transcripts.ftl"),
    ),
    (
        Lang::Nl,
        "bot.ftl",
        include_str!("../../locales/nl/bot.ftl"),
    ),
    (
        Lang::Nl,
        "admin.ftl",
        include_str!("../../locales/nl/admin.ftl"),
    ),
    (
        Lang::Nl,
        "panels.ftl",
        include_str!("../../locales/nl/panels.ftl"),
    ),
    (
        Lang::Nl,
        "tools.ftl",
        include_str!("../../locales/nl/tools.ftl"),
    ),
    (
        Lang::Nl,
        "rules.ftl",
        include_str!("../../locales/nl/rules.ftl"),
    ),
    (
        Lang::Nl,
        "web.ftl",
        include_str!("../../locales/nl/web.ftl"),
    ),
    (
        Lang::Nl,
        "web-settings.ftl",
        include_str!("../../locales/nl/web-settings.ftl"),
    ),
    (
        Lang::Nl,
        "web-panels.ftl",
        include_str!("../../locales/nl/web-panels.ftl"),
    ),
    (
        Lang::Nl,
        "web-pages.ftl",
        include_str!("../../locales/nl/web-pages.ftl"),
    ),
    (
        Lang::Nl,
        "web-transcripts.ftl",
        include_str!("../../locales/nl/web-transcripts.ftl"),
    ),
    (
        Lang::Pl,
        "bot.ftl",
        include_str!("../../locales/pl/bot.ftl"),
    ),
    (
        Lang::Pl,
        "admin.ftl",
        include_str!("../../locales/pl/admin.ftl"),
    ),
    (
        Lang::Pl,
        "panels.ftl",
        include_str!("../../locales/pl/panels.ftl"),
    ),
    (
        Lang::Pl,
        "tools.ftl",
        include_str!("../../locales/pl/tools.ftl"),
    ),
    (
        Lang::Pl,
        "rules.ftl",
        include_str!("../../locales/pl/rules.ftl"),
    ),
    (
        Lang::Pl,
        "web.ftl",
        include_str!("../../locales/pl/web.ftl"),
    ),
    (
        Lang::Pl,
        "web-settings.ftl",
        include_str!("../../locales/pl/web-settings.ftl"),
    ),
    (
        Lang::Pl,
        "web-panels.ftl",
        include_str!("../../locales/pl/web-panels.ftl"),
    ),
    (
        Lang::Pl,
        "web-pages.ftl",
        include_str!("../../locales/pl/web-pages.ftl"),
    ),
    (
        Lang::Pl,
        "web-transcripts.ftl",
        include_str!("../../locales/pl/web-transcripts.ftl"),
    ),
    (
        Lang::Tr,
        "bot.ftl",
        include_str!("../../locales/tr/bot.ftl"),
    ),
    (
        Lang::Tr,
        "admin.ftl",
        include_str!("../../locales/tr/admin.ftl"),
    ),
    (
        Lang::Tr,
        "panels.ftl",
        include_str!("../../locales/tr/panels.ftl"),
    ),
    (
        Lang::Tr,
        "tools.ftl",
        include_str!("../../locales/tr/tools.ftl"),
    ),
    (
        Lang::Tr,
        "rules.ftl",
        include_str!("../../locales/tr/rules.ftl"),
    ),
    (
        Lang::Tr,
        "web.ftl",
        include_str!("../../locales/tr/web.ftl"),
    ),
    (
        Lang::Tr,
        "web-settings.ftl",
        include_str!("../../locales/tr/web-settings.ftl"),
    ),
    (
        Lang::Tr,
        "web-panels.ftl",
        include_str!("../../locales/tr/web-panels.ftl"),
    ),
    (
        Lang::Tr,
        "web-pages.ftl",
        include_str!("../../locales/tr/web-pages.ftl"),
    ),
    (
        Lang::Tr,
        "web-transcripts.ftl",
        include_str!("../../locales/tr/web-transcripts.ftl"),
    ),
];

/// Every shipped catalog file, for the catalog check (messages share one namespace per
/// language across files).
pub fn all_sources() -> Vec<(Lang, &'static str, &'static str)> {
    [COMMANDS, MESSAGES].concat()
}

/// The messages ([`MESSAGES`]), each language parsed on first use.
pub fn messages() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_sources(MESSAGES))
}

type Bundle = FluentBundle<FluentResource>;

/// Per language (the pseudo-locale's is English's with [`super::pseudo`] applied), one bundle
/// per [`Group`], each built from its files the first time one of its messages is read: a
/// server that only uses the bot never parses the dashboard's texts, nor a visitor's language
/// the bot's.
pub struct Catalog {
    sources: &'static [(Lang, &'static str, &'static str)],
    bundles: [[std::sync::OnceLock<Bundle>; GROUPS]; LANGS],
}

/// The shipped languages and the pseudo-locale.
const LANGS: usize = Lang::ALL.len() + 1;
const GROUPS: usize = 3;

/// Which files a message lives in, known from its id: `web-…` in `web*.ftl` (the dashboard
/// and viewer), `rule-…` in `rules.ftl` (validation, read by both), the rest in the bot's
/// files. The catalog test checks every file keeps to this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Bot = 0,
    Rules = 1,
    Web = 2,
}

impl Group {
    pub fn of_id(id: &str) -> Self {
        if id.starts_with("web-") {
            Self::Web
        } else if id.starts_with("rule-") {
            Self::Rules
        } else {
            Self::Bot
        }
    }

    pub fn of_file(file: &str) -> Self {
        if file.starts_with("web") {
            Self::Web
        } else if file == "rules.ftl" {
            Self::Rules
        } else {
            Self::Bot
        }
    }
}

fn slot(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(Lang::ALL.len())
}

impl Catalog {
    /// A catalog of `sources` (language, file name, Fluent text); nothing is parsed yet.
    pub fn from_sources(sources: &'static [(Lang, &'static str, &'static str)]) -> Self {
        Self {
            sources,
            bundles: std::array::from_fn(|_| std::array::from_fn(|_| std::sync::OnceLock::new())),
        }
    }

    /// A file that does not parse keeps the messages that do (the catalog test fails on it;
    /// this is the shipped binary's fallback).
    ///
    /// # Panics
    /// Never: every [`Lang`] code is a valid language tag (`tests` parses each).
    fn build(&self, lang: Lang, group: Group) -> Bundle {
        let source_lang = if lang == Lang::Pseudo {
            Lang::EnUs
        } else {
            lang
        };
        let id: unic_langid::LanguageIdentifier = source_lang
            .code()
            .parse()
            .expect("shipped language codes are valid tags");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Discord and the dashboard show plain text: no Unicode isolation marks around
        // placeables.
        bundle.set_use_isolating(false);
        if lang == Lang::Pseudo {
            bundle.set_transform(Some(super::pseudo::transform));
        }
        let files = self
            .sources
            .iter()
            .filter(|(l, file, _)| *l == source_lang && Group::of_file(file) == group);
        for (_, file, text) in files {
            let resource =
                FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, errors)| {
                    tracing::error!(
                        language = lang.code(),
                        file,
                        errors = errors.len(),
                        "a catalog file has syntax errors; its other messages are used"
                    );
                    partial
                });
            // Overriding ids are reported by the catalog test; the first one stays.
            let _ = bundle.add_resource(resource);
        }
        bundle
    }

    fn bundle(&self, lang: Lang, id: &str) -> &Bundle {
        let group = Group::of_id(id);
        self.bundles[slot(lang)][group as usize].get_or_init(|| self.build(lang, group))
    }

    /// A message's value, or one of its attributes, in `lang` exactly (no fallback).
    pub fn exact(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let bundle = self.bundle(lang, id);
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// A message (or attribute) in `lang`, else in English; the id itself when English lacks
    /// it too (a bug the catalog test catches; never an empty reply).
    pub fn text(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> String {
        self.exact(lang, id, attribute, args)
            .or_else(|| self.exact(Lang::EnUs, id, attribute, args))
            .unwrap_or_else(|| match attribute {
                Some(a) => format!("{id}.{a}"),
                None => id.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentArgs;

    use super::{Catalog, Lang};

    const EN: &str = "greet = Hello, { $name }!\n    .short = Hi\nonly-en = English only\n";
    const DE: &str = "greet = Hallo, { $name }!\n    .short = Hallo\n";

    #[test]
    fn lookups_fall_back_to_english_then_to_the_id() {
        let catalog = Catalog::from_sources(&[(Lang::EnUs, "t.ftl", EN), (Lang::De, "t.ftl", DE)]);
        let mut args = FluentArgs::new();
        args.set("name", "Ana");
        assert_eq!(
            catalog.text(Lang::De, "greet", None, Some(&args)),
            "Hallo, Ana!"
        );
        assert_eq!(
            catalog.text(Lang::De, "greet", Some("short"), None),
            "Hallo"
        );
        assert_eq!(catalog.exact(Lang::De, "only-en", None, None), None);
        assert_eq!(
            catalog.text(Lang::De, "only-en", None, None),
            "English only"
        );
        assert_eq!(catalog.text(Lang::Fr, "greet", Some("short"), None), "Hi");
        assert_eq!(
            catalog.text(Lang::De, "missing", Some("x"), None),
            "missing.x"
        );
    }

    /// Every message sits in the files its id's group names, so a lookup finds it.
    #[test]
    fn every_message_id_names_its_files() {
        use fluent_syntax::ast::Entry;
        for (lang, file, text) in super::MESSAGES {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    assert_eq!(
                        super::Group::of_id(message.id.name),
                        super::Group::of_file(file),
                        "{lang}/{file}: `{}`",
                        message.id.name
                    );
                }
            }
        }
    }

    #[test]
    fn the_pseudo_locale_accents_english_but_not_the_arguments() {
        let catalog = Catalog::from_sources(&[(Lang::EnUs, "t.ftl", EN)]);
        let mut args = FluentArgs::new();
        args.set("name", "Ana");
        let text = catalog.text(Lang::Pseudo, "greet", None, Some(&args));
        assert!(text.contains("Ana"), "{text}");
        assert!(!text.contains("Hello"), "{text}");
        assert!(
            crate::i18n::pseudo::english_left(&text, &["Ana"]).is_empty(),
            "{text}"
        );
    }
}
