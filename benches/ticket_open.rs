#![allow(clippy::cast_precision_loss)] // report figures are far below 2^52
//! Ticket opens under load: 100 concurrent openers across 10 guilds, each opening tickets one
//! after another with `/open`, against the in-process fake Discord (no injected latency).
//!
//! Reports the interaction → callback latency (the fake's dispatch of INTERACTION_CREATE to the
//! bot's first callback, p50/p99), opens per second (dispatch of the first `/open` to the last
//! "Ticket opened" reply), and the bot process's peak RSS. The real `ticketbox` binary runs as
//! its own process, so its RSS is the bot's alone; the fake shares the machine's two cores.
//!
//! Run: `cargo bench --bench ticket_open` (`GUILDS`, `OPENERS` per guild, `OPENS` per opener;
//! `COMPRESS=0` for plain gateway frames).

use std::time::{Duration, Instant};

use serde_json::json;
use support::{env_usize, start_bot, status_kib, thread_cpu, wait_for_guilds};
use ticketbox::testkit::fake_discord::{FakeDiscord, GuildHandle, GuildSpec};

mod support;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // rank < len
    sorted[rank as usize]
}

/// The paced run: the same 100 openers (10 per guild), each opening `opens` tickets on its
/// own clock so that together they open `rate` tickets per second. Openers start spread over
/// one interval; each waits for its ticket before its next tick (a member's second open while
/// the first is in flight is refused as a double click). Returns callback latencies.
async fn paced_run(
    fake: &FakeDiscord,
    guilds: &[GuildHandle],
    opens: usize,
    rate: usize,
) -> Vec<Duration> {
    let openers: Vec<(&GuildHandle, u64)> = guilds
        .iter()
        .flat_map(|g| g.members.iter().map(move |m| (g, *m)))
        .collect();
    let every = Duration::from_secs_f64(openers.len() as f64 / rate as f64);
    let count = openers.len() as f64;
    let tasks = openers.iter().enumerate().map(|(n, (g, user))| async move {
        tokio::time::sleep(every.mul_f64(n as f64 / count)).await;
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut latencies = Vec::with_capacity(opens);
        for _ in 0..opens {
            ticker.tick().await;
            let handle = fake.slash_command(g.id, g.channels[0], *user, "open", json!([]));
            let text = fake.reply_text(&handle).await;
            assert!(text.starts_with("Ticket opened"), "open failed: {text}");
            latencies.push(fake.callback_latency(&handle).expect("a callback arrived"));
        }
        latencies
    });
    futures_util::future::join_all(tasks)
        .await
        .into_iter()
        .flatten()
        .collect()
}

/// One opener: `opens` tickets, each waited for before the next. Returns callback latencies.
async fn opener(fake: &FakeDiscord, g: &GuildHandle, user: u64, opens: usize) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(opens);
    for _ in 0..opens {
        let handle = fake.slash_command(g.id, g.channels[0], user, "open", json!([]));
        let text = fake.reply_text(&handle).await;
        assert!(text.starts_with("Ticket opened"), "open failed: {text}");
        latencies.push(fake.callback_latency(&handle).expect("a callback arrived"));
    }
    latencies
}

#[allow(clippy::too_many_lines)] // one benchmark script: set-up, two runs, report
fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a tiny size then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let guilds = env_usize("GUILDS", if is_bench { 10 } else { 2 });
    let openers = env_usize("OPENERS", if is_bench { 10 } else { 3 });
    let opens = env_usize("OPENS", if is_bench { 8 } else { 2 });
    assert!(
        openers * opens <= 100,
        "a guild holds 100 ticket channels (two categories)"
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(env_usize("FAKE_THREADS", 1))
        .enable_all()
        .build()
        .unwrap();
    let fake = runtime.block_on(FakeDiscord::start());
    // `COMPRESS=0`: plain frames although serenity asks for compression, to see its cost.
    if std::env::var("COMPRESS").is_ok_and(|v| v == "0") {
        fake.gateway().ignore_compress();
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Two sets of guilds: one for the saturating run, a fresh one for the paced run (a guild
    // holds 100 ticket channels).
    let handles: Vec<GuildHandle> = (0..guilds * 2)
        .map(|n| fake.add_guild(&GuildSpec::new(&format!("Guild {n}")).with_members(openers)))
        .collect();
    let (saturating, paced) = handles.split_at(guilds);
    let rate = env_usize("RATE", 300);
    let bot = start_bot(&fake, &data);
    let pid = bot.pid();
    runtime.block_on(async {
        fake.wait_for_identify(1).await;
        fake.wait_for_call("PUT", "/commands").await;
    });
    // Let the bot cache every guild, then allow each member enough open tickets.
    wait_for_guilds(
        &data.join("ticketbox.db"),
        guilds * 2,
        Duration::from_mins(1),
    );
    let db = rusqlite::Connection::open(data.join("ticketbox.db")).unwrap();
    db.busy_timeout(Duration::from_secs(5)).unwrap();
    for g in &handles {
        db.execute(
            "INSERT INTO guild_settings (guild_id, ticket_limit, updated_at) VALUES (?1, 100, 0)",
            [i64::try_from(g.id).unwrap()],
        )
        .unwrap();
    }
    // Warm up: one open per guild (creates each guild's category).
    runtime.block_on(async {
        for g in &handles {
            opener(&fake, g, g.owner, 1).await;
        }
    });
    let rss_before = status_kib(pid, "VmRSS:");
    let cpu_before = thread_cpu(pid);

    let fake_cpu_before = thread_cpu(std::process::id());
    let started = Instant::now();
    let mut latencies: Vec<Duration> = runtime.block_on(async {
        let tasks = saturating.iter().flat_map(|g| {
            g.members
                .iter()
                .map(|user| opener(&fake, g, *user, opens))
                .collect::<Vec<_>>()
        });
        futures_util::future::join_all(tasks)
            .await
            .into_iter()
            .flatten()
            .collect()
    });
    let elapsed = started.elapsed();
    let rss_after = status_kib(pid, "VmRSS:");
    let cpu_after = thread_cpu(pid);
    let fake_cpu: f64 = thread_cpu(std::process::id())
        .iter()
        .map(|(name, after)| after - fake_cpu_before.get(name).copied().unwrap_or(0.0))
        .sum();

    // Paced: `rate` opens per second from fresh members; the callback latency at that load
    // is the figure the latency target is about.
    let paced_started = Instant::now();
    let mut paced_latencies = runtime.block_on(paced_run(&fake, paced, opens, rate));
    let paced_elapsed = paced_started.elapsed();
    let peak = status_kib(pid, "VmHWM:");
    bot.stop();

    latencies.sort_unstable();
    paced_latencies.sort_unstable();
    let total = latencies.len();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "ticket_open: {guilds} guilds x {openers} concurrent openers x {opens} opens = {total} tickets"
    );
    println!("  saturating (each opener waits for its ticket, then opens the next):");
    println!(
        "  callback latency (dispatch -> first callback): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(percentile(&latencies, 50.0)),
        ms(percentile(&latencies, 99.0)),
        ms(*latencies.last().unwrap_or(&Duration::ZERO))
    );
    println!(
        "  opens: {total} in {:.3} s = {:.0} opens/s",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64()
    );
    println!(
        "  paced: {guilds} fresh guilds x {openers} openers, {rate} opens/s together ({} tickets in {:.3} s): callback p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        paced_latencies.len(),
        paced_elapsed.as_secs_f64(),
        ms(percentile(&paced_latencies, 50.0)),
        ms(percentile(&paced_latencies, 99.0)),
        ms(*paced_latencies.last().unwrap_or(&Duration::ZERO))
    );
    println!(
        "  RSS before {:.1} MB, after the saturating run {:.1} MB, peak over both runs (VmHWM) {:.1} MB",
        rss_before as f64 / 1024.0,
        rss_after as f64 / 1024.0,
        peak as f64 / 1024.0
    );
    println!("  fake Discord (this process) CPU during the saturating run: {fake_cpu:.2} s");
    println!("  bot CPU during the saturating run, by thread:");
    for (name, after) in &cpu_after {
        let used = after - cpu_before.get(name).copied().unwrap_or(0.0);
        if used >= 0.01 {
            println!("    {name:<20} {used:.2} s");
        }
    }
}
