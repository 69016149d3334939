//! Configuration layering, validation messages and the shipped default file.

use std::path::Path;

use ticketbox::config::{
    self, ArchiveBackend, Config, ConfigError, DEFAULT_CONFIG_TOML, LogFormat, SECRET_KEYS,
};

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn shipped_config_toml_is_exactly_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "config.toml", DEFAULT_CONFIG_TOML);
    let loaded = config::load_from(Some(&path), &[]).unwrap();
    assert_eq!(loaded.config, Config::default());
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

/// Every leaf key of a TOML tree as a dotted path, sorted.
fn leaves(value: &toml::Value) -> Vec<String> {
    fn walk(value: &toml::Value, prefix: &str, out: &mut Vec<String>) {
        if let toml::Value::Table(table) = value {
            for (k, v) in table {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                walk(v, &key, out);
            }
        } else {
            out.push(prefix.to_owned());
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out.sort();
    out
}

#[test]
fn shipped_config_toml_documents_every_key() {
    let shipped: toml::Value = toml::from_str(DEFAULT_CONFIG_TOML).unwrap();
    let defaults = toml::Value::try_from(Config::default()).unwrap();
    assert_eq!(
        leaves(&shipped),
        leaves(&defaults),
        "config.toml must set every key to its default"
    );
    for key in SECRET_KEYS {
        let leaf = key.rsplit('.').next().unwrap();
        assert!(
            DEFAULT_CONFIG_TOML.contains(&format!("# {leaf}_file = ")),
            "config.toml must show {key}_file as a commented example"
        );
    }
}

#[test]
fn env_overrides_file_and_file_overrides_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "c.toml",
        "[http]\nlisten = \"0.0.0.0:9000\"\npublic_url = \"https://tickets.example.org\"\n[log]\nformat = \"json\"\n",
    );
    let loaded = config::load_from(
        Some(&path),
        &env(&[
            ("TICKETBOX_HTTP__LISTEN", "127.0.0.1:9100"),
            ("UNRELATED", "x"),
        ]),
    )
    .unwrap();
    assert_eq!(
        loaded.config.http.listen.to_string(),
        "127.0.0.1:9100",
        "env beats file"
    );
    assert_eq!(
        loaded.config.http.public_url, "https://tickets.example.org",
        "file beats default"
    );
    assert_eq!(loaded.config.log.format, LogFormat::Json);
    assert_eq!(
        loaded.config.storage,
        Config::default().storage,
        "untouched keys keep defaults"
    );
    assert_eq!(loaded.source, config::Source::File(path));
}

#[test]
fn secret_file_beats_env_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let token_file = write(dir.path(), "token", "from-file-token\n");
    let path = write(dir.path(), "c.toml", "[discord]\ntoken = \"from-toml\"\n");
    let loaded = config::load_from(
        Some(&path),
        &env(&[
            ("TICKETBOX_DISCORD__TOKEN", "from-env"),
            (
                "TICKETBOX_DISCORD__TOKEN_FILE",
                token_file.to_str().unwrap(),
            ),
        ]),
    )
    .unwrap();
    assert_eq!(
        loaded.config.discord.token.expose(),
        "from-file-token",
        "trailing newline trimmed"
    );

    let only_env = config::load_from(
        Some(&path),
        &env(&[("TICKETBOX_DISCORD__TOKEN", "from-env")]),
    )
    .unwrap();
    assert_eq!(only_env.config.discord.token.expose(), "from-env");

    let key_file = write(dir.path(), "s3", "s3-secret");
    let in_toml = write(
        dir.path(),
        "d.toml",
        &format!(
            "[archive.s3]\nsecret_key_file = {:?}\n",
            key_file.to_str().unwrap()
        ),
    );
    let loaded = config::load_from(Some(&in_toml), &[]).unwrap();
    assert_eq!(loaded.config.archive.s3.secret_key.expose(), "s3-secret");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn missing_secret_file_names_the_key_and_path() {
    let err = config::load_from(
        None,
        &env(&[("TICKETBOX_CRYPTO__MASTER_KEY_FILE", "/nonexistent/key")]),
    )
    .unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with("crypto.master_key_file: cannot read /nonexistent/key"),
        "{message}"
    );
}

#[test]
fn env_strings_stay_strings_and_typed_keys_are_parsed() {
    let loaded = config::load_from(
        None,
        &env(&[
            ("TICKETBOX_ARCHIVE__S3__BUCKET", "12345"),
            ("TICKETBOX_DISCORD__APPLICATION_ID", "1100000000000000001"),
            ("TICKETBOX_ARCHIVE__S3__PATH_STYLE", "false"),
            ("TICKETBOX_ARCHIVE__BACKEND", "s3"),
        ]),
    )
    .unwrap();
    assert_eq!(loaded.config.archive.s3.bucket, "12345");
    assert_eq!(loaded.config.discord.application_id, "1100000000000000001");
    assert!(!loaded.config.archive.s3.path_style);
    assert_eq!(loaded.config.archive.backend, ArchiveBackend::S3);
}

#[test]
fn unknown_keys_and_variables_are_warned_about_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "c.toml",
        "[discord]\ntokn = \"x\"\n\n[extras]\nfoo = 1\n",
    );
    let loaded = config::load_from(
        Some(&path),
        &env(&[("TICKETBOX_HTTP__LISTN", "x"), ("TICKETBOX_CONFIG", "y")]),
    )
    .unwrap();
    let warnings = loaded.warnings.join("\n");
    assert!(
        warnings.contains("unknown key discord.tokn in"),
        "{warnings}"
    );
    assert!(
        warnings.contains("line 2 is ignored (did you mean discord.token?)"),
        "{warnings}"
    );
    assert!(warnings.contains("unknown key extras in"), "{warnings}");
    assert!(
        warnings.contains("TICKETBOX_HTTP__LISTN is not a ticketbox setting and is ignored (did you mean TICKETBOX_HTTP__LISTEN?)"),
        "{warnings}"
    );
    assert!(
        !warnings.contains("TICKETBOX_CONFIG"),
        "the config path variable is not a key: {warnings}"
    );
    assert_eq!(loaded.warnings.len(), 3);
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "broken.toml",
        "[http]\nlisten = \"127.0.0.1:1\"\npublic_url = \n",
    );
    let err = config::load_from(Some(&path), &[]).unwrap_err();
    assert!(
        matches!(err, ConfigError::Syntax { line: 3, .. }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("broken.toml line 3, column"), "{message}");
}

#[test]
fn wrong_type_names_key_and_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "c.toml", "# comment\n[http]\nlisten = 8080\n");
    let message = config::load_from(Some(&path), &[]).unwrap_err().to_string();
    assert!(message.starts_with("http.listen ("), "{message}");
    assert!(message.contains("c.toml line 3"), "{message}");

    let message = config::load_from(None, &env(&[("TICKETBOX_LOG__FORMAT", "xml")]))
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "log.format (environment variable TICKETBOX_LOG__FORMAT): unknown value \"xml\", use one of: pretty, json"
    );
}

#[test]
fn debug_output_never_contains_secrets() {
    let loaded = config::load_from(
        None,
        &env(&[
            ("TICKETBOX_DISCORD__TOKEN", "tok-SECRET-1"),
            ("TICKETBOX_DISCORD__CLIENT_SECRET", "cs-SECRET-2"),
            ("TICKETBOX_CRYPTO__MASTER_KEY", &"ab".repeat(32)),
            ("TICKETBOX_ARCHIVE__S3__ACCESS_KEY", "ak-SECRET-3"),
            ("TICKETBOX_ARCHIVE__S3__SECRET_KEY", "sk-SECRET-4"),
        ]),
    )
    .unwrap();
    let debug = format!("{:?} {:#?}", loaded.config, loaded.config);
    let rendered = loaded.config.to_redacted_toml();
    for text in [debug, rendered] {
        for secret in [
            "tok-SECRET-1",
            "cs-SECRET-2",
            &"ab".repeat(32),
            "ak-SECRET-3",
            "sk-SECRET-4",
        ] {
            assert!(!text.contains(secret), "secret leaked: {text}");
        }
        assert!(text.contains("[redacted]"));
    }
}

#[test]
fn the_setup_file_sits_under_config_toml_and_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join(config::SETUP_FILE),
        "[discord]\ntoken = \"from-setup\"\nclient_id = \"111\"\nclient_secret = \"setup-secret\"\npresence = \"x\"\n[http]\nlisten = \"0.0.0.0:1\"\n",
    )
    .unwrap();
    let data_dir = data.to_str().unwrap();
    let loaded =
        config::load_from(None, &env(&[("TICKETBOX_STORAGE__DATA_DIR", data_dir)])).unwrap();
    assert_eq!(loaded.config.discord.token.expose(), "from-setup");
    assert_eq!(loaded.config.discord.client_id, "111");
    assert_eq!(loaded.config.discord.client_secret.expose(), "setup-secret");
    assert_eq!(
        loaded.config.discord.presence,
        config::Config::default().discord.presence,
        "only credentials"
    );
    assert_eq!(
        loaded.config.http.listen,
        config::Config::default().http.listen
    );
    assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.contains("discord.presence"))
    );
    assert!(
        !loaded.warnings.join(" ").contains("from-setup"),
        "no secret in warnings"
    );

    // The file and the environment win over it.
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "[discord]\nclient_id = \"222\"\n").unwrap();
    let loaded = config::load_from(
        Some(&file),
        &env(&[
            ("TICKETBOX_STORAGE__DATA_DIR", data_dir),
            ("TICKETBOX_DISCORD__TOKEN", "from-env"),
        ]),
    )
    .unwrap();
    assert_eq!(loaded.config.discord.token.expose(), "from-env");
    assert_eq!(loaded.config.discord.client_id, "222");
    assert_eq!(loaded.config.discord.client_secret.expose(), "setup-secret");

    // The shipped config.toml spells the credentials out as "": they do not hide the saved ones.
    std::fs::write(&file, config::DEFAULT_CONFIG_TOML).unwrap();
    let loaded = config::load_from(
        Some(&file),
        &env(&[("TICKETBOX_STORAGE__DATA_DIR", data_dir)]),
    )
    .unwrap();
    assert_eq!(loaded.config.discord.token.expose(), "from-setup");
    assert_eq!(loaded.config.discord.client_id, "111");
    assert_eq!(loaded.config.discord.client_secret.expose(), "setup-secret");
}
