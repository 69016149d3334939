//! Following ticket activity and auto-close, end to end through the fake Discord on the test
//! clock: what MESSAGE_CREATE records, each rule firing once at its time and not before, the
//! warning and Keep open, exclusion, an opener leaving, a restart with overdue tickets, and the
//! grace for tickets already overdue when a rule is switched on.

use std::time::Duration;

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::clock::{Clock, Timestamp};
use ticketbox::ids::TicketId;
use ticketbox::services::autoclose::sweep;
use ticketbox::store::activity::{self, Recorded};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::GuildHandle;
use ticketbox::testkit::{TestWorld, eventually};

const MIN: u64 = 60;
const HOUR: u64 = 3600;

/// The shared staffed world; the third value is the "Helpers" role.
async fn clock_world() -> (TestWorld, GuildHandle, u64) {
    let (world, g) = staffed_clock_world("Quiet", 4).await;
    let helpers = g.roles[1];
    (world, g, helpers)
}

fn advance(world: &TestWorld, secs: u64) {
    world.clock().advance(Duration::from_secs(secs));
}

async fn configure(world: &TestWorld, g: &GuildHandle, options: Value) -> String {
    autoclose(world, g, g.channels[0], g.owner, "configure", options).await
}

/// `/autoclose <subcommand>` by `user` in `channel`.
async fn autoclose(
    world: &TestWorld,
    g: &GuildHandle,
    channel: u64,
    user: u64,
    subcommand: &str,
    options: Value,
) -> String {
    run(
        world,
        g,
        channel,
        user,
        "autoclose",
        sub(subcommand, options),
    )
    .await
}

async fn id_of(world: &TestWorld, channel: u64) -> TicketId {
    ticket(world, channel).await.expect("a ticket").id
}

async fn recorded(world: &TestWorld, channel: u64) -> Recorded {
    let id = id_of(world, channel).await;
    activity::recorded(&world.core.db, id).await.unwrap()
}

/// Posts as `author` and waits until the batch holding it is written.
async fn write(world: &TestWorld, channel: u64, author: u64) -> u64 {
    let message = world.discord().post_message(channel, author, "hello");
    eventually("the message recorded", || async move {
        recorded(world, channel)
            .await
            .last_message
            .filter(|(_, _, id)| *id == message)
            .map(drop)
    })
    .await;
    message
}

/// The close messages in the log channel.
fn close_logs(world: &TestWorld, g: &GuildHandle) -> Vec<Value> {
    world
        .discord()
        .messages(g.channels[2])
        .into_iter()
        .filter(|m| {
            m["embeds"][0]["title"]
                .as_str()
                .is_some_and(|t| t.ends_with("closed"))
        })
        .collect()
}

async fn closed_with(world: &TestWorld, g: &GuildHandle, channel: u64, reason: &str) {
    eventually_state(world, channel, TicketState::Closed).await;
    let logs = close_logs(world, g);
    assert_eq!(logs.len(), 1, "one close: {logs:?}");
    let fields = logs[0]["embeds"][0]["fields"].to_string();
    assert!(fields.contains(reason), "{fields}");
}

/// Nothing is due now: a sweep queues nothing and the ticket stays open.
async fn nothing_due(world: &TestWorld, channel: u64) {
    assert_eq!(sweep(&world.core).await.unwrap().queued, 0);
    assert_eq!(
        ticket(world, channel).await.unwrap().state,
        TicketState::Open
    );
}

fn warnings(world: &TestWorld, channel: u64) -> Vec<Value> {
    world
        .discord()
        .messages(channel)
        .into_iter()
        .filter(|m| m["components"].to_string().contains("tb:keep-open"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_in_tickets_record_the_last_message_first_response_and_participants() {
    let (world, g, _) = clock_world().await;
    let (helper, opener, bystander) = (g.members[0], g.members[1], g.members[2]);
    let ch = open(&world, &g, opener).await;
    let opened_at = world.clock().now().millis();
    let added = run(
        &world,
        &g,
        ch,
        helper,
        "add",
        json!([user_opt("user", bystander)]),
    )
    .await;
    assert!(added.contains(&bystander.to_string()), "{added}");
    let before = recorded(&world, ch).await;
    assert_eq!(
        before.activity_from,
        Some(Timestamp::from_millis(opened_at))
    );
    assert_eq!(
        before.last_message, None,
        "the bot's welcome does not count"
    );

    advance(&world, 5 * MIN);
    write(&world, ch, opener).await;
    advance(&world, 5 * MIN);
    write(&world, ch, helper).await;
    advance(&world, 5 * MIN);
    let last = write(&world, ch, bystander).await;
    write(&world, ch, opener).await;
    // A message anywhere else changes nothing (and is decided without SQLite).
    world
        .discord()
        .post_message(g.channels[0], opener, "elsewhere");

    let r = recorded(&world, ch).await;
    let at = |mins: i64| Timestamp::from_millis(opened_at + mins * 60_000);
    let (last_at, kind, _) = r.last_message.clone().unwrap();
    assert_eq!((last_at, kind.as_str()), (at(15), "opener"));
    assert!(r.last_message.unwrap().2 > last);
    assert_eq!(r.opener_last, Some(at(15)));
    assert_eq!(
        r.first_response,
        Some((at(10), ticketbox::ids::UserId::new(helper)))
    );
    let people: Vec<(u64, bool, u32)> = r
        .participants
        .iter()
        .map(|p| (p.user.get(), p.is_staff, p.messages))
        .collect();
    assert_eq!(
        people,
        vec![(opener, false, 2), (helper, true, 1), (bystander, false, 1)]
    );
    assert_eq!(world.core.db.open_tickets_indexed(), 1);
    // Closed: the index forgets it, and later messages are not recorded.
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_state(&world, ch, TicketState::Closing).await;
    assert_eq!(world.core.db.open_tickets_indexed(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_response_warns_then_closes_once_and_keep_open_restarts_the_timer() {
    let (world, g, _) = clock_world().await;
    let opener = g.members[1];
    let saved = configure(
        &world,
        &g,
        json!([
            {"type": 5, "name": "enabled", "value": true},
            opt("no_response", "1h"),
            opt("warning", "10m"),
        ]),
    )
    .await;
    assert!(
        saved.contains("Auto-close: on") && saved.contains("opening: 1h"),
        "{saved}"
    );
    let ch = open(&world, &g, opener).await;

    advance(&world, 49 * MIN);
    nothing_due(&world, ch).await;
    assert!(
        warnings(&world, ch).is_empty(),
        "no warning before its time"
    );

    advance(&world, MIN);
    let warned = eventually("the warning", || async {
        warnings(&world, ch).into_iter().next()
    })
    .await;
    assert!(
        warned["content"]
            .as_str()
            .unwrap()
            .contains(&opener.to_string()),
        "the opener is mentioned: {warned}"
    );
    // Someone else cannot keep it open; the opener can.
    let refused = click(&world, &g, ch, g.members[2], "tb:keep-open");
    assert!(
        world
            .discord()
            .reply_text(&refused)
            .await
            .contains("Only the member"),
        "a bystander is refused"
    );
    let kept = click(&world, &g, ch, opener, "tb:keep-open");
    let update = world.discord().interaction_response(&kept).await;
    assert_eq!(
        update["type"], 7,
        "the warning is updated in place: {update}"
    );
    assert_eq!(update["data"]["components"], json!([]));

    // The old deadline passes: nothing, the timer restarted at the press (50 min).
    advance(&world, 10 * MIN);
    nothing_due(&world, ch).await;
    // Warned again ten minutes before the new deadline (110 min), then closed once.
    advance(&world, 40 * MIN);
    eventually("the second warning", || async {
        // The first warning lost its button when it was answered: this is a new one.
        warnings(&world, ch)
            .into_iter()
            .find(|m| m["id"] != warned["id"])
            .map(drop)
    })
    .await;
    let first = world
        .discord()
        .messages(ch)
        .into_iter()
        .find(|m| m["id"] == warned["id"])
        .unwrap();
    assert!(
        first["content"]
            .as_str()
            .unwrap()
            .contains("kept this ticket open"),
        "{first}"
    );
    advance(&world, 10 * MIN);
    closed_with(
        &world,
        &g,
        ch,
        "Closed automatically: no response from the opener since opening",
    )
    .await;
    advance(&world, HOUR);
    assert_eq!(sweep(&world.core).await.unwrap().queued, 0);
    assert_eq!(close_logs(&world, &g).len(), 1, "closed exactly once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn since_last_message_waits_for_the_opener_and_an_answer_in_time_prevents_it() {
    let (world, g, _) = clock_world().await;
    let (helper, opener) = (g.members[0], g.members[1]);
    configure(
        &world,
        &g,
        json!([{"type": 5, "name": "enabled", "value": true}, opt("since_last_message", "2h")]),
    )
    .await;
    let ch = open(&world, &g, opener).await;
    // Nobody wrote: this rule waits for staff.
    advance(&world, 5 * HOUR);
    nothing_due(&world, ch).await;
    write(&world, ch, helper).await;
    advance(&world, HOUR);
    write(&world, ch, opener).await;
    advance(&world, 2 * HOUR);
    nothing_due(&world, ch).await;
    write(&world, ch, helper).await;
    advance(&world, 2 * HOUR - MIN);
    nothing_due(&world, ch).await;
    advance(&world, MIN);
    closed_with(
        &world,
        &g,
        ch,
        "Closed automatically: no response from the opener since staff last wrote",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_opener_who_leaves_closes_their_ticket_unless_it_is_excluded() {
    let (world, g, _) = clock_world().await;
    let (first, second) = (g.members[1], g.members[2]);
    configure(
        &world,
        &g,
        json!([
            {"type": 5, "name": "enabled", "value": true},
            {"type": 5, "name": "on_leave", "value": true},
        ]),
    )
    .await;
    let kept = open(&world, &g, first).await;
    let closes = open(&world, &g, second).await;
    let excluded = autoclose(&world, &g, kept, g.members[0], "exclude", json!([])).await;
    assert!(
        excluded.contains("will not be closed automatically"),
        "{excluded}"
    );
    // Members cannot exclude their own ticket.
    let refused = autoclose(&world, &g, closes, second, "exclude", json!([])).await;
    assert_eq!(refused, "Only support staff can do that.");

    world.discord().member_leave(g.id, first);
    world.discord().member_leave(g.id, second);
    closed_with(
        &world,
        &g,
        closes,
        "Closed automatically: the opener left the server",
    )
    .await;
    advance(&world, 10 * HOUR);
    nothing_due(&world, kept).await;
    // Included again, it closes: its opener is still gone.
    autoclose(&world, &g, kept, g.members[0], "exclude", json!([])).await;
    advance(&world, MIN);
    eventually_state(&world, kept, TicketState::Closed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_closes_overdue_tickets_once_and_spares_those_answered_meanwhile() {
    let (mut world, g, _) = clock_world().await;
    let (quiet_opener, answering, leaving) = (g.members[1], g.members[2], g.members[3]);
    configure(
        &world,
        &g,
        json!([
            {"type": 5, "name": "enabled", "value": true},
            opt("no_response", "1h"),
            {"type": 5, "name": "on_leave", "value": true},
        ]),
    )
    .await;
    let quiet = open(&world, &g, quiet_opener).await;
    let answered = open(&world, &g, answering).await;
    let left = open(&world, &g, leaving).await;
    world.stop_bot().await;
    // While ticketbox is down: one opener answers, one leaves; neither event reaches it.
    world
        .discord()
        .post_message(answered, answering, "still here");
    world.discord().member_leave_unseen(g.id, leaving);
    advance(&world, 3 * HOUR);
    world.restart_bot();
    world.bot_ready().await;

    closed_ok(&world, quiet).await;
    eventually_state(&world, left, TicketState::Closed).await;
    // The answered ticket was caught up from Discord's history, not closed.
    eventually("the missed message caught up", || async {
        recorded(&world, answered).await.opener_last.map(drop)
    })
    .await;
    advance(&world, 10 * MIN);
    nothing_due(&world, answered).await;
    assert_eq!(
        close_logs(&world, &g).len(),
        2,
        "each overdue ticket closed once"
    );
}

async fn closed_ok(world: &TestWorld, channel: u64) {
    eventually_state(world, channel, TicketState::Closed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tickets_overdue_when_a_rule_is_switched_on_get_the_grace_and_the_reply_counts_them() {
    let (world, g, _) = clock_world().await;
    let ch = open(&world, &g, g.members[1]).await;
    advance(&world, 3 * HOUR);
    let saved = configure(
        &world,
        &g,
        json!([{"type": 5, "name": "enabled", "value": true}, opt("no_response", "1h")]),
    )
    .await;
    assert!(
        saved.contains("1 open ticket is already past a rule: it will close in 1h"),
        "{saved}"
    );
    advance(&world, HOUR - MIN);
    nothing_due(&world, ch).await;
    advance(&world, MIN);
    closed_ok(&world, ch).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configure_refuses_bad_durations_naming_the_field_and_needs_an_admin() {
    let (world, g, _) = clock_world().await;
    for (options, expected) in [
        (
            json!([opt("no_response", "1h"), opt("warning", "2h")]),
            "`warning` (2h) must be shorter than `no_response` (1h).",
        ),
        (
            json!([opt("since_last_message", "soon")]),
            "`since_last_message`: \"soon\" is not a duration; write it like 30m, 12h or 3d.",
        ),
        (
            json!([opt("warning", "30s")]),
            "`warning` must be at least 1 minute.",
        ),
    ] {
        assert_eq!(configure(&world, &g, options).await, expected);
    }
    let shown = autoclose(&world, &g, g.channels[0], g.members[0], "show", json!([])).await;
    assert!(
        shown.contains("Auto-close: off"),
        "nothing was saved: {shown}"
    );
    let member = autoclose(
        &world,
        &g,
        g.channels[0],
        g.members[0],
        "configure",
        json!([opt("no_response", "1h")]),
    )
    .await;
    assert_eq!(member, "Only ticket admins can do that.");
}
