//! Exit surveys end to end: a panel names a form as its exit survey; after rating, the opener
//! gets "Tell us more", answers once, and the answers show on the log message and in the
//! transcript viewer; a second answer, or buttons after a removal on request, change nothing.

use crate::feedback::{feedback_world, log_shows, rating_request};
use crate::support::*;
use serde_json::{Value, json};
use ticketbox::domain::forms::answer_key;
use ticketbox::ids::UserId;
use ticketbox::services::privacy;
use ticketbox::store::exit_survey;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::eventually;

fn buttons(update: &Value) -> String {
    update["data"]["components"].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn the_opener_tells_us_more_once_and_the_answers_are_shown_and_removable() {
    let (world, g) = feedback_world().await;
    let fake = world.discord();
    let (helper, opener) = (g.members[0], g.members[1]);
    let owner = |command: &'static str, options: Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, command, options).await }
    };
    owner(
        "form",
        sub("create", json!([opt("title", "After your ticket")])),
    )
    .await;
    for (label, required) in [
        ("What could we do better?", true),
        ("Anything else?", false),
    ] {
        let added = owner(
            "form",
            sub(
                "add-input",
                json!([
                    opt("form", "After your ticket"),
                    opt("label", label),
                    {"type": 5, "name": "required", "value": required}
                ]),
            ),
        )
        .await;
        assert!(added.contains("of 5"), "{added}");
    }
    create_panel(&world, &g, "Support", g.roles[1]).await;
    let bad = owner(
        "panel",
        sub(
            "edit",
            json!([opt("title", "Support"), opt("exit_survey", "Nope")]),
        ),
    )
    .await;
    assert!(bad.contains("There is no form called \"Nope\""), "{bad}");
    let saved = owner(
        "panel",
        sub(
            "edit",
            json!([
                opt("title", "Support"),
                opt("exit_survey", "After your ticket")
            ]),
        ),
    )
    .await;
    assert!(saved.contains("saved"), "{saved}");

    // The opener opens a ticket from the panel, writes, and staff close it.
    let button = send_panel(&world, &g, "Support").await;
    let clicked = click(&world, &g, g.channels[0], opener, &button);
    let ch = channel_in(&fake.reply_text(&clicked).await);
    let t = ticket(&world, ch).await.unwrap();
    fake.post_message(ch, opener, "the invoice is wrong");
    eventually("the opener's message recorded", || async {
        ticketbox::store::feedback::opener_wrote(&world.core.db, t.id)
            .await
            .unwrap()
            .then_some(())
    })
    .await;
    run(&world, &g, ch, helper, "close", json!([])).await;
    eventually_number_state(&world, g.id, t.number.get(), TicketState::Closed).await;
    let id = t.id;

    let request = eventually("the rating request", || async {
        rating_request(&world, opener)
    })
    .await;
    assert!(
        !request["components"].to_string().contains("tb:survey"),
        "the survey comes after the rating: {request}"
    );
    let message = message_id(&request);
    let rated = fake.dm_button_click(opener, message, &format!("tb:rate:{id}:4"));
    let update = fake.interaction_response(&rated).await;
    assert!(
        buttons(&update).contains(&format!("\"tb:survey:{id}\"")),
        "{update}"
    );
    assert!(buttons(&update).contains("Tell us more"), "{update}");

    // "Tell us more" opens the form as a modal.
    let asked = fake.dm_button_click(opener, message, &format!("tb:survey:{id}"));
    let modal = fake.interaction_response(&asked).await;
    assert_eq!(modal["type"], 9, "a modal: {modal}");
    assert_eq!(modal["data"]["title"], "After your ticket");
    assert_eq!(modal["data"]["custom_id"], format!("tb:survey-modal:{id}"));
    let keys: Vec<String> = ["What could we do better?", "Anything else?"]
        .iter()
        .enumerate()
        .map(|(i, label)| answer_key(i, label))
        .collect();
    let fields: Vec<&str> = modal["data"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["component"]["custom_id"].as_str().unwrap())
        .collect();
    assert_eq!(fields, keys);
    let sent = fake.dm_modal_submit(
        opener,
        &format!("tb:survey-modal:{id}"),
        &[(&keys[0], " Faster replies "), (&keys[1], "")],
    );
    assert!(
        fake.reply_text(&sent)
            .await
            .contains("Thank you for telling us more"),
    );
    let expected = vec![
        (
            "What could we do better?".to_owned(),
            "Faster replies".to_owned(),
        ),
        ("Anything else?".to_owned(), String::new()),
    ];
    assert_eq!(
        exit_survey::answers(&world.core.db, id).await.unwrap(),
        expected
    );
    let log = log_shows(&world, &g, "Survey: What could we do better?").await;
    let fields = log["embeds"][0]["fields"].to_string();
    assert!(
        fields.contains("Faster replies") && fields.contains("(no answer)"),
        "{fields}"
    );
    assert!(fields.contains("★★★★☆ (4/5)"), "{fields}");

    // Twice: the button and the modal are refused, nothing changes.
    let again = fake.dm_button_click(opener, message, &format!("tb:survey:{id}"));
    assert_eq!(
        fake.reply_text(&again).await,
        "You already answered the survey for this ticket. Thank you!"
    );
    let resent = fake.dm_modal_submit(
        opener,
        &format!("tb:survey-modal:{id}"),
        &[(&keys[0], "Changed"), (&keys[1], "")],
    );
    assert_eq!(
        fake.reply_text(&resent).await,
        "You already answered the survey for this ticket. Thank you!"
    );
    assert_eq!(
        exit_survey::answers(&world.core.db, id).await.unwrap(),
        expected
    );
    // A changed rating no longer offers the survey.
    let rerated = fake.dm_button_click(opener, message, &format!("tb:rate:{id}:5"));
    let update = fake.interaction_response(&rerated).await;
    assert!(!buttons(&update).contains("tb:survey"), "{update}");

    // The transcript viewer shows the answers to the opener.
    let cookie = world.session_cookie(opener, "opener").await;
    let (status, page) = web_page(
        &world,
        &format!("/transcripts/{}/{}", g.id, t.number),
        &cookie,
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("Survey: What could we do better?") && page.contains("Faster replies"),
        "{page}"
    );

    // Export has them; removal takes them, and later buttons are answered and change nothing.
    let export = privacy::export_user(&world.core, UserId::new(opener))
        .await
        .unwrap();
    assert!(
        export.to_string().contains("Faster replies"),
        "the export holds the answers: {export}"
    );
    privacy::purge_user(&world.core, UserId::new(opener))
        .await
        .unwrap();
    assert!(
        exit_survey::answers(&world.core.db, id)
            .await
            .unwrap()
            .is_empty()
    );
    let after = fake.dm_button_click(opener, message, &format!("tb:survey:{id}"));
    assert_eq!(
        fake.reply_text(&after).await,
        "This ticket's data no longer exists, so it cannot be rated."
    );
    let late = fake.dm_modal_submit(
        opener,
        &format!("tb:survey-modal:{id}"),
        &[(&keys[0], "Again"), (&keys[1], "")],
    );
    assert_eq!(
        fake.reply_text(&late).await,
        "This ticket's data no longer exists, so it cannot be rated."
    );
    assert!(
        exit_survey::answers(&world.core.db, id)
            .await
            .unwrap()
            .is_empty()
    );
}
