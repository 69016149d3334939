//! The purge of a guild the bot left: after the grace period, not when it came back first, a
//! begun purge finished, and a guild left while ticketbox was offline.

use super::archive_privacy::{audit_change, closed_ticket};
use crate::support::*;
use serde_json::json;
use ticketbox::ids::{GuildId, TicketNumber};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_the_bot_left_is_purged_after_the_grace_period() {
    let mut world = TestWorld::builder()
        .with_discord()
        .with_manual_clock()
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new("Leaving")).await;
    let kept = world.add_cached_guild(&GuildSpec::new("Staying")).await;
    closed_ticket(&world, &g, g.members[0], &["bye"]).await;
    closed_ticket(&world, &kept, kept.members[0], &["still here"]).await;
    let guild = GuildId::new(g.id);
    for id in [guild, GuildId::new(kept.id)] {
        audit_change(&world.core, id, g.owner, "settings.update").await;
    }
    world.discord().remove_bot_from_guild(g.id);
    eventually("the leave to be recorded", || async {
        ticketbox::store::guilds::left_at(&world.core.db, guild)
            .await
            .unwrap()
            .map(drop)
    })
    .await;
    // Not yet: the grace period (30 days by default) has not passed.
    world.stop_bot().await;
    world.restart_bot();
    world.bot_ready().await;
    let cutoff = ticketbox::clock::Timestamp::from_millis(
        world.core.clock.now().millis() - 30 * 24 * 60 * 60 * 1000,
    );
    let due = ticketbox::store::privacy::guilds_left_before(&world.core.db, cutoff)
        .await
        .unwrap();
    assert!(due.is_empty(), "{due:?}");
    assert!(ticket_number(&world, g.id, 1).await.is_some());
    world
        .clock()
        .advance(std::time::Duration::from_hours(31 * 24));
    // The purge sweep runs when the job runner starts (then hourly).
    world.stop_bot().await;
    world.restart_bot();
    eventually("the guild's data to be purged", || async {
        let objects = world.stored_objects().await;
        let rows = ticket_number(&world, g.id, 1).await;
        (rows.is_none()
            && !objects
                .iter()
                .any(|(n, _)| n.starts_with(&format!("guilds/{}/", g.id))))
        .then_some(())
    })
    .await;
    assert!(
        world
            .cache()
            .read(move |r| r.guild(guild))
            .await
            .unwrap()
            .is_none()
    );
    let audit = |id: u64| {
        let db = world.core.db.clone();
        async move {
            ticketbox::store::audit::page(&db, GuildId::new(id), 0, 10)
                .await
                .unwrap()
                .0
                .len()
        }
    };
    assert_eq!(audit(g.id).await, 0, "its audit log goes too");
    // The other guild keeps everything (the change, and the ticket category ticketbox made).
    assert_eq!(audit(kept.id).await, 2);
    assert!(ticket_number(&world, kept.id, 1).await.is_some());
    world
        .core
        .archive
        .load_transcript(GuildId::new(kept.id), TicketNumber::new(1))
        .await
        .unwrap();
    // The purge is logged as completed once it has finished.
    eventually("the purge to be logged", || async {
        let log = ticketbox::store::privacy::requests(&world.core.db)
            .await
            .unwrap();
        log.iter()
            .any(|r| r.kind == "guild_purge" && r.subject == g.id && r.completed_at.is_some())
            .then_some(())
    })
    .await;
}

/// A world whose guild purge is due at once; its clock moves when the test says.
async fn purging_world() -> TestWorld {
    let world = TestWorld::builder()
        .with_discord()
        .with_manual_clock()
        .with_config(|c| c.archive.guild_purge_days = 0)
        .build()
        .await;
    world.bot_ready().await;
    world
}

/// A guild with one archived ticket that the bot then left; returns it and a purge cutoff after
/// the leave.
async fn left_guild(world: &TestWorld, name: &str) -> (GuildHandle, ticketbox::clock::Timestamp) {
    let g = world.add_cached_guild(&GuildSpec::new(name)).await;
    closed_ticket(world, &g, g.members[0], &["before leaving"]).await;
    world.discord().remove_bot_from_guild(g.id);
    let db = world.core.db.clone();
    eventually("the leave to be recorded", || async {
        ticketbox::store::guilds::left_at(&db, GuildId::new(g.id))
            .await
            .unwrap()
            .map(drop)
    })
    .await;
    world.clock().advance(std::time::Duration::from_millis(20));
    (g, world.core.clock.now())
}

/// [`left_guild`], then the purge's first step (a restart would resume from here): claimed.
async fn purge_begun(world: &TestWorld, name: &str) -> (GuildHandle, ticketbox::clock::Timestamp) {
    let (g, cutoff) = left_guild(world, name).await;
    let claimed = ticketbox::store::privacy::claim_guild_purge(
        &world.core.db,
        GuildId::new(g.id),
        cutoff,
        cutoff,
    )
    .await
    .unwrap();
    assert!(claimed);
    (g, cutoff)
}

/// The bot is added back: Discord sends the guild's GUILD_CREATE again.
async fn rejoin(world: &TestWorld, guild: GuildId) {
    world.discord().add_bot_back_to_guild(guild.get());
    eventually("the return to be recorded and cached", || async {
        let present = ticketbox::store::guilds::left_at(&world.core.db, guild)
            .await
            .unwrap()
            .is_none();
        let cached = world
            .cache()
            .read(move |r| r.guild(guild))
            .await
            .unwrap()
            .is_some();
        (present && cached).then_some(())
    })
    .await;
}

/// A guild the bot rejoined before its purge began keeps everything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_rejoined_before_its_purge_keeps_everything() {
    let world = purging_world().await;
    let (g, cutoff) = left_guild(&world, "Back before purge").await;
    let guild = GuildId::new(g.id);
    rejoin(&world, guild).await;
    assert!(
        !ticketbox::services::privacy::purge_guild(&world.core, guild, cutoff)
            .await
            .unwrap()
    );
    assert!(ticket_number(&world, g.id, 1).await.is_some());
    world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(1))
        .await
        .unwrap();
}

/// A purge that has begun runs to the end even when the bot is added back meanwhile. Its rows
/// go with the claim, so the returned guild starts afresh at once and keeps what it does from
/// then on; a ticket it closes while the old transcripts are being deleted is stored once they
/// are gone (it used the same ticket number as an old one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_begun_guild_purge_finishes_and_the_returned_guild_starts_afresh() {
    let world = purging_world().await;
    let (g, cutoff) = purge_begun(&world, "Back during purge").await;
    let (guild, db) = (GuildId::new(g.id), world.core.db.clone());
    assert!(
        ticket_number(&world, g.id, 1).await.is_none(),
        "its rows go at once"
    );
    rejoin(&world, guild).await;
    let resumable = ticketbox::store::privacy::guilds_left_before(
        &db,
        ticketbox::clock::Timestamp::from_millis(0),
    )
    .await
    .unwrap();
    assert_eq!(resumable, vec![guild], "a begun purge is picked up again");

    // Back in the guild, a member opens and closes a ticket (number 1 again) meanwhile.
    let ch = open(&world, &g, g.members[1]).await;
    world
        .discord()
        .post_message(ch, g.members[1], "after the return");
    assert_eq!(ticket(&world, ch).await.unwrap().number.get(), 1);
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually("the close to wait for the purge", || async {
        let error: Option<String> = db
            .read(|c| {
                Ok(c.query_row(
                    "SELECT last_error FROM jobs WHERE kind = 'close_ticket' ORDER BY id DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )?)
            })
            .await
            .unwrap();
        error.filter(|e| e.contains("still being removed"))
    })
    .await;

    assert!(
        ticketbox::services::privacy::purge_guild(&world.core, guild, cutoff)
            .await
            .unwrap()
    );
    let objects = world.stored_objects().await;
    assert!(
        !objects
            .iter()
            .any(|(n, _)| n.starts_with(&format!("guilds/{}/", g.id))),
        "the old objects are gone: {objects:?}"
    );
    // The new ticket's close goes on once its retry is due, and its transcript is the new one.
    world.clock().advance(std::time::Duration::from_hours(1));
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(guild, TicketNumber::new(1))
        .await
        .unwrap();
    assert!(doc.messages.iter().any(|m| m.content == "after the return"));
    assert!(doc.messages.iter().all(|m| m.content != "before leaving"));
    // Present again, no purge pending.
    assert!(
        ticketbox::store::guilds::left_at(&db, guild)
            .await
            .unwrap()
            .is_none()
    );
    let still_due = ticketbox::store::privacy::guilds_left_before(&db, world.core.clock.now())
        .await
        .unwrap();
    assert!(!still_due.contains(&guild), "{still_due:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_removed_while_offline_is_recorded_as_left_at_ready() {
    let mut world = TestWorld::builder().with_discord().build().await;
    world.bot_ready().await;
    let gone = world.add_cached_guild(&GuildSpec::new("Gone")).await;
    let stays = world.add_cached_guild(&GuildSpec::new("Stays")).await;
    world.stop_bot().await;
    // Removed while ticketbox was down: no GUILD_DELETE reaches it.
    world.discord().remove_bot_from_guild(gone.id);
    world.restart_bot();
    let left = |guild: u64| {
        let db = world.core.db.clone();
        async move {
            ticketbox::store::guilds::left_at(&db, GuildId::new(guild))
                .await
                .unwrap()
        }
    };
    eventually("the offline removal to be recorded", || async {
        left(gone.id).await.map(drop)
    })
    .await;
    // A guild that joins right after READY is not mistaken for a missing one.
    let joined = world.add_cached_guild(&GuildSpec::new("Joined")).await;
    assert!(left(stays.id).await.is_none());
    assert!(left(joined.id).await.is_none());
    let gone_id = GuildId::new(gone.id);
    assert!(
        world
            .cache()
            .read(move |r| r.guild(gone_id))
            .await
            .unwrap()
            .is_none()
    );
}

/// The bot comes back during a purge and leaves again before it ends: the purge ends for the
/// old data only; what the guild did after its return stays and waits out its own grace period.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_left_again_during_its_purge_keeps_its_new_data_for_a_new_grace_period() {
    let world = purging_world().await;
    let (g, cutoff) = purge_begun(&world, "Back and gone again").await;
    let (guild, db) = (GuildId::new(g.id), world.core.db.clone());
    rejoin(&world, guild).await;
    let ch = open(&world, &g, g.members[1]).await;
    assert_eq!(ticket(&world, ch).await.unwrap().number.get(), 1);
    world.clock().advance(std::time::Duration::from_millis(20));
    world.discord().remove_bot_from_guild(g.id);
    eventually("the second leave to be recorded", || async {
        ticketbox::store::guilds::left_at(&db, guild)
            .await
            .unwrap()
            .map(drop)
    })
    .await;

    assert!(
        ticketbox::services::privacy::purge_guild(&world.core, guild, cutoff)
            .await
            .unwrap()
    );
    assert!(
        ticket_number(&world, g.id, 1).await.is_some(),
        "the ticket opened after the return stays"
    );
    assert!(
        !ticketbox::store::privacy::purge_running(&db, guild)
            .await
            .unwrap()
    );
    world.clock().advance(std::time::Duration::from_millis(20));
    let due = ticketbox::store::privacy::guilds_left_before(&db, world.core.clock.now())
        .await
        .unwrap();
    assert_eq!(due, vec![guild], "its new departure is due in turn");
    let second_leave = ticketbox::store::guilds::left_at(&db, guild)
        .await
        .unwrap()
        .unwrap();
    assert!(second_leave > cutoff);
}
