//! The services' error: what failed underneath (store, cache, a task). Users see
//! [`INTERNAL_ERROR`]-like text from the transports; logs get this detail once.

/// What a visitor reads when something failed on our side (the log has the detail).
pub const INTERNAL_ERROR: &str = "Something went wrong on our side. It has been logged.";

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Cache(#[from] crate::cache::CacheError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// A spawned task panicked or was cancelled.
    #[error("a task failed: {0}")]
    Task(String),
}
