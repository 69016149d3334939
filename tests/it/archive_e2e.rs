//! The transcript archive end to end: a ticket in the fake Discord, closed by the real bot,
//! archived to a real S3 server (s3s-fs in-process; moto in CI), read back.

use crate::support::*;
use serde_json::json;
use ticketbox::archive::{ArchiveError, transcript_name};
use ticketbox::crypto::seal::SealError;
use ticketbox::ids::{GuildId, TicketNumber};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::history::reaction;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildHandle, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

async fn s3_world(spec: GuildSpec) -> (TestWorld, GuildHandle) {
    let world = TestWorld::builder()
        .with_discord()
        .with_s3()
        .with_config(|c| "https://tickets.example.org".clone_into(&mut c.http.public_url))
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&spec).await;
    (world, g)
}

/// How many close jobs match `condition` (SQL on the jobs table).
async fn close_jobs(world: &TestWorld, condition: &'static str) -> i64 {
    world
        .core
        .db
        .read(move |c| {
            Ok(c.query_row(
                &format!("SELECT count(*) FROM jobs WHERE kind = 'close_ticket' AND {condition}"),
                [],
                |r| r.get::<_, i64>(0),
            )?)
        })
        .await
        .unwrap()
}

/// Distinctive attachment bytes (so a plaintext copy would be found in the bucket).
fn attachment_bytes(i: usize) -> Vec<u8> {
    format!("ATTACHMENT-PLAINTEXT-{i:04}|")
        .repeat(40 + i)
        .into_bytes()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// 250 messages spanning three pages, every tenth with an attachment, plus a reply, a
/// mention of a user, a role and a channel, an embed, reactions and an edit.
fn post_history(world: &TestWorld, g: &GuildHandle, ch: u64, opener: u64, staff: u64) -> Vec<u64> {
    let fake = world.discord();
    let mut posted: Vec<u64> = Vec::new();
    for i in 0..250 {
        let author = if i % 3 == 0 { staff } else { opener };
        let content = format!("secret message {i:03} about invoice {}", 7000 + i);
        let id = if i % 10 == 0 {
            fake.post_attachment(
                ch,
                author,
                &content,
                &format!("file-{i}.txt"),
                attachment_bytes(i),
            )
        } else if i == 5 {
            fake.post_message_with(
                ch,
                author,
                &format!("{content} <@{}> <@&{}> <#{}>", g.members[1], g.roles[1], g.channels[1]),
                &json!({
                    "mentions": [fake.user_json(g.members[1])],
                    "mention_roles": [g.roles[1].to_string()],
                    "message_reference": {"message_id": posted[0].to_string(), "channel_id": ch.to_string()},
                    "type": 19,
                    "reactions": [reaction("👍", 3)],
                    "embeds": [{"type": "rich", "title": "Order", "description": "details",
                                "fields": [{"name": "Total", "value": "12 €", "inline": true}]}],
                    "edited_timestamp": "2026-11-27T10:00:00.000000+00:00",
                }),
            )
        } else {
            fake.post_message(ch, author, &content)
        };
        posted.push(id);
    }

    posted
}

/// The reply with mentions, reactions, an embed and an edit, and the ticket's metadata.
fn check_rich_message(
    doc: &ticketbox::archive::Transcript,
    g: &GuildHandle,
    posted: &[u64],
    opener: u64,
    staff: u64,
) {
    let ours: Vec<_> = doc
        .messages
        .iter()
        .filter(|m| m.content.starts_with("secret message"))
        .collect();
    let rich = ours[5];
    assert_eq!(
        rich.reply_to.map(ticketbox::ids::MessageId::get),
        Some(posted[0])
    );
    assert_eq!(rich.kind, 19);
    assert!(rich.edited_at.is_some());
    assert_eq!(rich.reactions[0].emoji, "👍");
    assert_eq!(rich.reactions[0].count, 3);
    assert_eq!(rich.embeds[0].title.as_deref(), Some("Order"));
    assert_eq!(rich.embeds[0].fields[0].value, "12 €");
    assert_eq!(rich.mentions[0].get(), g.members[1]);
    assert_eq!(
        doc.roles
            .get(&ticketbox::ids::RoleId::new(g.roles[1]))
            .map(String::as_str),
        Some("Helpers")
    );
    assert!(
        doc.channels
            .contains_key(&ticketbox::ids::ChannelId::new(g.channels[1]))
    );
    let mentioned = &doc.participants[&ticketbox::ids::UserId::new(g.members[1])];
    assert!(
        !mentioned.username.is_empty(),
        "mentioned users are participants"
    );
    let author = &doc.participants[&ticketbox::ids::UserId::new(opener)];
    assert!(!author.bot && !author.username.is_empty());
    assert_eq!(doc.ticket.close_reason.as_deref(), Some("solved"));
    assert_eq!(
        doc.ticket.closed_by.map(ticketbox::ids::UserId::get),
        Some(staff)
    );
    assert_eq!(doc.ticket.opener.get(), opener);
}

/// What the storage provider holds: 1 transcript + 25 attachments, none in plaintext.
async fn assert_only_ciphertext_stored(world: &TestWorld, guild: u64) {
    // What the storage provider holds: 1 transcript + 25 attachments, none in plaintext.
    let objects = world.stored_objects().await;
    let names: Vec<&str> = objects.iter().map(|(n, _)| n.as_str()).collect();
    let transcript_object = transcript_name(GuildId::new(guild), TicketNumber::new(1));
    assert!(names.contains(&transcript_object.as_str()), "{names:?}");
    assert_eq!(
        names.iter().filter(|n| n.contains("/attachments/")).count(),
        25,
        "{names:?}"
    );
    for (name, bytes) in &objects {
        assert_eq!(&bytes[..4], b"TBXS", "{name} is sealed");
        for needle in [
            &b"secret message"[..],
            b"invoice 7",
            b"ATTACHMENT-PLAINTEXT",
            b"solved",
        ] {
            assert!(
                !contains(bytes, needle),
                "{name} holds plaintext {:?}",
                String::from_utf8_lossy(needle)
            );
        }
    }
}

/// The history was read 100 at a time, oldest first: three pages of 100 (252 messages with the
/// welcome and the opening notice), then one look for anything newer just before the channel
/// went.
fn assert_history_paged(world: &TestWorld, ch: u64) {
    let fake = world.discord();
    let pages: Vec<_> = fake
        .calls()
        .into_iter()
        .filter(|c| c.method == "GET" && c.path == format!("/channels/{ch}/messages"))
        .collect();
    // Three pages of 100 (252 messages with the welcome and the opening notice), then one
    // look for anything newer just before the channel goes.
    let query =
        |c: &ticketbox::testkit::fake_discord::RecordedCall| c.query.clone().unwrap_or_default();
    let (full, check): (Vec<_>, Vec<_>) =
        pages.iter().partition(|c| query(c).contains("limit=100"));
    assert_eq!(full.len(), 3, "{pages:?}");
    assert!(
        full.iter().all(|c| query(c).contains("after=")),
        "{pages:?}"
    );
    assert_eq!(check.len(), 1, "{pages:?}");
    assert!(
        query(check[0]).contains("limit=1&") || query(check[0]).ends_with("limit=1"),
        "{pages:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_ticket_is_archived_completely_sealed_and_reads_back() {
    let (world, g) = s3_world(
        GuildSpec::new("Archive")
            .with_text_channels(3)
            .with_role("Helpers", 0),
    )
    .await;
    let fake = world.discord();
    set_log_channel(&world, &g, g.channels[2]).await;
    let opener = g.members[0];
    let staff = g.owner;
    let ch = open(&world, &g, opener).await;

    let posted = post_history(&world, &g, ch, opener, staff);

    let closed = run(
        &world,
        &g,
        ch,
        staff,
        "close",
        json!([opt("reason", "solved")]),
    )
    .await;
    assert!(closed.contains("being closed"), "{closed}");
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    assert!(
        fake.channel(ch).is_none(),
        "the channel goes once the transcript is stored"
    );
    let t = ticket_number(&world, g.id, 1).await.unwrap();
    assert!(
        ticketbox::store::transcripts::has_transcript(&world.core.db, t.id)
            .await
            .unwrap()
    );

    assert_history_paged(&world, ch);

    assert_only_ciphertext_stored(&world, g.id).await;

    // Read back: every message in order, attachments intact.
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    let ours: Vec<_> = doc
        .messages
        .iter()
        .filter(|m| m.content.starts_with("secret message"))
        .collect();
    assert_eq!(ours.len(), 250);
    for (i, m) in ours.iter().enumerate() {
        assert_eq!(m.id.get(), posted[i]);
        assert!(
            m.content.starts_with(&format!("secret message {i:03}")),
            "{}",
            m.content
        );
    }
    assert!(
        doc.messages.windows(2).all(|w| w[0].id < w[1].id),
        "oldest first"
    );
    assert_eq!(
        doc.messages[0].author.get(),
        ticketbox::testkit::fake_discord::BOT_ID,
        "the bot's welcome message comes first"
    );
    assert!(doc.participants[&doc.messages[0].author].bot);
    check_rich_message(&doc, &g, &posted, opener, staff);
    for (i, m) in ours.iter().enumerate().filter(|(i, _)| i % 10 == 0) {
        let a = &m.attachments[0];
        assert_eq!(a.filename, format!("file-{i}.txt"));
        let stored = a.stored.as_deref().expect("archived");
        let bytes = world
            .core
            .archive
            .load_attachment(GuildId::new(g.id), TicketNumber::new(1), stored)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(bytes, attachment_bytes(i));
    }

    // The log message links to the dashboard's transcript page.
    let logged = fake.messages(g.channels[2]);
    let last = logged.last().expect("a log message");
    let button = &last["components"][0]["components"][0];
    assert_eq!(button["label"], "View transcript");
    assert_eq!(
        button["url"],
        format!("https://tickets.example.org/transcripts/{}/1", g.id)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_down_at_close_keeps_the_channel_until_the_transcript_is_stored() {
    let (world, g) = s3_world(GuildSpec::new("Outage")).await;
    if !world.s3().is_in_process() {
        eprintln!("skipped: outages need the in-process S3 server");
        return;
    }
    let fake = world.discord();
    let opener = g.members[0];
    let ch = open(&world, &g, opener).await;
    fake.post_message(ch, opener, "please keep this");
    world.s3().set_down(true);
    let closed = run(&world, &g, ch, g.owner, "close", json!([])).await;
    assert!(closed.contains("being closed"), "{closed}");
    // The job tried, failed on S3 and is waiting to retry; the channel is still there.
    eventually("a failed archive attempt", || async {
        let (pending, _) = ticketbox::store::jobs::counts(&world.core.db)
            .await
            .unwrap();
        let attempted = close_jobs(&world, "last_error IS NOT NULL").await;
        (pending == 1 && attempted == 1).then_some(())
    })
    .await;
    assert!(
        fake.channel(ch).is_some(),
        "the channel stays until the transcript is stored"
    );
    assert_eq!(
        ticket(&world, ch).await.unwrap().state,
        TicketState::Closing
    );

    world.s3().set_down(false);
    // The retry comes after the back-off (2.5–5 s for the first).
    gone(&world, ch).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.iter().any(|m| m.content == "please keep this"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_in_the_middle_of_archiving_resumes_after_restart() {
    let (mut world, g) = s3_world(GuildSpec::new("Restart")).await;
    let fake = world.discord();
    let opener = g.members[0];
    let ch = open(&world, &g, opener).await;
    fake.post_message(ch, opener, "written before the crash");
    // Reading the history hangs long enough for the process to be stopped mid-job.
    fake.inject(Fault::new(
        "GET",
        &format!("/channels/{ch}/messages"),
        FaultKind::Slow(std::time::Duration::from_secs(30)),
    ));
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    // The job is running and waiting on the slow history read.
    eventually("the close job to run", || async {
        let running = close_jobs(&world, "state = 'running'").await;
        (running == 1).then_some(())
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    world.stop_bot().await;
    let fake = world.discord();
    fake.clear_faults();
    assert_eq!(
        ticket(&world, ch).await.unwrap().state,
        TicketState::Closing
    );
    assert!(fake.channel(ch).is_some());

    world.restart_bot();
    gone(&world, ch).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(
        doc.messages
            .iter()
            .any(|m| m.content == "written before the crash")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_or_moved_object_fails_authentication() {
    let (world, g) = s3_world(GuildSpec::new("Tamper")).await;
    let guild = GuildId::new(g.id);
    for member in [g.members[0], g.members[1]] {
        let ch = open(&world, &g, member).await;
        world.discord().post_message(ch, member, "original words");
        run(&world, &g, ch, g.owner, "close", json!([])).await;
    }
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    eventually_number_state(&world, g.id, 2, TicketState::Closed).await;
    let store = world.core.archive.store();
    let first = transcript_name(guild, TicketNumber::new(1));
    let second = transcript_name(guild, TicketNumber::new(2));
    let original = store.get(&first).await.unwrap().unwrap();

    // One flipped bit in the ciphertext.
    let mut tampered = original.clone();
    let last = tampered.len() - 20;
    tampered[last] ^= 0x01;
    store.put(&first, tampered).await.unwrap();
    let err = world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(1))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            ArchiveError::Seal {
                source: SealError::AuthenticationFailed,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("authentication failed"), "{err}");

    // Ticket 1's transcript copied over ticket 2's name: the name is authenticated.
    store.put(&second, original.clone()).await.unwrap();
    let err = world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(2))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("authentication failed"), "{err}");

    // Restored, it opens again.
    store.put(&first, original).await.unwrap();
    let doc = world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.iter().any(|m| m.content == "original words"));
}
