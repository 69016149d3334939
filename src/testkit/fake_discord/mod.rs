//! A fake Discord for tests, benches and local development: REST under `/api/v10`, a gateway
//! WebSocket, a CDN path, and OAuth2 endpoints, all on one `127.0.0.1:0` listener, backed by
//! an in-memory model the test scripts. The real serenity/poise client of ticketbox talks to
//! it over real sockets.
//!
//! Scripting: [`FakeDiscord::add_guild`], [`FakeDiscord::member_join`],
//! [`FakeDiscord::member_leave`], [`FakeDiscord::slash_command`], [`FakeDiscord::post_message`],
//! [`FakeDiscord::delete_channel`]; assertions on [`FakeDiscord::calls`]; faults with
//! [`FakeDiscord::inject`]; gateway control with [`FakeDiscord::drop_gateway`] and friends.

pub mod commands;
mod embeds;
mod faults;
mod gateway;
mod gateway_members;
pub mod history;
mod interactions;
pub mod json;
mod members;
mod modals;
mod rest;
mod rest_channels;
mod rest_messages;
mod roles;
mod state;
mod state_interactions;

pub use state::{BOT_PERMISSIONS, EVERYONE_PERMISSIONS};

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

pub use faults::{Fault, FaultKind, RecordedCall};
pub use gateway::{GatewayControl, SEND_LIMIT};
pub use gateway_members::MemberRequest;
pub use modals::Fill;
pub use state::Feed;
use state::State;

/// The bot token the fake accepts.
pub const BOT_TOKEN: &str = "fake-bot-token.not-a-secret";
/// The bot's user id and the application id.
pub const BOT_ID: u64 = 900_000_000_000_000_001;
/// The GUILD_MEMBERS intent: member add, update and remove events need it.
const GUILD_MEMBERS: u64 = 1 << 1;
/// How long waits on the fake last before a test fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// Deletes a channel from the model and sends what Discord sends: THREAD_DELETE or
/// CHANNEL_DELETE, and for a category a CHANNEL_UPDATE per channel it held (they stay, without
/// a parent). Returns the deleted channel.
fn delete_and_announce(inner: &Inner, channel: u64) -> Option<Value> {
    let (removed, orphans) = inner.state().delete_channel(channel)?;
    let event = if removed["thread_metadata"].is_object() {
        "THREAD_DELETE"
    } else {
        "CHANNEL_DELETE"
    };
    inner.gateway.dispatch(event, removed.clone());
    for orphan in orphans {
        inner.gateway.dispatch("CHANNEL_UPDATE", orphan);
    }
    Some(removed)
}

/// A running fake Discord. Dropping it stops the server.
pub struct FakeDiscord {
    inner: Arc<Inner>,
    addr: SocketAddr,
    shutdown: CancellationToken,
}

pub(crate) struct Inner {
    state: Mutex<State>,
    next_id: AtomicU64,
    /// Woken on every recorded call, callback, identify and resume.
    changed: Notify,
    addr: Mutex<Option<SocketAddr>>,
    pub(crate) gateway: gateway::Gateway,
    pub(crate) faults: faults::Faults,
}

impl Inner {
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A fresh snowflake, increasing, whose timestamp part is when it was made, as Discord's
    /// ("Reference → Snowflakes": milliseconds since the Discord epoch in the top 42 bits);
    /// ids made within one millisecond count up in the low bits.
    pub(crate) fn snowflake(&self) -> u64 {
        let now_ms = u64::try_from(crate::clock::now_millis()).unwrap_or(0);
        let now = now_ms.saturating_sub(json::DISCORD_EPOCH_MS) << 22;
        let mut id = now;
        let _ = self
            .next_id
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
                id = (last + 1).max(now);
                Some(id)
            });
        id
    }

    pub(crate) fn notify(&self) {
        self.changed.notify_waiters();
    }

    pub(crate) fn base_url(&self) -> String {
        let addr = self
            .addr
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        format!("http://{}", addr.expect("fake discord is bound"))
    }
}

/// A guild to add: built with [`GuildSpec::new`] and the `with_*` methods.
#[derive(Debug, Clone)]
pub struct GuildSpec {
    pub name: String,
    pub owner: u64,
    pub members: usize,
    pub text_channels: usize,
    pub roles: Vec<(String, u64)>,
    /// The permissions of the bot's managed role.
    pub bot_permissions: u64,
    /// How many of the members (the first ones) sit in a voice channel.
    pub in_voice: usize,
    /// Text channels with these names, after the numbered ones.
    pub named_channels: Vec<String>,
    /// The guild's `preferred_locale` (Discord's default: `en-US`).
    pub preferred_locale: String,
}

impl GuildSpec {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            owner: 0,
            members: 3,
            text_channels: 2,
            roles: vec![("Moderator".to_owned(), 0x2000)],
            bot_permissions: state::BOT_PERMISSIONS,
            in_voice: 0,
            named_channels: Vec::new(),
            preferred_locale: "en-US".to_owned(),
        }
    }

    /// The guild's primary language in Discord's settings (`preferred_locale`).
    #[must_use]
    pub fn with_preferred_locale(mut self, locale: &str) -> Self {
        locale.clone_into(&mut self.preferred_locale);
        self
    }

    /// Adds a text channel with this name (after the numbered ones, in `GuildHandle::channels`).
    #[must_use]
    pub fn with_text_channel(mut self, name: &str) -> Self {
        self.named_channels.push(name.to_owned());
        self
    }

    /// Puts the first `n` members in a voice channel ("Lounge"): Discord lists them in
    /// GUILD_CREATE even without GUILD_PRESENCES.
    #[must_use]
    pub fn with_members_in_voice(mut self, n: usize) -> Self {
        self.in_voice = n;
        self
    }

    /// Adds a role (after "Moderator") with these permission bits.
    #[must_use]
    pub fn with_role(mut self, name: &str, permissions: u64) -> Self {
        self.roles.push((name.to_owned(), permissions));
        self
    }

    /// Invites the bot with these permissions instead of [`state::BOT_PERMISSIONS`].
    #[must_use]
    pub fn with_bot_permissions(mut self, permissions: u64) -> Self {
        self.bot_permissions = permissions;
        self
    }

    /// How many members besides the owner and the bot.
    #[must_use]
    pub fn with_members(mut self, n: usize) -> Self {
        self.members = n;
        self
    }

    #[must_use]
    pub fn with_text_channels(mut self, n: usize) -> Self {
        self.text_channels = n;
        self
    }
}

/// What [`FakeDiscord::add_guild`] created.
#[derive(Debug, Clone)]
pub struct GuildHandle {
    pub id: u64,
    pub owner: u64,
    pub everyone_role: u64,
    /// The roles of the spec, in order ("Moderator" first).
    pub roles: Vec<u64>,
    /// The bot's managed role.
    pub bot_role: u64,
    pub category: u64,
    pub channels: Vec<u64>,
    /// Members besides the owner and the bot, in creation order.
    pub members: Vec<u64>,
}

/// A gateway event serialised ahead of time.
#[derive(Debug, Clone)]
pub struct PreparedEvent {
    event: &'static str,
    payload: String,
}

impl PreparedEvent {
    /// The serialised `d` of the event.
    pub fn payload(&self) -> &str {
        &self.payload
    }
}

/// An interaction sent to the bot.
#[derive(Debug, Clone)]
pub struct InteractionHandle {
    pub id: u64,
    pub token: String,
}

impl FakeDiscord {
    /// Starts the fake on `127.0.0.1:0`. Must be called inside a tokio runtime.
    ///
    /// # Panics
    /// When no local port can be bound.
    pub async fn start() -> Self {
        Self::start_on("127.0.0.1:0".parse().expect("addr")).await
    }

    /// Starts the fake on a given address (the `fake-discord` dev command picks the port).
    ///
    /// # Panics
    /// When the address cannot be bound.
    pub async fn start_on(addr: SocketAddr) -> Self {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .expect("bind fake discord");
        let addr = listener.local_addr().expect("local addr");
        // Snowflakes from "now" so ids look real and increase.
        let now_ms = u64::try_from(crate::clock::now_millis()).unwrap_or(0);
        let inner = Arc::new(Inner {
            state: Mutex::new(State::new()),
            next_id: AtomicU64::new((now_ms.saturating_sub(json::DISCORD_EPOCH_MS)) << 22),
            changed: Notify::new(),
            addr: Mutex::new(Some(addr)),
            gateway: gateway::Gateway::default(),
            faults: faults::Faults::default(),
        });
        let shutdown = CancellationToken::new();
        let router = rest::router(Arc::clone(&inner));
        let token = shutdown.clone();
        // No Nagle delay: small REST answers and gateway frames go out at once, as from Discord.
        let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
            let _ = tcp.set_nodelay(true);
        });
        tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(token.cancelled_owned())
                .await;
        });
        Self {
            inner,
            addr,
            shutdown,
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The value for `discord.api_base`.
    pub fn api_base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn bot_token(&self) -> &'static str {
        BOT_TOKEN
    }

    /// Adds a guild with roles, a category, text channels and members; sends its GUILD_CREATE
    /// shaped for the session (see [`Feed`]: without GUILD_PRESENCES, only the bot and the
    /// members in voice).
    pub fn add_guild(&self, spec: &GuildSpec) -> GuildHandle {
        let handle = self.inner.state().add_guild(&self.inner, spec);
        if let Some(feed) = self.inner.gateway.feed()
            && let Some(event) = self.inner.state().guild_create_payload(handle.id, feed)
        {
            self.inner.gateway.dispatch("GUILD_CREATE", event);
        }
        handle
    }

    /// Adds a guild like [`FakeDiscord::add_guild`] but only prepares its GUILD_CREATE, shaped
    /// for `feed`; [`FakeDiscord::send_prepared`] sends it. For benchmarks.
    pub fn add_guild_prepared(&self, spec: &GuildSpec, feed: Feed) -> (GuildHandle, PreparedEvent) {
        let handle = self.inner.state().add_guild(&self.inner, spec);
        let payload = self
            .inner
            .state()
            .guild_create_payload(handle.id, feed)
            .unwrap_or_default();
        (
            handle,
            PreparedEvent {
                event: "GUILD_CREATE",
                payload: payload.to_string(),
            },
        )
    }

    pub fn send_prepared(&self, event: &PreparedEvent) {
        self.inner.gateway.dispatch_raw(event.event, &event.payload);
    }

    /// Removes the bot from a guild (GUILD_DELETE without `unavailable`).
    pub fn remove_bot_from_guild(&self, guild: u64) {
        self.inner.state().remove_guild(guild);
        self.inner
            .gateway
            .dispatch("GUILD_DELETE", json!({"id": guild.to_string()}));
    }

    /// Makes a guild unavailable (an outage): GUILD_DELETE with `unavailable: true`.
    pub fn guild_outage(&self, guild: u64) {
        self.inner.gateway.dispatch(
            "GUILD_DELETE",
            json!({"id": guild.to_string(), "unavailable": true}),
        );
    }

    /// A member runs a message context-menu command (e.g. "Start ticket") on a message.
    ///
    /// # Panics
    /// When no such command is registered or the message is unknown.
    pub fn message_command(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        message: u64,
    ) -> InteractionHandle {
        let payload = self
            .inner
            .state()
            .message_command_interaction(&self.inner, guild, channel, user, name, message)
            .unwrap_or_else(|e| panic!("cannot send {name:?}: {e}"));
        self.send_interaction(payload)
    }

    /// A member runs the user command (context menu) `name` on `target`.
    ///
    /// # Panics
    /// When the bot registered no user command of that name, or the guild, channel or users
    /// are unknown.
    pub fn user_command(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        target: u64,
    ) -> InteractionHandle {
        let payload = self
            .inner
            .state()
            .user_command_interaction(&self.inner, guild, channel, user, name, target)
            .unwrap_or_else(|e| panic!("cannot send {name:?}: {e}"));
        self.send_interaction(payload)
    }

    /// The bot is added back to a guild it was removed from: the guild returns as it was and
    /// Discord sends its GUILD_CREATE.
    ///
    /// # Panics
    /// When the bot was never removed from `guild`: a test set-up error.
    pub fn add_bot_back_to_guild(&self, guild: u64) {
        let feed = self.inner.gateway.feed().unwrap_or_default();
        let payload = {
            let mut state = self.inner.state();
            assert!(
                state.restore_guild(guild),
                "the bot never left guild {guild}"
            );
            state.guild_create_payload(guild, feed)
        };
        self.inner
            .gateway
            .dispatch("GUILD_CREATE", payload.expect("the restored guild"));
    }

    /// A user's Discord client language: their interactions carry it as `locale`.
    pub fn set_user_locale(&self, user: u64, locale: &str) {
        self.inner
            .state()
            .user_locales
            .insert(user, locale.to_owned());
    }

    /// An admin changes the server's primary language in Discord's settings: the guild's
    /// `preferred_locale` changes and GUILD_UPDATE carries the guild (Gateway Events → Guild
    /// Update: "sent when a guild is updated", with the guild object).
    ///
    /// # Panics
    /// When the guild is unknown.
    pub fn set_preferred_locale(&self, guild: u64, locale: &str) {
        let payload = {
            let mut state = self.inner.state();
            let g = state.guilds.get_mut(&guild).expect("a known guild");
            g["preferred_locale"] = json!(locale);
            let mut payload = g.clone();
            payload["roles"] = json!(
                state
                    .roles
                    .get(&guild)
                    .map(|r| r.values().cloned().collect::<Vec<_>>())
                    .unwrap_or_default()
            );
            payload
        };
        self.inner.gateway.dispatch("GUILD_UPDATE", payload);
    }

    /// Sends a gateway event the test builds itself.
    pub fn dispatch(&self, event: &str, payload: Value) {
        self.inner.gateway.dispatch(event, payload);
    }

    /// A user posts a message: stored, then MESSAGE_CREATE. Returns the message id.
    pub fn post_message(&self, channel: u64, author: u64, content: &str) -> u64 {
        let message = self
            .inner
            .state()
            .create_message(&self.inner, channel, author, content);
        let id = message["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        self.inner.gateway.dispatch("MESSAGE_CREATE", message);
        id
    }

    /// Someone deletes a channel (or a thread, or a category) by hand: removed, then its
    /// delete event (and CHANNEL_UPDATE for each channel a category held).
    pub fn delete_channel(&self, channel: u64) {
        delete_and_announce(&self.inner, channel);
    }

    /// A server admin creates a category in the Discord client: the channel exists and
    /// CHANNEL_CREATE is dispatched ("Gateway Events → Channel Create"). Returns its id.
    pub fn add_category(&self, guild: u64, name: &str) -> u64 {
        self.add_channel(guild, name, 4, None)
    }

    /// A server admin creates a text channel in `category` in the Discord client.
    pub fn add_text_channel_in(&self, guild: u64, category: u64, name: &str) -> u64 {
        self.add_channel(guild, name, 0, Some(category))
    }

    /// # Panics
    /// When the guild is unknown.
    fn add_channel(&self, guild: u64, name: &str, kind: u8, parent: Option<u64>) -> u64 {
        let id = self.inner.snowflake();
        let channel = {
            let mut state = self.inner.state();
            assert!(state.guilds.contains_key(&guild), "unknown guild {guild}");
            let position = i64::try_from(state.guild_channel_count(guild)).unwrap_or(0);
            let channel = json::channel(guild, id, name, kind, parent, position);
            state.channels.insert(id, channel.clone());
            channel
        };
        self.inner.gateway.dispatch("CHANNEL_CREATE", channel);
        id
    }

    /// The user who logs in through the fake's OAuth2 authorize endpoint.
    pub fn set_oauth_user(&self, user: u64) {
        self.inner.state().oauth_user = user;
    }

    /// A channel as the fake holds it (after the bot's REST changes).
    pub fn channel(&self, channel: u64) -> Option<Value> {
        self.inner.state().channels.get(&channel).cloned()
    }

    /// Messages of a channel, oldest first.
    pub fn messages(&self, channel: u64) -> Vec<Value> {
        self.inner
            .state()
            .messages
            .get(&channel)
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Commands the bot registered globally.
    pub fn global_commands(&self) -> Vec<Value> {
        self.inner.state().global_commands.clone()
    }

    /// Every REST call so far, in order.
    pub fn calls(&self) -> Vec<RecordedCall> {
        self.inner.faults.calls()
    }

    /// Waits until a recorded call matches.
    ///
    /// # Panics
    /// When none does within [`WAIT`].
    pub async fn wait_for_call(&self, method: &str, path_contains: &str) -> RecordedCall {
        self.wait_for(&format!("{method} …{path_contains}…"), || {
            self.calls()
                .into_iter()
                .find(|c| c.method == method && c.path.contains(path_contains))
        })
        .await
    }

    /// Makes matching REST calls fail: see [`Fault`].
    pub fn inject(&self, fault: Fault) {
        self.inner.faults.add(fault);
    }

    /// Removes every fault not yet used up.
    pub fn clear_faults(&self) {
        self.inner.faults.clear();
    }

    /// Gateway controls: drop the connection, ask for a reconnect, invalidate the session.
    pub fn gateway(&self) -> GatewayControl<'_> {
        GatewayControl::new(&self.inner)
    }

    /// Waits until the bot has identified `n` times in total.
    ///
    /// # Panics
    /// When it has not within [`WAIT`].
    pub async fn wait_for_identify(&self, n: usize) {
        self.wait_for(&format!("identify #{n}"), || {
            (self.inner.gateway.identify_count() >= n).then_some(())
        })
        .await;
    }

    /// Polls `probe` on every change until it returns `Some`, for up to [`WAIT`].
    ///
    /// # Panics
    /// When [`WAIT`] passes first; the message says what was awaited.
    pub async fn wait_for<T>(&self, what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.inner.changed.notified();
            if let Some(value) = probe() {
                return value;
            }
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            assert!(
                !left.is_zero(),
                "fake discord: timed out waiting for {what}"
            );
            // Some state (e.g. the bot's own cache) changes without the fake knowing: poll too.
            let _ = tokio::time::timeout(left.min(Duration::from_millis(50)), notified).await;
        }
    }
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        self.shutdown.cancel();
        self.inner.gateway.close_all();
    }
}
