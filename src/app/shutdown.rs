//! SIGINT and SIGTERM cancel the shutdown token.

use tokio_util::sync::CancellationToken;

/// Installs the handlers now (a signal that arrives before this returns would still kill the
/// process), then waits for one in the background.
#[cfg(unix)]
pub fn on_signal(shutdown: CancellationToken) {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut int), Ok(mut term)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        tracing::error!("cannot install signal handlers; stop ticketbox with SIGKILL");
        return;
    };
    tokio::spawn(async move {
        tokio::select! {
            _ = int.recv() => {}
            _ = term.recv() => {}
        }
        tracing::info!("signal received");
        shutdown.cancel();
    });
}

#[cfg(not(unix))]
pub fn on_signal(shutdown: CancellationToken) {
    tokio::spawn(async move {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("signal received");
        shutdown.cancel();
    });
}
