//! Thread mode's on-call staff (TicketsBot's `/on-call`): staff mark themselves on call with a
//! role; a new thread ticket adds the members on call instead of waiting for staff to join from
//! the notification channel. One role per server, made by ticketbox on first use or chosen by
//! an admin.

use crate::i18n::Msg;
use crate::msg;

/// What ticketbox knows of a role it is asked to hand out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFacts {
    pub name: String,
    pub position: i32,
    pub managed: bool,
    pub is_everyone: bool,
}

/// Whether ticketbox can give and take `role` when its own highest role sits at `bot_top`:
/// Discord only lets a bot manage roles below its highest one ("Permission Hierarchy"). The
/// refusal says how to fix it.
pub fn check_role(role: &RoleFacts, bot_top: i32) -> Result<(), Msg> {
    if role.is_everyone {
        return Err(msg!("rule-on-call-everyone"));
    }
    if role.managed {
        return Err(msg!("rule-on-call-managed", role = &role.name));
    }
    if role.position >= bot_top {
        return Err(msg!("rule-on-call-above-bot", role = &role.name));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(position: i32) -> RoleFacts {
        RoleFacts {
            name: "Helpers".into(),
            position,
            managed: false,
            is_everyone: false,
        }
    }

    #[test]
    fn only_plain_roles_below_the_bot_can_be_on_call() {
        assert!(check_role(&role(2), 3).is_ok());
        let above = check_role(&role(3), 3).unwrap_err().to_string();
        assert!(
            above.contains("drag ticketbox's role above Helpers"),
            "{above}"
        );
        assert!(check_role(&role(5), 3).is_err());
        let managed = RoleFacts {
            managed: true,
            ..role(1)
        };
        assert!(
            check_role(&managed, 3)
                .unwrap_err()
                .to_string()
                .contains("bot or integration")
        );
        let everyone = RoleFacts {
            is_everyone: true,
            ..role(0)
        };
        assert!(
            check_role(&everyone, 3)
                .unwrap_err()
                .to_string()
                .contains("@everyone")
        );
    }
}
