//! Working and closing tickets end to end: close (button, confirmation, reason modal, command),
//! the log embed, the DM, channel removal, claim settings, add/remove, rename limits, close
//! requests, tags, staff commands, and a close that survives a restart.

use crate::support::*;
use serde_json::json;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_button_confirms_then_logs_dms_and_deletes() {
    let (world, g) = world_with_guild(GuildSpec::new("Close").with_text_channels(3)).await;
    let fake = world.discord();
    let log = g.channels[2];
    set_log_channel(&world, &g, log).await;
    let user = g.members[0];
    let ch = open(&world, &g, user).await;

    // Another member cannot close it.
    let other = click(&world, &g, ch, g.members[1], "tb:close");
    assert_eq!(
        fake.reply_text(&other).await,
        "Only support staff can do that."
    );

    let first = click(&world, &g, ch, user, "tb:close");
    let confirm = fake.interaction_response(&first).await;
    assert_eq!(confirm["data"]["flags"], 64);
    assert!(
        confirm["data"]["components"]
            .to_string()
            .contains("tb:close-confirm"),
        "{confirm}"
    );
    assert!(
        fake.channel(ch).is_some(),
        "nothing closed before confirming"
    );

    let confirm_click = fake.button_click(
        g.id,
        ch,
        user,
        message_id(&fake.messages(ch)[0]),
        "tb:close-confirm",
    );
    let text = fake.reply_text(&confirm_click).await;
    assert!(text.contains("being closed"), "{text}");
    gone(&world, ch).await;
    eventually_state(&world, ch, TicketState::Closed).await;

    let logged = fake.messages(log);
    let embed = &logged.last().expect("a log message")["embeds"][0];
    assert_eq!(embed["title"], "Ticket #1 closed");
    let fields = embed["fields"].to_string();
    assert!(
        fields.contains(&format!("<@{user}>")) && fields.contains("No reason given"),
        "{fields}"
    );
    let dm = fake
        .calls()
        .into_iter()
        .find(|c| c.method == "POST" && c.path == "/users/@me/channels")
        .expect("a DM channel was opened");
    assert_eq!(dm.body["recipient_id"], user.to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_with_reason_and_users_can_close_off() {
    let (world, g) = world_with_guild(GuildSpec::new("Reasons")).await;
    let fake = world.discord();
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    let modal = click(&world, &g, ch, user, "tb:close-reason");
    let shown = fake.interaction_response(&modal).await;
    assert_eq!(shown["type"], 9, "a modal: {shown}");
    let submitted = fake.modal_submit(
        g.id,
        ch,
        user,
        "tb:close-reason-modal",
        &[("reason", "Solved, thanks")],
    );
    assert!(fake.reply_text(&submitted).await.contains("being closed"));
    gone(&world, ch).await;
    let t = ticket_number(&world, g.id, 1).await.unwrap();
    let info = ticketbox::store::tickets::close_info(&world.core.db, t.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.reason.as_deref(), Some("Solved, thanks"));

    // With "users can close" off, the opener is refused and staff still can.
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "users-can-close",
            json!([{"type": 5, "name": "enabled", "value": false}]),
        ),
    )
    .await;
    let ch = open(&world, &g, user).await;
    let text = run(&world, &g, ch, user, "close", json!([])).await;
    assert!(
        text.starts_with("In this server only staff can close tickets"),
        "{text}"
    );
    let text = run(
        &world,
        &g,
        ch,
        g.owner,
        "close",
        json!([opt("reason", "done")]),
    )
    .await;
    assert!(text.contains("being closed"), "{text}");
    gone(&world, ch).await;
    let text = run(&world, &g, g.channels[0], g.owner, "close", json!([])).await;
    assert!(text.starts_with("This is not a ticket channel"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claim_follows_the_claim_settings_and_only_the_claimer_or_an_admin_unclaims() {
    let (world, g) = world_with_guild(
        GuildSpec::new("Claims")
            .with_members(4)
            .with_role("Support", 0),
    )
    .await;
    let fake = world.discord();
    let support_role = g.roles[1];
    let (alice, bob, user) = (g.members[0], g.members[1], g.members[2]);
    fake.set_member_roles(g.id, alice, &[support_role]);
    fake.set_member_roles(g.id, bob, &[support_role]);
    wait_member_roles(&world, g.id, bob, &[support_role]).await;
    add_support_role(&world, &g, support_role).await;
    let staff = run(&world, &g, g.channels[0], alice, "viewstaff", json!([])).await;
    assert!(
        staff.contains(&format!("Support: <@&{support_role}>")),
        "{staff}"
    );

    let ch = open(&world, &g, user).await;
    let (allow, _) =
        overwrite(&fake.channel(ch).unwrap(), support_role).expect("support sees new tickets");
    assert_eq!(allow & (VIEW | SEND), VIEW | SEND);

    let text = run(&world, &g, ch, user, "claim", json!([])).await;
    assert_eq!(text, "Only support staff can do that.");
    let claimed = click(&world, &g, ch, alice, "tb:claim");
    assert!(
        fake.reply_text(&claimed)
            .await
            .contains(&format!("handled by <@{alice}>"))
    );
    // Default claim settings: other support may view but not type.
    fake.wait_for("claim overwrites", || {
        let c = fake.channel(ch)?;
        let (allow, deny) = overwrite(&c, support_role)?;
        (allow & VIEW != 0 && deny & SEND != 0).then_some(())
    })
    .await;
    let (alice_allow, _) =
        overwrite(&fake.channel(ch).unwrap(), alice).expect("the claimer keeps writing");
    assert_eq!(alice_allow & SEND, SEND);

    let text = run(&world, &g, ch, bob, "claim", json!([])).await;
    assert_eq!(
        text,
        format!("This ticket is already claimed by <@{alice}>.")
    );
    let text = run(&world, &g, ch, bob, "unclaim", json!([])).await;
    assert!(
        text.starts_with("Only the staff member who claimed"),
        "{text}"
    );
    let text = run(
        &world,
        &g,
        ch,
        alice,
        "transfer",
        json!([user_opt("user", user)]),
    )
    .await;
    assert_eq!(
        text,
        "Tickets can only be transferred to support staff or admins."
    );
    let text = run(
        &world,
        &g,
        ch,
        alice,
        "transfer",
        json!([user_opt("user", bob)]),
    )
    .await;
    assert!(text.contains(&format!("handled by <@{bob}>")), "{text}");
    let text = run(&world, &g, ch, g.owner, "unclaim", json!([])).await;
    assert!(
        text.contains(&format!("<@{bob}> no longer handles")),
        "an admin may unclaim: {text}"
    );
    fake.wait_for("support can type again", || {
        let (allow, deny) = overwrite(&fake.channel(ch)?, support_role)?;
        (allow & SEND != 0 && deny & SEND == 0).then_some(())
    })
    .await;

    // Claim settings: support cannot even view a claimed ticket.
    run(&world, &g, g.channels[0], g.owner, "setup", sub("claim", json!([{"type": 5, "name": "support_can_view", "value": false}, {"type": 5, "name": "support_can_type", "value": false}]))).await;
    run(&world, &g, ch, alice, "claim", json!([])).await;
    fake.wait_for("support role loses the ticket", || {
        overwrite(&fake.channel(ch)?, support_role)
            .is_none()
            .then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_and_remove_members_and_roles() {
    let (world, g) = world_with_guild(GuildSpec::new("Members").with_members(4)).await;
    let fake = world.discord();
    let (user, friend, stranger) = (g.members[0], g.members[1], g.members[2]);
    let ch = open(&world, &g, user).await;
    let text = run(
        &world,
        &g,
        ch,
        user,
        "add",
        json!([user_opt("user", friend)]),
    )
    .await;
    assert_eq!(text, format!("<@{friend}> was added to this ticket."));
    fake.wait_for("friend's overwrite", || {
        overwrite(&fake.channel(ch)?, friend)
    })
    .await;
    let text = run(
        &world,
        &g,
        ch,
        stranger,
        "add",
        json!([user_opt("user", stranger)]),
    )
    .await;
    assert_eq!(text, "You can only do that in your own ticket.");
    let text = run(&world, &g, ch, user, "add", json!([])).await;
    assert_eq!(text, "Give either a user or a role (exactly one).");
    let text = run(
        &world,
        &g,
        ch,
        g.owner,
        "add",
        json!([role_opt("role", g.roles[0])]),
    )
    .await;
    assert!(text.contains("was added"), "{text}");
    let text = run(
        &world,
        &g,
        ch,
        user,
        "remove",
        json!([user_opt("user", g.owner)]),
    )
    .await;
    assert_eq!(text, "Staff cannot be removed from a ticket.");
    let text = run(
        &world,
        &g,
        ch,
        g.owner,
        "remove",
        json!([user_opt("user", user)]),
    )
    .await;
    assert_eq!(
        text,
        "The member who opened the ticket cannot be removed from it."
    );
    let text = run(
        &world,
        &g,
        ch,
        user,
        "remove",
        json!([user_opt("user", friend)]),
    )
    .await;
    assert_eq!(text, format!("<@{friend}> was removed from this ticket."));
    fake.wait_for("friend's overwrite removed", || {
        overwrite(&fake.channel(ch)?, friend)
            .is_none()
            .then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_says_when_discords_limit_delays_it() {
    let (world, g) = world_with_guild(GuildSpec::new("Rename")).await;
    let fake = world.discord();
    let ch = open(&world, &g, g.members[0]).await;
    let text = run(
        &world,
        &g,
        ch,
        g.members[0],
        "rename",
        json!([opt("name", "x")]),
    )
    .await;
    assert_eq!(text, "Only support staff can do that.");
    for name in ["Refund Request", "refund-2"] {
        let text = run(
            &world,
            &g,
            ch,
            g.owner,
            "rename",
            json!([opt("name", name)]),
        )
        .await;
        assert!(text.starts_with("Renamed to"), "{text}");
    }
    assert_eq!(fake.channel(ch).unwrap()["name"], "refund-2");
    let text = run(
        &world,
        &g,
        ch,
        g.owner,
        "rename",
        json!([opt("name", "third")]),
    )
    .await;
    assert!(
        text.contains("two renames per channel every 10 minutes") && text.contains("<t:"),
        "{text}"
    );
    assert_eq!(
        fake.channel(ch).unwrap()["name"],
        "refund-2",
        "not applied yet"
    );
    let (pending, _) = ticketbox::store::jobs::counts(&world.core.db)
        .await
        .unwrap();
    assert_eq!(pending, 1, "the rename waits as a durable job");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_requests_accept_deny_and_expire() {
    let (world, g) = world_with_guild(GuildSpec::new("Requests")).await;
    let fake = world.discord();
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    let text = run(&world, &g, ch, user, "closerequest", json!([])).await;
    assert_eq!(text, "Only support staff can do that.");
    let request = fake.slash_command(
        g.id,
        ch,
        g.owner,
        "closerequest",
        json!([opt("reason", "Looks solved")]),
    );
    let shown = fake.reply_text(&request).await;
    assert!(
        shown.contains("asks to close") && shown.contains("Looks solved"),
        "{shown}"
    );
    let message = message_with_button(&world, ch, "tb:cr-deny");
    let denied_by_other =
        fake.button_click(g.id, ch, g.members[1], message_id(&message), "tb:cr-deny");
    assert!(
        fake.reply_text(&denied_by_other)
            .await
            .starts_with("Only the member who opened")
    );
    let denied = fake.button_click(g.id, ch, user, message_id(&message), "tb:cr-deny");
    assert!(fake.reply_text(&denied).await.contains("declined"));
    assert_eq!(ticket(&world, ch).await.unwrap().state, TicketState::Open);
    let again = fake.button_click(g.id, ch, user, message_id(&message), "tb:cr-accept");
    assert_eq!(
        fake.reply_text(&again).await,
        "This close request was already answered."
    );

    // A delayed request closes by itself when the delay runs out.
    let delayed = run(
        &world,
        &g,
        ch,
        g.owner,
        "closerequest",
        json!([{"type": 4, "name": "delay", "value": 24}]),
    )
    .await;
    assert!(delayed.contains("closes automatically"), "{delayed}");
    let due: i64 = world
        .core
        .db
        .read(|c| {
            Ok(c.query_row(
                "SELECT next_run_at FROM jobs WHERE kind = 'delayed_close'",
                [],
                |r| r.get(0),
            )?)
        })
        .await
        .unwrap();
    let in_a_day = due - ticketbox::clock::now_millis();
    assert!(
        (86_000_000..=86_400_000).contains(&in_a_day),
        "due in 24 h: {in_a_day}"
    );
    world
        .core
        .db
        .write(|tx| {
            // The deadline passes (as 24 hours would).
            Ok(tx.execute_batch(
                "UPDATE jobs SET next_run_at = 0 WHERE kind = 'delayed_close';
                 UPDATE close_requests SET close_at = 0;",
            )?)
        })
        .await
        .unwrap();
    gone(&world, ch).await;
    let t = ticket_number(&world, g.id, 1).await.unwrap();
    let info = ticketbox::store::tickets::close_info(&world.core.db, t.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        info.closed_by.get(),
        g.owner,
        "closed on behalf of who asked"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tags_and_setup_auto() {
    let (world, g) = world_with_guild(GuildSpec::new("Tags")).await;
    let fake = world.discord();
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "managetags",
        sub(
            "add",
            json!([opt("name", "FAQ"), opt("content", "Read the FAQ\\nfirst")]),
        ),
    )
    .await;
    assert_eq!(text, "Tag `faq` saved.");
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "tag",
        json!([opt("name", "faq")]),
    )
    .await;
    assert_eq!(text, "Read the FAQ\nfirst");
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.members[0],
        "tag",
        json!([opt("name", "faq")]),
    )
    .await;
    assert_eq!(text, "Only support staff can do that.");
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "managetags",
        sub("list", json!([])),
    )
    .await;
    assert_eq!(text, "`faq`");

    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub("auto", json!([])),
    )
    .await;
    assert!(text.starts_with("Set up"), "{text}");
    let log = channel_in(&text[text.find("logged in").unwrap()..]);
    assert_eq!(fake.channel(log).unwrap()["name"], "ticket-logs");
    let ch = open(&world, &g, g.members[0]).await;
    let category = fake.channel(ch).unwrap()["parent_id"].clone();
    assert_eq!(
        fake.channel(log).unwrap()["parent_id"],
        category,
        "tickets open in the set-up category"
    );
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.members[0],
        "setup",
        sub("show", json!([])),
    )
    .await;
    assert_eq!(text, "Only ticket admins can do that.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_close_interrupted_by_discord_errors_and_a_restart_still_finishes() {
    let (mut world, g) = world_with_guild(GuildSpec::new("Durable")).await;
    let ch = open(&world, &g, g.members[0]).await;
    world.discord().inject(
        Fault::new("DELETE", &format!("/channels/{ch}"), FaultKind::Status(503)).times(1000),
    );
    let text = run(&world, &g, ch, g.owner, "close", json!([])).await;
    assert!(text.contains("being closed"), "{text}");
    world
        .discord()
        .wait_for_call("DELETE", &format!("/channels/{ch}"))
        .await;
    eventually_state(&world, ch, TicketState::Closing).await;
    assert_eq!(world.stop_bot().await, ticketbox::discord::BotExit::Stopped);
    world.discord().clear_faults();

    // A new process: the pending close job runs again (its lease is expired by hand, as time would).
    world
        .core
        .db
        .write(|tx| Ok(tx.execute("UPDATE jobs SET next_run_at = 0, locked_until = 0", [])?))
        .await
        .unwrap();
    world.restart_bot();
    world.discord().wait_for_identify(2).await;
    gone(&world, ch).await;
    eventually_state(&world, ch, TicketState::Closed).await;
}
