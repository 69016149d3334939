//! Segmented transcripts (docs/transcript-format.md, document version 2): a long ticket is
//! archived in segments of 1,000 messages; the viewer reads only the segments of the page it
//! shows; a missing, swapped or stale segment is refused; a version 1 transcript stays readable
//! and `archive rekey` converts it.

use crate::support;

use crate::support::{eventually_number_state, open, run, web_page};
use serde_json::json;
use ticketbox::archive::segments::{Index, SEGMENT_MESSAGES};
use ticketbox::archive::{Archive, ObjectStore, ticket_prefix, transcript_name};
use ticketbox::config::Config;
use ticketbox::crypto::{MasterKey, keyring};
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::GuildSpec;
use ticketbox::testkit::fake_discord::history::SeedMessage;
use ticketbox::testkit::transcripts::synthetic;

/// The committed version 1 transcript: guild 1, ticket 7, 250 synthetic messages opened by
/// 9001, three archived attachments, sealed under this master key (id 1).
const FIXTURE: &str = "tests/fixtures/transcript-v1";
const FIXTURE_KEY: [u8; 32] = [7; 32];

fn fixture_key() -> MasterKey {
    MasterKey::from_hex(&hex::encode(FIXTURE_KEY)).unwrap()
}

fn local_archive(data_dir: &std::path::Path) -> Archive {
    let store = ObjectStore::from_config(&Config::default().archive, data_dir).unwrap();
    Archive::new(store, keyring(fixture_key(), 1, "").unwrap())
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Writes the version 1 fixture the way ticketbox stored every transcript before segments:
/// the whole document as one sealed object. Run once with
/// `cargo test --test archive_segments -- --ignored write_the_version_1_fixture`.
#[tokio::test]
#[ignore = "writes tests/fixtures; run by hand only"]
async fn write_the_version_1_fixture() {
    let archive = local_archive(std::path::Path::new(FIXTURE));
    let doc = synthetic(GuildId::new(1), 7, UserId::new(9001), 250);
    assert_eq!(doc.version, 1);
    let name = transcript_name(GuildId::new(1), TicketNumber::new(7));
    archive
        .put_sealed(GuildId::new(1), &name, serde_json::to_vec(&doc).unwrap())
        .await
        .unwrap();
    for m in &doc.messages {
        for a in &m.attachments {
            let stored = a.stored.as_ref().unwrap();
            let object = format!(
                "{}{stored}",
                ticket_prefix(GuildId::new(1), TicketNumber::new(7))
            );
            archive
                .put_sealed(
                    GuildId::new(1),
                    &object,
                    format!("file {}", a.filename).into_bytes(),
                )
                .await
                .unwrap();
        }
    }
}

/// A transcript stored before segments existed opens as it is (every message, its
/// attachments); `archive rekey` converts it to segments, after which it reads the same.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_version_1_transcript_stays_readable_and_rekey_converts_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(std::path::Path::new(FIXTURE), dir.path());
    let archive = local_archive(dir.path());
    let (guild, number) = (GuildId::new(1), TicketNumber::new(7));
    let expected = synthetic(guild, 7, UserId::new(9001), 250);

    let opened = archive.open_transcript(guild, number).await.unwrap();
    assert!(opened.is_legacy());
    assert_eq!(opened.index.message_count, 250);
    assert_eq!(
        opened.index.attachments.len(),
        3,
        "listed from the messages"
    );
    let (first, some) = archive.load_messages(&opened, 100..150).await.unwrap();
    assert_eq!(
        (first, some.as_slice()),
        (100, &expected.messages[100..150])
    );
    let before = archive.load_transcript(guild, number).await.unwrap();
    assert_eq!(before.messages, expected.messages);
    assert_eq!(before.participants, expected.participants);
    drop(opened);

    let report = archive.rekey().await.unwrap();
    assert_eq!(report.converted, 1, "{report:?}");
    assert!(report.failed.is_empty(), "{report:?}");
    let opened = archive.open_transcript(guild, number).await.unwrap();
    assert!(!opened.is_legacy());
    assert_eq!(opened.index.version, 2);
    assert_eq!(opened.index.segments.len(), 1);
    let after = archive.load_transcript(guild, number).await.unwrap();
    assert_eq!(after.messages, expected.messages);
    assert_eq!(after.ticket, expected.ticket);
    // Its attachments are where they were.
    let a = opened.index.attachments[0]
        .attachment
        .stored
        .clone()
        .unwrap();
    let bytes = archive.load_attachment(guild, number, &a).await.unwrap();
    assert_eq!(bytes.as_deref(), Some(&b"file scan-0.png"[..]));
    // Nothing left to convert.
    assert_eq!(archive.rekey().await.unwrap().converted, 0);
}

/// The segment objects of ticket `number` (names), in order.
async fn segment_names(archive: &Archive, guild: GuildId, number: TicketNumber) -> Vec<String> {
    let mut names = archive
        .store()
        .list(&format!("{}segments/", ticket_prefix(guild, number)))
        .await
        .unwrap();
    names.sort();
    names
}

/// A missing segment, two segments swapped, or a segment of an earlier write put back is
/// refused: never a transcript that looks complete and is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_swapped_or_stale_segments_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let archive = local_archive(dir.path());
    let (guild, number) = (GuildId::new(3), TicketNumber::new(1));
    let doc = synthetic(guild, 1, UserId::new(9001), 2500);
    archive.save_transcript(&doc).await.unwrap();
    let names = segment_names(&archive, guild, number).await;
    assert_eq!(names.len(), 3);
    assert_eq!(archive.load_transcript(guild, number).await.unwrap(), {
        let mut d = doc.clone();
        d.version = 2;
        d
    });
    let store = archive.store().clone();
    let blobs: Vec<Vec<u8>> = {
        let mut out = Vec::new();
        for n in &names {
            out.push(store.get(n).await.unwrap().unwrap());
        }
        out
    };
    let fresh = || local_archive(dir.path());

    // Swapped: each blob under the other's name.
    store.put(&names[0], blobs[1].clone()).await.unwrap();
    store.put(&names[1], blobs[0].clone()).await.unwrap();
    let err = fresh().load_transcript(guild, number).await.unwrap_err();
    assert!(err.to_string().contains("segments/"), "{err}");
    store.put(&names[0], blobs[0].clone()).await.unwrap();
    store.put(&names[1], blobs[1].clone()).await.unwrap();
    fresh().load_transcript(guild, number).await.unwrap();

    // Missing (truncated transcript): the last segment is gone.
    store.delete(&names[2]).await.unwrap();
    let err = fresh().load_transcript(guild, number).await.unwrap_err();
    assert!(err.to_string().contains("segment 2 is missing"), "{err}");
    // The viewer's first page does not need it.
    let archive = fresh();
    let opened = archive.open_transcript(guild, number).await.unwrap();
    let (_, page) = archive.load_messages(&opened, 0..500).await.unwrap();
    assert_eq!(page, doc.messages[..500]);
    store.put(&names[2], blobs[2].clone()).await.unwrap();

    // Stale: a rewrite makes a new generation; the old index put back finds its segments gone.
    let old_index = store
        .get(&transcript_name(guild, number))
        .await
        .unwrap()
        .unwrap();
    archive
        .rewrite_transcript(guild, number, |part| {
            part.remove_user(UserId::new(9001));
        })
        .await
        .unwrap()
        .commit()
        .await
        .unwrap();
    let new_names = segment_names(&archive, guild, number).await;
    assert_eq!(new_names.len(), 3);
    assert!(
        new_names.iter().all(|n| !names.contains(n)),
        "old generation deleted"
    );
    store
        .put(&transcript_name(guild, number), old_index)
        .await
        .unwrap();
    assert!(fresh().load_transcript(guild, number).await.is_err());
    // A segment of an earlier write put under the current generation's name does not open.
    let archive = fresh();
    archive.save_transcript(&doc).await.unwrap();
    let current = segment_names(&archive, guild, number).await;
    assert_eq!(current.len(), 3);
    store.put(&current[1], blobs[1].clone()).await.unwrap();
    let err = fresh().load_transcript(guild, number).await.unwrap_err();
    assert!(err.to_string().contains(&current[1]), "{err}");
}

/// A removal rewrites every segment: the removed opener's id is in none of them, the index
/// says so too, and their messages are marked removed across segment boundaries.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removal_reaches_every_segment() {
    let dir = tempfile::tempdir().unwrap();
    let archive = local_archive(dir.path());
    let (guild, number) = (GuildId::new(4), TicketNumber::new(2));
    let opener = UserId::new(9_001_234_567_890);
    let doc = synthetic(guild, 2, opener, 2300);
    archive.save_transcript(&doc).await.unwrap();
    archive
        .rewrite_transcript(guild, number, |part| {
            part.remove_user(opener);
        })
        .await
        .unwrap()
        .commit()
        .await
        .unwrap();
    let store = archive.store();
    for name in store.list(&ticket_prefix(guild, number)).await.unwrap() {
        let plain = archive.get_opened(guild, &name).await.unwrap().unwrap();
        let text = String::from_utf8_lossy(&plain);
        assert!(!text.contains("9001234567890"), "{name} still names them");
    }
    let after = archive.load_transcript(guild, number).await.unwrap();
    let removed = after.messages.iter().filter(|m| m.removed).count();
    let theirs = doc.messages_by(opener).count();
    assert!(theirs > 100, "the opener wrote in every segment");
    assert_eq!(removed, theirs);
    let index: Index = {
        let name = transcript_name(guild, number);
        serde_json::from_slice(&archive.get_opened(guild, &name).await.unwrap().unwrap()).unwrap()
    };
    assert_eq!(index.segments.len(), 3);
    assert!(!index.participants.contains_key(&opener));
}

/// `total` messages in ticket channel `ch`: five early ones, then the rest, one of them (1,500)
/// with an attachment and one (2,250) a reply to the third early one. Returns the ids.
fn seed_long_history(
    world: &TestWorld,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
    ch: u64,
    total: usize,
) -> (Vec<u64>, Vec<u64>) {
    let fake = world.discord();
    let early = fake.seed_history(
        ch,
        (0..5)
            .map(|i| SeedMessage {
                author: g.members[0],
                content: format!("early {i}"),
                attachment: None,
                extra: None,
            })
            .collect(),
    );
    let seeded = fake.seed_history(
        ch,
        (5..total)
            .map(|i| SeedMessage {
                author: if i % 2 == 0 { g.members[0] } else { g.owner },
                content: format!("message {i}"),
                attachment: (i == 1500).then(|| ("late.txt".to_owned(), b"late file".to_vec())),
                extra: (i == 2250).then(|| json!({
                    "type": 19,
                    "message_reference": { "message_id": early[2].to_string(), "channel_id": ch.to_string() }
                })),
            })
            .collect(),
    );
    (early, seeded)
}

/// A running bot and dashboard with one cached guild.
async fn viewer_world(name: &str) -> (TestWorld, ticketbox::testkit::fake_discord::GuildHandle) {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new(name)).await;
    (world, g)
}

/// A ticket of 2,300 messages is archived by the close job in three segments (its attachments
/// with them); the viewer shows its first and last page, finds a reply's original on another
/// page, serves an attachment from the index, and reads only the segments a page needs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_ticket_is_archived_in_segments_and_viewed_page_by_page() {
    let (world, g) = viewer_world("Long tickets").await;
    let ch = open(&world, &g, g.members[0]).await;
    let total = 2300;
    let (early, seeded) = seed_long_history(&world, &g, ch, total);
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let (guild, number) = (GuildId::new(g.id), TicketNumber::new(1));
    let archive = &world.core.archive;
    let opened = archive.open_transcript(guild, number).await.unwrap();
    // The bot's own welcome message and the close notice come on top of the seeded ones.
    let count = opened.index.message_count;
    assert!(count >= total && count < total + 10, "{count}");
    assert_eq!(
        opened.index.segments.len(),
        count.div_ceil(SEGMENT_MESSAGES)
    );
    assert_eq!(
        segment_names(archive, guild, number).await.len(),
        opened.index.segments.len()
    );
    let late = opened
        .index
        .attachments
        .iter()
        .find(|a| a.attachment.filename == "late.txt")
        .expect("the attachment of the second segment is listed");
    let stored = late.attachment.stored.clone().expect("and archived");

    let cookie = world.session_cookie(g.owner, "owner").await;
    let base = format!("/transcripts/{}/1", g.id);
    let (status, first) = web_page(&world, &base, &cookie).await;
    assert_eq!(status, 200, "{first}");
    let shows = |html: &str, id: u64| html.contains(&format!("id=\"m{id}\""));
    assert!(shows(&first, early[0]) && shows(&first, seeded[300 - 5]));
    assert!(!shows(&first, seeded[600 - 5]), "one page of 500");
    let last = (count - 1) / 500;
    let (status, page) = web_page(&world, &format!("{base}?page={last}"), &cookie).await;
    assert_eq!(status, 200);
    assert!(shows(&page, *seeded.last().unwrap()), "last page");
    assert!(!shows(&page, seeded[1900 - 5]));
    // The reply on the last page links to its original, found through the index.
    let link = format!("?message={}", early[2]);
    assert!(page.contains(&link), "a reply to another page links by id");
    let response = support::web_client()
        .get(format!("{}{base}{link}", support::web_base(&world)))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        support::location(&response),
        format!("{base}?page=0#m{}", early[2])
    );
    // A page reads only its own segments: without the first one, the last page is still
    // served, and the first page is refused, not shown short.
    let names = segment_names(archive, guild, number).await;
    archive.store().delete(&names[0]).await.unwrap();
    let (status, page) = web_page(&world, &format!("{base}?page={last}"), &cookie).await;
    assert_eq!(status, 200);
    assert!(shows(&page, *seeded.last().unwrap()));
    let (status, _) = web_page(&world, &base, &cookie).await;
    assert_eq!(status, 500);
    // The attachment comes from the index alone: with every segment gone it is still served.
    for name in &names[1..] {
        archive.store().delete(name).await.unwrap();
    }
    let response = support::web_client()
        .get(format!("{}{base}/{stored}", support::web_base(&world)))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"late file");
}

/// Many readers at once: every one is served, but never more than four transcripts are
/// opened at the same time (the others wait their turn).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readers_at_once_take_turns() {
    use ticketbox::web::transcripts::{PARALLEL_LOADS, most_loads_at_once};
    let (world, g) = viewer_world("Busy viewer").await;
    let doc = synthetic(GuildId::new(g.id), 1, UserId::new(g.owner), 3000);
    world.store_transcript(&doc).await;
    let cookie = world.session_cookie(g.owner, "owner").await;
    let base = format!("{}/transcripts/{}/1", support::web_base(&world), g.id);
    let mut readers = tokio::task::JoinSet::new();
    for n in 0..16 {
        let (url, cookie) = (format!("{base}?page={}", n % 6), cookie.clone());
        readers.spawn(async move {
            let response = support::web_client()
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        });
    }
    while let Some(done) = readers.join_next().await {
        let (status, body) = done.unwrap();
        assert_eq!(status, 200, "{body}");
    }
    let most = most_loads_at_once();
    assert!(most <= PARALLEL_LOADS, "{most} at once");
    assert!(most >= 2, "readers were served side by side ({most})");
}
