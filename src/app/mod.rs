//! The application's composition root: [`run`] builds the [`AppCore`] and starts the HTTP
//! server, the job runner and the bot under one shutdown token; the CLI's commands live here
//! too. Nothing below `app` imports it.

pub mod archive_commands;
pub mod backup_commands;
pub mod bot;
pub mod commands;
mod data_requests;
mod failure;
pub mod request_commands;
mod shutdown;
mod start;

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::config::Loaded;
use crate::services::{AppCore, BLOCKING_THREADS, setup};

pub use failure::{EXIT_BAD_INPUT, EXIT_FAILURE, Failure, RunOptions, TranscriptFormat};
pub use start::{
    Prepared, bind, check_versioning, open_database, open_private_db, prepare, prepare_data_dir,
    startup_config,
};

/// How long running work gets to finish after SIGINT/SIGTERM.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// `ticketbox run`: validates, prepares the data directory, serves until a signal.
pub fn run(loaded: Loaded, options: RunOptions) -> Result<(), Failure> {
    let config = startup_config(loaded)?;
    // Bind before touching the data directory: a port in use must leave nothing written.
    let listener = bind(&config)?;
    let prepared = prepare(&config, options)?;
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
    let metrics_listen = core.config.metrics.listen.trim().to_owned();
    if !metrics_listen.is_empty() {
        let metrics = tokio::net::TcpListener::bind(&metrics_listen)
            .await
            .map_err(|e| Failure::failed(format!("metrics.listen {metrics_listen}: {e}")))?;
        let at = metrics
            .local_addr()
            .map_err(|e| Failure::failed(e.to_string()))?;
        tracing::info!(addr = %at, "metrics listening at /metrics");
        tokio::spawn(crate::web::metrics::serve(
            metrics,
            Arc::clone(&core),
            shutdown.clone(),
        ));
    }

    let archive = Arc::clone(&core.archive);
    tokio::spawn(async move { start::check_versioning(archive.store()).await });
    if !core.has_bot_token() {
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

    let bot = tokio::spawn(bot::run(Arc::clone(&core), shutdown.clone()));
    let jobs = tokio::spawn(crate::jobs::run(Arc::clone(&core), shutdown.clone()));
    tokio::spawn(crate::services::backup::schedule::run(
        Arc::clone(&core),
        shutdown.clone(),
    ));
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
    let everything = async move {
        let _ = tokio::join!(http, bot, jobs);
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
