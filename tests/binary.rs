//! The real `ticketbox` binary, started as an operator would: healthz, healthcheck, signals,
//! and each kind of bad input failing with one clear line and nothing written.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ticketbox");

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

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("run ticketbox")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

struct Running {
    child: Child,
    addr: SocketAddr,
    /// Log lines up to and including "HTTP server listening".
    start_logs: Vec<String>,
    logs: mpsc::Receiver<String>,
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

fn sigterm(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

fn wait_with_deadline(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
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
    let mut cmd = Command::new("sh");
    cmd.current_dir(dir.path())
        .arg("-c")
        .arg("umask 000 && exec \"$0\" run")
        .arg(BIN)
        .env_remove("RUST_LOG")
        .env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0")
        .env("TICKETBOX_STORAGE__DATA_DIR", &data)
        .env("TICKETBOX_LOG__FORMAT", "json")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (name, _) in std::env::vars() {
        if name.starts_with("TICKETBOX_") && name != "TICKETBOX_REQUIRE_BROWSER" {
            cmd.env_remove(name);
        }
    }
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

/// `data purge-user` / `export-user` next to a running ticketbox hand the request over; with no
/// bot connected (no token: setup mode) nothing carries it out, and the CLI says so when its
/// wait ends. Once ticketbox is stopped the same commands run in the CLI itself.
#[test]
fn data_requests_hand_over_while_running_and_run_locally_when_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut server = start(dir.path(), &data);
    let data_command = |args: &[&str]| {
        run(ticketbox(dir.path())
            .env("TICKETBOX_STORAGE__DATA_DIR", &data)
            .arg("data")
            .args(args))
    };
    let queued = data_command(&["purge-user", "4242", "--wait", "1"]);
    let err = stderr(&queued);
    assert!(!queued.status.success(), "{err}");
    assert!(err.contains("handed to it"), "{err}");
    assert!(err.contains("stays queued as job"), "{err}");
    assert!(
        err.contains("the job runner works while the bot is connected"),
        "{err}"
    );
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

#[test]
fn config_check_on_a_broken_file_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "[http]\nlisten = \"127.0.0.1:1\"\n[log\nlevel = \"info\"\n",
    )
    .unwrap();
    let out = run(ticketbox(dir.path()).args(["config", "check"]));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("config.toml line 3"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

#[test]
fn config_check_prints_the_effective_config_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(ticketbox(dir.path())
        .args(["config", "check"])
        .env("TICKETBOX_DISCORD__TOKEN", "super-secret-token")
        .env("TICKETBOX_HTTP__PUBLIC_URL", "https://t.example.org"));
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("token = \"[redacted]\""), "{stdout}");
    assert!(
        stdout.contains("public_url = \"https://t.example.org\""),
        "{stdout}"
    );
    assert!(!stdout.contains("super-secret-token") && !stderr(&out).contains("super-secret-token"));
}

#[test]
fn config_default_is_the_shipped_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(ticketbox(dir.path()).args(["config", "default"]));
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        include_str!("../config.toml")
    );
}

#[test]
fn keygen_prints_a_usable_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(ticketbox(dir.path()).arg("keygen"));
    assert!(out.status.success());
    let key = String::from_utf8(out.stdout).unwrap();
    let key = key.trim();
    assert_eq!(key.len(), 64);
    assert!(ticketbox::crypto::MasterKey::from_hex(key).is_ok());
    let check = run(ticketbox(dir.path())
        .args(["config", "check"])
        .env("TICKETBOX_CRYPTO__MASTER_KEY", key));
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn version_flag_prints_the_version() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(ticketbox(dir.path()).arg("--version"));
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("ticketbox {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn migrate_dry_run_writes_nothing_then_migrate_applies() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let dry = run(ticketbox(dir.path())
        .args(["migrate", "--dry-run"])
        .env("TICKETBOX_STORAGE__DATA_DIR", &data));
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(String::from_utf8_lossy(&dry.stdout).contains("pending 0001 initial"));
    assert!(!data.exists(), "a dry run must not create the data dir");

    let apply = run(ticketbox(dir.path())
        .arg("migrate")
        .env("TICKETBOX_STORAGE__DATA_DIR", &data));
    assert!(apply.status.success(), "{}", stderr(&apply));
    assert!(String::from_utf8_lossy(&apply.stdout).contains("applied 0001 initial"));

    let again = run(ticketbox(dir.path())
        .args(["migrate", "--dry-run"])
        .env("TICKETBOX_STORAGE__DATA_DIR", &data));
    assert!(String::from_utf8_lossy(&again.stdout).contains("up to date"));
}

#[test]
fn newer_database_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(
        run(ticketbox(dir.path())
            .arg("migrate")
            .env("TICKETBOX_STORAGE__DATA_DIR", &data))
        .status
        .success()
    );
    let conn = rusqlite::Connection::open(data.join("ticketbox.db")).unwrap();
    conn.execute(
        "INSERT INTO schema_migrations VALUES (999, 'future', 'x', 0)",
        [],
    )
    .unwrap();
    drop(conn);
    let out = run(ticketbox(dir.path())
        .arg("run")
        .env("TICKETBOX_STORAGE__DATA_DIR", &data)
        .env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("written by a newer ticketbox (schema version 999"),
        "{}",
        stderr(&out)
    );
}

/// (name, environment, arguments, expected text of the error line)
type BadInputCase<'a> = (&'a str, Vec<(&'a str, String)>, Vec<&'a str>, &'a str);

/// Each bad input: non-zero exit, one `error:` line naming the problem, data dir untouched.
#[test]
fn bad_input_fails_with_one_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let blocker = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let busy = blocker.local_addr().unwrap().to_string();
    std::fs::write(dir.path().join("malformed.toml"), "[http\n").unwrap();
    std::fs::write(
        dir.path().join("wrongtype.toml"),
        "[archive.s3]\npath_style = \"yes\"\n",
    )
    .unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();

    let cases: Vec<BadInputCase> = vec![
        (
            "malformed TOML",
            vec![],
            vec!["--config", "malformed.toml"],
            "malformed.toml line 1",
        ),
        (
            "wrong type",
            vec![],
            vec!["--config", "wrongtype.toml"],
            "archive.s3.path_style (wrongtype.toml line 2)",
        ),
        (
            "bad master key",
            vec![("TICKETBOX_CRYPTO__MASTER_KEY", "xyz".into())],
            vec![],
            "crypto.master_key must be 64 hex",
        ),
        (
            "bad log level",
            vec![("TICKETBOX_LOG__LEVEL", "loud,[".into())],
            vec![],
            "log.level",
        ),
        (
            "port in use",
            vec![("TICKETBOX_HTTP__LISTEN", busy.clone())],
            vec![],
            "is already in use",
        ),
        (
            "missing config file",
            vec![],
            vec!["--config", "nope.toml"],
            "config file nope.toml: cannot read it",
        ),
        (
            "s3 without settings",
            vec![("TICKETBOX_ARCHIVE__BACKEND", "s3".into())],
            vec![],
            "archive.s3.endpoint is empty",
        ),
    ];
    for (name, env, args, expected) in cases {
        let mut cmd = ticketbox(dir.path());
        cmd.args(&args)
            .arg("run")
            .env("TICKETBOX_STORAGE__DATA_DIR", &data);
        if !env.iter().any(|(k, _)| *k == "TICKETBOX_HTTP__LISTEN") {
            cmd.env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0");
        }
        for (k, v) in &env {
            cmd.env(k, v);
        }
        let out = run(&mut cmd);
        let err = stderr(&out);
        assert!(!out.status.success(), "{name}: must fail");
        let error_lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
        assert!(
            !error_lines.is_empty() && error_lines[0].contains(expected),
            "{name}: {err}"
        );
        if name != "s3 without settings" {
            assert_eq!(error_lines.len(), 1, "{name}: one line: {err}");
        }
        assert!(!data.exists(), "{name}: nothing may be written");
    }

    // A data dir that cannot be created: exit 1, one line naming the key and the fix.
    let out = run(ticketbox(dir.path())
        .arg("run")
        .env("TICKETBOX_STORAGE__DATA_DIR", file.join("sub"))
        .env("TICKETBOX_HTTP__LISTEN", "127.0.0.1:0"));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let line = err
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_default();
    assert!(
        line.contains("storage.data_dir") && line.contains("TICKETBOX_STORAGE__DATA_DIR"),
        "{err}"
    );
    drop(blocker);
}

#[test]
fn log_level_comes_from_config_and_rust_log_wins() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");

    let (mut quiet, logs) = spawn(dir.path(), &data, &[("TICKETBOX_LOG__LEVEL", "warn")]);
    let lines = read_until(&logs, "no Discord bot token configured");
    let _ = quiet.kill();
    let _ = quiet.wait();
    assert!(
        lines.iter().all(|l| !l.contains("\"level\":\"INFO\"")),
        "log.level=warn still logged INFO: {lines:?}"
    );

    let (mut loud, logs) = spawn(
        dir.path(),
        &data,
        &[("TICKETBOX_LOG__LEVEL", "warn"), ("RUST_LOG", "info")],
    );
    let lines = read_until(&logs, "HTTP server listening");
    let _ = loud.kill();
    let _ = loud.wait();
    assert!(
        lines.last().unwrap().contains("\"level\":\"INFO\""),
        "RUST_LOG=info must win: {lines:?}"
    );
}

#[test]
fn config_check_is_strict_about_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "[discord]\ntokn = \"x\"\n").unwrap();
    let out = run(ticketbox(dir.path()).args(["config", "check"]));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error: unknown key discord.tokn in config.toml line 2"),
        "{err}"
    );
    assert!(err.contains("did you mean discord.token?"), "{err}");

    let out = run(ticketbox(dir.path())
        .args(["config", "check"])
        .env("TICKETBOX_HTTP__LISTNE", "x"));
    let err = stderr(&out);
    assert!(
        err.contains("TICKETBOX_HTTP__LISTNE is not a ticketbox setting"),
        "{err}"
    );
}

/// The real binary against the fake Discord at debug level: it connects, registers commands,
/// stops on SIGTERM, and the token appears nowhere in its output.
#[test]
fn connects_to_fake_discord_and_never_logs_the_token() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fake = rt.block_on(ticketbox::testkit::FakeDiscord::start());
    fake.add_guild(&ticketbox::testkit::fake_discord::GuildSpec::new("Binary"));
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (mut child, logs) = spawn(
        dir.path(),
        &data,
        &[
            ("TICKETBOX_DISCORD__TOKEN", fake.bot_token()),
            ("TICKETBOX_DISCORD__API_BASE", &fake.api_base()),
            ("RUST_LOG", "debug"),
        ],
    );
    let mut lines = read_until(&logs, "slash commands registered");
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
}
