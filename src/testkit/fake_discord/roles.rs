//! Roles in the fake: Create Guild Role and Add/Remove Guild Member Role as Discord's
//! documentation describes them ("Guild Resource → Create Guild Role", "Add Guild Member
//! Role", "Remove Guild Member Role"; "Topics → Permissions → Permission Hierarchy"), and the
//! scripting tests need (a role placed above the bot's).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::rest::{S, error, id, unknown};
use super::{BOT_ID, FakeDiscord, GUILD_MEMBERS, Inner, json as j};

/// MANAGE_ROLES.
const MANAGE_ROLES: u64 = 1 << 28;
/// ADMINISTRATOR.
const ADMINISTRATOR: u64 = 1 << 3;

fn role_position(role: &Value) -> u64 {
    role["position"].as_u64().unwrap_or(0)
}

fn permissions_of(role: &Value) -> u64 {
    role["permissions"]
        .as_str()
        .and_then(|p| p.parse().ok())
        .unwrap_or(0)
}

/// The bot's permissions in `guild` (all its roles and @everyone) and the position of its
/// highest role.
fn bot_standing(inner: &Inner, guild: u64) -> Option<(u64, u64)> {
    let state = inner.state();
    let roles = state.roles.get(&guild)?;
    let member = state.members.get(&(guild, BOT_ID))?;
    let mut permissions = roles.get(&guild).map_or(0, permissions_of);
    let mut highest = 0;
    for role in member["roles"].as_array().into_iter().flatten() {
        if let Some(role) = role.as_str().and_then(|r| roles.get(&id(r))) {
            permissions |= permissions_of(role);
            highest = highest.max(role_position(role));
        }
    }
    Some((permissions, highest))
}

fn missing_permissions() -> Response {
    error(StatusCode::FORBIDDEN, 50013, "Missing Permissions")
}

/// "Create Guild Role": needs MANAGE_ROLES; the new role goes to position 1 (just above
/// @everyone, below every other role) and GUILD_ROLE_CREATE follows.
pub async fn create_role(
    State(inner): S,
    Path(guild): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let guild = id(&guild);
    let Some((permissions, _)) = bot_standing(&inner, guild) else {
        return unknown("Guild", 10004);
    };
    if permissions & (MANAGE_ROLES | ADMINISTRATOR) == 0 {
        return missing_permissions();
    }
    let name = body["name"].as_str().unwrap_or("new role");
    if name.chars().count() > 100 {
        return error(StatusCode::BAD_REQUEST, 50035, "Invalid Form Body: name");
    }
    let role_id = inner.snowflake();
    let mut role = j::role(
        role_id,
        name,
        body["permissions"]
            .as_str()
            .and_then(|p| p.parse().ok())
            .unwrap_or(0),
        1,
    );
    for key in ["color", "hoist", "mentionable"] {
        if let Some(v) = body.get(key).filter(|v| !v.is_null()) {
            role[key] = v.clone();
        }
    }
    {
        let mut state = inner.state();
        let roles = state.roles.entry(guild).or_default();
        // Every role but @everyone moves up one to make room at position 1.
        for (rid, other) in roles.iter_mut() {
            if *rid != guild {
                other["position"] = json!(role_position(other) + 1);
            }
        }
        roles.insert(role_id, role.clone());
    }
    inner.gateway.dispatch(
        "GUILD_ROLE_CREATE",
        json!({"guild_id": guild.to_string(), "role": role}),
    );
    (StatusCode::OK, Json(role)).into_response()
}

/// "Add Guild Member Role" / "Remove Guild Member Role": MANAGE_ROLES, and the role must sit
/// below the bot's highest role ("Permission Hierarchy"), else 403 Missing Permissions. 204 on
/// success; GUILD_MEMBER_UPDATE follows for sessions with GUILD_MEMBERS.
fn change_member_role(inner: &Inner, guild: u64, user: u64, role: u64, add: bool) -> Response {
    let Some((permissions, highest)) = bot_standing(inner, guild) else {
        return unknown("Guild", 10004);
    };
    let payload = {
        let mut state = inner.state();
        let Some(position) = state
            .roles
            .get(&guild)
            .and_then(|r| r.get(&role))
            .map(role_position)
        else {
            return unknown("Role", 10011);
        };
        if permissions & (MANAGE_ROLES | ADMINISTRATOR) == 0 || position >= highest {
            return missing_permissions();
        }
        let Some(member) = state.members.get_mut(&(guild, user)) else {
            return unknown("Member", 10007);
        };
        let mut roles: Vec<String> = member["roles"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str().map(ToOwned::to_owned))
            .filter(|r| id(r) != role)
            .collect();
        if add {
            roles.push(role.to_string());
        }
        member["roles"] = json!(roles);
        let mut payload = member.clone();
        payload["guild_id"] = json!(guild.to_string());
        payload
    };
    inner
        .gateway
        .dispatch_for(GUILD_MEMBERS, "GUILD_MEMBER_UPDATE", payload);
    StatusCode::NO_CONTENT.into_response()
}

pub async fn add_member_role(
    State(inner): S,
    Path((guild, user, role)): Path<(String, String, String)>,
) -> Response {
    change_member_role(&inner, id(&guild), id(&user), id(&role), true)
}

pub async fn remove_member_role(
    State(inner): S,
    Path((guild, user, role)): Path<(String, String, String)>,
) -> Response {
    change_member_role(&inner, id(&guild), id(&user), id(&role), false)
}

impl FakeDiscord {
    /// A role an admin makes above every other, the bot's included (GUILD_ROLE_CREATE).
    /// Returns its id.
    pub fn add_role_above_bot(&self, guild: u64, name: &str) -> u64 {
        let role_id = self.inner.snowflake();
        let role = {
            let mut state = self.inner.state();
            let roles = state.roles.entry(guild).or_default();
            let top = roles.values().map(role_position).max().unwrap_or(0);
            let role = j::role(role_id, name, 0, u16::try_from(top + 1).unwrap_or(u16::MAX));
            roles.insert(role_id, role.clone());
            role
        };
        self.inner.gateway.dispatch(
            "GUILD_ROLE_CREATE",
            json!({"guild_id": guild.to_string(), "role": role}),
        );
        role_id
    }

    /// The roles of a guild, as Get Guild Roles answers.
    pub fn roles(&self, guild: u64) -> Vec<Value> {
        self.inner.state().guild_roles(guild)
    }

    /// The role ids a member has.
    pub fn member_roles(&self, guild: u64, user: u64) -> Vec<u64> {
        self.inner
            .state()
            .members
            .get(&(guild, user))
            .map(|m| {
                m["roles"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_str().map(id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The members of a thread.
    pub fn thread_members(&self, thread: u64) -> Vec<u64> {
        self.inner
            .state()
            .thread_members
            .get(&thread)
            .cloned()
            .unwrap_or_default()
    }
}

impl FakeDiscord {
    /// An admin deletes a role: it leaves every member and GUILD_ROLE_DELETE follows ("Gateway
    /// Events → Guild Role Delete").
    pub fn delete_role(&self, guild: u64, role: u64) {
        {
            let mut state = self.inner.state();
            if let Some(roles) = state.roles.get_mut(&guild) {
                roles.remove(&role);
            }
            for ((g, _), member) in &mut state.members {
                if *g == guild
                    && let Some(list) = member["roles"].as_array_mut()
                {
                    list.retain(|r| r.as_str().map(id) != Some(role));
                }
            }
        }
        self.inner.gateway.dispatch(
            "GUILD_ROLE_DELETE",
            json!({"guild_id": guild.to_string(), "role_id": role.to_string()}),
        );
    }
}
