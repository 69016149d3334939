//! The awaiting-response category through the fake Discord on the test clock: staff write, the
//! ticket channel moves there; the opener writes, it moves back; moves are at most one per
//! ticket per ten minutes with the last state winning; the channel keeps its own overwrites; a
//! 429 is retried; a full category spills into the overflow category.

use std::time::Duration;

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::ids::ChannelId;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildHandle};
use ticketbox::testkit::{TestWorld, eventually};

fn parent(world: &TestWorld, channel: u64) -> Option<u64> {
    world.discord().channel(channel)?["parent_id"]
        .as_str()
        .and_then(|p| p.parse().ok())
}

/// The channel's parent once it is `want`.
async fn moves_to(world: &TestWorld, channel: u64, want: u64) {
    eventually("the ticket channel to move", || async {
        (parent(world, channel) == Some(want)).then_some(())
    })
    .await;
}

fn moves(world: &TestWorld, channel: u64) -> usize {
    let path = format!("/channels/{channel}");
    world
        .discord()
        .calls()
        .iter()
        .filter(|c| c.method == "PATCH" && c.path == path && c.body.get("parent_id").is_some())
        .filter(|c| c.status < 300)
        .count()
}

async fn cached(world: &TestWorld, channel: u64) {
    let cache = world.core.cache.clone();
    eventually("the category in the cache", || {
        let cache = cache.clone();
        async move {
            cache
                .read(move |r| r.channel_by_id(ChannelId::new(channel)))
                .await
                .ok()
                .flatten()
        }
    })
    .await;
}

/// Lets the bot's activity writer and job runner act on what just happened.
async fn settle(world: &TestWorld) {
    tokio::time::sleep(Duration::from_millis(600)).await;
    world.clock().advance(Duration::from_millis(1));
    tokio::time::sleep(Duration::from_millis(200)).await;
}

async fn panel_with_awaiting(world: &TestWorld, g: &GuildHandle, category: u64) -> String {
    create_panel(world, g, "Support", g.roles[1]).await;
    let set = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "edit",
            json!([opt("title", "Support"), {"type": 7, "name": "awaiting_category", "value": category.to_string()}]),
        ),
    )
    .await;
    assert!(set.contains("saved"), "{set}");
    send_panel(world, g, "Support").await
}

fn open_from(
    world: &TestWorld,
    g: &GuildHandle,
    button: &str,
    opener: u64,
) -> impl std::future::Future<Output = u64> {
    let clicked = click(world, g, g.channels[0], opener, button);
    async move { channel_in(&world.discord().reply_text(&clicked).await) }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn tickets_wait_in_the_awaiting_category_and_come_back_coalesced() {
    let (world, g) = staffed_clock_world("Waiting", 3).await;
    let fake = world.discord();
    let (helper, opener) = (g.members[0], g.members[1]);
    let awaiting = fake.add_category(g.id, "Awaiting reply");
    cached(&world, awaiting).await;
    let button = panel_with_awaiting(&world, &g, awaiting).await;
    let ch = open_from(&world, &g, &button, opener).await;
    let home = parent(&world, ch).expect("opened in a category");
    let overwrites: Value = fake.channel(ch).unwrap()["permission_overwrites"].clone();

    // Staff answer: the ticket waits on the opener. The first move is refused with a 429 too
    // long to wait for (a short one is waited out: `discord_rest`) and retried after its
    // back-off.
    fake.inject(Fault::new(
        "PATCH",
        &format!("/channels/{ch}"),
        FaultKind::RateLimited(30.0),
    ));
    fake.post_message(ch, helper, "Could you send the invoice number?");
    settle(&world).await;
    assert_eq!(
        parent(&world, ch),
        Some(home),
        "the 429 left it where it was"
    );
    world.clock().advance(Duration::from_mins(1));
    moves_to(&world, ch, awaiting).await;
    assert_eq!(moves(&world, ch), 1);
    assert_eq!(
        fake.channel(ch).unwrap()["permission_overwrites"],
        overwrites,
        "the ticket keeps its own overwrites"
    );

    // The opener answers within ten minutes of the move: the move back waits, and a burst of
    // messages in between (staff, opener, staff, opener) stays one move.
    for (who, text) in [
        (opener, "INV-1"),
        (helper, "Thanks, checking."),
        (opener, "Also INV-2"),
    ] {
        fake.post_message(ch, who, text);
        settle(&world).await;
    }
    assert_eq!(
        parent(&world, ch),
        Some(awaiting),
        "no second move within ten minutes"
    );
    world.clock().advance(Duration::from_mins(5));
    settle(&world).await;
    assert_eq!(parent(&world, ch), Some(awaiting));
    world.clock().advance(Duration::from_mins(5));
    moves_to(&world, ch, home).await;
    assert_eq!(moves(&world, ch), 2, "the burst made one move");

    // Staff write, then the opener, before the next move may run: the last state (home) wins
    // and nothing moves at all.
    fake.post_message(ch, helper, "Found it.");
    settle(&world).await;
    fake.post_message(ch, opener, "Great!");
    settle(&world).await;
    world.clock().advance(Duration::from_mins(11));
    settle(&world).await;
    assert_eq!(parent(&world, ch), Some(home));
    assert_eq!(moves(&world, ch), 2);

    // A full awaiting category (Discord's 50 channels): the move spills into the overflow
    // category, as opens do.
    for n in 0..50 {
        fake.add_text_channel_in(g.id, awaiting, &format!("filler-{n}"));
    }
    let other = open_from(&world, &g, &button, g.members[2]).await;
    fake.post_message(other, helper, "Hello?");
    let spilled = eventually("the second ticket to move", || async {
        parent(&world, other).filter(|p| *p != home)
    })
    .await;
    assert_ne!(spilled, awaiting, "the awaiting category was full");
    assert_eq!(fake.channel(spilled).unwrap()["name"], "Tickets (overflow)");
}
