//! Fake REST for guild resources: channels, overwrites, threads, members, roles, DMs, and
//! OAuth2 token/guilds. Messages, pins and the CDN are in `rest_messages`, re-exported here.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::rest::{S, error, id, unknown};
pub use super::rest_messages::{
    cdn_attachment, create_message, delete_message, edit_message, get_message, list_messages,
    list_pins, pin, unpin,
};
use super::{BOT_ID, json as j};

pub(super) fn merge(target: &mut Value, patch: &Value) {
    if let (Some(target), Some(patch)) = (target.as_object_mut(), patch.as_object()) {
        for (k, v) in patch {
            target.insert(k.clone(), v.clone());
        }
    }
}

/// Two name or topic changes per channel in this window.
const RENAME_WINDOW: std::time::Duration = std::time::Duration::from_mins(10);

/// Discord's "Invalid Form Body" (50035): the field's error in `errors`, as serenity reads it.
pub fn form_error(field: &str, code: &str, message: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({
            "message": "Invalid Form Body",
            "code": 50035,
            "errors": {field: {"_errors": [{"code": code, "message": message}]}},
        })),
    )
        .into_response()
}

fn guild_of(channel: &Value) -> u64 {
    channel["guild_id"].as_str().map_or(0, id)
}

pub async fn get_guild(State(inner): S, Path(guild): Path<String>) -> Response {
    let state = inner.state();
    let Some(g) = state.guilds.get(&id(&guild)) else {
        return unknown("Guild", 10004);
    };
    let mut g = g.clone();
    g["roles"] = Value::Array(state.guild_roles(id(&guild)));
    Json(g).into_response()
}

pub async fn list_channels(State(inner): S, Path(guild): Path<String>) -> Json<Value> {
    Json(Value::Array(inner.state().guild_channels(id(&guild))))
}

pub async fn list_roles(State(inner): S, Path(guild): Path<String>) -> Json<Value> {
    Json(Value::Array(inner.state().guild_roles(id(&guild))))
}

pub async fn create_channel(
    State(inner): S,
    Path(guild): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let guild = id(&guild);
    // One lock from the checks to the insert: concurrent creates see each other's channels.
    let mut state = inner.state();
    if !state.guilds.contains_key(&guild) {
        return unknown("Guild", 10004);
    }
    let Some(name) = body["name"]
        .as_str()
        .filter(|n| !n.is_empty() && n.chars().count() <= 100)
    else {
        return error(StatusCode::BAD_REQUEST, 50035, "Invalid Form Body: name");
    };
    let kind = u8::try_from(body["type"].as_u64().unwrap_or(0)).unwrap_or(0);
    let parent = body["parent_id"].as_str().map(id);
    let count = state.guild_channel_count(guild);
    if count >= 500 {
        return error(
            StatusCode::BAD_REQUEST,
            30013,
            "Maximum number of guild channels reached (500)",
        );
    }
    if let Some(parent) = parent {
        // The parent must be a category of this guild, holding fewer than 50 channels
        // ("Channel Resource → Channel Object": a category holds at most 50 channels).
        let is_category = state.channels.get(&parent).is_some_and(|c| {
            c["type"].as_u64() == Some(4)
                && c["guild_id"].as_str() == Some(guild.to_string().as_str())
        });
        if !is_category || kind == 4 {
            return form_error(
                "parent_id",
                "CHANNEL_PARENT_INVALID",
                "Category does not exist",
            );
        }
        if state.category_children(parent) >= 50 {
            return form_error(
                "parent_id",
                "CHANNEL_PARENT_MAX_CHANNELS",
                "Maximum number of channels in category reached (50)",
            );
        }
    }
    let channel_id = inner.snowflake();
    let mut channel = j::channel(
        guild,
        channel_id,
        name,
        kind,
        parent,
        i64::try_from(count).unwrap_or(0),
    );
    if let Some(overwrites) = body.get("permission_overwrites").filter(|v| v.is_array()) {
        let normalised: Vec<Value> = overwrites
            .as_array()
            .into_iter()
            .flatten()
            .map(|o| {
                j::overwrite(
                    o["id"]
                        .as_str()
                        .map_or_else(|| o["id"].as_u64().unwrap_or(0), id),
                    u8::try_from(o["type"].as_u64().unwrap_or(0)).unwrap_or(0),
                    o["allow"]
                        .as_str()
                        .map_or_else(|| o["allow"].as_u64().unwrap_or(0), id),
                    o["deny"]
                        .as_str()
                        .map_or_else(|| o["deny"].as_u64().unwrap_or(0), id),
                )
            })
            .collect();
        channel["permission_overwrites"] = Value::Array(normalised);
    }
    if let Some(topic) = body.get("topic") {
        channel["topic"] = topic.clone();
    }
    state.channels.insert(channel_id, channel.clone());
    drop(state);
    inner.gateway.dispatch("CHANNEL_CREATE", channel.clone());
    Json(channel).into_response()
}

pub async fn get_channel(State(inner): S, Path(channel): Path<String>) -> Response {
    inner
        .state()
        .channels
        .get(&id(&channel))
        .cloned()
        .map_or_else(|| unknown("Channel", 10003), |c| Json(c).into_response())
}

pub async fn modify_channel(
    State(inner): S,
    Path(channel): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let updated = {
        let mut state = inner.state();
        if !state.channels.contains_key(&id(&channel)) {
            return unknown("Channel", 10003);
        }
        // A channel's name (or topic) may change twice per ten minutes; the third change in
        // that window gets a 429 (a per-channel limit Discord applies to PATCH /channels/{id},
        // the reason ticketbox schedules a third /rename: README "Tickets").
        if body.get("name").is_some() || body.get("topic").is_some() {
            let now = std::time::Instant::now();
            let recent = state.renames.entry(id(&channel)).or_default();
            recent.retain(|t| now.duration_since(*t) < RENAME_WINDOW);
            if recent.len() >= 2 {
                let wait = RENAME_WINDOW.saturating_sub(now.duration_since(recent[0]));
                return super::faults::rate_limited(wait.as_secs_f64(), "shared");
            }
            recent.push(now);
        }
        // Moving to another category ("Channel Resource → Modify Channel": `parent_id`, and
        // `lock_permissions` to sync the overwrites with the new parent; without it the channel
        // keeps its own). The parent must be a category of the same guild holding fewer than
        // 50 channels, as on create.
        let mut synced: Option<Value> = None;
        if let Some(parent) = body.get("parent_id").and_then(Value::as_str).map(id) {
            let me = &state.channels[&id(&channel)];
            let guild = me["guild_id"].clone();
            let already = me["parent_id"].as_str() == Some(parent.to_string().as_str());
            let category = state
                .channels
                .get(&parent)
                .filter(|c| c["type"].as_u64() == Some(4) && c["guild_id"] == guild);
            let Some(category) = category else {
                return form_error(
                    "parent_id",
                    "CHANNEL_PARENT_INVALID",
                    "Category does not exist",
                );
            };
            if body["lock_permissions"].as_bool() == Some(true) {
                synced = Some(category["permission_overwrites"].clone());
            }
            if !already && state.category_children(parent) >= 50 {
                return form_error(
                    "parent_id",
                    "CHANNEL_PARENT_MAX_CHANNELS",
                    "Maximum number of channels in category reached (50)",
                );
            }
        }
        let current = state
            .channels
            .get_mut(&id(&channel))
            .expect("checked above");
        if let Some(overwrites) = synced {
            current["permission_overwrites"] = overwrites;
        }
        let mut patch = body.clone();
        if let Some(map) = patch.as_object_mut() {
            map.remove("lock_permissions");
            // Thread fields live in thread_metadata.
            for key in ["archived", "locked"] {
                if let Some(v) = map.remove(key) {
                    current["thread_metadata"][key] = v;
                }
            }
        }
        merge(current, &patch);
        current.clone()
    };
    let event = if updated["thread_metadata"].is_object() {
        "THREAD_UPDATE"
    } else {
        "CHANNEL_UPDATE"
    };
    inner.gateway.dispatch(event, updated.clone());
    Json(updated).into_response()
}

pub async fn delete_channel(State(inner): S, Path(channel): Path<String>) -> Response {
    match super::delete_and_announce(&inner, id(&channel)) {
        Some(channel) => Json(channel).into_response(),
        None => unknown("Channel", 10003),
    }
}

pub async fn put_overwrite(
    State(inner): S,
    Path((channel, target)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    let updated = {
        let mut state = inner.state();
        let Some(current) = state.channels.get_mut(&id(&channel)) else {
            return unknown("Channel", 10003);
        };
        let overwrite = j::overwrite(
            id(&target),
            u8::try_from(body["type"].as_u64().unwrap_or(0)).unwrap_or(0),
            body["allow"].as_str().map_or(0, id),
            body["deny"].as_str().map_or(0, id),
        );
        let list = current["permission_overwrites"].as_array_mut();
        let Some(list) = list else {
            return error(
                StatusCode::BAD_REQUEST,
                50024,
                "Cannot execute action on this channel type",
            );
        };
        list.retain(|o| o["id"].as_str() != Some(target.as_str()));
        list.push(overwrite);
        current.clone()
    };
    inner.gateway.dispatch("CHANNEL_UPDATE", updated);
    StatusCode::NO_CONTENT.into_response()
}

pub async fn delete_overwrite(
    State(inner): S,
    Path((channel, target)): Path<(String, String)>,
) -> Response {
    let updated = {
        let mut state = inner.state();
        let Some(current) = state.channels.get_mut(&id(&channel)) else {
            return unknown("Channel", 10003);
        };
        if let Some(list) = current["permission_overwrites"].as_array_mut() {
            list.retain(|o| o["id"].as_str() != Some(target.as_str()));
        }
        current.clone()
    };
    inner.gateway.dispatch("CHANNEL_UPDATE", updated);
    StatusCode::NO_CONTENT.into_response()
}

pub async fn create_thread(
    State(inner): S,
    Path(parent): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let parent_id = id(&parent);
    let Some(guild) = inner.state().channels.get(&parent_id).map(guild_of) else {
        return unknown("Channel", 10003);
    };
    let name = body["name"].as_str().unwrap_or("thread");
    let kind = u8::try_from(body["type"].as_u64().unwrap_or(12)).unwrap_or(12);
    let thread_id = inner.snowflake();
    // "Channel Resource → Start Thread without Message": auto_archive_duration is one of 60,
    // 1440, 4320, 10080 minutes (default: the parent's default, 10080 here).
    let archive = body["auto_archive_duration"].as_u64().unwrap_or(10080);
    if ![60, 1440, 4320, 10080].contains(&archive) {
        return form_error(
            "auto_archive_duration",
            "BASE_TYPE_CHOICES",
            "Value must be one of {60, 1440, 4320, 10080}.",
        );
    }
    let mut thread = j::channel(guild, thread_id, name, kind, Some(parent_id), 0);
    thread["thread_metadata"]["auto_archive_duration"] = json!(archive);
    thread["owner_id"] = json!(BOT_ID.to_string());
    {
        let mut state = inner.state();
        state.channels.insert(thread_id, thread.clone());
        state.thread_members.insert(thread_id, vec![BOT_ID]);
    }
    inner.gateway.dispatch("THREAD_CREATE", thread.clone());
    (StatusCode::CREATED, Json(thread)).into_response()
}

pub async fn add_thread_member(
    State(inner): S,
    Path((thread, user)): Path<(String, String)>,
) -> Response {
    let mut state = inner.state();
    let Some(guild) = state
        .channels
        .get(&id(&thread))
        .and_then(|c| c["guild_id"].as_str().map(id))
    else {
        return unknown("Channel", 10003);
    };
    // Only members of the thread's guild can join it.
    if !state.members.contains_key(&(guild, id(&user))) {
        return unknown("Member", 10007);
    }
    let members = state.thread_members.entry(id(&thread)).or_default();
    if !members.contains(&id(&user)) {
        members.push(id(&user));
    }
    StatusCode::NO_CONTENT.into_response()
}

pub async fn remove_thread_member(
    State(inner): S,
    Path((thread, user)): Path<(String, String)>,
) -> Response {
    let mut state = inner.state();
    if let Some(members) = state.thread_members.get_mut(&id(&thread)) {
        members.retain(|m| *m != id(&user));
    }
    StatusCode::NO_CONTENT.into_response()
}

/// Discord's documentation, "Guild Resource → Get Guild Member": the member, or 404 Unknown
/// Member (10007) for a user who is not (or no longer) in the guild; Unknown Guild (10004)
/// for a guild the bot is not in.
pub async fn get_member(State(inner): S, Path((guild, user)): Path<(String, String)>) -> Response {
    let state = inner.state();
    if !state.guilds.contains_key(&id(&guild)) {
        return unknown("Guild", 10004);
    }
    state
        .members
        .get(&(id(&guild), id(&user)))
        .cloned()
        .map_or_else(|| unknown("Member", 10007), |m| Json(m).into_response())
}

/// `limit` as "List Guild Members" and "Search Guild Members" take it: 1–1000, default 1.
/// `None` for a bad one (answered with [`bad_limit`]).
fn member_limit(q: &HashMap<String, String>) -> Option<usize> {
    let Some(raw) = q.get("limit") else {
        return Some(1);
    };
    raw.parse::<usize>().ok().filter(|l| (1..=1000).contains(l))
}

fn bad_limit() -> Response {
    error(StatusCode::BAD_REQUEST, 50035, "Invalid Form Body: limit")
}

/// "List Guild Members": `limit` 1–1000 (default 1), `after` a user id; ordered by user id.
/// "This endpoint requires the GUILD_MEMBERS Privileged Intent": without it enabled in the
/// Developer Portal, 403 Missing Access (50001).
pub async fn list_members(
    State(inner): S,
    Path(guild): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Some(limit) = member_limit(&q) else {
        return bad_limit();
    };
    if inner.gateway.members_intent_disabled() {
        return error(StatusCode::FORBIDDEN, 50001, "Missing Access");
    }
    let after = q.get("after").map_or(0, |a| id(a));
    let state = inner.state();
    let guild = id(&guild);
    if !state.guilds.contains_key(&guild) {
        return unknown("Guild", 10004);
    }
    let members: Vec<Value> = state
        .members
        .range((guild, after.saturating_add(1))..=(guild, u64::MAX))
        .take(limit)
        .map(|(_, m)| m.clone())
        .collect();
    Json(Value::Array(members)).into_response()
}

/// "Search Guild Members": members whose username or nickname starts with `query`
/// (case-insensitive), `limit` 1–1000 (default 1).
pub async fn search_members(
    State(inner): S,
    Path(guild): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Some(query) = q.get("query").map(|s| s.to_lowercase()) else {
        return error(StatusCode::BAD_REQUEST, 50035, "Invalid Form Body: query");
    };
    let Some(limit) = member_limit(&q) else {
        return bad_limit();
    };
    let state = inner.state();
    if !state.guilds.contains_key(&id(&guild)) {
        return unknown("Guild", 10004);
    }
    let members: Vec<Value> = state
        .guild_members(id(&guild))
        .into_iter()
        .filter(|m| {
            let name = m["user"]["username"]
                .as_str()
                .unwrap_or_default()
                .to_lowercase();
            let nick = m["nick"].as_str().unwrap_or_default().to_lowercase();
            name.starts_with(&query) || (!nick.is_empty() && nick.starts_with(&query))
        })
        .take(limit)
        .collect();
    Json(Value::Array(members)).into_response()
}

pub async fn create_dm(State(inner): S, Json(body): Json<Value>) -> Response {
    let Some(recipient) = body["recipient_id"]
        .as_str()
        .map(id)
        .or_else(|| body["recipient_id"].as_u64())
    else {
        return error(
            StatusCode::BAD_REQUEST,
            50035,
            "Invalid Form Body: recipient_id",
        );
    };
    let mut state = inner.state();
    let Some(user) = state.users.get(&recipient).cloned() else {
        return unknown("User", 10013);
    };
    let channel = *state
        .dm_channels
        .entry(recipient)
        .or_insert_with(|| inner.snowflake());
    Json(json!({
        "id": channel.to_string(),
        "type": 1,
        "last_message_id": null,
        "recipients": [user],
        "flags": 0,
    }))
    .into_response()
}

/// OAuth2 token exchange: `grant_type=authorization_code`, `code`, `redirect_uri`, client
/// credentials, and the PKCE `code_verifier` when the authorize step had a challenge.
pub async fn oauth_token(State(inner): S, body: String) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    if form.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "unsupported_grant_type"})),
        )
            .into_response();
    }
    let code = form.get("code").cloned().unwrap_or_default();
    let Some((user, challenge)) = inner.state().oauth_codes.remove(&code) else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "invalid_grant"})),
        )
            .into_response();
    };
    if let Some(challenge) = challenge {
        let verifier = form.get("code_verifier").cloned().unwrap_or_default();
        let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
        if base64url(digest.as_ref()) != challenge {
            return (StatusCode::BAD_REQUEST, Json(json!({"error": "invalid_grant", "error_description": "PKCE verification failed"})))
                .into_response();
        }
    }
    let token = format!("access-{}", inner.snowflake());
    inner.state().oauth_tokens.insert(token.clone(), user);
    Json(json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": 604_800,
        "refresh_token": format!("refresh-{}", inner.snowflake()),
        "scope": "identify guilds",
    }))
    .into_response()
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// `GET /users/@me/guilds` with the user's bearer token: the guilds the user is a member of.
pub async fn oauth_user_guilds(State(inner): S, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .to_owned();
    let state = inner.state();
    let Some(user) = state.oauth_tokens.get(&token).copied() else {
        return error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized");
    };
    let guilds: Vec<Value> = state
        .guilds
        .iter()
        .filter(|(g, _)| state.members.contains_key(&(**g, user)))
        .map(|(g, guild)| {
            json!({
                "id": g.to_string(),
                "name": guild["name"],
                "icon": guild["icon"],
                "owner": guild["owner_id"].as_str() == Some(user.to_string().as_str()),
                "permissions": "0",
                "features": [],
            })
        })
        .collect();
    Json(Value::Array(guilds)).into_response()
}
