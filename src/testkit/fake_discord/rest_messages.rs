//! Fake REST for messages: Discord's pagination (newest first, `before`/`after`/`around`,
//! limit 1–100), create/get/edit/delete, pins, and attachments served from the fake CDN.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::rest::{S, error, id, unknown};
use super::rest_channels::merge;
use super::{BOT_ID, json as j};

/// Discord's message paging: `limit` 1–100 (default 50); `before`, `after` or `around` an id;
/// always newest first.
pub async fn list_messages(
    State(inner): S,
    Path(channel): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let limit = match q.get("limit").map(|l| l.parse::<usize>()) {
        None => 50,
        Some(Ok(n)) if (1..=100).contains(&n) => n,
        Some(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                50035,
                "Invalid Form Body: limit: Must be between 1 and 100",
            );
        }
    };
    let state = inner.state();
    if !state.has_channel(id(&channel)) {
        return unknown("Channel", 10003);
    }
    let empty = std::collections::BTreeMap::new();
    let all = state.messages.get(&id(&channel)).unwrap_or(&empty);
    let page: Vec<Value> = if let Some(before) = q.get("before") {
        all.range(..id(before))
            .rev()
            .take(limit)
            .map(|(_, m)| m.clone())
            .collect()
    } else if let Some(after) = q.get("after") {
        let mut page: Vec<Value> = all
            .range(id(after).saturating_add(1)..)
            .take(limit)
            .map(|(_, m)| m.clone())
            .collect();
        page.reverse();
        page
    } else if let Some(around) = q.get("around") {
        let around = id(around);
        let newer = limit / 2;
        let mut page: Vec<Value> = all
            .range(around..)
            .take(newer.max(1))
            .map(|(_, m)| m.clone())
            .collect();
        page.reverse();
        page.extend(
            all.range(..around)
                .rev()
                .take(limit - page.len())
                .map(|(_, m)| m.clone()),
        );
        page
    } else {
        all.values().rev().take(limit).cloned().collect()
    };
    Json(Value::Array(page)).into_response()
}

/// Discord's default upload limit ("Reference → Uploading Files": 10 MiB per request).
const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;

/// A message body: JSON, or `multipart/form-data` with `payload_json` and `files[n]` parts
/// ("Reference → Uploading Files"). Returns the JSON and the first file (name, bytes).
async fn message_body(request: Request) -> Result<(Value, Option<(String, Vec<u8>)>), Response> {
    let multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    if !multipart {
        let Json(body) = Json::<Value>::from_request(request, &())
            .await
            .map_err(IntoResponse::into_response)?;
        return Ok((body, None));
    }
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(IntoResponse::into_response)?;
    let (mut body, mut file, mut total) = (json!({}), None, 0);
    while let Ok(Some(field)) = form.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        let filename = field.file_name().map(ToOwned::to_owned);
        let bytes = field.bytes().await.map_err(IntoResponse::into_response)?;
        total += bytes.len();
        if total > UPLOAD_LIMIT {
            return Err(error(
                StatusCode::PAYLOAD_TOO_LARGE,
                40005,
                "Request entity too large",
            ));
        }
        if name == "payload_json" {
            body = serde_json::from_slice(&bytes).map_err(|_| {
                error(
                    StatusCode::BAD_REQUEST,
                    50109,
                    "The request body contains invalid JSON.",
                )
            })?;
        } else if name.starts_with("files[") && file.is_none() {
            file = Some((
                filename.unwrap_or_else(|| "file".to_owned()),
                bytes.to_vec(),
            ));
        }
    }
    Ok((body, file))
}

pub async fn create_message(
    State(inner): S,
    Path(channel): Path<String>,
    request: Request,
) -> Response {
    let (body, file) = match message_body(request).await {
        Ok(parts) => parts,
        Err(refused) => return refused,
    };
    let channel = id(&channel);
    if !inner.state().has_channel(channel) {
        return unknown("Channel", 10003);
    }
    if inner.state().is_archived_thread(channel) {
        return archived_thread();
    }
    if inner.state().dm_refused(channel) {
        return error(
            StatusCode::FORBIDDEN,
            50007,
            "Cannot send messages to this user",
        );
    }
    if let Err(e) = super::embeds::validate(&body["embeds"]) {
        return error(
            StatusCode::BAD_REQUEST,
            50035,
            &format!("Invalid Form Body: {e}"),
        );
    }
    let content = body["content"].as_str().unwrap_or_default();
    let has_body = !content.is_empty()
        || file.is_some()
        || body["embeds"].as_array().is_some_and(|e| !e.is_empty());
    if !has_body && body["components"].as_array().is_none_or(Vec::is_empty) {
        return error(
            StatusCode::BAD_REQUEST,
            50006,
            "Cannot send an empty message",
        );
    }
    let message = {
        let mut state = inner.state();
        let created = match file {
            Some((name, bytes)) => {
                state.create_message_with_attachment(&inner, channel, BOT_ID, content, &name, bytes)
            }
            None => state.create_message(&inner, channel, BOT_ID, content),
        };
        let stored = state
            .message_mut(channel, id(created["id"].as_str().unwrap_or_default()))
            .expect("just created");
        for key in ["embeds", "components", "flags", "message_reference"] {
            if let Some(v) = body.get(key) {
                stored[key] = v.clone();
            }
        }
        stored.clone()
    };
    inner.gateway.dispatch("MESSAGE_CREATE", message.clone());
    Json(message).into_response()
}

pub async fn get_message(
    State(inner): S,
    Path((channel, message)): Path<(String, String)>,
) -> Response {
    let found = inner
        .state()
        .message_mut(id(&channel), id(&message))
        .cloned();
    found.map_or_else(|| unknown("Message", 10008), |m| Json(m).into_response())
}

pub async fn edit_message(
    State(inner): S,
    Path((channel, message)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    if let Err(e) = super::embeds::validate(&body["embeds"]) {
        return error(
            StatusCode::BAD_REQUEST,
            50035,
            &format!("Invalid Form Body: {e}"),
        );
    }
    let updated = {
        let mut state = inner.state();
        if state.is_archived_thread(id(&channel)) {
            return archived_thread();
        }
        let Some(current) = state.message_mut(id(&channel), id(&message)) else {
            return unknown("Message", 10008);
        };
        merge(current, &body);
        current["edited_timestamp"] = json!(j::iso8601(
            u64::try_from(crate::clock::now_millis()).unwrap_or(0)
        ));
        current.clone()
    };
    inner.gateway.dispatch("MESSAGE_UPDATE", updated.clone());
    Json(updated).into_response()
}

/// See [`super::state::State::is_archived_thread`].
fn archived_thread() -> Response {
    error(
        StatusCode::BAD_REQUEST,
        50083,
        "Operation cannot be performed on an archived thread",
    )
}

pub async fn delete_message(
    State(inner): S,
    Path((channel, message)): Path<(String, String)>,
) -> Response {
    let removed = inner
        .state()
        .messages
        .get_mut(&id(&channel))
        .and_then(|m| m.remove(&id(&message)));
    if removed.is_none() {
        return unknown("Message", 10008);
    }
    inner.gateway.dispatch(
        "MESSAGE_DELETE",
        json!({"id": message, "channel_id": channel}),
    );
    StatusCode::NO_CONTENT.into_response()
}

pub async fn list_pins(State(inner): S, Path(channel): Path<String>) -> Json<Value> {
    let state = inner.state();
    let ids = state.pins.get(&id(&channel)).cloned().unwrap_or_default();
    let messages = state.messages.get(&id(&channel));
    Json(Value::Array(
        ids.iter()
            .rev()
            .filter_map(|m| messages.and_then(|all| all.get(m)).cloned())
            .collect(),
    ))
}

pub async fn pin(State(inner): S, Path((channel, message)): Path<(String, String)>) -> Response {
    let mut state = inner.state();
    let exists = state
        .messages
        .get(&id(&channel))
        .is_some_and(|m| m.contains_key(&id(&message)));
    if !exists {
        return unknown("Message", 10008);
    }
    let pins = state.pins.entry(id(&channel)).or_default();
    if !pins.contains(&id(&message)) {
        pins.push(id(&message));
    }
    if let Some(m) = state.message_mut(id(&channel), id(&message)) {
        m["pinned"] = json!(true);
    }
    StatusCode::NO_CONTENT.into_response()
}

pub async fn unpin(State(inner): S, Path((channel, message)): Path<(String, String)>) -> Response {
    let mut state = inner.state();
    if let Some(pins) = state.pins.get_mut(&id(&channel)) {
        pins.retain(|p| *p != id(&message));
    }
    if let Some(m) = state.message_mut(id(&channel), id(&message)) {
        m["pinned"] = json!(false);
    }
    StatusCode::NO_CONTENT.into_response()
}

pub async fn cdn_attachment(
    State(inner): S,
    Path((channel, attachment, name)): Path<(String, String, String)>,
) -> Response {
    let key = format!("{channel}/{attachment}/{name}");
    match inner.state().attachments.get(&key) {
        Some(bytes) => (
            [(header::CONTENT_TYPE, "application/octet-stream")],
            bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
