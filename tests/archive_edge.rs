//! Archive edge cases: attachment caps, expired CDN links, a channel deleted by hand.

mod support;

use serde_json::json;
use support::*;
use ticketbox::ids::{GuildId, TicketNumber};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

async fn closed(world: &TestWorld, guild: u64, number: u32) {
    eventually("the ticket to close", || async move {
        ticket_number(world, guild, number)
            .await
            .filter(|t| t.state == TicketState::Closed)
            .map(drop)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_past_the_caps_or_unreachable_are_skipped_with_the_reason() {
    let world = TestWorld::builder()
        .with_discord()
        .with_config(|c| {
            c.archive.max_attachment_bytes = 1000;
            c.archive.max_ticket_attachment_bytes = 1500;
        })
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new("Caps")).await;
    let fake = world.discord();
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    for (name, size) in [
        ("a.bin", 500),
        ("too-big.bin", 2000),
        ("b.bin", 800),
        ("over-total.bin", 600),
    ] {
        fake.post_attachment(ch, user, name, name, vec![b'x'; size]);
    }
    fake.post_attachment(ch, user, "expired", "gone.bin", vec![b'y'; 10]);
    // The CDN link of the last one has expired.
    fake.inject(Fault::new("GET", "/gone.bin", FaultKind::Status(404)).times(10));
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    closed(&world, g.id, 1).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    let files: Vec<_> = doc.messages.iter().flat_map(|m| &m.attachments).collect();
    let by_name = |n: &str| *files.iter().find(|a| a.filename == n).unwrap();
    assert!(by_name("a.bin").stored.is_some());
    assert!(by_name("b.bin").stored.is_some());
    assert!(
        by_name("too-big.bin")
            .skipped
            .as_deref()
            .unwrap()
            .contains("per-file limit")
    );
    assert!(
        by_name("over-total.bin")
            .skipped
            .as_deref()
            .unwrap()
            .contains("attachment limit")
    );
    assert_eq!(
        by_name("gone.bin").skipped.as_deref(),
        Some("download failed: HTTP 404")
    );
    let text = ticketbox::archive::render::text(&doc);
    assert!(
        text.contains("[attachment not archived: too-big.bin"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_deleted_by_hand_still_gets_a_transcript_of_the_ticket() {
    let (world, g) = world_with_guild(GuildSpec::new("Deleted")).await;
    let ch = open(&world, &g, g.members[0]).await;
    world.discord().delete_channel(ch);
    closed(&world, g.id, 1).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.is_empty());
    assert!(
        doc.notes[0].contains("deleted before it could be archived"),
        "{:?}",
        doc.notes
    );
    assert_eq!(doc.ticket.opener.get(), g.members[0]);
    assert!(
        doc.participants.contains_key(&doc.ticket.opener),
        "the opener is named even without messages"
    );
}
