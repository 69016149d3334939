//! Support hours end to end at fixed clock times (Europe/Berlin, across the 2027 change to
//! summer time): refused outside the hours with when staff are back, staff exempt, "open and
//! tell" posting the notice in the ticket, bad hours refused on Discord and the dashboard.

use chrono::{TimeZone, Utc};
use serde_json::{Value, json};

use crate::support::*;
use ticketbox::ids::GuildId;
use ticketbox::store::panels;

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> i64 {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .unwrap()
        .timestamp_millis()
}

/// `outside:` is a choice parameter: Discord sends the index (0 refuse, 1 open and tell).
fn outside(index: u64) -> Value {
    json!({"type": 4, "name": "outside", "value": index})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn members_are_refused_or_told_outside_support_hours() {
    let (world, g) = staffed_clock_world("Hours", 4).await;
    let fake = world.discord();
    let (staff, first, second, third) = (g.members[0], g.members[1], g.members[2], g.members[3]);
    create_panel(&world, &g, "Orders", g.roles[1]).await;
    let hours = |options: Value| {
        let (world, g) = (&world, &g);
        async move {
            let mut all = vec![opt("title", "Orders")];
            all.extend(options.as_array().unwrap().iter().cloned());
            run(
                world,
                g,
                g.channels[0],
                g.owner,
                "panel",
                sub("hours", Value::Array(all)),
            )
            .await
        }
    };
    assert!(
        hours(json!([
            opt("timezone", "Mars/Base"),
            opt("windows", "mon-fri 09:00-17:00")
        ]))
        .await
        .starts_with("Time zone: \"Mars/Base\" is not a time zone")
    );
    assert_eq!(
        hours(json!([
            opt("timezone", "Europe/Berlin"),
            opt("windows", "mon-fri 09:00-17:00; wed 16:00-18:00")
        ]))
        .await,
        "Hours: wed 16:00-18:00 overlaps wed 09:00-17:00."
    );
    assert_eq!(
        hours(json!([
            opt("timezone", "Europe/Berlin"),
            opt("windows", "mon 17:00-09:00")
        ]))
        .await,
        "Hours: mon 17:00-09:00 ends before it starts; split a window across midnight in two."
    );
    let set = hours(json!([
        opt("timezone", "Europe/Berlin"),
        opt("windows", "mon-fri 09:00-17:00"),
        opt("holidays", "2027-04-02 Good Friday"),
        outside(0)
    ]))
    .await;
    assert!(
        set.starts_with("Support hours of **Orders** (Europe/Berlin): mon 09:00-17:00;"),
        "{set}"
    );
    assert!(
        set.contains("days off: 2027-04-02 Good Friday") && set.contains("new tickets are refused"),
        "{set}"
    );

    // Friday 26 March 2027, 16:59 in Berlin (CET): open.
    let clock = world.clock();
    let move_to = |millis: i64| {
        let now = world.core.clock.now().millis();
        clock.advance(std::time::Duration::from_millis(
            u64::try_from(millis - now).unwrap(),
        ));
    };
    move_to(utc(2027, 3, 26, 15, 59));
    let button = send_panel(&world, &g, "Orders").await;
    let try_open = |user: u64| {
        let (world, g, button) = (&world, &g, button.clone());
        async move {
            world
                .discord()
                .reply_text(&click(world, g, g.channels[0], user, &button))
                .await
        }
    };
    assert!(try_open(first).await.starts_with("Ticket opened"));
    // 17:00: closed until Monday 09:00, by then summer time (CEST): 07:00 UTC.
    move_to(utc(2027, 3, 26, 16, 0));
    let back = utc(2027, 3, 29, 7, 0) / 1000;
    assert_eq!(
        try_open(second).await,
        format!(
            "This panel does not open tickets outside support hours. Our team is away right now and will be back <t:{back}:R> (<t:{back}:F>)."
        )
    );
    assert!(
        try_open(staff).await.starts_with("Ticket opened"),
        "staff are exempt"
    );

    // "Open and tell": the ticket opens and the notice says when staff are back.
    hours(json!([
        outside(1),
        opt("message", "Staff are back %next_open_relative%."),
        opt("colour", "#ffaa00")
    ]))
    .await;
    let opened = try_open(second).await;
    let ch = channel_in(&opened);
    let notice = fake
        .messages(ch)
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == "Outside support hours")
        .expect("the notice");
    assert_eq!(
        notice["embeds"][0]["description"],
        format!("Staff are back <t:{back}:R>.")
    );
    assert_eq!(notice["embeds"][0]["color"], 0xff_aa00);
    // In the hours, no notice.
    move_to(utc(2027, 3, 29, 7, 0));
    let ch = channel_in(&try_open(third).await);
    assert!(
        !fake
            .messages(ch)
            .iter()
            .any(|m| m["embeds"][0]["title"] == "Outside support hours"),
        "open at Monday 09:00 CEST"
    );
    let removed = hours(json!([{"type": 5, "name": "remove", "value": true}])).await;
    assert_eq!(
        removed,
        "**Orders** has no support hours: it opens tickets at any time."
    );
}

/// The panel editor's support hours: parsed by the same rules, refusals naming the field.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn support_hours_are_set_in_the_panel_editor() {
    let a = Admin::new(ticketbox::testkit::fake_discord::GuildSpec::new(
        "Editor hours",
    ))
    .await;
    let form = |windows: &'static str, tz: &'static str| {
        vec![
            ("title", "Orders"),
            ("content", "Open one"),
            ("button_label", "Open"),
            ("button_style", "primary"),
            ("hours_on", "on"),
            ("hours_timezone", tz),
            ("hours_windows", windows),
            ("hours_holidays", "2027-12-24..2027-12-26 Christmas"),
            ("hours_outside", "open_and_tell"),
            ("hours_message", ""),
            ("hours_colour", ""),
        ]
    };
    a.post_refused(
        "/panels",
        &form("mon 17:00-09:00", "Europe/Berlin"),
        "ends before it starts",
    )
    .await;
    a.post_refused(
        "/panels",
        &form("mon-fri 09:00-17:00", "Berlin"),
        "Time zone: &#34;Berlin&#34; is not a time zone",
    )
    .await;
    let r = a
        .post("/panels", &form("mon-fri 09:00-17:00", "America/New_York"))
        .await;
    assert_eq!(r.status(), 303);
    let panel = panels::by_title(&a.world.core.db, GuildId::new(a.g.id), "Orders".into())
        .await
        .unwrap()
        .unwrap();
    let hours = panel.draft.support_hours.expect("saved");
    assert_eq!(hours.timezone, "America/New_York");
    assert_eq!(hours.windows.len(), 5);
    assert_eq!(hours.holidays_text(), "2027-12-24..2027-12-26 Christmas");
    let (_, page) = a.get(&format!("/panels/{}", panel.id.get())).await;
    assert!(
        page.contains("value=\"mon 09:00-17:00; tue 09:00-17:00"),
        "the editor shows them"
    );
    assert!(
        page.contains("<option value=\"Europe/Berlin\">"),
        "time zone suggestions"
    );
}
