//! A panel's own log channel, and the Start ticket message menu's settings (who may use it,
//! adding the message's author, the panel its tickets use), end to end.

use serde_json::{Value, json};

use crate::support::*;
use ticketbox::ids::GuildId;
use ticketbox::store::panels;
use ticketbox::store::tickets::TicketState;

fn closed_logs(world: &ticketbox::testkit::TestWorld, channel: u64) -> Vec<Value> {
    world
        .discord()
        .messages(channel)
        .into_iter()
        .filter(|m| {
            m["embeds"][0]["title"]
                .as_str()
                .is_some_and(|t| t.ends_with("closed"))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panels_log_channel_and_the_start_ticket_settings() {
    let (world, g) = staffed_clock_world("Panel log", 3).await;
    let fake = world.discord();
    let (staff, author, member) = (g.members[0], g.members[1], g.members[2]);
    let (panel_log, server_log) = (g.channels[1], g.channels[2]);
    create_panel(&world, &g, "Orders", g.roles[1]).await;
    let said = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "log",
            json!([opt("title", "Orders"), {"type": 7, "name": "channel", "value": panel_log.to_string()}]),
        ),
    )
    .await;
    assert_eq!(
        said,
        format!("Closed tickets from **Orders** are logged in <#{panel_log}>.")
    );

    // A ticket from the panel is logged in the panel's channel; one from /open in the server's.
    let button = send_panel(&world, &g, "Orders").await;
    let from_panel = channel_in(
        &fake
            .reply_text(&click(&world, &g, g.channels[0], member, &button))
            .await,
    );
    let plain = open(&world, &g, author).await;
    for ch in [from_panel, plain] {
        let number = ticket(&world, ch).await.unwrap().number.get();
        run(&world, &g, ch, staff, "close", json!([])).await;
        eventually_number_state(&world, g.id, number, TicketState::Closed).await;
    }
    assert_eq!(
        closed_logs(&world, panel_log).len(),
        1,
        "the panel's ticket"
    );
    assert_eq!(closed_logs(&world, server_log).len(), 1, "the /open ticket");

    // Start ticket: support staff only, the author not added, opened from the panel.
    let message = fake.post_message(g.channels[0], author, "my order never arrived");
    let set = setup(
        &world,
        &g,
        "start-ticket",
        json!([
            {"type": 4, "name": "level", "value": 1},
            {"type": 5, "name": "add_author", "value": false},
            opt("panel", "Orders")
        ]),
    )
    .await;
    assert_eq!(
        set,
        "Start ticket: used by support staff, does not add the message's author, panel **Orders**."
    );
    let refused = fake.message_command(g.id, g.channels[0], member, "Start ticket", message);
    assert_eq!(
        fake.reply_text(&refused).await,
        "Only support staff can do that."
    );
    let started = fake.message_command(g.id, g.channels[0], staff, "Start ticket", message);
    let ch = channel_in(&fake.reply_text(&started).await);
    let t = ticket(&world, ch).await.unwrap();
    let orders = panels::by_title(&world.core.db, GuildId::new(g.id), "Orders".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(t.panel, Some(orders.id), "opened from the chosen panel");
    assert!(
        overwrite(&fake.channel(ch).unwrap(), author).is_none(),
        "the author is not added"
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
        shown.contains("Start ticket: used by support staff"),
        "{shown}"
    );
}
