//! Process helpers shared by the benchmarks that run the real `ticketbox` binary against the
//! in-process fake Discord: start it, read its memory and per-thread CPU from /proc.

#![allow(dead_code)] // each benchmark uses a subset

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ticketbox::testkit::fake_discord::FakeDiscord;

/// The runtime the fake Discord runs on (one worker: the bot under test has the other core),
/// and the fake, started.
pub fn fake_on_runtime() -> (tokio::runtime::Runtime, FakeDiscord) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fake = runtime.block_on(FakeDiscord::start());
    (runtime, fake)
}

/// A `/proc/<pid>/status` field in KiB (`VmRSS:`, `VmHWM:`).
pub fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// CPU seconds per thread name (utime + stime), summed over threads of the same name.
pub fn thread_cpu(pid: u32) -> std::collections::BTreeMap<String, f64> {
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

/// CPU seconds of the whole process (utime + stime of every thread, including threads that
/// have exited, which [`thread_cpu`] cannot see).
pub fn process_cpu(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let Some(close) = stat.rfind(')') else {
        return 0.0;
    };
    let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
    fields.get(11..13).map_or(0.0, |f| {
        f.iter().filter_map(|v| v.parse::<f64>().ok()).sum::<f64>() / 100.0
    })
}

/// Guilds the bot has recorded in SQLite (it does so after caching them).
pub fn guild_count(db: &Path) -> usize {
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

/// Waits until the bot has recorded `n` guilds; returns how long that took.
pub fn wait_for_guilds(db: &Path, n: usize, limit: Duration) -> Duration {
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

/// Starts `ticketbox run` against the fake, with its data directory at `data`.
pub fn start_bot(fake: &FakeDiscord, data: &Path) -> Bot {
    start_bot_with(fake, data, &[])
}

/// The binary under test: this build's `ticketbox`, or `TICKETBOX_BIN` (e.g. the static musl
/// build, to measure what is shipped).
pub fn bot_binary() -> String {
    std::env::var("TICKETBOX_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_ticketbox").to_owned())
}

/// [`start_bot`] with extra environment (e.g. an S3 archive).
pub fn start_bot_with(fake: &FakeDiscord, data: &Path, env: &[(String, String)]) -> Bot {
    Command::new(bot_binary())
        .arg("run")
        .current_dir(data.parent().unwrap())
        .env("TICKETBOX_DISCORD__TOKEN", fake.bot_token())
        .env("TICKETBOX_DISCORD__API_BASE", fake.api_base())
        .env("TICKETBOX_STORAGE__DATA_DIR", data)
        .env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0")
        .env("TICKETBOX_LOG__LEVEL", "warn")
        // Last, so a benchmark may override the defaults above (e.g. a known HTTP port).
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map(|child| Bot { child: Some(child) })
        .expect("start ticketbox")
}

/// The running bot process. Dropped without [`Bot::stop`] (a panicking benchmark), it is
/// killed so no process outlives the run.
pub struct Bot {
    child: Option<Child>,
}

impl Bot {
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// Stops the bot as SIGTERM would and waits for it.
    pub fn stop(mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let _ = child.wait();
        }
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A size from the environment (`MESSAGES=…`), else `default`.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
