//! The fake's HTTP routes: REST under `/api/v10`, the gateway upgrade, CDN and OAuth2.
//! Changes made through REST are dispatched on the gateway as Discord does
//! (e.g. `POST /guilds/{id}/channels` → CHANNEL_CREATE).

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post, put};
use serde_json::{Value, json};

use super::rest_channels as ch;
use super::roles;
use super::{BOT_ID, BOT_TOKEN, Inner, faults, gateway, json as j};

pub type S = State<Arc<Inner>>;

/// A Discord-shaped error: `{"message": ..., "code": ...}`.
pub fn error(status: StatusCode, code: u32, message: &str) -> Response {
    (status, Json(json!({"message": message, "code": code}))).into_response()
}

pub fn unknown(what: &str, code: u32) -> Response {
    error(StatusCode::NOT_FOUND, code, &format!("Unknown {what}"))
}

pub fn id(raw: &str) -> u64 {
    raw.parse().unwrap_or(0)
}

pub fn router(inner: Arc<Inner>) -> Router {
    let api = Router::new()
        .route("/gateway", get(gateway_url))
        .route("/gateway/bot", get(gateway_bot))
        .route("/users/@me", get(current_user))
        .route("/users/@me/channels", post(ch::create_dm))
        .route("/users/@me/guilds", get(ch::oauth_user_guilds))
        .route("/oauth2/applications/@me", get(application))
        .route("/oauth2/token", post(ch::oauth_token))
        .route(
            "/applications/{app}/commands",
            put(put_global_commands).get(get_global_commands),
        )
        .route(
            "/applications/{app}/guilds/{guild}/commands",
            put(put_guild_commands).get(get_guild_commands),
        )
        .route(
            "/interactions/{id}/{token}/callback",
            post(interaction_callback),
        )
        .route("/webhooks/{app}/{token}", post(followup_create))
        .route(
            "/webhooks/{app}/{token}/messages/{message}",
            get(followup_get)
                .patch(followup_edit)
                .delete(followup_delete),
        )
        .route("/guilds/{guild}", get(ch::get_guild))
        .route(
            "/guilds/{guild}/channels",
            post(ch::create_channel).get(ch::list_channels),
        )
        .route(
            "/guilds/{guild}/roles",
            get(ch::list_roles).post(roles::create_role),
        )
        .route(
            "/guilds/{guild}/members/{user}/roles/{role}",
            put(roles::add_member_role).delete(roles::remove_member_role),
        )
        .route("/guilds/{guild}/members", get(ch::list_members))
        .route("/guilds/{guild}/members/search", get(ch::search_members))
        .route("/guilds/{guild}/members/{user}", get(ch::get_member))
        .route(
            "/channels/{channel}",
            get(ch::get_channel)
                .patch(ch::modify_channel)
                .delete(ch::delete_channel),
        )
        .route(
            "/channels/{channel}/permissions/{target}",
            put(ch::put_overwrite).delete(ch::delete_overwrite),
        )
        .route("/channels/{channel}/threads", post(ch::create_thread))
        .route(
            "/channels/{channel}/thread-members/{user}",
            put(ch::add_thread_member).delete(ch::remove_thread_member),
        )
        .route(
            "/channels/{channel}/messages",
            get(ch::list_messages).post(ch::create_message),
        )
        .route(
            "/channels/{channel}/messages/{message}",
            get(ch::get_message)
                .patch(ch::edit_message)
                .delete(ch::delete_message),
        )
        .route("/channels/{channel}/pins", get(ch::list_pins))
        .route(
            "/channels/{channel}/pins/{message}",
            put(ch::pin).delete(ch::unpin),
        )
        .layer(middleware::from_fn(authorise))
        .layer(middleware::from_fn_with_state(
            Arc::clone(&inner),
            faults::record_and_inject,
        ));
    // The CDN records calls and takes faults too (an expired link, a slow download).
    let cdn = Router::new()
        .route(
            "/cdn/attachments/{channel}/{attachment}/{name}",
            get(ch::cdn_attachment),
        )
        .layer(middleware::from_fn_with_state(
            Arc::clone(&inner),
            faults::record_and_inject,
        ));
    Router::new()
        .nest("/api/v10", api)
        .merge(cdn)
        .route("/gateway", get(gateway::upgrade))
        .route("/oauth2/authorize", get(oauth_authorize))
        .with_state(inner)
}

/// Bot routes need `Authorization: Bot <token>`; the OAuth2 token exchange and the user's
/// guild list use their own credentials.
async fn authorise(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let auth = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let ok = if path.ends_with("/oauth2/token") {
        true
    } else if path.ends_with("/users/@me/guilds") || path.ends_with("/users/@me") {
        auth.starts_with("Bearer ") || auth == format!("Bot {BOT_TOKEN}")
    } else {
        auth == format!("Bot {BOT_TOKEN}")
    };
    if ok {
        next.run(request).await
    } else {
        error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized")
    }
}

async fn gateway_url(State(inner): S) -> Json<Value> {
    Json(json!({"url": format!("{}/gateway", inner.base_url().replacen("http://", "ws://", 1))}))
}

async fn gateway_bot(State(inner): S) -> Json<Value> {
    Json(json!({
        "url": format!("{}/gateway", inner.base_url().replacen("http://", "ws://", 1)),
        "shards": 1,
        "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
    }))
}

/// The bot's user, or with an OAuth2 bearer token the user who logged in.
async fn current_user(State(inner): S, headers: HeaderMap) -> Response {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let state = inner.state();
    match bearer {
        None => Json(state.bot_user.clone()).into_response(),
        Some(token) => match state.oauth_tokens.get(token) {
            Some(user) => Json(
                state
                    .users
                    .get(user)
                    .cloned()
                    .unwrap_or_else(|| j::user(*user, "unknown", false)),
            )
            .into_response(),
            None => error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized"),
        },
    }
}

async fn application(State(inner): S) -> Json<Value> {
    let owner = j::user(BOT_ID + 1, "app-owner", false);
    let bot = inner.state().bot_user.clone();
    Json(json!({
        "id": BOT_ID.to_string(),
        "name": "ticketbox",
        "icon": null,
        "description": "",
        "bot_public": true,
        "bot_require_code_grant": false,
        "bot": bot,
        "owner": owner,
        "verify_key": "00",
        "team": null,
        "flags": 0,
    }))
}

fn store_commands(inner: &Inner, body: &Value) -> Vec<Value> {
    body.as_array()
        .into_iter()
        .flatten()
        .map(|command| {
            let mut command = command.clone();
            let map = command.as_object_mut().expect("command object");
            map.insert("id".into(), json!(inner.snowflake().to_string()));
            map.insert("application_id".into(), json!(BOT_ID.to_string()));
            map.insert("version".into(), json!(inner.snowflake().to_string()));
            map.entry("type").or_insert(json!(1));
            map.entry("description").or_insert(json!(""));
            map.entry("default_member_permissions")
                .or_insert(Value::Null);
            command
        })
        .collect()
}

/// A bulk overwrite Discord refuses as a whole when one command breaks its limits.
fn refused_commands(body: &Value) -> Option<Response> {
    body.as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .find_map(|(i, command)| {
            super::commands::validate(command).err().map(|e| {
                error(
                    StatusCode::BAD_REQUEST,
                    50035,
                    &format!("Invalid Form Body: {i}.{e}"),
                )
            })
        })
}

async fn put_global_commands(State(inner): S, Json(body): Json<Value>) -> Response {
    if let Some(refused) = refused_commands(&body) {
        return refused;
    }
    let commands = store_commands(&inner, &body);
    inner.state().global_commands.clone_from(&commands);
    Json(Value::Array(commands)).into_response()
}

async fn get_global_commands(State(inner): S) -> Json<Value> {
    Json(Value::Array(inner.state().global_commands.clone()))
}

async fn put_guild_commands(
    State(inner): S,
    Path((_, guild)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    if let Some(refused) = refused_commands(&body) {
        return refused;
    }
    let commands = store_commands(&inner, &body);
    inner
        .state()
        .guild_commands
        .insert(id(&guild), commands.clone());
    Json(Value::Array(commands)).into_response()
}

async fn get_guild_commands(
    State(inner): S,
    Path((_, guild)): Path<(String, String)>,
) -> Json<Value> {
    Json(Value::Array(
        inner
            .state()
            .guild_commands
            .get(&id(&guild))
            .cloned()
            .unwrap_or_default(),
    ))
}

/// The message an interaction response creates, for `@original`.
/// Call with the state lock held: takes the bot user from the same guard.
fn response_message(
    inner: &Inner,
    state: &super::state::State,
    token: &str,
    data: &Value,
) -> Value {
    let interaction = &state.interactions[token];
    let mut message = j::message(
        inner.snowflake(),
        interaction.channel,
        Some(interaction.guild),
        &state.bot_user,
        "",
    );
    if let (Some(target), Some(source)) = (message.as_object_mut(), data.as_object()) {
        for (k, v) in source {
            target.insert(k.clone(), v.clone());
        }
    }
    message["interaction_metadata"] = interaction.metadata();
    message
}

async fn interaction_callback(
    State(inner): S,
    Path((iid, token)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    let mut state = inner.state();
    let Some(interaction) = state.interactions.get(&token) else {
        return unknown("interaction", 10062);
    };
    if interaction.id != id(&iid) {
        return unknown("interaction", 10062);
    }
    if !interaction.callbacks.is_empty() {
        return error(
            StatusCode::BAD_REQUEST,
            40060,
            "Interaction has already been acknowledged.",
        );
    }
    let kind = body["type"].as_u64().unwrap_or(0);
    // MODAL (9) answers anything but a modal submit or a ping, and its components are checked
    // (Interactions → Receiving and Responding, "Interaction Callback Type"; Components).
    if kind == 9 {
        if interaction.kind == 5 {
            return error(
                StatusCode::BAD_REQUEST,
                50035,
                "Invalid Form Body: type: a modal cannot answer a modal submit",
            );
        }
        if let Err(e) = super::modals::validate(&body["data"]) {
            return error(
                StatusCode::BAD_REQUEST,
                50035,
                &format!("Invalid Form Body: {e}"),
            );
        }
    }
    if matches!(kind, 4 | 7)
        && let Err(e) = super::embeds::validate(&body["data"]["embeds"])
    {
        return error(
            StatusCode::BAD_REQUEST,
            50035,
            &format!("Invalid Form Body: data.{e}"),
        );
    }
    // UPDATE_MESSAGE (7) and DEFERRED_UPDATE_MESSAGE (6) answer a component only, and 7 edits
    // the message the component is on (Interactions → Receiving and Responding, "Interaction
    // Callback Type").
    if matches!(kind, 6 | 7) && interaction.kind != 3 {
        return error(
            StatusCode::BAD_REQUEST,
            50035,
            "Invalid Form Body: type: only valid for message components",
        );
    }
    let (channel, on_message) = (interaction.channel, interaction.message);
    let updated = (kind == 7)
        .then(|| {
            let message = on_message?;
            let current = state.message_mut(channel, message)?;
            ch::merge(current, &body["data"]);
            current["edited_timestamp"] = json!(j::iso8601(
                u64::try_from(crate::clock::now_millis()).unwrap_or(0)
            ));
            Some(current.clone())
        })
        .flatten();
    let original =
        matches!(kind, 4 | 5).then(|| response_message(&inner, &state, &token, &body["data"]));
    // A public response is a message in the channel, as on Discord.
    let public = original
        .as_ref()
        .filter(|m| m["flags"].as_u64().unwrap_or(0) & 64 == 0)
        .cloned();
    let interaction = state.interactions.get_mut(&token).expect("checked above");
    interaction.callback_at = Some(std::time::Instant::now());
    interaction.callbacks.push(body);
    interaction.updated.notify_waiters();
    interaction.original = original;
    let channel = interaction.channel;
    if let Some(message) = &public {
        let id = message["id"]
            .as_str()
            .and_then(|i| i.parse().ok())
            .unwrap_or(0);
        state
            .messages
            .entry(channel)
            .or_default()
            .insert(id, message.clone());
    }
    drop(state);
    if let Some(message) = public {
        inner.gateway.dispatch("MESSAGE_CREATE", message);
    }
    if let Some(message) = updated {
        inner.gateway.dispatch("MESSAGE_UPDATE", message);
    }
    inner.notify();
    StatusCode::NO_CONTENT.into_response()
}

async fn followup_create(
    State(inner): S,
    Path((_, token)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    let message = {
        let state = inner.state();
        if !state.interactions.contains_key(&token) {
            return unknown("Webhook", 10015);
        }
        response_message(&inner, &state, &token, &body)
    };
    let mut state = inner.state();
    if let Some(interaction) = state.interactions.get_mut(&token) {
        interaction.followups.push(message.clone());
        interaction.updated.notify_waiters();
    }
    drop(state);
    inner.notify();
    Json(message).into_response()
}

fn find_followup<'a>(
    interaction: &'a mut super::state_interactions::InteractionState,
    message: &str,
) -> Option<&'a mut Value> {
    if message == "@original" {
        return interaction.original.as_mut();
    }
    interaction
        .followups
        .iter_mut()
        .find(|m| m["id"].as_str() == Some(message))
}

async fn followup_get(
    State(inner): S,
    Path((_, token, message)): Path<(String, String, String)>,
) -> Response {
    let mut state = inner.state();
    let found = state
        .interactions
        .get_mut(&token)
        .and_then(|i| find_followup(i, &message).cloned());
    found.map_or_else(|| unknown("Message", 10008), |m| Json(m).into_response())
}

async fn followup_edit(
    State(inner): S,
    Path((_, token, message)): Path<(String, String, String)>,
    Json(body): Json<Value>,
) -> Response {
    let mut state = inner.state();
    let Some(interaction) = state.interactions.get_mut(&token) else {
        return unknown("Webhook", 10015);
    };
    let Some(target) = find_followup(interaction, &message) else {
        return unknown("Message", 10008);
    };
    if let (Some(target), Some(source)) = (target.as_object_mut(), body.as_object()) {
        for (k, v) in source {
            target.insert(k.clone(), v.clone());
        }
    }
    let edited = target.clone();
    interaction.followups.retain(|m| m["id"] != edited["id"]);
    if message != "@original" {
        interaction.followups.push(edited.clone());
    }
    interaction.updated.notify_waiters();
    let channel = interaction.channel;
    let id = edited["id"]
        .as_str()
        .and_then(|i| i.parse::<u64>().ok())
        .unwrap_or(0);
    if let Some(stored) = state
        .messages
        .get_mut(&channel)
        .and_then(|m| m.get_mut(&id))
    {
        *stored = edited.clone();
    }
    drop(state);
    inner.notify();
    Json(edited).into_response()
}

async fn followup_delete(
    State(inner): S,
    Path((_, token, message)): Path<(String, String, String)>,
) -> Response {
    let mut state = inner.state();
    let Some(interaction) = state.interactions.get_mut(&token) else {
        return unknown("Webhook", 10015);
    };
    if message == "@original" {
        interaction.original = None;
    } else {
        interaction
            .followups
            .retain(|m| m["id"].as_str() != Some(message.as_str()));
    }
    StatusCode::NO_CONTENT.into_response()
}

#[derive(serde::Deserialize)]
pub struct AuthorizeQuery {
    redirect_uri: String,
    state: Option<String>,
    #[serde(default)]
    code_challenge: Option<String>,
}

/// Auto-approves: redirects to `redirect_uri` with a code for the user set by
/// [`super::FakeDiscord::set_oauth_user`].
async fn oauth_authorize(
    State(inner): S,
    Query(query): Query<AuthorizeQuery>,
    _headers: HeaderMap,
) -> Response {
    let code = format!("code-{}", inner.snowflake());
    let user = inner.state().oauth_user;
    inner
        .state()
        .oauth_codes
        .insert(code.clone(), (user, query.code_challenge.clone()));
    let separator = if query.redirect_uri.contains('?') {
        '&'
    } else {
        '?'
    };
    let mut location = format!("{}{separator}code={code}", query.redirect_uri);
    if let Some(state) = query.state {
        location.push_str("&state=");
        location.push_str(&state);
    }
    Redirect::to(&location).into_response()
}
