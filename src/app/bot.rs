//! The bot for as long as the application runs: started at once when a token is configured,
//! or when the first-run setup page saved one ([`AppCore::request_bot`]).

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

use crate::discord::BotExit;
use crate::services::AppCore;

/// Runs the bot until `shutdown`; returns how it ended (`None`: never started).
pub async fn run(core: Arc<AppCore>, shutdown: CancellationToken) -> Option<BotExit> {
    if !core.has_bot_token() {
        tokio::select! {
            () = shutdown.cancelled() => return None,
            () = core.bot_requested() => {}
        }
    }
    let exit = crate::discord::run(core, shutdown).await;
    match &exit {
        BotExit::Stopped => tracing::info!("Discord bot stopped"),
        // The HTTP server keeps running so /healthz and the status page show the problem.
        BotExit::Failed(message) => tracing::error!("{message}"),
    }
    Some(exit)
}
