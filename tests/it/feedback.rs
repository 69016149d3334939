//! Feedback after a close, end to end: the rating request by DM (only to openers who wrote and
//! are not staff), star buttons that change the rating for 24 hours, the comment modal, the log
//! channel's summary edited in place, an undeliverable DM shown there, and buttons arriving after
//! a removal on request.

use std::time::Duration;

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::ids::{TicketId, UserId};
use ticketbox::services::privacy;
use ticketbox::store::feedback::{self, Feedback};
use ticketbox::testkit::fake_discord::GuildHandle;
use ticketbox::testkit::{TestWorld, eventually};

/// The shared staffed world on the manual clock, with feedback on.
pub(crate) async fn feedback_world() -> (TestWorld, GuildHandle) {
    let (world, g) = staffed_clock_world("Rated", 3).await;
    let on = setup(
        &world,
        &g,
        "feedback",
        json!([{"type": 5, "name": "enabled", "value": true}]),
    )
    .await;
    assert!(on.starts_with("Feedback on"), "{on}");
    (world, g)
}

/// Opens a ticket for `opener`, lets them write (when `writes`), and closes it as staff.
async fn closed_ticket(world: &TestWorld, g: &GuildHandle, opener: u64, writes: bool) -> TicketId {
    let ch = open(world, g, opener).await;
    let id = ticket(world, ch).await.unwrap().id;
    if writes {
        world
            .discord()
            .post_message(ch, opener, "it still does not work");
        eventually("the opener's message recorded", || async move {
            feedback::opener_wrote(&world.core.db, id)
                .await
                .unwrap()
                .then_some(())
        })
        .await;
    }
    run(world, g, ch, g.members[0], "close", json!([])).await;
    gone(world, ch).await;
    id
}

pub(crate) fn rating_request(world: &TestWorld, user: u64) -> Option<Value> {
    world
        .discord()
        .dms(user)
        .into_iter()
        .find(|m| m["components"].to_string().contains("tb:rate:"))
}

/// The log channel's close summary, once its fields mention `text`.
pub(crate) async fn log_shows(world: &TestWorld, g: &GuildHandle, text: &str) -> Value {
    eventually("the log message to show the feedback", || async {
        world
            .discord()
            .messages(g.channels[2])
            .into_iter()
            .find(|m| m["embeds"][0]["fields"].to_string().contains(text))
    })
    .await
}

async fn stored(world: &TestWorld, id: TicketId) -> Option<Feedback> {
    feedback::get(&world.core.db, id).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_opener_rates_changes_the_rating_and_comments_and_the_log_follows() {
    let (world, g) = feedback_world().await;
    let fake = world.discord();
    let opener = g.members[1];
    let id = closed_ticket(&world, &g, opener, true).await;
    let request = eventually("the rating request", || async {
        rating_request(&world, opener)
    })
    .await;
    let message = message_id(&request);
    assert!(
        request["content"]
            .as_str()
            .unwrap()
            .contains("Rate it from 1 to 5"),
        "{request}"
    );

    let rated = fake.dm_button_click(opener, message, &format!("tb:rate:{id}:4"));
    let update = fake.interaction_response(&rated).await;
    assert_eq!(
        update["type"], 7,
        "the request is updated in place: {update}"
    );
    let buttons = update["data"]["components"].to_string();
    assert!(buttons.contains(&format!("tb:comment:{id}")), "{buttons}");
    assert_eq!(stored(&world, id).await.map(|f| f.rating), Some(4));
    log_shows(&world, &g, "★★★★☆ (4/5)").await;

    // Changed within the day: the last rating counts.
    let changed = fake.dm_button_click(opener, message, &format!("tb:rate:{id}:5"));
    fake.interaction_response(&changed).await;
    assert_eq!(stored(&world, id).await.map(|f| f.rating), Some(5));
    log_shows(&world, &g, "★★★★★ (5/5)").await;

    let asked = fake.dm_button_click(opener, message, &format!("tb:comment:{id}"));
    let modal = fake.interaction_response(&asked).await;
    assert_eq!(modal["type"], 9, "a modal: {modal}");
    let sent = fake.dm_modal_submit(
        opener,
        &format!("tb:comment-modal:{id}"),
        &[("comment", "  Quick and kind.  ")],
    );
    assert!(
        fake.reply_text(&sent)
            .await
            .contains("Thank you for your comment")
    );
    assert_eq!(
        stored(&world, id).await,
        Some(Feedback {
            rating: 5,
            comment: Some("Quick and kind.".to_owned())
        })
    );
    log_shows(&world, &g, "Quick and kind.").await;
    assert_eq!(
        fake.messages(g.channels[2]).len(),
        1,
        "the one close summary was edited, nothing posted"
    );

    // A day later the rating stands.
    world.clock().advance(Duration::from_mins(24 * 60 + 1));
    let late = fake.dm_button_click(opener, message, &format!("tb:rate:{id}:1"));
    assert!(
        fake.reply_text(&late)
            .await
            .contains("24 hours after a ticket closes"),
        "too late"
    );
    assert_eq!(stored(&world, id).await.map(|f| f.rating), Some(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_openers_who_wrote_and_are_not_staff_are_asked() {
    let (world, g) = feedback_world().await;
    let (helper, silent) = (g.members[0], g.members[1]);
    closed_ticket(&world, &g, silent, false).await;
    closed_ticket(&world, &g, helper, true).await;
    for user in [silent, helper] {
        let dms = eventually("the close summary DM", || async {
            let dms = world.discord().dms(user);
            (!dms.is_empty()).then_some(dms)
        })
        .await;
        assert!(
            !dms.iter()
                .any(|m| m["components"].to_string().contains("tb:rate:")),
            "no rating request for {user}: {dms:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undeliverable_request_is_shown_on_the_log_and_a_removal_ends_rating() {
    let (world, g) = feedback_world().await;
    let fake = world.discord();
    let (closed_dms, rated) = (g.members[1], g.members[2]);
    fake.close_dms(closed_dms);
    let unreached = closed_ticket(&world, &g, closed_dms, true).await;
    log_shows(&world, &g, "the opener's DMs could not be reached").await;
    assert_eq!(
        feedback::dm_delivered(&world.core.db, unreached)
            .await
            .unwrap(),
        Some(false)
    );

    let id = closed_ticket(&world, &g, rated, true).await;
    let request = eventually("the rating request", || async {
        rating_request(&world, rated)
    })
    .await;
    let first = fake.dm_button_click(rated, message_id(&request), &format!("tb:rate:{id}:3"));
    fake.interaction_response(&first).await;
    privacy::purge_user(&world.core, UserId::new(rated))
        .await
        .unwrap();
    assert_eq!(
        stored(&world, id).await,
        None,
        "the removal took the rating"
    );
    let after = fake.dm_button_click(rated, message_id(&request), &format!("tb:rate:{id}:5"));
    assert_eq!(
        fake.reply_text(&after).await,
        "This ticket's data no longer exists, so it cannot be rated."
    );
    assert_eq!(stored(&world, id).await, None, "nothing changed");
}
