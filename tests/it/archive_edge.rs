//! Archive edge cases: attachment caps, expired CDN links, a channel deleted by hand.

use crate::support::*;
use serde_json::json;
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_past_the_caps_or_unreachable_are_skipped_with_the_reason() {
    let world = TestWorld::builder()
        .with_discord()
        .with_config(|c| {
            c.archive.max_attachment_bytes = 1000;
            c.archive.max_ticket_attachment_bytes = 1500;
            // A download budget smaller than two files: they go one after the other.
            c.archive.max_download_bytes_in_flight = 1024;
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
    // Links to anything but Discord's CDN are never fetched: an address inside the network, and
    // another port of this host.
    let inside = fake.post_attachment(ch, user, "metadata", "meta.txt", vec![b'm'; 10]);
    fake.set_attachment_url(ch, inside, "http://169.254.169.254/latest/meta-data/iam");
    let elsewhere = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let other = fake.post_attachment(ch, user, "other", "other.txt", vec![b'o'; 10]);
    fake.set_attachment_url(
        ch,
        other,
        &format!("http://{}/other.txt", elsewhere.local_addr().unwrap()),
    );
    // The CDN link of the last one has expired.
    fake.inject(Fault::new("GET", "/gone.bin", FaultKind::Status(404)).times(10));
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
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
    // Stored as codes, written in the reader's language when shown.
    let reason = |n: &str| {
        ticketbox::archive::notes::skip_reason(by_name(n).skipped.as_deref().unwrap())
            .render(ticketbox::i18n::Lang::EnUs)
    };
    assert!(reason("too-big.bin").contains("per-file limit"));
    assert!(reason("over-total.bin").contains("attachment limit"));
    assert_eq!(
        by_name("gone.bin").skipped.as_deref(),
        Some("download-failed:HTTP 404")
    );
    assert_eq!(reason("gone.bin"), "the download failed (HTTP 404)");
    assert!(
        ticketbox::archive::notes::skip_reason("download-failed:HTTP 404")
            .render(ticketbox::i18n::Lang::De)
            .starts_with("der Download ist fehlgeschlagen")
    );
    for refused in ["meta.txt", "other.txt"] {
        assert_eq!(
            by_name(refused).skipped.as_deref(),
            Some("not-on-cdn"),
            "{refused}"
        );
    }
    elsewhere.set_nonblocking(true).unwrap();
    assert!(
        elsewhere.accept().is_err(),
        "nothing connected to the other address"
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
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.is_empty());
    assert!(
        doc.notes[0] == ticketbox::archive::notes::CHANNEL_DELETED,
        "{:?}",
        doc.notes
    );
    assert_eq!(doc.ticket.opener.get(), g.members[0]);
    assert!(
        doc.participants.contains_key(&doc.ticket.opener),
        "the opener is named even without messages"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_access_while_reading_history_retries_instead_of_archiving_nothing() {
    let (world, g) = world_with_guild(GuildSpec::new("Access")).await;
    let fake = world.discord();
    let ch = open(&world, &g, g.members[0]).await;
    fake.post_message(ch, g.members[0], "must not be lost");
    // The bot lost access for a moment (a role edit, say): Discord answers 403 / 50001.
    fake.inject(
        Fault::new(
            "GET",
            &format!("/channels/{ch}/messages"),
            FaultKind::Discord(403, 50001, "Missing Access"),
        )
        .times(1),
    );
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    // The retry (after 2.5–5 s) archives the history, then the channel goes.
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    assert!(doc.messages.iter().any(|m| m.content == "must not be lost"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_written_after_the_transcript_was_taken_are_archived_too() {
    let (world, g) = world_with_guild(GuildSpec::new("Late").with_text_channels(3)).await;
    let fake = world.discord();
    let log = g.channels[2];
    set_log_channel(&world, &g, log).await;
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    fake.post_message(ch, user, "before the close");
    // Posting to the log channel is slow: the opener writes in the meantime.
    fake.inject(Fault::new(
        "POST",
        &format!("/channels/{log}/messages"),
        FaultKind::Slow(std::time::Duration::from_millis(1500)),
    ));
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    let t = ticket(&world, ch).await.unwrap();
    eventually("the first transcript", || async {
        ticketbox::store::transcripts::has_transcript(&world.core.db, t.id)
            .await
            .unwrap()
            .then_some(())
    })
    .await;
    fake.post_message(ch, user, "one more thing!");
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.iter().any(|m| m.content == "before the close"));
    assert!(
        doc.messages.iter().any(|m| m.content == "one more thing!"),
        "a message written after the first archive is kept"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thread_ticket_is_archived_once_with_its_closed_notice() {
    let (world, g) = world_with_guild(GuildSpec::new("Thread archive")).await;
    let set = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "use-threads",
            json!([{"type": 5, "name": "enabled", "value": true}]),
        ),
    )
    .await;
    assert!(!set.contains("Only"), "{set}");
    let thread = open(&world, &g, g.members[0]).await;
    world
        .discord()
        .post_message(thread, g.members[0], "in a thread");
    run(&world, &g, thread, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.iter().any(|m| m.content == "in a thread"));
    assert!(
        doc.messages
            .iter()
            .any(|m| m.content.starts_with("Ticket closed by")),
        "the closed notice is part of the transcript"
    );
    // One full read of the history, then one look for anything newer: nothing was archived
    // twice.
    let reads = world
        .discord()
        .calls()
        .into_iter()
        .filter(|c| c.method == "GET" && c.path == format!("/channels/{thread}/messages"))
        .filter(|c| c.query.as_deref().unwrap_or("").contains("limit=100"))
        .count();
    assert_eq!(reads, 1);
}

/// A `<#channel>` mention is named in the transcript only when the channel is the ticket's own
/// server's: another server's channel name never leaks into it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn channel_mentions_resolve_only_within_the_tickets_server() {
    let (world, g) = world_with_guild(GuildSpec::new("Here").with_text_channels(2)).await;
    let other = world
        .add_cached_guild(&GuildSpec::new("Elsewhere").with_text_channel("secret-plans"))
        .await;
    let secret = *other.channels.last().unwrap();
    let user = g.members[0];
    let ch = open(&world, &g, user).await;
    world.discord().post_message(
        ch,
        user,
        &format!("see <#{}> and <#{secret}>", g.channels[1]),
    );
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(1))
        .await
        .unwrap();
    let here = ticketbox::ids::ChannelId::new(g.channels[1]);
    assert_eq!(
        doc.channels.get(&here).map(String::as_str),
        Some("channel-1")
    );
    assert!(
        !doc.channels
            .contains_key(&ticketbox::ids::ChannelId::new(secret)),
        "{:?}",
        doc.channels
    );
    let html = ticketbox::archive::render::html(&doc);
    assert!(!html.contains("secret-plans"), "{html}");
}

/// The key a stored object is sealed under.
async fn key_of(world: &TestWorld, name: &str) -> u32 {
    let blob = world.core.archive.store().get(name).await.unwrap().unwrap();
    ticketbox::crypto::seal::parse_header(&blob)
        .unwrap()
        .key_id
        .0
}

const OLD_KEY: &str = "0707070707070707070707070707070707070707070707070707070707070707";

/// A world whose master key (id 1) replaced `OLD_KEY` (id 2, retired); ticket 1 of a guild is
/// closed and its transcript sealed again under the old key, as before a rotation; an object of
/// a ticket that no longer exists (a purge under way) is under the old key too.
async fn rotated_world() -> (TestWorld, u64, String, String) {
    let world = TestWorld::builder()
        .with_discord()
        .with_config(|c| {
            c.crypto.retired_master_keys = ticketbox::config::Secret::new(format!("2:{OLD_KEY}"));
        })
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new("Rotation")).await;
    let ch = open(&world, &g, g.members[0]).await;
    world
        .discord()
        .post_message(ch, g.members[0], "before the rotation");
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let store = world.core.archive.store().clone();
    let old = ticketbox::archive::Archive::new(
        store,
        ticketbox::crypto::keyring(
            ticketbox::crypto::MasterKey::from_hex(OLD_KEY).unwrap(),
            2,
            "",
        )
        .unwrap(),
    );
    let guild = GuildId::new(g.id);
    let mut doc = world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(1))
        .await
        .unwrap();
    old.save_transcript(&doc).await.unwrap();
    doc.ticket.number = TicketNumber::new(77);
    old.save_transcript(&doc).await.unwrap();
    let kept = ticketbox::archive::transcript_name(guild, TicketNumber::new(1));
    let orphan = ticketbox::archive::transcript_name(guild, TicketNumber::new(77));
    assert_eq!(
        (key_of(&world, &kept).await, key_of(&world, &orphan).await),
        (2, 2)
    );
    (world, g.id, kept, orphan)
}

/// While ticketbox runs, `archive rekey` hands the work to it and prints its progress; the
/// object of a ticket that no longer exists is left alone (a purge is deleting it: writing it
/// back would undo the purge).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rekey_is_handed_to_the_running_ticketbox_and_reports_progress() {
    let (world, _, kept, orphan) = rotated_world().await;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ticketbox"));
    command
        .current_dir(world.root())
        .env_remove("RUST_LOG")
        .env("TICKETBOX_STORAGE__DATA_DIR", world.data_dir())
        .env(
            "TICKETBOX_CRYPTO__RETIRED_MASTER_KEYS",
            format!("2:{OLD_KEY}"),
        )
        .args(["archive", "rekey", "--wait", "60"]);
    let output = tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("handed to it"), "{stderr}");
    assert!(
        // Each ticket: its index and one segment.
        stderr
            .contains("rekey: 4/4 objects checked, 2 re-sealed, 0 converted, 2 skipped, 0 failed"),
        "{stderr}"
    );
    assert!(stderr.contains("re-sealed 2 under key id 1"), "{stderr}");
    assert_eq!(key_of(&world, &kept).await, 1);
    let segments = world
        .core
        .archive
        .store()
        .list(&kept.replace("transcript.tbx", "segments/"))
        .await
        .unwrap();
    assert_eq!(segments.len(), 1);
    assert_eq!(key_of(&world, &segments[0]).await, 1, "segments too");
    assert_eq!(key_of(&world, &orphan).await, 2, "left alone");
}

/// Rekey takes turns with removals and archiving: while a removal holds the lock, no object is
/// rewritten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rekey_waits_while_a_removal_runs() {
    let (world, _, kept, _) = rotated_world().await;
    let core = std::sync::Arc::clone(&world.core);
    let removal = core.removals.write().await;
    let rekey = tokio::spawn({
        let core = std::sync::Arc::clone(&core);
        async move {
            ticketbox::services::rekey::rekey_all(
                &core,
                ticketbox::services::rekey::Progress::Quiet,
            )
            .await
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!rekey.is_finished());
    assert_eq!(
        key_of(&world, &kept).await,
        2,
        "untouched during the removal"
    );
    drop(removal);
    let report = rekey.await.unwrap().unwrap();
    assert_eq!((report.checked, report.resealed, report.skipped), (4, 2, 2));
    assert_eq!(key_of(&world, &kept).await, 1);
}

/// What the archive wrote itself (notes, unknown people, dates) reads in the viewer's language;
/// what members wrote stays as written.
#[test]
fn a_transcripts_own_texts_follow_the_reader() {
    use ticketbox::archive::transcript::{Participant, unknown_name};
    use ticketbox::i18n::Lang;
    let mut doc =
        ticketbox::testkit::transcripts::synthetic(GuildId::new(1), 3, UserId::new(9001), 3);
    let gone = UserId::new(77);
    doc.participants.insert(
        gone,
        Participant {
            id: gone,
            username: unknown_name(gone),
            global_name: None,
            avatar: None,
            discriminator: None,
            bot: false,
            removed: false,
        },
    );
    doc.messages[0].author = gone;
    doc.notes
        .push(ticketbox::archive::notes::CHANNEL_DELETED.to_owned());
    // The opener (who wrote the other messages) was removed on request.
    doc.remove_user(UserId::new(9001));
    let opened = chrono::DateTime::from_timestamp_millis(doc.ticket.opened_at.millis()).unwrap();

    let german = ticketbox::archive::render::html_with_in(&doc, None, None, None, Lang::De);
    assert!(german.contains("unbekannter Nutzer 77"), "{german}");
    assert!(german.contains("Der Kanal des Tickets wurde gelöscht"));
    assert!(german.contains(&opened.format("%d.%m.%Y %H:%M:%S UTC").to_string()));
    assert!(
        german.contains("[auf Wunsch entfernt]") && german.contains("entfernter Benutzer"),
        "{german}"
    );
    assert!(
        german.contains("Billing"),
        "what the server named stays as written"
    );

    let english = ticketbox::archive::render::html(&doc);
    assert!(english.contains("unknown user 77") && !english.contains("unbekannter"));
    assert!(english.contains("[removed on request]") && english.contains("removed user"));
    assert!(english.contains(&opened.format("%Y-%m-%d %H:%M:%S UTC").to_string()));
}

/// Removing someone whose name is a word of a note's code (`note:channel-deleted`) leaves the
/// code alone: the viewer still reads it, and the archiver still recognises it.
#[test]
fn removing_someone_named_like_a_note_code_keeps_the_code() {
    use ticketbox::archive::notes::{CHANNEL_DELETED, REOPENED_CHANNEL_DELETED};
    let opener = UserId::new(9001);
    let mut doc = ticketbox::testkit::transcripts::synthetic(GuildId::new(1), 3, opener, 3);
    let person = doc.participants.get_mut(&opener).unwrap();
    person.username = "channel".to_owned();
    person.global_name = Some("deleted".to_owned());
    doc.notes = vec![
        CHANNEL_DELETED.to_owned(),
        REOPENED_CHANNEL_DELETED.to_owned(),
    ];
    doc.remove_user(opener);
    assert_eq!(doc.notes, [CHANNEL_DELETED, REOPENED_CHANNEL_DELETED]);
}
