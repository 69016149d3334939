//! Removal on request and what the bot itself wrote about the removed user: form answers and
//! welcome messages, in kept threads too, and the transcript kept from before.

use crate::support::*;
use serde_json::json;
use ticketbox::archive::transcript::{REMOVED_CONTENT, REMOVED_NAME};
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::services::privacy;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::GuildSpec;
use ticketbox::testkit::{TestWorld, eventually};

/// A panel "Orders" with a one-question form ("Order number"), channels named
/// `%nickname%-%id%` and the welcome "Hello %username%, we are on it."; `user` opens a ticket
/// from it answering `answer`. Returns the ticket's channel or thread.
async fn open_with_form(
    world: &TestWorld,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
    user: u64,
    answer: &str,
) -> u64 {
    let fake = world.discord();
    let owner = |command: &'static str, options: serde_json::Value| {
        run(world, g, g.channels[0], g.owner, command, options)
    };
    owner("form", sub("create", json!([opt("title", "Order")]))).await;
    let added = owner(
        "form",
        sub(
            "add-input",
            json!([opt("form", "Order"), opt("label", "Order number")]),
        ),
    )
    .await;
    assert!(added.contains("1 of 5"), "{added}");
    let created = owner(
        "panel",
        sub(
            "create",
            json!([
                opt("title", "Orders"),
                opt("form", "Order"),
                opt("naming", "%nickname%-%id%"),
                opt("welcome", "Hello %username%, we are on it."),
            ]),
        ),
    )
    .await;
    assert!(created.contains("created"), "{created}");
    let button = send_panel(world, g, "Orders").await;
    let clicked = click(world, g, g.channels[0], user, &button);
    let modal = fake.interaction_response(&clicked).await;
    let form_id = modal["data"]["custom_id"].as_str().unwrap().to_owned();
    let field = modal["data"]["components"][0]["component"]["custom_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let submitted = fake.modal_submit(g.id, g.channels[0], user, &form_id, &[(&field, answer)]);
    channel_in(&fake.reply_text(&submitted).await)
}

/// The words of a removed user that the bot wrote out for them, and their names written as text
/// by placeholders or by others, leave every transcript: the opener's subject and form answers
/// in the bot's embeds, their username and nickname in the welcome message, the channel name
/// and other people's messages, and a staff member's `/closerequest` reason.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn what_the_bot_wrote_of_a_removed_user_goes_too() {
    let (world, g) = world_with_guild(GuildSpec::new("Scrub")).await;
    let fake = world.discord();
    let (alice, bob) = (g.members[0], g.members[1]);
    fake.set_nick(g.id, alice, "Ally Cat");
    let answer = "ORD-4711 to Elm Street 5";
    let first = open_with_form(&world, &g, alice, answer).await;

    assert_eq!(fake.channel(first).unwrap()["name"], "ally-cat-1");
    fake.post_message(first, alice, "my words");
    fake.post_message(first, bob, "member0 and Ally Cat, I saw it too");
    let asked = run(
        &world,
        &g,
        first,
        g.owner,
        "closerequest",
        json!([opt("reason", "Staff reason naming the refund R-0815-X")]),
    )
    .await;
    assert!(asked.contains("asks to close"), "{asked}");
    run(&world, &g, first, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;

    // A second ticket by /open with a subject, shown in the welcome embed.
    let subject = "Invoice 99812 charged twice";
    let text = run(
        &world,
        &g,
        g.channels[0],
        alice,
        "open",
        json!([opt("subject", subject)]),
    )
    .await;
    let second = channel_in(&text);
    run(&world, &g, second, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 2, TicketState::Closed).await;

    let guild = GuildId::new(g.id);
    let load = |n: u32| {
        let core = &world.core;
        async move {
            core.archive
                .load_transcript(guild, TicketNumber::new(n))
                .await
                .unwrap()
        }
    };
    let text_of =
        |doc: &ticketbox::archive::transcript::Transcript| serde_json::to_string(doc).unwrap();
    // Before the removal the transcripts hold all of it (so the checks below can fail).
    let before = format!("{}{}", text_of(&load(1).await), text_of(&load(2).await));
    for found in [
        answer,
        subject,
        "member0",
        "Member0",
        "Ally Cat",
        "ally-cat",
        "R-0815-X",
        &alice.to_string(),
    ] {
        assert!(before.contains(found), "{found} is archived: {before}");
    }

    privacy::purge_user(&world.core, UserId::new(alice))
        .await
        .unwrap();
    for n in [1, 2] {
        let doc = load(n).await;
        let text = text_of(&doc);
        for gone in [
            answer,
            subject,
            "member0",
            "Member0",
            "Ally Cat",
            "ally-cat",
            &alice.to_string(),
        ] {
            assert!(
                !text.contains(gone),
                "ticket {n} still holds {gone:?}: {text}"
            );
        }
    }
    let one = load(1).await;
    assert!(
        one.messages
            .iter()
            .any(|m| m.content == format!("{REMOVED_NAME} and {REMOVED_NAME}, I saw it too")),
        "others' words stay, her names go: {:?}",
        one.messages.iter().map(|m| &m.content).collect::<Vec<_>>()
    );
    // The staff member's reason is still there: he was not removed.
    assert!(text_of(&one).contains("R-0815-X"));

    // The staff member asks for removal too: the close request written for him goes.
    privacy::purge_user(&world.core, UserId::new(g.owner))
        .await
        .unwrap();
    let one = text_of(&load(1).await);
    assert!(!one.contains("R-0815-X"), "{one}");
    assert!(!one.contains(&g.owner.to_string()), "{one}");
}

/// A thread ticket reopened, its thread deleted by hand, then closed: the earlier transcript is
/// kept — and users removed on request are removed from what is saved again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_kept_earlier_transcript_is_cleaned_too() {
    let (world, g) = world_with_guild(GuildSpec::new("Kept").with_text_channels(3)).await;
    let fake = world.discord();
    use_threads(&world, &g).await;
    let alice = g.members[0];
    // Removed earlier; she comes back and opens a ticket (it is archived without her).
    privacy::purge_user(&world.core, UserId::new(alice))
        .await
        .unwrap();
    let thread = open(&world, &g, alice).await;
    fake.post_message(thread, alice, "alice again");
    run(&world, &g, thread, g.owner, "close", json!([])).await;
    eventually_state(&world, thread, TicketState::Closed).await;
    let reopened = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "reopen",
        json!([{"type": 4, "name": "ticket", "value": 1}]),
    )
    .await;
    assert!(reopened.contains("open again"), "{reopened}");
    fake.delete_channel(thread);
    let guild = GuildId::new(g.id);
    let doc = eventually("the earlier transcript kept", || {
        let core = &world.core;
        async move {
            let doc = core
                .archive
                .load_transcript(guild, TicketNumber::new(1))
                .await
                .ok()?;
            doc.notes
                .iter()
                .any(|n| n == ticketbox::archive::notes::REOPENED_CHANNEL_DELETED)
                .then_some(doc)
        }
    })
    .await;
    assert!(!doc.involves(UserId::new(alice)), "{:?}", doc.ticket);
    let text = serde_json::to_string(&doc).unwrap();
    assert!(!text.contains(&alice.to_string()), "{text}");
    assert!(!text.contains("alice again"), "{text}");
}

/// A thread ticket stays in Discord after close: removing its opener edits the bot's welcome
/// (mention, welcome text with their name) and form-answers messages there to the marker, and
/// the thread ends archived and locked as before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_openers_thread_in_discord_loses_what_the_bot_wrote() {
    let (world, g) = world_with_guild(GuildSpec::new("Threads kept").with_text_channels(3)).await;
    let fake = world.discord();
    use_threads(&world, &g).await;
    let alice = g.members[0];
    let answer = "ORD-0042 to Birch Lane 7";
    let thread = open_with_form(&world, &g, alice, answer).await;
    assert_eq!(fake.channel(thread).unwrap()["type"], 12);
    let bot = ticketbox::testkit::fake_discord::BOT_ID.to_string();
    let bot_texts = || {
        fake.messages(thread)
            .iter()
            .filter(|m| m["author"]["id"] == bot.as_str())
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let before = bot_texts();
    for found in [answer, "member0", &alice.to_string()] {
        assert!(before.contains(found), "{found}: {before}");
    }
    run(&world, &g, thread, g.owner, "close", json!([])).await;
    eventually_state(&world, thread, TicketState::Closed).await;
    fake.wait_for("the thread archived and locked", || {
        let t = fake.channel(thread)?;
        (t["thread_metadata"]["archived"] == true && t["thread_metadata"]["locked"] == true)
            .then_some(())
    })
    .await;

    let report = privacy::purge_user(&world.core, UserId::new(alice))
        .await
        .unwrap();
    assert_eq!(report.threads_queued, 1, "{}", report.summary());
    let after = eventually("the bot's thread messages edited", || {
        let texts = bot_texts();
        async move { (!texts.contains(answer)).then_some(texts) }
    })
    .await;
    for gone in [answer, "member0", &alice.to_string()] {
        assert!(!after.contains(gone), "{gone}: {after}");
    }
    assert!(after.contains(REMOVED_CONTENT), "{after}");
    fake.wait_for("the thread archived and locked again", || {
        let t = fake.channel(thread)?;
        (t["thread_metadata"]["archived"] == true && t["thread_metadata"]["locked"] == true)
            .then_some(())
    })
    .await;
}
