//! The real `ticketbox` binary, started as an operator would: healthz, healthcheck, signals,
//! and each kind of bad input failing with one clear line and nothing written.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ticketbox");

/// The configuration commands and start-up refusals (bad input, strictness, log levels).
mod backup_cli;
mod config_cli;
mod metrics_listen;

/// A command in an empty working directory (so the repo's config.toml is not picked up) with
/// no inherited TICKETBOX_* variables.
fn ticketbox(cwd: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(cwd).env_remove("RUST_LOG");
    for (name, _) in std::env::vars() {
        if name.starts_with("TICKETBOX_") {
            cmd.env_remove(name);
        }
    }
    cmd
}

/// [`ticketbox`] with `args` under `umask 000`, to show files stay private whatever the umask.
#[cfg(unix)]
fn under_permissive_umask(cwd: &Path, args: &[&str]) -> Command {
    let cmd = ticketbox(cwd);
    let mut sh = Command::new("sh");
    sh.current_dir(cwd)
        .arg("-c")
        .arg("umask 000 && exec \"$0\" \"$@\"")
        .arg(cmd.get_program())
        .args(args);
    for (name, value) in cmd.get_envs() {
        match value {
            Some(value) => sh.env(name, value),
            None => sh.env_remove(name),
        };
    }
    sh
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("run ticketbox")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

struct Running {
    pub(crate) child: Child,
    addr: SocketAddr,
    /// Log lines up to and including "HTTP server listening".
    start_logs: Vec<String>,
    pub(crate) logs: mpsc::Receiver<String>,
}

impl Drop for Running {
    /// A failed assertion must not leave a server running.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Running {
    /// Every log line so far.
    fn all_logs(&self) -> Vec<String> {
        self.start_logs
            .iter()
            .cloned()
            .chain(self.logs.try_iter())
            .collect()
    }
}

/// Spawns `ticketbox run` on port 0 with JSON logs; stderr lines arrive on the receiver.
fn spawn(cwd: &Path, data_dir: &Path, env: &[(&str, &str)]) -> (Child, mpsc::Receiver<String>) {
    let mut cmd = ticketbox(cwd);
    cmd.arg("run")
        .env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0")
        .env("TICKETBOX_STORAGE__DATA_DIR", data_dir)
        .env("TICKETBOX_LOG__FORMAT", "json")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn");
    let (tx, logs) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, logs)
}

/// Reads log lines until one has `message`; returns every line read, that one last.
fn read_until(logs: &mpsc::Receiver<String>, message: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut lines = Vec::new();
    loop {
        let line = logs
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no log line {message:?}; got {lines:?}"));
        let event: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        let found = event["message"]
            .as_str()
            .is_some_and(|m| m.starts_with(message));
        lines.push(line);
        if found {
            return lines;
        }
    }
}

/// Starts `ticketbox run` on port 0 and waits for the "HTTP server listening" log line.
fn start(cwd: &Path, data_dir: &Path) -> Running {
    let (child, logs) = spawn(cwd, data_dir, &[]);
    let start_logs = read_until(&logs, "HTTP server listening");
    let event: serde_json::Value = serde_json::from_str(start_logs.last().unwrap()).unwrap();
    let addr = event["addr"].as_str().unwrap().parse().unwrap();
    Running {
        child,
        addr,
        start_logs,
        logs,
    }
}

fn healthcheck(cwd: &Path, addr: SocketAddr) -> Output {
    run(ticketbox(cwd)
        .args(["healthcheck", "--timeout", "3"])
        .env("TICKETBOX_HTTP__LISTEN", addr.to_string()))
}

pub(crate) fn sigterm(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

pub(crate) fn wait_with_deadline(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "ticketbox did not exit within {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn runs_answers_healthz_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut server = start(dir.path(), &data);

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let health = rt
        .block_on(ticketbox::web::probe::get(
            server.addr,
            "/healthz",
            Duration::from_secs(5),
        ))
        .unwrap();
    assert_eq!(health.status, 200, "{}", health.body);
    let body: serde_json::Value = serde_json::from_str(&health.body).unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
    assert_eq!(body["bot"], "not_configured");

    let ok = healthcheck(dir.path(), server.addr);
    assert!(ok.status.success(), "healthcheck failed: {}", stderr(&ok));

    for file in ["ticketbox.db", "cache.redb", "master.key"] {
        assert!(data.join(file).exists(), "{file} missing from the data dir");
    }

    // The setup code of the log, printed by `ticketbox setup-code` for the same data directory
    // (resolved as `run` resolves it: here from TICKETBOX_STORAGE__DATA_DIR).
    let explained = read_until(&server.logs, "no Discord bot token configured");
    let warning: serde_json::Value = serde_json::from_str(explained.last().unwrap()).unwrap();
    let logged = warning["setup_code"]
        .as_str()
        .expect("the setup code in the log")
        .to_owned();
    let printed = run(ticketbox(dir.path())
        .arg("setup-code")
        .env("TICKETBOX_STORAGE__DATA_DIR", &data));
    assert!(printed.status.success(), "{}", stderr(&printed));
    assert_eq!(String::from_utf8_lossy(&printed.stdout).trim(), logged);
    let elsewhere = run(ticketbox(dir.path())
        .arg("setup-code")
        .env("TICKETBOX_STORAGE__DATA_DIR", dir.path().join("other")));
    assert_eq!(elsewhere.status.code(), Some(1));
    assert!(
        stderr(&elsewhere).contains("no setup code"),
        "{}",
        stderr(&elsewhere)
    );

    sigterm(&server.child);
    let status = wait_with_deadline(&mut server.child, Duration::from_secs(10));
    assert!(status.success(), "exit status {status:?}");
    let logs = server.all_logs();
    assert!(
        logs.iter().any(|l| l.contains("\"stopped\"")),
        "no clean stop logged: {logs:?}"
    );
    assert!(
        warning["message"]
            .as_str()
            .is_some_and(|m| m.contains("ticketbox setup-code")),
        "the missing token must be explained: {warning}"
    );

    let down = healthcheck(dir.path(), server.addr);
    assert_eq!(
        down.status.code(),
        Some(1),
        "healthcheck must fail when nothing listens"
    );
    assert!(stderr(&down).contains("unhealthy"), "{}", stderr(&down));
}

/// Under a permissive umask the data directory is still 0700 and the database, its journal and
/// the cache 0600.
#[cfg(unix)]
#[test]
fn the_data_directory_and_stores_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut cmd = under_permissive_umask(dir.path(), &["run"]);
    cmd.env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0")
        .env("TICKETBOX_STORAGE__DATA_DIR", &data)
        .env("TICKETBOX_LOG__FORMAT", "json")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let (tx, logs) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    read_until(&logs, "HTTP server listening");
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let checks = [
        (data.clone(), 0o700),
        (data.join("ticketbox.db"), 0o600),
        (data.join("cache.redb"), 0o600),
        (data.join("master.key"), 0o600),
    ];
    let found: Vec<_> = checks.iter().map(|(p, _)| mode(p)).collect();
    let _ = child.kill();
    let _ = child.wait();
    for ((path, wanted), got) in checks.iter().zip(found) {
        assert_eq!(got, *wanted, "{} is {got:o}", path.display());
    }
    let wal = data.join("ticketbox.db-wal");
    if wal.exists() {
        assert_eq!(
            mode(&wal),
            0o600,
            "the journal is as private as the database"
        );
    }
}

/// The command line creates the database as privately as the service does: `migrate` (the
/// package's checks run it as the service's user) and `data requests` on a data directory of
/// their own, under a permissive umask.
#[cfg(unix)]
#[test]
fn command_line_tools_create_a_private_database() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    for args in [&["migrate"][..], &["data", "requests"][..]] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let mut cmd = under_permissive_umask(dir.path(), args);
        let out = run(cmd.env("TICKETBOX_STORAGE__DATA_DIR", &data));
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(mode(&data), 0o700, "{args:?}: the data directory");
        for suffix in ["", "-wal", "-shm"] {
            let file = data.join(format!("ticketbox.db{suffix}"));
            if suffix.is_empty() || file.exists() {
                assert_eq!(
                    mode(&file),
                    0o600,
                    "{args:?}: {} is {:o}",
                    file.display(),
                    mode(&file)
                );
            }
        }
    }
}

#[test]
fn second_start_reuses_the_generated_master_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for round in 0..2 {
        let mut server = start(dir.path(), &data);
        sigterm(&server.child);
        assert!(wait_with_deadline(&mut server.child, Duration::from_secs(10)).success());
        let logs = server.all_logs();
        let generated = logs
            .iter()
            .any(|l| l.contains("GENERATED A NEW MASTER KEY"));
        assert_eq!(generated, round == 0, "round {round}: {logs:?}");
    }
}

/// With no bot token configured (setup mode) the running ticketbox still runs the jobs that
/// need no Discord: a guild the bot left longer ago than the grace period is purged at start,
/// and `data export-user` / `purge-user` handed to it are carried out and print their result.
/// Once ticketbox is stopped the same commands run in the CLI itself.
#[test]
fn data_requests_and_guild_purges_run_without_a_bot_token() {
    const LEFT: u64 = 77;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A first run creates the data directory and the database.
    let mut server = start(dir.path(), &data);
    sigterm(&server.child);
    assert!(wait_with_deadline(&mut server.child, Duration::from_secs(10)).success());
    // The bot was removed from a guild 40 days ago (the grace period is 30); it had a tag.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = ticketbox::store::Db::open(&data.join("ticketbox.db")).unwrap();
    let guild = ticketbox::ids::GuildId::new(LEFT);
    let tags = |db: &ticketbox::store::Db| {
        runtime
            .block_on(ticketbox::store::tags::all(db, guild))
            .unwrap()
    };
    runtime.block_on(async {
        let left = ticketbox::clock::Timestamp::from_millis(
            ticketbox::clock::now_millis() - 40 * 24 * 60 * 60 * 1000,
        );
        let by = ticketbox::ids::UserId::new(1);
        ticketbox::store::tags::put(&db, guild, "hi".into(), "Hello!".into(), None, by, left)
            .await
            .unwrap();
        ticketbox::store::guilds::record_presence(&db, vec![], vec![guild], left)
            .await
            .unwrap();
    });
    assert_eq!(tags(&db).len(), 1);

    let mut server = start(dir.path(), &data);
    read_until(&server.logs, "no Discord bot token configured");
    read_until(&server.logs, "purged the data of a guild the bot left");
    assert!(tags(&db).is_empty(), "the left guild's tag was purged");
    drop(db);

    let data_command = |args: &[&str]| {
        run(ticketbox(dir.path())
            .env("TICKETBOX_STORAGE__DATA_DIR", &data)
            .arg("data")
            .args(args))
    };
    let exported = data_command(&["export-user", "4242", "--wait", "60"]);
    let err = stderr(&exported);
    assert!(exported.status.success(), "{err}");
    assert!(err.contains("handed to it"), "{err}");
    let doc: serde_json::Value = serde_json::from_slice(&exported.stdout).unwrap();
    assert_eq!(
        doc["transcripts"].as_array().map(Vec::len),
        Some(0),
        "{doc}"
    );
    let purged = data_command(&["purge-user", "4242", "--wait", "60"]);
    let err = stderr(&purged);
    assert!(purged.status.success(), "{err}");
    assert!(err.contains("handed to it"), "{err}");
    assert!(err.contains("user 4242 removed"), "{err}");
    sigterm(&server.child);
    assert!(wait_with_deadline(&mut server.child, Duration::from_secs(10)).success());

    let purged = data_command(&["purge-user", "4242"]);
    let err = stderr(&purged);
    assert!(purged.status.success(), "{err}");
    assert!(
        err.contains("user 4242 removed: 0 transcripts rewritten"),
        "{err}"
    );
    let exported = data_command(&["export-user", "4242"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let doc: serde_json::Value = serde_json::from_slice(&exported.stdout).unwrap();
    assert_eq!(
        doc["transcripts"].as_array().map(Vec::len),
        Some(0),
        "{doc}"
    );
}

#[test]
fn healthcheck_fails_on_an_unhealthy_answer() {
    // A listener that answers 503 like a failing /healthz would.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut stream, _) = listener.accept().unwrap();
        let mut buf = [0u8; 1024];
        let _ = stream.read(&mut buf);
        let _ = stream.write_all(
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 20\r\nConnection: close\r\n\r\n{\"status\":\"failed\"}\n",
        );
    });
    let dir = tempfile::tempdir().unwrap();
    let out = healthcheck(dir.path(), addr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("answered 503"), "{}", stderr(&out));
}

/// The binary connected to a fresh fake Discord holding one guild: the runtime the fake runs
/// on, the fake, the guild, the running child with its log lines (up to "slash commands
/// registered"), and the temporary directory it runs in. Bind `rt` and `dir` for as long as
/// the bot runs: a `..` in the pattern drops them at once, stopping the fake and deleting the
/// bot's data directory under it.
pub(crate) struct OnFake {
    pub(crate) rt: tokio::runtime::Runtime,
    pub(crate) fake: ticketbox::testkit::FakeDiscord,
    pub(crate) g: ticketbox::testkit::fake_discord::GuildHandle,
    pub(crate) child: Child,
    pub(crate) logs: mpsc::Receiver<String>,
    pub(crate) lines: Vec<String>,
    pub(crate) dir: tempfile::TempDir,
}

pub(crate) fn on_fake(
    spec: &ticketbox::testkit::fake_discord::GuildSpec,
    log_level: &str,
) -> OnFake {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fake = rt.block_on(ticketbox::testkit::FakeDiscord::start());
    let g = fake.add_guild(spec);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (child, logs) = spawn(
        dir.path(),
        &data,
        &[
            ("TICKETBOX_DISCORD__TOKEN", fake.bot_token()),
            ("TICKETBOX_DISCORD__API_BASE", &fake.api_base()),
            ("RUST_LOG", log_level),
        ],
    );
    let lines = read_until(&logs, "slash commands registered");
    OnFake {
        rt,
        fake,
        g,
        child,
        logs,
        lines,
        dir,
    }
}

/// The real binary against the fake Discord at debug level: it connects, registers commands,
/// stops on SIGTERM, and the token appears nowhere in its output.
#[test]
fn connects_to_fake_discord_and_never_logs_the_token() {
    let OnFake {
        rt: _rt,
        fake,
        mut child,
        logs,
        mut lines,
        dir: _dir,
        ..
    } = on_fake(
        &ticketbox::testkit::fake_discord::GuildSpec::new("Binary"),
        "debug",
    );
    sigterm(&child);
    assert!(wait_with_deadline(&mut child, Duration::from_secs(10)).success());
    lines.extend(logs.try_iter());
    assert!(
        lines.iter().any(|l| l.contains("connected to Discord")),
        "{lines:?}"
    );
    let leaked: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains(fake.bot_token()))
        .collect();
    assert!(
        leaked.is_empty(),
        "the token leaked into the log: {leaked:?}"
    );
    assert!(
        fake.calls()
            .iter()
            .any(|c| c.method == "PUT" && c.path.ends_with("/commands"))
    );
    // On SIGTERM serenity closes with 1000 and waits for Discord's Close frame in answer
    // (warning "Received an error awaiting close frame" without one); the close logs the bot
    // off, as Discord ends the session ("Gateway → Initiating a Disconnect").
    let unanswered: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("awaiting close frame"))
        .collect();
    assert!(unanswered.is_empty(), "{unanswered:?}");
    assert!(
        !fake.gateway().has_session(),
        "the session outlived the stop"
    );
}
