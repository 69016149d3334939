//! Members as Discord really sends them: GUILD_CREATE lists only the bot (and members in
//! voice), so the bot looks up the members an operation needs, once per freshness period, and
//! never asks for a whole member list (the test world fails any test that does).

use std::time::Duration;

use crate::support::*;
use serde_json::json;
use ticketbox::ids::GuildId;
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};

/// Past the member freshness (10 minutes).
const STALE: Duration = Duration::from_mins(11);

async fn world() -> TestWorld {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_manual_clock()
        .with_dashboard_login()
        .build()
        .await;
    world.bot_ready().await;
    world
}

async fn cached(world: &TestWorld, guild: u64, user: u64) -> bool {
    world.cached_member(guild, user).await.is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owner_who_never_used_a_command_manages_their_server() {
    let world = world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Fresh")).await;
    assert!(
        !cached(&world, g.id, g.owner).await,
        "GUILD_CREATE did not list the owner"
    );
    let (cookie, _) = web_login(&world, g.owner, "/servers").await;
    let (status, servers) = web_page(&world, "/servers", &cookie).await;
    assert_eq!(status, 200);
    assert!(
        servers.contains(&format!("href=\"/servers/{}\"", g.id)) && servers.contains("admin"),
        "{servers}"
    );
    assert_eq!(world.discord().member_lookups(g.owner), 1, "looked up once");
    assert!(cached(&world, g.id, g.owner).await);
    let (status, settings) =
        web_page(&world, &format!("/servers/{}/settings", g.id), &cookie).await;
    assert_eq!(status, 200, "{settings}");
    let token = csrf_in(&settings);
    let saved = web_post(
        &world,
        &format!("/servers/{}/settings", g.id),
        &cookie,
        &[
            ("csrf", token.as_str()),
            ("ticket_limit", "3"),
            ("naming_scheme", "help-%id%"),
            ("welcome_message", ""),
            ("users_can_close", "on"),
            ("close_confirmation", "on"),
            ("claim_support_can_view", "on"),
            ("claim_support_can_type", "on"),
            ("dm_on_close", "on"),
        ],
    )
    .await;
    assert_eq!(saved.status(), 303, "{:?}", saved.text().await);
    let settings = ticketbox::store::settings::load(&world.core.db, GuildId::new(g.id))
        .await
        .unwrap();
    assert_eq!(settings.ticket_limit, 3);
    assert_eq!(
        world.discord().member_lookups(g.owner),
        1,
        "fresh: no second lookup"
    );

    // Once the cached row is older than the freshness, the next page asks Discord again.
    world.clock().advance(STALE);
    let (status, _) = web_page(&world, "/servers", &cookie).await;
    assert_eq!(status, 200);
    assert_eq!(world.discord().member_lookups(g.owner), 2);
}

/// A guild with a Billing team, a ticket of its panel closed and archived; returns the ticket
/// number and the support member (who has the team's role and never interacted).
async fn billing_transcript(world: &TestWorld, g: &GuildHandle) -> (u32, u64) {
    let billing = g.roles[1];
    let support = g.members[0];
    world.discord().set_member_roles(g.id, support, &[billing]);
    create_panel(world, g, "Billing", billing).await;
    let custom_id = send_panel(world, g, "Billing").await;
    let opener = g.members[1];
    let clicked = click(world, g, g.channels[0], opener, &custom_id);
    let ch = channel_in(&world.discord().reply_text(&clicked).await);
    world
        .discord()
        .post_message(ch, opener, "my invoice is wrong");
    run(world, g, ch, g.owner, "close", json!([])).await;
    let number = ticket(world, ch).await.unwrap().number.get();
    eventually_number_state(world, g.id, number, TicketState::Closed).await;
    assert!(!cached(world, g.id, support).await);
    (number, support)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_support_member_who_never_interacted_reads_their_teams_transcript() {
    let world = world().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new("Team")
                .with_members(4)
                .with_role("Billing", 0),
        )
        .await;
    let (number, support) = billing_transcript(&world, &g).await;
    let transcript = format!("/transcripts/{}/{number}", g.id);
    let (cookie, _) = web_login(&world, support, "/servers").await;
    let (_, servers) = web_page(&world, "/servers", &cookie).await;
    assert!(servers.contains("support"), "{servers}");
    // The staff pages their level allows, and not the admins'.
    let home = format!("/servers/{}", g.id);
    assert_eq!(web_page(&world, &home, &cookie).await.0, 200);
    assert_eq!(
        web_page(&world, &format!("{home}/transcripts"), &cookie)
            .await
            .0,
        200
    );
    assert_eq!(
        web_page(&world, &format!("{home}/settings"), &cookie)
            .await
            .0,
        404
    );
    let (status, page) = web_page(&world, &transcript, &cookie).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("my invoice is wrong"));
    assert_eq!(world.discord().member_lookups(support), 1);

    let outsider = g.members[2];
    let (cookie, _) = web_login(&world, outsider, "/servers").await;
    assert_eq!(web_page(&world, &transcript, &cookie).await.0, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_who_left_is_refused() {
    let world = world().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new("Leavers")
                .with_members(4)
                .with_role("Billing", 0),
        )
        .await;
    let (number, support) = billing_transcript(&world, &g).await;
    let transcript = format!("/transcripts/{}/{number}", g.id);
    let home = format!("/servers/{}", g.id);
    let (cookie, _) = web_login(&world, support, "/servers").await;
    assert_eq!(web_page(&world, &home, &cookie).await.0, 200);

    // Leaving is seen on the gateway: refused at once.
    world.discord().member_leave(g.id, support);
    eventually_uncached(&world, g.id, support).await;
    assert_eq!(web_page(&world, &home, &cookie).await.0, 404);
    assert_eq!(web_page(&world, &transcript, &cookie).await.0, 404);
    let (_, servers) = web_page(&world, "/servers", &cookie).await;
    assert!(
        !servers.contains(&format!("data-guild=\"{}\"", g.id)),
        "{servers}"
    );

    // A departure the bot never heard of (it was offline) holds until the cached row is
    // older than the freshness; then Discord's "Unknown Member" refuses too.
    let admin = g.members[3];
    run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "addadmin",
        json!([user_opt("user", admin)]),
    )
    .await;
    let (cookie, _) = web_login(&world, admin, "/servers").await;
    assert_eq!(web_page(&world, &home, &cookie).await.0, 200);
    world.discord().member_leave_unseen(g.id, admin);
    assert_eq!(
        web_page(&world, &home, &cookie).await.0,
        200,
        "within the freshness (README: Architecture)"
    );
    world.clock().advance(STALE);
    assert_eq!(web_page(&world, &home, &cookie).await.0, 404);
    assert!(!cached(&world, g.id, admin).await, "the stale row is gone");
}

async fn eventually_uncached(world: &TestWorld, guild: u64, user: u64) {
    ticketbox::testkit::eventually("the member to leave the cache", || async move {
        (!cached(world, guild, user).await).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_in_fifty_guilds_looks_each_membership_up_once() {
    let world = world().await;
    let fake = world.discord();
    let first = world.add_cached_guild(&GuildSpec::new("Home 0")).await;
    let user = fake.member_join(first.id, "traveller");
    let mut homes = vec![first.id];
    for n in 1..50 {
        let g = world
            .add_cached_guild(&GuildSpec::new(&format!("Home {n}")))
            .await;
        fake.add_existing_member(g.id, user);
        homes.push(g.id);
    }
    // Guilds of the bot the user is not in are not even asked about.
    for n in 0..10 {
        world
            .add_cached_guild(&GuildSpec::new(&format!("Elsewhere {n}")))
            .await;
    }
    let (cookie, _) = web_login(&world, user, "/servers").await;
    let (status, servers) = web_page(&world, "/servers", &cookie).await;
    assert_eq!(status, 200);
    for g in &homes {
        assert!(
            servers.contains(&format!("data-guild=\"{g}\"")),
            "{g} missing"
        );
    }
    assert_eq!(servers.matches("data-guild=").count(), 50);
    assert_eq!(
        world.discord().member_lookups(user),
        50,
        "one lookup per guild, none elsewhere"
    );
    web_page(&world, "/servers", &cookie).await;
    assert_eq!(
        world.discord().member_lookups(user),
        50,
        "none within the freshness"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_named_in_commands_are_looked_up_when_not_cached() {
    let world = world().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new("Transfers")
                .with_members(3)
                .with_role("Helpers", 0),
        )
        .await;
    let helpers = g.roles[1];
    add_support_role(&world, &g, helpers).await;
    let (helper, bystander) = (g.members[0], g.members[1]);
    world.discord().set_member_roles(g.id, helper, &[helpers]);
    let ch = open(&world, &g, g.members[2]).await;
    run(&world, &g, ch, g.owner, "claim", json!([])).await;
    let refused = run(
        &world,
        &g,
        ch,
        g.owner,
        "transfer",
        json!([user_opt("user", bystander)]),
    )
    .await;
    assert_eq!(
        refused,
        "Tickets can only be transferred to support staff or admins."
    );
    assert!(!cached(&world, g.id, helper).await);
    let moved = run(
        &world,
        &g,
        ch,
        g.owner,
        "transfer",
        json!([user_opt("user", helper)]),
    )
    .await;
    assert!(
        moved.contains(&format!("handled by <@{helper}>")),
        "{moved}"
    );
    assert_eq!(world.discord().member_lookups(helper), 1);
    let refused = run(
        &world,
        &g,
        ch,
        g.owner,
        "remove",
        json!([user_opt("user", helper)]),
    )
    .await;
    assert!(
        refused.contains("cannot be removed"),
        "staff, known from the cache now: {refused}"
    );
    assert_eq!(
        world.discord().member_lookups(helper),
        1,
        "cached by the first lookup"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_page_names_staff_who_never_used_the_bot() {
    let world = world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Staff names").with_members(3))
        .await;
    let (helper, gone) = (g.members[0], g.members[1]);
    for user in [helper, gone] {
        let added = run(
            &world,
            &g,
            g.channels[0],
            g.owner,
            "addsupport",
            json!([user_opt("user", user)]),
        )
        .await;
        assert!(!added.contains("Only"), "{added}");
    }
    world.discord().member_leave(g.id, gone);
    assert!(!cached(&world, g.id, helper).await);
    let (cookie, _) = web_login(&world, g.owner, "/servers").await;
    let (status, page) = web_page(&world, &format!("/servers/{}/staff", g.id), &cookie).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Member0"),
        "the display name Discord gave: {page}"
    );
    assert!(
        page.contains(&format!("user {gone}")),
        "someone who left keeps their id: {page}"
    );
    assert_eq!(world.discord().member_lookups(helper), 1);
}
