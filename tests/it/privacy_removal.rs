//! Removal on request leaves nothing behind, and goes on past what it cannot open: the
//! database files, transcripts that cannot be opened, exports.

use ticketbox::archive::transcript_name;
use ticketbox::domain::job_kind::JobKind;
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::services::privacy;
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
    assert_eq!(failed.code, ticketbox::app::EXIT_FAILURE);
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

/// Finished jobs (and their payloads: a channel name built from a username, a user id) are
/// kept a week, jobs that gave up a month; pending and recent ones stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finished_jobs_are_deleted_after_a_week() {
    use ticketbox::clock::Timestamp;
    use ticketbox::store::jobs;
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let day = 24 * 60 * 60 * 1000_i64;
    let now = Timestamp::from_millis(1_800_000_000_000);
    let at = |days_ago: i64| Timestamp::from_millis(now.millis() - days_ago * day);
    let mut ids = Vec::new();
    for (state, days_ago) in [
        ("done", 8),
        ("done", 6),
        ("failed", 31),
        ("failed", 8),
        ("pending", 60),
    ] {
        let id = jobs::enqueue(
            db,
            JobKind::RenameChannel {
                channel: 1,
                name: "ticket-alice".to_owned(),
            },
            None,
            at(days_ago),
            at(days_ago),
        )
        .await
        .unwrap()
        .unwrap();
        let updated = at(days_ago).millis();
        db.write(move |tx| {
            tx.execute(
                "UPDATE jobs SET state = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![id.get(), state, updated],
            )?;
            Ok(())
        })
        .await
        .unwrap();
        ids.push((id, state, days_ago));
    }
    assert_eq!(jobs::sweep_finished(db, now).await.unwrap(), 2);
    for (id, state, days_ago) in ids {
        let kept = jobs::status(db, id).await.unwrap().is_some();
        let expected = !matches!((state, days_ago), ("done", 8) | ("failed", 31));
        assert_eq!(kept, expected, "{state} {days_ago} days ago");
    }
}

/// A guild's purge takes its pending jobs (closes, renames of its tickets) with its rows; the
/// purge job itself and other guilds' jobs stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_purge_deletes_the_guilds_jobs() {
    use ticketbox::clock::Timestamp;
    use ticketbox::store::jobs;
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let (gone, other) = (GuildId::new(GUILD), GuildId::new(GUILD + 1));
    world
        .store_transcript(&synthetic(gone, 1, UserId::new(ALICE), 2))
        .await;
    world
        .store_transcript(&synthetic(other, 1, UserId::new(ALICE), 2))
        .await;
    let now = Timestamp::from_millis(1_800_000_000_000);
    let (gone_sql, other_sql) = (GUILD as i64, GUILD as i64 + 1);
    let tickets: Vec<(i64, i64)> = db
        .write(move |tx| {
            tx.execute(
                "UPDATE tickets SET channel_id = guild_id + 100 WHERE guild_id IN (?1, ?2)",
                rusqlite::params![gone_sql, other_sql],
            )?;
            tx.execute(
                "INSERT INTO guilds (guild_id, first_seen_at, left_at) VALUES (?1, 0, 1)",
                [gone_sql],
            )?;
            let mut stmt = tx.prepare("SELECT id, channel_id FROM tickets ORDER BY guild_id")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
        .unwrap();
    let mut enqueue = Vec::new();
    for (ticket, channel) in &tickets {
        enqueue.push(JobKind::CloseTicket { ticket: *ticket });
        enqueue.push(JobKind::RenameChannel {
            channel: ticketbox::ids::ChannelId::from_sql(*channel).get(),
            name: "ticket-alice".to_owned(),
        });
    }
    let mut ids = Vec::new();
    for job in enqueue {
        ids.push(
            jobs::enqueue(db, job, None, now, now)
                .await
                .unwrap()
                .unwrap(),
        );
    }
    assert!(
        ticketbox::store::privacy::claim_guild_purge(db, gone, now, now)
            .await
            .unwrap()
    );
    let mut kept = Vec::new();
    for id in &ids {
        kept.push(jobs::status(db, *id).await.unwrap().is_some());
    }
    assert_eq!(
        kept,
        [false, false, true, true],
        "the departed guild's close and rename went, the other guild's stayed"
    );
}

/// The removed user's cached name does not survive in the cache file's free pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_users_cached_name_leaves_the_cache_file() {
    use ticketbox::cache::{CachedGuild, CachedMember, CachedUser};
    let world = TestWorld::builder().build().await;
    let (guild, alice) = (GuildId::new(GUILD), UserId::new(ALICE));
    let name = "ZebraUniqueUsername77";
    world
        .cache()
        .write(move |w| {
            w.put_guild(&CachedGuild {
                id: guild,
                name: "Guild".to_owned(),
                icon: None,
                owner_id: UserId::new(1),
                preferred_locale: "en-US".to_owned(),
            })?;
            w.put_member(&CachedMember {
                guild_id: guild,
                user_id: alice,
                nick: Some(format!("{name}-nick")),
                roles: Vec::new(),
                joined_at: None,
                avatar: None,
                seen_at: ticketbox::clock::Timestamp::from_millis(0),
            })?;
            w.put_user(&CachedUser {
                id: alice,
                username: name.to_owned(),
                global_name: None,
                discriminator: None,
                avatar: None,
                bot: false,
            })
        })
        .await
        .unwrap();
    let file = world.cache().path().to_path_buf();
    assert!(contains(&std::fs::read(&file).unwrap(), name));
    privacy::purge_user(&world.core, alice).await.unwrap();
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        !contains(&bytes, name),
        "the cache file still holds the removed name"
    );
}

/// A user row goes when the last cached member referring to it does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_row_goes_with_the_last_member() {
    use ticketbox::cache::{CachedMember, CachedUser};
    let world = TestWorld::builder().build().await;
    let alice = UserId::new(ALICE);
    let member = |g: u64| CachedMember {
        guild_id: GuildId::new(g),
        user_id: alice,
        nick: None,
        roles: Vec::new(),
        joined_at: None,
        avatar: None,
        seen_at: ticketbox::clock::Timestamp::from_millis(0),
    };
    let (one, two) = (member(1), member(2));
    world
        .cache()
        .write(move |w| {
            w.put_member(&one)?;
            w.put_member(&two)?;
            w.put_user(&CachedUser {
                id: alice,
                username: "alice".to_owned(),
                global_name: None,
                discriminator: None,
                avatar: None,
                bot: false,
            })
        })
        .await
        .unwrap();
    let user_row = || world.cache().read(move |r| r.user(alice));
    world
        .cache()
        .write(move |w| w.remove_member(GuildId::new(1), alice))
        .await
        .unwrap();
    assert!(
        user_row().await.unwrap().is_some(),
        "still a member elsewhere"
    );
    world
        .cache()
        .write(|w| w.remove_guild(GuildId::new(2)))
        .await
        .unwrap();
    assert!(
        user_row().await.unwrap().is_none(),
        "no member left: the user row went"
    );
}

/// Audit entries about a removed user made by someone else (a staff change, a blacklisting)
/// lose the user's id: the target column finds them, the detail text is rewritten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_entries_about_a_removed_user_are_anonymised() {
    use ticketbox::clock::Timestamp;
    use ticketbox::store::audit::{self, Entry};
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let (guild, alice, admin) = (GuildId::new(GUILD), UserId::new(ALICE), UserId::new(9));
    for (action, detail, target) in [
        ("staff.add", format!("user:{ALICE} as Support"), Some(alice)),
        ("blacklist.add", format!("user:{ALICE}"), Some(alice)),
        ("staff.add", "user:9 as Admin".to_owned(), Some(admin)),
    ] {
        audit::record(
            db,
            guild,
            Entry {
                user: admin,
                username: "the admin".to_owned(),
                action: action.to_owned(),
                detail,
                at: Timestamp::from_millis(1),
                target,
            },
        )
        .await
        .unwrap();
    }
    let export = privacy::export_user(&world.core, alice).await.unwrap();
    assert_eq!(
        export["database"]["dashboard_changes_about_them"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    privacy::purge_user(&world.core, alice).await.unwrap();
    let (entries, _) = audit::page(db, guild, 0, 10).await.unwrap();
    let about: Vec<(Option<UserId>, String)> = entries
        .iter()
        .rev()
        .map(|e| (e.target, e.detail.clone()))
        .collect();
    assert_eq!(
        about,
        [
            (Some(UserId::new(0)), "user:0 as Support".to_owned()),
            (Some(UserId::new(0)), "user:0".to_owned()),
            (Some(admin), "user:9 as Admin".to_owned()),
        ]
    );
    assert!(
        entries
            .iter()
            .all(|e| !e.detail.contains(&ALICE.to_string()))
    );
}
