//! Channels, categories and threads as Discord announces them, through the real bot: every
//! event serenity 0.12.5 delivers for them reaches the cache (a category's create and delete
//! arrive as `CategoryCreate` / `CategoryDelete`), and a category or log channel deleted by
//! hand is handled the way a server owner expects.

use crate::support::*;
use serde_json::json;
use ticketbox::ids::{ChannelId, GuildId};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::eventually;
use ticketbox::testkit::fake_discord::GuildSpec;
use ticketbox::testkit::fake_discord::json as j;

async fn cached_channel(world: &TestWorld, id: u64) -> Option<ticketbox::cache::CachedChannel> {
    world
        .cache()
        .read(move |r| r.channel_by_id(ChannelId::new(id)))
        .await
        .unwrap()
}

async fn until_cached(world: &TestWorld, id: u64, name: &str) {
    let name = name.to_owned();
    eventually(&format!("channel {name} cached"), || {
        let name = name.clone();
        async move { cached_channel(world, id).await.filter(|c| c.name == name) }
    })
    .await;
}

async fn until_gone(world: &TestWorld, id: u64) {
    eventually("channel gone from the cache", || async move {
        cached_channel(world, id).await.is_none().then_some(())
    })
    .await;
}

/// Discord's payloads ("Gateway Events → Channel Create / Update / Delete", "Thread List
/// Sync") for a category, a text channel and threads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn channel_category_and_thread_events_reach_the_cache() {
    let world = ready_world().await;
    let fake = world.discord();
    let g = world.add_cached_guild(&GuildSpec::new("Events")).await;
    let (category, text) = (777_000_000_000_000_101_u64, 777_000_000_000_000_102_u64);

    fake.dispatch(
        "CHANNEL_CREATE",
        j::channel(g.id, category, "Archive", 4, None, 5),
    );
    until_cached(&world, category, "Archive").await;
    assert_eq!(
        cached_channel(&world, category).await.unwrap().kind,
        ticketbox::cache::ChannelKind::Category
    );
    fake.dispatch(
        "CHANNEL_UPDATE",
        j::channel(g.id, category, "Old tickets", 4, None, 5),
    );
    until_cached(&world, category, "Old tickets").await;
    fake.dispatch(
        "CHANNEL_CREATE",
        j::channel(g.id, text, "notes", 0, Some(category), 0),
    );
    until_cached(&world, text, "notes").await;
    fake.dispatch(
        "CHANNEL_UPDATE",
        j::channel(g.id, text, "staff-notes", 0, Some(category), 0),
    );
    until_cached(&world, text, "staff-notes").await;
    fake.dispatch(
        "CHANNEL_DELETE",
        j::channel(g.id, category, "Old tickets", 4, None, 5),
    );
    until_gone(&world, category).await;
    fake.dispatch(
        "CHANNEL_DELETE",
        j::channel(g.id, text, "staff-notes", 0, None, 0),
    );
    until_gone(&world, text).await;

    let (one, two) = (777_000_000_000_000_103_u64, 777_000_000_000_000_104_u64);
    fake.dispatch(
        "THREAD_LIST_SYNC",
        json!({
            "guild_id": g.id.to_string(),
            "channel_ids": [g.channels[0].to_string()],
            "threads": [
                j::channel(g.id, one, "ticket-1", 12, Some(g.channels[0]), 0),
                j::channel(g.id, two, "ticket-2", 11, Some(g.channels[0]), 0),
            ],
            "members": [],
        }),
    );
    until_cached(&world, one, "ticket-1").await;
    until_cached(&world, two, "ticket-2").await;
    let mut renamed = j::channel(g.id, one, "ticket-1-done", 12, Some(g.channels[0]), 0);
    renamed["thread_metadata"]["archived"] = json!(true);
    fake.dispatch("THREAD_UPDATE", renamed);
    until_cached(&world, one, "ticket-1-done").await;
}

/// The settings page names the category the first `/open` created (not "unknown channel");
/// deleted by hand, it is cleared from the settings (with an audit entry) and made again by
/// the next open.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ticket_category_deleted_by_hand_is_made_again() {
    let a = Admin::new(GuildSpec::new("Categories").with_members(3)).await;
    let (world, g) = (&a.world, &a.g);
    let fake = world.discord();
    let first = open(world, g, g.members[0]).await;
    let category: u64 = fake.channel(first).unwrap()["parent_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    until_cached(world, category, "Tickets").await;
    let (_, settings) = a.get("/settings").await;
    assert!(
        settings.contains(&format!(
            "<option value=\"{category}\" selected>#Tickets</option>"
        )),
        "{settings}"
    );
    assert!(!settings.contains("unknown channel"), "{settings}");

    fake.delete_channel(category);
    eventually("the category cleared from the settings", || async {
        let s = ticketbox::store::settings::load(&world.core.db, GuildId::new(g.id))
            .await
            .unwrap();
        s.ticket_category.is_none().then_some(())
    })
    .await;
    assert_eq!(a.audited("settings.channel_deleted").await, 1);
    let (_, audit) = a.get("/audit").await;
    assert!(audit.contains("ticket category"), "{audit}");
    until_gone(world, category).await;
    assert!(
        fake.channel(first).unwrap()["parent_id"].is_null(),
        "Discord keeps the channels of a deleted category, without a parent"
    );

    let second = open(world, g, g.members[1]).await;
    let again: u64 = fake.channel(second).unwrap()["parent_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_ne!(again, category);
    assert_eq!(fake.channel(again).unwrap()["name"], "Tickets");
    let s = ticketbox::store::settings::load(&world.core.db, GuildId::new(g.id))
        .await
        .unwrap();
    assert_eq!(s.ticket_category, Some(ChannelId::new(again)));
}

/// A panel whose category was deleted opens its tickets in the guild's ticket category.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panels_deleted_category_falls_back_to_the_ticket_category() {
    let (world, g) = world_with_guild(GuildSpec::new("Panel category").with_members(2)).await;
    let fake = world.discord();
    let made = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "create",
            json!([opt("title", "Sales"), {"type": 7, "name": "category", "value": g.category.to_string()}]),
        ),
    )
    .await;
    assert!(made.contains("created"), "{made}");
    let custom_id = send_panel(&world, &g, "Sales").await;
    fake.delete_channel(g.category);
    until_gone(&world, g.category).await;
    let clicked = click(&world, &g, g.channels[0], g.members[0], &custom_id);
    let text = fake.reply_text(&clicked).await;
    assert!(text.starts_with("Ticket opened"), "{text}");
    let parent = fake.channel(channel_in(&text)).unwrap()["parent_id"].clone();
    let parent: u64 = parent.as_str().unwrap().parse().unwrap();
    assert_eq!(fake.channel(parent).unwrap()["name"], "Tickets");
}

/// The log channel deleted by hand: cleared from the settings with an audit entry; tickets
/// still close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_channel_deleted_by_hand_is_cleared_from_the_settings() {
    let a = Admin::new(GuildSpec::new("Logs").with_members(2).with_text_channels(3)).await;
    let (world, g) = (&a.world, &a.g);
    let log = g.channels[2];
    set_log_channel(world, g, log).await;
    world.discord().delete_channel(log);
    eventually("the log channel cleared", || async {
        let s = ticketbox::store::settings::load(&world.core.db, GuildId::new(g.id))
            .await
            .unwrap();
        s.log_channel.is_none().then_some(())
    })
    .await;
    let (_, audit) = a.get("/audit").await;
    assert!(
        audit.contains("settings.channel_deleted") && audit.contains("log channel"),
        "{audit}"
    );
    let (_, settings) = a.get("/settings").await;
    assert!(!settings.contains("unknown channel"), "{settings}");

    let ch = open(world, g, g.members[0]).await;
    run(world, g, ch, g.owner, "close", json!([])).await;
    eventually_state(world, ch, TicketState::Closed).await;
    assert!(
        world
            .discord()
            .calls()
            .iter()
            .all(|c| !c.path.contains(&format!("/channels/{log}/messages"))),
        "nothing is posted to the deleted channel"
    );
}
