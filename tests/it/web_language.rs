//! The dashboard in the visitor's language, through real HTTP: `Accept-Language`, the picker
//! and its cookie (which wins), validation messages, the picker's refusals, and every page in
//! the pseudo-locale with no English left.

use crate::support::*;
use ticketbox::i18n::pseudo::english_left;
use ticketbox::testkit::fake_discord::GuildSpec;

async fn get(a: &Admin, path: &str, cookie: &str, accept: Option<&str>) -> reqwest::Response {
    let mut request = web_client()
        .get(format!("{}{path}", web_base(&a.world)))
        .header("cookie", cookie);
    if let Some(accept) = accept {
        request = request.header("accept-language", accept);
    }
    request.send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_follows_accept_language_then_the_picker() {
    let a = Admin::new(GuildSpec::new("Sprachen")).await;
    let settings = a.path("/settings");

    // The browser asks for German (Austrian first, which maps to German).
    let page = get(&a, &settings, &a.cookie, Some("de-AT, de;q=0.9, en;q=0.5")).await;
    let vary = page.headers()["vary"].to_str().unwrap().to_owned();
    assert!(
        vary.contains("Accept-Language") && vary.contains("Cookie"),
        "{vary}"
    );
    let html = page.text().await.unwrap();
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    for german in ["Abmelden", "Offene Tickets pro Mitglied", "Speichern"] {
        assert!(html.contains(german), "{german} in {html}");
    }
    // Server-entered texts stay as written.
    assert!(html.contains("Sprachen"));

    // The picker: French, remembered for a year, back to the page it was used on.
    let picked = get(
        &a,
        &format!("/language?code=fr&next={settings}"),
        &a.cookie,
        None,
    )
    .await;
    assert_eq!(picked.status(), 303);
    assert_eq!(location(&picked), settings);
    let cookie = picked.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert_eq!(
        cookie,
        "tb_lang=fr; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000"
    );
    let with_pick = format!("{}; tb_lang=fr", a.cookie);
    let html = get(&a, &settings, &with_pick, Some("de"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"fr\">"), "the pick wins: {html}");
    assert!(html.contains("Se déconnecter"), "{html}");

    // A form's refusal is in the visitor's language too.
    let refused = web_post(
        &a.world,
        &settings,
        &with_pick,
        &[("csrf", a.token.as_str()), ("ticket_limit", "many")],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("La limite de tickets doit être un nombre entre 1 et 100."),
        "{body}"
    );

    // The picker refuses an unknown language and goes home instead of to another site.
    let unknown = get(&a, "/language?code=xx&next=/servers", &a.cookie, None).await;
    assert_eq!(unknown.status(), 400);
    assert!(unknown.headers().get("set-cookie").is_none());
    for next in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let away = get(
            &a,
            &format!("/language?code=de&next={next}"),
            &a.cookie,
            None,
        )
        .await;
        assert_eq!(
            (away.status().as_u16(), location(&away)),
            (303, "/".to_owned()),
            "{next}"
        );
    }
}

/// The text a visitor reads on a page: text between tags (scripts and styles left out) and the
/// placeholder, title, aria-label and alt attributes, with HTML's character references decoded.
fn readable(html: &str) -> Vec<String> {
    let decode = |s: &str| {
        s.replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replace("&#x27;", "'")
    };
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let text = rest[..open].trim();
        if !text.is_empty() {
            out.push(decode(text));
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..=open + close];
        for attribute in ["placeholder=\"", "title=\"", "aria-label=\"", "alt=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                if !value.trim().is_empty() {
                    out.push(decode(value));
                }
            }
        }
        rest = &rest[open + close + 1..];
        for raw in ["script", "style"] {
            if tag.starts_with(&format!("<{raw}")) {
                let end = rest.find(&format!("</{raw}>")).unwrap_or(rest.len());
                rest = &rest[end..];
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_dashboard_page_speaks_only_catalog_texts() {
    let a = Admin::new(GuildSpec::new("Qqq")).await;
    // The server speaks the pseudo-locale too: what its members will read (default welcome,
    // a new panel's texts) is shown in it.
    ticketbox::store::settings::update(
        &a.world.core.db,
        ticketbox::ids::GuildId::new(a.g.id),
        a.world.core.clock.now(),
        |s| s.language = Some(ticketbox::i18n::Lang::Pseudo),
    )
    .await
    .unwrap();
    let cookie = format!("{}; tb_lang=qps-ploc", a.cookie);
    let pages = [
        "/servers".to_owned(),
        a.path(""),
        a.path("/transcripts"),
        a.path("/stats"),
        a.path("/settings"),
        a.path("/settings/welcome"),
        a.path("/panels"),
        a.path("/panels/new"),
        a.path("/multipanels"),
        a.path("/forms"),
        a.path("/staff"),
        a.path("/tags"),
        a.path("/labels"),
        a.path("/integrations"),
        a.path("/integrations/new"),
        a.path("/audit"),
        "/servers/1/nothing-here".to_owned(),
    ];
    // What the fake Discord named things (server, channels, roles, the owner), each language's
    // own name in the picker, names of products and formats typed as they are.
    let owner = format!("wner{}", a.g.id % 100_000);
    let mut allowed = vec![
        "Qqq",
        "general",
        "channel-1",
        "Text Channels",
        "Moderator",
        "ticketbox",
        "Discord",
        owner.as_str(),
        "Roblox",
        "Bloxlink",
        "RoVer",
        "Europe/Berlin",
        "data.user.name",
        "GET",
        "POST",
        // Commands with their subcommand, typed as they are.
        "/tag name",
        "/label add",
    ];
    allowed.extend(ticketbox::i18n::Lang::ALL.map(ticketbox::i18n::Lang::native_name));
    let mut left = Vec::new();
    for page in &pages {
        let html = web_page(&a.world, page, &cookie).await.1;
        assert!(html.contains("<html lang=\"qps-ploc\">"), "{page}: {html}");
        for text in readable(&html) {
            let words = english_left(&text, &allowed);
            if !words.is_empty() {
                left.push(format!("{page}: {words:?} in {text:?}"));
            }
        }
    }
    assert!(
        left.is_empty(),
        "English outside the catalogs:\n{}",
        left.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dates_and_auto_close_refusals_follow_the_visitor() {
    let a = Admin::new(GuildSpec::new("Daten")).await;
    let cookie = format!("{}; tb_lang=de", a.cookie);
    let today = chrono::DateTime::from_timestamp_millis(a.world.core.clock.now().millis())
        .unwrap()
        .format("%d.%m.%Y")
        .to_string();
    let html = get(&a, &a.path("/stats"), &cookie, None)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&today), "German date order {today}: {html}");

    let category = a.g.category.to_string();
    let refused = web_post(
        &a.world,
        &a.path("/settings"),
        &cookie,
        &[
            ("csrf", a.token.as_str()),
            ("ticket_category", category.as_str()),
            ("ticket_limit", "3"),
            ("open_cap", "40"),
            ("naming_scheme", "ticket-%id%"),
            ("autoclose_enabled", "on"),
            ("autoclose_no_response", "1h"),
            ("autoclose_warning", "90m"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("muss kürzer sein als `no_response` (1 Std.)"),
        "{body}"
    );
}

/// Words removed on request are stored as an English marker; the dashboard's lists show it in
/// the visitor's language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removed_words_read_in_the_visitors_language() {
    let a = Admin::new(GuildSpec::new("Entfernt").with_members(2)).await;
    let member = a.g.members[1];
    let opened = run(
        &a.world,
        &a.g,
        a.g.channels[0],
        member,
        "open",
        serde_json::json!([opt("subject", "meine geheime Frage")]),
    )
    .await;
    assert!(opened.contains("<#"), "{opened}");
    ticketbox::services::privacy::purge_user(&a.world.core, ticketbox::ids::UserId::new(member))
        .await
        .unwrap();
    let cookie = format!("{}; tb_lang=de", a.cookie);
    let html = get(&a, &a.path(""), &cookie, None)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("[auf Wunsch entfernt]") && !html.contains("meine geheime Frage"),
        "{html}"
    );
}
