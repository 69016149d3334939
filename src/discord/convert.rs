//! serenity models → the cache's plain structs. The only place that knows both.

use poise::serenity_prelude as serenity;
use serenity::{ChannelType, PermissionOverwriteType};

use crate::cache::{
    CachedChannel, CachedGuild, CachedMember, CachedRole, CachedUser, ChannelKind, OverwriteTarget,
    PermissionOverwrite,
};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, RoleId, UserId};

pub fn guild_id(id: serenity::GuildId) -> GuildId {
    GuildId::new(id.get())
}

pub fn user_id(id: serenity::UserId) -> UserId {
    UserId::new(id.get())
}

pub fn guild(g: &serenity::Guild) -> CachedGuild {
    CachedGuild {
        id: guild_id(g.id),
        name: g.name.clone(),
        icon: g.icon.map(|h| h.to_string()),
        owner_id: user_id(g.owner_id),
        preferred_locale: g.preferred_locale.clone(),
    }
}

pub fn partial_guild(g: &serenity::PartialGuild) -> CachedGuild {
    CachedGuild {
        id: guild_id(g.id),
        name: g.name.clone(),
        icon: g.icon.map(|h| h.to_string()),
        owner_id: user_id(g.owner_id),
        preferred_locale: g.preferred_locale.clone(),
    }
}

fn kind(kind: ChannelType) -> ChannelKind {
    match kind {
        ChannelType::Text => ChannelKind::Text,
        ChannelType::Voice => ChannelKind::Voice,
        ChannelType::Category => ChannelKind::Category,
        ChannelType::News => ChannelKind::News,
        ChannelType::Stage => ChannelKind::Stage,
        ChannelType::Forum => ChannelKind::Forum,
        ChannelType::NewsThread => ChannelKind::NewsThread,
        ChannelType::PublicThread => ChannelKind::PublicThread,
        ChannelType::PrivateThread => ChannelKind::PrivateThread,
        other => ChannelKind::Other(u8::from(other)),
    }
}

pub fn channel(c: &serenity::GuildChannel) -> CachedChannel {
    CachedChannel {
        id: ChannelId::new(c.id.get()),
        guild_id: guild_id(c.guild_id),
        kind: kind(c.kind),
        name: c.name.clone(),
        parent_id: c.parent_id.map(|p| ChannelId::new(p.get())),
        position: i32::from(c.position),
        overwrites: c
            .permission_overwrites
            .iter()
            .filter_map(|o| {
                let target = match o.kind {
                    PermissionOverwriteType::Member(user) => OverwriteTarget::Member(user_id(user)),
                    PermissionOverwriteType::Role(role) => {
                        OverwriteTarget::Role(RoleId::new(role.get()))
                    }
                    _ => return None,
                };
                Some(PermissionOverwrite {
                    target,
                    allow: o.allow.bits(),
                    deny: o.deny.bits(),
                })
            })
            .collect(),
    }
}

pub fn role(guild: serenity::GuildId, r: &serenity::Role) -> CachedRole {
    CachedRole {
        id: RoleId::new(r.id.get()),
        guild_id: guild_id(guild),
        name: r.name.clone(),
        colour: r.colour.0,
        position: i32::from(r.position),
        permissions: r.permissions.bits(),
        managed: r.managed,
        mentionable: r.mentionable,
    }
}

pub fn member(m: &serenity::Member) -> CachedMember {
    CachedMember {
        guild_id: guild_id(m.guild_id),
        user_id: user_id(m.user.id),
        nick: m.nick.clone(),
        roles: m.roles.iter().map(|r| RoleId::new(r.get())).collect(),
        joined_at: m.joined_at.map(timestamp),
        avatar: m.avatar.map(|h| h.to_string()),
        // Stamped when written to the cache.
        seen_at: Timestamp::from_millis(0),
    }
}

/// GUILD_MEMBER_UPDATE carries the member's fields without a `Member`.
pub fn member_update(e: &serenity::GuildMemberUpdateEvent) -> CachedMember {
    CachedMember {
        guild_id: guild_id(e.guild_id),
        user_id: user_id(e.user.id),
        nick: e.nick.clone(),
        roles: e.roles.iter().map(|r| RoleId::new(r.get())).collect(),
        joined_at: Some(timestamp(e.joined_at)),
        avatar: e.avatar.map(|h| h.to_string()),
        seen_at: Timestamp::from_millis(0),
    }
}

fn timestamp(t: serenity::Timestamp) -> Timestamp {
    Timestamp::from_millis(t.unix_timestamp() * 1000)
}

pub fn user(u: &serenity::User) -> CachedUser {
    CachedUser {
        id: user_id(u.id),
        username: u.name.clone(),
        global_name: u.global_name.clone(),
        discriminator: u.discriminator.map(std::num::NonZeroU16::get),
        avatar: u.avatar.map(|h| h.to_string()),
        bot: u.bot,
    }
}
