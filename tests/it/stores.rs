//! SQLite and redb through the test world: number reservation, cache round trips, corruption.

use std::collections::BTreeSet;

use ticketbox::cache::{
    Cache, CacheError, CachedChannel, CachedGuild, CachedMember, CachedRole, CachedUser,
    ChannelKind, OverwriteTarget, PermissionOverwrite,
};
use ticketbox::clock::Timestamp;
use ticketbox::ids::{ChannelId, GuildId, PanelId, RoleId, UserId};
use ticketbox::store::Db;
use ticketbox::store::tickets::{Conflict, NewTicket, reserve_number};
use ticketbox::testkit::TestWorld;

fn new_ticket(guild: u64, opener: u64, panel: Option<i64>) -> NewTicket {
    NewTicket {
        guild: GuildId::new(guild),
        opener: UserId::new(opener),
        panel: panel.map(PanelId::new),
        subject: None,
        opened_at: Timestamp::from_millis(1_700_000_000_000),
        user_limit: None,
        server_cap: None,
        panel_cap: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_reservations_get_distinct_consecutive_numbers() {
    let world = TestWorld::builder().build().await;
    let db = world.core.db.clone();
    let mut tasks = Vec::new();
    for guild in [1_u64, 2] {
        for opener in 0..50_u64 {
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                (
                    guild,
                    reserve_number(&db, new_ticket(guild, 1000 + opener, None))
                        .await
                        .unwrap()
                        .unwrap(),
                )
            }));
        }
    }
    let mut numbers: std::collections::BTreeMap<u64, Vec<u32>> = std::collections::BTreeMap::new();
    let mut ids = BTreeSet::new();
    for task in tasks {
        let (guild, reserved) = task.await.unwrap();
        numbers
            .entry(guild)
            .or_default()
            .push(reserved.number.get());
        assert!(ids.insert(reserved.id), "ticket ids are unique");
    }
    for (guild, mut got) in numbers {
        got.sort_unstable();
        assert_eq!(
            got,
            (1..=50).collect::<Vec<u32>>(),
            "guild {guild}: no duplicates, no gaps"
        );
    }
}

#[tokio::test]
async fn double_open_on_one_panel_is_refused_and_takes_no_number() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let panel = db
        .write(|tx| {
            tx.execute(
                "INSERT INTO panels (guild_id, title, created_at) VALUES (7, 'Support', 0)",
                [],
            )?;
            Ok(tx.last_insert_rowid())
        })
        .await
        .unwrap();
    let first = reserve_number(db, new_ticket(7, 42, Some(panel)))
        .await
        .unwrap()
        .unwrap();
    let second = reserve_number(db, new_ticket(7, 42, Some(panel))).await;
    assert!(
        matches!(second, Ok(Err(Conflict::AlreadyOpening))),
        "{second:?}"
    );
    let third = reserve_number(db, new_ticket(7, 43, Some(panel)))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (first.number.get(), third.number.get()),
        (1, 2),
        "the refused open took no number"
    );
}

#[tokio::test]
async fn database_survives_reopen_and_foreign_keys_are_enforced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let db = Db::open(&path).unwrap();
        reserve_number(&db, new_ticket(1, 2, None))
            .await
            .unwrap()
            .unwrap();
        let fk = db
            .write(|tx| {
                Ok(tx.execute(
                    "INSERT INTO ticket_members VALUES (999, 1, 'user', 1, 0)",
                    [],
                ))
            })
            .await
            .unwrap();
        assert!(fk.is_err(), "foreign keys must be on");
    }
    let db = Db::open(&path).unwrap();
    let next = reserve_number(&db, new_ticket(1, 3, None))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(next.number.get(), 2);
    let mode: String = db
        .read(|c| Ok(c.pragma_query_value(None, "journal_mode", |r| r.get(0))?))
        .await
        .unwrap();
    assert_eq!(mode, "wal");
}

fn guild(id: u64) -> CachedGuild {
    CachedGuild {
        id: GuildId::new(id),
        name: format!("Guild {id}"),
        icon: None,
        owner_id: UserId::new(1),
        preferred_locale: "de".to_owned(),
    }
}

fn channel(guild: u64, id: u64) -> CachedChannel {
    CachedChannel {
        id: ChannelId::new(id),
        guild_id: GuildId::new(guild),
        kind: ChannelKind::Text,
        name: format!("c{id}"),
        parent_id: None,
        position: 0,
        overwrites: vec![PermissionOverwrite {
            target: OverwriteTarget::Role(RoleId::new(guild)),
            allow: 0,
            deny: 1024,
        }],
    }
}

fn role(guild: u64, id: u64) -> CachedRole {
    CachedRole {
        id: RoleId::new(id),
        guild_id: GuildId::new(guild),
        name: format!("r{id}"),
        colour: 0x00ff_00ff,
        position: 1,
        permissions: 8,
        managed: false,
        mentionable: true,
    }
}

fn member(guild: u64, user: u64) -> CachedMember {
    CachedMember {
        guild_id: GuildId::new(guild),
        user_id: UserId::new(user),
        nick: Some("nick".into()),
        roles: vec![RoleId::new(5)],
        joined_at: Some(Timestamp::from_millis(5)),
        avatar: None,
        seen_at: Timestamp::from_millis(7),
    }
}

fn user(id: u64) -> CachedUser {
    CachedUser {
        id: UserId::new(id),
        username: format!("user{id}"),
        global_name: Some("User".into()),
        discriminator: None,
        avatar: Some("abc".into()),
        bot: false,
    }
}

async fn fill(cache: &Cache) {
    cache
        .write(|w| {
            for g in [10, 20] {
                w.put_guild(&guild(g))?;
                for c in 1..=3 {
                    w.put_channel(&channel(g, g * 100 + c))?;
                    w.put_role(&role(g, g * 1000 + c))?;
                    w.put_member(&member(g, c))?;
                }
            }
            w.put_user(&user(1))?;
            Ok(())
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn cache_round_trip_list_by_guild_and_remove() {
    let world = TestWorld::builder().build().await;
    let cache = world.cache();
    fill(cache).await;
    let (g, chans, roles, members, c, by_id, m, u, none) = cache
        .read(|r| {
            Ok((
                r.guild(GuildId::new(10))?,
                r.channels(GuildId::new(10))?,
                r.roles(GuildId::new(20))?,
                r.members(GuildId::new(10))?,
                r.channel(GuildId::new(10), ChannelId::new(1002))?,
                r.channel_by_id(ChannelId::new(2003))?,
                r.member(GuildId::new(20), UserId::new(3))?,
                r.user(UserId::new(1))?,
                r.guild(GuildId::new(30))?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(g, Some(guild(10)));
    assert_eq!(
        chans,
        vec![channel(10, 1001), channel(10, 1002), channel(10, 1003)]
    );
    assert_eq!(
        roles.iter().map(|r| r.id.get()).collect::<Vec<_>>(),
        vec![20001, 20002, 20003]
    );
    assert_eq!(members.len(), 3);
    assert_eq!(c, Some(channel(10, 1002)));
    assert_eq!(by_id, Some(channel(20, 2003)));
    assert_eq!(m, Some(member(20, 3)));
    assert_eq!(u, Some(user(1)));
    assert_eq!(none, None);

    let removed = cache
        .write(|w| {
            Ok((
                w.remove_member(GuildId::new(10), UserId::new(1))?,
                w.remove_guild(GuildId::new(20))?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(removed, (true, true));
    let after = cache
        .read(|r| {
            Ok((
                r.members(GuildId::new(10))?.len(),
                r.guild(GuildId::new(20))?,
                r.channels(GuildId::new(20))?.len(),
                r.roles(GuildId::new(20))?.len(),
                r.members(GuildId::new(20))?.len(),
                r.channel_by_id(ChannelId::new(2001))?,
                r.channels(GuildId::new(10))?.len(),
                r.user(UserId::new(1))?.is_some(),
            ))
        })
        .await
        .unwrap();
    // User 1 was a member of guilds 10 and 20 only: with both memberships gone, so is the
    // user row (PRIVACY.md §1; see privacy_removal.rs for the rule on its own).
    assert_eq!(after, (2, None, 0, 0, 0, None, 3, false));
}

#[tokio::test]
async fn cache_persists_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.redb");
    {
        let cache = Cache::open(&path, false).unwrap();
        fill(&cache).await;
    }
    let cache = Cache::open(&path, false).unwrap();
    let count = cache
        .read(|r| Ok(r.channels(GuildId::new(20))?.len()))
        .await
        .unwrap();
    assert_eq!(count, 3);
    drop(cache);
    let reset = Cache::open(&path, true).unwrap();
    let count = reset.read(|r| Ok(r.guilds()?.len())).await.unwrap();
    assert_eq!(count, 0, "--reset-cache starts empty");
}

#[test]
fn corrupt_cache_file_gives_a_clear_error_naming_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.redb");
    std::fs::write(&path, vec![0x5a; 64 * 1024]).unwrap();
    let err = Cache::open(&path, false).unwrap_err();
    assert!(matches!(err, CacheError::Open { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains(path.to_str().unwrap()), "{message}");
    assert!(
        message.contains("--reset-cache") && message.contains("delete the file"),
        "{message}"
    );
    assert!(Cache::open(&path, true).is_ok(), "--reset-cache recovers");
}

#[test]
fn cache_in_use_by_another_process_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.redb");
    let _first = Cache::open(&path, false).unwrap();
    let err = Cache::open(&path, false).unwrap_err();
    assert!(
        err.to_string()
            .contains("in use by another ticketbox process"),
        "{err}"
    );
}
