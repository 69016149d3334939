//! Helpers shared by the ticket end-to-end tests (the world and the fake come from the testkit).

#![allow(dead_code)] // each test file uses a different subset

use serde_json::{Value, json};
use ticketbox::ids::{ChannelId, GuildId, TicketNumber};
use ticketbox::store::tickets::{self, Ticket};
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec, InteractionHandle};
use ticketbox::testkit::{TestWorld, eventually};

pub const VIEW: u64 = 1 << 10;
pub const SEND: u64 = 1 << 11;

pub async fn ready_world() -> TestWorld {
    let world = TestWorld::builder().with_discord().build().await;
    world.bot_ready().await;
    world
}

pub async fn world_with_guild(spec: GuildSpec) -> (TestWorld, GuildHandle) {
    let world = ready_world().await;
    let g = world.add_cached_guild(&spec).await;
    (world, g)
}

/// The id in the first `<#id>` of a text.
pub fn channel_in(text: &str) -> u64 {
    let start = text
        .find("<#")
        .unwrap_or_else(|| panic!("no channel mention in {text:?}"))
        + 2;
    let end = start + text[start..].find('>').expect("closing >");
    text[start..end].parse().expect("channel id")
}

/// `text` with Discord's command mentions (`</setup use-threads:123>`) written as the command
/// (`/setup use-threads`), for comparing replies with their wording.
pub fn plain_commands(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("</") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        match after.find('>').map(|end| (end, &after[..end])) {
            Some((end, inner)) if inner.contains(':') => {
                let (path, _) = inner.rsplit_once(':').unwrap_or((inner, ""));
                out.push('/');
                out.push_str(path);
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str("</");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A string option.
pub fn opt(name: &str, value: &str) -> Value {
    json!({"type": 3, "name": name, "value": value})
}

/// A user option.
pub fn user_opt(name: &str, user: u64) -> Value {
    json!({"type": 6, "name": name, "value": user.to_string()})
}

/// A role option.
pub fn role_opt(name: &str, role: u64) -> Value {
    json!({"type": 8, "name": name, "value": role.to_string()})
}

/// A subcommand with options.
pub fn sub(name: &str, options: Value) -> Value {
    let mut subcommand = json!({"type": 1, "name": name});
    subcommand["options"] = options;
    Value::Array(vec![subcommand])
}

/// Runs a slash command and returns the text the user sees.
pub async fn run(
    world: &TestWorld,
    g: &GuildHandle,
    channel: u64,
    user: u64,
    command: &str,
    options: Value,
) -> String {
    let fake = world.discord();
    let handle = fake.slash_command(g.id, channel, user, command, options);
    fake.reply_text(&handle).await
}

/// `/open` by `user`; returns the ticket channel.
pub async fn open(world: &TestWorld, g: &GuildHandle, user: u64) -> u64 {
    let text = run(world, g, g.channels[0], user, "open", json!([])).await;
    assert!(text.starts_with("Ticket opened"), "{text}");
    channel_in(&text)
}

/// `/addsupport role:<role>` by the owner: the role's members are support staff.
pub async fn add_support_role(world: &TestWorld, g: &GuildHandle, role: u64) {
    let added = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "addsupport",
        json!([role_opt("role", role)]),
    )
    .await;
    assert!(added.contains("is now support staff"), "{added}");
}

/// A world on the manual clock with a guild "name" of `members` members and three text
/// channels, whose "Helpers" role is support staff and held by the first member; closed tickets
/// are logged in the third channel.
pub async fn staffed_clock_world(name: &str, members: usize) -> (TestWorld, GuildHandle) {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_manual_clock()
        .build()
        .await;
    world.bot_ready().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new(name)
                .with_members(members)
                .with_text_channels(3)
                .with_role("Helpers", 0),
        )
        .await;
    add_support_role(&world, &g, g.roles[1]).await;
    world
        .discord()
        .set_member_roles(g.id, g.members[0], &[g.roles[1]]);
    set_log_channel(&world, &g, g.channels[2]).await;
    (world, g)
}

/// `/setup <subcommand>` by the owner; returns the reply.
pub async fn setup(world: &TestWorld, g: &GuildHandle, subcommand: &str, options: Value) -> String {
    run(
        world,
        g,
        g.channels[0],
        g.owner,
        "setup",
        sub(subcommand, options),
    )
    .await
}

/// `(allow, deny)` of the overwrite for `target` on a channel of the fake.
pub fn overwrite(channel: &Value, target: u64) -> Option<(u64, u64)> {
    let bits = |v: &Value| {
        v.as_str()
            .map_or_else(|| v.as_u64().unwrap_or(0), |s| s.parse().unwrap_or(0))
    };
    channel["permission_overwrites"]
        .as_array()?
        .iter()
        .find(|o| o["id"].as_str() == Some(target.to_string().as_str()))
        .map(|o| (bits(&o["allow"]), bits(&o["deny"])))
}

pub async fn ticket(world: &TestWorld, channel: u64) -> Option<Ticket> {
    tickets::by_channel(&world.core.db, ChannelId::new(channel))
        .await
        .unwrap()
}

pub async fn ticket_number(world: &TestWorld, guild: u64, number: u32) -> Option<Ticket> {
    tickets::by_number(
        &world.core.db,
        GuildId::new(guild),
        TicketNumber::new(number),
    )
    .await
    .unwrap()
}

/// Waits for the channel to be gone from the fake.
pub async fn gone(world: &TestWorld, channel: u64) {
    let fake = world.discord();
    fake.wait_for("the channel to be deleted", || {
        fake.channel(channel).is_none().then_some(())
    })
    .await;
}

/// Waits until the bot would see `roles` for the member: its cached row has them, or it has
/// no row (the member never interacted, so the bot asks Discord when it needs them).
pub async fn wait_member_roles(world: &TestWorld, guild: u64, user: u64, roles: &[u64]) {
    let wanted: Vec<_> = roles
        .iter()
        .map(|r| ticketbox::ids::RoleId::new(*r))
        .collect();
    eventually("member roles cached", || {
        let wanted = wanted.clone();
        async move {
            let member = world.cached_member(guild, user).await;
            member.is_none_or(|m| m.roles == wanted).then_some(())
        }
    })
    .await;
}

/// The message of the fake with this custom id on one of its buttons.
pub fn message_with_button(world: &TestWorld, channel: u64, custom_id: &str) -> Value {
    world
        .discord()
        .messages(channel)
        .into_iter()
        .find(|m| m["components"].to_string().contains(custom_id))
        .unwrap_or_else(|| panic!("no message with {custom_id} in {channel}"))
}

pub fn message_id(message: &Value) -> u64 {
    message["id"].as_str().unwrap().parse().unwrap()
}

pub fn click(
    world: &TestWorld,
    g: &GuildHandle,
    channel: u64,
    user: u64,
    custom_id: &str,
) -> InteractionHandle {
    let message = message_with_button(world, channel, custom_id);
    world
        .discord()
        .button_click(g.id, channel, user, message_id(&message), custom_id)
}

/// Waits for the ticket in `channel` to reach `state`.
pub async fn eventually_state(
    world: &TestWorld,
    channel: u64,
    state: ticketbox::store::tickets::TicketState,
) {
    eventually("the ticket state", || async move {
        (ticket(world, channel).await?.state == state).then_some(())
    })
    .await;
}

/// Waits until ticket `number` of `guild` is in `state` (for tickets known by number).
pub async fn eventually_number_state(
    world: &TestWorld,
    guild: u64,
    number: u32,
    state: ticketbox::store::tickets::TicketState,
) {
    eventually("the ticket's state", || async move {
        ticket_number(world, guild, number)
            .await
            .filter(|t| t.state == state)
            .map(drop)
    })
    .await;
}

/// `/setup transcripts <log>` by the owner: close summaries go to `log`.
pub async fn set_log_channel(world: &TestWorld, g: &GuildHandle, log: u64) {
    let set = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "transcripts",
            json!([{"type": 7, "name": "channel", "value": log.to_string()}]),
        ),
    )
    .await;
    assert!(set.contains("logged in"), "{set}");
}

// Dashboard (HTTP) helpers.

/// A world with the fake Discord, the HTTP server and dashboard login configured.
/// The instance operator of [`dashboard_world`] (`dashboard.operators`): a user who is in no
/// guild until a test makes them an owner.
pub const MATRIX_OPERATOR: u64 = 4_100_000_000_000_000_001;

pub async fn dashboard_world() -> TestWorld {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_dashboard_login()
        .with_config(|c| c.dashboard.operators = vec![MATRIX_OPERATOR.to_string()])
        .build()
        .await;
    world.bot_ready().await;
    world
}

pub fn web_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub fn web_base(world: &TestWorld) -> String {
    format!("http://{}", world.http_addr())
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Logs `user` in through the fake Discord; returns the session cookie (`tb_session=…`, or
/// `__Host-tb_session=…` behind https) and
/// the callback URL (to prove it works once).
pub async fn web_login(world: &TestWorld, user: u64, next: &str) -> (String, String) {
    world.discord().set_oauth_user(user);
    let http = web_client();
    let start = http
        .get(format!("{}/auth/login?next={next}", web_base(world)))
        .send()
        .await
        .unwrap();
    assert_eq!(start.status(), 303);
    let https = world.core.config.http.public_url.starts_with("https://");
    // Behind https the cookies carry the browser's prefixes (__Secure-, __Host-).
    let (login_name, session_name) = if https {
        ("__Secure-tb_login=", "__Host-tb_session=")
    } else {
        ("tb_login=", "tb_session=")
    };
    let login_cookie = start.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert!(login_cookie.starts_with(login_name), "{login_cookie}");
    let authorize = location(&start);
    assert!(
        authorize.contains("code_challenge_method=S256"),
        "{authorize}"
    );
    assert!(authorize.contains("scope=identify+guilds"), "{authorize}");
    let approved = http.get(&authorize).send().await.unwrap();
    let back = url::Url::parse(&location(&approved)).unwrap();
    assert_eq!(back.path(), "/auth/callback");
    // The redirect URI is built from http.public_url; the test server listens elsewhere.
    let callback = format!(
        "{}{}?{}",
        web_base(world),
        back.path(),
        back.query().unwrap()
    );
    let done = http
        .get(&callback)
        .header("cookie", &login_cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303, "{:?}", done.text().await);
    assert_eq!(location(&done), next);
    let cookie = done
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with(session_name))
        .expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && cookie.contains("; Path=/;")
            && !cookie.contains("Domain"),
        "{cookie}"
    );
    assert_eq!(
        cookie.contains("; Secure"),
        https,
        "Secure exactly when the dashboard is served over https: {cookie}"
    );
    let value = cookie.split(';').next().unwrap().to_owned();
    (value, callback)
}

/// GETs a dashboard page with the session `cookie`: status and body.
pub async fn web_page(world: &TestWorld, path: &str, cookie: &str) -> (u16, String) {
    let response = web_client()
        .get(format!("{}{path}", web_base(world)))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// The CSRF token of the first form of a page.
pub fn csrf_in(html: &str) -> String {
    let start = html
        .find("name=\"csrf\" value=\"")
        .unwrap_or_else(|| panic!("no CSRF field in {html}"))
        + "name=\"csrf\" value=\"".len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// POSTs a form (`fields` in order, repeated names allowed) with the session `cookie`.
pub async fn web_post(
    world: &TestWorld,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        body.append_pair(k, v);
    }
    web_client()
        .post(format!("{}{path}", web_base(world)))
        .header("cookie", cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.finish())
        .send()
        .await
        .unwrap()
}

/// The custom id of the "open a ticket" button of the latest panel posted in `channel`.
pub fn panel_button_id(world: &TestWorld, channel: u64) -> String {
    let message = world
        .discord()
        .messages(channel)
        .into_iter()
        .rev()
        .find(|m| m["components"].to_string().contains("tb:open:"))
        .unwrap_or_else(|| panic!("no panel in {channel}"));
    message["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The owner posts panel `title` in the guild's first channel with `/panel send`; returns its
/// button's custom id.
pub async fn send_panel(world: &TestWorld, g: &GuildHandle, title: &str) -> String {
    let sent = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "panel",
        sub("send", json!([opt("title", title)])),
    )
    .await;
    assert!(sent.contains("posted"), "{sent}");
    panel_button_id(world, g.channels[0])
}

/// Creates a panel handled by a team made of `role`, by `/panel create` as the owner.
pub async fn create_panel(world: &TestWorld, g: &GuildHandle, title: &str, role: u64) {
    let created = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "panel",
        sub(
            "create",
            json!([opt("title", title), role_opt("support_role", role)]),
        ),
    )
    .await;
    assert!(created.contains("created"), "{created}");
}

/// A guild whose owner is logged in to the dashboard, with the session's CSRF token.
pub struct Admin {
    pub world: TestWorld,
    pub g: GuildHandle,
    pub cookie: String,
    pub token: String,
}

impl Admin {
    pub async fn new(spec: GuildSpec) -> Self {
        let world = dashboard_world().await;
        let g = world.add_cached_guild(&spec).await;
        let (cookie, _) = web_login(&world, g.owner, "/").await;
        let (status, html) =
            web_page(&world, &format!("/servers/{}/settings", g.id), &cookie).await;
        assert_eq!(status, 200, "{html}");
        let token = csrf_in(&html);
        Self {
            world,
            g,
            cookie,
            token,
        }
    }

    /// `/servers/{guild}` followed by `rest`.
    pub fn path(&self, rest: &str) -> String {
        format!("/servers/{}{rest}", self.g.id)
    }

    pub async fn get(&self, rest: &str) -> (u16, String) {
        web_page(&self.world, &self.path(rest), &self.cookie).await
    }

    /// POSTs `fields` after the CSRF token.
    pub async fn post(&self, rest: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all = vec![("csrf", self.token.as_str())];
        all.extend_from_slice(fields);
        web_post(&self.world, &self.path(rest), &self.cookie, &all).await
    }

    /// POSTs and expects the redirect back to `back` with the confirmation `what`.
    pub async fn post_done(&self, rest: &str, fields: &[(&str, &str)], back: &str, what: &str) {
        let r = self.post(rest, fields).await;
        let status = r.status().as_u16();
        let to = location(&r);
        assert_eq!(
            (status, to.as_str()),
            (303, format!("{}?done={what}", self.path(back)).as_str()),
            "{rest} {fields:?}: {}",
            r.text().await.unwrap_or_default()
        );
    }

    /// POSTs and expects a 422 page saying `reason`.
    pub async fn post_refused(&self, rest: &str, fields: &[(&str, &str)], reason: &str) {
        let r = self.post(rest, fields).await;
        let status = r.status().as_u16();
        let body = r.text().await.unwrap();
        assert_eq!(status, 422, "{rest} {fields:?}: {body}");
        assert!(
            body.contains(reason),
            "{rest} {fields:?} should say {reason:?}: {body}"
        );
        assert!(body.contains("role=\"alert\""), "shown as an error");
    }

    /// How many times the audit log shows `action`.
    pub async fn audited(&self, action: &str) -> usize {
        let (_, html) = self.get("/audit").await;
        html.matches(&format!("<code>{action}</code>")).count()
    }
}

/// `/setup use-threads` by the owner: tickets open as private threads of the first channel,
/// staff are notified in the third (the guild needs three text channels).
pub async fn use_threads(world: &TestWorld, g: &GuildHandle) {
    let set = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "setup",
        sub(
            "use-threads",
            json!([{"type": 5, "name": "enabled", "value": true}, {"type": 7, "name": "notification_channel", "value": g.channels[2].to_string()}]),
        ),
    )
    .await;
    assert!(set.contains("private threads"), "{set}");
}
