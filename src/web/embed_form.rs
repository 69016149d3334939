//! The embed part of a dashboard form (a panel's embed, a welcome embed): fields named with a
//! prefix, an embed's fields as rows (name, value, inline, order, remove) so they are added,
//! edited, reordered and removed without JavaScript. Parsing only; the domain checks.

use crate::domain::embeds::{EmbedField, EmbedSpec};
use crate::web::form::Fields;

/// Empty field rows offered under an embed's fields.
pub const BLANK_ROWS: usize = 2;

/// The embed typed under `prefix` (`embed_`, `welcome_`). `with_title`: the form has the
/// title and colour (a panel's embed takes the panel's own).
pub fn typed(f: &Fields, prefix: &str, with_title: bool) -> Result<EmbedSpec, String> {
    let get = |name: &str| f.get(&format!("{prefix}{name}")).trim().to_owned();
    let all = |name: &str| f.all(&format!("{prefix}{name}"));
    let mut spec = EmbedSpec {
        url: get("url"),
        author_name: get("author_name"),
        author_icon_url: get("author_icon_url"),
        author_url: get("author_url"),
        image_url: get("image_url"),
        thumbnail_url: get("thumbnail_url"),
        footer_text: get("footer_text"),
        footer_icon_url: get("footer_icon_url"),
        timestamp: f.checked(&format!("{prefix}timestamp")),
        ..EmbedSpec::default()
    };
    if with_title {
        spec.title = get("title");
        let description = f.get(&format!("{prefix}description")).replace("\r\n", "\n");
        description.trim().clone_into(&mut spec.description);
        spec.colour = match get("colour").as_str() {
            "" => None,
            raw => Some(
                u32::from_str_radix(raw.trim_start_matches('#'), 16)
                    .map_err(|_| crate::web::lang::t("web-embed-colour-invalid"))?,
            ),
        };
    }
    let (names, values, orders) = (all("field_name"), all("field_value"), all("field_order"));
    let (inline, removed) = (all("field_inline"), all("field_remove"));
    let mut rows = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let value = values
            .get(i)
            .copied()
            .unwrap_or_default()
            .replace("\r\n", "\n");
        let index = i.to_string();
        if removed.contains(&index.as_str()) || (name.trim().is_empty() && value.trim().is_empty())
        {
            continue;
        }
        let order: i64 = match orders.get(i).copied().unwrap_or_default().trim() {
            "" => i64::MAX,
            n => n
                .parse()
                .map_err(|_| crate::web::lang::t1("web-embed-order-invalid", "number", i + 1))?,
        };
        rows.push((
            order,
            EmbedField {
                name: name.trim().to_owned(),
                value: value.trim().to_owned(),
                inline: inline.contains(&index.as_str()),
            },
        ));
    }
    rows.sort_by_key(|(order, _)| *order);
    spec.fields = rows.into_iter().map(|(_, field)| field).collect();
    Ok(spec)
}

/// The field rows the template draws for `spec`: its fields, then [`BLANK_ROWS`] empty ones
/// (index, name, value, inline).
pub fn rows(spec: &EmbedSpec) -> Vec<(usize, String, String, bool)> {
    spec.fields
        .iter()
        .map(|f| (f.name.clone(), f.value.clone(), f.inline))
        .chain(std::iter::repeat_n(
            (String::new(), String::new(), false),
            BLANK_ROWS,
        ))
        .enumerate()
        .map(|(i, (name, value, inline))| (i, name, value, inline))
        .collect()
}

/// The host of an image URL, for the preview (which names images instead of loading them, so
/// a dashboard visit sends nothing to a third party).
pub fn host_of(url: &str) -> String {
    url::Url::parse(url.trim())
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_ordered_removed_and_blank_ones_skipped() {
        let body = axum::body::Bytes::from(
            "embed_image_url=https%3A%2F%2Fx.example%2Fa.png&embed_timestamp=on\
             &embed_field_name=A&embed_field_value=1&embed_field_order=3\
             &embed_field_name=B&embed_field_value=2&embed_field_order=1&embed_field_inline=1\
             &embed_field_name=C&embed_field_value=3&embed_field_order=2&embed_field_remove=2\
             &embed_field_name=&embed_field_value=&embed_field_order=",
        );
        let f = Fields::parse(&body);
        let spec = typed(&f, "embed_", false).unwrap();
        assert_eq!(spec.image_url, "https://x.example/a.png");
        assert!(spec.timestamp);
        let names: Vec<(&str, bool)> = spec
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.inline))
            .collect();
        assert_eq!(names, [("B", true), ("A", false)]);
        assert_eq!(rows(&spec).len(), 2 + BLANK_ROWS);
        assert_eq!(host_of("https://cdn.example.com/x.png"), "cdn.example.com");
    }
}
