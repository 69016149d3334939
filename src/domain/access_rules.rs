//! Who may open tickets from a panel (TicketsBot's access control): an ordered list of role
//! rules, each allowing or denying; the first rule whose role the member has decides, and a
//! member no rule matches may open (@everyone is allowed by default). Staff are exempt, as
//! with the other limits on opening.

use crate::i18n::Msg;
use crate::ids::RoleId;
use crate::msg;

/// The most rules a panel may have.
pub const MAX_RULES: usize = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessRule {
    pub role: RoleId,
    pub allow: bool,
}

/// The rule that turned a member away: its place (1-based) and role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Denied {
    pub rule: usize,
    pub role: RoleId,
    /// The role is @everyone (whose id is the guild's).
    pub everyone: bool,
}

/// The rule deciding for a member with `member_roles` (@everyone, `everyone`, is every member's):
/// `None` when the first matching rule allows, or none matches.
pub fn denied_by(
    rules: &[AccessRule],
    member_roles: &[RoleId],
    everyone: RoleId,
) -> Option<Denied> {
    let (i, rule) = rules
        .iter()
        .enumerate()
        .find(|(_, r)| r.role == everyone || member_roles.contains(&r.role))?;
    (!rule.allow).then_some(Denied {
        rule: i + 1,
        role: rule.role,
        everyone: rule.role == everyone,
    })
}

/// At most [`MAX_RULES`], one per role, and none after an @everyone rule (it decides for
/// every member first, so they could never apply). `name` shows a role in a refusal.
pub fn validate(
    rules: &[AccessRule],
    everyone: RoleId,
    name: impl Fn(RoleId) -> String,
) -> Result<(), Msg> {
    if rules.len() > MAX_RULES {
        return Err(msg!("rule-access-too-many", max = MAX_RULES));
    }
    for (i, rule) in rules.iter().enumerate() {
        if rules[..i].iter().any(|r| r.role == rule.role) {
            return Err(msg!("rule-access-duplicate", role = name(rule.role)));
        }
        if let Some(at) = rules[..i].iter().position(|r| r.role == everyone) {
            return Err(msg!(
                "rule-access-unreachable",
                rule = i + 1,
                role = name(rule.role),
                everyone_rule = at + 1
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERYONE: RoleId = RoleId::new(1);
    const VIP: RoleId = RoleId::new(2);
    const MUTED: RoleId = RoleId::new(3);

    fn rule(role: RoleId, allow: bool) -> AccessRule {
        AccessRule { role, allow }
    }

    #[test]
    fn the_first_matching_rule_decides() {
        // Muted members are turned away even when they are VIPs; VIPs may; no one else.
        let rules = [rule(MUTED, false), rule(VIP, true), rule(EVERYONE, false)];
        assert_eq!(
            denied_by(&rules, &[VIP, MUTED], EVERYONE),
            Some(Denied {
                rule: 1,
                role: MUTED,
                everyone: false
            })
        );
        assert_eq!(denied_by(&rules, &[VIP], EVERYONE), None);
        assert_eq!(
            denied_by(&rules, &[], EVERYONE),
            Some(Denied {
                rule: 3,
                role: EVERYONE,
                everyone: true
            })
        );
        assert_eq!(
            denied_by(&[], &[], EVERYONE),
            None,
            "@everyone allowed by default"
        );
        assert_eq!(denied_by(&[rule(VIP, false)], &[MUTED], EVERYONE), None);
    }

    #[test]
    fn unreachable_and_duplicate_rules_are_refused() {
        let name = |r: RoleId| format!("role {r}");
        assert!(validate(&[rule(VIP, true), rule(EVERYONE, false)], EVERYONE, name).is_ok());
        let after = validate(&[rule(EVERYONE, false), rule(VIP, true)], EVERYONE, name)
            .unwrap_err()
            .to_string();
        assert!(after.contains("rule 2 (role 2) can never apply"), "{after}");
        let twice = validate(&[rule(VIP, true), rule(VIP, false)], EVERYONE, name)
            .unwrap_err()
            .to_string();
        assert!(twice.contains("role 2 has two rules"), "{twice}");
        let many: Vec<_> = (10..26).map(|r| rule(RoleId::new(r), true)).collect();
        assert!(
            validate(&many, EVERYONE, name)
                .unwrap_err()
                .to_string()
                .contains("at most 15")
        );
    }
}
