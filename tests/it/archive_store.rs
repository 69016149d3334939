//! The archive's stores and keys without Discord: local disk and a real S3 server behave the
//! same; key rotation keeps old objects readable and `rekey` re-seals them.

use std::collections::BTreeMap;

use ticketbox::archive::transcript::{self, GuildInfo, Message, TicketInfo, Transcript};
use ticketbox::archive::{Archive, ArchiveError, ObjectStore, transcript_name};
use ticketbox::clock::Timestamp;
use ticketbox::config::Config;
use ticketbox::crypto::seal::{KeyId, SealError, parse_header};
use ticketbox::crypto::{MasterKey, keyring};
use ticketbox::ids::{GuildId, MessageId, TicketNumber, UserId};
use ticketbox::testkit::s3::TestS3;

fn doc(guild: u64, number: u32, words: &str) -> Transcript {
    Transcript {
        version: transcript::DOCUMENT_VERSION,
        guild: GuildInfo {
            id: GuildId::new(guild),
            name: "Store test".into(),
        },
        ticket: TicketInfo {
            number: TicketNumber::new(number),
            panel: None,
            subject: None,
            channel: None,
            channel_name: None,
            is_thread: false,
            opener: UserId::new(7),
            claimed_by: None,
            closed_by: None,
            close_reason: None,
            opened_at: Timestamp::from_millis(1),
            closed_at: Timestamp::from_millis(2),
            answers: vec![],
            labels: vec![],
        },
        participants: BTreeMap::new(),
        channels: BTreeMap::new(),
        roles: BTreeMap::new(),
        messages: vec![Message {
            id: MessageId::new(10),
            author: UserId::new(7),
            content: words.into(),
            kind: 0,
            sent_at: Timestamp::from_millis(1),
            edited_at: None,
            reply_to: None,
            embeds: vec![],
            attachments: vec![],
            stickers: vec![],
            reactions: vec![],
            mentions: vec![],
            mention_roles: vec![],
            on_behalf_of: None,
            removed: false,
        }],
        notes: vec![],
        archived_at: Timestamp::from_millis(3),
    }
}

fn key(byte: u8) -> MasterKey {
    MasterKey::from_hex(&hex::encode([byte; 32])).unwrap()
}

async fn stores() -> Vec<(String, ObjectStore, Option<TestS3>, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    let local = ObjectStore::from_config(&config.archive, dir.path()).unwrap();
    let s3 = TestS3::start().await;
    s3.configure(&mut config);
    let remote = ObjectStore::from_config(&config.archive, dir.path()).unwrap();
    let dir2 = tempfile::tempdir().unwrap();
    vec![
        ("local".into(), local, None, dir),
        ("s3".into(), remote, Some(s3), dir2),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stores_put_get_list_delete_alike() {
    for (what, store, _s3, _dir) in stores().await {
        assert_eq!(store.get("guilds/1/x.tbx").await.unwrap(), None, "{what}");
        store.put("guilds/1/a.tbx", b"one".to_vec()).await.unwrap();
        store.put("guilds/1/a.tbx", b"two".to_vec()).await.unwrap();
        store
            .put("guilds/2/b.tbx", b"three".to_vec())
            .await
            .unwrap();
        assert_eq!(
            store.get("guilds/1/a.tbx").await.unwrap().as_deref(),
            Some(&b"two"[..]),
            "{what}: overwrite, no duplicate"
        );
        assert_eq!(
            store.list("guilds/1/").await.unwrap(),
            ["guilds/1/a.tbx"],
            "{what}"
        );
        assert_eq!(store.list("").await.unwrap().len(), 2, "{what}");
        store.delete("guilds/1/a.tbx").await.unwrap();
        store.delete("guilds/1/a.tbx").await.unwrap();
        assert_eq!(
            store.list("guilds/1/").await.unwrap(),
            Vec::<String>::new(),
            "{what}"
        );
        assert!(store.put("../escape", vec![]).await.is_err(), "{what}");
        // Debug output never shows credentials.
        let debug = format!("{store:?}");
        assert!(
            !debug.contains(ticketbox::testkit::s3::SECRET_KEY),
            "{debug}"
        );
        assert!(
            !debug.contains(ticketbox::testkit::s3::ACCESS_KEY),
            "{debug}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_rotation_keeps_old_objects_readable_and_rekey_reseals_them() {
    for (what, store, _s3, _dir) in stores().await {
        let old = Archive::new(store.clone(), keyring(key(1), 1, "").unwrap());
        old.save_transcript(&doc(5, 1, "sealed under key 1"))
            .await
            .unwrap();
        old.save_transcript(&doc(6, 1, "another guild"))
            .await
            .unwrap();

        let retired = format!("1:{}", hex::encode([1u8; 32]));
        let rotated = Archive::new(store.clone(), keyring(key(2), 2, &retired).unwrap());
        let read = rotated
            .load_transcript(GuildId::new(5), TicketNumber::new(1))
            .await
            .unwrap();
        assert_eq!(read.messages[0].content, "sealed under key 1", "{what}");
        // New objects use the new key.
        rotated
            .save_transcript(&doc(5, 2, "sealed under key 2"))
            .await
            .unwrap();
        let blob = store
            .get(&transcript_name(GuildId::new(5), TicketNumber::new(2)))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(parse_header(&blob).unwrap().key_id, KeyId(2), "{what}");

        let report = rotated.rekey().await.unwrap();
        // Three transcripts, each an index and one segment; two of them under key 1.
        assert_eq!((report.checked, report.resealed), (6, 4), "{what}");
        assert!(report.failed.is_empty(), "{what}: {:?}", report.failed);
        let again = rotated.rekey().await.unwrap();
        assert_eq!(again.resealed, 0, "{what}: idempotent");

        // The retired key can now go.
        let only_new = Archive::new(store.clone(), keyring(key(2), 2, "").unwrap());
        for (guild, words) in [(5, "sealed under key 1"), (6, "another guild")] {
            let read = only_new
                .load_transcript(GuildId::new(guild), TicketNumber::new(1))
                .await
                .unwrap();
            assert_eq!(read.messages[0].content, words, "{what}");
        }
        // Without the current key nothing opens, with a clear error.
        let err = old
            .load_transcript(GuildId::new(5), TicketNumber::new(1))
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                ArchiveError::Seal {
                    source: SealError::UnknownKey(2),
                    ..
                }
            ),
            "{what}: {err}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_credentials_give_a_clear_error_without_the_keys() {
    let s3 = TestS3::start().await;
    if !s3.is_in_process() {
        eprintln!("skipped: the external S3 server may not check signatures");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    s3.configure(&mut config);
    config.archive.s3.secret_key = ticketbox::config::Secret::new("not-the-secret-key-at-all");
    let store = ObjectStore::from_config(&config.archive, dir.path()).unwrap();
    let err = store
        .put("guilds/1/x.tbx", b"sealed".to_vec())
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("403"), "{text}");
    assert!(!text.contains(ticketbox::testkit::s3::ACCESS_KEY), "{text}");
    assert!(!text.contains("not-the-secret-key-at-all"), "{text}");
    assert!(!format!("{err:?}").contains(ticketbox::testkit::s3::ACCESS_KEY));
}

/// A user removed on request leaves no trace of their id: author, participant, mentions (also
/// in what others wrote), ticket roles all become the removed-user id, which several removed
/// users share; removing again changes nothing.
#[test]
fn a_removed_user_leaves_no_id_behind() {
    use ticketbox::archive::transcript::{REMOVED_CONTENT, REMOVED_ID, REMOVED_NAME};
    let alice = UserId::new(9_001_234_567_890);
    let mut doc = ticketbox::testkit::transcripts::synthetic(GuildId::new(1), 1, alice, 60);
    let (bob, carol) = (doc.ticket.closed_by.unwrap(), UserId::new(503));
    let mentioned_her = doc
        .messages
        .iter()
        .filter(|m| m.author != alice && m.mentions.contains(&alice))
        .count();
    assert!(mentioned_her > 0, "the synthetic ticket mentions her");
    // Named in the (staff's) close reason, and Carol in the opener's form answer.
    doc.ticket.close_reason = Some(format!("duplicate of <@{alice}>"));
    doc.ticket.answers = vec![("Who saw it?".into(), format!("<@!{carol}>"))];
    assert!(doc.text_mentions().contains(&alice) && doc.text_mentions().contains(&carol));
    let people = doc.participants.len();

    doc.remove_user(alice);
    let json = serde_json::to_string(&doc).unwrap();
    assert!(!json.contains("9001234567890"), "{json}");
    assert_eq!(doc.ticket.opener, REMOVED_ID);
    assert_eq!(doc.ticket.closed_by, Some(bob), "others keep theirs");
    let marker = &doc.participants[&REMOVED_ID];
    assert!(marker.removed && marker.username == REMOVED_NAME && marker.avatar.is_none());
    assert!(
        doc.messages_by(REMOVED_ID)
            .all(|m| m.removed && m.content == REMOVED_CONTENT)
    );
    let pointing_at_marker = doc
        .messages
        .iter()
        .filter(|m| m.mentions.contains(&REMOVED_ID) && m.content.contains("<@0>"))
        .count();
    assert!(
        pointing_at_marker >= mentioned_her,
        "mentions of her show the marker"
    );
    assert_eq!(doc.participants.len(), people);

    doc.remove_user(carol);
    assert_eq!(doc.participants.len(), people - 1, "one marker for both");
    assert!(
        doc.messages
            .iter()
            .all(|m| m.author != carol && !m.mentions.contains(&carol))
    );
    assert_eq!(
        doc.ticket.close_reason.as_deref(),
        Some("duplicate of <@0>")
    );
    let again = doc.clone();
    doc.remove_user(alice);
    doc.remove_user(REMOVED_ID);
    assert_eq!(doc, again);

    // Someone named in the opener's form answers is taken out of them too.
    let mut other = ticketbox::testkit::transcripts::synthetic(GuildId::new(1), 2, alice, 3);
    other.ticket.answers = vec![("Who saw it?".into(), format!("<@!{carol}> did"))];
    other.remove_user(carol);
    assert_eq!(other.ticket.answers[0].1, "<@0> did");
}

/// Only the forms Discord writes count as user mentions: `<@id>` and `<@!id>` with plain
/// digits; roles, signs, leading zeros and other text do not.
#[test]
fn user_mentions_are_exactly_discords_forms() {
    let found: Vec<u64> =
        transcript::user_mentions("<@42> <@!43> <@&7> <@+44> <@045> <@x> <@ 46> <@47")
            .map(UserId::get)
            .collect();
    assert_eq!(found, [42, 43]);
}

/// Start-up asks the bucket whether it keeps old versions (GetBucketVersioning, a signed
/// request): a removal then leaves noncurrent versions behind, and the log says so. A store
/// that will not say is "unknown", never a failure.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_buckets_versioning_is_found_out_at_start() {
    use ticketbox::app::check_versioning;
    use ticketbox::archive::objects::Versioning;
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    let local = ObjectStore::from_config(&config.archive, dir.path()).unwrap();
    assert_eq!(check_versioning(&local).await, Versioning::Off);
    let s3 = TestS3::start().await;
    s3.configure(&mut config);
    let store = ObjectStore::from_config(&config.archive, dir.path()).unwrap();
    if s3.is_in_process() {
        // s3s-fs does not implement it, as some S3-compatible stores do not.
        let unknown = check_versioning(&store).await;
        assert!(
            matches!(&unknown, Versioning::Unknown(why) if why.contains("501")),
            "{unknown:?}"
        );
        s3.set_versioning(None);
        assert_eq!(check_versioning(&store).await, Versioning::Off);
        s3.set_versioning(Some("Enabled"));
        assert_eq!(check_versioning(&store).await, Versioning::Enabled);
        s3.set_versioning(Some("Suspended"));
        assert_eq!(check_versioning(&store).await, Versioning::Suspended);
    } else {
        // A new bucket on a real S3 implementation (moto in CI): never versioned.
        assert_eq!(check_versioning(&store).await, Versioning::Off);
    }
    if !s3.is_in_process() {
        // moto does not check signatures, so it cannot refuse credentials.
        return;
    }
    // Credentials it refuses: unknown, with S3's error code only.
    config.archive.s3.secret_key = ticketbox::config::Secret::new("wrong-secret".to_owned());
    let refused = ObjectStore::from_config(&config.archive, dir.path()).unwrap();
    let found = check_versioning(&refused).await;
    assert!(
        matches!(&found, Versioning::Unknown(why) if why.contains("403")),
        "{found:?}"
    );
    assert!(!format!("{found:?}").contains("wrong-secret"));
}
