//! The authorisation matrix: every route of the dashboard (taken from `web::routes::ROUTES`,
//! the table the router is built from) × every kind of visitor → allowed or denied.

use crate::support::*;
use serde_json::json;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};
use ticketbox::web::routes::{Access, ROUTES};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Persona {
    Anonymous,
    Member,
    Opener,
    SupportOfAnotherTeam,
    Support,
    Admin,
    AdminOfAnotherGuild,
    /// Was made admin by user, then left the guild: no level there any more.
    FormerAdmin,
    /// An instance operator (`dashboard.operators`) who is in none of the scene's guilds.
    Operator,
}

const PERSONAS: [Persona; 9] = [
    Persona::Anonymous,
    Persona::Member,
    Persona::Opener,
    Persona::SupportOfAnotherTeam,
    Persona::Support,
    Persona::Admin,
    Persona::AdminOfAnotherGuild,
    Persona::FormerAdmin,
    Persona::Operator,
];

/// A guild with two panels (teams Billing and Sales), a ticket opened from the Billing panel,
/// with a message and an image, closed and archived. Returns the world, the guild, a user per
/// persona, and the ticket number and attachment file name.
struct Scene {
    world: TestWorld,
    guild: GuildHandle,
    users: Vec<(Persona, Option<u64>)>,
    number: u32,
    file: String,
    panel: i64,
    integration: i64,
}

async fn scene() -> Scene {
    let world = dashboard_world().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new("Matrix")
                .with_members(5)
                .with_role("Billing", 0)
                .with_role("Sales", 0),
        )
        .await;
    let elsewhere = world.add_cached_guild(&GuildSpec::new("Elsewhere")).await;
    // The operator's own server (so the fake knows them); not one of the scene's.
    let mut own = GuildSpec::new("Operator's own");
    own.owner = MATRIX_OPERATOR;
    world.add_cached_guild(&own).await;
    let (billing, sales) = (g.roles[1], g.roles[2]);
    let (member, opener, other_team, support) =
        (g.members[0], g.members[1], g.members[2], g.members[3]);
    world.discord().set_member_roles(g.id, support, &[billing]);
    world.discord().set_member_roles(g.id, other_team, &[sales]);
    wait_member_roles(&world, g.id, support, &[billing]).await;
    wait_member_roles(&world, g.id, other_team, &[sales]).await;
    create_panel(&world, &g, "Billing", billing).await;
    create_panel(&world, &g, "Sales", sales).await;
    let custom_id = send_panel(&world, &g, "Billing").await;
    let clicked = click(&world, &g, g.channels[0], opener, &custom_id);
    let ch = channel_in(&world.discord().reply_text(&clicked).await);
    world
        .discord()
        .post_message(ch, opener, "invoice 42 is wrong");
    world
        .discord()
        .post_attachment(ch, opener, "scan", "scan.png", b"\x89PNG-scan".to_vec());
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    let number = ticket(&world, ch).await.unwrap().number.get();
    let former = former_admin(&world, &g).await;
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;
    let doc = world
        .core
        .archive
        .load_transcript(
            ticketbox::ids::GuildId::new(g.id),
            ticketbox::ids::TicketNumber::new(number),
        )
        .await
        .unwrap();
    let file = doc
        .messages
        .iter()
        .flat_map(|m| &m.attachments)
        .find_map(|a| a.stored.clone())
        .expect("an archived attachment")
        .trim_start_matches("attachments/")
        .to_owned();
    let users = vec![
        (Persona::Anonymous, None),
        (Persona::Member, Some(member)),
        (Persona::Opener, Some(opener)),
        (Persona::SupportOfAnotherTeam, Some(other_team)),
        (Persona::Support, Some(support)),
        (Persona::Admin, Some(g.owner)),
        (Persona::AdminOfAnotherGuild, Some(elsewhere.owner)),
        (Persona::FormerAdmin, Some(former)),
        (Persona::Operator, Some(MATRIX_OPERATOR)),
    ];
    let panel = ticketbox::store::panels::by_title(
        &world.core.db,
        ticketbox::ids::GuildId::new(g.id),
        "Billing".to_owned(),
    )
    .await
    .unwrap()
    .expect("the Billing panel")
    .id
    .get();
    let integration = an_integration(&world, &g).await;
    Scene {
        world,
        guild: g,
        users,
        number,
        file,
        panel,
        integration,
    }
}

/// An integration of the guild (its editor page is a route with an id).
async fn an_integration(world: &TestWorld, g: &GuildHandle) -> i64 {
    ticketbox::store::integrations::save(
        &world.core.db,
        ticketbox::ids::GuildId::new(g.id),
        None,
        ticketbox::domain::integrations::IntegrationSpec {
            name: "Lookup".into(),
            description: String::new(),
            image_url: String::new(),
            privacy_url: String::new(),
            method: ticketbox::domain::integrations::Method::Get,
            url: "https://example.com/%user_id%".into(),
            body: String::new(),
            headers: Vec::new(),
            secrets: Vec::new(),
            outputs: Vec::new(),
            timeout_secs: 3,
        },
        ticketbox::ids::UserId::new(g.owner),
        world.core.clock.now(),
    )
    .await
    .unwrap()
    .unwrap()
}

/// A user made admin by a user entry, who then left the guild.
async fn former_admin(world: &TestWorld, g: &GuildHandle) -> u64 {
    let former = g.members[4];
    let made = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "addadmin",
        json!([user_opt("user", former)]),
    )
    .await;
    assert!(!made.contains("Only"), "{made}");
    world.discord().member_leave(g.id, former);
    let guild = ticketbox::ids::GuildId::new(g.id);
    eventually("the member to leave the cache", || async move {
        world
            .cache()
            .read(move |r| r.member(guild, ticketbox::ids::UserId::new(former)))
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;
    former
}

/// Whether `persona` may use a route with `access`.
fn expected(access: Access, persona: Persona) -> bool {
    match access {
        Access::Public => true,
        Access::LoggedIn => persona != Persona::Anonymous,
        Access::TranscriptReader => {
            matches!(persona, Persona::Opener | Persona::Support | Persona::Admin)
        }
        Access::GuildStaff => matches!(
            persona,
            Persona::Support | Persona::SupportOfAnotherTeam | Persona::Admin
        ),
        Access::GuildAdmin => persona == Persona::Admin,
        Access::Operator => persona == Persona::Operator,
        // No persona holds the scraper's token (and this world configures none); this world is
        // configured, so the setup is closed to everyone.
        Access::MetricsToken | Access::Setup => false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_allows_exactly_who_it_should() {
    let s = scene().await;
    let base = format!("http://{}", s.world.http_addr());
    let mut cookies = Vec::new();
    for (persona, user) in &s.users {
        let cookie = match user {
            Some(u) => Some(web_login(&s.world, *u, "/").await.0),
            None => None,
        };
        cookies.push((*persona, cookie));
    }
    assert_eq!(cookies.len(), PERSONAS.len());
    let mut checked = 0;
    for route in ROUTES {
        let path = route
            .path
            .replace("{guild}", &s.guild.id.to_string())
            .replace("{ticket}", &s.number.to_string())
            .replace("{file}", &s.file)
            .replace("{panel}", &s.panel.to_string())
            .replace("{integration}", &s.integration.to_string())
            .replace("{*path}", "css/ticketbox.css");
        for (persona, cookie) in &cookies {
            let mut request = match route.method {
                "GET" => web_client().get(format!("{base}{path}")),
                "POST" => web_client()
                    .post(format!("{base}{path}"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body("csrf=not-the-token"),
                other => panic!("no request for method {other}"),
            };
            if let Some(c) = cookie {
                request = request.header("cookie", c);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let to_login = response
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .is_some_and(|l| l.starts_with("/auth/login"));
            let what = format!("{} {} as {persona:?} → {status}", route.method, route.path);
            assert!(status < 500, "{what}");
            let allowed = match route.access {
                // Reached the handler: not sent to the login, not refused.
                Access::Public => !to_login && status != 401 && status != 403,
                // Logged in: served, or (logout without its token) refused by the CSRF check,
                // which only a logged-in visitor reaches.
                // Logged in: served, or (a POST without its token) refused by the CSRF check,
                // which only a visitor allowed on the route reaches.
                Access::LoggedIn | Access::GuildStaff | Access::GuildAdmin | Access::Operator => {
                    status == 200 || (route.method == "POST" && status == 403)
                }
                Access::TranscriptReader | Access::MetricsToken => status == 200,
                Access::Setup => status != 404,
            };
            assert_eq!(allowed, expected(route.access, *persona), "{what}");
            if !allowed
                && route.access != Access::Public
                && (cookie.is_some() || route.access == Access::Setup)
            {
                assert_eq!(
                    status, 404,
                    "refusals look like a missing page, so nobody learns about another guild: {what}"
                );
            }
            // (Logging out without a session just goes home.)
            if !allowed
                && *persona == Persona::Anonymous
                && route.path != "/auth/logout"
                && route.access != Access::Setup
                && route.access != Access::MetricsToken
            {
                assert!(to_login, "anonymous visitors are sent to the login: {what}");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, ROUTES.len() * PERSONAS.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_the_panel_does_not_open_its_transcripts_to_other_teams() {
    let s = scene().await;
    let deleted = run(
        &s.world,
        &s.guild,
        s.guild.channels[0],
        s.guild.owner,
        "panel",
        sub("delete", json!([opt("title", "Billing")])),
    )
    .await;
    assert!(deleted.to_lowercase().contains("deleted"), "{deleted}");
    let page = format!("/transcripts/{}/{}", s.guild.id, s.number);
    let base = format!("http://{}", s.world.http_addr());
    for (persona, user) in &s.users {
        // Billing's members stop being staff with their last panel (team membership counts
        // through panels), so only the other team and the admin are informative here.
        let (Some(user), true) = (
            user,
            matches!(persona, Persona::Admin | Persona::SupportOfAnotherTeam),
        ) else {
            continue;
        };
        let cookie = web_login(&s.world, *user, "/").await.0;
        let status = web_client()
            .get(format!("{base}{page}"))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap()
            .status();
        let expected = if *persona == Persona::Admin { 200 } else { 404 };
        assert_eq!(status, expected, "{persona:?} after the panel was deleted");
    }
}
