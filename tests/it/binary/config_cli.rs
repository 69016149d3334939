//! The binary's configuration commands and start-up refusals: `config check`/`default`,
//! `keygen`, `--version`, `migrate`, a newer database, each kind of bad input failing with one
//! line and nothing written, log levels, strictness about unknown keys.

use super::*;

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
        include_str!("../../../config.toml")
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
