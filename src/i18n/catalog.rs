//! The embedded catalogs and lookups in them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// Every catalog file, by language: `locales/<code>/<file>`. A new file is added to each
/// language here (the catalog test then checks each has the same messages as English).
pub const SOURCES: &[(Lang, &str, &str)] = &[
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

/// One bundle per shipped language, built from catalog sources (the shipped ones: [`SOURCES`]).
pub struct Catalog {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

impl Catalog {
    /// Bundles from catalog sources. A file that does not parse keeps the messages that do
    /// (the catalog test fails on it; this is the shipped binary's fallback).
    ///
    /// # Panics
    /// Never: every [`Lang`] code is a valid language tag (`tests` parses each).
    pub fn from_sources(sources: &[(Lang, &str, &str)]) -> Self {
        let bundles = Lang::ALL
            .into_iter()
            .map(|lang| {
                let id: unic_langid::LanguageIdentifier = lang
                    .code()
                    .parse()
                    .expect("shipped language codes are valid tags");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Discord and the dashboard show plain text: no Unicode isolation marks
                // around placeables.
                bundle.set_use_isolating(false);
                for (_, file, text) in sources.iter().filter(|(l, _, _)| *l == lang) {
                    let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(
                        |(partial, errors)| {
                            tracing::error!(
                                language = lang.code(),
                                file,
                                errors = errors.len(),
                                "a catalog file has syntax errors; its other messages are used"
                            );
                            partial
                        },
                    );
                    // Overriding ids are reported by the catalog test; the first one stays.
                    let _ = bundle.add_resource(resource);
                }
                (lang, bundle)
            })
            .collect();
        Self { bundles }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("a bundle for every language")
            .1
    }

    /// A message's value, or one of its attributes, in `lang` exactly (no fallback).
    pub fn exact(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let bundle = self.bundle(lang);
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
}
