//! Opening tickets end to end: the real bot against the fake Discord. Every entry point, the
//! guards, the rollback of a half-done open, concurrency and category overflow, thread mode.

use crate::support;

use crate::support::*;
use serde_json::json;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{BOT_ID, BOT_PERMISSIONS, Fault, FaultKind, GuildSpec};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_open_creates_a_private_channel_with_a_welcome_message() {
    let (world, g) = world_with_guild(GuildSpec::new("Acme")).await;
    let fake = world.discord();
    let user = g.members[0];
    let handle = fake.slash_command(
        g.id,
        g.channels[0],
        user,
        "open",
        json!([opt("subject", "Billing question")]),
    );
    let first = fake.interaction_response(&handle).await;
    assert_eq!(first["type"], 5, "deferred first: {first}");
    assert_eq!(first["data"]["flags"], 64, "ephemeral: {first}");
    let text = fake.reply_text(&handle).await;
    let ch = channel_in(&text);

    let channel = fake.channel(ch).expect("ticket channel exists");
    assert_eq!(channel["name"], "ticket-1");
    let category = channel["parent_id"]
        .as_str()
        .unwrap()
        .parse::<u64>()
        .unwrap();
    assert_eq!(
        fake.channel(category).unwrap()["name"],
        "Tickets",
        "created on first use"
    );
    let (_, everyone_deny) = overwrite(&channel, g.everyone_role).unwrap();
    assert_ne!(everyone_deny & VIEW, 0, "@everyone cannot see it");
    let (opener_allow, _) = overwrite(&channel, user).unwrap();
    assert_eq!(opener_allow & (VIEW | SEND), VIEW | SEND);
    let (bot_allow, _) = overwrite(&channel, BOT_ID).unwrap();
    assert_ne!(bot_allow & (1 << 4), 0, "the bot manages the channel");
    assert!(
        overwrite(&channel, g.members[1]).is_none(),
        "other members get nothing"
    );

    let messages = fake.messages(ch);
    let welcome = &messages[0];
    assert_eq!(welcome["content"], format!("<@{user}>"));
    let embed = &welcome["embeds"][0];
    assert_eq!(embed["title"], "Ticket #1");
    assert!(
        embed["description"]
            .as_str()
            .unwrap()
            .contains(&format!("<@{user}>")),
        "{embed}"
    );
    assert_eq!(embed["fields"][0]["value"], "Billing question");
    let components = welcome["components"].to_string();
    for id in ["tb:close", "tb:close-reason", "tb:claim"] {
        assert!(components.contains(&format!("\"{id}\"")), "{components}");
    }
    let t = ticket(&world, ch).await.unwrap();
    assert_eq!(
        (t.state, t.number.get(), t.opener.get()),
        (TicketState::Open, 1, user)
    );

    // A second ticket reuses the category and takes the next number.
    let second = open(&world, &g, g.members[1]).await;
    let channel = fake.channel(second).unwrap();
    assert_eq!(channel["name"], "ticket-2");
    assert_eq!(channel["parent_id"].as_str().unwrap(), category.to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn panel_button_opens_a_ticket_for_the_panels_team() {
    let (world, g) = world_with_guild(GuildSpec::new("Panels").with_role("Billing", 0)).await;
    let fake = world.discord();
    let billing = g.roles[1];
    let created = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "create",
            json!([
                opt("title", "Billing"),
                opt("text", "Questions about invoices"),
                opt("colour", "#00ff00"),
                opt("button_label", "Ask billing"),
                opt("naming", "billing-%id_padded%"),
                role_opt("support_role", billing),
            ]),
        ),
    )
    .await;
    assert!(created.contains("Panel **Billing** created"), "{created}");
    let listed = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub("list", json!([])),
    )
    .await;
    assert!(listed.contains("**Billing**"), "{listed}");
    let sent = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub("send", json!([opt("title", "billing")])),
    )
    .await;
    assert!(sent.contains("posted"), "{sent}");

    let panel_message = message_with_button(&world, g.channels[0], "tb:open:");
    assert_eq!(panel_message["embeds"][0]["title"], "Billing");
    assert_eq!(panel_message["embeds"][0]["color"], 0x00_ff00);
    let custom_id = panel_button_id(&world, g.channels[0]);
    let user = g.members[0];
    let click = click(&world, &g, g.channels[0], user, &custom_id);
    let text = fake.reply_text(&click).await;
    let ch = channel_in(&text);
    let channel = fake.channel(ch).unwrap();
    assert_eq!(channel["name"], "billing-0001");
    let (team_allow, _) = overwrite(&channel, billing).expect("the panel's team role can see it");
    assert_eq!(team_allow & (VIEW | SEND), VIEW | SEND);
    let t = ticket(&world, ch).await.unwrap();
    assert!(t.panel.is_some());

    // A non-admin cannot manage panels.
    let refused = run(
        &world,
        &g,
        g.channels[0],
        user,
        "panel",
        sub("list", json!([])),
    )
    .await;
    assert_eq!(refused, "Only ticket admins can do that.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_specific_and_ephemeral() {
    let (world, g) = world_with_guild(GuildSpec::new("Rules").with_members(4)).await;
    let fake = world.discord();
    let (a, b) = (g.members[0], g.members[1]);

    let set = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub("limit", json!([{"type": 4, "name": "limit", "value": 1}])),
    )
    .await;
    assert!(set.contains("1 open ticket at once"), "{set}");
    open(&world, &g, a).await;
    let refused = fake.slash_command(g.id, g.channels[0], a, "open", json!([]));
    let text = fake.reply_text(&refused).await;
    assert!(text.contains("maximum of 1 open ticket"), "{text}");
    let messages = fake.interaction_messages(&refused);
    assert_eq!(messages[0]["data"]["flags"], 64, "ephemeral: {messages:?}");

    // Staff are exempt from the limit.
    open(&world, &g, g.owner).await;
    open(&world, &g, g.owner).await;

    // Blacklist: toggled by staff, refused everywhere, staff themselves cannot be listed.
    let listed = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "blacklist",
        json!([user_opt("user", b), opt("reason", "Abusive messages")]),
    )
    .await;
    assert!(
        listed.contains("is now blacklisted from opening tickets. Reason: Abusive messages"),
        "{listed}"
    );
    let text = run(&world, &g, g.channels[0], b, "open", json!([])).await;
    assert_eq!(
        text,
        "You are blacklisted from opening tickets in this server."
    );
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "blacklist",
        json!([user_opt("user", g.owner)]),
    )
    .await;
    assert_eq!(text, "Staff cannot be blacklisted.");
    let text = run(
        &world,
        &g,
        g.channels[0],
        a,
        "blacklist",
        json!([user_opt("user", b)]),
    )
    .await;
    assert_eq!(text, "Only support staff can do that.");
    let unlisted = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "blacklist",
        json!([user_opt("user", b)]),
    )
    .await;
    assert!(unlisted.contains("no longer blacklisted"), "{unlisted}");

    // Ticket commands outside a ticket.
    for command in ["close", "claim", "add"] {
        let options = if command == "add" {
            json!([user_opt("user", b)])
        } else {
            json!([])
        };
        let text = run(&world, &g, g.channels[0], g.owner, command, options).await;
        assert_eq!(
            text, "This is not a ticket channel. Run the command inside a ticket.",
            "/{command}"
        );
    }

    // The guild's 500-channel cap.
    fake.inject(Fault::new(
        "POST",
        &format!("/guilds/{}/channels", g.id),
        FaultKind::Discord(400, 30013, "Maximum number of guild channels reached (500)"),
    ));
    let text = run(&world, &g, g.channels[0], g.members[2], "open", json!([])).await;
    assert!(text.contains("limit of 500 channels"), "{text}");
    assert!(
        ticket_number(&world, g.id, 4).await.is_none(),
        "the refused open kept no number"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_bot_permissions_are_named() {
    let without_manage_roles = BOT_PERMISSIONS & !(1 << 28);
    let (world, g) =
        world_with_guild(GuildSpec::new("Weak bot").with_bot_permissions(without_manage_roles))
            .await;
    let text = run(&world, &g, g.channels[0], g.members[0], "open", json!([])).await;
    assert!(
        text.contains("missing Discord permissions") && text.contains("Manage Roles"),
        "{text}"
    );
    assert!(
        !text.contains("Manage Channels"),
        "only what is missing: {text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_welcome_message_rolls_the_open_back() {
    let (world, g) = world_with_guild(GuildSpec::new("Faults")).await;
    let fake = world.discord();
    fake.inject(Fault::new("POST", "/messages", FaultKind::Status(500)));
    let text = run(&world, &g, g.channels[0], g.members[0], "open", json!([])).await;
    assert!(
        text.contains("Discord had a problem") && text.contains("500"),
        "{text}"
    );
    assert!(
        fake.calls().iter().any(|c| c.method == "POST"
            && c.path.ends_with("/channels")
            && c.body["type"] == 0
            && c.status == 200),
        "the channel was created before the failure"
    );
    let deleted: Vec<_> = fake
        .calls()
        .into_iter()
        .filter(|c| c.method == "DELETE" && c.path.starts_with("/channels/"))
        .collect();
    assert_eq!(
        deleted.len(),
        1,
        "the half-made channel is deleted: {deleted:?}"
    );
    assert!(
        ticket_number(&world, g.id, 1).await.is_none(),
        "the number is given back"
    );
    // The next open works and takes number 1.
    let ch = open(&world, &g, g.members[0]).await;
    assert_eq!(fake.channel(ch).unwrap()["name"], "ticket-1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_two_concurrent_opens_get_consecutive_numbers_and_spill_over() {
    let (world, g) = world_with_guild(GuildSpec::new("Rush").with_members(52)).await;
    let fake = world.discord();
    let handles: Vec<_> = g
        .members
        .iter()
        .map(|m| fake.slash_command(g.id, g.channels[0], *m, "open", json!([])))
        .collect();
    let mut channels = Vec::new();
    for h in &handles {
        let text = fake.reply_text(h).await;
        assert!(text.starts_with("Ticket opened"), "{text}");
        channels.push(channel_in(&text));
    }
    let mut numbers = Vec::new();
    let mut parents = std::collections::BTreeMap::<String, usize>::new();
    for ch in &channels {
        numbers.push(ticket(&world, *ch).await.unwrap().number.get());
        let parent = fake.channel(*ch).unwrap()["parent_id"]
            .as_str()
            .unwrap()
            .to_owned();
        *parents
            .entry(
                fake.channel(parent.parse().unwrap()).unwrap()["name"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            )
            .or_default() += 1;
    }
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=52).collect::<Vec<u32>>());
    assert_eq!(parents.get("Tickets"), Some(&50), "{parents:?}");
    assert_eq!(parents.get("Tickets (overflow)"), Some(&2), "{parents:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thread_mode_opens_a_private_thread_staff_join_and_close_locks_it() {
    let (world, g) = world_with_guild(GuildSpec::new("Threads").with_text_channels(3)).await;
    let fake = world.discord();
    let notify = g.channels[2];
    let set = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub("use-threads", json!([{"type": 5, "name": "enabled", "value": true}, {"type": 7, "name": "notification_channel", "value": notify.to_string()}])),
    )
    .await;
    assert!(set.contains("private threads"), "{set}");
    let user = g.members[0];
    let thread = open(&world, &g, user).await;
    let json = fake.channel(thread).unwrap();
    assert_eq!(json["type"], 12, "a private thread");
    assert_eq!(
        json["parent_id"].as_str().unwrap(),
        g.channels[0].to_string()
    );
    fake.wait_for_call("PUT", &format!("/channels/{thread}/thread-members/{user}"))
        .await;
    let ticket_row = ticket(&world, thread).await.unwrap();
    assert!(ticket_row.is_thread);

    // Staff get a notification with a Join button.
    let join_id = format!("tb:join:{}", ticket_row.id.get());
    let member = g.members[1];
    let refused = click(&world, &g, notify, member, &join_id);
    assert_eq!(
        fake.reply_text(&refused).await,
        "Only support staff can do that."
    );
    let joined = click(&world, &g, notify, g.owner, &join_id);
    assert!(fake.reply_text(&joined).await.contains("You joined"));
    fake.wait_for_call(
        "PUT",
        &format!("/channels/{thread}/thread-members/{}", g.owner),
    )
    .await;

    // Closing archives and locks the thread instead of deleting it; /reopen opens it again.
    let closed = run(&world, &g, thread, user, "close", json!([])).await;
    assert!(closed.contains("being closed"), "{closed}");
    fake.wait_for("the thread to be locked", || {
        let t = fake.channel(thread)?;
        (t["thread_metadata"]["locked"] == true || t["locked"] == true).then_some(())
    })
    .await;
    support::eventually_state(&world, thread, TicketState::Closed).await;
    let reopened = run(
        &world,
        &g,
        g.channels[0],
        user,
        "reopen",
        json!([{"type": 4, "name": "ticket", "value": 1}]),
    )
    .await;
    assert!(reopened.contains("open again"), "{reopened}");
    assert_eq!(
        ticket(&world, thread).await.unwrap().state,
        TicketState::Open
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_ticket_from_a_message_links_it_and_adds_its_author() {
    let (world, g) = world_with_guild(GuildSpec::new("Context")).await;
    let fake = world.discord();
    let author = g.members[1];
    let message = fake.post_message(g.channels[0], author, "my order never arrived");
    let handle = fake.message_command(g.id, g.channels[0], g.members[0], "Start ticket", message);
    let text = fake.reply_text(&handle).await;
    let ch = channel_in(&text);
    let channel = fake.channel(ch).unwrap();
    assert!(
        overwrite(&channel, author).is_some(),
        "the message's author is added"
    );
    let welcome = &fake.messages(ch)[0];
    let linked = welcome["embeds"][0]["fields"].to_string();
    assert!(linked.contains(&format!("/{message}")), "{linked}");
}

/// "Open ticket for user": staff open a ticket whose opener is the member, checked as the
/// member (their limit, the blacklist), and are added to it; members cannot use it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_open_a_ticket_for_a_member_from_the_context_menu() {
    let (world, g) = world_with_guild(
        GuildSpec::new("For user")
            .with_role("Helpers", 0)
            .with_members(3),
    )
    .await;
    add_support_role(&world, &g, g.roles[1]).await;
    let fake = world.discord();
    let (helper, member, other) = (g.members[0], g.members[1], g.members[2]);
    fake.set_member_roles(g.id, helper, &[g.roles[1]]);
    let refused = fake.user_command(g.id, g.channels[0], other, "Open ticket for user", member);
    assert_eq!(
        fake.reply_text(&refused).await,
        "Only support staff can do that."
    );
    let opened = fake.user_command(g.id, g.channels[0], helper, "Open ticket for user", member);
    let text = fake.reply_text(&opened).await;
    assert!(
        text.starts_with(&format!("Ticket opened for <@{member}>: <#")),
        "{text}"
    );
    let ch = channel_in(&text);
    let t = ticket(&world, ch).await.unwrap();
    assert_eq!(t.opener.get(), member, "the member is the opener");
    let channel = fake.channel(ch).unwrap();
    assert!(overwrite(&channel, member).is_some(), "the member sees it");
    assert!(
        overwrite(&channel, helper).is_some(),
        "the staff member is added"
    );
    // The member's own limit (one open ticket here) applies, said as theirs.
    let limit = json!([{"type": 4, "name": "limit", "value": 1}]);
    support::setup(&world, &g, "limit", limit).await;
    let again = fake.user_command(g.id, g.channels[0], helper, "Open ticket for user", member);
    let said = fake.reply_text(&again).await;
    assert!(
        said.starts_with(&format!("For <@{member}>: You already have")),
        "{said}"
    );
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "blacklist",
        json!([user_opt("user", other)]),
    )
    .await;
    let blacklisted = fake.user_command(g.id, g.channels[0], helper, "Open ticket for user", other);
    assert_eq!(
        plain_commands(&fake.reply_text(&blacklisted).await),
        format!(
            "<@{other}> is blacklisted from opening tickets in this server (/blacklist to change that)."
        )
    );
}
