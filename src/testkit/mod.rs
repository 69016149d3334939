//! The test world: one builder for every integration test, bench and (later) browser test.
//! It makes a temporary data directory with real SQLite and redb files and an [`AppCore`];
//! later issues add the fake Discord and an in-process S3 here, never a second copy elsewhere.

pub mod browser;
mod clock;
mod dashboard;
pub mod fake_discord;
pub mod providers;
pub mod s3;
pub mod transcripts;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tempfile::TempDir;
use tokio_util::sync::CancellationToken;

use crate::app::Prepared;
use crate::app::RunOptions;
use crate::cache::Cache;
use crate::config::Config;
use crate::discord::BotExit;
use crate::services::AppCore;
pub use clock::ManualClock;
pub use fake_discord::FakeDiscord;

/// A running world. Dropping it stops its servers and deletes its files.
pub struct TestWorld {
    pub core: Arc<AppCore>,
    dir: TempDir,
    shutdown: CancellationToken,
    http: Option<SocketAddr>,
    discord: Option<FakeDiscord>,
    s3: Option<s3::TestS3>,
    bot: Option<tokio::task::JoinHandle<BotExit>>,
    /// The job runner, started with the bot (or alone, [`TestWorldBuilder::with_jobs`]).
    jobs: Option<tokio::task::JoinHandle<()>>,
    clock: Option<Arc<ManualClock>>,
}

/// Builds a [`TestWorld`].
#[derive(Default)]
#[allow(clippy::struct_excessive_bools)] // independent parts of the world, each on or off
pub struct TestWorldBuilder {
    config: Config,
    http: bool,
    discord: bool,
    /// The fake Discord runs but no bot token is configured (first-run setup).
    unconfigured: bool,
    s3: bool,
    manual_clock: bool,
    jobs: bool,
}

impl TestWorldBuilder {
    /// Also serve the HTTP router on 127.0.0.1:0.
    #[must_use]
    pub fn with_http(mut self) -> Self {
        self.http = true;
        self
    }

    /// Also start a [`FakeDiscord`] and the real bot connected to it.
    #[must_use]
    pub fn with_discord(mut self) -> Self {
        self.discord = true;
        self
    }

    /// Start a [`FakeDiscord`] (the API base points at it) with no bot token configured and
    /// the bot not started: the state the first-run setup page starts from.
    #[must_use]
    pub fn with_discord_unconfigured(mut self) -> Self {
        self.discord = true;
        self.unconfigured = true;
        self
    }

    /// Run the job runner even without Discord (as `ticketbox run` does with no bot token).
    /// Worlds `with_discord` always run it.
    #[must_use]
    pub fn with_jobs(mut self) -> Self {
        self.jobs = true;
        self
    }

    /// Archive to a real S3 server: s3s-fs in-process (or the external one CI names, see
    /// [`s3::TestS3`]).
    #[must_use]
    pub fn with_s3(mut self) -> Self {
        self.s3 = true;
        self
    }

    /// The world's "now" moves only when the test says ([`TestWorld::clock`]).
    #[must_use]
    pub fn with_manual_clock(mut self) -> Self {
        self.manual_clock = true;
        self
    }

    /// Configures dashboard login (OAuth2 client id and secret) against the fake Discord.
    #[must_use]
    pub fn with_dashboard_login(self) -> Self {
        self.with_config(|c| {
            c.discord.client_id = fake_discord::BOT_ID.to_string();
            c.discord.client_secret = crate::config::Secret::new("test-client-secret");
        })
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
        log_to_test_output();
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = self.config;
        config.storage.data_dir = dir.path().join("data");
        config.http.listen = SocketAddr::from(([127, 0, 0, 1], 0));
        let discord = if self.discord {
            let fake = FakeDiscord::start().await;
            if !self.unconfigured {
                config.discord.token = crate::config::Secret::new(fake.bot_token());
            }
            config.discord.api_base = fake.api_base();
            Some(fake)
        } else {
            None
        };
        let s3 = if self.s3 {
            let s3 = s3::TestS3::start().await;
            s3.configure(&mut config);
            Some(s3)
        } else {
            None
        };
        // Bind first, so links and the OAuth2 redirect (built from http.public_url) point at
        // this server, as they do in production; a test that sets its own URL keeps it.
        let listener = if self.http {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("addr");
            if config.http.public_url == Config::default().http.public_url {
                config.http.public_url = format!("http://{addr}");
            }
            Some(listener)
        } else {
            None
        };
        let prepared_config = config.clone();
        let prepared: Prepared = tokio::task::spawn_blocking(move || {
            crate::app::prepare(&prepared_config, RunOptions::default())
        })
        .await
        .expect("prepare task")
        .unwrap_or_else(|f| panic!("test world failed to start: {:?}", f.lines));
        let clock = self.manual_clock.then(|| Arc::new(ManualClock::default()));
        let core = Arc::new(match &clock {
            Some(clock) => prepared.into_core_with_clock(config, Arc::clone(clock) as _),
            None => prepared.into_core(config),
        });
        if let Some(clock) = &clock {
            clock.wake_on_advance(core.jobs_waker());
        }
        let shutdown = CancellationToken::new();
        // As `app` does: the bot at once when configured, else when the setup page asks.
        let bot = discord
            .as_ref()
            .map(|_| spawn_bot(Arc::clone(&core), shutdown.clone()));
        let jobs = (self.jobs || discord.is_some())
            .then(|| tokio::spawn(crate::jobs::run(Arc::clone(&core), shutdown.clone())));
        let mut world = TestWorld {
            core,
            dir,
            shutdown,
            http: None,
            discord,
            s3,
            bot,
            jobs,
            clock,
        };
        if let Some(listener) = listener {
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

/// The bot as `app` runs it: at once when a token is configured, else once the setup page
/// asks for it.
fn spawn_bot(core: Arc<AppCore>, shutdown: CancellationToken) -> tokio::task::JoinHandle<BotExit> {
    tokio::spawn(async move {
        crate::app::bot::run(core, shutdown)
            .await
            .unwrap_or(BotExit::Stopped)
    })
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

    /// The fake Discord.
    ///
    /// # Panics
    /// Unless the world was built `with_discord`.
    pub fn discord(&self) -> &FakeDiscord {
        self.discord
            .as_ref()
            .expect("TestWorld built without with_discord()")
    }

    /// The world's S3 server.
    ///
    /// # Panics
    /// Unless the world was built `with_s3`.
    pub fn s3(&self) -> &s3::TestS3 {
        self.s3.as_ref().expect("TestWorld built without with_s3()")
    }

    /// Every archived object as stored (sealed), by name: what the storage provider sees.
    ///
    /// # Panics
    /// When the store cannot be listed or read.
    pub async fn stored_objects(&self) -> Vec<(String, Vec<u8>)> {
        let store = self.core.archive.store();
        let mut out = Vec::new();
        for name in store.list("").await.expect("list archive") {
            let bytes = store
                .get(&name)
                .await
                .expect("read object")
                .expect("listed");
            out.push((name, bytes));
        }
        out
    }

    /// Stops the bot (as SIGTERM would) and returns how it ended.
    ///
    /// # Panics
    /// Unless the world was built `with_discord`, or when the bot task panicked.
    pub async fn stop_bot(&mut self) -> BotExit {
        self.shutdown.cancel();
        if let Some(jobs) = self.jobs.take() {
            jobs.await.expect("job runner task");
        }
        self.bot
            .take()
            .expect("no bot running")
            .await
            .expect("bot task")
    }

    /// Starts the bot again after [`TestWorld::stop_bot`], on the same data (as a restarted
    /// process would).
    ///
    /// # Panics
    /// When the bot is still running.
    pub fn restart_bot(&mut self) {
        assert!(self.bot.is_none(), "stop the bot first");
        self.shutdown = CancellationToken::new();
        self.bot = Some(spawn_bot(Arc::clone(&self.core), self.shutdown.clone()));
        self.jobs = Some(tokio::spawn(crate::jobs::run(
            Arc::clone(&self.core),
            self.shutdown.clone(),
        )));
    }

    /// Waits for the bot to end on its own (e.g. Discord refused it).
    ///
    /// # Panics
    /// When it does not end within the fake's wait limit.
    pub async fn bot_exit(&mut self) -> BotExit {
        let bot = self.bot.take().expect("no bot running");
        tokio::time::timeout(fake_discord::WAIT, bot)
            .await
            .expect("bot did not stop")
            .expect("bot task")
    }

    /// Waits until the bot has identified and registered its commands.
    ///
    /// # Panics
    /// Unless the world was built `with_discord`, or when that does not happen in time.
    pub async fn bot_ready(&self) {
        self.discord().wait_for_identify(1).await;
        self.discord().wait_for_call("PUT", "/commands").await;
    }

    /// Adds a guild to the fake Discord and waits until the bot has cached it, with the bot's
    /// own member row (so permission checks see it).
    ///
    /// # Panics
    /// Unless the world was built `with_discord`, or when the guild never reaches the cache.
    pub async fn add_cached_guild(
        &self,
        spec: &fake_discord::GuildSpec,
    ) -> fake_discord::GuildHandle {
        let handle = self.discord().add_guild(spec);
        let guild = crate::ids::GuildId::new(handle.id);
        let bot = crate::ids::UserId::new(fake_discord::BOT_ID);
        let cache = self.core.cache.clone();
        eventually("the guild in the cache", || {
            let cache = cache.clone();
            async move {
                cache
                    .read(move |r| Ok(r.member(guild, bot)?.is_some()))
                    .await
                    .ok()
                    .filter(|cached| *cached)
            }
        })
        .await;
        handle
    }

    /// The member row the bot's cache holds, if any.
    ///
    /// # Panics
    /// When the cache cannot be read.
    pub async fn cached_member(&self, guild: u64, user: u64) -> Option<crate::cache::CachedMember> {
        self.core
            .cache
            .read(move |r| {
                r.member(
                    crate::ids::GuildId::new(guild),
                    crate::ids::UserId::new(user),
                )
            })
            .await
            .expect("the cache answers")
    }

    /// The world's clock.
    ///
    /// # Panics
    /// Unless the world was built `with_manual_clock`.
    pub fn clock(&self) -> &ManualClock {
        self.clock
            .as_deref()
            .expect("TestWorld built without with_manual_clock()")
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
        // Every test that ran the bot also checks it never downloaded a member list nor hit
        // the gateway's send limit (not while already failing: that would hide the cause).
        if let Some(fake) = &self.discord
            && !std::thread::panicking()
        {
            let misbehaviour = fake.misbehaviour();
            assert!(
                misbehaviour.is_empty(),
                "the bot misbehaved towards Discord: {misbehaviour:?}"
            );
        }
    }
}

/// Polls an async probe every 20 ms until it returns `Some`, for up to the fake's wait limit.
///
/// # Panics
/// When the limit passes first; the message says what was awaited.
pub async fn eventually<T, F, Fut>(what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + fake_discord::WAIT;
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// With `RUST_LOG` set, the bot's logs go to the test's captured output, so a
/// failing test shows what the bot logged. Without it tests stay quiet.
fn log_to_test_output() {
    if let Ok(filter) = std::env::var("RUST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .try_init();
    }
}
