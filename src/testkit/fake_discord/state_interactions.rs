//! Interactions in the fake's model: the payloads it dispatches for slash commands, message
//! commands, components and modal submits, and what the bot answered to each.

use serde_json::{Value, json};

use super::state::State;
use super::{BOT_ID, Inner, json as j};

/// One interaction and what the bot answered.
#[derive(Debug, Default)]
pub struct InteractionState {
    pub id: u64,
    /// 2 command, 3 component, 5 modal submit.
    pub kind: u8,
    pub guild: u64,
    pub channel: u64,
    /// The invoking user, for `interaction_metadata` on response messages.
    pub user: Value,
    /// The message a component was on (kind 3), for `interacted_message_id`.
    pub message: Option<u64>,
    /// For a modal submit: the metadata of the interaction that showed the modal.
    pub trigger: Option<Value>,
    pub callbacks: Vec<Value>,
    pub original: Option<Value>,
    pub followups: Vec<Value>,
    /// When the fake dispatched the interaction and when the first callback arrived.
    pub sent_at: Option<std::time::Instant>,
    pub callback_at: Option<std::time::Instant>,
    /// Signalled on every callback, follow-up or edit of this interaction, so a waiter for
    /// one interaction is not woken by every other change.
    pub updated: std::sync::Arc<tokio::sync::Notify>,
}

impl InteractionState {
    /// `interaction_metadata` as Discord sets it on the messages an interaction creates.
    pub fn metadata(&self) -> Value {
        let mut m = json!({
            "id": self.id.to_string(),
            "type": self.kind,
            "user": self.user,
            "authorizing_integration_owners": {"0": self.guild.to_string()},
        });
        if let Some(message) = self.message {
            m["interacted_message_id"] = json!(message.to_string());
        }
        if let Some(trigger) = &self.trigger {
            m["triggering_interaction_metadata"] = trigger.clone();
        }
        m
    }
}

impl State {
    /// The language `user`'s Discord client reports ([`State::user_locales`]).
    pub fn user_locale(&self, user: u64) -> String {
        self.user_locales
            .get(&user)
            .cloned()
            .unwrap_or_else(|| "en-US".to_owned())
    }

    /// A slash command (`kind` 2) or an autocomplete request for one (`kind` 4).
    #[allow(clippy::too_many_arguments)]
    pub fn command_interaction(
        &mut self,
        inner: &Inner,
        kind: u8,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        options: Value,
    ) -> Result<Value, String> {
        let command = self
            .registered_command(guild, |c| c["name"] == name)
            .ok_or_else(|| format!("the bot registered no command named {name:?}"))?;
        let mut data = json!({
            "id": command["id"],
            "name": name,
            "type": 1,
            "guild_id": guild.to_string(),
        });
        let resolved = self.resolve_options(guild, &options);
        data["options"] = options;
        if !resolved.as_object().is_some_and(serde_json::Map::is_empty) {
            data["resolved"] = resolved;
        }
        self.interaction(inner, kind, guild, channel, user, None, data)
    }

    /// Discord's `resolved` map for the user (6), channel (7), role (8) and mentionable (9)
    /// options, walking into subcommands.
    fn resolve_options(&self, guild: u64, options: &Value) -> Value {
        let mut resolved = json!({});
        let mut stack: Vec<&Value> = options.as_array().into_iter().flatten().collect();
        while let Some(option) = stack.pop() {
            if let Some(nested) = option["options"].as_array() {
                stack.extend(nested);
            }
            let Some(id) = option["value"].as_str().and_then(|v| v.parse::<u64>().ok()) else {
                continue;
            };
            let kind = option["type"].as_u64().unwrap_or(0);
            if matches!(kind, 6 | 9)
                && let Some(user) = self.users.get(&id)
            {
                resolved["users"][id.to_string()] = user.clone();
                if let Some(member) = self.members.get(&(guild, id)) {
                    let mut member = member.clone();
                    if let Some(m) = member.as_object_mut() {
                        m.remove("user");
                    }
                    resolved["members"][id.to_string()] = member;
                }
            }
            if matches!(kind, 8 | 9)
                && let Some(role) = self.roles.get(&guild).and_then(|r| r.get(&id))
            {
                resolved["roles"][id.to_string()] = role.clone();
            }
            if kind == 7
                && let Some(channel) = self.channels.get(&id)
            {
                resolved["channels"][id.to_string()] = channel.clone();
            }
        }
        resolved
    }

    /// A command the bot registered in `guild` or globally.
    fn registered_command(&self, guild: u64, matches: impl Fn(&Value) -> bool) -> Option<Value> {
        self.guild_commands
            .get(&guild)
            .into_iter()
            .flatten()
            .chain(&self.global_commands)
            .find(|c| matches(c))
            .cloned()
    }

    /// A message context-menu command (type 3) on `message`.
    pub fn message_command_interaction(
        &mut self,
        inner: &Inner,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        message: u64,
    ) -> Result<Value, String> {
        let command = self
            .registered_command(guild, |c| c["name"] == name && c["type"] == 3)
            .ok_or_else(|| format!("the bot registered no message command named {name:?}"))?;
        let mut message_json = self
            .messages
            .get(&channel)
            .and_then(|m| m.get(&message))
            .cloned()
            .ok_or("unknown message")?;
        message_json["guild_id"] = json!(guild.to_string());
        let data = json!({
            "id": command["id"],
            "name": name,
            "type": 3,
            "guild_id": guild.to_string(),
            "target_id": message.to_string(),
            "resolved": {"messages": {message.to_string(): message_json}},
        });
        self.interaction(inner, 2, guild, channel, user, None, data)
    }

    /// A user command (context menu on a member, application command type 2) run by `user` on
    /// `target`: `data.target_id` and `resolved.users` / `resolved.members` as Discord sends
    /// them (Interactions → Application Commands, "User Commands"; Receiving and Responding,
    /// "Resolved Data Structure": a member without its `user`).
    pub fn user_command_interaction(
        &mut self,
        inner: &Inner,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        target: u64,
    ) -> Result<Value, String> {
        let command = self
            .registered_command(guild, |c| c["name"] == name && c["type"] == 2)
            .ok_or_else(|| format!("the bot registered no user command named {name:?}"))?;
        let user_json = self
            .users
            .get(&target)
            .cloned()
            .ok_or("unknown target user")?;
        let mut resolved = json!({"users": {target.to_string(): user_json}});
        if let Some(mut member) = self.members.get(&(guild, target)).cloned() {
            if let Some(m) = member.as_object_mut() {
                m.remove("user");
            }
            resolved["members"] = json!({target.to_string(): member});
        }
        let data = json!({
            "id": command["id"],
            "name": name,
            "type": 2,
            "guild_id": guild.to_string(),
            "target_id": target.to_string(),
            "resolved": resolved,
        });
        self.interaction(inner, 2, guild, channel, user, None, data)
    }

    /// An interaction from `user`: command (kind 2), button or select (3, on `message`) or
    /// modal submit (5). Registered so callbacks and follow-ups can find it.
    #[allow(clippy::too_many_arguments)]
    pub fn interaction(
        &mut self,
        inner: &Inner,
        kind: u8,
        guild: u64,
        channel: u64,
        user: u64,
        message: Option<u64>,
        data: Value,
    ) -> Result<Value, String> {
        let channel_json = self
            .channels
            .get(&channel)
            .cloned()
            .ok_or("unknown channel")?;
        let member = self
            .members
            .get(&(guild, user))
            .cloned()
            .ok_or("unknown member")?;
        let mut message_json = match message {
            Some(id) => self
                .messages
                .get(&channel)
                .and_then(|m| m.get(&id))
                .cloned()
                .ok_or("unknown message")?,
            None => Value::Null,
        };
        if kind == 3 && message_json.is_null() {
            return Err("a component interaction needs the message it is on".into());
        }
        let id = inner.snowflake();
        let token = format!("interaction-token-{id}");
        let mut payload = j::interaction(
            id,
            BOT_ID,
            kind,
            &token,
            guild,
            &channel_json,
            &member,
            data,
        );
        if !message_json.is_null() {
            message_json["guild_id"] = json!(guild.to_string());
            payload["message"] = message_json;
        }
        // The invoking user's client language and the guild's preferred locale (Interaction
        // Object: `locale`, `guild_locale`).
        payload["locale"] = json!(self.user_locale(user));
        if let Some(guild_locale) = self
            .guilds
            .get(&guild)
            .map(|g| g["preferred_locale"].clone())
        {
            payload["guild_locale"] = guild_locale;
        }
        let trigger = (kind == 5).then(|| self.modal_trigger(user, guild, inner.snowflake()));
        self.interactions.insert(
            token,
            InteractionState {
                id,
                kind,
                guild,
                channel,
                user: member["user"].clone(),
                message,
                trigger,
                ..InteractionState::default()
            },
        );
        Ok(payload)
    }

    /// An interaction in `user`'s DM with the bot (Interactions → Interaction Object: in a DM
    /// there is `user` and no `member` or `guild_id`; `context` 1 is BOT_DM).
    pub fn dm_interaction(
        &mut self,
        inner: &Inner,
        kind: u8,
        user: u64,
        message: Option<u64>,
        data: Value,
    ) -> Result<Value, String> {
        let channel = *self
            .dm_channels
            .get(&user)
            .ok_or("no DM channel with the user")?;
        let user_json = self.users.get(&user).cloned().ok_or("unknown user")?;
        let message_json = match message {
            Some(id) => Some(
                self.messages
                    .get(&channel)
                    .and_then(|m| m.get(&id))
                    .cloned()
                    .ok_or("unknown message")?,
            ),
            None => None,
        };
        let id = inner.snowflake();
        let token = format!("interaction-token-{id}");
        let mut payload = j::dm_interaction(id, BOT_ID, kind, &token, channel, &user_json, data);
        payload["locale"] = json!(self.user_locale(user));
        if let Some(m) = message_json {
            payload["message"] = m;
        }
        self.interactions.insert(
            token,
            InteractionState {
                id,
                kind,
                guild: 0,
                channel,
                user: user_json,
                message,
                ..InteractionState::default()
            },
        );
        Ok(payload)
    }

    /// The metadata of the latest interaction of `user` that the bot answered with a modal
    /// (callback type 9), as Discord puts it in a modal submit's `triggering_interaction_metadata`.
    fn modal_trigger(&self, user: u64, guild: u64, fallback_id: u64) -> Value {
        let user_id = user.to_string();
        self.interactions
            .values()
            .filter(|i| i.user["id"] == json!(user_id))
            .filter(|i| i.callbacks.iter().any(|c| c["type"] == 9))
            .max_by_key(|i| i.id)
            .map_or_else(
                || {
                    json!({
                        "id": fallback_id.to_string(), "type": 2, "user": self.users.get(&user).cloned().unwrap_or(Value::Null),
                        "authorizing_integration_owners": {"0": guild.to_string()},
                    })
                },
                InteractionState::metadata,
            )
    }

    pub fn first_callback(&self, token: &str) -> Option<Value> {
        self.interactions
            .get(token)
            .and_then(|i| i.callbacks.first().cloned())
    }

    /// The first text the user sees: a message callback's content, else (after a deferral) the
    /// original response's or a follow-up's content.
    pub fn reply_text(&self, token: &str) -> Option<String> {
        let interaction = self.interactions.get(token)?;
        let first = interaction.callbacks.first()?;
        // The content, or for a reply of embeds only, their text (title, description, and
        // each field as "name: value").
        let text = |v: &Value| {
            v["content"]
                .as_str()
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .or_else(|| embeds_text(v))
        };
        if first["type"] == 4 {
            return text(&first["data"]);
        }
        interaction
            .original
            .as_ref()
            .and_then(text)
            .or_else(|| interaction.followups.iter().find_map(text))
    }

    /// Dispatch → first callback, once the callback arrived.
    pub fn callback_latency(&self, token: &str) -> Option<std::time::Duration> {
        let interaction = self.interactions.get(token)?;
        Some(
            interaction
                .callback_at?
                .duration_since(interaction.sent_at?),
        )
    }

    pub fn interaction_messages(&self, token: &str) -> Vec<Value> {
        self.interactions
            .get(token)
            .map(|i| i.callbacks.iter().chain(&i.followups).cloned().collect())
            .unwrap_or_default()
    }
}

/// The text of a message's embeds, `None` when it has none.
fn embeds_text(message: &Value) -> Option<String> {
    let embeds = message["embeds"].as_array().filter(|e| !e.is_empty())?;
    let mut out = Vec::new();
    for e in embeds {
        for key in ["title", "description"] {
            if let Some(t) = e[key].as_str() {
                out.push(t.to_owned());
            }
        }
        for f in e["fields"].as_array().into_iter().flatten() {
            out.push(format!(
                "{}: {}",
                f["name"].as_str().unwrap_or_default(),
                f["value"].as_str().unwrap_or_default()
            ));
        }
    }
    Some(out.join("\n"))
}
