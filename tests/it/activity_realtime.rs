//! Auto-close on the real clock, through the binary. The module is named to sort first: the
//! test harness starts tests in name order, and this one waits a real minute, so it runs
//! beside all the others instead of after most of them.

use std::time::Duration;

use crate::binary::{OnFake, on_fake, sigterm, wait_with_deadline};

/// Auto-close on the real clock through the binary: a one-minute "no response" rule closes a
/// quiet ticket about a minute after it opened (the runner comes back when the close is due).
#[test]
fn a_one_minute_auto_close_closes_a_quiet_ticket_through_the_binary() {
    use serde_json::json;
    let OnFake {
        rt,
        fake,
        g,
        mut child,
        logs,
        dir: _dir,
        ..
    } = on_fake(
        &ticketbox::testkit::fake_discord::GuildSpec::new("Real time").with_members(1),
        "info",
    );
    // Until the guild's GUILD_CREATE is in the cache, the owner is not known as its owner.
    let mut saved = String::new();
    for _ in 0..40 {
        let configured = fake.slash_command(
            g.id,
            g.channels[0],
            g.owner,
            "autoclose",
            json!([{"type": 1, "name": "configure", "options": [
                {"type": 5, "name": "enabled", "value": true},
                {"type": 3, "name": "no_response", "value": "1m"},
            ]}]),
        );
        saved = rt.block_on(fake.reply_text(&configured));
        if saved.contains("saved") {
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    assert!(saved.contains("opening: 1m"), "{saved}");
    let opened = fake.slash_command(g.id, g.channels[0], g.members[0], "open", json!([]));
    let text = rt.block_on(fake.reply_text(&opened));
    let channel: u64 = text
        .split("<#")
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no ticket channel in {text:?}"));
    let started = std::time::Instant::now();
    let deadline = started + Duration::from_secs(150);
    while fake.channel(channel).is_some() {
        assert!(std::time::Instant::now() < deadline, "not closed in time");
        std::thread::sleep(Duration::from_millis(250));
    }
    assert!(
        started.elapsed() >= Duration::from_secs(55),
        "closed before the minute was up: {:?}",
        started.elapsed()
    );
    sigterm(&child);
    assert!(wait_with_deadline(&mut child, Duration::from_secs(10)).success());
    let lines: Vec<String> = logs.try_iter().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("closing a ticket automatically")),
        "{lines:?}"
    );
}
