//! Thread mode's on-call staff (TicketsBot's `/on-call`): staff mark themselves on call with a
//! role; a new thread ticket adds the members on call instead of waiting for staff to join from
//! the notification channel. One role per server, made by ticketbox on first use or chosen by
//! an admin.

use crate::i18n::Msg;
use crate::msg;

/// The name of the role ticketbox makes.
pub const ROLE_NAME: &str = "On Call";

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

/// What `/on-call` tells the member after a toggle.
pub fn toggled(on: bool, role_mention: &str, threads: bool) -> String {
    let mut text = if on {
        format!(
            "You are on call ({role_mention}): new thread tickets add you. Run /on-call again to go off call."
        )
    } else {
        format!("You are off call ({role_mention} removed). New thread tickets no longer add you.")
    };
    if on && !threads {
        text.push_str(
            "\nNote: this server opens tickets as channels, where the whole team sees every \
             ticket; on-call only changes thread tickets.",
        );
    }
    text
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

    #[test]
    fn the_reply_says_what_changed_and_warns_in_channel_mode() {
        assert!(toggled(true, "<@&1>", true).starts_with("You are on call"));
        assert!(!toggled(true, "<@&1>", true).contains("channels"));
        assert!(toggled(true, "<@&1>", false).contains("only changes thread tickets"));
        assert!(toggled(false, "<@&1>", false).starts_with("You are off call"));
    }
}
