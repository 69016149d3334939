//! Forms, multi-panels and the smaller staff tools end to end: the modal before an open, the
//! answers in the ticket, buttons and select menus on one message, notes threads, jump links,
//! switching panels, admin management and paginated staff lists.

use crate::support::*;
use serde_json::json;
use ticketbox::testkit::fake_discord::GuildSpec;

async fn panel(
    world: &ticketbox::testkit::TestWorld,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
    title: &str,
    extra: &[serde_json::Value],
) {
    let mut options = vec![opt("title", title)];
    options.extend_from_slice(extra);
    let text = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "panel",
        sub("create", serde_json::Value::Array(options)),
    )
    .await;
    assert!(text.contains("created"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn a_panel_form_asks_first_and_shows_the_answers_in_the_ticket() {
    let (world, g) = world_with_guild(GuildSpec::new("Forms")).await;
    let fake = world.discord();
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "form",
        sub("create", json!([opt("title", "Refund request")])),
    )
    .await;
    assert!(text.contains("created"), "{text}");
    let text = run(&world, &g, g.channels[0], g.owner, "form", sub("add-input", json!([opt("form", "refund request"), opt("label", "Order number"), {"type": 4, "name": "min_length", "value": 3}]))).await;
    assert!(text.contains("1 of 5"), "{text}");
    run(&world, &g, g.channels[0], g.owner, "form", sub("add-input", json!([opt("form", "Refund request"), opt("label", "What happened?"), opt("style", "paragraph"), {"type": 5, "name": "required", "value": false}]))).await;
    for n in 3..=5 {
        run(
            &world,
            &g,
            g.channels[0],
            g.owner,
            "form",
            sub(
                "add-input",
                json!([
                    opt("form", "Refund request"),
                    opt("label", &format!("Extra {n}"))
                ]),
            ),
        )
        .await;
    }
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "form",
        sub(
            "add-input",
            json!([opt("form", "Refund request"), opt("label", "Sixth")]),
        ),
    )
    .await;
    assert!(text.contains("at most 5 questions"), "{text}");
    panel(&world, &g, "Refunds", &[opt("form", "Refund request")]).await;
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub("send", json!([opt("title", "Refunds")])),
    )
    .await;

    let custom_id = panel_button_id(&world, g.channels[0]);
    let user = g.members[0];
    let clicked = click(&world, &g, g.channels[0], user, &custom_id);
    let modal = fake.interaction_response(&clicked).await;
    assert_eq!(modal["type"], 9, "the form is shown: {modal}");
    assert_eq!(modal["data"]["title"], "Refund request");
    let inputs = modal["data"]["components"].as_array().unwrap();
    assert_eq!(inputs.len(), 5);
    assert_eq!(inputs[0]["component"]["min_length"], 3);
    assert_eq!(
        inputs[0]["component"]["max_length"], 1024,
        "an embed field's limit"
    );
    assert_eq!(inputs[1]["component"]["style"], 2, "paragraph");

    let form_id = modal["data"]["custom_id"].as_str().unwrap().to_owned();
    // The answers go back under the modal's own field ids, as a Discord client sends them.
    let fields: Vec<String> = inputs
        .iter()
        .map(|row| row["component"]["custom_id"].as_str().unwrap().to_owned())
        .collect();
    let answers = |order: &'static str| -> Vec<(&str, &str)> {
        fields
            .iter()
            .map(String::as_str)
            .zip([order, "It arrived broken", "a", "b", "c"])
            .collect()
    };
    let short = fake.modal_submit(g.id, g.channels[0], user, &form_id, &answers("12"));
    assert_eq!(
        fake.reply_text(&short).await,
        "The answer to \"Order number\" must be at least 3 characters."
    );
    assert!(ticket_number(&world, g.id, 1).await.is_none());
    // An admin edits a question while the modal is open: the old answers are not filed under
    // the changed form.
    let refund = ticketbox::store::forms::by_title(
        &world.core.db,
        ticketbox::ids::GuildId::new(g.id),
        "Refund request".into(),
    )
    .await
    .unwrap()
    .unwrap();
    let edit = |from: &str, to: &str| {
        let input = ticketbox::domain::forms::FormInput {
            label: to.to_owned(),
            ..refund.inputs[1].clone()
        };
        let shown = ticketbox::store::forms::Shown {
            position: 1,
            label: from.to_owned(),
        };
        ticketbox::store::forms::update_input(
            &world.core.db,
            ticketbox::ids::GuildId::new(g.id),
            refund.id,
            shown,
            input,
        )
    };
    let saved = edit(&refund.inputs[1].label, "Describe the damage")
        .await
        .unwrap();
    assert_eq!(saved, ticketbox::store::forms::InputUpdated::Saved);
    let stale = fake.modal_submit(g.id, g.channels[0], user, &form_id, &answers("A-1234"));
    assert!(
        fake.reply_text(&stale)
            .await
            .contains("was changed while you were filling it in"),
        "stale answers are refused"
    );
    assert!(ticket_number(&world, g.id, 1).await.is_none());
    edit("Describe the damage", &refund.inputs[1].label)
        .await
        .unwrap();
    let submitted = fake.modal_submit(g.id, g.channels[0], user, &form_id, &answers("A-1234"));
    let ch = channel_in(&fake.reply_text(&submitted).await);
    let answers_embed = &fake.messages(ch)[1]["embeds"][0];
    assert_eq!(answers_embed["title"], "Form answers");
    assert_eq!(answers_embed["fields"][0]["name"], "Order number");
    assert_eq!(answers_embed["fields"][0]["value"], "A-1234");
    let stored: i64 = world
        .core
        .db
        .read(|c| Ok(c.query_row("SELECT count(*) FROM ticket_form_answers", [], |r| r.get(0))?))
        .await
        .unwrap();
    assert_eq!(stored, 5);

    // A member who may not open gets the refusal instead of the questions.
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "blacklist",
        json!([user_opt("user", g.members[1])]),
    )
    .await;
    let refused = click(&world, &g, g.channels[0], g.members[1], &custom_id);
    assert_eq!(
        fake.reply_text(&refused).await,
        "You are blacklisted from opening tickets in this server."
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multi_panels_as_buttons_and_as_a_select_menu() {
    let (world, g) = world_with_guild(GuildSpec::new("Multi")).await;
    let fake = world.discord();
    panel(&world, &g, "Billing", &[opt("naming", "billing-%id%")]).await;
    panel(
        &world,
        &g,
        "Tech",
        &[opt("naming", "tech-%id%"), opt("button_label", "Tech help")],
    )
    .await;
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "multipanel",
        sub(
            "create",
            json!([opt("title", "Help desk"), opt("panels", "Billing, Tech")]),
        ),
    )
    .await;
    assert!(text.contains("created"), "{text}");
    let text = run(&world, &g, g.channels[0], g.owner, "multipanel", sub("create", json!([opt("title", "Menu"), opt("panels", "Billing,Tech"), {"type": 5, "name": "select_menu", "value": true}]))).await;
    assert!(text.contains("created"), "{text}");
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "multipanel",
        sub(
            "create",
            json!([opt("title", "One"), opt("panels", "Billing")]),
        ),
    )
    .await;
    assert!(text.contains("at least two panels"), "{text}");
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "multipanel",
        sub("send", json!([opt("title", "Help desk")])),
    )
    .await;
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "multipanel",
        sub("send", json!([opt("title", "Menu")])),
    )
    .await;

    let buttons = fake
        .messages(g.channels[0])
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == "Help desk")
        .unwrap();
    let row = buttons["components"][0]["components"].as_array().unwrap();
    assert_eq!(row.len(), 2);
    assert_eq!(row[1]["label"], "Tech help");
    let tech = row[1]["custom_id"].as_str().unwrap().to_owned();
    let opened = fake.button_click(
        g.id,
        g.channels[0],
        g.members[0],
        message_id(&buttons),
        &tech,
    );
    let ch = channel_in(&fake.reply_text(&opened).await);
    assert_eq!(fake.channel(ch).unwrap()["name"], "tech-1");

    let menu = fake
        .messages(g.channels[0])
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == "Menu")
        .unwrap();
    let select = &menu["components"][0]["components"][0];
    assert_eq!(select["type"], 3, "a string select: {select}");
    let billing_value = select["options"][0]["value"].as_str().unwrap().to_owned();
    let picked = fake.select(
        g.id,
        g.channels[0],
        g.members[1],
        message_id(&menu),
        select["custom_id"].as_str().unwrap(),
        &[&billing_value],
    );
    let ch = channel_in(&fake.reply_text(&picked).await);
    assert_eq!(fake.channel(ch).unwrap()["name"], "billing-2");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notes_jump_and_switch_panel() {
    let (world, g) = world_with_guild(GuildSpec::new("Tools").with_role("Tech", 0)).await;
    let fake = world.discord();
    let tech_role = g.roles[1];
    panel(&world, &g, "Tech", &[role_opt("support_role", tech_role)]).await;
    let user = g.members[0];
    let ch = open(&world, &g, user).await;

    let text = run(&world, &g, ch, user, "notes", json!([])).await;
    assert_eq!(text, "Only support staff can do that.");
    let text = run(&world, &g, ch, g.owner, "notes", json!([])).await;
    let notes = channel_in(&text);
    let thread = fake.channel(notes).unwrap();
    assert_eq!(
        (thread["type"].as_u64(), thread["parent_id"].as_str()),
        (Some(12), Some(ch.to_string().as_str()))
    );
    let again = run(&world, &g, ch, g.owner, "notes", json!([])).await;
    assert_eq!(channel_in(&again), notes, "one notes thread per ticket");

    let text = run(&world, &g, ch, user, "jumptotop", json!([])).await;
    let welcome = message_id(&fake.messages(ch)[0]);
    assert!(
        text.contains(&format!(
            "https://discord.com/channels/{}/{ch}/{welcome}",
            g.id
        )),
        "{text}"
    );

    assert!(
        overwrite(&fake.channel(ch).unwrap(), tech_role).is_none(),
        "not the Tech panel's ticket yet"
    );
    let text = run(
        &world,
        &g,
        ch,
        g.owner,
        "switchpanel",
        json!([opt("panel", "tech")]),
    )
    .await;
    assert!(text.contains("panel **Tech**"), "{text}");
    fake.wait_for("the Tech team's overwrite", || {
        overwrite(&fake.channel(ch)?, tech_role)
    })
    .await;
    let text = run(
        &world,
        &g,
        ch,
        g.owner,
        "switchpanel",
        json!([opt("panel", "nope")]),
    )
    .await;
    assert!(text.starts_with("There is no panel called"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn admins_are_managed_and_the_staff_list_pages() {
    let (world, g) = world_with_guild(GuildSpec::new("Staff").with_members(20)).await;
    let (alice, bob) = (g.members[0], g.members[1]);
    let text = run(
        &world,
        &g,
        g.channels[0],
        alice,
        "addadmin",
        json!([user_opt("user", bob)]),
    )
    .await;
    assert_eq!(text, "Only ticket admins can do that.");
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "addadmin",
        json!([user_opt("user", alice)]),
    )
    .await;
    assert_eq!(text, format!("<@{alice}> is now an admin."));
    let text = run(
        &world,
        &g,
        g.channels[0],
        alice,
        "addadmin",
        json!([user_opt("user", bob)]),
    )
    .await;
    assert_eq!(
        text,
        format!("<@{bob}> is now an admin."),
        "a configured admin manages staff"
    );
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "removeadmin",
        json!([user_opt("user", bob)]),
    )
    .await;
    assert_eq!(text, format!("<@{bob}> is no longer an admin."));
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "removeadmin",
        json!([user_opt("user", bob)]),
    )
    .await;
    assert_eq!(text, format!("<@{bob}> was not an admin."));
    for m in &g.members[2..] {
        run(
            &world,
            &g,
            g.channels[0],
            g.owner,
            "addsupport",
            json!([user_opt("user", *m)]),
        )
        .await;
    }
    let first = run(&world, &g, g.channels[0], alice, "viewstaff", json!([])).await;
    assert!(
        first.contains("(page 1 of 2)") && first.lines().count() == 16,
        "{first}"
    );
    let second = run(
        &world,
        &g,
        g.channels[0],
        alice,
        "viewstaff",
        json!([{"type": 4, "name": "page", "value": 2}]),
    )
    .await;
    assert!(
        second.contains("(page 2 of 2)") && second.lines().count() == 5,
        "{second}"
    );
    let third = run(
        &world,
        &g,
        g.channels[0],
        alice,
        "viewstaff",
        json!([{"type": 4, "name": "page", "value": 3}]),
    )
    .await;
    assert_eq!(third, "There are only 2 pages.");
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.members[2],
        "removesupport",
        json!([user_opt("user", g.members[3])]),
    )
    .await;
    assert_eq!(
        text, "Only ticket admins can do that.",
        "support cannot manage staff"
    );
}
