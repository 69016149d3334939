//! The real serenity/poise bot against the fake Discord: connect, cache, commands, faults,
//! reconnects.

use serde_json::json;
use ticketbox::cache::CachedMember;
use ticketbox::ids::{GuildId, UserId};
use ticketbox::testkit::fake_discord::{BOT_ID, Fault, FaultKind, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

async fn connected_world() -> TestWorld {
    let world = TestWorld::builder().with_discord().build().await;
    world.discord().wait_for_identify(1).await;
    // Commands are registered from READY; wait until they are there.
    world.discord().wait_for_call("PUT", "/commands").await;
    world
}

async fn member(world: &TestWorld, guild: u64, user: u64) -> Option<CachedMember> {
    world.cached_member(guild, user).await
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

    // Two members of each guild sit in a voice channel: without GUILD_PRESENCES, Discord's
    // GUILD_CREATE lists only them and the bot.
    let guilds: Vec<_> = (0..3)
        .map(|n| {
            fake.add_guild(
                &GuildSpec::new(&format!("Guild {n}"))
                    .with_members(5)
                    .with_members_in_voice(2)
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
        assert_eq!(
            channels.len(),
            5,
            "category + 3 text channels + the voice channel"
        );
        assert_eq!(roles.len(), 3, "@everyone + Moderator + the bot's role");
        let mut cached: Vec<u64> = members.iter().map(|m| m.user_id.get()).collect();
        cached.sort_unstable();
        let mut expected = vec![BOT_ID, g.members[0], g.members[1]];
        expected.sort_unstable();
        assert_eq!(
            cached, expected,
            "the bot and the two members in voice, no one else"
        );
        let user = |u: u64| world.cache().read(move |r| r.user(UserId::new(u)));
        assert_eq!(
            user(g.members[0]).await.unwrap().unwrap().username,
            "member0"
        );
        assert!(
            user(g.members[2]).await.unwrap().is_none(),
            "not in voice: not sent, not cached"
        );
        assert!(user(g.owner).await.unwrap().is_none());
    }
    assert!(
        fake.gateway().member_requests().is_empty(),
        "no member request on connect"
    );
}

/// Waits until the bot has applied every gateway event sent so far: a role created now is
/// cached after them (one writer applies events in gateway order).
async fn settle(world: &TestWorld, guild: u64) {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let role = 778_000_000_000_000_000 + NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    world.discord().dispatch(
        "GUILD_ROLE_CREATE",
        json!({"guild_id": guild.to_string(), "role": ticketbox::testkit::fake_discord::json::role(role, "marker", 0, 1)}),
    );
    let (guild, role) = (GuildId::new(guild), ticketbox::ids::RoleId::new(role));
    eventually("earlier events applied", || async {
        world
            .cache()
            .read(move |r| r.role(guild, role))
            .await
            .unwrap()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_are_cached_when_they_interact_and_kept_current_until_they_leave() {
    let world = connected_world().await;
    let fake = world.discord();
    let g = world.add_cached_guild(&GuildSpec::new("Joins")).await;
    // Joining or changing roles does not put anyone in the cache (PRIVACY.md §1).
    let newcomer = fake.member_join(g.id, "newcomer");
    fake.set_member_roles(g.id, g.members[1], &[g.roles[0]]);
    settle(&world, g.id).await;
    assert!(member(&world, g.id, newcomer).await.is_none());
    assert!(member(&world, g.id, g.members[1]).await.is_none());

    // Interacting does; later events then keep the row current.
    for user in [newcomer, g.members[0]] {
        let help = fake.slash_command(g.id, g.channels[0], user, "help", json!([]));
        fake.interaction_response(&help).await;
        eventually("interacting member cached", || async {
            member(&world, g.id, user).await
        })
        .await;
    }
    fake.set_member_roles(g.id, newcomer, &[g.roles[0]]);
    eventually("role change applied", || async {
        member(&world, g.id, newcomer)
            .await
            .filter(|m| m.roles == [ticketbox::ids::RoleId::new(g.roles[0])])
    })
    .await;
    fake.member_leave(g.id, newcomer);
    eventually("member removed", || async {
        member(&world, g.id, newcomer).await.is_none().then_some(())
    })
    .await;
    assert!(
        member(&world, g.id, g.members[0]).await.is_some(),
        "other members stay"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guild_removal_clears_cache_and_records_leave_but_outage_keeps_it() {
    let world = connected_world().await;
    let fake = world.discord();
    let gone = world.add_cached_guild(&GuildSpec::new("Gone")).await;
    let down = world.add_cached_guild(&GuildSpec::new("Down")).await;
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
        member(&world, gone.id, BOT_ID).await.is_none(),
        "removed guild purged from cache"
    );
    assert!(
        member(&world, down.id, BOT_ID).await.is_some(),
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
    let g = world.add_cached_guild(&GuildSpec::new("Resume")).await;
    assert!(fake.gateway().drop_connection());
    // Sent while the connection is down: replayed on RESUME.
    let late = 777_000_000_000_000_009_u64;
    fake.dispatch(
        "GUILD_ROLE_CREATE",
        json!({"guild_id": g.id.to_string(), "role": ticketbox::testkit::fake_discord::json::role(late, "Late", 0, 2)}),
    );
    fake.wait_for("a resume", || {
        (fake.gateway().resume_count() >= 1).then_some(())
    })
    .await;
    eventually("event sent during the outage arrives", || async {
        world
            .cache()
            .read(move |r| r.role(GuildId::new(g.id), ticketbox::ids::RoleId::new(late)))
            .await
            .unwrap()
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
    // The status page says it in the visitor's language; the portal's labels stay as Discord
    // shows them.
    let ticketbox::services::BotStatus::Failed(shown) = world.core.bot_status() else {
        unreachable!()
    };
    assert_eq!(shown.to_string(), message);
    let german = shown.render(ticketbox::i18n::Lang::De);
    assert!(
        german.starts_with("Discord hat die Gateway-Intents abgelehnt")
            && german.contains("SERVER MEMBERS INTENT"),
        "{german}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shuts_down_cleanly() {
    let mut world = connected_world().await;
    let exit = tokio::time::timeout(std::time::Duration::from_secs(10), world.stop_bot())
        .await
        .unwrap();
    assert_eq!(exit, ticketbox::discord::BotExit::Stopped);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnect_request_resumes_the_session() {
    let world = connected_world().await;
    let fake = world.discord();
    assert!(fake.gateway().request_reconnect());
    fake.wait_for("a resume after op 7", || {
        (fake.gateway().resume_count() >= 1).then_some(())
    })
    .await;
    let g = fake.add_guild(&GuildSpec::new("After op 7"));
    let help = fake.slash_command(g.id, g.channels[0], g.members[0], "help", json!([]));
    assert_eq!(fake.interaction_response(&help).await["type"], 4);
    assert_eq!(fake.gateway().identify_count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identify_carries_the_presence_text() {
    let world = connected_world().await;
    let identify = &world.discord().gateway().identify_payloads()[0];
    let activity = &identify["presence"]["activities"][0];
    assert_eq!(activity["state"], "/open to get help", "{identify}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_guild_registers_commands_in_that_guild_only() {
    let world = TestWorld::builder()
        .with_config(|c| c.discord.dev_guild_id = "424242".into())
        .with_discord()
        .build()
        .await;
    let call = world.discord().wait_for_call("PUT", "/commands").await;
    assert!(
        call.path.ends_with("/guilds/424242/commands"),
        "{}",
        call.path
    );
    let names: Vec<&str> = call
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    for expected in ["help", "open", "close", "setup", "panel", "Start ticket"] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    assert!(world.discord().global_commands().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_guild_only() {
    let world = connected_world().await;
    let commands = world.discord().global_commands();
    assert!(commands.len() > 20, "{commands:?}");
    for command in &commands {
        // /mydata works in a DM with the bot too ("Interactions → Interaction Context Types":
        // 0 guild, 1 bot DM).
        let contexts = if command["name"] == "mydata" {
            json!([0, 1])
        } else {
            json!([0])
        };
        assert_eq!(command["contexts"], contexts, "contexts: {command}");
    }
    // Admin commands are hidden from members by default (Manage Server); the bot re-checks
    // levels itself on every use.
    for admin in ["setup", "panel", "addadmin", "addsupport"] {
        let command = commands.iter().find(|c| c["name"] == admin).unwrap();
        assert_eq!(command["default_member_permissions"], "32", "{command}");
    }
    let open = commands.iter().find(|c| c["name"] == "open").unwrap();
    assert!(open["default_member_permissions"].is_null(), "{open}");
}

/// Registered commands carry a description in every shipped language's Discord locales (the
/// fake refuses a registration that breaks Discord's limits on them), and the context-menu
/// commands a localized name; command and option names stay English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registered_commands_carry_localizations() {
    let world = connected_world().await;
    let commands = world.discord().global_commands();
    let open = commands.iter().find(|c| c["name"] == "open").unwrap();
    for locale in ["de", "fr", "es-ES", "es-419", "pt-BR", "nl", "pl", "tr"] {
        let text = open["description_localizations"][locale]
            .as_str()
            .unwrap_or_default();
        assert!(
            !text.is_empty() && text != open["description"],
            "{locale}: {open}"
        );
    }
    assert!(
        open["name_localizations"]
            .as_object()
            .is_none_or(serde_json::Map::is_empty),
        "{open}"
    );
    let panel = commands.iter().find(|c| c["name"] == "panel").unwrap();
    let create = panel["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "create")
        .unwrap();
    assert!(
        create["description_localizations"]["de"].is_string(),
        "{create}"
    );
    let menu = commands
        .iter()
        .find(|c| c["name"] == "Start ticket")
        .unwrap();
    assert!(menu["name_localizations"]["de"].is_string(), "{menu}");
}

/// Every entity event the cache follows, dispatched with Discord-shaped payloads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted sequence of events reads best in one place
async fn entity_events_keep_the_cache_current() {
    use ticketbox::testkit::fake_discord::json as j;
    let world = connected_world().await;
    let fake = world.discord();
    let g = world.add_cached_guild(&GuildSpec::new("Events")).await;
    let guild = GuildId::new(g.id);
    let read = |f: fn(&ticketbox::cache::CacheRead, GuildId) -> Option<String>| {
        let cache = world.cache().clone();
        async move { cache.read(move |r| Ok(f(r, guild))).await.unwrap() }
    };

    fake.dispatch("GUILD_UPDATE", {
        let mut guild = j::guild(g.id, "Renamed", g.owner, &[]);
        guild["roles"] = json!([j::role(g.id, "@everyone", 0, 0)]);
        guild
    });
    eventually("guild renamed", || {
        read(|r, g| {
            r.guild(g)
                .ok()?
                .filter(|g| g.name == "Renamed")
                .map(|g| g.name)
        })
    })
    .await;

    let role = 777_000_000_000_000_001_u64;
    fake.dispatch(
        "GUILD_ROLE_CREATE",
        json!({"guild_id": g.id.to_string(), "role": j::role(role, "Support", 0, 2)}),
    );
    eventually("role created", || async {
        world
            .cache()
            .read(move |r| r.role(guild, ticketbox::ids::RoleId::new(role)))
            .await
            .unwrap()
    })
    .await;
    fake.dispatch(
        "GUILD_ROLE_UPDATE",
        json!({"guild_id": g.id.to_string(), "role": j::role(role, "Helpers", 0, 2)}),
    );
    eventually("role renamed", || async {
        world
            .cache()
            .read(move |r| r.role(guild, ticketbox::ids::RoleId::new(role)))
            .await
            .unwrap()
            .filter(|r| r.name == "Helpers")
    })
    .await;
    fake.dispatch(
        "GUILD_ROLE_DELETE",
        json!({"guild_id": g.id.to_string(), "role_id": role.to_string()}),
    );
    eventually("role deleted", || async {
        world
            .cache()
            .read(move |r| r.role(guild, ticketbox::ids::RoleId::new(role)))
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;

    let thread = 777_000_000_000_000_002_u64;
    fake.dispatch(
        "THREAD_CREATE",
        j::channel(g.id, thread, "ticket-1", 12, Some(g.channels[0]), 0),
    );
    let thread_id = ticketbox::ids::ChannelId::new(thread);
    let cached = eventually("thread cached", || async {
        world
            .cache()
            .read(move |r| r.channel_by_id(thread_id))
            .await
            .unwrap()
    })
    .await;
    assert!(cached.kind.is_thread());
    fake.dispatch(
        "THREAD_DELETE",
        json!({"id": thread.to_string(), "guild_id": g.id.to_string(), "parent_id": g.channels[0].to_string(), "type": 12}),
    );
    eventually("thread removed", || async {
        world
            .cache()
            .read(move |r| r.channel_by_id(thread_id))
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;

    // A member who interacted is cached; GUILD_MEMBER_UPDATE then keeps them current.
    let user = g.members[0];
    let help = fake.slash_command(g.id, g.channels[0], user, "help", json!([]));
    fake.interaction_response(&help).await;
    eventually("interacting member cached", || async {
        member(&world, g.id, user).await
    })
    .await;
    let mut updated = j::member(&j::user(user, "member0", false), &[g.roles[0]]);
    updated["guild_id"] = json!(g.id.to_string());
    updated["nick"] = json!("Zero");
    fake.dispatch("GUILD_MEMBER_UPDATE", updated);
    let m = eventually("member updated", || async {
        member(&world, g.id, user)
            .await
            .filter(|m| m.nick.as_deref() == Some("Zero"))
    })
    .await;
    assert_eq!(m.roles, vec![ticketbox::ids::RoleId::new(g.roles[0])]);
    assert!(m.joined_at.is_some());

    let chunked = 777_000_000_000_000_003_u64;
    fake.dispatch(
        "GUILD_MEMBERS_CHUNK",
        json!({"guild_id": g.id.to_string(), "members": [j::member(&j::user(chunked, "chunky", false), &[])], "chunk_index": 0, "chunk_count": 1}),
    );
    eventually("chunked member cached", || async {
        member(&world, g.id, chunked).await
    })
    .await;

    fake.dispatch(
        "USER_UPDATE",
        j::user(
            ticketbox::testkit::fake_discord::BOT_ID,
            "ticketbox-renamed",
            true,
        ),
    );
    eventually("bot user updated", || async {
        world
            .cache()
            .read(|r| r.user(UserId::new(ticketbox::testkit::fake_discord::BOT_ID)))
            .await
            .unwrap()
            .filter(|u| u.username == "ticketbox-renamed")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_selects_and_modals_reach_the_bot_and_cache_the_member() {
    let world = connected_world().await;
    let fake = world.discord();
    let g = world
        .add_cached_guild(&GuildSpec::new("Components 2"))
        .await;
    let user = g.members[0];
    let message = fake.post_message(g.channels[0], g.owner, "panel");

    // The fake changes the nick without an event; each interaction carries the member, and the
    // bot caches it: proof that serenity parsed the interaction.
    for (nick, kind) in [
        ("Clicker", "button"),
        ("Picker", "select"),
        ("Submitter", "modal"),
    ] {
        fake.set_nick_silently(g.id, user, nick);
        let handle = match kind {
            "button" => fake.button_click(g.id, g.channels[0], user, message, "open:1"),
            "select" => fake.select(g.id, g.channels[0], user, message, "panel:1", &["a"]),
            _ => fake.modal_submit(g.id, g.channels[0], user, "form:1", &[("subject", "help")]),
        };
        assert!(!handle.token.is_empty());
        eventually(&format!("{kind} parsed"), || async {
            member(&world, g.id, user)
                .await
                .filter(|m| m.nick.as_deref() == Some(nick))
        })
        .await;
    }
}
