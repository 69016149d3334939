//! The catalog check: every language has exactly English's messages and attributes, with the
//! same placeholders, and every file parses. `tests` runs it on the shipped catalogs; it names
//! each problem so a translator can fix it (README: Languages).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::Lang;

/// A message's placeholders (`$name`), for its value and each attribute.
type Shape = BTreeMap<Option<String>, BTreeSet<String>>;

/// Every problem in `sources` (language, file, text), English being the reference. Empty when
/// the catalogs are consistent.
pub fn problems(sources: &[(Lang, &str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut shapes: BTreeMap<Lang, BTreeMap<String, Shape>> = BTreeMap::new();
    for (lang, file, text) in sources {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                    problems.push(format!(
                        "{}/{file}: line {line}: does not parse: {:?}",
                        lang.code(),
                        e.kind
                    ));
                }
                resource
            }
        };
        let messages = shapes.entry(*lang).or_default();
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                let mut shape = Shape::new();
                if let Some(value) = &message.value {
                    shape.insert(None, placeholders(value));
                }
                for attribute in &message.attributes {
                    shape.insert(
                        Some(attribute.id.name.to_owned()),
                        placeholders(&attribute.value),
                    );
                }
                if messages.insert(id.clone(), shape).is_some() {
                    problems.push(format!("{}/{file}: `{id}` is defined twice", lang.code()));
                }
            }
        }
    }
    let english = shapes.get(&Lang::EnUs).cloned().unwrap_or_default();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::EnUs) {
        let theirs = shapes.get(&lang).cloned().unwrap_or_default();
        let code = lang.code();
        for (id, shape) in &english {
            let Some(their_shape) = theirs.get(id) else {
                problems.push(format!("{code}: `{id}` is missing"));
                continue;
            };
            for (part, names) in shape {
                let label = part_label(id, part.as_deref());
                match their_shape.get(part) {
                    None => problems.push(format!("{code}: `{label}` is missing")),
                    Some(their_names) if their_names != names => problems.push(format!(
                        "{code}: `{label}` has placeholders {their_names:?}, English has {names:?}"
                    )),
                    Some(_) => {}
                }
            }
            for part in their_shape.keys().filter(|p| !shape.contains_key(*p)) {
                problems.push(format!(
                    "{code}: `{}` is not in English",
                    part_label(id, part.as_deref())
                ));
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: `{id}` is not in English"));
        }
    }
    problems
}

fn part_label(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(a) => format!("{id}.{a}"),
        None => id.to_owned(),
    }
}

/// The variables a pattern refers to, in selectors and every variant too.
fn placeholders(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    collect_pattern(pattern, &mut names);
    names
}

fn collect_pattern(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, names);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, names),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, names);
            for variant in variants {
                collect_pattern(&variant.value, names);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            collect_arguments(arguments, names);
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, names),
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, names),
        _ => {}
    }
}

fn collect_arguments(arguments: &ast::CallArguments<&str>, names: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        collect_inline(positional, names);
    }
    for named in &arguments.named {
        collect_inline(&named.value, names);
    }
}

#[cfg(test)]
mod tests {
    use super::problems;
    use crate::i18n::Lang;

    const EN: &str = "\
open-done = Ticket { $channel } opened.
    .hint = Use { $command }.
count = { $n ->
    [one] One ticket
   *[other] { $n } tickets
}
";

    /// The same messages in every other language, so that only the case under test differs.
    fn with_german(de: &'static str) -> Vec<(Lang, &'static str, &'static str)> {
        let mut sources = vec![(Lang::EnUs, "t.ftl", EN), (Lang::De, "t.ftl", de)];
        for lang in Lang::ALL.into_iter().skip(2) {
            sources.push((lang, "t.ftl", EN));
        }
        sources
    }

    const DE_GOOD: &str = "\
open-done = Ticket { $channel } eröffnet.
    .hint = Nutze { $command }.
count = { $n ->
    [one] Ein Ticket
   *[other] { $n } Tickets
}
";

    #[test]
    fn consistent_catalogs_have_no_problems() {
        assert_eq!(problems(&with_german(DE_GOOD)), Vec::<String>::new());
    }

    #[test]
    fn a_missing_message_or_attribute_is_named() {
        let found = problems(&with_german("open-done = Ticket { $channel } eröffnet.\n"));
        assert!(
            found.contains(&"de: `open-done.hint` is missing".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"de: `count` is missing".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn a_message_english_lacks_is_named() {
        let extra = format!("{DE_GOOD}extra = Nur deutsch\n");
        let found = problems(&with_german(Box::leak(extra.into_boxed_str())));
        assert_eq!(found, vec!["de: `extra` is not in English".to_owned()]);
    }

    #[test]
    fn different_placeholders_are_named() {
        let bad = DE_GOOD.replace("{ $channel }", "{ $kanal }");
        let found = problems(&with_german(Box::leak(bad.into_boxed_str())));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("de: `open-done` has placeholders"),
            "{found:?}"
        );
    }

    #[test]
    fn a_syntax_error_is_named_with_its_line() {
        let bad = DE_GOOD.replace("    [one] Ein Ticket\n", "    [one Ein Ticket\n");
        let found = problems(&with_german(Box::leak(bad.into_boxed_str())));
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("de/t.ftl: line 4: does not parse")),
            "{found:?}"
        );
    }
}
