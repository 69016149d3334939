//! The application: one [`AppCore`] holding every dependency, and [`run`], which starts the
//! HTTP server (and, from the next issue on, the bot and the workers) under one shutdown token.

pub mod archive_commands;
mod bot;
pub mod commands;
mod data_requests;
pub mod privacy;
pub mod rekey;
pub mod setup;
mod shutdown;
mod start;

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::archive::Archive;
use crate::cache::Cache;
use crate::cli::{Failure, RunArgs};
use crate::clock::Clock;
use crate::config::{Config, DiscordConfig, Loaded};
use crate::crypto::MasterKey;
use crate::store::Db;

pub use start::{Prepared, bind, check_versioning, prepare, prepare_data_dir, startup_config};

/// Threads each runtime may use for blocking work (SQLite and redb calls). SQLite has one
/// writer and two readers and redb serialises writes, so more threads would only wait on them
/// while each costs a stack and an allocator heap: tokio's default of 512 let a burst of 100
/// concurrent ticket opens grow the process to ~370 MB; 8 threads peaked at 76 MB and 4 at
/// 63 MB, still opening ~1,500 tickets/s (BENCHMARKS.md, `ticket_open`).
pub const BLOCKING_THREADS: usize = 4;

/// How long running work gets to finish after SIGINT/SIGTERM.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Everything a request handler, command or job needs.
pub struct AppCore {
    pub config: Arc<Config>,
    pub db: Db,
    pub cache: Cache,
    pub master_key: MasterKey,
    pub archive: Arc<Archive>,
    pub clock: Arc<dyn Clock>,
    /// Dashboard login attempts per client address.
    pub login_limiter: crate::web::limits::LoginLimiter,
    bot_status: std::sync::RwLock<BotStatus>,
    /// The bot's REST client once it connected: the dashboard posts panels with it.
    discord_http: std::sync::RwLock<Option<Arc<poise::serenity_prelude::Http>>>,
    /// The Discord settings in use: `config.discord` at start, replaced by the first-run setup
    /// page. Read it through [`AppCore::discord`].
    discord: std::sync::RwLock<Arc<DiscordConfig>>,
    /// The bot task and the shutdown it stops on ([`bot`]).
    bot: bot::BotSlot,
    /// While no bot token is configured: the one-time code that opens the setup page from
    /// another machine (printed in the log).
    setup_code: std::sync::Mutex<Option<String>>,
    /// Removals on request against archiving: an archive holds it shared from reading the
    /// removed users until its transcript is stored and recorded; a removal holds it alone, so
    /// no transcript is stored with a user whose removal ran meanwhile.
    pub removals: tokio::sync::RwLock<()>,
}

/// The Discord connection's state, for `/healthz` and the status page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BotStatus {
    NotConfigured,
    Connecting,
    Connected,
    Stopped,
    /// Discord refused the bot; the message tells the operator what to do.
    Failed(String),
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
        Self {
            discord: std::sync::RwLock::new(Arc::new(config.discord.clone())),
            bot: bot::BotSlot::default(),
            setup_code: std::sync::Mutex::new(setup_code),
            config: Arc::new(config),
            db,
            cache,
            master_key,
            archive,
            clock,
            login_limiter: crate::web::limits::LoginLimiter::default(),
            bot_status: std::sync::RwLock::new(status),
            discord_http: std::sync::RwLock::default(),
            removals: tokio::sync::RwLock::new(()),
        }
    }

    pub fn bot_status(&self) -> BotStatus {
        self.bot_status
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The Discord settings in use (the setup page may have replaced those of the config).
    pub fn discord(&self) -> Arc<DiscordConfig> {
        Arc::clone(
            &self
                .discord
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    pub fn has_bot_token(&self) -> bool {
        !self.discord().token.is_empty()
    }

    /// The first-run setup code, while setup is open.
    pub fn setup_code(&self) -> Option<String> {
        self.setup_code
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    pub fn discord_http(&self) -> Option<Arc<poise::serenity_prelude::Http>> {
        self.discord_http
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    pub fn set_discord_http(&self, http: Arc<poise::serenity_prelude::Http>) {
        *self
            .discord_http
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(http);
    }

    pub fn set_bot_status(&self, status: BotStatus) {
        *self
            .bot_status
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = status;
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

/// `ticketbox run`: validates, prepares the data directory, serves until a signal.
pub fn run(loaded: Loaded, args: &RunArgs) -> Result<(), Failure> {
    let config = startup_config(loaded)?;
    // Bind before touching the data directory: a port in use must leave nothing written.
    let listener = bind(&config)?;
    let prepared = prepare(&config, args)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(BLOCKING_THREADS)
        .thread_name("ticketbox")
        .build()
        .map_err(|e| Failure::failed(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async move {
        let core = Arc::new(prepared.into_core(config));
        let shutdown = CancellationToken::new();
        shutdown::on_signal(shutdown.clone());
        serve(core, listener, shutdown).await
    })
}

/// Runs every long-lived part until `shutdown` fires, then waits up to [`SHUTDOWN_GRACE`].
pub async fn serve(
    core: Arc<AppCore>,
    listener: std::net::TcpListener,
    shutdown: CancellationToken,
) -> Result<(), Failure> {
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| Failure::failed(format!("cannot use the HTTP listener: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::failed(e.to_string()))?;
    tracing::info!(%addr, public_url = %core.config.http.public_url, "HTTP server listening");

    core.set_shutdown(shutdown.clone());
    let archive = Arc::clone(&core.archive);
    tokio::spawn(async move { start::check_versioning(archive.store()).await });
    if core.has_bot_token() {
        core.start_bot();
    } else {
        // The code is how the operator proves they can read this log or the data directory.
        tracing::warn!(
            setup_code = core.setup_code().unwrap_or_default(),
            "no Discord bot token configured: the bot stays offline. Open {}/ to set it up with \
             the setup code (also in {}; `ticketbox setup-code` prints it), or set \
             TICKETBOX_DISCORD__TOKEN (or discord.token in config.toml, or discord.token_file) \
             and restart",
            core.config.http.public_url.trim_end_matches('/'),
            core.config
                .storage
                .data_dir
                .join(setup::CODE_FILE)
                .display()
        );
    }

    let mut http = tokio::spawn(crate::web::serve(
        listener,
        Arc::clone(&core),
        shutdown.clone(),
    ));
    // `biased`: once shutdown is asked for, take that branch even if the server already ended.
    let ended_early = tokio::select! {
        biased;
        () = shutdown.cancelled() => None,
        result = &mut http => Some(result),
    };
    if let Some(result) = ended_early {
        shutdown.cancel();
        return match result {
            Ok(Ok(())) => Err(Failure::failed("HTTP server stopped unexpectedly")),
            Ok(Err(e)) => Err(Failure::failed(format!("HTTP server stopped: {e}"))),
            Err(e) => Err(Failure::failed(format!("HTTP server task failed: {e}"))),
        };
    }
    tracing::info!("shutting down");
    let bot = core.take_bot_task();
    let everything = async move {
        let _ = http.await;
        if let Some(bot) = bot {
            let _ = bot.await;
        }
    };
    if tokio::time::timeout(SHUTDOWN_GRACE, everything)
        .await
        .is_err()
    {
        tracing::warn!(
            "work still running after {}s; stopping anyway",
            SHUTDOWN_GRACE.as_secs()
        );
    } else {
        tracing::info!("stopped");
    }
    Ok(())
}
