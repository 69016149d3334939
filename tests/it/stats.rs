//! `/stats server` and `/stats user` computed from a known set of tickets made through the
//! fake Discord on the test clock.

use std::time::Duration;

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::GuildHandle;

async fn stats(world: &TestWorld, g: &GuildHandle, user: u64, options: Value) -> String {
    let fake = world.discord();
    let handle = fake.slash_command(g.id, g.channels[0], user, "stats", options);
    let answer = fake.interaction_response(&handle).await;
    answer["data"]["embeds"][0]["fields"].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_are_computed_from_the_servers_tickets() {
    let (world, g) = staffed_clock_world("Counted", 3).await;
    let (helper, first, second) = (g.members[0], g.members[1], g.members[2]);
    let minutes = |n: u64| world.clock().advance(Duration::from_secs(n * 60));
    // Ticket 1: answered by the helper after 30 minutes, claimed, closed after two hours.
    let one = open(&world, &g, first).await;
    minutes(30);
    world.discord().post_message(one, helper, "On it.");
    let id = ticket(&world, one).await.unwrap().id;
    eventually_first_response(&world, id).await;
    run(&world, &g, one, helper, "claim", json!([])).await;
    minutes(90);
    run(&world, &g, one, helper, "close", json!([])).await;
    eventually_state(&world, one, TicketState::Closed).await;
    // Ticket 2: open, never answered; its welcome message shows the statistics.
    setup(
        &world,
        &g,
        "welcome",
        json!([opt(
            "message",
            "Answers take %first_response_time_weekly% (%rating_count% ratings)."
        )]),
    )
    .await;
    let two = open(&world, &g, second).await;
    assert_eq!(
        world.discord().messages(two)[0]["embeds"][0]["description"],
        "Answers take 30m (0 ratings)."
    );

    let server = stats(&world, &g, helper, sub("server", json!([]))).await;
    for expected in [
        r#""name":"Open tickets","value":"1""#,
        r#""name":"Total tickets","value":"2""#,
        "2 in 7 days, 2 in 30 days",
        "7 days: 30m avg, 30m median (1 tickets)",
        "All time: 2h avg, 2h median (1 tickets)",
        "no ratings yet",
    ] {
        assert!(server.contains(expected), "{expected} in {server}");
    }
    let staff = stats(
        &world,
        &g,
        helper,
        sub("user", json!([user_opt("user", helper)])),
    )
    .await;
    for expected in [
        r#""name":"Claimed","value":"1""#,
        r#""name":"Closed","value":"1""#,
        r#""name":"Answered","value":"1""#,
        "30m avg, 30m median (1 tickets)",
    ] {
        assert!(staff.contains(expected), "{expected} in {staff}");
    }
    // The opener rates the closed ticket 4 stars (as the rating button would store it).
    ticketbox::store::feedback::rate(
        &world.core.db,
        id,
        ticketbox::ids::UserId::new(first),
        4,
        world.core.clock.now(),
    )
    .await
    .unwrap();
    dashboard_page_shows_the_same_figures(&world, &g, helper, second).await;

    // Members who are not staff cannot read them.
    let fake = world.discord();
    let refused = fake.slash_command(
        g.id,
        g.channels[0],
        second,
        "stats",
        sub("server", json!([])),
    );
    assert_eq!(
        fake.reply_text(&refused).await,
        "Only support staff can do that."
    );
}

/// The dashboard's Statistics page: the same figures, the 30-day chart with today's bars, the
/// trends, the rating distribution and the staff table; 404 for members who are not staff.
async fn dashboard_page_shows_the_same_figures(
    world: &TestWorld,
    g: &GuildHandle,
    helper: u64,
    member: u64,
) {
    let path = format!("/servers/{}/stats", g.id);
    let (status, html) =
        web_page(world, &path, &world.session_cookie(helper, "helper").await).await;
    assert_eq!(status, 200, "{html}");
    for expected in [
        "<dt>Open tickets</dt><dd>1</dd>",
        "<dt>Total tickets</dt><dd>2</dd>",
        "<dt>Opened in 7 days</dt><dd>2</dd>",
        "<dt>Average rating</dt><dd>4.0 / 5</dd>",
        "<dt>Ratings</dt><dd>1</dd>",
        "<th scope=\"row\">First response</th><td>30m avg · 30m median (1)</td>",
        "<th scope=\"row\">Resolution</th><td>2h avg · 2h median (1)</td>",
        "<title>4 ★: 1</title>",
        "<title>5 ★: 0</title>",
        "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td>30m avg · 30m median (1)</td><td>4.0 / 5 (1)</td>",
    ] {
        assert!(html.contains(expected), "{expected} in {html}");
    }
    // In German: decimal commas in every rating, durations in German units.
    let german = format!(
        "{}; tb_lang=de",
        world.session_cookie(helper, "helper").await
    );
    let (_, de) = web_page(world, &path, &german).await;
    for expected in [
        "<dd>4,0 / 5</dd>",
        "<td>4,0 / 5 (1)</td>",
        "2 Std.",
        "30 Min.",
    ] {
        assert!(de.contains(expected), "{expected} in {de}");
    }
    // Per day (the two tickets may open on either side of midnight UTC): two opened, one
    // closed, and one day with a 30-minute median first response.
    let per_day = |what: &str| -> u32 {
        html.split("<title>")
            .filter_map(|t| t.split_once("</title>").map(|(t, _)| t))
            .filter_map(|t| t.split_once(&format!(": {what} ")).map(|(_, n)| n))
            .filter_map(|n| n.parse::<u32>().ok())
            .sum()
    };
    assert_eq!((per_day("opened"), per_day("closed")), (2, 1));
    assert_eq!(html.matches(": median 30m</title>").count(), 1);
    // One bar per day and series, one point where a day has a figure.
    assert_eq!(html.matches("<rect class=\"s1\"").count(), 30 + 5);
    assert_eq!(html.matches("<rect class=\"s2\"").count(), 30);
    assert_eq!(
        html.matches("<circle class=\"s1\"").count(),
        2,
        "one day of each trend"
    );
    let (status, _) = web_page(world, &path, &world.session_cookie(member, "member").await).await;
    assert_eq!(status, 404, "members who are not staff do not see the page");
}

/// `/close` offers the server's most used reasons, `/reopen` the member's closed tickets.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_reasons_and_closed_tickets_autocomplete() {
    let (world, g) = staffed_clock_world("Typed", 3).await;
    let (helper, first, second) = (g.members[0], g.members[1], g.members[2]);
    for (ticket_of, reason) in [(second, "Solved"), (first, "Solved"), (first, "Duplicate")] {
        let ch = open(&world, &g, ticket_of).await;
        run(
            &world,
            &g,
            ch,
            helper,
            "close",
            json!([opt("reason", reason)]),
        )
        .await;
        eventually_state(&world, ch, TicketState::Closing).await;
    }
    let fake = world.discord();
    let typed = fake.autocomplete(
        g.id,
        g.channels[0],
        helper,
        "close",
        json!([{"type": 3, "name": "reason", "value": "", "focused": true}]),
    );
    let choices = fake.interaction_response(&typed).await["data"]["choices"].clone();
    assert_eq!(
        choices,
        json!([{"name": "Solved", "value": "Solved"}, {"name": "Duplicate", "value": "Duplicate"}])
    );
    let typed = fake.autocomplete(
        g.id,
        g.channels[0],
        helper,
        "close",
        json!([{"type": 3, "name": "reason", "value": "du", "focused": true}]),
    );
    let choices = fake.interaction_response(&typed).await["data"]["choices"].clone();
    assert_eq!(
        choices,
        json!([{"name": "Duplicate", "value": "Duplicate"}])
    );

    // In thread mode a closed ticket can be reopened: /reopen offers the member's own.
    use_threads(&world, &g).await;
    let thread = open(&world, &g, first).await;
    let number = ticket(&world, thread).await.unwrap().number;
    run(&world, &g, thread, helper, "close", json!([])).await;
    eventually_state(&world, thread, TicketState::Closed).await;
    let typed = fake.autocomplete(
        g.id,
        g.channels[0],
        first,
        "reopen",
        // Discord sends a focused option's partial input as a string, whatever its type.
        json!([{"type": 4, "name": "ticket", "value": "", "focused": true}]),
    );
    let choices = fake.interaction_response(&typed).await["data"]["choices"].clone();
    assert_eq!(
        choices,
        json!([{"name": format!("#{number}"), "value": number.get()}])
    );
}

async fn eventually_first_response(world: &TestWorld, id: ticketbox::ids::TicketId) {
    ticketbox::testkit::eventually("the first response recorded", || async move {
        ticketbox::store::activity::recorded(&world.core.db, id)
            .await
            .unwrap()
            .first_response
            .map(drop)
    })
    .await;
}
