//! Dashboard login against the fake Discord's OAuth2 endpoints (state + PKCE), sessions, and
//! the transcript viewer's access rules, through real HTTP.

use crate::support::*;
use serde_json::json;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\nnot-really-an-image";

async fn get(world: &TestWorld, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = web_client().get(format!("{}{path}", web_base(world)));
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    request.send().await.unwrap()
}

/// A closed, archived ticket opened by `opener` with a message and an image.
async fn archived_ticket(world: &TestWorld, g: &GuildHandle, opener: u64) -> u32 {
    let ch = open(world, g, opener).await;
    let number = ticket(world, ch).await.unwrap().number.get();
    world
        .discord()
        .post_message(ch, opener, "my <b>printer</b> is on fire");
    world
        .discord()
        .post_attachment(ch, opener, "photo", "fire.png", PNG.to_vec());
    run(world, g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(world, g.id, number, TicketState::Closed).await;
    number
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_then_the_transcript_viewer_enforces_who_may_read() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Viewer")).await;
    let other_guild = world.add_cached_guild(&GuildSpec::new("Elsewhere")).await;
    let (opener, stranger) = (g.members[0], g.members[1]);
    let number = archived_ticket(&world, &g, opener).await;
    let page = format!("/transcripts/{}/{number}", g.id);

    // Anonymous: sent to the login, coming back here after.
    let anonymous = get(&world, &page, None).await;
    assert_eq!(anonymous.status(), 303);
    assert!(
        location(&anonymous).starts_with("/auth/login?next=%2Ftranscripts%2F"),
        "{}",
        location(&anonymous)
    );

    let (opener_cookie, callback) = web_login(&world, opener, &page).await;
    let shown = get(&world, &page, Some(&opener_cookie)).await;
    assert_eq!(shown.status(), 200);
    let csp = shown.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let html = shown.text().await.unwrap();
    assert!(
        html.contains("my &lt;b&gt;printer&lt;/b&gt; is on fire"),
        "escaped: {html}"
    );
    assert!(!html.contains("<style>"), "no inline style under the CSP");
    let img = format!("/transcripts/{}/{number}/attachments/", g.id);
    assert!(
        html.contains(&format!("<img class=\"att\" src=\"{img}")),
        "{html}"
    );

    // The image, decrypted, with its type.
    let start = html.find(&img).unwrap();
    let src = &html[start..start + html[start..].find('"').unwrap()];
    let file = get(&world, src, Some(&opener_cookie)).await;
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["content-type"], "image/png");
    assert_eq!(file.bytes().await.unwrap().as_ref(), PNG);

    // A login link works once.
    let reused = web_client().get(&callback).send().await.unwrap();
    assert_eq!(reused.status(), 400);

    // Login CSRF: a callback opened in a browser that did not start the login (an attacker's
    // code and state sent to a victim) is refused.
    world.discord().set_oauth_user(stranger);
    let started = web_client()
        .get(format!("{}/auth/login", web_base(&world)))
        .send()
        .await
        .unwrap();
    let approved = web_client().get(location(&started)).send().await.unwrap();
    let back = url::Url::parse(&location(&approved)).unwrap();
    let foreign = web_client()
        .get(format!(
            "{}{}?{}",
            web_base(&world),
            back.path(),
            back.query().unwrap()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 400, "no login cookie, no session");
    assert!(foreign.headers().get("set-cookie").is_none());

    // Another member of the guild, and the admin of another guild: nothing to see (404, as
    // for a transcript that does not exist). The guild's owner (an admin) may read it.
    let (stranger_cookie, _) = web_login(&world, stranger, "/").await;
    assert_eq!(
        get(&world, &page, Some(&stranger_cookie)).await.status(),
        404
    );
    assert_eq!(get(&world, src, Some(&stranger_cookie)).await.status(), 404);
    let (elsewhere_cookie, _) = web_login(&world, other_guild.owner, "/").await;
    assert_eq!(
        get(&world, &page, Some(&elsewhere_cookie)).await.status(),
        404
    );
    let (admin_cookie, _) = web_login(&world, g.owner, "/").await;
    assert_eq!(get(&world, &page, Some(&admin_cookie)).await.status(), 200);
    let missing = format!("/transcripts/{}/{}", g.id, number + 5);
    assert_eq!(
        get(&world, &missing, Some(&admin_cookie)).await.status(),
        404
    );

    // Only a hash of the session id is stored.
    let id = opener_cookie.split_once('=').unwrap().1.to_owned();
    let stored: Vec<Vec<u8>> = world
        .core
        .db
        .read(|c| {
            let mut s = c.prepare("SELECT id_hash FROM sessions")?;
            let rows = s.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            Ok(rows)
        })
        .await
        .unwrap();
    assert_eq!(stored.len(), 4);
    let expected = ring::digest::digest(&ring::digest::SHA256, id.as_bytes());
    assert!(
        stored.iter().any(|h| h.as_slice() == expected.as_ref()),
        "the SHA-256 of the id"
    );
    assert!(stored.iter().all(|h| h.len() == 32 && hex::encode(h) != id));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logout_needs_the_csrf_token_and_ends_the_session() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Logout")).await;
    let number = archived_ticket(&world, &g, g.members[0]).await;
    let page = format!("/transcripts/{}/{number}", g.id);
    let (cookie, _) = web_login(&world, g.members[0], &page).await;
    let html = get(&world, &page, Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("a logout form") + marker.len();
    let csrf = &html[start..start + 32];

    let post = |form: String| {
        let cookie = cookie.clone();
        let url = format!("{}/auth/logout", web_base(&world));
        async move {
            web_client()
                .post(url)
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(post("csrf=forged".into()).await.status(), 403);
    assert_eq!(
        get(&world, &page, Some(&cookie)).await.status(),
        200,
        "still logged in"
    );
    let out = post(format!("csrf={csrf}")).await;
    assert_eq!(out.status(), 303);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(
        get(&world, &page, Some(&cookie)).await.status(),
        303,
        "the session is gone"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_without_client_credentials_says_what_to_configure() {
    let world = TestWorld::builder().with_http().build().await;
    let r = get(&world, "/auth/login", None).await;
    assert_eq!(r.status(), 503);
    assert!(r.text().await.unwrap().contains("discord.client_secret"));
    // An open redirect is not possible: `next` must be a plain local path.
    let world = dashboard_world().await;
    for next in [
        "https://evil.example",
        "//evil.example",
        "/%5Cevil.example",
        "/%09/evil.example",
        "/%0D%0Ax",
    ] {
        let r = get(&world, &format!("/auth/login?next={next}"), None).await;
        assert_eq!(r.status(), 303);
    }
    let rows: Vec<String> = world
        .core
        .db
        .read(|c| {
            let mut s = c.prepare("SELECT next FROM oauth_logins")?;
            let rows = s.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            Ok(rows)
        })
        .await
        .unwrap();
    assert_eq!(rows, ["/"; 5]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_attempts_are_rate_limited_per_address() {
    let world = dashboard_world().await;
    let limit = ticketbox::web::limits::LOGIN_BURST;
    for _ in 0..limit {
        assert_eq!(get(&world, "/auth/login", None).await.status(), 303);
    }
    let refused = get(&world, "/auth/login", None).await;
    assert_eq!(refused.status(), 429);
    assert!(refused.text().await.unwrap().contains("Wait a minute"));
    // Without a trusted proxy, a forged X-Forwarded-For does not make a new client.
    let forged = web_client()
        .get(format!("{}/auth/login", web_base(&world)))
        .header("x-forwarded-for", "203.0.113.99")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 429);
}

/// Behind a trusted reverse proxy each client (from X-Forwarded-For) has its own budget.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_trusted_proxy_each_client_is_limited_apart() {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_config(|c| {
            c.http.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
            c.discord.client_id = ticketbox::testkit::fake_discord::BOT_ID.to_string();
            c.discord.client_secret = ticketbox::config::Secret::new("test-client-secret");
        })
        .build()
        .await;
    let from = |client: &'static str| {
        web_client()
            .get(format!("{}/auth/login", web_base(&world)))
            .header("x-forwarded-for", client)
            .send()
    };
    for _ in 0..ticketbox::web::limits::LOGIN_BURST {
        assert_eq!(from("203.0.113.1").await.unwrap().status(), 303);
    }
    assert_eq!(from("203.0.113.1").await.unwrap().status(), 429);
    assert_eq!(
        from("203.0.113.2").await.unwrap().status(),
        303,
        "another client"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_with_a_hostile_content_type_are_opaque_downloads() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Hostile")).await;
    let opener = g.members[0];
    let ch = open(&world, &g, opener).await;
    let fake = world.discord();
    let id = fake.post_attachment(
        ch,
        opener,
        "look",
        "page.png",
        b"<script>alert(1)</script>".to_vec(),
    );
    fake.set_attachment_content_type(ch, id, "image/png, text/html");
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, 1, TicketState::Closed).await;
    let page = format!("/transcripts/{}/1", g.id);
    let (cookie, _) = web_login(&world, opener, &page).await;
    let html = get(&world, &page, Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !html.contains("<img class=\"att\""),
        "not shown as an image: {html}"
    );
    let marker = format!("/transcripts/{}/1/attachments/", g.id);
    let start = html.find(&marker).expect("a download link");
    let href = &html[start..start + html[start..].find('"').unwrap()];
    let file = get(&world, href, Some(&cookie)).await;
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["content-type"], "application/octet-stream");
    assert!(
        file.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    assert_eq!(
        file.headers()["content-security-policy"],
        "default-src 'none'; sandbox"
    );
}

/// The viewer renders like Discord: markdown, mentions by name, replies with their original,
/// grouped messages, reactions, embeds, an inline image and a file to download.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_viewer_renders_messages_like_discord() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Render")).await;
    let opener = g.members[0];
    let ch = open(&world, &g, opener).await;
    let number = ticket(&world, ch).await.unwrap().number.get();
    let fake = world.discord();
    let first = fake.post_message(
        ch,
        opener,
        "**Order 42** is _late_ ||code 1234||\n> my quote\n```\nlet <x> = 1;\n```\nsee https://example.com/o?id=42",
    );
    fake.post_message(ch, opener, "same author, same minute");
    fake.post_message_with(
        ch,
        g.owner,
        &format!("Sorry <@{opener}>, asking <@&{}> in <#{}>", g.roles[0], g.channels[0]),
        &json!({
            "mentions": [fake.user_json(opener)],
            "mention_roles": [g.roles[0].to_string()],
            "message_reference": {"message_id": first.to_string(), "channel_id": ch.to_string()},
            "type": 19,
            "reactions": [ticketbox::testkit::fake_discord::history::reaction("👍", 2)],
            "embeds": [{"type": "rich", "title": "Refund", "description": "**12 €** back", "color": 0x0023_a55a}],
        }),
    );
    fake.post_attachment(ch, opener, "", "fire.png", PNG.to_vec());
    fake.post_attachment(ch, opener, "", "log.txt", b"lines".to_vec());
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;

    let (cookie, _) = web_login(&world, g.owner, "/").await;
    let page = get(
        &world,
        &format!("/transcripts/{}/{number}", g.id),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    let opener_name = world
        .cache()
        .read(move |r| r.user(ticketbox::ids::UserId::new(opener)))
        .await
        .unwrap()
        .unwrap();
    let opener_name = opener_name.global_name.unwrap_or(opener_name.username);
    for expected in [
        "<strong>Order 42</strong> is <em>late</em> <span class=\"spoiler\" tabindex=\"0\">code 1234</span>",
        "<blockquote>my quote</blockquote>",
        "<pre><code>let &lt;x&gt; = 1;</code></pre>",
        "<a href=\"https://example.com/o?id=42\" rel=\"noopener noreferrer nofollow\"",
        &format!("<span class=\"mention\">@{opener_name}</span>"),
        "<span class=\"mention\">@Moderator</span>",
        "<span class=\"mention\">#general</span>",
        &format!("<a href=\"#m{first}\">↪ <strong>{opener_name}</strong> **Order 42**"),
        "<span class=\"r\">👍 2</span>",
        "<div class=\"e\" data-colour=\"#23a55a\"><div class=\"et\">Refund</div><div><strong>12 €</strong> back</div>",
        "<img class=\"att\" src=\"/transcripts/",
        "download>log.txt</a>",
        "<div class=\"m cont\"",
    ] {
        assert!(html.contains(expected), "missing {expected:?} in {html}");
    }
}

/// Behind https (public_url), the cookies are Secure and prefixed (`__Host-` for the session);
/// the login works the same.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_cookie_is_secure_behind_https() {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_config(|c| {
            c.http.public_url = "https://tickets.example".to_owned();
            c.discord.client_id = ticketbox::testkit::fake_discord::BOT_ID.to_string();
            c.discord.client_secret = ticketbox::config::Secret::new("test-client-secret");
        })
        .build()
        .await;
    world.bot_ready().await;
    let g = world.add_cached_guild(&GuildSpec::new("Secure")).await;
    // web_login checks the Secure attribute and the cookie prefixes against public_url.
    let (cookie, _) = web_login(&world, g.owner, "/servers").await;
    assert!(cookie.starts_with("__Host-tb_session="), "{cookie}");
    let page = get(&world, "/servers", Some(&cookie)).await;
    assert_eq!(page.status(), 200);
    // The same id under the unprefixed name (as a sibling subdomain could plant it) is not a
    // session here.
    let planted = cookie.replacen("__Host-", "", 1);
    let page = get(&world, "/servers", Some(&planted)).await;
    assert_eq!(page.status(), 303, "sent to the login");
}

/// Sessions end after a week unused and a month after login, whatever happens in between.
#[tokio::test]
async fn sessions_expire_when_idle_and_at_their_absolute_limit() {
    use ticketbox::clock::Timestamp;
    use ticketbox::store::sessions::{self, ABSOLUTE_MS, IDLE_MS, Session};
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let t0 = Timestamp::from_millis(1_800_000_000_000);
    let at = |ms: i64| Timestamp::from_millis(t0.millis() + ms);
    let session = |user: u64| Session {
        user: ticketbox::ids::UserId::new(user),
        username: format!("user{user}"),
        csrf: "c".repeat(32),
        guild_hint: Vec::new(),
    };
    sessions::create(db, b"idle".to_vec(), session(1), t0)
        .await
        .unwrap();
    sessions::create(db, b"busy".to_vec(), session(2), t0)
        .await
        .unwrap();
    assert!(
        sessions::load(db, b"idle".to_vec(), at(IDLE_MS - 1000))
            .await
            .unwrap()
            .is_some()
    );
    // Used just before that: a week later it is still alive.
    assert!(
        sessions::load(db, b"idle".to_vec(), at(2 * IDLE_MS - 2000))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        sessions::load(db, b"idle".to_vec(), at(3 * IDLE_MS))
            .await
            .unwrap()
            .is_none(),
        "a week unused ends it"
    );
    assert!(
        sessions::load(db, b"idle".to_vec(), at(0))
            .await
            .unwrap()
            .is_none(),
        "and it is gone, not only refused"
    );
    // Used every day: still ends a month after login.
    let mut day = 0;
    while (day + 1) * 86_400_000 < ABSOLUTE_MS {
        day += 1;
        assert!(
            sessions::load(db, b"busy".to_vec(), at(day * 86_400_000))
                .await
                .unwrap()
                .is_some(),
            "day {day}"
        );
    }
    assert!(
        sessions::load(db, b"busy".to_vec(), at(ABSOLUTE_MS + 1))
            .await
            .unwrap()
            .is_none()
    );
}

/// The viewer is never cached, and staff get the dashboard's header back to the server's
/// pages; an opener who is not staff gets the header without that link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_viewer_is_never_cached_and_leads_staff_back_to_the_server() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Way back")).await;
    let opener = g.members[0];
    let number = archived_ticket(&world, &g, opener).await;
    let page = format!("/transcripts/{}/{number}", g.id);
    let back = format!("<a class=\"crumb\" href=\"/servers/{}\">Way back</a>", g.id);

    let (admin, _) = web_login(&world, g.owner, &page).await;
    let shown = get(&world, &page, Some(&admin)).await;
    assert_eq!(shown.status(), 200);
    assert_eq!(shown.headers()["cache-control"], "private, no-store");
    let html = shown.text().await.unwrap();
    assert!(html.contains(&back), "{html}");
    assert!(html.contains("action=\"/auth/logout\""), "{html}");

    let (own, _) = web_login(&world, opener, &page).await;
    let shown = get(&world, &page, Some(&own)).await;
    assert_eq!(shown.headers()["cache-control"], "private, no-store");
    let html = shown.text().await.unwrap();
    assert!(
        !html.contains(&back),
        "no staff pages for the opener: {html}"
    );
    assert!(html.contains("<header class=\"top\">"), "{html}");
    assert!(!html.contains("Rating"), "no rating yet");

    // The opener's rating and comment, given after the transcript was stored, are shown.
    let id = ticket_number(&world, g.id, number).await.unwrap().id;
    let now = world.core.clock.now();
    ticketbox::store::feedback::rate(
        &world.core.db,
        id,
        ticketbox::ids::UserId::new(opener),
        4,
        now,
    )
    .await
    .unwrap();
    ticketbox::store::feedback::comment(&world.core.db, id, "Fast & <kind>".into(), now)
        .await
        .unwrap();
    let html = get(&world, &page, Some(&admin)).await.text().await.unwrap();
    assert!(html.contains("★★★★☆ (4/5)"), "{html}");
    assert!(
        html.contains("Fast &#38; &#60;kind&#62;"),
        "escaped: {html}"
    );
}
