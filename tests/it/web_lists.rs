//! The dashboard's ticket lists: open tickets and stored transcripts, narrowed to what the
//! visitor handles (admins everything, support staff their panels' tickets and tickets
//! without teams), with the transcript filters; and the list query's paging in SQLite.

use crate::support::*;
use serde_json::json;
use ticketbox::clock::Timestamp;
use ticketbox::ids::{GuildId, RoleId, TicketNumber, UserId};
use ticketbox::store::ticket_lists::{self, TranscriptFilter, Viewer};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};

/// Ticket numbers in a list page, in order (`<td class="num">` cells).
fn numbers(html: &str) -> Vec<u32> {
    html.split("<td class=\"num\">")
        .skip(1)
        .map(|cell| {
            let cell = &cell[..cell.find("</td>").unwrap()];
            // The text without tags.
            let mut text = String::new();
            let mut in_tag = false;
            for c in cell.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.trim().parse().unwrap()
        })
        .collect()
}

/// A guild with Billing and Sales panels (each with its team), ticket 1 opened from the
/// Billing panel and ticket 2 opened with /open, and a logged-in admin, Billing support and
/// Sales support.
struct Scene {
    world: TestWorld,
    g: GuildHandle,
    opener: u64,
    other_opener: u64,
    billing_ticket: u64,
    admin: String,
    billing: String,
    sales: String,
}

async fn scene() -> Scene {
    let world = dashboard_world().await;
    let spec = GuildSpec::new("Lists")
        .with_members(4)
        .with_role("Billing", 0)
        .with_role("Sales", 0);
    let g = world.add_cached_guild(&spec).await;
    let (billing, sales) = (g.roles[1], g.roles[2]);
    let (opener, other_opener, billing_support, sales_support) =
        (g.members[0], g.members[1], g.members[2], g.members[3]);
    for (member, role) in [(billing_support, billing), (sales_support, sales)] {
        world.discord().set_member_roles(g.id, member, &[role]);
        wait_member_roles(&world, g.id, member, &[role]).await;
    }
    create_panel(&world, &g, "Billing", billing).await;
    create_panel(&world, &g, "Sales", sales).await;
    let custom_id = send_panel(&world, &g, "Billing").await;
    let clicked = click(&world, &g, g.channels[0], opener, &custom_id);
    let billing_ticket = channel_in(&world.discord().reply_text(&clicked).await);
    let plain_ticket = open(&world, &g, other_opener).await;
    assert_eq!(
        ticket(&world, billing_ticket).await.unwrap().number.get(),
        1
    );
    assert_eq!(ticket(&world, plain_ticket).await.unwrap().number.get(), 2);
    Scene {
        admin: web_login(&world, g.owner, "/").await.0,
        billing: web_login(&world, billing_support, "/").await.0,
        sales: web_login(&world, sales_support, "/").await.0,
        world,
        g,
        opener,
        other_opener,
        billing_ticket,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_tickets_are_shown_to_those_who_handle_them() {
    let s = scene().await;
    let page = format!("/servers/{}", s.g.id);
    for (cookie, expected) in [
        (&s.admin, vec![1, 2]),
        (&s.billing, vec![1, 2]),
        (&s.sales, vec![2]),
    ] {
        let (status, html) = web_page(&s.world, &page, cookie).await;
        assert_eq!(status, 200);
        assert_eq!(numbers(&html), expected, "{html}");
    }
    let (_, html) = web_page(&s.world, &page, &s.admin).await;
    assert!(
        html.contains("unclaimed") && html.contains(">Billing<"),
        "{html}"
    );
    assert!(html.contains(&format!(
        "https://discord.com/channels/{}/{}",
        s.g.id, s.billing_ticket
    )));
}

fn day(world: &TestWorld, offset_days: i64) -> String {
    let at = world.core.clock.now().millis() + offset_days * 86_400_000;
    ticketbox::archive::dates::utc(Timestamp::from_millis(at))[..10].to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcripts_are_shown_to_those_who_may_read_them_and_filtered() {
    let s = scene().await;
    let (world, g) = (&s.world, &s.g);
    run(
        world,
        g,
        s.billing_ticket,
        g.owner,
        "close",
        json!([opt("reason", "paid")]),
    )
    .await;
    eventually_number_state(world, g.id, 1, TicketState::Closed).await;
    let list = format!("/servers/{}/transcripts", g.id);
    for (cookie, expected) in [
        (&s.admin, vec![1]),
        (&s.billing, vec![1]),
        (&s.sales, vec![]),
    ] {
        let (status, html) = web_page(world, &list, cookie).await;
        assert_eq!(status, 200);
        assert_eq!(numbers(&html), expected, "{html}");
    }
    let (_, html) = web_page(world, &list, &s.admin).await;
    assert!(
        html.contains(&format!("href=\"/transcripts/{}/1\"", g.id)) && html.contains("paid"),
        "{html}"
    );

    let opener = s.opener;
    let opener_name = world
        .cache()
        .read(move |r| r.user(UserId::new(opener)))
        .await
        .unwrap()
        .unwrap()
        .username;
    let panel_id =
        ticketbox::store::panels::by_title(&world.core.db, GuildId::new(g.id), "Billing".into())
            .await
            .unwrap()
            .unwrap()
            .id
            .get();
    let (today, tomorrow, yesterday) = (day(world, 0), day(world, 1), day(world, -1));
    for (query, expected) in [
        ("number=1".to_owned(), vec![1]),
        ("number=%232".to_owned(), vec![]),
        (format!("opener={opener_name}"), vec![1]),
        (format!("opener={}", s.other_opener), vec![]),
        (format!("closer={}", g.owner), vec![1]),
        (format!("claimed={}", g.owner), vec![]),
        (format!("panel={panel_id}"), vec![1]),
        (format!("from={today}&to={today}"), vec![1]),
        (format!("from={tomorrow}"), vec![]),
        (format!("to={yesterday}"), vec![]),
    ] {
        let (status, html) = web_page(world, &format!("{list}?{query}"), &s.admin).await;
        assert_eq!(status, 200, "{query}");
        assert_eq!(numbers(&html), expected, "{query}");
    }
    for (query, reason) in [
        ("from=2026-02-30", "must be a date"),
        ("opener=nobody-by-that-name", "No member called"),
        ("number=abc", "is not a ticket number"),
        ("rating=6", "The rating must be 1 to 5 stars."),
    ] {
        let (status, html) = web_page(world, &format!("{list}?{query}"), &s.admin).await;
        assert_eq!(status, 422, "{query}");
        assert!(html.contains(reason), "{query}: {html}");
    }
}

/// The numbers on page `page` (of four) of guild 5's transcript list, and the total.
async fn listed(
    db: &ticketbox::store::Db,
    viewer: Viewer,
    filter: TranscriptFilter,
    page: u32,
) -> (Vec<u32>, u64) {
    let (rows, total) = ticket_lists::transcripts(db, GuildId::new(5), viewer, filter, page, 4)
        .await
        .unwrap();
    (rows.iter().map(|r| r.number.get()).collect(), total)
}

/// Ten archived tickets of guild 5 closed a minute apart; even numbers belong to team 1 (role
/// 70), odd ones to team 2 (role 71) and are opened by user 901.
async fn ten_archived(db: &ticketbox::store::Db) {
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO support_teams (id, guild_id, name) VALUES (1, 5, 'Even');
             INSERT INTO support_teams (id, guild_id, name) VALUES (2, 5, 'Odd');
             INSERT INTO support_team_members (team_id, target_id, target_kind) VALUES (1, 70, 'role');
             INSERT INTO support_team_members (team_id, target_id, target_kind) VALUES (2, 71, 'role');",
        )?;
        for n in 1..=10_i64 {
            tx.execute(
                "INSERT INTO tickets (id, guild_id, number, state, opener_id, opened_at, closed_at, has_transcript)
                 VALUES (?1, 5, ?1, 'closed', 900 + ?1 % 2, 0, ?1 * 60000, 1)",
                [n],
            )?;
            tx.execute(
                "INSERT INTO transcript_teams (ticket_id, team_id) VALUES (?1, 1 + ?1 % 2)",
                [n],
            )?;
        }
        Ok(())
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn the_transcript_list_pages_and_narrows_in_sqlite() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    ten_archived(db).await;
    let page =
        |viewer: Viewer, filter: TranscriptFilter, page: u32| listed(db, viewer, filter, page);
    assert_eq!(
        page(Viewer::All, TranscriptFilter::default(), 0).await,
        (vec![10, 9, 8, 7], 10)
    );
    assert_eq!(
        page(Viewer::All, TranscriptFilter::default(), 2).await,
        (vec![2, 1], 10)
    );
    assert_eq!(
        page(Viewer::All, TranscriptFilter::default(), 3).await,
        (vec![], 10)
    );
    let team = Viewer::Support {
        user: UserId::new(1),
        roles: vec![RoleId::new(70)],
    };
    assert_eq!(
        page(team.clone(), TranscriptFilter::default(), 0).await,
        (vec![10, 8, 6, 4], 5)
    );
    let outsider = Viewer::Support {
        user: UserId::new(901),
        roles: vec![RoleId::new(72)],
    };
    assert_eq!(
        page(outsider, TranscriptFilter::default(), 0).await,
        (vec![9, 7, 5, 3], 5),
        "their own tickets (odd numbers are opened by 901) but none of the team's"
    );
    let window = TranscriptFilter {
        closed_from: Some(Timestamp::from_millis(3 * 60_000)),
        closed_until: Some(Timestamp::from_millis(7 * 60_000)),
        ..TranscriptFilter::default()
    };
    assert_eq!(page(team, window, 0).await, (vec![6, 4], 2));
    let one = TranscriptFilter {
        number: Some(TicketNumber::new(3)),
        opener: Some(UserId::new(901)),
        ..TranscriptFilter::default()
    };
    assert_eq!(page(Viewer::All, one, 0).await, (vec![3], 1));
    let other_guild = ticket_lists::transcripts(
        db,
        GuildId::new(6),
        Viewer::All,
        TranscriptFilter::default(),
        0,
        4,
    )
    .await
    .unwrap();
    assert_eq!(other_guild.1, 0);
}

#[tokio::test]
async fn the_transcript_list_filters_by_rating_and_close_reason() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let guild = GuildId::new(5);
    ten_archived(db).await;
    let page =
        |viewer: Viewer, filter: TranscriptFilter, page: u32| listed(db, viewer, filter, page);
    // Ratings and close reasons: ticket n is rated n % 5 + 1 stars; even ones closed as
    // "Solved 100%", odd ones as "duplicate".
    db.write(|tx| {
        for n in 1..=10_i64 {
            tx.execute(
                "INSERT INTO feedback (ticket_id, user_id, rating, created_at) VALUES (?1, 900, ?1 % 5 + 1, 0)",
                [n],
            )?;
            tx.execute(
                "INSERT INTO close_reasons (ticket_id, closed_by, reason)
                 VALUES (?1, 1, CASE WHEN ?1 % 2 = 0 THEN 'Solved 100%' ELSE 'duplicate' END)",
                [n],
            )?;
        }
        Ok(())
    })
    .await
    .unwrap();
    let rated = |stars: u8| TranscriptFilter {
        rating: Some(stars),
        ..TranscriptFilter::default()
    };
    assert_eq!(page(Viewer::All, rated(5), 0).await, (vec![9, 4], 2));
    let reason = |text: &str| TranscriptFilter {
        reason: Some(text.to_owned()),
        ..TranscriptFilter::default()
    };
    assert_eq!(page(Viewer::All, reason("DUPLI"), 0).await.1, 5);
    assert_eq!(page(Viewer::All, reason("100%"), 0).await.1, 5);
    assert_eq!(
        page(Viewer::All, reason("d%e"), 0).await.1,
        0,
        "% is literal, not a wildcard (it would match \"duplicate\")"
    );
    assert_eq!(
        page(Viewer::All, reason("1_0"), 0).await.1,
        0,
        "_ is literal"
    );
    let both = TranscriptFilter {
        rating: Some(5),
        reason: Some("solved".into()),
        ..TranscriptFilter::default()
    };
    let (rows, _) = ticket_lists::transcripts(db, guild, Viewer::All, both, 0, 4)
        .await
        .unwrap();
    assert_eq!(
        rows.iter()
            .map(|r| (r.number.get(), r.rating))
            .collect::<Vec<_>>(),
        vec![(4, Some(5))]
    );
}

/// A deleted team's id is never given to a new team: transcripts remember team ids, and a
/// reused one would hand the deleted team's transcripts to the new team's members.
#[tokio::test]
async fn a_new_team_never_inherits_a_deleted_teams_transcripts() {
    use ticketbox::domain::levels::Target;
    use ticketbox::store::staff;
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let guild = GuildId::new(5);
    let hr = staff::ensure_team(db, guild, "HR".into()).await.unwrap();
    staff::add_team_member(db, hr, Target::Role(RoleId::new(80)))
        .await
        .unwrap();
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO tickets (id, guild_id, number, state, opener_id, opened_at, closed_at, has_transcript)
             VALUES (1, 5, 1, 'closed', 900, 0, 60000, 1)",
            [],
        )?;
        tx.execute("INSERT INTO transcript_teams (ticket_id, team_id) VALUES (1, ?1)", [hr.get()])?;
        Ok(())
    })
    .await
    .unwrap();
    let as_role = |role: u64| Viewer::Support {
        user: UserId::new(1),
        roles: vec![RoleId::new(role)],
    };
    let visible = |viewer: Viewer| async move {
        ticket_lists::transcripts(db, guild, viewer, TranscriptFilter::default(), 0, 10)
            .await
            .unwrap()
            .1
    };
    assert_eq!(visible(as_role(80)).await, 1, "HR reads its transcript");
    assert!(
        staff::delete_team(db, guild, hr, Timestamp::from_millis(1))
            .await
            .unwrap()
    );
    assert_eq!(
        visible(as_role(80)).await,
        0,
        "a deleted team's members lose it"
    );
    let sales = staff::ensure_team(db, guild, "Sales".into()).await.unwrap();
    assert_ne!(sales, hr);
    staff::add_team_member(db, sales, Target::Role(RoleId::new(81)))
        .await
        .unwrap();
    assert_eq!(
        visible(as_role(81)).await,
        0,
        "the new team does not inherit it"
    );
    let names: Vec<String> = staff::teams(db, guild)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["Sales"], "the tombstone is not listed");
    assert_ne!(
        staff::ensure_team(db, guild, "HR".into()).await.unwrap(),
        hr,
        "the name is free again, the id is not"
    );
}

/// `/` for a logged-in visitor: their name, the way to their servers and the logout button,
/// not "Log in with Discord" again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_greets_a_logged_in_visitor() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Home")).await;
    let (status, anonymous) = web_page(&world, "/", "").await;
    assert_eq!(status, 200);
    assert!(anonymous.contains("Log in with Discord"), "{anonymous}");
    let (cookie, _) = web_login(&world, g.owner, "/").await;
    let (status, home) = web_page(&world, "/", &cookie).await;
    assert_eq!(status, 200);
    assert!(!home.contains("Log in with Discord"), "{home}");
    let name = world.discord().user(g.owner).unwrap()["global_name"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(home.contains(&format!("Logged in as {name}")), "{home}");
    assert!(home.contains("href=\"/servers\""), "{home}");
    assert!(
        home.contains("action=\"/auth/logout\"") && home.contains("name=\"csrf\""),
        "a logout form with its CSRF token: {home}"
    );
}
