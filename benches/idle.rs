#![allow(clippy::cast_precision_loss)] // report figures (KiB) are far below 2^52
//! The bot at rest: the real `ticketbox` binary connected to the in-process fake Discord with
//! one guild, its dashboard listening, left alone for `IDLE_SECS` (60 by default). Reports its
//! resident memory then, split into anonymous memory (heaps, stacks) and file-backed pages (the
//! binary's own code and data), and its thread count.
//!
//! Run: `cargo bench --bench idle` (`IDLE_SECS` to change the wait; `TICKETBOX_BIN` to measure
//! another build of the binary, such as the static musl one).

use std::time::Duration;

use support::{bot_binary, env_usize, fake_on_runtime, start_bot, status_kib, wait_for_guilds};
use ticketbox::testkit::fake_discord::GuildSpec;

mod support;

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: a short wait then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let secs = env_usize("IDLE_SECS", if is_bench { 60 } else { 2 });
    let (runtime, fake) = fake_on_runtime();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fake.add_guild(&GuildSpec::new("Idle bench").with_members(20));
    let bot = start_bot(&fake, &data);
    let pid = bot.pid();
    runtime.block_on(async {
        fake.wait_for_identify(1).await;
        fake.wait_for_call("PUT", "/commands").await;
    });
    wait_for_guilds(&data.join("ticketbox.db"), 1, Duration::from_mins(1));
    let after_start = status_kib(pid, "VmRSS:");
    std::thread::sleep(Duration::from_secs(secs as u64));
    let rss = status_kib(pid, "VmRSS:");
    let anon = status_kib(pid, "RssAnon:");
    let file = status_kib(pid, "RssFile:");
    let peak = status_kib(pid, "VmHWM:");
    let threads = status_kib(pid, "Threads:");
    let alive = std::fs::metadata(format!("/proc/{pid}")).is_ok();
    bot.stop();
    assert!(alive, "the bot exited while idle");
    assert!(rss > 0, "no RSS read for the bot");
    let mb = |kib: u64| kib as f64 / 1024.0;
    println!(
        "idle ({}): one guild, dashboard up, {secs} s at rest",
        bot_binary()
    );
    println!(
        "  RSS {:.1} MB (anonymous {:.1} MB, file-backed {:.1} MB), {:.1} MB right after the guild arrived, peak {:.1} MB, {threads} threads",
        mb(rss),
        mb(anon),
        mb(file),
        mb(after_start),
        mb(peak)
    );
    println!("  target: idle RSS <= 25 MB");
}
