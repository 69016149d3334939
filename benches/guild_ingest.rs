#![allow(clippy::cast_precision_loss)] // report figures (KiB, counts) are far below 2^52
//! GUILD_CREATE ingest into the running bot: 1,000 guilds × 200 members.
//!
//! The real `ticketbox` binary (bench profile) runs as its own process against the in-process
//! fake Discord, so its RSS is the bot's alone. Phase 1 connects with 10 guilds; phase 2
//! dispatches 990 more GUILD_CREATEs live. Ingest is complete when the bot has recorded every
//! guild in SQLite, which it does after writing the guild to the cache.
//!
//! Run: `cargo bench --bench guild_ingest` (set `GUILDS` and `MEMBERS` to change the size).

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ticketbox::testkit::fake_discord::{FakeDiscord, GuildSpec};

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// CPU seconds per thread name (utime + stime), summed over threads of the same name.
fn thread_cpu(pid: u32) -> std::collections::BTreeMap<String, f64> {
    let mut out = std::collections::BTreeMap::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for task in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else {
            continue;
        };
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let name = stat[open + 1..close].to_owned();
        let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
        let ticks: f64 = fields.get(11..13).map_or(0.0, |f| {
            f.iter().filter_map(|v| v.parse::<f64>().ok()).sum()
        });
        *out.entry(name).or_insert(0.0) += ticks / 100.0;
    }
    out
}

fn guild_count(db: &Path) -> usize {
    let Ok(conn) =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return 0;
    };
    conn.query_row(
        "SELECT count(*) FROM guilds WHERE left_at IS NULL",
        [],
        |r| r.get::<_, i64>(0),
    )
    .map_or(0, |n| usize::try_from(n).unwrap_or(0))
}

fn wait_for_guilds(db: &Path, n: usize, limit: Duration) -> Duration {
    let started = Instant::now();
    while guild_count(db) < n {
        assert!(
            started.elapsed() < limit,
            "only {} of {n} guilds ingested after {limit:?}",
            guild_count(db)
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    started.elapsed()
}

fn start_bot(fake: &FakeDiscord, data: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ticketbox"))
        .arg("run")
        .current_dir(data.parent().unwrap())
        .env("TICKETBOX_DISCORD__TOKEN", fake.bot_token())
        .env("TICKETBOX_DISCORD__API_BASE", fake.api_base())
        .env("TICKETBOX_STORAGE__DATA_DIR", data)
        .env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0")
        .env("TICKETBOX_LOG__LEVEL", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start ticketbox")
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a tiny size then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let guilds = env_usize("GUILDS", if is_bench { 1000 } else { 20 });
    let members = env_usize("MEMBERS", if is_bench { 200 } else { 20 });
    let first = 10.min(guilds);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fake = runtime.block_on(FakeDiscord::start());
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
    let mut bot = start_bot(&fake, &data);
    let pid = bot.id();
    wait_for_guilds(&db, first, Duration::from_secs(60));
    std::thread::sleep(Duration::from_millis(300));
    let rss_small = status_kib(pid, "VmRSS:");

    let cpu_before = thread_cpu(pid);
    // The fake builds every payload first, so only the bot's work is timed.
    let prepared: Vec<_> = (first..guilds)
        .map(|n| fake.add_guild_prepared(&spec(n)).1)
        .collect();
    let started = Instant::now();
    for event in &prepared {
        fake.send_prepared(event);
    }
    let dispatched = started.elapsed();
    wait_for_guilds(&db, guilds, Duration::from_secs(300));
    let ingested = started.elapsed();
    std::thread::sleep(Duration::from_millis(300));
    let rss_large = status_kib(pid, "VmRSS:");
    let peak = status_kib(pid, "VmHWM:");
    let cpu_after = thread_cpu(pid);

    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = bot.wait();

    let live = guilds - first;
    let rate = live as f64 / ingested.as_secs_f64();
    println!("guild_ingest: {guilds} guilds x {members} members (+ owner and bot each)");
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
