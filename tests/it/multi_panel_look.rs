//! A multi-panel's look end to end: the select menu's placeholder, its embed, per-entry label,
//! description and emoji overrides — set with `/multipanel customise` and on the dashboard —
//! in the posted message, and picking an entry still opens its panel's ticket.

use serde_json::{Value, json};

use crate::support::*;
use ticketbox::testkit::fake_discord::GuildSpec;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn a_multi_panels_placeholder_embed_and_entries_are_customised() {
    let a = Admin::new(GuildSpec::new("Menus").with_role("Tech", 0)).await;
    let (world, g) = (&a.world, &a.g);
    let fake = world.discord();
    create_panel(world, g, "Billing", g.roles[0]).await;
    create_panel(world, g, "Tech", g.roles[1]).await;
    let multi = |options: Value| async move {
        run(world, g, g.channels[0], g.owner, "multipanel", options).await
    };
    multi(sub(
        "create",
        json!([opt("title", "Menu"), opt("panels", "Billing,Tech"), {"type": 5, "name": "select_menu", "value": true}]),
    ))
    .await;
    let customise = |options: Value| {
        let mut all = vec![opt("title", "Menu")];
        all.extend(options.as_array().unwrap().iter().cloned());
        multi(sub("customise", Value::Array(all)))
    };
    assert_eq!(
        customise(json!([opt("panel", "Nope"), opt("label", "x")])).await,
        "\"Nope\" is not one of this multi-panel's panels."
    );
    assert!(
        customise(json!([opt("panel", "Billing"), opt("emoji", "card")]))
            .await
            .starts_with("Entry emoji \"card\"")
    );
    assert!(
        customise(json!([opt("image", "http://")]))
            .await
            .starts_with("Multi-panel embed image")
    );
    let saved = customise(json!([
        opt("placeholder", "What do you need help with?"),
        opt("image", "https://cdn.example.com/menu.png"),
        opt("panel", "Billing"),
        opt("label", "Payments"),
        opt("description", "Invoices, refunds"),
        opt("emoji", "💳")
    ]))
    .await;
    assert!(saved.contains("saved"), "{saved}");
    multi(sub("send", json!([opt("title", "Menu")]))).await;
    let menu = fake
        .messages(g.channels[0])
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == "Menu")
        .unwrap();
    assert_eq!(
        menu["embeds"][0]["image"]["url"],
        "https://cdn.example.com/menu.png"
    );
    let select = &menu["components"][0]["components"][0];
    assert_eq!(select["placeholder"], "What do you need help with?");
    assert_eq!(select["options"][0]["label"], "Payments");
    assert_eq!(select["options"][0]["description"], "Invoices, refunds");
    assert_eq!(select["options"][0]["emoji"]["name"], "💳");
    assert_eq!(
        select["options"][1]["label"], "Open a ticket",
        "Tech keeps its own"
    );
    assert_eq!(select["options"][1]["description"], "Tech");
    let value = select["options"][0]["value"].as_str().unwrap().to_owned();
    let picked = fake.select(
        g.id,
        g.channels[0],
        g.members[0],
        message_id(&menu),
        select["custom_id"].as_str().unwrap(),
        &[&value],
    );
    assert!(
        fake.reply_text(&picked).await.starts_with("Ticket opened"),
        "the entry opens Billing"
    );

    // The dashboard shows and changes the same look.
    let (_, page) = a.get("/multipanels").await;
    assert!(
        page.contains("value=\"Payments\"") && page.contains("What do you need help with?"),
        "{page}"
    );
    let menu_id = ticketbox::store::multi_panels::by_title(
        &world.core.db,
        ticketbox::ids::GuildId::new(g.id),
        "Menu".into(),
    )
    .await
    .unwrap()
    .unwrap();
    let (billing, tech) = (
        menu_id.panels[0].get().to_string(),
        menu_id.panels[1].get().to_string(),
    );
    let form = |emoji: &'static str| {
        vec![
            ("action", "look"),
            ("current", "Menu"),
            ("placeholder", "Pick one"),
            ("entry_panel", billing.as_str()),
            ("entry_label", ""),
            ("entry_description", ""),
            ("entry_emoji", ""),
            ("entry_panel", tech.as_str()),
            ("entry_label", "Technical"),
            ("entry_description", "Bugs and outages"),
            ("entry_emoji", emoji),
        ]
    };
    a.post_refused("/multipanels", &form("bug"), "Entry emoji")
        .await;
    a.post_done("/multipanels", &form("🐛"), "/multipanels", "saved")
        .await;
    let look = ticketbox::store::multi_panels::by_title(
        &world.core.db,
        ticketbox::ids::GuildId::new(g.id),
        "Menu".into(),
    )
    .await
    .unwrap()
    .unwrap()
    .look;
    assert_eq!(look.placeholder, "Pick one");
    assert!(
        !look.entries.contains_key(&menu_id.panels[0].get()),
        "emptied: the panel's own again"
    );
    assert_eq!(look.entries[&menu_id.panels[1].get()].label, "Technical");
    assert!(look.embed.is_empty(), "what the form held");
    assert_eq!(a.audited("multipanel.look").await, 1);
    assert_eq!(
        a.audited("command.multipanel.customise").await,
        1,
        "successful runs only, not the refused ones"
    );
}
