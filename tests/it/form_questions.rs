//! Form questions of every kind end to end through the fake Discord: built with `/form
//! add-input`, shown as a modal of Labels (text input, string select, user, role, mentionable
//! and channel selects), filled in as Discord's client submits it, the answers in the ticket
//! (as mentions), in the transcript viewer (as names), in an export, and gone or anonymised on
//! removal. Exit surveys refuse picker questions on both sides.

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::ids::UserId;
use ticketbox::services::privacy;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{Fill, GuildSpec};

fn int(name: &str, value: u64) -> Value {
    json!({"type": 4, "name": name, "value": value})
}

fn flag(name: &str, value: bool) -> Value {
    json!({"type": 5, "name": name, "value": value})
}

/// `kind:` is a choice parameter: Discord sends the choice's index.
fn kind(index: u64) -> Value {
    int("kind", index)
}

async fn stored_answers(
    world: &ticketbox::testkit::TestWorld,
    number: u32,
    g: u64,
) -> Vec<(String, String)> {
    let t = ticket_number(world, g, number).await.unwrap();
    world
        .core
        .db
        .read(move |c| {
            let mut stmt = c.prepare(
                "SELECT label, value FROM ticket_form_answers WHERE ticket_id = ?1 ORDER BY position",
            )?;
            let rows = stmt.query_map([t.id.get()], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn every_question_kind_is_asked_answered_shown_and_removable() {
    let world = dashboard_world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Questions").with_members(4))
        .await;
    let fake = world.discord();
    let (opener, helper, second) = (g.members[0], g.members[1], g.members[2]);
    let moderator = g.roles[0];
    let owner = |command: &'static str, options: Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, command, options).await }
    };
    let add = |options: Value| owner("form", sub("add-input", options));
    owner("form", sub("create", json!([opt("title", "Intake")]))).await;

    // Bad input is refused with the field named, and nothing is saved.
    let no_options = add(json!([
        opt("form", "Intake"),
        opt("label", "Topic"),
        kind(1)
    ]))
    .await;
    assert_eq!(
        no_options,
        "Options: a choice question needs at least one option."
    );
    let many: Vec<String> = (0..26).map(|n| format!("o{n}")).collect();
    let too_many = add(json!([
        opt("form", "Intake"),
        opt("label", "Topic"),
        kind(1),
        opt("options", &many.join(";"))
    ]))
    .await;
    assert!(too_many.starts_with("Options: at most 25"), "{too_many}");
    let bad_emoji = add(json!([
        opt("form", "Intake"),
        opt("label", "Topic"),
        kind(1),
        opt("options", "Refund | | money")
    ]))
    .await;
    assert!(
        bad_emoji.starts_with("Option emoji of \"Refund\""),
        "{bad_emoji}"
    );
    let bad_channel = add(json!([
        opt("form", "Intake"),
        opt("label", "Where"),
        kind(5),
        opt("channel_types", "text, dm")
    ]))
    .await;
    assert!(
        bad_channel.starts_with("Channel types: \"dm\""),
        "{bad_channel}"
    );
    let stray = add(json!([
        opt("form", "Intake"),
        opt("label", "Who"),
        kind(2),
        opt("options", "a;b")
    ]))
    .await;
    assert!(
        stray.starts_with("Options: only a choice question"),
        "{stray}"
    );
    assert_eq!(
        owner("form", sub("list", json!([]))).await,
        "**Intake**\n",
        "nothing saved"
    );

    for options in [
        json!([
            opt("form", "Intake"),
            opt("label", "Order"),
            opt("description", "On your receipt")
        ]),
        json!([
            opt("form", "Intake"),
            opt("label", "Topic"),
            kind(1),
            opt("options", "Refund | Money back | 💸; Bug report"),
            int("max_picks", 2)
        ]),
        json!([
            opt("form", "Intake"),
            opt("label", "Who helped?"),
            kind(2),
            flag("required", false),
            int("min_picks", 0)
        ]),
        json!([opt("form", "Intake"), opt("label", "Team"), kind(3)]),
        json!([
            opt("form", "Intake"),
            opt("label", "Where"),
            kind(5),
            opt("channel_types", "text")
        ]),
    ] {
        let added = add(options).await;
        assert!(added.starts_with("Question added"), "{added}");
    }
    let sixth = add(json!([opt("form", "Intake"), opt("label", "More")])).await;
    assert!(sixth.contains("at most 5"), "{sixth}");

    // An exit survey opens from a DM: a form with pickers cannot be one.
    create_panel(&world, &g, "Orders", moderator).await;
    let refused = owner(
        "panel",
        sub(
            "edit",
            json!([opt("title", "Orders"), opt("exit_survey", "Intake")]),
        ),
    )
    .await;
    assert!(
        refused.contains("exit survey")
            && refused.contains("\"Who helped?\" cannot be a member picker"),
        "{refused}"
    );
    owner("form", sub("create", json!([opt("title", "After")]))).await;
    add(json!([
        opt("form", "After"),
        opt("label", "Anything else?")
    ]))
    .await;
    let saved = owner(
        "panel",
        sub(
            "edit",
            json!([
                opt("title", "Orders"),
                opt("form", "Intake"),
                opt("exit_survey", "After")
            ]),
        ),
    )
    .await;
    assert!(saved.contains("saved"), "{saved}");
    let picker_on_survey = add(json!([
        opt("form", "After"),
        opt("label", "Which role?"),
        kind(3)
    ]))
    .await;
    assert!(
        picker_on_survey.contains("is an exit survey"),
        "{picker_on_survey}"
    );
    let choice_on_survey = add(json!([
        opt("form", "After"),
        opt("label", "How was it?"),
        kind(1),
        opt("options", "Good; Bad")
    ]))
    .await;
    assert!(
        choice_on_survey.starts_with("Question added"),
        "{choice_on_survey}"
    );

    // The modal: one Label per question, the component of its kind inside.
    let button = send_panel(&world, &g, "Orders").await;
    let clicked = click(&world, &g, g.channels[0], opener, &button);
    let modal = fake.interaction_response(&clicked).await;
    assert_eq!(modal["type"], 9, "{modal}");
    let labels = modal["data"]["components"].as_array().unwrap();
    let kinds: Vec<(u64, u64)> = labels
        .iter()
        .map(|l| {
            (
                l["type"].as_u64().unwrap(),
                l["component"]["type"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(kinds, [(18, 4), (18, 3), (18, 5), (18, 6), (18, 8)]);
    assert_eq!(labels[0]["description"], "On your receipt");
    let topic = &labels[1]["component"];
    assert_eq!(topic["max_values"], 2);
    assert_eq!(topic["options"][0]["emoji"], json!({"name": "💸"}));
    assert_eq!(topic["options"][0]["description"], "Money back");
    assert_eq!(topic["options"][1]["value"], "Bug report");
    assert_eq!(labels[2]["component"]["required"], false);
    assert_eq!(labels[2]["component"]["min_values"], 0);
    assert_eq!(labels[4]["component"]["channel_types"], json!([0]));

    // Filled in and submitted as the client does it.
    let where_ = g.channels[1];
    let submitted = fake.submit_modal(
        &clicked,
        &[
            ("Order", Fill::Text(" A-12 ")),
            ("Topic", Fill::Choose(&["Bug report", "Refund"])),
            ("Who helped?", Fill::Pick(&[helper])),
            ("Team", Fill::Pick(&[moderator])),
            ("Where", Fill::Pick(&[where_])),
        ],
    );
    let ch = channel_in(&fake.reply_text(&submitted).await);
    let answers_embed = &fake.messages(ch)[1]["embeds"][0];
    assert_eq!(answers_embed["title"], "Form answers");
    let fields: Vec<(&str, &str)> = answers_embed["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap(), f["value"].as_str().unwrap()))
        .collect();
    let helper_mention = format!("<@{helper}>");
    let role_mention = format!("<@&{moderator}>");
    let channel_mention = format!("<#{where_}>");
    assert_eq!(
        fields,
        [
            ("Order", "A-12"),
            ("Topic", "Bug report, Refund"),
            ("Who helped?", helper_mention.as_str()),
            ("Team", role_mention.as_str()),
            ("Where", channel_mention.as_str()),
        ]
    );
    assert_eq!(stored_answers(&world, 1, g.id).await.len(), 5);

    // A member question left empty is fine when optional; a stale option is refused.
    let form_id = modal["data"]["custom_id"].as_str().unwrap().to_owned();
    let key = |n: usize| {
        labels[n]["component"]["custom_id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let crafted = fake.modal_submit_components(
        g.id,
        g.channels[0],
        second,
        &form_id,
        &json!([
            {"type": 18, "id": 1, "component": {"type": 4, "id": 2, "custom_id": key(0), "value": "B-1"}},
            {"type": 18, "id": 3, "component": {"type": 3, "id": 4, "custom_id": key(1), "values": ["Gone"]}},
            {"type": 18, "id": 5, "component": {"type": 5, "id": 6, "custom_id": key(2), "values": []}},
            {"type": 18, "id": 7, "component": {"type": 6, "id": 8, "custom_id": key(3), "values": [moderator.to_string()]}},
            {"type": 18, "id": 9, "component": {"type": 8, "id": 10, "custom_id": key(4), "values": [where_.to_string()]}},
        ]),
    );
    assert!(
        fake.reply_text(&crafted)
            .await
            .contains("was changed while you were filling it in"),
        "an option the form does not have"
    );
    assert!(ticket_number(&world, g.id, 2).await.is_none());

    // A mentionable question: users and roles, told apart by `resolved`.
    owner("form", sub("create", json!([opt("title", "Mention")]))).await;
    add(json!([
        opt("form", "Mention"),
        opt("label", "Who is involved?"),
        kind(4),
        int("max_picks", 3)
    ]))
    .await;
    create_panel(&world, &g, "Reports", moderator).await;
    owner(
        "panel",
        sub(
            "edit",
            json!([opt("title", "Reports"), opt("form", "Mention")]),
        ),
    )
    .await;
    let button = send_panel(&world, &g, "Reports").await;
    let clicked = click(&world, &g, g.channels[0], second, &button);
    let modal = fake.interaction_response(&clicked).await;
    assert_eq!(
        modal["data"]["components"][0]["component"]["type"], 7,
        "{modal}"
    );
    let submitted = fake.submit_modal(
        &clicked,
        &[("Who is involved?", Fill::Pick(&[helper, moderator]))],
    );
    let ch2 = channel_in(&fake.reply_text(&submitted).await);
    let value = fake.messages(ch2)[1]["embeds"][0]["fields"][0]["value"].clone();
    assert_eq!(value, json!(format!("<@{helper}>, <@&{moderator}>")));

    // Closed: the transcript viewer names them.
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let cookie = world.session_cookie(g.owner, "owner").await;
    let page = ticketbox::testkit::eventually("the transcript", || async {
        let (status, page) = web_page(&world, &format!("/transcripts/{}/1", g.id), &cookie).await;
        (status == 200).then_some(page)
    })
    .await;
    let channel_name = fake.channel(where_).unwrap()["name"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(page.contains("Bug report, Refund"), "{page}");
    assert!(page.contains("@Moderator"), "the role by name: {page}");
    assert!(
        page.contains(&format!("#{channel_name}")),
        "the channel by name: {page}"
    );
    assert!(!page.contains("&lt;@"), "no raw mentions: {page}");

    // The picked helper asks for their data, then for removal: named in others' answers.
    let export = privacy::export_user(&world.core, UserId::new(helper))
        .await
        .unwrap();
    let named = export.to_string();
    assert!(
        named.contains("named_in_form_answers") && named.contains("Who helped?"),
        "{named}"
    );
    privacy::purge_user(&world.core, UserId::new(helper))
        .await
        .unwrap();
    let after = stored_answers(&world, 2, g.id).await;
    assert_eq!(
        after[0].1,
        format!("<@0>, <@&{moderator}>"),
        "the removed user: {after:?}"
    );
    let first = stored_answers(&world, 1, g.id).await;
    assert!(
        !first.iter().any(|(_, v)| v.contains(&helper.to_string())),
        "{first:?}"
    );
    // The opener's removal takes their own answers.
    privacy::purge_user(&world.core, UserId::new(opener))
        .await
        .unwrap();
    let gone = stored_answers(&world, 1, g.id).await;
    assert!(
        gone.iter().all(|(_, v)| v == "[removed on request]"),
        "{gone:?}"
    );
}
