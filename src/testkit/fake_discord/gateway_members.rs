//! Request Guild Members (gateway op 8), answered as Discord answers it.
//!
//! Discord's documentation, "Gateway Events → Request Guild Members": one `guild_id` per
//! request; `query` (a username prefix, "" with `limit` 0 for everyone) or `user_ids` (one or
//! an array); a query returns at most 100 members and `user_ids` at most 100; the whole member
//! list needs the GUILD_MEMBERS intent; a `nonce` over 32 bytes is ignored. The answer is
//! "Guild Members Chunk" events of at most 1,000 members each, with `chunk_index`,
//! `chunk_count`, `not_found` for ids that are no members, and the request's `nonce`.
//! "Introducing Rate Limit When Requesting All Guild Members" (change log, 2025-08-14): a
//! request for all members of a guild within 30 s of the last one gets a RATE_LIMITED
//! dispatch (`opcode` 8, `retry_after`, `meta: {guild_id, nonce}`) instead of chunks.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::Inner;

/// Members per GUILD_MEMBERS_CHUNK.
const CHUNK: usize = 1_000;
/// Most members a `query` or `user_ids` request returns.
const PARTIAL_MAX: usize = 100;
/// One request for all members per guild in this window.
pub const ALL_MEMBERS_WINDOW: Duration = Duration::from_secs(30);
/// Longest nonce Discord keeps.
const NONCE_MAX: usize = 32;
const GUILD_MEMBERS: u64 = 1 << 1;
const GUILD_PRESENCES: u64 = 1 << 8;

/// One op 8 the bot sent, as the fake understood it (for tests: "no bulk request was sent").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRequest {
    pub guild: u64,
    /// `query: ""` with `limit: 0`: every member of the guild.
    pub all_members: bool,
    pub query: Option<String>,
    pub user_ids: Vec<u64>,
    pub limit: u64,
    /// Answered with RATE_LIMITED instead of chunks.
    pub rate_limited: bool,
    /// The whole `d` of the request.
    pub raw: Value,
}

fn snowflake(value: &Value) -> Option<u64> {
    value.as_str().and_then(|s| s.parse().ok())
}

/// Handles one op 8 `d` from a session identified with `intents`.
pub(super) fn request(inner: &Inner, d: &Value, intents: u64) {
    // A list of guilds is no longer accepted (one `guild_id` per request): ignored.
    let Some(guild) = snowflake(&d["guild_id"]) else {
        record(inner, d, 0, false);
        return;
    };
    let nonce = d["nonce"]
        .as_str()
        .filter(|n| n.len() <= NONCE_MAX)
        .map(str::to_owned);
    let user_ids: Vec<u64> = match &d["user_ids"] {
        Value::Array(ids) => ids.iter().filter_map(snowflake).collect(),
        single @ Value::String(_) => snowflake(single).into_iter().collect(),
        _ => Vec::new(),
    };
    let query = d["query"].as_str().map(str::to_lowercase);
    let limit = d["limit"].as_u64().unwrap_or(0);
    let all_members = user_ids.is_empty() && query.as_deref() == Some("") && limit == 0;
    // Neither a query nor ids, or the whole list without the intent: nothing is sent.
    let valid = (query.is_some() || !user_ids.is_empty())
        && (!all_members || intents & GUILD_MEMBERS != 0)
        && inner.state().guilds.contains_key(&guild);
    if !valid {
        record(inner, d, guild, false);
        return;
    }
    if all_members && let Some(wait) = inner.gateway.all_members_wait(guild, Instant::now()) {
        record(inner, d, guild, true);
        let mut meta = json!({"guild_id": guild.to_string()});
        if let Some(nonce) = &nonce {
            meta["nonce"] = json!(nonce);
        }
        inner.gateway.dispatch(
            "RATE_LIMITED",
            json!({"opcode": 8, "retry_after": wait.as_secs_f64(), "meta": meta}),
        );
        return;
    }
    record(inner, d, guild, false);
    let (members, not_found) = {
        let state = inner.state();
        let in_guild = state.guild_members(guild);
        if user_ids.is_empty() {
            let prefix = query.unwrap_or_default();
            let cap = if all_members {
                usize::MAX
            } else {
                usize::try_from(limit)
                    .unwrap_or(PARTIAL_MAX)
                    .clamp(1, PARTIAL_MAX)
            };
            let matched: Vec<Value> = in_guild
                .into_iter()
                .filter(|m| {
                    m["user"]["username"]
                        .as_str()
                        .is_some_and(|u| u.to_lowercase().starts_with(&prefix))
                })
                .take(cap)
                .collect();
            (matched, Vec::new())
        } else {
            let mut found = Vec::new();
            let mut missing = Vec::new();
            for id in user_ids.iter().take(PARTIAL_MAX) {
                match state.members.get(&(guild, *id)) {
                    Some(m) => found.push(m.clone()),
                    None => missing.push(id.to_string()),
                }
            }
            (found, missing)
        }
    };
    let presences = d["presences"].as_bool() == Some(true) && intents & GUILD_PRESENCES != 0;
    let chunks: Vec<&[Value]> = if members.is_empty() {
        vec![&[]]
    } else {
        members.chunks(CHUNK).collect()
    };
    let count = chunks.len();
    for (index, chunk) in chunks.into_iter().enumerate() {
        let mut event = json!({
            "guild_id": guild.to_string(),
            "members": chunk,
            "chunk_index": index,
            "chunk_count": count,
        });
        if index == 0 && !not_found.is_empty() {
            event["not_found"] = json!(not_found);
        }
        if presences {
            // The fake models no presence: every member is offline, so none is listed.
            event["presences"] = json!([]);
        }
        if let Some(nonce) = &nonce {
            event["nonce"] = json!(nonce);
        }
        inner.gateway.dispatch("GUILD_MEMBERS_CHUNK", event);
    }
}

fn record(inner: &Inner, d: &Value, guild: u64, rate_limited: bool) {
    let user_ids = match &d["user_ids"] {
        Value::Array(ids) => ids.iter().filter_map(snowflake).collect(),
        single => snowflake(single).into_iter().collect(),
    };
    inner.gateway.record_member_request(MemberRequest {
        guild,
        all_members: d["user_ids"].is_null()
            && d["query"].as_str() == Some("")
            && d["limit"].as_u64() == Some(0),
        query: d["query"].as_str().map(str::to_owned),
        user_ids,
        limit: d["limit"].as_u64().unwrap_or(0),
        rate_limited,
        raw: d.clone(),
    });
    inner.notify();
}
