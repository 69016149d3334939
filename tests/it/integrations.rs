//! Integrations against loopback stand-ins for Bloxlink, RoVer, Roblox and a server-made
//! integration (`testkit::providers`): what each request carries (asserted on the receiving
//! side), placeholders filled in the welcome message, failures leaving the open alone, secrets
//! never shown, calls exported and removed, and the SSRF guard.

use std::time::Duration;

use serde_json::json;

use crate::support::*;
use ticketbox::domain::integration_requests::Prepared;
use ticketbox::domain::integrations::Method;
use ticketbox::ids::{GuildId, UserId};
use ticketbox::services::integrations::http::{CallError, Client, Guard};
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};
use ticketbox::testkit::providers::Providers;

fn get(url: String) -> Prepared {
    Prepared {
        method: Method::Get,
        url,
        headers: Vec::new(),
        body: None,
    }
}

const SECOND: Duration = Duration::from_secs(2);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guard_refuses_every_forbidden_target_and_the_allow_list_opens_one() {
    let p = Providers::start().await;
    let port = p.port();
    let guarded = Client::new(Some(Guard::default()));
    let refused = |r: Result<serde_json::Value, CallError>| match r {
        Err(CallError::Refused(why)) => why,
        other => panic!("expected a refusal, got {other:?}"),
    };
    for (url, class) in [
        (format!("{}/crm/1", p.base()), "loopback"),
        (
            format!("http://localhost:{port}/crm/1"),
            "localhost resolves to",
        ),
        (
            "http://169.254.169.254/latest/meta-data/".to_owned(),
            "metadata",
        ),
        ("http://10.1.2.3/".to_owned(), "private"),
        ("http://100.64.0.1/".to_owned(), "CGNAT"),
        (format!("http://0.0.0.0:{port}/crm/1"), "this network"),
        (
            format!("http://[::ffff:127.0.0.1]:{port}/crm/1"),
            "loopback",
        ),
        ("http://[64:ff9b::a00:1]/".to_owned(), "private"),
        ("http://[fd00:ec2::254]/".to_owned(), "unique-local"),
        ("http://user:pw@example.com/".to_owned(), "password"),
        ("ftp://example.com/".to_owned(), "only http"),
    ] {
        let why = refused(guarded.call(&get(url.clone()), SECOND).await);
        assert!(why.contains(class), "{url}: {why}");
    }
    // The host's own addresses are refused like loopback.
    let own = Client::new(Some(Guard {
        allow: vec!["localhost".into()],
        own: vec!["127.0.0.1".parse().unwrap()],
    }));
    assert!(
        refused(own.call(&get(format!("{}/crm/1", p.base())), SECOND).await).contains("loopback")
    );
    assert!(p.received().is_empty(), "nothing reached the stand-in");

    // The operator's allow-list opens localhost on purpose …
    let allowed = Client::new(Some(Guard {
        allow: vec!["localhost".into()],
        own: Vec::new(),
    }));
    let answer = allowed
        .call(&get(format!("http://localhost:{port}/crm/7")), SECOND)
        .await
        .unwrap();
    assert_eq!(answer["customer"]["tier"], "gold");
    // … but a redirect from there to 127.0.0.1 is checked again and refused.
    let to = format!("http://127.0.0.1:{port}/crm/8");
    let why = refused(
        allowed
            .call(
                &get(format!("http://localhost:{port}/redirect?to={to}")),
                SECOND,
            )
            .await,
    );
    assert!(why.contains("loopback"), "{why}");
    let paths: Vec<String> = p.received().into_iter().map(|r| r.uri).collect();
    assert!(
        paths.iter().any(|u| u.starts_with("/redirect")),
        "{paths:?}"
    );
    assert!(!paths.iter().any(|u| u == "/crm/8"), "{paths:?}");

    // Bad answers are errors, never a hang or a huge buffer.
    let call = |path: &str, timeout: Duration| {
        let allowed = allowed.clone();
        let url = format!("http://localhost:{port}{path}");
        async move { allowed.call(&get(url), timeout).await }
    };
    assert_eq!(call("/big", SECOND).await.unwrap_err(), CallError::TooLarge);
    assert_eq!(call("/html", SECOND).await.unwrap_err(), CallError::NotJson);
    assert_eq!(
        call("/fail", SECOND).await.unwrap_err(),
        CallError::Status(500)
    );
    assert!(matches!(
        call("/limited", SECOND).await.unwrap_err(),
        CallError::RateLimited {
            retry_after: Some(d)
        } if d == Duration::from_secs(10)
    ));
    assert!(matches!(
        call("/slow", Duration::from_millis(300)).await.unwrap_err(),
        CallError::Timeout(_)
    ));
    // A failure's text (what the log and the integration's page show) never carries the URL,
    // where a secret may stand.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let secret_url = format!("http://localhost:{closed}/x?key=TOP-SECRET-123");
    let failed = allowed.call(&get(secret_url), SECOND).await.unwrap_err();
    assert!(matches!(failed, CallError::Connect(_)), "{failed:?}");
    assert!(!failed.to_string().contains("TOP-SECRET-123"), "{failed}");
    assert!(!format!("{failed:?}").contains("TOP-SECRET-123"));
}

/// A world whose integrations may call the stand-in through `localhost`, and whose Roblox
/// providers are the stand-in; the owner is logged in to the dashboard.
async fn world_with(p: &Providers) -> (TestWorld, GuildHandle, String, String) {
    let base = p.base();
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_dashboard_login()
        .with_config(move |c| {
            c.integrations.allow_hosts = vec!["localhost".into()];
            c.integrations.bloxlink_base.clone_from(&base);
            c.integrations.rover_base.clone_from(&base);
            c.integrations.roblox_users_base.clone_from(&base);
        })
        .build()
        .await;
    world.bot_ready().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new("Integrations")
                .with_members(4)
                .with_text_channels(3),
        )
        .await;
    let (cookie, _) = web_login(&world, g.owner, "/").await;
    let (_, html) = web_page(&world, &format!("/servers/{}/integrations", g.id), &cookie).await;
    let token = csrf_in(&html);
    (world, g, cookie, token)
}

async fn post(
    world: &TestWorld,
    g: &GuildHandle,
    cookie: &str,
    token: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let mut all = vec![("csrf", token)];
    all.extend_from_slice(fields);
    let r = web_post(world, &format!("/servers/{}{path}", g.id), cookie, &all).await;
    let status = r.status().as_u16();
    (status, r.text().await.unwrap_or_default())
}

/// The welcome embed's text of the ticket in `channel`.
fn welcome_text(world: &TestWorld, channel: u64) -> String {
    world.discord().messages(channel)[0]["embeds"][0].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_made_integration_fills_the_welcome_with_only_what_it_may_know() {
    let p = Providers::start().await;
    let (world, g, cookie, token) = world_with(&p).await;
    let port = p.port().to_string();
    let url = format!("http://localhost:{port}/crm/%user_id%");
    let fields = [
        ("action", "save"),
        ("name", "CRM"),
        ("privacy_url", "https://crm.example.com/privacy"),
        ("method", "POST"),
        ("url", url.as_str()),
        (
            "body",
            r#"{"guild": "%guild_id%", "ticket": "%ticket_id%"}"#,
        ),
        ("timeout", "2"),
        ("header_name_0", "Authorization"),
        ("header_value_0", "Bearer %secret:TOKEN%"),
        ("secret_name_0", "TOKEN"),
        ("secret_value_0", "s3cret-value"),
        ("output_name_0", "crm_tier"),
        ("output_path_0", "customer.tier"),
        ("output_fallback_0", "unknown"),
        ("output_name_1", "crm_order"),
        ("output_path_1", "customer.orders[0].id"),
        ("output_fallback_1", "none"),
    ];
    // Bad input is refused naming the field, nothing saved.
    let mut bad = fields.to_vec();
    bad[7] = ("header_name_0", "Host");
    let (status, page) = post(&world, &g, &cookie, &token, "/integrations", &bad).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("Header Host: set by the HTTP client"),
        "{page}"
    );
    assert!(
        !page.contains("s3cret-value"),
        "a typed secret is not sent back"
    );
    let id = save_and_enable(&world, &g, &cookie, &token, &fields).await;
    assert!(
        setup(
            &world,
            &g,
            "welcome",
            json!([opt("message", "Tier %crm_tier%, order %crm_order%")])
        )
        .await
        .contains("saved")
    );

    let member = g.members[0];
    let ch = open(&world, &g, member).await;
    assert!(
        welcome_text(&world, ch).contains("Tier gold, order 1042"),
        "{}",
        welcome_text(&world, ch)
    );
    // What the integration received: the opener's ID in the path, the server's ID and the
    // ticket number in the body, its own secret in its header — nothing else.
    let got = p.received();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].method, "POST");
    assert_eq!(got[0].uri, format!("/crm/{member}"));
    assert_eq!(got[0].headers["authorization"], "Bearer s3cret-value");
    let body: serde_json::Value = serde_json::from_str(&got[0].body).unwrap();
    assert_eq!(body, json!({"guild": g.id.to_string(), "ticket": "1"}));
    let names: Vec<&str> = got[0].headers.keys().map(String::as_str).collect();
    for name in &names {
        assert!(
            [
                "authorization",
                "accept",
                "content-type",
                "content-length",
                "host",
                "user-agent"
            ]
            .contains(name),
            "unexpected header {name}"
        );
    }

    the_secret_is_never_shown_and_the_call_is_recorded(&world, &g, &cookie, member, id).await;
    slow_integrations_use_their_fallbacks(&world, &g, &cookie, &token, &p, &fields, id).await;

    // A removal on request deletes the record of calls.
    ticketbox::services::privacy::purge_user(&world.core, UserId::new(member))
        .await
        .unwrap();
    let export = ticketbox::services::privacy::export_user(&world.core, UserId::new(member))
        .await
        .unwrap();
    assert_eq!(export["database"]["integration_calls"], json!([]));
}

/// Saves the integration typed in `fields` on the dashboard and enables it; its id.
async fn save_and_enable(
    world: &TestWorld,
    g: &GuildHandle,
    cookie: &str,
    token: &str,
    fields: &[(&str, &str)],
) -> i64 {
    let (status, _) = post(world, g, cookie, token, "/integrations", fields).await;
    assert_eq!(status, 303);
    let guild = GuildId::new(g.id);
    let id = ticketbox::store::integrations::for_guild(&world.core.db, guild)
        .await
        .unwrap()[0]
        .0
        .id;
    let (status, _) = post(
        world,
        g,
        cookie,
        token,
        "/integrations",
        &[("action", "enable"), ("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 303);
    id
}

/// The secret is never shown again (pages, export); the call is in the export and the audit
/// log.
async fn the_secret_is_never_shown_and_the_call_is_recorded(
    world: &TestWorld,
    g: &GuildHandle,
    cookie: &str,
    member: u64,
    id: i64,
) {
    // The secret is never shown again: not on the pages, not in the export.
    for path in ["/integrations".to_owned(), format!("/integrations/{id}")] {
        let (_, html) = web_page(world, &format!("/servers/{}{path}", g.id), cookie).await;
        assert!(!html.contains("s3cret-value"), "{path}");
    }
    let export = ticketbox::services::privacy::export_user(&world.core, UserId::new(member))
        .await
        .unwrap();
    assert!(!export.to_string().contains("s3cret-value"));
    assert_eq!(
        export["database"]["integration_calls"][0]["integration"],
        "CRM"
    );
    assert_eq!(export["database"]["integration_calls"][0]["outcome"], "200");
    let (_, audit) = web_page(world, &format!("/servers/{}/audit", g.id), cookie).await;
    assert!(audit.contains("CRM for ticket #1: 200 in"), "{audit}");
}

/// The integration made slow: the open waits no longer than its timeout and uses the
/// fallbacks; its page shows the failure (without the secret, which is still used).
async fn slow_integrations_use_their_fallbacks(
    world: &TestWorld,
    g: &GuildHandle,
    cookie: &str,
    token: &str,
    p: &Providers,
    fields: &[(&str, &str)],
    id: i64,
) {
    let (world, g, cookie, token) = (world, g, cookie, token);
    let port = p.port();
    // Slow: the open waits no longer than the integration's timeout and uses the fallbacks;
    // the page shows the failure (without the secret).
    let slow = format!("http://localhost:{port}/slow?key=%secret:TOKEN%");
    let mut edited = fields.to_vec();
    edited[4] = ("url", slow.as_str());
    edited[5] = ("body", "");
    edited[10] = ("secret_value_0", "");
    let id_text = id.to_string();
    edited.push(("id", &id_text));
    let (status, page) = post(world, g, cookie, token, "/integrations", &edited).await;
    assert_eq!(status, 303, "{page}");
    let started = std::time::Instant::now();
    let ch = open(world, g, g.members[1]).await;
    assert!(
        started.elapsed() < Duration::from_millis(4_500),
        "held up by the integration"
    );
    assert!(welcome_text(world, ch).contains("Tier unknown, order none"));
    let (_, html) = web_page(world, &format!("/servers/{}/integrations", g.id), cookie).await;
    assert!(html.contains("Last call failed: timed out"), "{html}");
    assert!(!html.contains("s3cret-value"));
    let last = p.received().pop().unwrap();
    assert_eq!(
        last.uri, "/slow?key=s3cret-value",
        "the kept secret is still used"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roblox_lookups_send_only_the_ids_and_fill_tickets_placeholders() {
    let p = Providers::start().await;
    let (world, g, cookie, token) = world_with(&p).await;
    let (status, _) = post(
        &world,
        &g,
        &cookie,
        &token,
        "/integrations/roblox",
        &[
            ("enabled", "on"),
            ("first", "rover"),
            ("bloxlink_key", "BLOX-KEY"),
            ("rover_key", "ROVER-KEY"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, html) = web_page(&world, &format!("/servers/{}/integrations", g.id), &cookie).await;
    assert!(html.contains("saved; type a new one to replace it"));
    assert!(!html.contains("BLOX-KEY") && !html.contains("ROVER-KEY"));
    setup(
        &world,
        &g,
        "welcome",
        json!([opt(
            "message",
            "Roblox: %roblox_username% (%roblox_id%) %roblox_profile_url%"
        )]),
    )
    .await;
    let (linked, unlinked, limited) = (g.members[0], g.members[1], g.members[2]);
    p.link("rover", linked, 156);
    p.link("bloxlink", limited, 261);

    let ch = open(&world, &g, linked).await;
    assert!(
        welcome_text(&world, ch)
            .contains("Roblox: builderman (156) https://www.roblox.com/users/156/profile"),
        "{}",
        welcome_text(&world, ch)
    );
    let got = p.received();
    assert_eq!(got.len(), 2, "RoVer first, then Roblox: {got:?}");
    assert_eq!(
        got[0].uri,
        format!("/api/guilds/{}/discord-to-roblox/{linked}", g.id)
    );
    assert_eq!(got[0].headers["authorization"], "Bearer ROVER-KEY");
    assert_eq!(got[1].uri, "/v1/users/156");
    assert!(
        !got[1].headers.contains_key("authorization"),
        "Roblox gets no key"
    );

    // Cached for a few minutes: a second open asks nobody.
    open(&world, &g, linked).await;
    assert_eq!(p.received().len(), 2);

    // Not verified anywhere: both providers are asked, the placeholders say so.
    let ch = open(&world, &g, unlinked).await;
    assert!(welcome_text(&world, ch).contains("Roblox: not linked (not linked)"));
    assert_eq!(p.received().len(), 4);

    // RoVer rate limited: Bloxlink answers, and RoVer is left alone while it asked to wait.
    p.rate_limit("rover");
    let ch = open(&world, &g, limited).await;
    assert!(
        welcome_text(&world, ch).contains("(261)"),
        "{}",
        welcome_text(&world, ch)
    );
    let got = p.received();
    assert_eq!(
        got[4].headers.get("authorization").map(String::as_str),
        Some("Bearer ROVER-KEY")
    );
    assert_eq!(got[5].headers["authorization"], "BLOX-KEY");
    assert_eq!(
        got[5].uri,
        format!("/v4/public/guilds/{}/discord-to-roblox/{limited}", g.id)
    );
    let before = p.received().len();
    let ch = open(&world, &g, g.members[3]).await;
    assert!(welcome_text(&world, ch).contains("not linked"));
    let asked: Vec<String> = p.received()[before..]
        .iter()
        .map(|r| r.uri.clone())
        .collect();
    assert!(
        asked.iter().all(|u| u.starts_with("/v4/")),
        "RoVer paused: {asked:?}"
    );
}

/// "Shared lookup", made on `maker`'s dashboard; its id.
async fn make_lookup(world: &TestWorld, maker: &GuildHandle, cookie: &str, token: &str) -> String {
    let fields = [
        ("action", "save"),
        ("name", "Shared lookup"),
        ("privacy_url", "https://lookup.example.com/privacy"),
        ("method", "GET"),
        ("url", "https://lookup.example.com/u/%user_id%"),
        ("timeout", "3"),
        ("output_name_0", "lookup_name"),
        ("output_path_0", "name"),
    ];
    let (status, _) = post(world, maker, cookie, token, "/integrations", &fields).await;
    assert_eq!(status, 303);
    ticketbox::store::integrations::for_guild(&world.core.db, GuildId::new(maker.id))
        .await
        .unwrap()[0]
        .0
        .id
        .to_string()
}

/// An instance operator shares an integration: admins of another server see what it receives
/// and its privacy policy, and may enable it, but not change or delete it; a server admin who
/// is not an operator cannot make one public.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operators_share_integrations_with_other_servers() {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_dashboard_login()
        .build()
        .await;
    world.bot_ready().await;
    let maker = world
        .add_cached_guild(&GuildSpec::new("Maker").with_text_channels(1))
        .await;
    let user = world
        .add_cached_guild(&GuildSpec::new("User").with_text_channels(1))
        .await;
    let login = |g: &GuildHandle| {
        let (world, owner, id) = (&world, g.owner, g.id);
        async move {
            let (cookie, _) = web_login(world, owner, "/").await;
            let (_, html) = web_page(world, &format!("/servers/{id}/integrations"), &cookie).await;
            (cookie, csrf_in(&html))
        }
    };
    let (maker_cookie, maker_token) = login(&maker).await;
    let id = make_lookup(&world, &maker, &maker_cookie, &maker_token).await;
    // Not an operator: refused, and the other server does not see it.
    let (status, page) = post(
        &world,
        &maker,
        &maker_cookie,
        &maker_token,
        "/integrations",
        &[("action", "public"), ("id", &id)],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("Only this ticketbox&#39;s operators"),
        "{page}"
    );
    let (user_cookie, user_token) = login(&user).await;
    let as_user = |action: &'static str| {
        let (world, user, cookie, token, id) = (&world, &user, &user_cookie, &user_token, &id);
        async move {
            post(
                world,
                user,
                cookie,
                token,
                "/integrations",
                &[("action", action), ("id", id)],
            )
            .await
            .0
        }
    };
    let (_, html) = web_page(
        &world,
        &format!("/servers/{}/integrations", user.id),
        &user_cookie,
    )
    .await;
    assert!(!html.contains("Shared lookup"));
    let status = as_user("enable").await;
    assert_eq!(
        status, 422,
        "a private integration of another server cannot be enabled"
    );

    // The operator shares it.
    ticketbox::store::integrations::set_public(&world.core.db, id.parse().unwrap(), true)
        .await
        .unwrap();
    let (_, html) = web_page(
        &world,
        &format!("/servers/{}/integrations", user.id),
        &user_cookie,
    )
    .await;
    let public = &html[html.find("id=\"public\"").unwrap()..];
    assert!(public.contains("Shared lookup"), "{public}");
    assert!(
        public.contains("Receives: the opener&#39;s Discord user ID."),
        "{public}"
    );
    assert!(public.contains("https://lookup.example.com/privacy"));
    assert!(
        !public.contains("/integrations/{id}\">Edit"),
        "no editing someone else's"
    );
    let status = as_user("enable").await;
    assert_eq!(status, 303);
    let enabled = ticketbox::store::integrations::enabled(&world.core.db, GuildId::new(user.id))
        .await
        .unwrap();
    assert_eq!(enabled[0].spec.name, "Shared lookup");
    let status = as_user("delete").await;
    assert_eq!(status, 422, "only its server deletes it");
    let (status, _) = web_page(
        &world,
        &format!("/servers/{}/integrations/{id}", user.id),
        &user_cookie,
    )
    .await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_marks_an_integration_public_on_the_dashboard() {
    const OPERATOR: u64 = 4_242_424_242;
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_dashboard_login()
        .with_config(|c| c.dashboard.operators = vec![OPERATOR.to_string()])
        .build()
        .await;
    world.bot_ready().await;
    let mut spec = GuildSpec::new("Operated").with_text_channels(1);
    spec.owner = OPERATOR;
    let g = world.add_cached_guild(&spec).await;
    let (cookie, _) = web_login(&world, g.owner, "/").await;
    let (_, html) = web_page(&world, &format!("/servers/{}/integrations", g.id), &cookie).await;
    let token = csrf_in(&html);
    let fields = [
        ("action", "save"),
        ("name", "Ops lookup"),
        ("method", "GET"),
        ("url", "https://lookup.example.com/u/%user_id%"),
        ("timeout", "3"),
    ];
    let (status, _) = post(&world, &g, &cookie, &token, "/integrations", &fields).await;
    assert_eq!(status, 303);
    let (_, html) = web_page(&world, &format!("/servers/{}/integrations", g.id), &cookie).await;
    assert!(html.contains("Make public (operator)"), "{html}");
    let id = ticketbox::store::integrations::for_guild(&world.core.db, GuildId::new(g.id))
        .await
        .unwrap()[0]
        .0
        .id;
    let (status, _) = post(
        &world,
        &g,
        &cookie,
        &token,
        "/integrations",
        &[("action", "public"), ("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 303);
    let shared = ticketbox::store::integrations::get(&world.core.db, id)
        .await
        .unwrap()
        .unwrap();
    assert!(shared.public);
}
