#![allow(clippy::cast_precision_loss)] // report figures (KiB, counts) are far below 2^52
//! GUILD_CREATE ingest into the running bot: 1,000 guilds of 200 members, in two shapes.
//!
//! - realistic: each GUILD_CREATE lists only the bot (`member_count` 200), as Discord sends it
//!   to a bot without GUILD_PRESENCES, which ticketbox is;
//! - stress: each lists all 202 members, as Discord would send a guild under
//!   `large_threshold` to a bot with GUILD_PRESENCES (the shape this benchmark had before).
//!
//! The real `ticketbox` binary (bench profile) runs as its own process against the in-process
//! fake Discord, so its RSS is the bot's alone; the fake compresses large frames as Discord
//! does for a client that asks (serenity does). Phase 1 connects with 10 guilds; phase 2
//! dispatches 990 more GUILD_CREATEs live. Ingest is complete when the bot has recorded every
//! guild in SQLite, which it does after writing the guild to the cache.
//!
//! Run: `cargo bench --bench guild_ingest` (set `GUILDS` and `MEMBERS` to change the size,
//! `SHAPE=realistic` or `SHAPE=stress` for one shape only). By default the realistic shape runs
//! with compressed frames (as Discord sends it) and the stress shape with plain frames (as this
//! benchmark always sent it); `COMPRESS=1` or `COMPRESS=0` runs the chosen shapes with only
//! compressed or only plain frames.

use std::time::{Duration, Instant};

use support::{env_usize, fake_on_runtime, start_bot, status_kib, thread_cpu, wait_for_guilds};
use ticketbox::testkit::fake_discord::{Feed, GuildSpec};

mod support;

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a tiny size then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let guilds = env_usize("GUILDS", if is_bench { 1000 } else { 20 });
    let members = env_usize("MEMBERS", if is_bench { 200 } else { 20 });
    let shape = std::env::var("SHAPE").unwrap_or_default();
    // `COMPRESS=0` / `COMPRESS=1`: only plain or only compressed frames.
    let frames = std::env::var("COMPRESS").unwrap_or_default();
    // The realistic shape as Discord sends it; the stress shape as this benchmark always sent
    // it (plain frames, the memory target's reference) and, for the record, compressed.
    for (name, feed, compress) in [
        ("realistic", Feed::WITHOUT_PRESENCES, true),
        ("realistic", Feed::WITHOUT_PRESENCES, false),
        ("stress", Feed::WITH_PRESENCES, false),
        ("stress", Feed::WITH_PRESENCES, true),
    ] {
        let default_run = frames.is_empty() && (name == "realistic") == compress;
        let chosen = frames == if compress { "1" } else { "0" };
        if (shape.is_empty() || shape == name) && (default_run || chosen) {
            run(name, feed, compress, guilds, members);
        }
    }
}

fn run(name: &str, feed: Feed, compress: bool, guilds: usize, members: usize) {
    let first = 10.min(guilds);
    // The runtime the fake serves from, held to the end.
    let (_runtime, fake) = fake_on_runtime();
    // Plain frames although serenity asks for compression, to see what it costs.
    if !compress {
        fake.gateway().ignore_compress();
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let db = data.join("ticketbox.db");
    let spec = |n: usize| {
        GuildSpec::new(&format!("Guild {n}"))
            .with_members(members)
            .with_text_channels(5)
    };

    for n in 0..first {
        fake.add_guild(&spec(n));
    }
    let bot = start_bot(&fake, &data);
    let pid = bot.pid();
    wait_for_guilds(&db, first, Duration::from_mins(1));
    std::thread::sleep(Duration::from_millis(300));
    let rss_small = status_kib(pid, "VmRSS:");

    let cpu_before = thread_cpu(pid);
    // The fake builds every payload first, so only the bot's work is timed.
    let prepared: Vec<_> = (first..guilds)
        .map(|n| fake.add_guild_prepared(&spec(n), feed).1)
        .collect();
    let started = Instant::now();
    for event in &prepared {
        fake.send_prepared(event);
    }
    let dispatched = started.elapsed();
    wait_for_guilds(&db, guilds, Duration::from_mins(5));
    let ingested = started.elapsed();
    std::thread::sleep(Duration::from_millis(300));
    let rss_large = status_kib(pid, "VmRSS:");
    let peak = status_kib(pid, "VmHWM:");
    let cpu_after = thread_cpu(pid);

    bot.stop();

    let live = guilds - first;
    let rate = live as f64 / ingested.as_secs_f64();
    let listed = if feed == Feed::WITH_PRESENCES {
        "every member listed"
    } else {
        "only the bot listed"
    };
    println!(
        "guild_ingest ({name}): {guilds} guilds x {members} members (+ owner and bot each), {listed} in phase 2, {}",
        if compress {
            "large frames zlib-compressed"
        } else {
            "plain frames"
        }
    );
    println!(
        "  phase 2: {live} prepared GUILD_CREATEs handed to the gateway in {:.3} s (fake side)",
        dispatched.as_secs_f64()
    );
    println!(
        "  ingest time (dispatch start -> all in SQLite): {:.3} s",
        ingested.as_secs_f64()
    );
    println!("  ingest rate: {rate:.0} guild creates/s");
    println!(
        "  RSS after {first} guilds: {:.1} MB",
        rss_small as f64 / 1024.0
    );
    println!(
        "  RSS after {guilds} guilds: {:.1} MB (growth {:.1} MB)",
        rss_large as f64 / 1024.0,
        (rss_large as f64 - rss_small as f64) / 1024.0
    );
    println!("  peak RSS (VmHWM): {:.1} MB", peak as f64 / 1024.0);
    println!("  bot CPU during phase 2, by thread:");
    for (name, after) in &cpu_after {
        let used = after - cpu_before.get(name).copied().unwrap_or(0.0);
        if used >= 0.01 {
            println!("    {name:<20} {used:.2} s");
        }
    }
}
