//! Discord's permission computation, as documented ("Permissions → Permission Overwrites"):
//!
//! 1. The guild owner has every permission.
//! 2. Base = @everyone's permissions | each of the member's roles' permissions.
//! 3. ADMINISTRATOR in the base grants every permission (overwrites do not apply).
//! 4. In a channel: apply the @everyone overwrite (deny, then allow), then the member's roles'
//!    overwrites combined (all denies, then all allows), then the member's own overwrite.
//! 5. Without VIEW_CHANNEL in the channel, the member has no permission there.

use crate::ids::{RoleId, UserId};

/// A permission bit set (Discord's 64-bit field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Permissions(pub u64);

impl Permissions {
    pub const CREATE_INSTANT_INVITE: Self = Self(1 << 0);
    pub const KICK_MEMBERS: Self = Self(1 << 1);
    pub const ADMINISTRATOR: Self = Self(1 << 3);
    pub const MANAGE_CHANNELS: Self = Self(1 << 4);
    pub const MANAGE_GUILD: Self = Self(1 << 5);
    pub const ADD_REACTIONS: Self = Self(1 << 6);
    pub const VIEW_CHANNEL: Self = Self(1 << 10);
    pub const SEND_MESSAGES: Self = Self(1 << 11);
    pub const MANAGE_MESSAGES: Self = Self(1 << 13);
    pub const EMBED_LINKS: Self = Self(1 << 14);
    pub const ATTACH_FILES: Self = Self(1 << 15);
    pub const READ_MESSAGE_HISTORY: Self = Self(1 << 16);
    pub const MENTION_EVERYONE: Self = Self(1 << 17);
    pub const USE_EXTERNAL_EMOJIS: Self = Self(1 << 18);
    pub const MANAGE_ROLES: Self = Self(1 << 28);
    pub const MANAGE_THREADS: Self = Self(1 << 34);
    pub const CREATE_PRIVATE_THREADS: Self = Self(1 << 36);
    pub const USE_EXTERNAL_STICKERS: Self = Self(1 << 37);
    pub const SEND_MESSAGES_IN_THREADS: Self = Self(1 << 38);
    pub const SEND_VOICE_MESSAGES: Self = Self(1 << 46);
    pub const ALL: Self = Self(u64::MAX);
    pub const NONE: Self = Self(0);

    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    #[must_use]
    pub const fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    #[must_use]
    pub const fn remove(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl std::ops::BitOr for Permissions {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        self.union(rhs)
    }
}

/// Whom an overwrite targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Role(RoleId),
    Member(UserId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overwrite {
    pub target: Target,
    pub allow: Permissions,
    pub deny: Permissions,
}

/// What the computation needs to know about the guild and the member.
#[derive(Debug, Clone)]
pub struct MemberContext<'a> {
    pub user: UserId,
    pub owner: UserId,
    /// The @everyone role (its id is the guild's id) and its permissions.
    pub everyone: (RoleId, Permissions),
    /// The member's roles (not @everyone) with their permissions.
    pub roles: &'a [(RoleId, Permissions)],
}

/// The member's guild-wide permissions.
pub fn base_permissions(member: &MemberContext<'_>) -> Permissions {
    if member.user == member.owner {
        return Permissions::ALL;
    }
    let base = member
        .roles
        .iter()
        .fold(member.everyone.1, |acc, (_, p)| acc | *p);
    if base.contains(Permissions::ADMINISTRATOR) {
        Permissions::ALL
    } else {
        base
    }
}

/// The member's permissions in a channel with these overwrites.
pub fn channel_permissions(member: &MemberContext<'_>, overwrites: &[Overwrite]) -> Permissions {
    let base = base_permissions(member);
    if base == Permissions::ALL {
        return base;
    }
    let mut perms = base;
    let (everyone_id, _) = member.everyone;
    if let Some(o) = overwrites
        .iter()
        .find(|o| o.target == Target::Role(everyone_id))
    {
        perms = perms.remove(o.deny) | o.allow;
    }
    let (mut deny, mut allow) = (Permissions::NONE, Permissions::NONE);
    for o in overwrites {
        if let Target::Role(role) = o.target
            && role != everyone_id
            && member.roles.iter().any(|(r, _)| *r == role)
        {
            deny = deny | o.deny;
            allow = allow | o.allow;
        }
    }
    perms = perms.remove(deny) | allow;
    if let Some(o) = overwrites
        .iter()
        .find(|o| o.target == Target::Member(member.user))
    {
        perms = perms.remove(o.deny) | o.allow;
    }
    if perms.contains(Permissions::VIEW_CHANNEL) {
        perms
    } else {
        Permissions::NONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUILD: RoleId = RoleId::new(100);
    const MOD: RoleId = RoleId::new(200);
    const HELPER: RoleId = RoleId::new(300);
    const ME: UserId = UserId::new(1);
    const OWNER: UserId = UserId::new(2);

    const VIEW: Permissions = Permissions::VIEW_CHANNEL;
    const SEND: Permissions = Permissions::SEND_MESSAGES;
    const HISTORY: Permissions = Permissions::READ_MESSAGE_HISTORY;

    fn role_ow(role: RoleId, allow: Permissions, deny: Permissions) -> Overwrite {
        Overwrite {
            target: Target::Role(role),
            allow,
            deny,
        }
    }

    fn member_ow(user: UserId, allow: Permissions, deny: Permissions) -> Overwrite {
        Overwrite {
            target: Target::Member(user),
            allow,
            deny,
        }
    }

    struct Case {
        name: &'static str,
        user: UserId,
        everyone: Permissions,
        roles: Vec<(RoleId, Permissions)>,
        overwrites: Vec<Overwrite>,
        expect: Permissions,
    }

    #[test]
    #[allow(clippy::too_many_lines)] // one table of cases reads best as one list
    fn channel_permissions_follow_discords_order() {
        let none = Permissions::NONE;
        let cases = vec![
            Case {
                name: "owner has everything, even when denied",
                user: OWNER,
                everyone: none,
                roles: vec![],
                overwrites: vec![member_ow(OWNER, none, VIEW)],
                expect: Permissions::ALL,
            },
            Case {
                name: "administrator role bypasses overwrites",
                user: ME,
                everyone: VIEW,
                roles: vec![(MOD, Permissions::ADMINISTRATOR)],
                overwrites: vec![role_ow(GUILD, none, VIEW)],
                expect: Permissions::ALL,
            },
            Case {
                name: "base is @everyone plus roles",
                user: ME,
                everyone: VIEW,
                roles: vec![(MOD, SEND)],
                overwrites: vec![],
                expect: VIEW | SEND,
            },
            Case {
                name: "@everyone deny hides the channel",
                user: ME,
                everyone: VIEW | SEND,
                roles: vec![],
                overwrites: vec![role_ow(GUILD, none, VIEW)],
                expect: none,
            },
            Case {
                name: "role allow beats @everyone deny",
                user: ME,
                everyone: VIEW,
                roles: vec![(MOD, none)],
                overwrites: vec![role_ow(GUILD, none, VIEW), role_ow(MOD, VIEW | SEND, none)],
                expect: VIEW | SEND,
            },
            Case {
                name: "role allow beats another role's deny",
                user: ME,
                everyone: VIEW | SEND,
                roles: vec![(MOD, none), (HELPER, none)],
                overwrites: vec![role_ow(MOD, none, SEND), role_ow(HELPER, SEND, none)],
                expect: VIEW | SEND,
            },
            Case {
                name: "member deny beats role allow",
                user: ME,
                everyone: VIEW,
                roles: vec![(MOD, none)],
                overwrites: vec![role_ow(MOD, SEND, none), member_ow(ME, none, SEND)],
                expect: VIEW,
            },
            Case {
                name: "member allow beats @everyone deny",
                user: ME,
                everyone: none,
                roles: vec![],
                overwrites: vec![
                    role_ow(GUILD, none, VIEW),
                    member_ow(ME, VIEW | SEND | HISTORY, none),
                ],
                expect: VIEW | SEND | HISTORY,
            },
            Case {
                name: "overwrites of roles the member lacks do not apply",
                user: ME,
                everyone: VIEW,
                roles: vec![],
                overwrites: vec![role_ow(MOD, SEND, none)],
                expect: VIEW,
            },
            Case {
                name: "other members' overwrites do not apply",
                user: ME,
                everyone: VIEW,
                roles: vec![],
                overwrites: vec![member_ow(OWNER, none, VIEW)],
                expect: VIEW,
            },
            Case {
                name: "no VIEW_CHANNEL means nothing",
                user: ME,
                everyone: SEND | HISTORY,
                roles: vec![],
                overwrites: vec![],
                expect: none,
            },
        ];
        for case in cases {
            let member = MemberContext {
                user: case.user,
                owner: OWNER,
                everyone: (GUILD, case.everyone),
                roles: &case.roles,
            };
            assert_eq!(
                channel_permissions(&member, &case.overwrites),
                case.expect,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn base_permissions_of_owner_admin_and_member() {
        let roles = [(MOD, Permissions::KICK_MEMBERS)];
        let member = MemberContext {
            user: ME,
            owner: OWNER,
            everyone: (GUILD, VIEW),
            roles: &roles,
        };
        assert_eq!(base_permissions(&member), VIEW | Permissions::KICK_MEMBERS);
        let admin = [(MOD, Permissions::ADMINISTRATOR)];
        let member = MemberContext {
            user: ME,
            owner: OWNER,
            everyone: (GUILD, VIEW),
            roles: &admin,
        };
        assert_eq!(base_permissions(&member), Permissions::ALL);
        let owner = MemberContext {
            user: OWNER,
            owner: OWNER,
            everyone: (GUILD, Permissions::NONE),
            roles: &[],
        };
        assert_eq!(base_permissions(&owner), Permissions::ALL);
    }
}
