//! Languages: the Fluent catalogs embedded in the binary (`locales/<code>/*.ftl`, English the
//! source) and the choice of language for a Discord locale code.
//!
//! Discord's locale codes (<https://discord.com/developers/docs/reference#locales>) name the
//! catalogs. A member's or server's locale maps to a shipped language by its exact code, then by
//! its language (`en-GB` → English, `es-419` → Spanish, `pt-PT` → Brazilian Portuguese), else
//! English. Operators' log lines and the command line stay English.

pub mod catalog;
pub mod check;
pub mod message;
pub mod pseudo;
pub mod time;

pub use catalog::Catalog;
pub use message::{Arg, Msg, Text};

/// A shipped language, named by its Discord locale code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (United States), the source language.
    EnUs,
    De,
    Fr,
    EsEs,
    PtBr,
    Nl,
    Pl,
    Tr,
    /// The pseudo-locale `qps-ploc`: English with every letter accented and each text
    /// bracketed, so a test (or a translator) sees at once which texts bypass the catalogs.
    /// Not offered anywhere (not in [`Lang::ALL`]); a test stores it as a server's language.
    Pseudo,
}

impl Lang {
    /// Every shipped language, English first.
    pub const ALL: [Lang; 8] = [
        Lang::EnUs,
        Lang::De,
        Lang::Fr,
        Lang::EsEs,
        Lang::PtBr,
        Lang::Nl,
        Lang::Pl,
        Lang::Tr,
    ];

    /// The Discord locale code, which is also the catalog's directory under `locales/`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::EnUs => "en-US",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::EsEs => "es-ES",
            Lang::PtBr => "pt-BR",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Tr => "tr",
            Lang::Pseudo => "qps-ploc",
        }
    }

    /// The language for a stored code: a shipped language's exact code, or the pseudo-locale.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .chain([Lang::Pseudo])
            .find(|l| l.code() == code)
    }

    /// The language's own name, for pickers.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::EnUs => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::EsEs => "Español",
            Lang::PtBr => "Português do Brasil",
            Lang::Nl => "Nederlands",
            Lang::Pl => "Polski",
            Lang::Tr => "Türkçe",
            Lang::Pseudo => "Ƥşéúđó",
        }
    }

    /// Every Discord locale this language serves in command localizations: its own code and
    /// the other regional codes Discord has for the language (Discord's list: `en-GB`/`en-US`,
    /// `es-ES`/`es-419`; `pt-BR` is Discord's only Portuguese). English needs none (it is the
    /// commands' default text), so it returns nothing.
    pub const fn discord_locales(self) -> &'static [&'static str] {
        match self {
            Lang::EnUs | Lang::Pseudo => &[],
            Lang::De => &["de"],
            Lang::Fr => &["fr"],
            Lang::EsEs => &["es-ES", "es-419"],
            Lang::PtBr => &["pt-BR"],
            Lang::Nl => &["nl"],
            Lang::Pl => &["pl"],
            Lang::Tr => &["tr"],
        }
    }

    /// The shipped language for a locale code (Discord's, or a browser's `Accept-Language`
    /// tag): the exact code, then the language part (`de-AT` → German), case-insensitive.
    /// `None` when no shipped language matches.
    pub fn from_locale(code: &str) -> Option<Lang> {
        let code = code.trim();
        if let Some(lang) = Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
        {
            return Some(lang);
        }
        let language = code.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| {
            l.code()
                .split('-')
                .next()
                .is_some_and(|own| own.eq_ignore_ascii_case(language))
        })
    }

    /// `value` with `digits` decimals, written as the language writes numbers: a decimal
    /// comma everywhere but English (CLDR's decimal symbol for these languages).
    pub fn decimal(self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        match self {
            Lang::EnUs | Lang::Pseudo => text,
            _ => text.replace('.', ","),
        }
    }

    /// [`Lang::from_locale`], English when nothing matches.
    pub fn for_locale(code: &str) -> Lang {
        Lang::from_locale(code).unwrap_or(Lang::EnUs)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn a_locale_maps_by_exact_code_then_by_language() {
        assert_eq!(Lang::from_locale("de"), Some(Lang::De));
        assert_eq!(Lang::from_locale("pt-BR"), Some(Lang::PtBr));
        assert_eq!(Lang::from_locale("PT-br"), Some(Lang::PtBr));
        assert_eq!(Lang::from_locale("en-GB"), Some(Lang::EnUs));
        assert_eq!(Lang::from_locale("es-419"), Some(Lang::EsEs));
        assert_eq!(Lang::from_locale("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_locale("fr_CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("ja"), None);
        assert_eq!(Lang::from_locale(""), None);
        assert_eq!(Lang::for_locale("zh-CN"), Lang::EnUs);
    }

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(Lang::EnUs.decimal(4.25, 1), "4.2");
        assert_eq!(Lang::De.decimal(4.26, 1), "4,3");
        assert_eq!(Lang::Fr.decimal(3.0, 2), "3,00");
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_locale(lang.code()), Some(lang));
        }
    }
}
