//! Edge cases end to end: a channel deleted by hand, a close retried after Discord errors (no
//! duplicate log), an admin restarting a stalled close, @everyone and roles in /add, titles
//! unique regardless of case, and a panel team that stops being support with its panel.

use crate::support::*;
use serde_json::json;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ticket_channel_deleted_by_hand_closes_the_ticket() {
    let (world, g) = world_with_guild(GuildSpec::new("Manual")).await;
    let ch = open(&world, &g, g.members[0]).await;
    world.discord().delete_channel(ch);
    eventually_state(&world, ch, TicketState::Closed).await;
    let t = ticket(&world, ch).await.unwrap();
    let info = ticketbox::store::tickets::close_info(&world.core.db, t.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        info.reason.as_deref(),
        Some("The ticket's channel was deleted")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retried_close_posts_its_log_once_and_an_admin_can_restart_a_stalled_close() {
    let (world, g) = world_with_guild(GuildSpec::new("Retry").with_text_channels(3)).await;
    let fake = world.discord();
    let log = g.channels[2];
    set_log_channel(&world, &g, log).await;
    let ch = open(&world, &g, g.members[0]).await;
    fake.inject(Fault::new("DELETE", &format!("/channels/{ch}"), FaultKind::Status(503)).times(2));
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    // Retries come after back-off; bring them forward as time would (the runner polls every
    // two seconds).
    for _ in 0..150 {
        if fake.channel(ch).is_none() {
            break;
        }
        world
            .core
            .db
            .write(|tx| {
                Ok(tx.execute(
                    "UPDATE jobs SET next_run_at = 0 WHERE state = 'pending'",
                    [],
                )?)
            })
            .await
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let attempts = fake
        .calls()
        .iter()
        .filter(|c| c.method == "DELETE" && c.path == format!("/channels/{ch}"))
        .count();
    assert_eq!(attempts, 3, "two refused deletes, then one that worked");
    gone(&world, ch).await;
    eventually_state(&world, ch, TicketState::Closed).await;
    let logged = fake
        .messages(log)
        .iter()
        .filter(|m| m["embeds"][0]["title"] == "Ticket #1 closed")
        .count();
    assert_eq!(logged, 1, "the log embed is posted once across retries");
    let dms = fake
        .calls()
        .iter()
        .filter(|c| c.path == "/users/@me/channels")
        .count();
    assert_eq!(dms, 1, "the opener is messaged once");

    // A close whose job gave up: an admin's /close in the ticket starts it again.
    let ch = open(&world, &g, g.members[1]).await;
    fake.inject(Fault::new(
        "DELETE",
        &format!("/channels/{ch}"),
        FaultKind::Status(503),
    ));
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    fake.wait_for_call("DELETE", &format!("/channels/{ch}"))
        .await;
    world.core.db.write(|tx| Ok(tx.execute("UPDATE jobs SET state = 'failed', dedupe_key = NULL WHERE state IN ('pending', 'running')", [])?)).await.unwrap();
    let text = run(&world, &g, ch, g.members[1], "close", json!([])).await;
    assert_eq!(
        text, "This ticket is already closing.",
        "members cannot restart it"
    );
    let text = run(&world, &g, ch, g.owner, "close", json!([])).await;
    assert_eq!(text, "Closing this ticket had stalled; trying again now.");
    gone(&world, ch).await;
    eventually_state(&world, ch, TicketState::Closed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everyone_and_roles_in_add() {
    let (world, g) = world_with_guild(GuildSpec::new("Add rules")).await;
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    let text = run(
        &world,
        &g,
        ch,
        user,
        "add",
        json!([role_opt("role", g.everyone_role)]),
    )
    .await;
    assert_eq!(
        text,
        "@everyone cannot be added to a ticket: that would show it to the whole server."
    );
    let text = run(
        &world,
        &g,
        ch,
        user,
        "add",
        json!([role_opt("role", g.roles[0])]),
    )
    .await;
    assert_eq!(
        text,
        "Only staff can add roles to a ticket; add members one by one."
    );
    let (_, deny) = overwrite(&world.discord().channel(ch).unwrap(), g.everyone_role).unwrap();
    assert_ne!(deny & VIEW, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn titles_are_unique_whatever_the_case_and_teams_end_with_their_panel() {
    let (world, g) = world_with_guild(GuildSpec::new("Titles").with_role("Trial", 0)).await;
    let fake = world.discord();
    let trial = g.roles[1];
    let created = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "create",
            json!([opt("title", "Billing"), role_opt("support_role", trial)]),
        ),
    )
    .await;
    assert!(created.contains("created"), "{created}");
    let again = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub("create", json!([opt("title", "billing")])),
    )
    .await;
    assert_eq!(again, "A panel called \"billing\" already exists.");
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "form",
        sub("create", json!([opt("title", "Intake")])),
    )
    .await;
    let again = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "form",
        sub("create", json!([opt("title", "INTAKE")])),
    )
    .await;
    assert_eq!(again, "A form called \"INTAKE\" already exists.");

    let member = g.members[0];
    fake.set_member_roles(g.id, member, &[trial]);
    wait_member_roles(&world, g.id, member, &[trial]).await;
    let staff = run(&world, &g, g.channels[0], member, "viewstaff", json!([])).await;
    assert!(
        staff.starts_with("No staff configured"),
        "the team role is support: {staff}"
    );
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub("delete", json!([opt("title", "Billing")])),
    )
    .await;
    let staff = run(&world, &g, g.channels[0], member, "viewstaff", json!([])).await;
    assert_eq!(
        staff, "Only support staff can do that.",
        "the team ended with its panel"
    );
}
