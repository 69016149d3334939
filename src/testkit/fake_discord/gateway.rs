//! The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATEs, heartbeat ACK, RESUME with
//! replay, reconnect (op 7), invalid session (op 9), member chunks, and any dispatch.
//! One session at a time, as a single-shard bot has.

use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::{BOT_ID, BOT_TOKEN, Inner};

/// Frames kept for RESUME; an older sequence number gets an invalid session.
const REPLAY_LIMIT: usize = 20_000;
/// Discord's usual interval is ~41 s; the fake asks for a heartbeat more often so dead
/// connections are noticed quickly in tests.
const HEARTBEAT_INTERVAL_MS: u64 = 5_000;

enum Outbound {
    Frame(String),
    Close(u16, String),
    /// Drop the TCP connection without a close frame, like a network failure.
    Drop,
}

struct Session {
    id: String,
    seq: u64,
    log: std::collections::VecDeque<(u64, String)>,
    live: Option<mpsc::UnboundedSender<Outbound>>,
}

#[derive(Default)]
struct GatewayState {
    session: Option<Session>,
    identifies: usize,
    resumes: usize,
    identify_payloads: Vec<Value>,
    presence_updates: Vec<Value>,
    disallowed_intents: u64,
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

    /// Whether a connection is live and identified.
    pub fn is_connected(&self) -> bool {
        self.inner
            .gateway
            .lock()
            .session
            .as_ref()
            .is_some_and(|s| s.live.as_ref().is_some_and(|l| !l.is_closed()))
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
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(message)) = incoming else { break };
                match message {
                    Message::Text(text) => {
                        let Ok(frame) = serde_json::from_str::<Value>(&text) else { continue };
                        tracing::debug!(target: "fake_discord", op = %frame["op"], "recv");
                        if let Some(reply) = handle(&inner, &tx, &frame)
                            && socket.send(Message::Text(reply.into())).await.is_err()
                        {
                            break;
                        }
                    }
                    Message::Close(frame) => {
                        // Complete the closing handshake, as Discord does.
                        let _ = socket.send(Message::Close(frame)).await;
                        break;
                    }
                    _ => {}
                }
            }
            outbound = rx.recv() => match outbound {
                Some(Outbound::Frame(frame)) => {
                    tracing::debug!(target: "fake_discord", frame = %frame.chars().take(120).collect::<String>(), "send");
                    if socket.send(Message::Text(frame.into())).await.is_err() {
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
    let mut state = inner.gateway.lock();
    if let Some(session) = state.session.as_mut()
        && session
            .live
            .as_ref()
            .is_some_and(|live| live.same_channel(&tx))
    {
        session.live = None;
    }
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
            let guild: u64 = d["guild_id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let members = inner.state().guild_members(guild);
            let nonce = d["nonce"].clone();
            inner.gateway.dispatch(
                "GUILD_MEMBERS_CHUNK",
                json!({"guild_id": guild.to_string(), "members": members, "chunk_index": 0, "chunk_count": 1, "nonce": nonce}),
            );
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
            log: std::collections::VecDeque::new(),
            live: Some(tx.clone()),
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
    for guild in guild_ids {
        let payload = inner.state().guild_create_payload(guild);
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
