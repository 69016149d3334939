//! A message of the bot catalog named in code ([`crate::msg!`]) and rendered in a language
//! when it is sent, so that errors and replies can be built before anyone knows who reads
//! them.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Lang;
use super::catalog::{Catalog, messages};

/// A message argument. Discord ids travel as text: Fluent numbers are floats, which would
/// round a snowflake.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count or amount (plural rules and number formatting apply).
    Number(i64),
    /// Another catalog message, rendered in the same language.
    Msg(Box<Msg>),
    /// A decimal number and how many decimals to show, written as the language writes it
    /// ([`Lang::decimal`]).
    Decimal(f64, usize),
    /// A duration to read, written as the language writes it ([`Lang::duration`]).
    Duration(std::time::Duration),
    /// Catalog messages rendered in the same language, joined with commas.
    List(Vec<Msg>),
}

impl Arg {
    pub fn decimal(value: f64, digits: usize) -> Self {
        Self::Decimal(value, digits)
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Self::Text(value.clone())
    }
}

impl From<std::time::Duration> for Arg {
    fn from(value: std::time::Duration) -> Self {
        Self::Duration(value)
    }
}

impl From<Msg> for Arg {
    fn from(value: Msg) -> Self {
        Self::Msg(Box::new(value))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Self::Number(i64::from(value))
            }
        }
    )*};
}
number_args!(u8, u16, u32, i32, i64);

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

macro_rules! id_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Self::Text(value.to_string())
            }
        }
    )*};
}
id_args!(
    crate::ids::UserId,
    crate::ids::ChannelId,
    crate::ids::RoleId,
    crate::ids::GuildId,
    crate::ids::MessageId,
    crate::ids::TicketNumber
);

/// A bot catalog message and its arguments. Built with [`crate::msg!`], whose message ids the
/// catalog test checks against the English catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// Prefer [`crate::msg!`]: the catalog test finds its ids in the source.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The text in `lang` (English where the language lacks the message).
    pub fn render(&self, lang: Lang) -> String {
        self.render_in(messages(), lang)
    }

    pub fn render_in(&self, catalog: &Catalog, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value: FluentValue<'static> = match value {
                Arg::Text(text) => text.clone().into(),
                Arg::Number(n) => (*n).into(),
                Arg::Msg(inner) => inner.render_in(catalog, lang).into(),
                Arg::Decimal(value, digits) => lang.decimal(*value, *digits).into(),
                Arg::Duration(d) => super::time::span(catalog, lang, *d).into(),
                Arg::List(items) => items
                    .iter()
                    .map(|m| m.render_in(catalog, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            };
            args.set(*name, value);
        }
        catalog.text(lang, self.id, None, Some(&args))
    }
}

/// English, for logs.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::EnUs))
    }
}

/// What a reply says: a catalog message, or text that is not the bot's to translate (what a
/// server or member wrote).
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Msg(Msg),
    Plain(String),
}

impl Text {
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Self::Msg(m) => m.render(lang),
            Self::Plain(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Msg(m) => m.fmt(f),
            Self::Plain(text) => f.write_str(text),
        }
    }
}

impl From<Msg> for Text {
    fn from(value: Msg) -> Self {
        Self::Msg(value)
    }
}

impl From<String> for Text {
    fn from(value: String) -> Self {
        Self::Plain(value)
    }
}

impl From<&str> for Text {
    fn from(value: &str) -> Self {
        Self::Plain(value.to_owned())
    }
}

/// A bot catalog message: `msg!("ticket-closed-by", user = actor)`. Argument names are the
/// Fluent variables (`{ $user }`); the catalog test checks both against English.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id) $( .arg(stringify!($name), $value) )*
    };
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Catalog, Lang};

    const EN: &str = "\
closed = Closed by <@{ $user }>: { $reason }
reason-none = No reason given
count = { $n ->
    [one] one ticket
   *[other] { $n } tickets
}
";
    const DE: &str = "\
closed = Geschlossen von <@{ $user }>: { $reason }
reason-none = Kein Grund angegeben
";

    #[test]
    fn arguments_ids_numbers_and_nested_messages_render_in_one_language() {
        let catalog = Catalog::from_sources(&[(Lang::EnUs, "t.ftl", EN), (Lang::De, "t.ftl", DE)]);
        let m = crate::msg!(
            "closed",
            user = crate::ids::UserId::new(987_654_321_987_654_321),
            reason = crate::msg!("reason-none")
        );
        assert_eq!(
            m.render_in(&catalog, Lang::De),
            "Geschlossen von <@987654321987654321>: Kein Grund angegeben"
        );
        assert_eq!(
            crate::msg!("count", n = 1u32).render_in(&catalog, Lang::De),
            "one ticket"
        );
        assert_eq!(
            crate::msg!("count", n = 3u32).render_in(&catalog, Lang::EnUs),
            "3 tickets"
        );
    }
}
