#![allow(clippy::cast_precision_loss)] // report figures are far below 2^52
//! A flood of MESSAGE_CREATE into the running bot: `RATE` messages a second for `SECONDS`
//! across `GUILDS` guilds, every tenth in an open ticket's channel (by its opener or a member),
//! the rest in ordinary channels. Meanwhile a slash command (`/help`) is sent ten times a
//! second and the time from the fake's dispatch to the bot's callback is recorded.
//!
//! The real `ticketbox` binary (bench profile) runs as its own process against the in-process
//! fake Discord, so its CPU time is the bot's alone. Reported: the bot's CPU per message, how
//! long after the last message the ticket activity was in SQLite (a backlog would grow with
//! the flood's length), and the callback latency percentiles.
//!
//! Run: `cargo bench --bench message_flood` (`GUILDS`, `RATE`, `SECONDS` change the size).

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;
use support::{env_usize, fake_on_runtime, process_cpu, start_bot, wait_for_guilds};
use ticketbox::testkit::fake_discord::GuildSpec;

mod support;

/// The open tickets' last recorded message, by channel, read from the bot's SQLite.
fn recorded(db: &Path) -> HashMap<u64, u64> {
    let Ok(conn) =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return HashMap::new();
    };
    let Ok(mut stmt) = conn.prepare(
        "SELECT channel_id, last_message_id FROM tickets
         WHERE state = 'open' AND last_message_id IS NOT NULL",
    ) else {
        return HashMap::new();
    };
    stmt.query_map([], |r| {
        Ok((
            u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0),
            u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
        ))
    })
    .map(|rows| rows.filter_map(Result::ok).collect())
    .unwrap_or_default()
}

/// The `percent`-th percentile (nearest rank below) of sorted durations.
fn percentile(sorted: &[Duration], percent: usize) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[(sorted.len() - 1) * percent / 100]
}

#[allow(clippy::too_many_lines)] // one scenario, measured step by step
fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a tiny size then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let guilds = env_usize("GUILDS", if is_bench { 1000 } else { 10 });
    let rate = env_usize("RATE", if is_bench { 5000 } else { 500 });
    let seconds = env_usize("SECONDS", if is_bench { 10 } else { 1 });
    let (runtime, fake) = fake_on_runtime();
    let handles: Vec<_> = (0..guilds)
        .map(|i| {
            fake.add_guild(
                &GuildSpec::new(&format!("Flood {i}"))
                    .with_members(2)
                    .with_text_channels(1),
            )
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let db = data.join("ticketbox.db");
    let bot = start_bot(&fake, &data);
    let pid = bot.pid();
    runtime.block_on(async {
        fake.wait_for_identify(1).await;
        fake.wait_for_call("PUT", "/commands").await;
    });
    wait_for_guilds(&db, guilds, Duration::from_mins(5));

    // An open ticket in every tenth guild.
    let tickets: Vec<(usize, u64)> = runtime.block_on(async {
        let mut out = Vec::new();
        for (i, g) in handles.iter().enumerate().step_by(10) {
            let open = fake.slash_command(g.id, g.channels[0], g.members[0], "open", json!([]));
            let text = fake.reply_text(&open).await;
            let channel = text
                .split("<#")
                .nth(1)
                .and_then(|rest| rest.split('>').next())
                .and_then(|id| id.parse().ok())
                .unwrap_or_else(|| panic!("no ticket channel in {text:?}"));
            out.push((i, channel));
        }
        out
    });

    let per_tick = (rate / 100).max(1);
    let ticks = seconds * 100;
    let mut last_in: HashMap<u64, u64> = HashMap::new();
    let mut commands = Vec::new();
    let cpu_before = process_cpu(pid);
    let started = Instant::now();
    for tick in 0..ticks {
        for k in 0..per_tick {
            let n = tick * per_tick + k;
            if n.is_multiple_of(10) {
                let (g, channel) = tickets[(n / 10) % tickets.len()];
                let author = handles[g].members[(n / 10) % 2];
                let id = fake.post_message(channel, author, "the printer is on fire again");
                last_in.insert(channel, id);
            } else {
                let g = &handles[n % guilds];
                fake.post_message(g.channels[0], g.members[1], "good morning everyone");
            }
        }
        if tick.is_multiple_of(10) {
            let g = &handles[(tick / 10) % guilds];
            commands.push(fake.slash_command(g.id, g.channels[0], g.members[1], "help", json!([])));
        }
        let next = started + Duration::from_millis(10 * (tick as u64 + 1));
        if let Some(wait) = next.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
    }
    let flood = started.elapsed();
    let sent = ticks * per_tick;
    // Drained when every ticket's last message is the last one sent to it.
    let drained_at = Instant::now();
    loop {
        let seen = recorded(&db);
        if last_in.iter().all(|(c, id)| seen.get(c) == Some(id)) {
            break;
        }
        assert!(
            drained_at.elapsed() < Duration::from_mins(2),
            "ticket activity did not catch up"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let drain = drained_at.elapsed();
    let cpu = process_cpu(pid) - cpu_before;
    let mut latencies: Vec<Duration> = runtime.block_on(async {
        let mut out = Vec::new();
        for c in &commands {
            fake.interaction_response(c).await;
            out.extend(fake.callback_latency(c));
        }
        out
    });
    latencies.sort();
    bot.stop();

    println!(
        "message_flood: {guilds} guilds, {} open tickets",
        tickets.len()
    );
    println!("| measure | result |");
    println!("|---|---|");
    println!(
        "| messages sent | {sent} in {:.2} s ({:.0}/s), {} in tickets |",
        flood.as_secs_f64(),
        sent as f64 / flood.as_secs_f64(),
        sent / 10
    );
    println!(
        "| bot CPU | {cpu:.2} s, **{:.1} µs per message** |",
        cpu * 1e6 / sent as f64
    );
    println!(
        "| ticket activity in SQLite after the last message | {:.0} ms |",
        drain.as_secs_f64() * 1e3
    );
    println!(
        "| `/help` callback during the flood ({} commands): p50 / p99 / max | {:.2} / **{:.2}** / {:.2} ms |",
        latencies.len(),
        percentile(&latencies, 50).as_secs_f64() * 1e3,
        percentile(&latencies, 99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
}
