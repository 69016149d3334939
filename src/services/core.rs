//! [`AppCore`]: every dependency a request handler, command or job needs, built once by `app`
//! (or the test world) and shared by the transports and the job runner.

use std::sync::{Arc, Mutex, PoisonError, RwLock};

use tokio::sync::Notify;

use super::discord_port::DiscordPort;
use super::setup;
use crate::archive::Archive;
use crate::cache::Cache;
use crate::clock::Clock;
use crate::config::{Config, DiscordConfig};
use crate::crypto::MasterKey;
use crate::store::Db;

/// Threads each runtime may use for blocking work (SQLite and redb calls). SQLite has one
/// writer and two readers and redb serialises writes, so more threads would only wait on them
/// while each costs a stack and an allocator heap: tokio's default of 512 let a burst of 100
/// concurrent ticket opens grow the process to ~370 MB; 8 threads peaked at 76 MB and 4 at
/// 63 MB, still opening ~1,500 tickets/s (BENCHMARKS.md, `ticket_open`).
pub const BLOCKING_THREADS: usize = 4;

/// Everything a request handler, command or job needs.
pub struct AppCore {
    pub config: Arc<Config>,
    pub db: Db,
    pub cache: Cache,
    pub master_key: MasterKey,
    pub archive: Arc<Archive>,
    pub clock: Arc<dyn Clock>,
    bot_status: RwLock<BotStatus>,
    /// Discord, while the bot is connected: member lookups, posting panels, Discord-bound
    /// jobs. Without it services use the cache alone and those jobs wait.
    discord_port: RwLock<Option<Arc<dyn DiscordPort>>>,
    /// The Discord settings in use: `config.discord` at start, replaced by the first-run setup
    /// page. Read it through [`AppCore::discord`].
    pub(super) discord: RwLock<Arc<DiscordConfig>>,
    /// Signalled when the bot should start (the first-run setup saved a token); `app` waits on
    /// it.
    bot_wanted: Notify,
    /// Wakes the job runner when work was enqueued.
    jobs_wake: Arc<Notify>,
    /// While no bot token is configured: the one-time code that opens the setup page from
    /// another machine (printed in the log).
    pub(super) setup_code: Mutex<Option<String>>,
    /// Removals on request against archiving: an archive holds it shared from reading the
    /// removed users until its transcript is stored and recorded; a removal holds it alone, so
    /// no transcript is stored with a user whose removal ran meanwhile.
    pub removals: tokio::sync::RwLock<()>,
    /// The integrations' HTTP clients and the Roblox lookups cached for a few minutes.
    pub integrations: super::integrations::Integrations,
    /// The backups' last results, and one backup at a time.
    pub backups: super::backup::Backups,
}

/// The Discord connection's state, for `/healthz` and the status page.
#[derive(Debug, Clone, PartialEq)]
pub enum BotStatus {
    NotConfigured,
    Connecting,
    Connected,
    Stopped,
    /// Discord refused the bot; the message tells the operator what to do (the status page
    /// shows it in the visitor's language, the log in English).
    Failed(crate::i18n::Msg),
}

impl BotStatus {
    /// A short machine-readable word.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::NotConfigured => "not_configured",
            Self::Connecting => "connecting",
            Self::Connected => "connected",
            Self::Stopped => "stopped",
            Self::Failed(_) => "failed",
        }
    }
}

impl AppCore {
    pub fn new(
        config: Config,
        db: Db,
        cache: Cache,
        master_key: MasterKey,
        archive: Arc<Archive>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        let status = if config.has_discord_token() {
            BotStatus::Connecting
        } else {
            BotStatus::NotConfigured
        };
        // While no token is configured the setup page asks for this code: in the log and in a
        // file only the operator can read (`ticketbox setup-code`).
        let setup_code = (!config.has_discord_token()).then(setup::new_code);
        match &setup_code {
            Some(code) => setup::publish_code(&config.storage.data_dir, code),
            None => setup::withdraw_code(&config.storage.data_dir),
        }
        let integrations = super::integrations::Integrations::new(&config.integrations);
        Self {
            backups: super::backup::Backups::default(),
            integrations,
            discord: RwLock::new(Arc::new(config.discord.clone())),
            bot_wanted: Notify::new(),
            jobs_wake: Arc::new(Notify::new()),
            setup_code: Mutex::new(setup_code),
            config: Arc::new(config),
            db,
            cache,
            master_key,
            archive,
            clock,
            bot_status: RwLock::new(status),
            discord_port: RwLock::default(),
            removals: tokio::sync::RwLock::new(()),
        }
    }

    pub fn bot_status(&self) -> BotStatus {
        self.bot_status
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The Discord settings in use (the setup page may have replaced those of the config).
    pub fn discord(&self) -> Arc<DiscordConfig> {
        Arc::clone(&self.discord.read().unwrap_or_else(PoisonError::into_inner))
    }

    pub fn has_bot_token(&self) -> bool {
        !self.discord().token.is_empty()
    }

    /// The first-run setup code, while setup is open.
    pub fn setup_code(&self) -> Option<String> {
        self.setup_code
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Discord, while the bot is connected.
    pub fn discord_port(&self) -> Option<Arc<dyn DiscordPort>> {
        self.discord_port
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Set by the bot when it connects, cleared (`None`) when it stops. Wakes the job runner:
    /// Discord-bound jobs can run now.
    pub fn set_discord_port(&self, port: Option<Arc<dyn DiscordPort>>) {
        *self
            .discord_port
            .write()
            .unwrap_or_else(PoisonError::into_inner) = port;
        self.wake_jobs();
    }

    /// Asks `app` to start the bot with the current Discord settings.
    pub fn request_bot(&self) {
        self.bot_wanted.notify_one();
    }

    /// Returns when the bot was asked for ([`AppCore::request_bot`]).
    pub async fn bot_requested(&self) {
        self.bot_wanted.notified().await;
    }

    /// Tells the job runner to look for due jobs now.
    pub fn wake_jobs(&self) {
        self.jobs_wake.notify_one();
    }

    pub fn jobs_waker(&self) -> Arc<Notify> {
        Arc::clone(&self.jobs_wake)
    }

    pub fn set_bot_status(&self, status: BotStatus) {
        *self
            .bot_status
            .write()
            .unwrap_or_else(PoisonError::into_inner) = status;
    }
}

impl std::fmt::Debug for AppCore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppCore")
            .field("config", &self.config)
            .field("db", &self.db)
            .field("cache", &self.cache)
            .field("archive", &self.archive)
            .finish_non_exhaustive()
    }
}
