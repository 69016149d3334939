//! The fake's in-memory model. Entities are stored as the JSON Discord sends, so REST and
//! gateway payloads come straight from it.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};

use super::state_interactions::InteractionState;
use super::{BOT_ID, GuildHandle, GuildSpec, Inner, json as j};

pub struct State {
    pub bot_user: Value,
    pub guilds: BTreeMap<u64, Value>,
    pub roles: BTreeMap<u64, BTreeMap<u64, Value>>,
    pub channels: BTreeMap<u64, Value>,
    pub members: BTreeMap<(u64, u64), Value>,
    pub users: BTreeMap<u64, Value>,
    /// channel → message id → message. Ids increase with time, so order is chronological.
    pub messages: BTreeMap<u64, BTreeMap<u64, Value>>,
    pub global_commands: Vec<Value>,
    pub guild_commands: BTreeMap<u64, Vec<Value>>,
    pub interactions: HashMap<String, InteractionState>,
    /// user → DM channel id.
    pub dm_channels: BTreeMap<u64, u64>,
    /// Users who do not accept DMs from the bot ([`super::FakeDiscord::close_dms`]).
    pub dms_closed: std::collections::HashSet<u64>,
    /// Thread id → member user ids.
    pub thread_members: BTreeMap<u64, Vec<u64>>,
    /// channel → pinned message ids.
    pub pins: BTreeMap<u64, Vec<u64>>,
    /// CDN path (`channel/attachment/name`) → bytes.
    pub attachments: HashMap<String, Vec<u8>>,
    /// Who logs in through OAuth2 authorize (0: nobody set).
    pub oauth_user: u64,
    /// code → (user, PKCE challenge).
    pub oauth_codes: HashMap<String, (u64, Option<String>)>,
    /// access token → user.
    pub oauth_tokens: HashMap<String, u64>,
    /// Guilds the bot was removed from, as they were, for adding it back.
    pub departed: BTreeMap<u64, Departed>,
    /// guild → (user, voice channel) of the members in a voice channel.
    pub voice: BTreeMap<u64, Vec<(u64, u64)>>,
    /// A user's client language, sent as every interaction's `locale` (Interactions →
    /// Interaction Object: "locale: selected language of the invoking user"); `en-US` when
    /// not set.
    pub user_locales: HashMap<u64, String>,
    /// channel → when its name or topic changed lately (two changes per ten minutes).
    pub renames: HashMap<u64, Vec<std::time::Instant>>,
}

/// How a session asked to be fed: IDENTIFY's `intents` and `large_threshold`. They decide
/// which members a GUILD_CREATE carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feed {
    pub intents: u64,
    pub large_threshold: u64,
}

const GUILD_PRESENCES: u64 = 1 << 8;
const GUILD_VOICE_STATES: u64 = 1 << 7;

impl Feed {
    /// ticketbox's own IDENTIFY: GUILDS, GUILD_MEMBERS, GUILD_MESSAGES, MESSAGE_CONTENT, no
    /// GUILD_PRESENCES; serenity's `large_threshold` of 250.
    pub const WITHOUT_PRESENCES: Self = Self {
        intents: (1 << 0) | (1 << 1) | (1 << 9) | (1 << 15),
        large_threshold: 250,
    };
    /// The same with GUILD_PRESENCES: a guild under `large_threshold` comes with every member
    /// (the stress shape of the ingest benchmark).
    pub const WITH_PRESENCES: Self = Self {
        intents: Self::WITHOUT_PRESENCES.intents | GUILD_PRESENCES,
        large_threshold: 250,
    };
}

impl Default for Feed {
    fn default() -> Self {
        Self::WITHOUT_PRESENCES
    }
}

/// A guild's model while the bot is not in it.
pub struct Departed {
    guild: Value,
    roles: BTreeMap<u64, Value>,
    channels: Vec<(u64, Value)>,
    members: Vec<((u64, u64), Value)>,
}

/// @everyone by default: view channels, send messages, read history, add reactions, use
/// application commands.
pub const EVERYONE_PERMISSIONS: u64 = (1 << 6) | (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31);

/// What the bot's managed role gets when a guild adds it (the invite link's permissions):
/// view, send, manage channels/roles/messages/threads, embed, attach, history, private threads,
/// send in threads.
pub const BOT_PERMISSIONS: u64 = (1 << 4)
    | (1 << 10)
    | (1 << 11)
    | (1 << 13)
    | (1 << 14)
    | (1 << 15)
    | (1 << 16)
    | (1 << 28)
    | (1 << 34)
    | (1 << 36)
    | (1 << 38);

fn id_of(value: &Value) -> u64 {
    value["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

impl State {
    pub fn new() -> Self {
        let bot_user = j::user(BOT_ID, "ticketbox", true);
        let mut users = BTreeMap::new();
        users.insert(BOT_ID, bot_user.clone());
        Self {
            bot_user,
            guilds: BTreeMap::new(),
            roles: BTreeMap::new(),
            channels: BTreeMap::new(),
            members: BTreeMap::new(),
            users,
            messages: BTreeMap::new(),
            global_commands: Vec::new(),
            guild_commands: BTreeMap::new(),
            interactions: HashMap::new(),
            dm_channels: BTreeMap::new(),
            dms_closed: std::collections::HashSet::new(),
            thread_members: BTreeMap::new(),
            pins: BTreeMap::new(),
            attachments: HashMap::new(),
            oauth_user: 0,
            oauth_codes: HashMap::new(),
            oauth_tokens: HashMap::new(),
            departed: BTreeMap::new(),
            voice: BTreeMap::new(),
            renames: HashMap::new(),
            user_locales: HashMap::new(),
        }
    }

    pub fn add_guild(&mut self, inner: &Inner, spec: &GuildSpec) -> GuildHandle {
        let id = inner.snowflake();
        let owner = if spec.owner == 0 {
            inner.snowflake()
        } else {
            spec.owner
        };
        let owner_name = format!("owner{}", id % 100_000);
        let owner_json = self
            .users
            .entry(owner)
            .or_insert_with(|| j::user(owner, &owner_name, false))
            .clone();

        let mut roles = BTreeMap::new();
        // @everyone: the guild's id; default permissions as Discord grants them.
        roles.insert(id, j::role(id, "@everyone", EVERYONE_PERMISSIONS, 0));
        let mut role_ids = Vec::new();
        for (position, (name, permissions)) in spec.roles.iter().enumerate() {
            let role_id = inner.snowflake();
            roles.insert(
                role_id,
                j::role(
                    role_id,
                    name,
                    *permissions,
                    u16::try_from(position + 1).unwrap_or(1),
                ),
            );
            role_ids.push(role_id);
        }
        // The bot's managed role, above the others (as Discord adds it on invite).
        let bot_role = inner.snowflake();
        let mut bot_role_json = j::role(
            bot_role,
            "ticketbox",
            spec.bot_permissions,
            u16::try_from(spec.roles.len() + 1).unwrap_or(1),
        );
        bot_role_json["managed"] = json!(true);
        roles.insert(bot_role, bot_role_json);
        self.roles.insert(id, roles);

        let category = inner.snowflake();
        self.channels.insert(
            category,
            j::channel(id, category, "Text Channels", 4, None, 0),
        );
        let mut channels = Vec::new();
        let names = (0..spec.text_channels)
            .map(|n| {
                if n == 0 {
                    "general".to_owned()
                } else {
                    format!("channel-{n}")
                }
            })
            .chain(spec.named_channels.iter().cloned());
        for (n, name) in names.enumerate() {
            let channel = inner.snowflake();
            self.channels.insert(
                channel,
                j::channel(
                    id,
                    channel,
                    &name,
                    0,
                    Some(category),
                    i64::try_from(n).unwrap_or(0),
                ),
            );
            channels.push(channel);
        }

        let mut guild_json = j::guild(id, &spec.name, owner, &[]);
        // "Guild Object → preferred_locale": the community server's primary language, en-US
        // by default.
        guild_json["preferred_locale"] = json!(spec.preferred_locale);
        self.guilds.insert(id, guild_json);
        self.members
            .insert((id, owner), j::member(&owner_json, &[]));
        self.members
            .insert((id, BOT_ID), j::member(&self.bot_user, &[bot_role]));
        let mut members = Vec::new();
        for n in 0..spec.members {
            let (user, _) = self.add_member(inner, id, &format!("member{n}"), &[]);
            members.push(user);
        }
        if spec.in_voice > 0 {
            let voice = inner.snowflake();
            self.channels
                .insert(voice, j::channel(id, voice, "Lounge", 2, Some(category), 0));
            let talking = members.iter().take(spec.in_voice).map(|u| (*u, voice));
            self.voice.insert(id, talking.collect());
        }
        GuildHandle {
            id,
            owner,
            everyone_role: id,
            roles: role_ids,
            bot_role,
            category,
            channels,
            members,
        }
    }

    /// Adds a new user as a member; returns the user id and the member JSON.
    pub fn add_member(
        &mut self,
        inner: &Inner,
        guild: u64,
        username: &str,
        roles: &[u64],
    ) -> (u64, Value) {
        let user_id = inner.snowflake();
        let user = j::user(user_id, username, false);
        self.users.insert(user_id, user.clone());
        let member = j::member(&user, roles);
        self.members.insert((guild, user_id), member.clone());
        (user_id, member)
    }

    pub fn remove_member(&mut self, guild: u64, user: u64) -> Option<Value> {
        if let Some(voice) = self.voice.get_mut(&guild) {
            voice.retain(|(u, _)| *u != user);
        }
        self.members
            .remove(&(guild, user))
            .map(|m| m["user"].clone())
    }

    /// The bot leaves (or is removed from) `guild`: its model is kept aside for
    /// [`State::restore_guild`].
    pub fn remove_guild(&mut self, guild: u64) {
        let Some(g) = self.guilds.remove(&guild) else {
            return;
        };
        let id = guild.to_string();
        let channels: Vec<(u64, Value)> = self
            .channels
            .iter()
            .filter(|(_, c)| c["guild_id"].as_str() == Some(id.as_str()))
            .map(|(k, c)| (*k, c.clone()))
            .collect();
        for (k, _) in &channels {
            self.channels.remove(k);
        }
        let members: Vec<((u64, u64), Value)> = self
            .members
            .range((guild, 0)..=(guild, u64::MAX))
            .map(|(k, m)| (*k, m.clone()))
            .collect();
        self.members.retain(|(g, _), _| *g != guild);
        let departed = Departed {
            guild: g,
            roles: self.roles.remove(&guild).unwrap_or_default(),
            channels,
            members,
        };
        self.departed.insert(guild, departed);
    }

    /// The bot is added back to a guild it left: its model returns. False when unknown.
    pub fn restore_guild(&mut self, guild: u64) -> bool {
        let Some(d) = self.departed.remove(&guild) else {
            return false;
        };
        self.guilds.insert(guild, d.guild);
        self.roles.insert(guild, d.roles);
        self.channels.extend(d.channels);
        self.members.extend(d.members);
        true
    }

    pub fn guild_channels(&self, guild: u64) -> Vec<Value> {
        self.channels_where("guild_id", guild).cloned().collect()
    }

    /// How many channels `guild` has, without copying them (creating a channel asks this
    /// under the state lock, which every other request waits for).
    pub fn guild_channel_count(&self, guild: u64) -> usize {
        self.channels_where("guild_id", guild).count()
    }

    /// How many channels the category `parent` holds.
    pub fn category_children(&self, parent: u64) -> usize {
        self.channels_where("parent_id", parent).count()
    }

    /// The channels whose `field` (a snowflake string) is `id`.
    fn channels_where(&self, field: &'static str, id: u64) -> impl Iterator<Item = &Value> {
        let id = id.to_string();
        self.channels
            .values()
            .filter(move |c| c[field].as_str() == Some(id.as_str()))
    }

    pub fn guild_members(&self, guild: u64) -> Vec<Value> {
        self.members
            .range((guild, 0)..=(guild, u64::MAX))
            .map(|(_, m)| m.clone())
            .collect()
    }

    pub fn guild_roles(&self, guild: u64) -> Vec<Value> {
        self.roles
            .get(&guild)
            .map(|r| r.values().cloned().collect())
            .unwrap_or_default()
    }

    /// GUILD_CREATE for a session fed as `feed`. Discord's documentation, "Gateway Events →
    /// Guild Create": without the GUILD_PRESENCES intent, or in a guild over 75,000 members,
    /// `members` holds only the bot and the members in voice channels; "Request Guild
    /// Members": with it, a guild over `large_threshold` members sends those online, with a
    /// role, a nickname or in voice (the fake models no presence: nobody is online), a smaller
    /// guild every member. `member_count` is always the real count, and `large` is
    /// `member_count > large_threshold`. `voice_states` come with GUILD_VOICE_STATES.
    pub fn guild_create_payload(&self, guild: u64, feed: Feed) -> Option<Value> {
        let g = self.guilds.get(&guild)?;
        let channels: Vec<Value> = self
            .guild_channels(guild)
            .into_iter()
            .filter(|c| !matches!(c["type"].as_u64(), Some(10..=12)))
            .collect();
        let everyone = self.guild_members(guild);
        let count = everyone.len();
        let large = u64::try_from(count).unwrap_or(u64::MAX) > feed.large_threshold;
        let voice = self.voice.get(&guild).map_or(&[][..], Vec::as_slice);
        let in_voice = |m: &Value| voice.iter().any(|(u, _)| *u == id_of(&m["user"]));
        let is_bot = |m: &Value| id_of(&m["user"]) == BOT_ID;
        let members: Vec<Value> = if feed.intents & GUILD_PRESENCES == 0 || count > 75_000 {
            everyone
                .into_iter()
                .filter(|m| is_bot(m) || in_voice(m))
                .collect()
        } else if large {
            everyone
                .into_iter()
                .filter(|m| {
                    is_bot(m)
                        || in_voice(m)
                        || !m["nick"].is_null()
                        || m["roles"].as_array().is_some_and(|r| !r.is_empty())
                })
                .collect()
        } else {
            everyone
        };
        let voice_states: Vec<Value> = if feed.intents & GUILD_VOICE_STATES == 0 {
            Vec::new()
        } else {
            voice
                .iter()
                .map(|(user, channel)| j::voice_state(*user, *channel))
                .collect()
        };
        let mut payload = j::guild_create(g, &self.guild_roles(guild), &channels, &members);
        payload["member_count"] = json!(count);
        payload["large"] = json!(large);
        payload["voice_states"] = Value::Array(voice_states);
        Some(payload)
    }

    pub fn create_message(
        &mut self,
        inner: &Inner,
        channel: u64,
        author: u64,
        content: &str,
    ) -> Value {
        let id = inner.snowflake();
        let guild = self
            .channels
            .get(&channel)
            .and_then(|c| c["guild_id"].as_str()?.parse().ok());
        let author = self
            .users
            .get(&author)
            .cloned()
            .unwrap_or_else(|| j::user(author, "unknown", false));
        let mut message = j::message(id, channel, guild, &author, content);
        if let Some(member) = guild.and_then(|g| self.members.get(&(g, id_of(&author)))) {
            let mut member = member.clone();
            member.as_object_mut().map(|m| m.remove("user"));
            message["member"] = member;
        }
        self.messages
            .entry(channel)
            .or_default()
            .insert(id, message.clone());
        message
    }

    /// Whether a message to DM channel `channel` is refused with 50007 ("Cannot send messages
    /// to this user", Topics → Opcodes and Status Codes): the recipient closed their DMs, or
    /// shares no server with the bot any more.
    pub fn dm_refused(&self, channel: u64) -> bool {
        self.dm_channels
            .iter()
            .find(|(_, c)| **c == channel)
            .is_some_and(|(user, _)| {
                self.dms_closed.contains(user)
                    || !self.members.keys().any(|(_, member)| member == user)
            })
    }

    /// A guild channel, thread or DM channel the fake knows.
    pub fn has_channel(&self, channel: u64) -> bool {
        self.channels.contains_key(&channel) || self.dm_channels.values().any(|c| *c == channel)
    }

    /// Whether `channel` is an archived thread: Discord refuses to create or edit messages in
    /// one (JSON error code 50083, "Operation cannot be performed on an archived thread",
    /// Topics → Opcodes and Status Codes); it must be unarchived first.
    pub fn is_archived_thread(&self, channel: u64) -> bool {
        self.channels
            .get(&channel)
            .is_some_and(|c| c["thread_metadata"]["archived"] == true)
    }

    pub fn message_mut(&mut self, channel: u64, message: u64) -> Option<&mut Value> {
        self.messages
            .get_mut(&channel)
            .and_then(|m| m.get_mut(&message))
    }

    /// Deletes a channel; returns it and the channels it held, when it was a category: those
    /// stay, without a parent, as Discord leaves them (each one's CHANNEL_UPDATE is for the
    /// caller to send).
    pub fn delete_channel(&mut self, channel: u64) -> Option<(Value, Vec<Value>)> {
        self.messages.remove(&channel);
        let removed = self.channels.remove(&channel)?;
        let mut orphans = Vec::new();
        if removed["type"].as_u64() == Some(4) {
            let id = channel.to_string();
            for child in self.channels.values_mut() {
                if child["parent_id"].as_str() == Some(id.as_str()) {
                    child["parent_id"] = Value::Null;
                    orphans.push(child.clone());
                }
            }
        }
        Some((removed, orphans))
    }

    /// A message with one attachment served from the fake CDN.
    pub fn create_message_with_attachment(
        &mut self,
        inner: &Inner,
        channel: u64,
        author: u64,
        content: &str,
        filename: &str,
        bytes: Vec<u8>,
    ) -> Value {
        let mut message = self.create_message(inner, channel, author, content);
        let message_id = id_of(&message);
        let attachment = inner.snowflake();
        let path = format!("{channel}/{attachment}/{filename}");
        let url = format!("{}/cdn/attachments/{path}", inner.base_url());
        message["attachments"] = json!([{
            "id": attachment.to_string(),
            "filename": filename,
            "size": bytes.len(),
            "url": url,
            "proxy_url": url,
            "content_type": content_type_of(filename),
        }]);
        self.attachments.insert(path, bytes);
        self.messages
            .entry(channel)
            .or_default()
            .insert(message_id, message.clone());
        message
    }
}

/// The content type Discord reports for an upload, from its extension.
fn content_type_of(filename: &str) -> &'static str {
    match filename
        .rsplit('.')
        .next()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("txt" | "log") => "text/plain; charset=utf-8",
        Some("pdf") => "application/pdf",
        _ => "application/octet-stream",
    }
}
