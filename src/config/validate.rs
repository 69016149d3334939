//! Start-up validation: every problem names its key and says what to do.

use std::fmt;

use super::{ArchiveBackend, Config};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// ticketbox refuses to start.
    Error,
    /// ticketbox starts, with a feature off until the operator acts.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.key, self.message)
    }
}

impl Problem {
    fn error(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            severity: Severity::Error,
            message: message.into(),
        }
    }

    fn warning(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// How to set a key, for messages: `set TICKETBOX_X__Y or x.y in config.toml`.
fn how_to_set(key: &str) -> String {
    let env = key
        .split('.')
        .map(str::to_ascii_uppercase)
        .collect::<Vec<_>>()
        .join("__");
    format!("set TICKETBOX_{env} or {key} in config.toml")
}

/// Checks a loaded configuration. Nothing is written; problems come back in key order.
pub fn validate(config: &Config) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_discord(&mut problems, &config.discord);
    check_url(&mut problems, "http.public_url", &config.http.public_url);
    if config.storage.data_dir.as_os_str().is_empty() {
        problems.push(Problem::error(
            "storage.data_dir",
            format!("is empty: {}", how_to_set("storage.data_dir")),
        ));
    }
    check_keys(&mut problems, config);
    if config.archive.backend == ArchiveBackend::S3 {
        check_s3(
            &mut problems,
            &config.archive.s3,
            "archive",
            "archive.backend is \"s3\"",
        );
    }
    check_backup(&mut problems, &config.backup);
    if !config.metrics.listen.trim().is_empty()
        && config
            .metrics
            .listen
            .trim()
            .parse::<std::net::SocketAddr>()
            .is_err()
    {
        problems.push(Problem::error(
            "metrics.listen",
            format!(
                "{:?} is not an address like 127.0.0.1:9090",
                config.metrics.listen
            ),
        ));
    }
    for (key, base) in [
        (
            "integrations.bloxlink_base",
            &config.integrations.bloxlink_base,
        ),
        ("integrations.rover_base", &config.integrations.rover_base),
        (
            "integrations.roblox_users_base",
            &config.integrations.roblox_users_base,
        ),
    ] {
        check_url(&mut problems, key, base);
    }
    for operator in &config.dashboard.operators {
        if operator.trim().parse::<u64>().map_or(true, |id| id == 0) {
            problems.push(Problem::error(
                "dashboard.operators",
                format!(
                    "{operator:?} is not a Discord user ID (a number like \"123456789012345678\")"
                ),
            ));
        }
    }
    if let Err(e) = tracing_subscriber::EnvFilter::builder().parse(&config.log.level) {
        problems.push(Problem::error(
            "log.level",
            format!(
                "{:?} is not a log filter ({e}): use error, warn, info, debug or trace",
                config.log.level
            ),
        ));
    }
    problems
}

fn check_discord(problems: &mut Vec<Problem>, discord: &super::DiscordConfig) {
    if discord.token.is_empty() {
        problems.push(Problem::warning(
            "discord.token",
            format!(
                "is empty: {} (the bot stays offline; the HTTP server runs)",
                how_to_set("discord.token")
            ),
        ));
    } else if discord.token.expose().chars().any(char::is_whitespace) {
        problems.push(Problem::error(
            "discord.token",
            "contains whitespace: paste the bot token exactly as the Developer Portal shows it",
        ));
    }
    check_url(problems, "discord.api_base", &discord.api_base);
    check_snowflake(problems, "discord.application_id", &discord.application_id);
    check_snowflake(problems, "discord.client_id", &discord.client_id);
    check_snowflake(problems, "discord.dev_guild_id", &discord.dev_guild_id);
}

fn check_keys(problems: &mut Vec<Problem>, config: &Config) {
    let key = config.crypto.master_key.expose();
    if !key.is_empty() && super::keys::key_bytes(key).is_none() {
        problems.push(Problem::error(
            "crypto.master_key",
            "must be 64 hex characters (32 bytes): generate one with `ticketbox keygen`",
        ));
    }
    let retired = config.crypto.retired_master_keys.expose();
    if let Err(e) = super::keys::retired_keys(config.crypto.master_key_id, retired) {
        problems.push(Problem::error("crypto.retired_master_keys", e));
    }
}

/// With `archive.backend = "s3"`, every connection setting is required.
fn check_s3(problems: &mut Vec<Problem>, s3: &super::S3Config, section: &str, because: &str) {
    let required: [(&str, bool); 5] = [
        ("endpoint", s3.endpoint.trim().is_empty()),
        ("region", s3.region.trim().is_empty()),
        ("bucket", s3.bucket.trim().is_empty()),
        ("access_key", s3.access_key.is_empty()),
        ("secret_key", s3.secret_key.is_empty()),
    ];
    for (name, missing) in required {
        if missing {
            let key = format!("{section}.s3.{name}");
            let message = format!("is empty but {because}: {}", how_to_set(&key));
            problems.push(Problem::error(key, message));
        }
    }
    if !s3.endpoint.trim().is_empty() {
        check_url(problems, format!("{section}.s3.endpoint"), &s3.endpoint);
    }
}

fn check_backup(problems: &mut Vec<Problem>, backup: &super::BackupConfig) {
    if !backup.s3.bucket.trim().is_empty() {
        check_s3(problems, &backup.s3, "backup", "backup.s3.bucket is set");
        if !backup.local_dir.trim().is_empty() {
            problems.push(Problem::error(
                "backup.local_dir",
                "and backup.s3.bucket are both set: back up to one place (clear one of them)",
            ));
        }
    }
    match humantime::parse_duration(backup.interval.trim()) {
        Ok(d) if d >= std::time::Duration::from_mins(5) => {}
        _ => problems.push(Problem::error(
            "backup.interval",
            format!(
                "{:?} is not a duration of at least 5 minutes: write it like 12h or 1d",
                backup.interval
            ),
        )),
    }
}

fn check_url(problems: &mut Vec<Problem>, key: impl Into<String>, value: &str) {
    let key: String = key.into();
    match url::Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {}
        Ok(_) => problems.push(Problem::error(
            key,
            format!("{value:?} must be an http:// or https:// URL"),
        )),
        Err(e) => {
            let message = format!("{value:?} is not a URL ({e}): {}", how_to_set(&key));
            problems.push(Problem::error(key, message));
        }
    }
}

fn check_snowflake(problems: &mut Vec<Problem>, key: &'static str, value: &str) {
    if !value.is_empty() && value.parse::<u64>().is_err() {
        problems.push(Problem::error(
            key,
            format!("{value:?} is not a Discord id: copy the numeric id from the Developer Portal, or leave it empty"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    fn errors(config: &Config) -> Vec<String> {
        validate(config)
            .into_iter()
            .filter(Problem::is_error)
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn defaults_have_no_errors_and_warn_about_the_token() {
        let problems = validate(&Config::default());
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        let token = problems
            .iter()
            .find(|p| p.key == "discord.token")
            .expect("token warning");
        assert_eq!(
            token.to_string(),
            "discord.token is empty: set TICKETBOX_DISCORD__TOKEN or discord.token in config.toml \
             (the bot stays offline; the HTTP server runs)"
        );
    }

    #[test]
    fn each_bad_value_is_named_by_its_key() {
        let mut config = Config::default();
        config.discord.api_base = "discord.com".into();
        config.discord.application_id = "abc".into();
        config.http.public_url = "ftp://example.org".into();
        config.crypto.master_key = Secret::new("abcd");
        config.log.level = "info,[".into();
        let found = errors(&config);
        for key in [
            "discord.api_base",
            "discord.application_id",
            "http.public_url",
            "crypto.master_key",
            "log.level",
        ] {
            assert!(
                found.iter().any(|m| m.starts_with(key)),
                "no error for {key}: {found:?}"
            );
        }
        assert!(found.iter().any(|m| m.contains("ticketbox keygen")));
    }

    #[test]
    fn s3_backend_requires_its_settings() {
        let mut config = Config::default();
        config.archive.backend = ArchiveBackend::S3;
        let found = errors(&config);
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found[0].starts_with("archive.s3.endpoint is empty but archive.backend is \"s3\": set TICKETBOX_ARCHIVE__S3__ENDPOINT"));
        config.archive.s3.endpoint = "https://s3.example.org".into();
        config.archive.s3.region = "eu-1".into();
        config.archive.s3.bucket = "b".into();
        config.archive.s3.access_key = Secret::new("ak");
        config.archive.s3.secret_key = Secret::new("sk");
        assert!(errors(&config).is_empty());
    }

    #[test]
    fn token_with_whitespace_is_refused_without_echoing_it() {
        let mut config = Config::default();
        config.discord.token = Secret::new("abc def-secret");
        let found = errors(&config);
        assert_eq!(found.len(), 1);
        assert!(!found[0].contains("def-secret"));
    }
}
