//! The typed configuration and its layers.
//!
//! Layers, later wins: built-in defaults → `<data_dir>/setup.toml` (Discord credentials saved by
//! the first-run setup page) → the TOML file → `TICKETBOX_*` environment variables (`__`
//! separates sections) → `<secret>_file` (the secret is read from that file).
//! [`load`] builds it, [`validate`] checks it before anything is written.

pub mod keys;
mod load;
mod secret;
mod validate;

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use load::{ConfigError, Loaded, SECRET_KEYS, SETUP_FILE, SETUP_KEYS, Source, load, load_from};
pub use secret::{REDACTED, Secret};
pub use validate::{Problem, validate};

/// The documented default configuration, shipped as `config.toml` at the repository root and
/// printed by `ticketbox config default`. A test proves it parses to [`Config::default`].
pub const DEFAULT_CONFIG_TOML: &str = include_str!("../../config.toml");

/// Environment variable prefix of every configuration key.
pub const ENV_PREFIX: &str = "TICKETBOX_";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    pub discord: DiscordConfig,
    pub http: HttpConfig,
    pub storage: StorageConfig,
    pub crypto: CryptoConfig,
    pub archive: ArchiveConfig,
    pub log: LogConfig,
    pub dashboard: DashboardConfig,
    pub integrations: IntegrationsConfig,
    pub backup: BackupConfig,
    pub metrics: MetricsConfig,
}

/// Prometheus metrics: on a listener of their own, or on the main one behind a bearer token.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricsConfig {
    /// An address for a metrics-only listener (`127.0.0.1:9090`). Empty: none.
    pub listen: String,
    /// With a token, `/metrics` on the main listener answers `Authorization: Bearer <token>`.
    /// Empty: not served there.
    pub token: Secret,
    /// Adds a `guild` label (the server's id) to the ticket and command counters. Off: no
    /// series names a server.
    pub per_guild: bool,
}

/// Encrypted backups of the database and the archive to a second place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupConfig {
    /// A directory for backups (e.g. another disk). Empty: not used.
    pub local_dir: String,
    /// Or an S3-compatible bucket (the same keys as `archive.s3`); used when `bucket` is set.
    pub s3: S3Config,
    /// How often a backup is taken while ticketbox runs (`30m`, `12h`, `1d`).
    pub interval: String,
    /// Retention: the newest backup of each of this many last days …
    pub keep_daily: u32,
    /// … and of this many last weeks.
    pub keep_weekly: u32,
}

impl Default for BackupConfig {
    fn default() -> Self {
        Self {
            local_dir: String::new(),
            s3: S3Config::default(),
            interval: "1d".to_owned(),
            keep_daily: 7,
            keep_weekly: 4,
        }
    }
}

impl BackupConfig {
    /// Whether a backup target is configured.
    pub fn is_configured(&self) -> bool {
        !self.local_dir.trim().is_empty() || !self.s3.bucket.trim().is_empty()
    }

    /// The interval as a duration (validated at start; a day when unreadable).
    pub fn interval(&self) -> std::time::Duration {
        humantime::parse_duration(self.interval.trim())
            .unwrap_or(std::time::Duration::from_hours(24))
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DashboardConfig {
    /// Discord user IDs of the instance's operators: the operator page, data requests, and
    /// marking server-made integrations public for every server on this ticketbox.
    pub operators: Vec<String>,
    /// Tell each operator by DM when someone files a data request (`/mydata`).
    pub operator_dms: bool,
}

impl DashboardConfig {
    /// Whether `user` is an operator.
    pub fn is_operator(&self, user: crate::ids::UserId) -> bool {
        self.operators
            .iter()
            .any(|o| o.trim().parse::<u64>().ok() == Some(user.get()))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntegrationsConfig {
    /// Bloxlink's API (Roblox accounts of Discord users).
    pub bloxlink_base: String,
    /// RoVer's API.
    pub rover_base: String,
    /// Roblox's users API (a Roblox ID to its public user object).
    pub roblox_users_base: String,
    /// Hosts (names or addresses) server-made integrations may call although they are private,
    /// loopback or otherwise refused.
    pub allow_hosts: Vec<String>,
}

impl Default for IntegrationsConfig {
    fn default() -> Self {
        Self {
            bloxlink_base: "https://api.blox.link".to_owned(),
            rover_base: "https://registry.rover.link".to_owned(),
            roblox_users_base: "https://users.roblox.com".to_owned(),
            allow_hosts: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DiscordConfig {
    /// Bot token. Empty: the bot is not started, the HTTP server still runs.
    pub token: Secret,
    /// REST and OAuth2 base URL. Tests and local development point it at the fake Discord.
    pub api_base: String,
    /// Application id; empty means "take it from Discord at connect".
    pub application_id: String,
    /// OAuth2 client id for dashboard login (usually equal to the application id).
    pub client_id: String,
    /// OAuth2 client secret for dashboard login.
    pub client_secret: Secret,
    /// The bot's status text in the member list. Empty: none.
    pub presence: String,
    /// Register slash commands in this guild only (instant updates while developing).
    /// Empty: register globally.
    pub dev_guild_id: String,
}

impl Default for DiscordConfig {
    fn default() -> Self {
        Self {
            token: Secret::default(),
            api_base: "https://discord.com".to_owned(),
            application_id: String::new(),
            client_id: String::new(),
            client_secret: Secret::default(),
            presence: "/open to get help".to_owned(),
            dev_guild_id: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HttpConfig {
    /// Address the dashboard and `/healthz` listen on. Port 0 picks a free port.
    pub listen: SocketAddr,
    /// The URL users reach the dashboard at; links and the OAuth2 redirect are built from it.
    pub public_url: String,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for the login rate limit).
    /// Empty: the connection's address is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: "http://localhost:8080".to_owned(),
            trusted_proxies: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StorageConfig {
    /// Directory of the database, the cache, the generated master key and local transcripts.
    pub data_dir: PathBuf,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("data"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CryptoConfig {
    /// 32 bytes as 64 hex characters. Empty: generated once into `<data_dir>/master.key`.
    pub master_key: Secret,
    /// The id objects are sealed under; a rotation gives the new key a new id.
    pub master_key_id: u32,
    /// Retired keys that still open what they sealed: `ID:HEX` entries, comma separated.
    pub retired_master_keys: Secret,
}

impl Default for CryptoConfig {
    fn default() -> Self {
        Self {
            master_key: Secret::default(),
            master_key_id: 1,
            retired_master_keys: Secret::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArchiveBackend {
    /// Transcripts under `<data_dir>/transcripts`.
    #[default]
    Local,
    /// Any S3-compatible object store.
    S3,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArchiveConfig {
    pub backend: ArchiveBackend,
    /// Larger attachments are not copied into the archive (the transcript says so).
    pub max_attachment_bytes: u64,
    /// Attachments past this total per ticket are not copied.
    pub max_ticket_attachment_bytes: u64,
    /// Attachment bytes in memory at once across all close jobs (a larger single file still
    /// goes, alone).
    pub max_download_bytes_in_flight: u64,
    /// Days after the bot left a guild before its data is purged.
    pub guild_purge_days: u32,
    pub s3: S3Config,
}

impl Default for ArchiveConfig {
    fn default() -> Self {
        Self {
            backend: ArchiveBackend::Local,
            max_attachment_bytes: 25 * 1024 * 1024,
            max_ticket_attachment_bytes: 250 * 1024 * 1024,
            max_download_bytes_in_flight: 64 * 1024 * 1024,
            guild_purge_days: 30,
            s3: S3Config::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct S3Config {
    pub endpoint: String,
    pub region: String,
    pub bucket: String,
    pub access_key: Secret,
    pub secret_key: Secret,
    /// Path-style addressing (`endpoint/bucket/key`), needed by MinIO and most self-hosted stores.
    pub path_style: bool,
    /// Prefix for every object key, e.g. `ticketbox/`.
    pub prefix: String,
}

impl Default for S3Config {
    fn default() -> Self {
        Self {
            endpoint: String::new(),
            region: String::new(),
            bucket: String::new(),
            access_key: Secret::default(),
            secret_key: Secret::default(),
            path_style: true,
            prefix: String::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogConfig {
    /// A level (`error`, `warn`, `info`, `debug`, `trace`) or `RUST_LOG`-style directives.
    /// `RUST_LOG`, when set, takes precedence.
    pub level: String,
    pub format: LogFormat,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self {
            level: "info".to_owned(),
            format: LogFormat::Pretty,
        }
    }
}

impl Config {
    /// The SQLite database file.
    pub fn database_path(&self) -> PathBuf {
        self.storage.data_dir.join("ticketbox.db")
    }

    /// The redb entity cache file.
    pub fn cache_path(&self) -> PathBuf {
        self.storage.data_dir.join("cache.redb")
    }

    /// Where a generated master key lives when `crypto.master_key` is not set.
    pub fn master_key_path(&self) -> PathBuf {
        self.storage.data_dir.join("master.key")
    }

    /// Whether the bot has what it needs to connect.
    pub fn has_discord_token(&self) -> bool {
        !self.discord.token.is_empty()
    }

    /// The effective configuration as TOML, secrets redacted (`config check`).
    pub fn to_redacted_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_else(|e| format!("# could not render: {e}\n"))
    }
}
