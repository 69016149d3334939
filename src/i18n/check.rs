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
    let shapes = shapes(sources, &mut problems);
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

/// Each language's messages and their placeholders; parse errors and duplicates go to
/// `problems`.
fn shapes(
    sources: &[(Lang, &str, &str)],
    problems: &mut Vec<String>,
) -> BTreeMap<Lang, BTreeMap<String, Shape>> {
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
    shapes
}

/// Every `msg!("id", name = …)` in a Rust source: the message id and its argument names.
pub fn uses(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("msg!(") {
        rest = &rest[at + "msg!(".len()..];
        let body = rest.trim_start();
        let Some(body) = body.strip_prefix('"') else {
            continue;
        };
        let Some(end) = body.find('"') else { break };
        let id = body[..end].to_owned();
        // The arguments up to the macro's closing parenthesis: `name =` at depth 0.
        let mut names = BTreeSet::new();
        let (mut depth, mut in_string, mut token) = (0i32, false, String::new());
        let mut chars = body[end + 1..].chars().peekable();
        while let Some(c) = chars.next() {
            if in_string {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => token.clear(),
                '=' if depth == 0 && chars.peek() != Some(&'=') && chars.peek() != Some(&'>') => {
                    let name = token.trim();
                    if !name.is_empty() {
                        names.insert(name.to_owned());
                    }
                    token.clear();
                }
                c if depth == 0 => token.push(c),
                _ => {}
            }
        }
        found.push((id, names));
    }
    found
}

/// Every `lang::t("id")`, `lang::t1("id", "name", …)`, `lang::t2("id", "a", …, "b", …)` and
/// `lang::n("id", "name", …)` with a literal id (dashboard code and templates): the id and its
/// argument names.
pub fn template_uses(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    // `lang::t(…)` in the web layer, `.tr(…)` / `.tr1(…)` on the transcript viewer's page.
    let calls = source
        .match_indices("lang::")
        .map(|(at, m)| at + m.len())
        .chain(source.match_indices(".tr").map(|(at, _)| at + 1));
    for start in calls {
        let rest = &source[start..];
        let Some(open) = rest.find('(') else { continue };
        let name_positions: &[usize] = match &rest[..open] {
            "t" | "marked" | "tr" => &[],
            "t1" | "n" | "tr1" => &[1],
            "t2" => &[1, 3],
            _ => continue,
        };
        let args = top_level_args(&rest[open + 1..]);
        // `marked("id", [("name", text), …])`: each pair's first literal names a placeholder.
        let marked_names = (&rest[..open] == "marked")
            .then(|| args.get(1))
            .flatten()
            .map(|pairs| {
                let inner = pairs.trim().trim_start_matches('[');
                top_level_args(inner)
                    .iter()
                    .filter_map(|pair| {
                        let pair = pair.trim().strip_prefix('(')?;
                        let name = top_level_args(pair).first()?.trim().to_owned();
                        Some(name.strip_prefix('"')?.strip_suffix('"')?.to_owned())
                    })
                    .collect::<BTreeSet<String>>()
            })
            .unwrap_or_default();
        let literal = |i: usize| {
            args.get(i)
                .map(|a| a.trim())
                .and_then(|a| a.strip_prefix('"'))
                .and_then(|a| a.strip_suffix('"'))
                .map(str::to_owned)
        };
        let Some(id) = literal(0) else { continue };
        let mut names: BTreeSet<String> =
            name_positions.iter().filter_map(|i| literal(*i)).collect();
        names.extend(marked_names);
        found.push((id, names));
    }
    found
}

/// The arguments of a call, from just after its `(` to the matching `)`, split at top-level
/// commas (string literals and nested brackets kept whole).
fn top_level_args(rest: &str) -> Vec<String> {
    let (mut args, mut current, mut depth, mut in_string) =
        (Vec::new(), String::new(), 0i32, false);
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        if in_string {
            current.push(c);
            match c {
                '\\' => current.extend(chars.next()),
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                current.push(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => {
                depth -= 1;
                current.push(c);
            }
            ',' if depth == 0 => args.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    args.push(current);
    args
}

/// Uses (file, message id, argument names) that do not match the English catalog: unknown
/// ids, and arguments that differ from the message's placeholders.
pub fn use_problems(
    sources: &[(Lang, &str, &str)],
    uses: &[(String, String, BTreeSet<String>)],
) -> Vec<String> {
    let mut problems = Vec::new();
    let shapes = shapes(sources, &mut problems);
    let english = shapes.get(&Lang::EnUs).cloned().unwrap_or_default();
    for (file, id, args) in uses {
        match english.get(id).and_then(|shape| shape.get(&None)) {
            None => problems.push(format!("{file}: `{id}` is not in the English catalog")),
            Some(names) if names != args => problems.push(format!(
                "{file}: `{id}` is given {args:?}, English uses {names:?}"
            )),
            Some(_) => {}
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

    /// Every `msg!` in the source names a message of the English bot catalog with exactly its
    /// placeholders as arguments.
    #[test]
    fn every_message_the_code_sends_is_in_the_catalog() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&root, &mut files);
        let mut uses = Vec::new();
        for file in files {
            // This file's and message.rs's tests use their own little catalogs.
            if file.ends_with("i18n/check.rs") || file.ends_with("i18n/message.rs") {
                continue;
            }
            let name = file.strip_prefix(&root).unwrap().display().to_string();
            for (id, args) in super::uses(&std::fs::read_to_string(&file).unwrap()) {
                uses.push((name.clone(), id, args));
            }
        }
        assert!(uses.len() > 50, "the scan found only {} uses", uses.len());
        let problems = super::use_problems(crate::i18n::catalog::MESSAGES, &uses);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The dashboard's texts: every `lang::t("id")`, `t1("id", "name", …)`,
    /// `t2("id", "a", …, "b", …)` and `n("id", "count", …)` in the web layer's code and
    /// templates names an English message with exactly those placeholders, and every other
    /// `"web-…"` id there exists.
    #[test]
    fn every_dashboard_text_is_in_the_catalog() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&root.join("web"), &mut files);
        walk(&root.join("archive"), &mut files);
        let mut uses = Vec::new();
        let mut ids = Vec::new();
        for file in files {
            let name = file.strip_prefix(&root).unwrap().display().to_string();
            // Comments (which show how to call the functions) are not uses.
            let text: String = std::fs::read_to_string(&file)
                .unwrap()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for (id, args) in super::template_uses(&text) {
                uses.push((name.clone(), id, args));
            }
            ids.extend(text.match_indices("\"web-").filter_map(|(at, _)| {
                let rest = &text[at + 1..];
                let end = rest.find('"')?;
                let id = &rest[..end];
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    .then(|| (name.clone(), id.to_owned()))
            }));
        }
        assert!(uses.len() > 20, "the scan found only {} uses", uses.len());
        let mut problems = super::use_problems(crate::i18n::catalog::MESSAGES, &uses);
        let english: Vec<(String, String, std::collections::BTreeSet<String>)> = ids
            .into_iter()
            .map(|(file, id)| (file, id, std::collections::BTreeSet::new()))
            .collect();
        problems.extend(
            super::use_problems(crate::i18n::catalog::MESSAGES, &english)
                .into_iter()
                .filter(|p| p.ends_with("is not in the English catalog")),
        );
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn dashboard_uses_are_found_with_their_arguments() {
        let page = r#"{{ web::lang::t("web-a") }} {{ web::lang::t1("web-b", "name", x.y(1, 2)) }}
            super::lang::n("web-c", "count", items.len()); lang::t2("web-d", "a", 1, "b", f(2, 3)); t(id)
            {% for p in web::lang::marked("web-e", [("x", "a"), ("y", lang::t("web-z").as_str())]) %}
            {{ t.tr("web-f") }} {{ t.tr1("web-g", "n", m.count) }} {{ x.trim() }}"#;
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(
            super::template_uses(page),
            vec![
                ("web-a".to_owned(), names(&[])),
                ("web-b".to_owned(), names(&["name"])),
                ("web-c".to_owned(), names(&["count"])),
                ("web-d".to_owned(), names(&["a", "b"])),
                ("web-e".to_owned(), names(&["x", "y"])),
                ("web-z".to_owned(), names(&[])),
                ("web-f".to_owned(), names(&[])),
                ("web-g".to_owned(), names(&["n"])),
            ]
        );
    }

    #[test]
    fn uses_in_code_are_found_with_their_arguments() {
        let code = r#"
            let a = crate::msg!("open-done", channel = format!("{}", x(1, 2)), command = "a,b");
            msg!("count", n = v.len());
            let _ = msg!("plain");
        "#;
        let found = super::uses(code);
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(
            found,
            vec![
                ("open-done".to_owned(), names(&["channel", "command"])),
                ("count".to_owned(), names(&["n"])),
                ("plain".to_owned(), names(&[])),
            ]
        );
        let uses: Vec<_> = found
            .into_iter()
            .map(|(id, args)| ("x.rs".to_owned(), id, args))
            .collect();
        assert_eq!(
            super::use_problems(&with_german(DE_GOOD), &uses),
            vec![
                "x.rs: `open-done` is given {\"channel\", \"command\"}, English uses {\"channel\"}"
                    .to_owned(),
                "x.rs: `plain` is not in the English catalog".to_owned(),
            ]
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
