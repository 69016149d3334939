//! What the cache keeps of each Discord entity: only what permission checks, placeholders
//! and dashboard pages need (see PRIVACY.md §1). Plain data, no serenity types.

use serde::{Deserialize, Serialize};

use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, RoleId, UserId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedGuild {
    pub id: GuildId,
    pub name: String,
    pub icon: Option<String>,
    pub owner_id: UserId,
    /// The server's Discord language ("Community → Server Primary Language"; `en-US` when
    /// never set), the server language's default.
    pub preferred_locale: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    Text,
    Voice,
    Category,
    News,
    Stage,
    Forum,
    NewsThread,
    PublicThread,
    PrivateThread,
    /// A type this version does not know, with Discord's number.
    Other(u8),
}

impl ChannelKind {
    pub fn is_thread(self) -> bool {
        matches!(
            self,
            Self::NewsThread | Self::PublicThread | Self::PrivateThread
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OverwriteTarget {
    Role(RoleId),
    Member(UserId),
}

/// A channel permission overwrite: bits allowed and denied for one role or member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermissionOverwrite {
    pub target: OverwriteTarget,
    pub allow: u64,
    pub deny: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedChannel {
    pub id: ChannelId,
    pub guild_id: GuildId,
    pub kind: ChannelKind,
    pub name: String,
    /// The category of a channel, or the parent channel of a thread.
    pub parent_id: Option<ChannelId>,
    pub position: i32,
    pub overwrites: Vec<PermissionOverwrite>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedRole {
    pub id: RoleId,
    pub guild_id: GuildId,
    pub name: String,
    pub colour: u32,
    pub position: i32,
    pub permissions: u64,
    pub managed: bool,
    pub mentionable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedMember {
    pub guild_id: GuildId,
    pub user_id: UserId,
    pub nick: Option<String>,
    pub roles: Vec<RoleId>,
    pub joined_at: Option<Timestamp>,
    /// The member's per-guild avatar hash.
    pub avatar: Option<String>,
    /// When Discord last told ticketbox about this member (GUILD_CREATE, a member event, an
    /// interaction or a REST fetch), stamped by whoever writes the row: on-demand lookups ask
    /// Discord again once it is older than their freshness (`discord::members`).
    pub seen_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedUser {
    pub id: UserId,
    pub username: String,
    pub global_name: Option<String>,
    /// `None` for users on the new username system (Discord's discriminator "0").
    pub discriminator: Option<u16>,
    pub avatar: Option<String>,
    pub bot: bool,
}
