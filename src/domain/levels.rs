//! Who may do what: Everyone < Support < Admin, computed from Discord facts and the guild's
//! staff settings on every use (never cached).

use super::permissions::Permissions;
use crate::ids::{RoleId, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Everyone,
    Support,
    Admin,
}

/// A user or a role, as staff, team members and blacklist entries name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    User(UserId),
    Role(RoleId),
}

/// One configured staff entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaffEntry {
    pub target: Target,
    pub level: Level,
}

/// What decides a member's level in a guild.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    pub user: UserId,
    pub roles: &'a [RoleId],
    pub is_owner: bool,
    /// Guild-wide permissions (see [`super::permissions::base_permissions`]).
    pub permissions: Permissions,
}

impl Member<'_> {
    fn matches(&self, target: Target) -> bool {
        match target {
            Target::User(user) => user == self.user,
            Target::Role(role) => self.roles.contains(&role),
        }
    }
}

/// Admin: the owner, ADMINISTRATOR, or a configured admin user or role. Support: a configured
/// support user or role, or a member (user or role) of any support team.
impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Everyone => "everyone",
            Self::Support => "support",
            Self::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "everyone" => Some(Self::Everyone),
            "support" => Some(Self::Support),
            "admin" => Some(Self::Admin),
            _ => None,
        }
    }
}

pub fn level(member: &Member<'_>, staff: &[StaffEntry], team_members: &[Target]) -> Level {
    if member.is_owner
        || member.permissions.contains(Permissions::ADMINISTRATOR)
        || staff
            .iter()
            .any(|s| s.level == Level::Admin && member.matches(s.target))
    {
        return Level::Admin;
    }
    if staff
        .iter()
        .any(|s| s.level == Level::Support && member.matches(s.target))
        || team_members.iter().any(|t| member.matches(*t))
    {
        return Level::Support;
    }
    Level::Everyone
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: UserId = UserId::new(1);
    const HELPER: RoleId = RoleId::new(10);
    const BOSS: RoleId = RoleId::new(11);

    /// (name, member, staff entries, support team members, expected level)
    type Case<'a> = (&'a str, Member<'a>, &'a [StaffEntry], &'a [Target], Level);

    fn member(roles: &[RoleId], is_owner: bool, permissions: Permissions) -> Member<'_> {
        Member {
            user: ME,
            roles,
            is_owner,
            permissions,
        }
    }

    #[test]
    fn levels_from_every_source() {
        let none = Permissions::NONE;
        let admin_role = [StaffEntry {
            target: Target::Role(BOSS),
            level: Level::Admin,
        }];
        let support_user = [StaffEntry {
            target: Target::User(ME),
            level: Level::Support,
        }];
        let support_role = [StaffEntry {
            target: Target::Role(HELPER),
            level: Level::Support,
        }];
        let both = [admin_role[0], support_role[0]];
        let someone_else = [StaffEntry {
            target: Target::User(UserId::new(2)),
            level: Level::Admin,
        }];
        let cases: Vec<Case<'_>> = vec![
            (
                "plain member",
                member(&[], false, none),
                &[],
                &[],
                Level::Everyone,
            ),
            ("owner", member(&[], true, none), &[], &[], Level::Admin),
            (
                "ADMINISTRATOR",
                member(&[], false, Permissions::ADMINISTRATOR),
                &[],
                &[],
                Level::Admin,
            ),
            (
                "admin role",
                member(&[BOSS], false, none),
                &admin_role,
                &[],
                Level::Admin,
            ),
            (
                "admin role not held",
                member(&[HELPER], false, none),
                &admin_role,
                &[],
                Level::Everyone,
            ),
            (
                "support user",
                member(&[], false, none),
                &support_user,
                &[],
                Level::Support,
            ),
            (
                "support role",
                member(&[HELPER], false, none),
                &support_role,
                &[],
                Level::Support,
            ),
            (
                "team by user",
                member(&[], false, none),
                &[],
                &[Target::User(ME)],
                Level::Support,
            ),
            (
                "team by role",
                member(&[HELPER], false, none),
                &[],
                &[Target::Role(HELPER)],
                Level::Support,
            ),
            (
                "admin beats support",
                member(&[BOSS, HELPER], false, none),
                &both,
                &[],
                Level::Admin,
            ),
            (
                "other user's entry",
                member(&[], false, none),
                &someone_else,
                &[],
                Level::Everyone,
            ),
        ];
        for (name, m, staff, teams, expected) in cases {
            assert_eq!(level(&m, staff, teams), expected, "{name}");
        }
        assert!(Level::Everyone < Level::Support && Level::Support < Level::Admin);
    }
}
