//! Settings and panel options end to end: panel edit, disable, per-panel limit and cooldown,
//! delete; naming and welcome settings; close without confirmation; closed DMs; a double click.

use crate::support::*;
use serde_json::json;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn panel_edit_disable_limit_cooldown_and_delete() {
    let (world, g) = world_with_guild(GuildSpec::new("Panel rules").with_members(4)).await;
    let fake = world.discord();
    let admin = |cmd: &'static str, options: serde_json::Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, "panel", sub(cmd, options)).await }
    };
    assert!(admin("create", json!([opt("title", "Help"), {"type": 4, "name": "limit", "value": 1}, {"type": 4, "name": "cooldown_minutes", "value": 10}])).await.contains("created"));
    admin("send", json!([opt("title", "Help")])).await;
    let button = panel_button_id(&world, g.channels[0]);
    let user = g.members[0];

    let first = click(&world, &g, g.channels[0], user, &button);
    let ch = channel_in(&fake.reply_text(&first).await);
    let second = click(&world, &g, g.channels[0], user, &button);
    assert_eq!(
        fake.reply_text(&second).await,
        "You already have 1 open ticket from this panel, its limit."
    );
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    gone(&world, ch).await;
    let cooled = click(&world, &g, g.channels[0], user, &button);
    let text = fake.reply_text(&cooled).await;
    assert!(
        text.starts_with("You opened a ticket from this panel recently. You can open another <t:"),
        "{text}"
    );

    let edited = admin("edit", json!([opt("title", "help"), opt("new_title", "Support"), {"type": 5, "name": "disabled", "value": true}])).await;
    assert!(edited.contains("Panel **Support** saved"), "{edited}");
    let disabled = click(&world, &g, g.channels[0], g.members[1], &button);
    assert_eq!(
        fake.reply_text(&disabled).await,
        "This panel is disabled: it does not open tickets right now."
    );
    admin("send", json!([opt("title", "Support")])).await;
    let resent = fake
        .messages(g.channels[0])
        .into_iter()
        .rev()
        .find(|m| m["embeds"][0]["title"] == "Support")
        .expect("the edited panel was sent");
    assert_eq!(resent["components"][0]["components"][0]["disabled"], true);

    let deleted = admin("delete", json!([opt("title", "Support")])).await;
    assert!(deleted.contains("deleted"), "{deleted}");
    let stale = click(&world, &g, g.channels[0], g.members[2], &button);
    assert!(
        fake.reply_text(&stale)
            .await
            .starts_with("This panel no longer exists")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn naming_and_welcome_settings_apply_to_new_tickets() {
    let (world, g) = world_with_guild(GuildSpec::new("Acme Corp")).await;
    let fake = world.discord();
    let text = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub("naming", json!([opt("scheme", "%username%")])),
    )
    .await;
    assert!(
        text.contains("%id%"),
        "a scheme without the number is refused: {text}"
    );
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "naming",
            json!([opt("scheme", "Help %username% %id_padded%")]),
        ),
    )
    .await;
    run(&world, &g, g.channels[0], g.owner, "setup", sub("welcome", json!([opt("message", "Hi %username%, this is ticket %ticket_id% of %server% (%user_open_tickets%/%ticket_limit%).")]))).await;
    let ch = open(&world, &g, g.members[0]).await;
    assert_eq!(fake.channel(ch).unwrap()["name"], "help-member0-0001");
    let embed = &fake.messages(ch)[0]["embeds"][0];
    assert_eq!(
        embed["description"],
        "Hi member0, this is ticket 1 of Acme Corp (1/5)."
    );
    let shown = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub("show", json!([])),
    )
    .await;
    assert!(
        shown.contains("Naming: `Help %username% %id_padded%`"),
        "{shown}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_without_confirmation_and_with_dms_closed() {
    let (world, g) = world_with_guild(GuildSpec::new("Quick close")).await;
    let fake = world.discord();
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "close-confirmation",
            json!([{"type": 5, "name": "enabled", "value": false}]),
        ),
    )
    .await;
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    fake.inject(Fault::new(
        "POST",
        "/users/@me/channels",
        FaultKind::Discord(403, 50007, "Cannot send messages to this user"),
    ));
    let closed = click(&world, &g, ch, user, "tb:close");
    assert!(
        fake.reply_text(&closed).await.contains("being closed"),
        "no confirmation step"
    );
    gone(&world, ch).await;
    eventually_state(&world, ch, TicketState::Closed).await;
    // Closed DMs are not an error: the close job completes rather than retrying or failing.
    let db = world.core.db.clone();
    ticketbox::testkit::eventually("the close job done", || {
        let db = db.clone();
        async move { (ticketbox::store::jobs::counts(&db).await.unwrap() == (0, 0)).then_some(()) }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_double_click_opens_one_ticket() {
    let (world, g) = world_with_guild(GuildSpec::new("Double")).await;
    let fake = world.discord();
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub("create", json!([opt("title", "Help")])),
    )
    .await;
    let button = send_panel(&world, &g, "Help").await;
    let user = g.members[0];
    // A slow channel create keeps the first open in flight while the second click arrives.
    fake.inject(
        Fault::new(
            "POST",
            &format!("/guilds/{}/channels", g.id),
            FaultKind::Slow(std::time::Duration::from_millis(300)),
        )
        .times(2),
    );
    let a = click(&world, &g, g.channels[0], user, &button);
    let b = click(&world, &g, g.channels[0], user, &button);
    let texts = [fake.reply_text(&a).await, fake.reply_text(&b).await];
    let opened = texts
        .iter()
        .filter(|t| t.starts_with("Ticket opened"))
        .count();
    let refused = texts
        .iter()
        .filter(|t| *t == "Your ticket is already being opened. It will appear in a moment.")
        .count();
    assert_eq!((opened, refused), (1, 1), "{texts:?}");
    assert!(
        ticket_number(&world, g.id, 2).await.is_none(),
        "one number taken"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn listing_and_deleting_tags_forms_multi_panels_and_support() {
    let (world, g) = world_with_guild(GuildSpec::new("Housekeeping")).await;
    let fake = world.discord();
    let staff = |cmd: &'static str, options: serde_json::Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, cmd, options).await }
    };
    for name in ["refund", "rules", "hello"] {
        staff(
            "managetags",
            sub("add", json!([opt("name", name), opt("content", "text")])),
        )
        .await;
    }
    // Autocomplete offers the tags starting with what was typed.
    let typed = fake.autocomplete(
        g.id,
        g.channels[0],
        g.owner,
        "tag",
        json!([{"type": 3, "name": "name", "value": "r", "focused": true}]),
    );
    let choices = fake.interaction_response(&typed).await;
    assert_eq!(choices["type"], 8, "{choices}");
    let names: Vec<&str> = choices["data"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["refund", "rules"]);
    assert_eq!(
        staff("managetags", sub("delete", json!([opt("name", "rules")]))).await,
        "Tag `rules` deleted."
    );
    assert_eq!(
        staff("managetags", sub("delete", json!([opt("name", "rules")]))).await,
        "There is no tag called \"rules\"."
    );
    assert_eq!(
        staff("managetags", sub("list", json!([]))).await,
        "`hello`, `refund`"
    );

    staff("form", sub("create", json!([opt("title", "Intake")]))).await;
    staff(
        "form",
        sub(
            "add-input",
            json!([opt("form", "Intake"), opt("label", "Name")]),
        ),
    )
    .await;
    assert_eq!(
        staff("form", sub("list", json!([]))).await,
        "**Intake**\n  • Name (text)"
    );
    assert_eq!(
        staff("form", sub("delete", json!([opt("form", "nope")]))).await,
        "There is no form called \"nope\"."
    );
    assert!(
        staff("form", sub("delete", json!([opt("form", "intake")])))
            .await
            .contains("deleted")
    );
    assert!(
        staff("form", sub("list", json!([])))
            .await
            .starts_with("No forms yet")
    );

    for title in ["A", "B"] {
        staff("panel", sub("create", json!([opt("title", title)]))).await;
    }
    staff(
        "multipanel",
        sub(
            "create",
            json!([opt("title", "Desk"), opt("panels", "A, B")]),
        ),
    )
    .await;
    assert_eq!(
        staff("multipanel", sub("list", json!([]))).await,
        "**Desk**"
    );
    assert!(
        staff("multipanel", sub("delete", json!([opt("title", "desk")])))
            .await
            .contains("deleted")
    );
    assert!(
        staff("multipanel", sub("list", json!([])))
            .await
            .starts_with("No multi-panels yet")
    );

    let member = g.members[0];
    assert!(
        staff("addsupport", json!([user_opt("user", member)]))
            .await
            .contains("is now support staff")
    );
    assert_eq!(
        run(&world, &g, g.channels[0], member, "viewstaff", json!([]))
            .await
            .lines()
            .count(),
        2
    );
    assert_eq!(
        staff("removesupport", json!([user_opt("user", member)])).await,
        format!("<@{member}> is no longer support staff.")
    );
    assert_eq!(
        run(&world, &g, g.channels[0], member, "viewstaff", json!([])).await,
        "Only support staff can do that."
    );
}

/// @everyone and a bot's managed role cannot become staff, a panel's team or a blacklist entry:
/// they would stand for the whole server or a bot.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everyone_and_bot_roles_are_refused_as_staff_teams_and_blacklist() {
    let (world, g) = world_with_guild(GuildSpec::new("Roles")).await;
    let as_owner = |name: &'static str, options: serde_json::Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, name, options).await }
    };
    for role in [g.everyone_role, g.bot_role] {
        for command in ["addsupport", "addadmin", "blacklist"] {
            let reply = as_owner(command, json!([role_opt("role", role)])).await;
            assert!(
                reply.contains("cannot be used here"),
                "{command} {role}: {reply}"
            );
        }
        let reply = as_owner(
            "panel",
            sub(
                "create",
                json!([opt("title", "P"), role_opt("support_role", role)]),
            ),
        )
        .await;
        assert!(
            reply.contains("cannot be used here"),
            "panel team {role}: {reply}"
        );
    }
    let facts =
        ticketbox::store::staff::access_facts(&world.core.db, ticketbox::ids::GuildId::new(g.id))
            .await
            .unwrap();
    assert!(facts.staff.is_empty() && facts.blacklist.is_empty() && facts.team_members.is_empty());
    let normal = as_owner("addsupport", json!([role_opt("role", g.roles[0])])).await;
    assert!(normal.contains("is now support staff"), "{normal}");
}

/// Caps on open tickets: the server's (`/setup limit server_total:`) and a panel's
/// (`open_cap:`) count everyone's tickets; staff are exempt; 0 removes a cap.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_and_panel_caps_count_everyones_open_tickets() {
    let (world, g) = world_with_guild(GuildSpec::new("Capped").with_members(5)).await;
    let m = g.members.clone();
    let owner = |command: &'static str, options: serde_json::Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, command, options).await }
    };
    let refused = owner("setup", sub("limit", json!([]))).await;
    assert!(refused.contains("Give `limit`"), "{refused}");
    let bad = owner(
        "setup",
        sub(
            "limit",
            json!([{"type": 4, "name": "server_total", "value": 20000}]),
        ),
    )
    .await;
    assert!(bad.contains("between 1 and 10000"), "{bad}");
    let set = owner(
        "setup",
        sub(
            "limit",
            json!([{"type": 4, "name": "server_total", "value": 2}]),
        ),
    )
    .await;
    assert!(set.contains("at most 2 open tickets in all"), "{set}");
    open(&world, &g, m[0]).await;
    open(&world, &g, m[1]).await;
    let full = run(&world, &g, g.channels[0], m[2], "open", json!([])).await;
    assert_eq!(
        full,
        "This server has reached its limit of 2 open tickets. Please try again once staff have closed some."
    );
    open(&world, &g, g.owner).await;
    let shown = owner("setup", sub("show", json!([]))).await;
    assert!(shown.contains("Open tickets in all: at most 2"), "{shown}");
    let removed = owner(
        "setup",
        sub(
            "limit",
            json!([{"type": 4, "name": "server_total", "value": 0}]),
        ),
    )
    .await;
    assert!(removed.contains("no cap"), "{removed}");

    // A panel's cap: one open ticket from it, whoever opened it.
    let created = owner(
        "panel",
        sub(
            "create",
            json!([opt("title", "Small"), {"type": 4, "name": "open_cap", "value": 1}]),
        ),
    )
    .await;
    assert!(created.contains("created"), "{created}");
    let button = send_panel(&world, &g, "Small").await;
    let first = click(&world, &g, g.channels[0], m[2], &button);
    assert!(
        world
            .discord()
            .reply_text(&first)
            .await
            .starts_with("Ticket opened"),
    );
    let second = click(&world, &g, g.channels[0], m[3], &button);
    assert_eq!(
        world.discord().reply_text(&second).await,
        "This panel has reached its limit of 1 open ticket. Please try again once staff have closed some."
    );
    // Without the cap the same member opens.
    let edited = owner(
        "panel",
        sub(
            "edit",
            json!([opt("title", "Small"), {"type": 4, "name": "open_cap", "value": 0}]),
        ),
    )
    .await;
    assert!(edited.contains("saved"), "{edited}");
    let third = click(&world, &g, g.channels[0], m[3], &button);
    assert!(
        world
            .discord()
            .reply_text(&third)
            .await
            .starts_with("Ticket opened"),
    );
}

/// TicketsBot's switches hiding the welcome message's buttons; with all hidden the message has
/// no component row (Discord refuses an empty one) and the commands still work.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn welcome_buttons_can_be_hidden() {
    let (world, g) = world_with_guild(GuildSpec::new("Buttons").with_members(3)).await;
    let owner = |options: serde_json::Value| {
        let (world, g) = (&world, &g);
        async move { run(world, g, g.channels[0], g.owner, "setup", options).await }
    };
    let set = owner(sub(
        "buttons",
        json!([
            {"type": 5, "name": "claim", "value": false},
            {"type": 5, "name": "close_with_reason", "value": false}
        ]),
    ))
    .await;
    assert_eq!(set, "New tickets show: Close.");
    let ch = open(&world, &g, g.members[0]).await;
    let ids: Vec<String> = world.discord().messages(ch)[0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|row| row["components"].as_array().unwrap().clone())
        .map(|b| b["custom_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["tb:close"]);

    let none = owner(sub(
        "buttons",
        json!([{"type": 5, "name": "close", "value": false}]),
    ))
    .await;
    assert!(none.contains("no buttons"), "{none}");
    let bare = open(&world, &g, g.members[1]).await;
    let welcome = &world.discord().messages(bare)[0];
    assert!(
        welcome["components"].as_array().is_none_or(Vec::is_empty),
        "no empty action row: {welcome}"
    );
    let shown = owner(sub("show", json!([]))).await;
    assert!(shown.contains("Buttons: no buttons"), "{shown}");
    let claimed = run(&world, &g, bare, g.owner, "claim", json!([])).await;
    assert!(
        claimed.contains("will be handled by"),
        "/claim still works: {claimed}"
    );
}

/// A panel set to mention @here: the welcome message says it and lets Discord notify it (the
/// allowed mentions parse "everyone"); other panels never do.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panel_can_mention_here_in_its_welcome_message() {
    let (world, g) = world_with_guild(GuildSpec::new("Here").with_members(3)).await;
    let created = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "create",
            json!([opt("title", "Urgent"), {"type": 5, "name": "mention_here", "value": true}]),
        ),
    )
    .await;
    assert!(created.contains("created"), "{created}");
    let button = send_panel(&world, &g, "Urgent").await;
    let clicked = click(&world, &g, g.channels[0], g.members[0], &button);
    let ch = channel_in(&world.discord().reply_text(&clicked).await);
    let sent = |ch: u64| {
        world
            .discord()
            .calls()
            .into_iter()
            .find(|c| c.method == "POST" && c.path == format!("/channels/{ch}/messages"))
            .expect("the welcome message")
            .body
    };
    let welcome = sent(ch);
    assert!(
        welcome["content"].as_str().unwrap().ends_with("@here"),
        "{welcome}"
    );
    assert_eq!(welcome["allowed_mentions"]["parse"], json!(["everyone"]));
    let plain = open(&world, &g, g.members[1]).await;
    let welcome = sent(plain);
    assert!(!welcome["content"].as_str().unwrap().contains("@here"));
    assert!(
        !welcome["allowed_mentions"].to_string().contains("everyone"),
        "{welcome}"
    );
}

/// Thread mode's archive time: the thread is created with it, /setup show names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thread_tickets_use_the_servers_archive_time() {
    let (world, g) = world_with_guild(GuildSpec::new("Threads").with_members(2)).await;
    let set = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "use-threads",
            json!([
                {"type": 5, "name": "enabled", "value": true},
                {"type": 7, "name": "notification_channel", "value": g.channels[1].to_string()},
                // poise registers inline choices as integers (their index): "24h" is 1.
                {"type": 4, "name": "archive_after", "value": 1}
            ]),
        ),
    )
    .await;
    assert!(set.ends_with("archived after 24h."), "{set}");
    let thread = open(&world, &g, g.members[0]).await;
    let created = world.discord().channel(thread).unwrap();
    assert_eq!(
        created["thread_metadata"]["auto_archive_duration"], 1440,
        "{created}"
    );
    let shown = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub("show", json!([])),
    )
    .await;
    assert!(shown.contains("Archive after: 24h"), "{shown}");
}
