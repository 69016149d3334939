//! The test world: one builder for every integration test, bench and (later) browser test.
//! It makes a temporary data directory with real SQLite and redb files and an [`AppCore`];
//! later issues add the fake Discord and an in-process S3 here, never a second copy elsewhere.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tempfile::TempDir;
use tokio_util::sync::CancellationToken;

use crate::app::{AppCore, Prepared};
use crate::cache::Cache;
use crate::cli::RunArgs;
use crate::config::Config;

/// A running world. Dropping it stops its servers and deletes its files.
pub struct TestWorld {
    pub core: Arc<AppCore>,
    dir: TempDir,
    shutdown: CancellationToken,
    http: Option<SocketAddr>,
}

/// Builds a [`TestWorld`].
#[derive(Default)]
pub struct TestWorldBuilder {
    config: Config,
    http: bool,
}

impl TestWorldBuilder {
    /// Also serve the HTTP router on 127.0.0.1:0.
    #[must_use]
    pub fn with_http(mut self) -> Self {
        self.http = true;
        self
    }

    /// Adjusts the configuration before the world starts (data_dir is always the world's own).
    #[must_use]
    pub fn with_config(mut self, edit: impl FnOnce(&mut Config)) -> Self {
        edit(&mut self.config);
        self
    }

    /// Must be called inside a tokio runtime.
    ///
    /// # Panics
    /// When the world cannot start (temp dir, stores): a test set-up failure.
    pub async fn build(self) -> TestWorld {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = self.config;
        config.storage.data_dir = dir.path().join("data");
        config.http.listen = SocketAddr::from(([127, 0, 0, 1], 0));
        let prepared_config = config.clone();
        let prepared: Prepared = tokio::task::spawn_blocking(move || {
            crate::app::prepare(&prepared_config, &RunArgs::default())
        })
        .await
        .expect("prepare task")
        .unwrap_or_else(|f| panic!("test world failed to start: {:?}", f.lines));
        let core = Arc::new(prepared.into_core(config));
        let shutdown = CancellationToken::new();
        let mut world = TestWorld {
            core,
            dir,
            shutdown,
            http: None,
        };
        if self.http {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            world.http = Some(listener.local_addr().expect("addr"));
            tokio::spawn(crate::web::serve(
                listener,
                Arc::clone(&world.core),
                world.shutdown.clone(),
            ));
        }
        world
    }
}

impl TestWorld {
    pub fn builder() -> TestWorldBuilder {
        TestWorldBuilder::default()
    }

    /// The world's temporary root (the data directory is `root/data`).
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.core.config.storage.data_dir.clone()
    }

    pub fn cache(&self) -> &Cache {
        &self.core.cache
    }

    /// The HTTP server's address.
    ///
    /// # Panics
    /// Unless the world was built `with_http`.
    pub fn http_addr(&self) -> SocketAddr {
        self.http.expect("TestWorld built without with_http()")
    }
}

impl Drop for TestWorld {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}
