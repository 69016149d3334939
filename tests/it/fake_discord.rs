//! The fake Discord's REST, checked with serenity's own HTTP client and models: if serenity
//! can deserialize the fake's replies, the bot can rely on them. Changes made through REST
//! reach the bot's cache through the gateway, as on Discord.

use std::time::{Duration, Instant};

use serenity::all::{
    ChannelId, ChannelType, CreateChannel, CreateMessage, CreateThread, EditMessage, GetMessages,
    GuildId, MessageId, PermissionOverwrite, PermissionOverwriteType, Permissions, UserId,
};
use ticketbox::discord::build_http;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

async fn world() -> (TestWorld, serenity::http::Http) {
    let world = TestWorld::builder().with_discord().build().await;
    // Identified and commands registered, so slash commands can be sent.
    world.bot_ready().await;
    let http = build_http(
        &world.core.config.discord,
        &world.core.config.discord.api_base,
    );
    (world, http)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn channels_overwrites_and_threads() {
    let (world, http) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Rest"));
    let guild = GuildId::new(g.id);
    let opener = UserId::new(g.members[0]);

    let channel = guild
        .create_channel(
            &http,
            CreateChannel::new("ticket-0001")
                .kind(ChannelType::Text)
                .category(ChannelId::new(g.category))
                .permissions(vec![
                    PermissionOverwrite {
                        allow: Permissions::empty(),
                        deny: Permissions::VIEW_CHANNEL,
                        kind: PermissionOverwriteType::Role(serenity::all::RoleId::new(
                            g.everyone_role,
                        )),
                    },
                    PermissionOverwrite {
                        allow: Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES,
                        deny: Permissions::empty(),
                        kind: PermissionOverwriteType::Member(opener),
                    },
                ]),
        )
        .await
        .unwrap();
    assert_eq!(channel.name, "ticket-0001");
    assert_eq!(channel.parent_id, Some(ChannelId::new(g.category)));
    assert_eq!(channel.permission_overwrites.len(), 2);

    // CHANNEL_CREATE reached the bot's cache, overwrites included.
    let id = ticketbox::ids::ChannelId::new(channel.id.get());
    let cached = eventually("channel cached", || {
        let cache = world.cache().clone();
        async move { cache.read(move |r| r.channel_by_id(id)).await.unwrap() }
    })
    .await;
    assert_eq!(cached.overwrites.len(), 2);

    let helper = UserId::new(g.members[1]);
    channel
        .id
        .create_permission(
            &http,
            PermissionOverwrite {
                allow: Permissions::VIEW_CHANNEL,
                deny: Permissions::empty(),
                kind: PermissionOverwriteType::Member(helper),
            },
        )
        .await
        .unwrap();
    channel
        .id
        .delete_permission(&http, PermissionOverwriteType::Member(opener))
        .await
        .unwrap();
    let overwrites = fake.channel(channel.id.get()).unwrap()["permission_overwrites"].clone();
    let ids: Vec<&str> = overwrites
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![g.everyone_role.to_string(), helper.to_string()]);

    let edited = channel
        .id
        .edit(&http, serenity::all::EditChannel::new().name("renamed"))
        .await
        .unwrap();
    assert_eq!(edited.name, "renamed");

    let thread = ChannelId::new(g.channels[0])
        .create_thread(
            &http,
            CreateThread::new("ticket-thread").kind(ChannelType::PrivateThread),
        )
        .await
        .unwrap();
    assert_eq!(thread.kind, ChannelType::PrivateThread);
    thread.id.add_thread_member(&http, opener).await.unwrap();

    channel.id.delete(&http).await.unwrap();
    assert!(fake.channel(channel.id.get()).is_none());
    eventually("channel removed from cache", || {
        let cache = world.cache().clone();
        async move {
            cache
                .read(move |r| r.channel_by_id(id))
                .await
                .unwrap()
                .is_none()
                .then_some(())
        }
    })
    .await;
    let missing = channel.id.to_channel(&http).await.unwrap_err();
    assert!(missing.to_string().contains("Unknown Channel"), "{missing}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_page_exactly_like_discord() {
    let (world, http) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Paging"));
    let channel = ChannelId::new(g.channels[0]);
    let ids: Vec<u64> = (0..250)
        .map(|n| fake.post_message(channel.get(), g.members[n % 3], &format!("message {n}")))
        .collect();

    let latest = channel
        .messages(&http, GetMessages::new().limit(100))
        .await
        .unwrap();
    assert_eq!(latest.len(), 100);
    assert_eq!(latest[0].content, "message 249", "newest first");
    assert_eq!(latest[99].content, "message 150");

    let older = channel
        .messages(
            &http,
            GetMessages::new()
                .before(MessageId::new(ids[150]))
                .limit(100),
        )
        .await
        .unwrap();
    assert_eq!(
        (older[0].content.as_str(), older[99].content.as_str()),
        ("message 149", "message 50")
    );

    let newer = channel
        .messages(
            &http,
            GetMessages::new().after(MessageId::new(ids[9])).limit(5),
        )
        .await
        .unwrap();
    let texts: Vec<&str> = newer.iter().map(|m| m.content.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "message 14",
            "message 13",
            "message 12",
            "message 11",
            "message 10"
        ]
    );

    let around = channel
        .messages(
            &http,
            GetMessages::new().around(MessageId::new(ids[100])).limit(4),
        )
        .await
        .unwrap();
    let texts: Vec<&str> = around.iter().map(|m| m.content.as_str()).collect();
    assert_eq!(
        texts,
        vec!["message 101", "message 100", "message 99", "message 98"]
    );

    // Paging the whole history oldest to newest, as the archiver will.
    let mut all = Vec::new();
    let mut after = MessageId::new(1);
    loop {
        let mut page = channel
            .messages(&http, GetMessages::new().after(after).limit(100))
            .await
            .unwrap();
        if page.is_empty() {
            break;
        }
        page.reverse();
        after = page.last().unwrap().id;
        all.extend(page);
    }
    assert_eq!(all.len(), 250);
    assert!(all.windows(2).all(|w| w[0].id < w[1].id));

    let over = fake.calls().len();
    let too_many = http
        .get_messages(channel, None, Some(101))
        .await
        .unwrap_err();
    assert!(
        too_many.to_string().contains("Must be between 1 and 100"),
        "{too_many}"
    );
    assert_eq!(fake.calls().len(), over + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn message_crud_pins_members_roles_and_dms() {
    let (world, http) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Crud").with_members(30));
    let channel = ChannelId::new(g.channels[0]);
    let guild = GuildId::new(g.id);

    let sent = channel
        .send_message(&http, CreateMessage::new().content("hello"))
        .await
        .unwrap();
    assert!(sent.author.bot);
    let edited = channel
        .edit_message(&http, sent.id, EditMessage::new().content("hello again"))
        .await
        .unwrap();
    assert_eq!(edited.content, "hello again");
    assert!(edited.edited_timestamp.is_some());
    assert_eq!(
        channel.message(&http, sent.id).await.unwrap().content,
        "hello again"
    );
    channel.pin(&http, sent.id).await.unwrap();
    assert_eq!(channel.pins(&http).await.unwrap().len(), 1);
    channel.unpin(&http, sent.id).await.unwrap();
    assert!(channel.pins(&http).await.unwrap().is_empty());
    channel.delete_message(&http, sent.id).await.unwrap();
    assert!(channel.message(&http, sent.id).await.is_err());

    let member = guild
        .member(&http, UserId::new(g.members[3]))
        .await
        .unwrap();
    assert_eq!(member.user.name, "member3");
    // List Guild Members is checked in fake_gateway.rs: the bot never lists members, and the
    // test world fails any test in which it does.
    let found = guild
        .search_members(&http, "member1", Some(100))
        .await
        .unwrap();
    assert_eq!(found.len(), 11, "member1 and member10..19");
    assert_eq!(
        guild.roles(&http).await.unwrap().len(),
        3,
        "@everyone, Moderator, the bot's role"
    );

    let dm = UserId::new(g.members[0])
        .create_dm_channel(&http)
        .await
        .unwrap();
    dm.id.say(&http, "your ticket was closed").await.unwrap();
    assert_eq!(fake.messages(dm.id.get()).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_rate_limits_slowness_and_bad_tokens() {
    let (world, http) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Faults"));
    let channel = ChannelId::new(g.channels[0]);

    fake.inject(Fault::new("POST", "/messages", FaultKind::RateLimited(1.5)));
    let limited = channel.say(&http, "x").await.unwrap_err();
    match limited {
        serenity::Error::Http(e) => assert_eq!(e.status_code().map(|s| s.as_u16()), Some(429)),
        other => panic!("expected an HTTP 429, got {other}"),
    }
    fake.inject(Fault::new("POST", "/messages", FaultKind::Status(502)).times(2));
    assert!(channel.say(&http, "x").await.is_err());
    assert!(channel.say(&http, "x").await.is_err());
    assert!(channel.say(&http, "third time works").await.is_ok());
    let statuses: Vec<u16> = fake
        .calls()
        .iter()
        .filter(|c| c.path.ends_with("/messages"))
        .map(|c| c.status)
        .collect();
    assert_eq!(statuses, vec![429, 502, 502, 200]);

    fake.inject(Fault::new(
        "GET",
        "/pins",
        FaultKind::Slow(Duration::from_millis(300)),
    ));
    let started = Instant::now();
    channel.pins(&http).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));

    let mut config = world.core.config.discord.clone();
    config.token = ticketbox::config::Secret::new("wrong-token");
    let bad = build_http(&config, &config.api_base);
    let refused = channel.say(&bad, "x").await.unwrap_err();
    assert!(refused.to_string().contains("401"), "{refused}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bot_initiated_changes_arrive_on_the_gateway() {
    let (world, http) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Echo"));
    let channel = ChannelId::new(g.channels[0]);
    channel.say(&http, "from the bot").await.unwrap();
    // The fake dispatches MESSAGE_CREATE for REST-created messages, like Discord.
    assert!(
        fake.messages(channel.get())
            .iter()
            .any(|m| m["content"] == "from the bot")
    );
    fake.delete_channel(g.channels[1]);
    let gone = ticketbox::ids::ChannelId::new(g.channels[1]);
    eventually("deleted channel leaves the cache", || {
        let cache = world.cache().clone();
        async move {
            cache
                .read(move |r| r.channel_by_id(gone))
                .await
                .unwrap()
                .is_none()
                .then_some(())
        }
    })
    .await;
}

/// Follows the fake's authorize endpoint; returns the redirect `Location`.
async fn authorize(
    client: &reqwest::Client,
    api_base: &str,
    challenge: &str,
    state: &str,
) -> String {
    let response = client
        .get(format!(
            "{api_base}/oauth2/authorize?response_type=code&client_id=1&scope=identify%20guilds&state={state}\
             &redirect_uri=http://localhost/auth/callback&code_challenge={challenge}&code_challenge_method=S256"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    response.headers()["location"].to_str().unwrap().to_owned()
}

fn code_of(location: &str) -> String {
    location
        .split("code=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned()
}

/// Posts a form; returns the status and the JSON body.
async fn post_form(client: &reqwest::Client, url: &str, form: String) -> (u16, serde_json::Value) {
    let response = client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (
        status,
        serde_json::from_str(&response.text().await.unwrap()).unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauth_authorize_token_and_guilds_with_pkce() {
    let (world, _) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Mine"));
    let _other = fake.add_guild(&GuildSpec::new("Not mine"));
    fake.set_oauth_user(g.members[0]);
    // The PKCE pair of RFC 7636 appendix B.
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let api = fake.api_base();
    let token_url = format!("{api}/api/v10/oauth2/token");

    let location = authorize(&client, &api, challenge, "xyz").await;
    assert!(
        location.starts_with("http://localhost/auth/callback?code="),
        "{location}"
    );
    assert!(location.ends_with("&state=xyz"), "{location}");
    let form = |code: &str, verifier: &str| {
        format!("grant_type=authorization_code&code={code}&code_verifier={verifier}")
    };
    let (status, _) = post_form(
        &client,
        &token_url,
        form(&code_of(&location), "not-the-verifier"),
    )
    .await;
    assert_eq!(status, 400, "a wrong PKCE verifier is refused");

    // The refused attempt used up the code, as on Discord: authorize again.
    let location = authorize(&client, &api, challenge, "s2").await;
    let (status, token) = post_form(&client, &token_url, form(&code_of(&location), verifier)).await;
    assert_eq!(status, 200, "{token}");
    let access = token["access_token"].as_str().expect("access token");
    assert_eq!(token["scope"], "identify guilds");

    let guilds = client
        .get(format!("{api}/api/v10/users/@me/guilds"))
        .header("authorization", format!("Bearer {access}"))
        .send()
        .await
        .unwrap();
    let guilds: serde_json::Value = serde_json::from_str(&guilds.text().await.unwrap()).unwrap();
    let names: Vec<&str> = guilds
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Mine"], "only the user's guilds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn followups_application_info_and_cdn_attachments() {
    let (world, http) = world().await;
    let fake = world.discord();
    let g = fake.add_guild(&GuildSpec::new("Followups"));
    let me = http.get_current_user().await.unwrap();
    assert!(me.bot);
    let app = http.get_current_application_info().await.unwrap();
    assert_eq!(app.id.get(), ticketbox::testkit::fake_discord::BOT_ID);
    // The bot learns its application id from READY; this standalone client is told.
    http.set_application_id(app.id);

    // An interaction answered by hand through serenity's HTTP client.
    let interaction = fake.slash_command(
        g.id,
        g.channels[0],
        g.members[0],
        "help",
        serde_json::json!([]),
    );
    // The bot answers /help itself; wait for it, then use the token for follow-ups.
    fake.interaction_response(&interaction).await;
    let original = http
        .get_original_interaction_response(&interaction.token)
        .await
        .unwrap();
    assert!(original.content.contains("/help"));
    let followup = http
        .create_followup_message(
            &interaction.token,
            &serde_json::json!({"content": "more"}),
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(followup.content, "more");
    let edited = http
        .edit_original_interaction_response(
            &interaction.token,
            &serde_json::json!({"content": "edited"}),
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(edited.content, "edited");
    http.delete_followup_message(&interaction.token, followup.id)
        .await
        .unwrap();
    let remaining = fake.interaction_messages(&interaction);
    assert_eq!(
        remaining.len(),
        1,
        "only the callback remains: {remaining:?}"
    );

    // Replies to a button and to a modal carry Discord's interaction metadata for those
    // kinds (`interacted_message_id`, `triggering_interaction_metadata`); serenity refuses
    // the message without them.
    let on = fake.post_message(g.channels[0], g.members[0], "a message with a button");
    let click = fake.button_click(g.id, g.channels[0], g.members[0], on, "tb:unknown");
    fake.interaction_response(&click).await;
    let reply = http
        .get_original_interaction_response(&click.token)
        .await
        .unwrap();
    match reply.interaction_metadata.as_deref() {
        Some(serenity::all::MessageInteractionMetadata::Component(m)) => {
            assert_eq!(m.interacted_message_id, MessageId::new(on));
        }
        other => panic!("component metadata expected, got {other:?}"),
    }
    let submit = fake.modal_submit(g.id, g.channels[0], g.members[0], "tb:unknown", &[]);
    fake.interaction_response(&submit).await;
    let reply = http
        .get_original_interaction_response(&submit.token)
        .await
        .unwrap();
    assert!(
        matches!(
            reply.interaction_metadata.as_deref(),
            Some(serenity::all::MessageInteractionMetadata::ModalSubmit(_))
        ),
        "{:?}",
        reply.interaction_metadata
    );

    let bytes: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    let id = fake.post_attachment(
        g.channels[0],
        g.members[0],
        "see file",
        "log.bin",
        bytes.clone(),
    );
    let message = ChannelId::new(g.channels[0])
        .message(&http, MessageId::new(id))
        .await
        .unwrap();
    assert_eq!(message.attachments.len(), 1);
    let fetched = reqwest::get(&message.attachments[0].url)
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(
        fetched.as_ref(),
        bytes.as_slice(),
        "the CDN serves the exact bytes"
    );
}
