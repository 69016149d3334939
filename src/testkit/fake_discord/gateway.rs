//! The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATEs, heartbeat ACK, RESUME with
//! replay, reconnect (op 7), invalid session (op 9), member requests (op 8, in
//! `gateway_members`), the send limit, payload compression, and any dispatch.
//! One session at a time, as a single-shard bot has.

use std::collections::{HashMap, VecDeque};
use std::io::Write as _;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::gateway_members::{self, ALL_MEMBERS_WINDOW, MemberRequest};
use super::state::Feed;
use super::{BOT_ID, BOT_TOKEN, Inner};

/// Frames kept for RESUME; an older sequence number gets an invalid session.
const REPLAY_LIMIT: usize = 20_000;
/// Discord's usual interval is ~41 s; the fake asks for a heartbeat more often so dead
/// connections are noticed quickly in tests.
const HEARTBEAT_INTERVAL_MS: u64 = 5_000;
/// Discord's documentation, "Gateway → Rate Limiting": an app may send 120 gateway events per
/// connection every 60 seconds and is disconnected when it sends more; "Opcodes and Status
/// Codes → Gateway Close Event Codes": 4008 "Rate limited. You're sending payloads to us too
/// quickly."
pub const SEND_LIMIT: usize = 120;
const SEND_WINDOW: Duration = Duration::from_mins(1);
/// "Gateway → Payload Compression": with `compress: true` in IDENTIFY, Discord zlib-compresses
/// *some* dispatches (each its own zlib stream, sent as a binary message) and does not say
/// which. The fake compresses every frame longer than this (READY, GUILD_CREATE, long
/// messages), so both kinds reach the client.
const COMPRESS_OVER: usize = 1_024;

enum Outbound {
    Frame(String),
    Close(u16, String),
    /// Drop the TCP connection without a close frame, like a network failure.
    Drop,
}

struct Session {
    id: String,
    seq: u64,
    log: VecDeque<(u64, String)>,
    live: Option<mpsc::UnboundedSender<Outbound>>,
    /// What IDENTIFY asked for: intents and `large_threshold` shape GUILD_CREATE.
    feed: Feed,
    /// IDENTIFY's `compress`.
    compress: bool,
}

#[derive(Default)]
struct GatewayState {
    session: Option<Session>,
    identifies: usize,
    resumes: usize,
    identify_payloads: Vec<Value>,
    presence_updates: Vec<Value>,
    disallowed_intents: u64,
    member_requests: Vec<MemberRequest>,
    /// guild → when its last request for all members was answered.
    all_members_at: HashMap<u64, Instant>,
    /// Connections closed with 4008 for sending too much.
    send_limit_closes: usize,
    /// Sends plain frames whatever IDENTIFY asks ([`GatewayControl::ignore_compress`]).
    never_compress: bool,
}

#[derive(Default)]
pub struct Gateway {
    state: Mutex<GatewayState>,
}

impl Gateway {
    fn lock(&self) -> MutexGuard<'_, GatewayState> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Sends a dispatch event on the current session (buffered for RESUME while the
    /// connection is down). Without a session the event is dropped, as Discord does.
    #[allow(clippy::needless_pass_by_value)] // callers build the payload inline with json!
    pub fn dispatch(&self, event: &str, payload: Value) {
        self.dispatch_raw(event, &payload.to_string());
    }

    /// Like [`Gateway::dispatch`] with a payload already serialised (benchmarks prepare
    /// events up front so the fake's JSON work is not measured as the bot's).
    pub fn dispatch_raw(&self, event: &str, payload: &str) {
        let mut state = self.lock();
        if let Some(session) = state.session.as_mut() {
            session.seq += 1;
            let frame = format!(
                r#"{{"op":0,"t":"{event}","s":{},"d":{payload}}}"#,
                session.seq
            );
            session.log.push_back((session.seq, frame.clone()));
            if session.log.len() > REPLAY_LIMIT {
                session.log.pop_front();
            }
            if let Some(live) = &session.live
                && live.send(Outbound::Frame(frame)).is_err()
            {
                session.live = None;
            }
        }
    }

    /// Like [`Gateway::dispatch`], only when the session asked for `intent` (Discord sends an
    /// intent's events only to sessions that identified with it: "Gateway → Gateway Intents").
    #[allow(clippy::needless_pass_by_value)]
    pub fn dispatch_for(&self, intent: u64, event: &str, payload: Value) {
        if self.feed().is_some_and(|f| f.intents & intent != 0) {
            self.dispatch(event, payload);
        }
    }

    /// How the live (or resumable) session asked to be fed.
    pub fn feed(&self) -> Option<Feed> {
        self.lock().session.as_ref().map(|s| s.feed)
    }

    /// How long a request for all members of `guild` must still wait, if it must; otherwise
    /// the request is booked.
    pub fn all_members_wait(&self, guild: u64, now: Instant) -> Option<Duration> {
        let mut state = self.lock();
        if let Some(last) = state.all_members_at.get(&guild) {
            let since = now.saturating_duration_since(*last);
            if since < ALL_MEMBERS_WINDOW {
                return Some(ALL_MEMBERS_WINDOW.saturating_sub(since));
            }
        }
        state.all_members_at.insert(guild, now);
        None
    }

    /// Whether the Developer Portal's SERVER MEMBERS INTENT is off (see
    /// [`GatewayControl::disallow_intents`]).
    pub fn members_intent_disabled(&self) -> bool {
        self.lock().disallowed_intents & (1 << 1) != 0
    }

    pub fn record_member_request(&self, request: MemberRequest) {
        self.lock().member_requests.push(request);
    }

    pub fn identify_count(&self) -> usize {
        self.lock().identifies
    }

    pub fn resume_count(&self) -> usize {
        self.lock().resumes
    }

    fn send_live(&self, outbound: Outbound) -> bool {
        let state = self.lock();
        state
            .session
            .as_ref()
            .and_then(|s| s.live.as_ref())
            .is_some_and(|live| live.send(outbound).is_ok())
    }

    pub fn close_all(&self) {
        self.send_live(Outbound::Drop);
    }
}

/// Gateway controls for tests: see [`super::FakeDiscord::gateway`].
pub struct GatewayControl<'a> {
    inner: &'a Inner,
}

impl<'a> GatewayControl<'a> {
    pub(super) fn new(inner: &'a Inner) -> Self {
        Self { inner }
    }

    /// Drops the live connection without a close frame; the session stays resumable.
    /// Returns whether a connection was live.
    pub fn drop_connection(&self) -> bool {
        self.inner.gateway.send_live(Outbound::Drop)
    }

    /// Asks the client to reconnect and resume (op 7).
    pub fn request_reconnect(&self) -> bool {
        self.inner
            .gateway
            .send_live(Outbound::Frame(json!({"op": 7, "d": null}).to_string()))
    }

    /// Invalidates the session (op 9). Not resumable: the client must identify again.
    pub fn invalidate_session(&self, resumable: bool) -> bool {
        let sent = self.inner.gateway.send_live(Outbound::Frame(
            json!({"op": 9, "d": resumable}).to_string(),
        ));
        if !resumable {
            self.inner.gateway.lock().session.take();
        }
        sent
    }

    /// Closes the connection with a close code (e.g. 4014 disallowed intents).
    pub fn close_with(&self, code: u16, reason: &str) -> bool {
        self.inner
            .gateway
            .send_live(Outbound::Close(code, reason.to_owned()))
    }

    /// Refuses IDENTIFY with close code 4014 when it asks for any of these intent bits,
    /// as Discord does when privileged intents are not enabled in the Developer Portal.
    pub fn disallow_intents(&self, bits: u64) {
        self.inner.gateway.lock().disallowed_intents = bits;
    }

    pub fn identify_count(&self) -> usize {
        self.inner.gateway.identify_count()
    }

    pub fn resume_count(&self) -> usize {
        self.inner.gateway.resume_count()
    }

    /// Every IDENTIFY payload's `d`, token removed.
    pub fn identify_payloads(&self) -> Vec<Value> {
        self.inner.gateway.lock().identify_payloads.clone()
    }

    pub fn presence_updates(&self) -> Vec<Value> {
        self.inner.gateway.lock().presence_updates.clone()
    }

    /// From the next IDENTIFY on, sends plain frames even when the client asks for
    /// compression. Not Discord's behaviour: for benchmarks that measure what decompressing
    /// costs the bot.
    pub fn ignore_compress(&self) {
        self.inner.gateway.lock().never_compress = true;
    }

    /// Every Request Guild Members (op 8) the bot sent, in order.
    pub fn member_requests(&self) -> Vec<MemberRequest> {
        self.inner.gateway.lock().member_requests.clone()
    }

    /// How many connections the fake closed with 4008 because the bot sent more than
    /// [`SEND_LIMIT`] events in 60 s.
    pub fn send_limit_closes(&self) -> usize {
        self.inner.gateway.lock().send_limit_closes
    }

    /// Whether a connection is live and identified.
    pub fn is_connected(&self) -> bool {
        self.inner
            .gateway
            .lock()
            .session
            .as_ref()
            .is_some_and(|s| s.live.as_ref().is_some_and(|l| !l.is_closed()))
    }

    /// Whether a session exists, live or resumable (a dropped connection keeps it; a client's
    /// close with 1000 or 1001 ends it).
    pub fn has_session(&self) -> bool {
        self.inner.gateway.lock().session.is_some()
    }
}

pub async fn upgrade(ws: WebSocketUpgrade, State(inner): State<Arc<Inner>>) -> Response {
    ws.on_upgrade(move |socket| connection(socket, inner))
}

async fn connection(mut socket: WebSocket, inner: Arc<Inner>) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}}).to_string();
    if socket.send(Message::Text(hello.into())).await.is_err() {
        return;
    }
    // When the client sent its last events, for the send limit (per connection).
    let mut sent: VecDeque<Instant> = VecDeque::new();
    // IDENTIFY's (or the resumed session's) `compress`.
    let mut compress = false;
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(message)) = incoming else { break };
                match message {
                    Message::Text(text) => {
                        let now = Instant::now();
                        sent.push_back(now);
                        while sent.front().is_some_and(|t| now.duration_since(*t) >= SEND_WINDOW) {
                            sent.pop_front();
                        }
                        if sent.len() > SEND_LIMIT {
                            inner.gateway.lock().send_limit_closes += 1;
                            inner.notify();
                            let close = CloseFrame {
                                code: 4008,
                                reason: "Rate limited.".into(),
                            };
                            let _ = socket.send(Message::Close(Some(close))).await;
                            break;
                        }
                        let Ok(frame) = serde_json::from_str::<Value>(&text) else { continue };
                        tracing::debug!(target: "fake_discord", op = %frame["op"], "recv");
                        let reply = handle(&inner, &tx, &frame);
                        if matches!(frame["op"].as_u64(), Some(2 | 6)) {
                            compress = inner.gateway.lock().session.as_ref().is_some_and(|s| s.compress);
                        }
                        if let Some(reply) = reply
                            && socket.send(Message::Text(reply.into())).await.is_err()
                        {
                            break;
                        }
                    }
                    Message::Close(frame) => {
                        // "Gateway → Initiating a Disconnect": closing with 1000 or 1001
                        // invalidates the session (the bot appears offline; a RESUME gets op 9);
                        // any other code, or a dropped connection, leaves it resumable.
                        // Ended before the answer goes out, so a client that reads it and
                        // reconnects finds the session gone.
                        if frame.as_ref().is_some_and(|f| matches!(f.code, 1000 | 1001)) {
                            leave(&inner, &tx, true);
                        }
                        // RFC 6455 §5.5.1: a Close frame is answered with one. The WebSocket
                        // queued that answer when it read the frame (a `send` of our own would
                        // fail: nothing may be sent after the peer's Close); the next read
                        // writes it out and ends the connection.
                        let _ = socket.recv().await;
                        break;
                    }
                    _ => {}
                }
            }
            outbound = rx.recv() => match outbound {
                Some(Outbound::Frame(frame)) => {
                    tracing::debug!(target: "fake_discord", frame = %frame.chars().take(120).collect::<String>(), "send");
                    let message = if compress && frame.len() > COMPRESS_OVER {
                        Message::Binary(zlib(&frame).into())
                    } else {
                        Message::Text(frame.into())
                    };
                    if socket.send(message).await.is_err() {
                        break;
                    }
                }
                Some(Outbound::Close(code, reason)) => {
                    let _ = socket.send(Message::Close(Some(CloseFrame { code, reason: reason.into() }))).await;
                    break;
                }
                Some(Outbound::Drop) | None => break,
            }
        }
    }
    // Whatever happened, this connection is no longer the live one.
    leave(&inner, &tx, false);
}

/// This connection is over: if it is the session's live one (not a later, resumed connection),
/// the session loses it and stays resumable, or ends when `end_session`.
fn leave(inner: &Inner, tx: &mpsc::UnboundedSender<Outbound>, end_session: bool) {
    let mut state = inner.gateway.lock();
    let live = state
        .session
        .as_ref()
        .and_then(|s| s.live.as_ref())
        .is_some_and(|live| live.same_channel(tx));
    if !live {
        return;
    }
    if end_session {
        state.session = None;
    } else if let Some(session) = state.session.as_mut() {
        session.live = None;
    }
}

/// One frame as its own zlib stream ("Gateway → Payload Compression").
fn zlib(frame: &str) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(frame.len() / 4),
        flate2::Compression::fast(),
    );
    let _ = encoder.write_all(frame.as_bytes());
    encoder.finish().unwrap_or_default()
}

/// Handles one client frame; returns a direct reply, if any.
fn handle(
    inner: &Arc<Inner>,
    tx: &mpsc::UnboundedSender<Outbound>,
    frame: &Value,
) -> Option<String> {
    let d = &frame["d"];
    match frame["op"].as_u64() {
        Some(1) => Some(json!({"op": 11}).to_string()),
        Some(2) => {
            identify(inner, tx, d);
            None
        }
        Some(6) => {
            resume(inner, tx, d);
            None
        }
        Some(3) => {
            inner.gateway.lock().presence_updates.push(d.clone());
            inner.notify();
            None
        }
        Some(8) => {
            let intents = inner.gateway.feed().map_or(0, |f| f.intents);
            gateway_members::request(inner, d, intents);
            None
        }
        _ => None,
    }
}

fn token_ok(token: &Value) -> bool {
    token
        .as_str()
        .is_some_and(|t| t.trim_start_matches("Bot ") == BOT_TOKEN)
}

fn identify(inner: &Arc<Inner>, tx: &mpsc::UnboundedSender<Outbound>, d: &Value) {
    let intents = d["intents"].as_u64().unwrap_or(0);
    {
        let mut state = inner.gateway.lock();
        let mut recorded = d.clone();
        if let Some(map) = recorded.as_object_mut() {
            map.remove("token");
        }
        state.identify_payloads.push(recorded);
        if !token_ok(&d["token"]) {
            let _ = tx.send(Outbound::Close(4004, "Authentication failed.".into()));
            return;
        }
        if intents & state.disallowed_intents != 0 {
            let _ = tx.send(Outbound::Close(4014, "Disallowed intent(s).".into()));
            return;
        }
        state.identifies += 1;
        state.session = Some(Session {
            id: format!("fake-session-{}", inner.snowflake()),
            seq: 0,
            log: VecDeque::new(),
            live: Some(tx.clone()),
            feed: Feed {
                intents,
                // "Identify Structure": 50 to 250, default 50.
                large_threshold: d["large_threshold"].as_u64().unwrap_or(50).clamp(50, 250),
            },
            compress: d["compress"].as_bool() == Some(true) && !state.never_compress,
        });
    }
    let (guild_ids, user) = {
        let state = inner.state();
        (
            state.guilds.keys().copied().collect::<Vec<_>>(),
            state.bot_user.clone(),
        )
    };
    let session_id = inner
        .gateway
        .lock()
        .session
        .as_ref()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let ws_url = format!(
        "{}/gateway",
        inner.base_url().replacen("http://", "ws://", 1)
    );
    inner.gateway.dispatch(
        "READY",
        json!({
            "v": 10,
            "user": user,
            "guilds": guild_ids.iter().map(|g| json!({"id": g.to_string(), "unavailable": true})).collect::<Vec<_>>(),
            "session_id": session_id,
            "resume_gateway_url": ws_url,
            "shard": [0, 1],
            "application": {"id": BOT_ID.to_string(), "flags": 0},
        }),
    );
    let feed = inner.gateway.feed().unwrap_or_default();
    for guild in guild_ids {
        let payload = inner.state().guild_create_payload(guild, feed);
        if let Some(payload) = payload {
            inner.gateway.dispatch("GUILD_CREATE", payload);
        }
    }
    inner.notify();
}

fn resume(inner: &Arc<Inner>, tx: &mpsc::UnboundedSender<Outbound>, d: &Value) {
    let session_id = d["session_id"].as_str().unwrap_or_default();
    let seq = d["seq"].as_u64().unwrap_or(0);
    let replayed = {
        let mut state = inner.gateway.lock();
        let resumable = token_ok(&d["token"])
            && state.session.as_ref().is_some_and(|s| {
                s.id == session_id && s.log.front().is_none_or(|(first, _)| *first <= seq + 1)
            });
        if resumable {
            state.resumes += 1;
            let session = state.session.as_mut().expect("checked above");
            session.live = Some(tx.clone());
            for (_, frame) in session.log.iter().filter(|(s, _)| *s > seq) {
                let _ = tx.send(Outbound::Frame(frame.clone()));
            }
            true
        } else {
            let _ = tx.send(Outbound::Frame(json!({"op": 9, "d": false}).to_string()));
            false
        }
    };
    if replayed {
        inner.gateway.dispatch("RESUMED", json!({}));
    }
    inner.notify();
}
