//! Starting the bot: at start when a token is configured, or later from the first-run setup
//! page, once, under the application's shutdown token.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::AppCore;

#[derive(Default)]
pub struct BotSlot {
    shutdown: OnceLock<CancellationToken>,
    task: Mutex<Option<JoinHandle<()>>>,
    started: Mutex<bool>,
}

impl AppCore {
    /// The token that stops everything; set once by whoever runs the application.
    pub fn set_shutdown(&self, shutdown: CancellationToken) {
        let _ = self.bot.shutdown.set(shutdown);
    }

    /// Starts the bot with the current Discord settings, unless it was started already or the
    /// application is not running (no shutdown token). Returns whether it started it.
    pub fn start_bot(self: &Arc<Self>) -> bool {
        let Some(shutdown) = self.bot.shutdown.get().cloned() else {
            return false;
        };
        let mut started = self
            .bot
            .started
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if *started || shutdown.is_cancelled() {
            return false;
        }
        *started = true;
        let core = Arc::clone(self);
        let task = tokio::spawn(async move {
            match crate::discord::run(core, shutdown).await {
                crate::discord::BotExit::Stopped => tracing::info!("Discord bot stopped"),
                // The HTTP server keeps running so /healthz and the status page show the problem.
                crate::discord::BotExit::Failed(message) => tracing::error!("{message}"),
            }
        });
        *self.bot.task.lock().unwrap_or_else(PoisonError::into_inner) = Some(task);
        true
    }

    /// The running bot task, for the shutdown to wait on.
    pub fn take_bot_task(&self) -> Option<JoinHandle<()>> {
        self.bot
            .task
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}
