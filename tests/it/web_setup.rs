//! First-run setup through real HTTP against the fake Discord: the token is checked with
//! Discord, saved privately in the data directory (and read back by the config loader), and
//! the bot starts without a restart; the setup code is always needed (a reverse proxy on the
//! same machine makes every visitor look local); once set up, the setup is closed.

use crate::support::*;
use serde_json::json;
use ticketbox::services::BotStatus;
use ticketbox::testkit::fake_discord::{BOT_ID, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

async fn unconfigured() -> TestWorld {
    TestWorld::builder()
        .with_discord_unconfigured()
        .with_http()
        .build()
        .await
}

/// GET / as a browser (optionally through a proxy): the page and its nonce cookie.
async fn setup_page(world: &TestWorld, forwarded: bool) -> (String, String) {
    let mut request = web_client().get(format!("{}/", web_base(world)));
    if forwarded {
        request = request.header("x-forwarded-for", "203.0.113.9");
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    // Behind an https public_url the nonce cookie is a __Host- cookie.
    let https = world.core.config.http.public_url.starts_with("https://");
    let name = if https {
        "__Host-tb_setup="
    } else {
        "tb_setup="
    };
    assert!(cookie.starts_with(name), "{cookie}");
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("SameSite=Strict")
    );
    assert_eq!(
        response.headers()["cache-control"],
        "no-store",
        "the nonce page is never cached"
    );
    (response.text().await.unwrap(), cookie)
}

fn nonce_in(html: &str) -> String {
    let start = html.find("name=\"nonce\" value=\"").unwrap() + "name=\"nonce\" value=\"".len();
    html[start..].split('"').next().unwrap().to_owned()
}

async fn submit(
    world: &TestWorld,
    cookie: &str,
    forwarded: bool,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        body.append_pair(k, v);
    }
    let mut request = web_client()
        .post(format!("{}/setup", web_base(world)))
        .header("cookie", cookie)
        .header("content-type", "application/x-www-form-urlencoded");
    if forwarded {
        request = request.header("x-forwarded-for", "203.0.113.9");
    }
    let response = request.body(body.finish()).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_checks_the_token_saves_it_privately_and_starts_the_bot() {
    let world = unconfigured().await;
    let token = world.discord().bot_token();
    let (html, cookie) = setup_page(&world, false).await;
    assert!(
        html.contains("name=\"code\""),
        "the code is asked even from this machine"
    );
    let nonce = nonce_in(&html);
    // The operator reads the code from the data directory (or the log).
    let code = operator_code(&world);
    let setup_file = world
        .core
        .config
        .storage
        .data_dir
        .join(ticketbox::config::SETUP_FILE);

    let (status, page) = submit(
        &world,
        &cookie,
        false,
        &[
            ("nonce", &nonce),
            ("code", &code),
            ("token", "not-the-token"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("Discord rejected this bot token"), "{page}");
    assert!(!page.contains("not-the-token"), "the token is not echoed");
    // The refusals are in the visitor's language.
    let (status, page) = submit(
        &world,
        &format!("{cookie}; tb_lang=de"),
        false,
        &[("nonce", &nonce), ("code", &code), ("token", "not a token")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("Das sieht nicht nach einem Bot-Token aus"),
        "{page}"
    );
    let (status, _) = submit(
        &world,
        "tb_setup=00",
        false,
        &[("nonce", &nonce), ("code", &code), ("token", token)],
    )
    .await;
    assert_eq!(
        status, 403,
        "a form without its cookie (another site) is refused"
    );
    assert!(!setup_file.exists() && !world.core.has_bot_token());

    let (status, page) = submit(
        &world,
        &cookie,
        false,
        &[
            ("nonce", &nonce),
            ("code", &code),
            ("token", token),
            ("client_secret", "the-client-secret"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("id=\"setup-done\""), "{page}");
    assert!(
        page.contains(&format!(
            "client_id={BOT_ID}&#38;scope=bot+applications.commands"
        )),
        "{page}"
    );
    assert!(!page.contains(token) && !page.contains("the-client-secret"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&setup_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by ticketbox's user only");
    }

    assert!(
        !world.data_dir().join("setup-code").exists(),
        "the code's file goes once setup completed"
    );
    running_and_saved(&world, token, &cookie, &nonce).await;
}

/// The setup code as the operator finds it: `<data_dir>/setup-code`, readable by ticketbox's
/// user only, the same as the one in the log.
fn operator_code(world: &TestWorld) -> String {
    let path = world.data_dir().join("setup-code");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the code's file is private");
    }
    let code = std::fs::read_to_string(path).unwrap().trim().to_owned();
    assert_eq!(Some(code.clone()), world.core.setup_code());
    code
}

/// After setup: the bot answers commands, the setup is closed, the next start reads the
/// saved settings.
async fn running_and_saved(world: &TestWorld, token: &str, cookie: &str, nonce: &str) {
    // The bot is up without a restart and answers commands.
    eventually("the bot to connect", || async {
        (world.core.bot_status() == BotStatus::Connected).then_some(())
    })
    .await;
    let g = world.add_cached_guild(&GuildSpec::new("After setup")).await;
    let ch = open(world, &g, g.members[0]).await;
    assert!(world.discord().channel(ch).is_some());

    // Closed now: the home page shows the status and the setup answers 404.
    let (html, cookie) = (
        web_client()
            .get(format!("{}/", web_base(world)))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        cookie,
    );
    assert!(
        html.contains("connected to Discord") && !html.contains("name=\"token\""),
        "{html}"
    );
    let (status, _) = submit(
        world,
        cookie,
        false,
        &[("nonce", nonce), ("token", "other")],
    )
    .await;
    assert_eq!(status, 404);

    // The next start reads the saved settings.
    let data_dir = world
        .core
        .config
        .storage
        .data_dir
        .to_str()
        .unwrap()
        .to_owned();
    let loaded = ticketbox::config::load_from(
        None,
        &[("TICKETBOX_STORAGE__DATA_DIR".to_owned(), data_dir)],
    )
    .unwrap();
    assert_eq!(loaded.config.discord.token.expose(), token);
    assert_eq!(loaded.config.discord.client_id, BOT_ID.to_string());
    assert_eq!(
        loaded.config.discord.client_secret.expose(),
        "the-client-secret"
    );
    let _ = json!(null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_from_another_machine_needs_the_code_from_the_log() {
    let world = unconfigured().await;
    let token = world.discord().bot_token();
    let (html, cookie) = setup_page(&world, true).await;
    assert!(
        html.contains("name=\"code\""),
        "through a proxy the code is asked"
    );
    let nonce = nonce_in(&html);
    let code = world
        .core
        .setup_code()
        .expect("a setup code while unconfigured");
    assert!(!html.contains(&code), "the page never shows the code");
    for wrong in ["", "AAAAAAAAAAAA"] {
        let (status, page) = submit(
            &world,
            &cookie,
            true,
            &[("nonce", &nonce), ("code", wrong), ("token", token)],
        )
        .await;
        assert_eq!(status, 403, "{wrong:?}");
        assert!(page.contains("setup code is not right"), "{page}");
    }
    assert!(!world.core.has_bot_token());
    let (status, page) = submit(
        &world,
        &cookie,
        true,
        &[
            ("nonce", &nonce),
            ("code", &code.to_lowercase()),
            ("token", token),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(world.core.has_bot_token());
    assert_eq!(world.core.setup_code(), None, "the code is used up");
}

/// A reverse proxy on this machine (`proxy_pass http://127.0.0.1:8080`) adds no forwarding
/// header, so an internet visitor arrives from loopback with a loopback Host: the code is still
/// needed, and wrong codes share the login rate limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_through_a_local_proxy_cannot_install_a_token_without_the_code() {
    let world = unconfigured().await;
    let token = world.discord().bot_token();
    let (html, cookie) = setup_page(&world, false).await;
    assert!(html.contains("name=\"code\"") && html.contains("ticketbox setup-code"));
    let nonce = nonce_in(&html);
    let (status, page) = submit(
        &world,
        &cookie,
        false,
        &[("nonce", &nonce), ("token", token)],
    )
    .await;
    assert_eq!(status, 403, "{page}");
    assert!(page.contains("setup code is not right"), "{page}");
    assert!(!world.core.has_bot_token());
    let mut limited = false;
    for _ in 0..70 {
        let (status, _) = submit(
            &world,
            &cookie,
            false,
            &[
                ("nonce", &nonce),
                ("code", "AAAAAAAAAAAA"),
                ("token", token),
            ],
        )
        .await;
        if status == 429 {
            limited = true;
            break;
        }
        assert_eq!(status, 403);
    }
    assert!(limited, "guessing codes is rate limited");
    assert!(!world.core.has_bot_token());
}
