//! Gathers the facts the domain rules need from the entity cache and SQLite: a member's level
//! (recomputed on every use), the blacklist, the bot's own permissions.

use crate::cache::CachedChannel;
use crate::domain::levels::{self, Level, Target};
use crate::domain::permissions::{MemberContext, Permissions, base_permissions};
use crate::domain::tickets::Refusal;
use crate::ids::{ChannelId, GuildId, RoleId, UserId};
use crate::store::staff::{self, AccessFacts};

use super::{AppCore, ServiceError, members};

/// The member acting, with what was decided about them.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: UserId,
    pub roles: Vec<RoleId>,
    pub level: Level,
    pub blacklisted: bool,
}

impl Actor {
    pub fn require(&self, needed: Level) -> Result<(), Refusal> {
        crate::domain::tickets::require(self.level, needed)
    }

    pub fn is_staff(&self) -> bool {
        self.level >= Level::Support
    }
}

/// The guild's owner and its roles' permissions, from the cache.
struct GuildFacts {
    owner: Option<UserId>,
    roles: Vec<(RoleId, Permissions)>,
}

async fn guild_facts(core: &AppCore, guild: GuildId) -> Result<GuildFacts, ServiceError> {
    Ok(core
        .cache
        .read(move |r| {
            Ok(GuildFacts {
                owner: r.guild(guild)?.map(|g| g.owner_id),
                roles: r
                    .roles(guild)?
                    .into_iter()
                    .map(|role| (role.id, Permissions(role.permissions)))
                    .collect(),
            })
        })
        .await?)
}

fn permissions_of(
    facts: &GuildFacts,
    guild: GuildId,
    user: UserId,
    roles: &[RoleId],
) -> Permissions {
    let everyone_id = RoleId::new(guild.get());
    let everyone = facts
        .roles
        .iter()
        .find(|(id, _)| *id == everyone_id)
        .map_or(Permissions::NONE, |(_, p)| *p);
    let member_roles: Vec<(RoleId, Permissions)> = facts
        .roles
        .iter()
        .filter(|(id, _)| roles.contains(id))
        .copied()
        .collect();
    base_permissions(&MemberContext {
        user,
        owner: facts.owner.unwrap_or(UserId::new(0)),
        everyone: (everyone_id, everyone),
        roles: &member_roles,
    })
}

fn decide(
    facts: &GuildFacts,
    access: &AccessFacts,
    guild: GuildId,
    user: UserId,
    roles: Vec<RoleId>,
) -> Actor {
    let member = levels::Member {
        user,
        roles: &roles,
        is_owner: facts.owner == Some(user),
        permissions: permissions_of(facts, guild, user, &roles),
    };
    let level = levels::level(&member, &access.staff, &access.team_members);
    let blacklisted = access.blacklist.iter().any(|t| match t {
        Target::User(u) => *u == user,
        Target::Role(r) => roles.contains(r),
    });
    Actor {
        user,
        roles,
        level,
        blacklisted,
    }
}

/// The acting member, with `roles` as the interaction reported them (the freshest source).
pub async fn actor(
    core: &AppCore,
    guild: GuildId,
    user: UserId,
    roles: Vec<RoleId>,
) -> Result<Actor, ServiceError> {
    let facts = guild_facts(core, guild).await?;
    let access = staff::access_facts(&core.db, guild).await?;
    Ok(decide(&facts, &access, guild, user, roles))
}

/// The levels of several members of one guild, each with the roles a gateway event carried;
/// the guild's facts are read once.
pub async fn levels(
    core: &AppCore,
    guild: GuildId,
    members: &[(UserId, Vec<RoleId>)],
) -> Result<Vec<Level>, ServiceError> {
    let facts = guild_facts(core, guild).await?;
    let access = staff::access_facts(&core.db, guild).await?;
    Ok(members
        .iter()
        .map(|(user, roles)| decide(&facts, &access, guild, *user, roles.clone()).level)
        .collect())
}

/// Another member's level (for `/transfer`, `/remove`, staff entries): their roles from the
/// cache, fetched from Discord when missing or old ([`members`]).
pub async fn level_of(core: &AppCore, guild: GuildId, user: UserId) -> Result<Level, ServiceError> {
    let roles = members::member(core, guild, user)
        .await?
        .map(|m| m.roles)
        .unwrap_or_default();
    Ok(actor(core, guild, user, roles).await?.level)
}

/// A member's level, or `None` when `user` is not a member of `guild` (the dashboard and the
/// transcript viewer refuse those).
pub async fn member_level(
    core: &AppCore,
    guild: GuildId,
    user: UserId,
) -> Result<Option<(Vec<RoleId>, Level)>, ServiceError> {
    let Some(member) = members::member(core, guild, user).await? else {
        return Ok(None);
    };
    let level = actor(core, guild, user, member.roles.clone()).await?.level;
    Ok(Some((member.roles, level)))
}

/// Whether a role is a staff role (admin or support entry, or a team member).
pub async fn role_is_staff(
    core: &AppCore,
    guild: GuildId,
    role: RoleId,
) -> Result<bool, ServiceError> {
    let access = staff::access_facts(&core.db, guild).await?;
    let target = Target::Role(role);
    Ok(access.staff.iter().any(|s| s.target == target) || access.team_members.contains(&target))
}

/// The bot's guild-wide permissions, from the cache.
pub async fn bot_permissions(
    core: &AppCore,
    guild: GuildId,
    bot: UserId,
) -> Result<Permissions, ServiceError> {
    let facts = guild_facts(core, guild).await?;
    let roles = core
        .cache
        .read(move |r| Ok(r.member(guild, bot)?.map(|m| m.roles)))
        .await?;
    // Not cached yet (a guild still arriving): let Discord decide.
    Ok(roles.map_or(Permissions::ALL, |roles| {
        permissions_of(&facts, guild, bot, &roles)
    }))
}

/// A cached channel.
pub async fn channel(core: &AppCore, id: ChannelId) -> Result<Option<CachedChannel>, ServiceError> {
    Ok(core.cache.read(move |r| r.channel_by_id(id)).await?)
}

/// How many channels the guild has and how many sit in `category`.
pub async fn channel_counts(
    core: &AppCore,
    guild: GuildId,
    category: Option<ChannelId>,
) -> Result<(usize, usize), ServiceError> {
    Ok(core
        .cache
        .read(move |r| {
            let channels = r.channels(guild)?;
            let in_category = channels
                .iter()
                .filter(|c| category.is_some() && c.parent_id == category && !c.kind.is_thread())
                .count();
            Ok((
                channels.iter().filter(|c| !c.kind.is_thread()).count(),
                in_category,
            ))
        })
        .await?)
}
