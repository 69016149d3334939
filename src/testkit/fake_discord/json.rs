//! Discord-shaped JSON payloads, as the real API sends them (API v10), with every field
//! serenity 0.12.5 requires (e.g. Role `colors`, interaction `attachment_size_limit`).

use serde_json::{Value, json};

/// The fixed timestamp the fake uses where Discord would send "now-ish" (ISO 8601).
pub const JOINED_AT: &str = "2024-01-01T00:00:00.000000+00:00";

/// Discord's epoch (2015-01-01) in unix milliseconds.
pub const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// The creation time encoded in a snowflake, as ISO 8601.
pub fn snowflake_time(id: u64) -> String {
    let millis = (id >> 22) + DISCORD_EPOCH_MS;
    iso8601(millis)
}

/// Unix milliseconds as `YYYY-MM-DDTHH:MM:SS.mmm000+00:00` (Discord's ISO 8601 form).
pub fn iso8601(millis: u64) -> String {
    i64::try_from(millis)
        .ok()
        .and_then(chrono::DateTime::from_timestamp_millis)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%S%.6f+00:00")
        .to_string()
}

pub fn user(id: u64, username: &str, bot: bool) -> Value {
    json!({
        "id": id.to_string(),
        "username": username,
        "global_name": if bot { Value::Null } else { Value::String(capitalise(username)) },
        "discriminator": if bot { "0001" } else { "0" },
        "avatar": Value::Null,
        "bot": bot,
        "system": false,
        "public_flags": 0,
        "flags": 0,
        "banner": Value::Null,
        "accent_color": Value::Null,
        "avatar_decoration_data": Value::Null,
    })
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

pub fn role(id: u64, name: &str, permissions: u64, position: u16) -> Value {
    json!({
        "id": id.to_string(),
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": Value::Null, "tertiary_color": Value::Null},
        "hoist": false,
        "icon": Value::Null,
        "unicode_emoji": Value::Null,
        "position": position,
        "permissions": permissions.to_string(),
        "managed": false,
        "mentionable": false,
        "flags": 0,
    })
}

/// A permission overwrite: `kind` 0 = role, 1 = member.
pub fn overwrite(id: u64, kind: u8, allow: u64, deny: u64) -> Value {
    json!({"id": id.to_string(), "type": kind, "allow": allow.to_string(), "deny": deny.to_string()})
}

/// A guild channel. `kind`: 0 text, 2 voice, 4 category, 11 public thread, 12 private thread.
pub fn channel(
    guild: u64,
    id: u64,
    name: &str,
    kind: u8,
    parent: Option<u64>,
    position: i64,
) -> Value {
    let mut channel = json!({
        "id": id.to_string(),
        "type": kind,
        "guild_id": guild.to_string(),
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "parent_id": parent.map(|p| p.to_string()),
        "topic": Value::Null,
        "nsfw": false,
        "last_message_id": Value::Null,
        "rate_limit_per_user": 0,
        "flags": 0,
    });
    if (kind == 11 || kind == 12)
        && let Some(map) = channel.as_object_mut()
    {
        map.remove("permission_overwrites");
        map.remove("position");
        map.insert("owner_id".into(), Value::Null);
        map.insert("member_count".into(), json!(0));
        map.insert("message_count".into(), json!(0));
        map.insert(
            "thread_metadata".into(),
            json!({"archived": false, "auto_archive_duration": 10080, "archive_timestamp": JOINED_AT, "locked": false, "invitable": false}),
        );
    }
    channel
}

pub fn member(user: &Value, roles: &[u64]) -> Value {
    json!({
        "user": user,
        "nick": Value::Null,
        "avatar": Value::Null,
        "roles": roles.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "joined_at": JOINED_AT,
        "premium_since": Value::Null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "communication_disabled_until": Value::Null,
    })
}

/// A voice state as GUILD_CREATE lists it ("lacks the `guild_id` key").
pub fn voice_state(user: u64, channel: u64) -> Value {
    json!({
        "channel_id": channel.to_string(),
        "user_id": user.to_string(),
        "session_id": format!("voice-{user}"),
        "deaf": false,
        "mute": false,
        "self_deaf": false,
        "self_mute": false,
        "self_stream": false,
        "self_video": false,
        "suppress": false,
        "request_to_speak_timestamp": Value::Null,
    })
}

/// The guild object of GUILD_CREATE, with its roles, channels and members inline.
pub fn guild_create(
    guild: &Value,
    roles: &[Value],
    channels: &[Value],
    members: &[Value],
) -> Value {
    let mut g = guild.clone();
    let Some(map) = g.as_object_mut() else {
        return g;
    };
    map.insert("roles".into(), Value::Array(roles.to_vec()));
    map.insert("channels".into(), Value::Array(channels.to_vec()));
    map.insert("members".into(), Value::Array(members.to_vec()));
    map.insert("member_count".into(), json!(members.len()));
    map.insert("large".into(), json!(members.len() > 250));
    map.insert("unavailable".into(), json!(false));
    map.insert("joined_at".into(), json!(JOINED_AT));
    for key in [
        "threads",
        "presences",
        "voice_states",
        "stage_instances",
        "guild_scheduled_events",
        "emojis",
        "stickers",
        "features",
    ] {
        map.insert(key.into(), json!([]));
    }
    g
}

/// The guild object without the GUILD_CREATE extras (GUILD_UPDATE, REST).
pub fn guild(id: u64, name: &str, owner: u64, roles: &[Value]) -> Value {
    json!({
        "id": id.to_string(),
        "name": name,
        "icon": Value::Null,
        "splash": Value::Null,
        "discovery_splash": Value::Null,
        "owner_id": owner.to_string(),
        "afk_channel_id": Value::Null,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": roles,
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": Value::Null,
        "system_channel_id": Value::Null,
        "system_channel_flags": 0,
        "rules_channel_id": Value::Null,
        "vanity_url_code": Value::Null,
        "description": Value::Null,
        "banner": Value::Null,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": Value::Null,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "safety_alerts_channel_id": Value::Null,
    })
}

pub fn message(id: u64, channel: u64, guild: Option<u64>, author: &Value, content: &str) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": channel.to_string(),
        "guild_id": guild.map(|g| g.to_string()),
        "author": author,
        "content": content,
        "timestamp": snowflake_time(id),
        "edited_timestamp": Value::Null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0,
        "flags": 0,
        "components": [],
    })
}

/// An INTERACTION_CREATE payload. `kind`: 2 command, 3 component, 5 modal submit.
#[allow(clippy::too_many_arguments)]
pub fn interaction(
    id: u64,
    application: u64,
    kind: u8,
    token: &str,
    guild: u64,
    channel: &Value,
    member: &Value,
    data: Value,
) -> Value {
    let mut member = member.clone();
    member["permissions"] = json!("2248473465835073");
    let mut interaction = json!({
        "id": id.to_string(),
        "application_id": application.to_string(),
        "type": kind,
        "guild_id": guild.to_string(),
        "channel": channel,
        "channel_id": channel["id"],
        "member": member,
        "token": token,
        "version": 1,
        "app_permissions": "2248473465835073",
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": guild.to_string()},
        "context": 0,
        "attachment_size_limit": 26_214_400,
    });
    interaction["data"] = data;
    interaction
}

/// An INTERACTION_CREATE payload from a user's DM with the bot.
pub fn dm_interaction(
    id: u64,
    application: u64,
    kind: u8,
    token: &str,
    channel: u64,
    user: &Value,
    data: Value,
) -> Value {
    let mut interaction = json!({
        "id": id.to_string(),
        "application_id": application.to_string(),
        "type": kind,
        "channel": {"id": channel.to_string(), "type": 1, "recipients": [user]},
        "channel_id": channel.to_string(),
        "user": user,
        "token": token,
        "version": 1,
        "app_permissions": "2248473465835073",
        "locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"1": user["id"]},
        "context": 1,
        "attachment_size_limit": 26_214_400,
    });
    interaction["data"] = data;
    interaction
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_matches_known_dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000000+00:00");
        assert_eq!(
            iso8601(DISCORD_EPOCH_MS),
            "2015-01-01T00:00:00.000000+00:00"
        );
        assert_eq!(
            iso8601(1_709_251_199_999),
            "2024-02-29T23:59:59.999000+00:00"
        );
    }
}
