//! TicketsBot's switches end to end: `/open` for members off (panels only, staff still may),
//! transcripts not kept (the ticket closes and is logged, saying so, with no transcript link),
//! both on the dashboard too; every configuring slash command lands in the audit log.

use serde_json::json;

use crate::support::*;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::GuildSpec;

fn enabled(on: bool) -> serde_json::Value {
    json!([{"type": 5, "name": "enabled", "value": on}])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_command_and_transcript_switches_and_their_audit() {
    let a = Admin::new(GuildSpec::new("Switches").with_text_channels(3)).await;
    let (world, g) = (&a.world, &a.g);
    let fake = world.discord();
    let member = g.members[0];
    let setup = |name: &'static str, on: bool| async move {
        run(
            world,
            g,
            g.channels[0],
            g.owner,
            "setup",
            sub(name, enabled(on)),
        )
        .await
    };
    assert_eq!(
        plain_commands(&setup("open-command", false).await),
        "Members open tickets from panels only; staff may still use /open."
    );
    let refused = run(world, g, g.channels[0], member, "open", json!([])).await;
    assert_eq!(
        refused,
        "This server opens tickets from its panels only: use a panel's button to open one."
    );
    assert!(
        run(world, g, g.channels[0], g.owner, "open", json!([]))
            .await
            .starts_with("Ticket opened"),
        "staff may"
    );
    setup("open-command", true).await;

    set_log_channel(world, g, g.channels[2]).await;
    assert!(
        setup("store-transcripts", false)
            .await
            .starts_with("Transcripts are no longer kept")
    );
    let shown = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "setup",
        sub("show", json!([])),
    )
    .await;
    assert!(
        shown.contains("Transcripts kept: no") && shown.contains("/open for members: yes"),
        "{shown}"
    );
    let ch = open(world, g, member).await;
    fake.post_message(ch, member, "my words, not to be kept");
    let number = ticket(world, ch).await.unwrap().number.get();
    run(world, g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(world, g.id, number, TicketState::Closed).await;
    let t = ticket_number(world, g.id, number).await.unwrap();
    assert!(
        !ticketbox::store::transcripts::has_transcript(&world.core.db, t.id)
            .await
            .unwrap(),
        "no transcript kept"
    );
    let log = fake
        .messages(g.channels[2])
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == format!("Ticket #{number} closed"))
        .expect("the close is logged");
    assert!(
        log["embeds"][0]["fields"]
            .to_string()
            .contains("Not kept: this server does not store transcripts.")
    );
    assert!(
        log["components"].as_array().is_none_or(Vec::is_empty),
        "no transcript link: {log}"
    );
    let (status, _) = web_page(world, &format!("/transcripts/{}/{number}", g.id), &a.cookie).await;
    assert_eq!(status, 404);

    // The audit log holds each configuring command with what was run; listings are left out.
    assert_eq!(a.audited("command.setup.open-command").await, 2);
    assert_eq!(a.audited("command.setup.store-transcripts").await, 1);
    assert_eq!(a.audited("command.setup.show").await, 0);
    let (_, audit) = a.get("/audit").await;
    assert!(
        audit.contains("/setup store-transcripts enabled:false"),
        "{audit}"
    );
}

/// Ticket permissions: what the opener and support staff may do in ticket channels, turned
/// off with `/setup permissions` and denied in the new channel's overwrites.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ticket_permissions_turned_off_are_denied_in_new_tickets() {
    let (world, g) = world_with_guild(GuildSpec::new("Perms").with_role("Helpers", 0)).await;
    add_support_role(&world, &g, g.roles[1]).await;
    let set = |options: serde_json::Value| {
        let (world, g) = (&world, &g);
        async move {
            run(
                world,
                g,
                g.channels[0],
                g.owner,
                "setup",
                sub("permissions", options),
            )
            .await
        }
    };
    let said = set(json!([
        {"type": 4, "name": "who", "value": 0},
        {"type": 5, "name": "attach_files", "value": false},
        {"type": 5, "name": "voice_messages", "value": false}
    ]))
    .await;
    assert_eq!(
        said,
        "Openers in new ticket channels: no attach files, no send voice messages. (Thread tickets follow the channel they are in.)"
    );
    set(json!([{"type": 4, "name": "who", "value": 1}, {"type": 5, "name": "add_reactions", "value": false}])).await;
    let opener = g.members[0];
    let ch = open(&world, &g, opener).await;
    let channel = world.discord().channel(ch).unwrap();
    let (allow, deny) = overwrite(&channel, opener).expect("the opener's overwrite");
    let (attach, voice, reactions, send) = (1 << 15, 1 << 46, 1 << 6, 1 << 11);
    assert_eq!(deny & (attach | voice), attach | voice, "denied: {deny:b}");
    assert_eq!(allow & attach, 0);
    assert_ne!(allow & send, 0, "writing stays");
    let (_, support_deny) = overwrite(&channel, g.roles[1]).expect("the support role's overwrite");
    assert_eq!(support_deny & reactions, reactions);
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
        shown.contains("Openers: no attach files, no send voice messages"),
        "{shown}"
    );
    assert!(shown.contains("Support staff: no add reactions"), "{shown}");
    // Back on.
    set(json!([{"type": 4, "name": "who", "value": 0}, {"type": 5, "name": "attach_files", "value": true}, {"type": 5, "name": "voice_messages", "value": true}])).await;
    let ch = open(&world, &g, g.members[1]).await;
    let (_, deny) = overwrite(&world.discord().channel(ch).unwrap(), g.members[1]).unwrap();
    assert_eq!(deny, 0);
}
