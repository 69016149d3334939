//! Backups: taken while ticketbox runs, restored into a new directory that ticketbox starts on
//! with the earlier state (tickets, settings, transcripts readable with the same master key),
//! consistent during a burst of opens, refused when tampered with or truncated, retention,
//! against a local directory and S3 (the in-process server; moto in CI).

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::archive_privacy::closed_ticket;
use crate::support::*;
use ticketbox::archive::objects::ObjectStore;
use ticketbox::config::{ArchiveBackend, Config};
use ticketbox::ids::{GuildId, TicketNumber};
use ticketbox::services::AppCore;
use ticketbox::services::backup::{self, BackupError, Quiet};
use ticketbox::store::settings;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};

/// ticketbox started on a restored directory, as `run` opens it.
fn start_on(dir: &Path, world: &TestWorld) -> AppCore {
    let mut config = Config::default();
    config.storage.data_dir = dir.to_path_buf();
    config.archive.backend = ArchiveBackend::Local;
    config.crypto.master_key = world.core.master_key.to_hex();
    let prepared = ticketbox::app::prepare(&config, ticketbox::app::RunOptions::default())
        .expect("ticketbox starts on the restored directory");
    prepared.into_core(config)
}

async fn set_limit(world: &TestWorld, g: &GuildHandle, limit: u32) {
    let set = setup(
        world,
        g,
        "limit",
        json!([{"type": 4, "name": "limit", "value": limit}]),
    )
    .await;
    assert!(set.contains(&limit.to_string()), "{set}");
}

/// Backup → change → restore → start: the state of the backup, transcripts readable.
async fn round_trip(world: &TestWorld, g: &GuildHandle, target: &ObjectStore) {
    let guild = GuildId::new(g.id);
    set_limit(world, g, 3).await;
    let first = closed_ticket(world, g, g.members[0], &["kept in the backup"]).await;
    let taken = backup::take(&world.core, target, &Quiet).await.unwrap();
    assert!(
        taken.objects > 0 && taken.copied == taken.objects,
        "{taken:?}"
    );
    // An unchanged archive is not copied again.
    let again = backup::take(&world.core, target, &Quiet).await;
    // Same second: the second backup has the same id and replaces the first.
    let again = again.unwrap();
    assert_eq!(again.copied, 0, "{again:?}");

    set_limit(world, g, 7).await;
    closed_ticket(world, g, g.members[1], &["after the backup"]).await;

    let keys = world.core.archive.keys();
    backup::verify(target, keys, &taken.id, &world.data_dir(), &Quiet)
        .await
        .unwrap();
    let into = tempfile::tempdir().unwrap();
    let dir = into.path().join("restored");
    backup::restore(target, keys, &taken.id, &dir, &world.data_dir(), &Quiet)
        .await
        .unwrap();
    let restored = start_on(&dir, world);
    let s = settings::load(&restored.db, guild).await.unwrap();
    assert_eq!(s.ticket_limit, 3, "the settings of the backup");
    let doc = restored
        .archive
        .load_transcript(guild, TicketNumber::new(first))
        .await
        .expect("the transcript opens with the same master key");
    assert!(
        doc.messages
            .iter()
            .any(|m| m.content.contains("kept in the backup"))
    );
    assert!(
        restored
            .archive
            .load_transcript(guild, TicketNumber::new(first + 1))
            .await
            .is_err(),
        "the later ticket is not in the backup"
    );
    // Restoring refuses a directory that is not empty, and the running data directory.
    let refused = backup::restore(target, keys, &taken.id, &dir, &world.data_dir(), &Quiet)
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("is not empty"), "{refused}");
    let data_dir = world.data_dir();
    let refused = backup::restore(target, keys, &taken.id, &data_dir, &data_dir, &Quiet)
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("data directory"), "{refused}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_local_backup_restores_the_earlier_state() {
    let backups = tempfile::tempdir().unwrap();
    let dir = backups.path().to_path_buf();
    let world = TestWorld::builder()
        .with_discord()
        .with_config(move |c| c.backup.local_dir = dir.display().to_string())
        .build()
        .await;
    world.bot_ready().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Backed up").with_members(2))
        .await;
    let target = backup::target(&world.core.config).unwrap();
    round_trip(&world, &g, &target).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_s3_backup_of_an_s3_archive_restores_the_earlier_state() {
    let world = TestWorld::builder().with_discord().with_s3().build().await;
    world.bot_ready().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Backed up to S3").with_members(2))
        .await;
    // The backup target: the same server under another prefix (moto in CI).
    let mut s3 = world.core.config.archive.s3.clone();
    "backups-elsewhere/".clone_into(&mut s3.prefix);
    let target = ObjectStore::s3(&s3).unwrap();
    round_trip(&world, &g, &target).await;
}

/// The backup's files in a local target.
fn backup_file(root: &Path, id: &str, part: &str) -> PathBuf {
    root.join("backups").join(id).join(part)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_or_truncated_backup_is_refused() {
    let backups = tempfile::tempdir().unwrap();
    let root = backups.path().to_path_buf();
    let dir = root.clone();
    let world = TestWorld::builder()
        .with_discord()
        .with_config(move |c| c.backup.local_dir = dir.display().to_string())
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new("Tamper")).await;
    closed_ticket(&world, &g, g.members[0], &["x"]).await;
    let taken = backup::run_once(&world.core).await.unwrap();
    let target = backup::target(&world.core.config).unwrap();
    let keys = world.core.archive.keys();
    let scratch = world.data_dir();
    // A flipped byte in the database: it does not open.
    let db = backup_file(&root, &taken.id, "database");
    let mut bytes = std::fs::read(&db).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&db, &bytes).unwrap();
    let err = backup::verify(&target, keys, &taken.id, &scratch, &Quiet)
        .await
        .unwrap_err();
    assert!(matches!(err, BackupError::Sealed { .. }), "{err}");
    assert!(
        err.to_string().contains("its database does not open"),
        "{err}"
    );
    let into = tempfile::tempdir().unwrap();
    let err = backup::restore(
        &target,
        keys,
        &taken.id,
        &into.path().join("r"),
        &scratch,
        &Quiet,
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("does not open"), "{err}");
    // A truncated archived object: it does not match its hash.
    let fresh = backup::run_once(&world.core).await;
    let fresh = fresh.unwrap();
    let object = std::fs::read_dir(root.join("objects"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let bytes = std::fs::read(&object).unwrap();
    std::fs::write(&object, &bytes[..bytes.len() / 2]).unwrap();
    let err = backup::verify(&target, keys, &fresh.id, &scratch, &Quiet)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("does not match its hash"), "{err}");
    // An unknown id says how to find the others.
    let err = backup::verify(&target, keys, "20200101T000000Z", &scratch, &Quiet)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("backup list"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_during_a_burst_of_opens_is_consistent() {
    let backups = tempfile::tempdir().unwrap();
    let dir = backups.path().to_path_buf();
    let world = TestWorld::builder()
        .with_discord()
        .with_config(move |c| c.backup.local_dir = dir.display().to_string())
        .build()
        .await;
    world.bot_ready().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Burst").with_members(12))
        .await;
    closed_ticket(&world, &g, g.members[0], &["before"]).await;
    let fake = world.discord();
    let opens: Vec<_> = g.members[1..]
        .iter()
        .map(|m| fake.slash_command(g.id, g.channels[0], *m, "open", json!([])))
        .collect();
    let taken = backup::run_once(&world.core).await.unwrap();
    for o in &opens {
        fake.reply_text(o).await;
    }
    let target = backup::target(&world.core.config).unwrap();
    let keys = world.core.archive.keys();
    backup::verify(&target, keys, &taken.id, &world.data_dir(), &Quiet)
        .await
        .unwrap();
    let into = tempfile::tempdir().unwrap();
    let dir = into.path().join("r");
    backup::restore(&target, keys, &taken.id, &dir, &world.data_dir(), &Quiet)
        .await
        .unwrap();
    assert_eq!(
        ticketbox::store::snapshot::integrity(&dir.join("ticketbox.db")).unwrap(),
        "ok"
    );
    let restored = start_on(&dir, &world);
    // Every ticket the snapshot says has a transcript has its objects in the backup.
    let guild = GuildId::new(g.id);
    for number in 1..=12 {
        let Some(t) =
            ticketbox::store::tickets::by_number(&restored.db, guild, TicketNumber::new(number))
                .await
                .unwrap()
        else {
            continue;
        };
        if ticketbox::store::transcripts::has_transcript(&restored.db, t.id)
            .await
            .unwrap()
        {
            restored
                .archive
                .load_transcript(guild, TicketNumber::new(number))
                .await
                .expect("its transcript is in the backup");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_reports_the_last_backup_and_retention_keeps_referenced_objects() {
    let backups = tempfile::tempdir().unwrap();
    let dir = backups.path().to_path_buf();
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_config(move |c| c.backup.local_dir = dir.display().to_string())
        .build()
        .await;
    world.bot_ready().await;
    let health = || async {
        let body = reqwest::get(format!("http://{}/healthz", world.http_addr()))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    };
    assert_eq!(health().await["backup"]["stale"], true, "none yet");
    let g = world.add_cached_guild(&GuildSpec::new("Health")).await;
    closed_ticket(&world, &g, g.members[0], &["x"]).await;
    backup::run_once(&world.core).await.unwrap();
    let h = health().await;
    assert_eq!(h["backup"]["stale"], false, "{h}");
    assert!(h["backup"]["last_ok"].is_number());
    assert_eq!(h["backup"]["age_s"], 0);
    // Retention with nothing but the newest: the objects it references stay.
    let target = backup::target(&world.core.config).unwrap();
    let pruned = backup::prune(&target, world.core.archive.keys(), 0, 0)
        .await
        .unwrap();
    assert_eq!(pruned.objects, 0);
    let listed = backup::list(&target, world.core.archive.keys())
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    backup::verify(
        &target,
        world.core.archive.keys(),
        &listed[0].id,
        &world.data_dir(),
        &Quiet,
    )
    .await
    .unwrap();
}

/// After a key rotation a backup sealed with the old master key still verifies when the old
/// key is configured as retired, and is refused (naming the key setting) without it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_accepts_retired_master_keys() {
    use ticketbox::crypto::MasterKey;
    use ticketbox::crypto::seal::{KeyId, Keyring};
    let backups = tempfile::tempdir().unwrap();
    let dir = backups.path().to_path_buf();
    let world = TestWorld::builder()
        .with_discord()
        .with_config(move |c| c.backup.local_dir = dir.display().to_string())
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new("Rotated")).await;
    closed_ticket(&world, &g, g.members[0], &["x"]).await;
    let taken = backup::run_once(&world.core).await.unwrap();
    let target = backup::target(&world.core.config).unwrap();
    let old = world.core.archive.keys().current_id();
    let new_key = MasterKey::from_bytes([7; 32]);
    let old_key = MasterKey::from_hex(world.core.master_key.to_hex().expose()).unwrap();
    let rotated = Keyring::new(KeyId(old.0 + 1), new_key.clone()).with_older(old, old_key);
    backup::verify(&target, &rotated, &taken.id, &world.data_dir(), &Quiet)
        .await
        .expect("the retired key opens it");
    let without = Keyring::new(KeyId(old.0 + 1), new_key);
    let err = backup::verify(&target, &without, &taken.id, &world.data_dir(), &Quiet)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("crypto.retired_master_keys"),
        "{err}"
    );
}

/// A backup that cannot be written is logged, shown in /healthz with its error, and the last
/// good one counts as stale.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_backup_shows_in_health() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the backup directory should be: nothing can be written under it.
    let blocked = dir.path().join("not-a-directory");
    std::fs::write(&blocked, b"x").unwrap();
    let target = blocked.display().to_string();
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_config(move |c| c.backup.local_dir = target)
        .build()
        .await;
    world.bot_ready().await;
    assert!(backup::run_once(&world.core).await.is_err());
    let body = reqwest::get(format!("http://{}/healthz", world.http_addr()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let h: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(h["backup"]["stale"], true, "{h}");
    assert!(
        h["backup"]["last_error"]
            .as_str()
            .is_some_and(|e| !e.is_empty()),
        "{h}"
    );
    assert_eq!(world.core.backups.status().failures, 1);
}
