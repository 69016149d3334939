//! Removal on request leaves nothing behind, and goes on past what it cannot open: the
//! database files, transcripts that cannot be opened, exports.

use ticketbox::app::privacy;
use ticketbox::archive::transcript_name;
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::transcripts::synthetic;

const GUILD: u64 = 7_000;
const ALICE: u64 = 7_001;

/// Every file of the database (the file, its write-ahead log and shared memory) as bytes.
fn database_bytes(world: &TestWorld) -> Vec<u8> {
    let db = world.core.db.path().to_path_buf();
    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let path = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
        if let Ok(found) = std::fs::read(&path) {
            bytes.extend(found);
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Text a removal overwrites does not survive in the database's free pages or its journal
/// (`secure_delete`, and a checkpoint after the removal).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removed_text_leaves_no_trace_in_the_database_files() {
    let world = TestWorld::builder().build().await;
    let (guild, alice) = (GuildId::new(GUILD), UserId::new(ALICE));
    world.store_transcript(&synthetic(guild, 1, alice, 5)).await;
    let secret = "MyVerySecretSubjectAboutInvoice4711";
    world
        .core
        .db
        .write(move |tx| {
            tx.execute(
                "UPDATE tickets SET subject = ?1 WHERE opener_id = ?2",
                rusqlite::params![secret, ALICE as i64],
            )?;
            Ok(())
        })
        .await
        .unwrap();
    assert!(
        contains(&database_bytes(&world), secret),
        "the subject is stored"
    );

    privacy::purge_user(&world.core, alice).await.unwrap();
    let bytes = database_bytes(&world);
    assert!(
        !contains(&bytes, secret),
        "the removed subject is still somewhere in the database files"
    );
}

/// A transcript that cannot be opened (here: its object corrupted) is named, the others are
/// processed, and the command fails so the operator knows; the export goes on the same way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removal_and_export_carry_on_past_a_transcript_they_cannot_open() {
    let world = TestWorld::builder().build().await;
    let (guild, alice) = (GuildId::new(GUILD), UserId::new(ALICE));
    for number in [1, 2] {
        world
            .store_transcript(&synthetic(guild, number, alice, 20))
            .await;
    }
    let broken = transcript_name(guild, TicketNumber::new(1));
    world
        .core
        .archive
        .store()
        .put(&broken, b"not a sealed object at all".to_vec())
        .await
        .unwrap();

    let export = privacy::export_user(&world.core, alice).await.unwrap();
    assert_eq!(export["transcripts"].as_array().unwrap().len(), 1);
    let unreadable = export["unreadable_transcripts"].as_array().unwrap();
    assert_eq!(unreadable.len(), 1);
    assert_eq!(unreadable[0]["transcript"], broken.as_str());
    assert!(ticketbox::app::archive_commands::unreadable_fails(&export).is_err());

    let report = privacy::purge_user(&world.core, alice).await.unwrap();
    assert_eq!(report.transcripts_rewritten, 1, "ticket 2 was processed");
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].0, broken);
    let line = report.summary();
    assert!(line.contains(&broken), "{line}");
    let failed = ticketbox::app::archive_commands::unprocessed_fails(&line).unwrap_err();
    assert_eq!(failed.code, ticketbox::cli::EXIT_FAILURE);
    let two = world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(2))
        .await
        .unwrap();
    assert!(
        two.messages_by(alice).next().is_none(),
        "ticket 2 no longer holds her messages"
    );
    assert!(
        ticketbox::app::archive_commands::unprocessed_fails(
            &privacy::PurgeReport::default().summary()
        )
        .is_ok()
    );
}
