//! The checks Discord makes on a message's embeds (Channel → Embed Object, "Embed Limits";
//! Message → Create Message: at most 10 embeds): each text's length, 25 fields, 6,000
//! characters over all the message's embeds, and URLs Discord accepts ("Invalid Form Body"
//! names the field, as here).

use serde_json::Value;

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

fn url_ok(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        url::Url::parse(s).is_ok_and(|u| {
            // Discord also takes attachment:// references for uploaded files.
            matches!(u.scheme(), "http" | "https" | "attachment") && u.host_str().is_some()
        })
    })
}

/// `Err(message)` when Discord would answer 400 Invalid Form Body.
pub fn validate(embeds: &Value) -> Result<(), String> {
    let Some(list) = embeds.as_array() else {
        return Ok(());
    };
    if list.len() > 10 {
        return Err("embeds: Must be 10 or fewer in length.".into());
    }
    let mut total = 0;
    for (i, e) in list.iter().enumerate() {
        let p = format!("embeds.{i}");
        let limits = [
            ("title", &e["title"], 256),
            ("description", &e["description"], 4096),
            ("author.name", &e["author"]["name"], 256),
            ("footer.text", &e["footer"]["text"], 2048),
        ];
        for (field, v, max) in limits {
            if chars(v) > max {
                return Err(format!("{p}.{field}: Must be {max} or fewer in length."));
            }
            total += chars(v);
        }
        for (field, v) in [
            ("url", &e["url"]),
            ("image.url", &e["image"]["url"]),
            ("thumbnail.url", &e["thumbnail"]["url"]),
            ("author.icon_url", &e["author"]["icon_url"]),
            ("author.url", &e["author"]["url"]),
            ("footer.icon_url", &e["footer"]["icon_url"]),
        ] {
            if !v.is_null() && !url_ok(v) {
                return Err(format!("{p}.{field}: Not a well formed URL."));
            }
        }
        let fields = e["fields"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        if fields.len() > 25 {
            return Err(format!("{p}.fields: Must be 25 or fewer in length."));
        }
        for (j, f) in fields.iter().enumerate() {
            let (name, value) = (chars(&f["name"]), chars(&f["value"]));
            if !(1..=256).contains(&name) {
                return Err(format!(
                    "{p}.fields.{j}.name: Must be between 1 and 256 in length."
                ));
            }
            if !(1..=1024).contains(&value) {
                return Err(format!(
                    "{p}.fields.{j}.value: Must be between 1 and 1024 in length."
                ));
            }
            total += name + value;
        }
    }
    if total > 6000 {
        return Err("embeds: Embed size exceeds maximum size of 6000".into());
    }
    Ok(())
}
