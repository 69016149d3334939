//! Custom embeds end to end through the fake Discord (which checks Discord's embed limits): a
//! panel message with image, thumbnail, author, footer and fields; a welcome embed whose
//! placeholders grow past Discord's limits at open time and is clipped, so the open still
//! works; refusals that name the field and save nothing.

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::ids::GuildId;
use ticketbox::store::panels;
use ticketbox::testkit::fake_discord::GuildSpec;

/// `which:` is a choice parameter: Discord sends the index (0 panel message, 1 welcome).
fn which(index: u64) -> Value {
    json!({"type": 4, "name": "which", "value": index})
}

fn flag(name: &str, value: bool) -> Value {
    json!({"type": 5, "name": name, "value": value})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn panel_and_welcome_embeds_are_sent_checked_and_clipped() {
    let (world, g) = world_with_guild(GuildSpec::new("Embeds")).await;
    let fake = world.discord();
    let owner = |options: Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, "panel", options).await }
    };
    let embed = |options: Value| owner(sub("embed", options));
    create_panel(&world, &g, "Support", g.roles[0]).await;
    let stored = || async {
        panels::by_title(&world.core.db, GuildId::new(g.id), "Support".into())
            .await
            .unwrap()
            .unwrap()
            .draft
    };

    // Refusals name the field and save nothing.
    for (options, said) in [
        (
            json!([
                opt("title", "Support"),
                which(0),
                opt("image", "ftp://cdn.example.com/a.png")
            ]),
            "Panel embed image: use a web address starting with https:// or http://.",
        ),
        (
            json!([
                opt("title", "Support"),
                which(0),
                opt("author_icon", "https://cdn.example.com/i.png")
            ]),
            "Panel embed author: an icon or link needs the author's name.",
        ),
        (
            json!([opt("title", "Support"), which(0), opt("heading", "Other")]),
            "The panel message's title and colour are the panel's own: set them with /panel edit.",
        ),
        (
            json!([opt("title", "Support"), which(0), opt("add_field", "Hours")]),
            "Field: write it as name | value (| inline).",
        ),
        (
            json!([
                opt("title", "Support"),
                which(1),
                opt("footer", &"f".repeat(2049))
            ]),
            "Welcome embed footer: at most 2048 characters.",
        ),
    ] {
        assert_eq!(plain_commands(&embed(options).await), said);
    }
    assert!(stored().await.embed.is_empty() && stored().await.welcome_embed.is_empty());

    let saved = embed(json!([
        opt("title", "Support"),
        which(0),
        opt("image", "https://cdn.example.com/banner.png"),
        opt("thumbnail", "https://cdn.example.com/logo.png"),
        opt("author", "The support team"),
        opt("author_icon", "https://cdn.example.com/team.png"),
        opt("footer", "We answer within a day"),
        flag("timestamp", true),
        opt("add_field", "Hours | 9-17 UTC | inline"),
    ]))
    .await;
    assert!(saved.contains("is saved"), "{saved}");
    embed(json!([
        opt("title", "Support"),
        which(0),
        opt("add_field", "Languages | English, Deutsch | inline")
    ]))
    .await;
    send_panel(&world, &g, "Support").await;
    let posted = fake
        .messages(g.channels[0])
        .into_iter()
        .rev()
        .find(|m| m["components"].to_string().contains("tb:open:"))
        .unwrap();
    let e = &posted["embeds"][0];
    assert_eq!(e["title"], "Support");
    assert_eq!(e["image"]["url"], "https://cdn.example.com/banner.png");
    assert_eq!(e["thumbnail"]["url"], "https://cdn.example.com/logo.png");
    assert_eq!(e["author"]["name"], "The support team");
    assert_eq!(e["author"]["icon_url"], "https://cdn.example.com/team.png");
    assert_eq!(e["footer"]["text"], "We answer within a day");
    assert!(e["timestamp"].is_string(), "{e}");
    assert_eq!(
        e["fields"][1],
        json!({"name": "Languages", "value": "English, Deutsch", "inline": true})
    );

    // The welcome embed: placeholders in every text, expanded at open time.
    embed(json!([
        opt("title", "Support"),
        which(1),
        opt("heading", "Ticket %ticket_id% for %username%"),
        opt("footer", "%server%"),
        opt("add_field", "Opened by | %user%"),
    ]))
    .await;
    let button = panel_button_id(&world, g.channels[0]);
    let open_from_panel = |user: u64| {
        let (world, g, button) = (&world, &g, button.clone());
        async move {
            let clicked = click(world, g, g.channels[0], user, &button);
            channel_in(&world.discord().reply_text(&clicked).await)
        }
    };
    let user = g.members[0];
    let ch = open_from_panel(user).await;
    let welcome = &fake.messages(ch)[0]["embeds"][0];
    let username = welcome["title"].as_str().unwrap().to_owned();
    assert!(username.starts_with("Ticket 1 for "), "{welcome}");
    assert_eq!(welcome["footer"]["text"], "Embeds");
    assert_eq!(welcome["fields"][0]["value"], format!("<@{user}>"));

    // Placeholders that grow past Discord's limits: clipped at send, the open still works.
    let grows = "%user% ".repeat(100);
    let text = format!("{grows}{}", "w".repeat(3200));
    let edited = owner(sub(
        "edit",
        json!([opt("title", "Support"), opt("welcome", &text)]),
    ))
    .await;
    assert!(edited.contains("saved"), "{edited}");
    let field = format!("Mentions | {}", "%user%".repeat(160));
    for _ in 0..2 {
        let added = embed(json!([
            opt("title", "Support"),
            which(1),
            opt("add_field", &field)
        ]))
        .await;
        assert!(added.contains("is saved"), "{added}");
    }
    let second = g.members[1];
    let ch = open_from_panel(second).await;
    let welcome = &fake.messages(ch)[0]["embeds"][0];
    let len = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
    assert_eq!(
        len(&welcome["description"]),
        4096,
        "clipped to the description's limit"
    );
    assert!(welcome["description"].as_str().unwrap().ends_with('…'));
    let fields = welcome["fields"].as_array().unwrap();
    assert!(fields.iter().all(|f| len(&f["value"]) <= 1024));
    let total: usize = len(&welcome["title"])
        + len(&welcome["description"])
        + len(&welcome["footer"]["text"])
        + fields
            .iter()
            .map(|f| len(&f["name"]) + len(&f["value"]))
            .sum::<usize>();
    assert!(total <= 6000, "{total}");
    assert!(
        fields.len() < 3,
        "fields dropped from the end to fit 6,000: {}",
        fields.len()
    );
    assert_eq!(
        fields[0]["value"],
        format!("<@{second}>"),
        "the first field stays"
    );

    // Reset: the panel embed goes back to title, text and colour.
    embed(json!([
        opt("title", "Support"),
        which(0),
        flag("reset", true)
    ]))
    .await;
    assert!(stored().await.embed.is_empty());
}

/// A tag's embed: set with `/managetags embed` (kept when `/managetags add` changes the text),
/// sent with `/tag`; refused with the field named; the same on the dashboard's tags page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tags_carry_an_embed_set_on_discord_or_the_dashboard() {
    let a = Admin::new(GuildSpec::new("Tag embeds")).await;
    let (world, g) = (&a.world, &a.g);
    let owner = |command: &'static str, options: Value| async move {
        run(world, g, g.channels[0], g.owner, command, options).await
    };
    let manage = |options: Value| owner("managetags", options);
    manage(sub(
        "add",
        json!([opt("name", "faq"), opt("content", "Read the FAQ first.")]),
    ))
    .await;
    let refused = manage(sub(
        "embed",
        json!([opt("name", "faq"), opt("thumbnail", "not a url")]),
    ))
    .await;
    assert_eq!(
        refused,
        "Tag embed thumbnail: use a web address starting with https:// or http://."
    );
    let saved = manage(sub(
        "embed",
        json!([
            opt("name", "faq"),
            opt("title", "FAQ"),
            opt("description", "Line one\\nLine two"),
            opt("image", "https://cdn.example.com/faq.png"),
            opt("add_field", "Where | the #faq channel")
        ]),
    ))
    .await;
    assert!(saved.contains("is saved"), "{saved}");
    // The text changes; the embed stays.
    manage(sub(
        "add",
        json!([opt("name", "faq"), opt("content", "Please read the FAQ.")]),
    ))
    .await;
    let fake = world.discord();
    let posted = fake.slash_command(
        g.id,
        g.channels[0],
        g.owner,
        "tag",
        json!([opt("name", "faq")]),
    );
    let reply = fake.interaction_response(&posted).await;
    assert_eq!(reply["data"]["content"], "Please read the FAQ.");
    let e = &reply["data"]["embeds"][0];
    assert_eq!(e["title"], "FAQ");
    assert_eq!(e["description"], "Line one\nLine two");
    assert_eq!(e["image"]["url"], "https://cdn.example.com/faq.png");
    assert_eq!(e["fields"][0]["name"], "Where");

    // The dashboard: the form comes filled with ?edit=, a bad URL is refused, the rest saved.
    let (_, page) = a.get("/tags?edit=faq").await;
    assert!(
        page.contains("value=\"https://cdn.example.com/faq.png\""),
        "{page}"
    );
    let mut fields = vec![
        ("action", "put"),
        ("name", "faq"),
        ("content", "Please read the FAQ."),
        ("tag_title", "FAQ"),
        ("tag_image_url", "ftp://cdn.example.com/faq.png"),
    ];
    a.post_refused("/tags", &fields, "Tag embed image: use a web address")
        .await;
    fields.pop();
    fields.push(("tag_footer_text", "Updated weekly"));
    a.post_done("/tags", &fields, "/tags", "saved").await;
    let tag = ticketbox::store::tags::get(&world.core.db, GuildId::new(g.id), "faq".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(tag.embed.footer_text, "Updated weekly");
    assert!(
        tag.embed.image_url.is_empty() && tag.embed.fields.is_empty(),
        "what the form held"
    );
}

/// The server's welcome embed (for tickets whose panel sets none), set on the dashboard and
/// used by `/open`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_welcome_embed_wraps_the_welcome_message() {
    let a = Admin::new(GuildSpec::new("Server welcome")).await;
    let bad = [("welcome_title", "Hi"), ("welcome_colour", "green")];
    a.post_refused("/settings/welcome", &bad, "Embed colour: a hex colour")
        .await;
    let fields = [
        ("welcome_title", "Welcome to %server%"),
        ("welcome_colour", "#00aa00"),
        ("welcome_image_url", "https://cdn.example.com/welcome.png"),
        ("welcome_field_name", "Your ticket"),
        ("welcome_field_value", "#%ticket_id%"),
        ("welcome_field_order", ""),
    ];
    a.post_done("/settings/welcome", &fields, "/settings/welcome", "saved")
        .await;
    let (_, page) = a.get("/settings/welcome").await;
    assert!(page.contains("image from cdn.example.com"), "{page}");
    let ch = open(&a.world, &a.g, a.g.members[0]).await;
    let e = &a.world.discord().messages(ch)[0]["embeds"][0];
    assert_eq!(e["title"], "Welcome to Server welcome");
    assert_eq!(e["color"], 0x00_aa00);
    assert_eq!(e["image"]["url"], "https://cdn.example.com/welcome.png");
    assert_eq!(e["fields"][0]["value"], "#1");
    assert!(
        e["description"]
            .as_str()
            .unwrap()
            .contains("Thank you for contacting support")
    );
    assert_eq!(a.audited("settings.welcome_embed").await, 1);
    // The settings page links to it.
    let (_, settings) = a.get("/settings").await;
    assert!(settings.contains("id=\"welcome-embed-link\""));
}
