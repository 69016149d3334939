//! The real serenity/poise bot against the fake Discord: connect, cache, commands, faults,
//! reconnects.

use serde_json::json;
use ticketbox::cache::CachedMember;
use ticketbox::ids::{GuildId, UserId};
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

async fn connected_world() -> TestWorld {
    let world = TestWorld::builder().with_discord().build().await;
    world.discord().wait_for_identify(1).await;
    // Commands are registered from READY; wait until they are there.
    world.discord().wait_for_call("PUT", "/commands").await;
    world
}

async fn member(world: &TestWorld, guild: u64, user: u64) -> Option<CachedMember> {
    world
        .cache()
        .read(move |r| r.member(GuildId::new(guild), UserId::new(user)))
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connects_and_caches_three_guilds() {
    let world = connected_world().await;
    let fake = world.discord();
    let identify = &fake.gateway().identify_payloads()[0];
    let intents = identify["intents"].as_u64().unwrap();
    for bit in [1 << 0, 1 << 1, 1 << 9, 1 << 15] {
        assert_ne!(intents & bit, 0, "intent bit {bit} missing: {intents:#b}");
    }
    assert!(
        identify.get("token").is_none(),
        "the fake never keeps the token"
    );

    let guilds: Vec<_> = (0..3)
        .map(|n| {
            fake.add_guild(
                &GuildSpec::new(&format!("Guild {n}"))
                    .with_members(5)
                    .with_text_channels(3),
            )
        })
        .collect();
    for g in &guilds {
        let id = GuildId::new(g.id);
        let (guild, channels, roles, members) = eventually("guild cached", || {
            let cache = world.cache().clone();
            async move {
                let snapshot = cache
                    .read(move |r| {
                        Ok((r.guild(id)?, r.channels(id)?, r.roles(id)?, r.members(id)?))
                    })
                    .await
                    .unwrap();
                snapshot.0.is_some().then_some(snapshot)
            }
        })
        .await;
        let guild = guild.unwrap();
        assert_eq!(guild.owner_id, UserId::new(g.owner));
        assert_eq!(channels.len(), 4, "category + 3 text channels");
        assert_eq!(roles.len(), 2, "@everyone + Moderator");
        assert_eq!(members.len(), 7, "5 members + owner + bot");
        let user = world.cache().read({
            let u = g.members[0];
            move |r| r.user(UserId::new(u))
        });
        assert_eq!(user.await.unwrap().unwrap().username, "member0");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn member_join_and_leave_update_the_cache() {
    let world = connected_world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Joins"));
    let newcomer = fake.member_join(g.id, "newcomer");
    eventually("newcomer cached", || async {
        member(&world, g.id, newcomer).await
    })
    .await;
    fake.member_leave(g.id, g.members[0]);
    fake.member_leave(g.id, newcomer);
    eventually("members removed", || async {
        (member(&world, g.id, g.members[0]).await.is_none()
            && member(&world, g.id, newcomer).await.is_none())
        .then_some(())
    })
    .await;
    assert!(
        member(&world, g.id, g.members[1]).await.is_some(),
        "other members stay"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guild_removal_clears_cache_and_records_leave_but_outage_keeps_it() {
    let world = connected_world().await;
    let fake = world.discord();
    let gone = fake.add_guild(&GuildSpec::new("Gone"));
    let down = fake.add_guild(&GuildSpec::new("Down"));
    for g in [&gone, &down] {
        let world = &world;
        eventually("guild cached", || async move {
            member(world, g.id, g.owner).await
        })
        .await;
    }
    fake.guild_outage(down.id);
    fake.remove_bot_from_guild(gone.id);
    let db = world.core.db.clone();
    eventually("leave recorded", || {
        let db = db.clone();
        async move {
            ticketbox::store::guilds::left_at(&db, GuildId::new(gone.id))
                .await
                .unwrap()
        }
    })
    .await;
    assert!(
        member(&world, gone.id, gone.owner).await.is_none(),
        "removed guild purged from cache"
    );
    assert!(
        member(&world, down.id, down.owner).await.is_some(),
        "unavailable guild keeps its cache"
    );
    let down_left = ticketbox::store::guilds::left_at(&db, GuildId::new(down.id))
        .await
        .unwrap();
    assert_eq!(down_left, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_command_round_trip() {
    let world = connected_world().await;
    let fake = world.discord();
    let registered = fake.global_commands();
    assert!(
        registered.iter().any(|c| c["name"] == "help"),
        "{registered:?}"
    );
    let g = fake.add_guild(&GuildSpec::new("Help"));
    let help = fake.slash_command(g.id, g.channels[0], g.members[0], "help", json!([]));
    let response = fake.interaction_response(&help).await;
    assert_eq!(response["type"], 4, "a message response: {response}");
    assert_eq!(response["data"]["flags"], 64, "ephemeral: {response}");
    assert!(
        response["data"]["content"]
            .as_str()
            .unwrap()
            .contains("/help"),
        "{response}"
    );
    // The invoking member is cached from the interaction.
    eventually("invoker cached", || async {
        member(&world, g.id, g.members[0]).await
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_error_gives_a_clear_ephemeral_reply_and_the_bot_keeps_running() {
    let world = connected_world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Faults"));
    fake.inject(Fault::new("POST", "/callback", FaultKind::Status(500)));
    let first = fake.slash_command(g.id, g.channels[0], g.members[0], "help", json!([]));
    let reply = fake.interaction_response(&first).await;
    assert_eq!(reply["data"]["flags"], 64, "{reply}");
    let text = reply["data"]["content"].as_str().unwrap();
    assert!(
        text.contains("Discord had a problem") && text.contains("500"),
        "{text}"
    );
    let failed = fake
        .calls()
        .into_iter()
        .filter(|c| c.path.ends_with("/callback") && c.status == 500)
        .count();
    assert_eq!(failed, 1);

    let second = fake.slash_command(g.id, g.channels[0], g.members[1], "help", json!([]));
    let reply = fake.interaction_response(&second).await;
    assert!(
        reply["data"]["content"].as_str().unwrap().contains("/help"),
        "the bot still works: {reply}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_gateway_resumes_without_losing_events() {
    let world = connected_world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Resume"));
    eventually("guild cached", || async {
        member(&world, g.id, g.owner).await
    })
    .await;
    assert!(fake.gateway().drop_connection());
    // Sent while the connection is down: replayed on RESUME.
    let late = fake.member_join(g.id, "late");
    fake.wait_for("a resume", || {
        (fake.gateway().resume_count() >= 1).then_some(())
    })
    .await;
    eventually("event sent during the outage arrives", || async {
        member(&world, g.id, late).await
    })
    .await;
    assert_eq!(
        fake.gateway().identify_count(),
        1,
        "resumed, not re-identified"
    );

    let help = fake.slash_command(g.id, g.channels[0], g.members[0], "help", json!([]));
    let reply = fake.interaction_response(&help).await;
    assert!(reply["data"]["content"].as_str().unwrap().contains("/help"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_session_makes_the_bot_identify_again() {
    let world = connected_world().await;
    let fake = world.discord();
    assert!(fake.gateway().invalidate_session(false));
    fake.wait_for_identify(2).await;
    let g = fake.add_guild(&GuildSpec::new("After"));
    let help = fake.slash_command(g.id, g.channels[0], g.members[0], "help", json!([]));
    assert_eq!(fake.interaction_response(&help).await["type"], 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disallowed_intents_stop_the_bot_with_the_portal_instructions() {
    let world = TestWorld::builder().with_discord().build().await;
    world
        .discord()
        .gateway()
        .disallow_intents((1 << 1) | (1 << 15));
    let mut world = world;
    let exit = world.bot_exit().await;
    let ticketbox::discord::BotExit::Failed(message) = exit else {
        panic!("expected a failure, got {exit:?}")
    };
    assert!(
        message.contains("4014")
            && message.contains("SERVER MEMBERS INTENT")
            && message.contains("MESSAGE CONTENT INTENT"),
        "{message}"
    );
    assert_eq!(world.core.bot_status().as_str(), "failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shuts_down_cleanly() {
    let mut world = connected_world().await;
    let exit = tokio::time::timeout(std::time::Duration::from_secs(10), world.stop_bot())
        .await
        .unwrap();
    assert_eq!(exit, ticketbox::discord::BotExit::Stopped);
}
