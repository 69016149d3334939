//! Thread mode's on-call role, for both transports: whether ticketbox can hand a role out (from
//! the cache: the role's place under ticketbox's highest role) and an admin's choice of role.
//! Giving and taking the role is Discord work (`discord::tickets::on_call`).

use super::{AppCore, ServiceError};
use crate::domain::on_call::{self, RoleFacts};
use crate::ids::{GuildId, RoleId, UserId};
use crate::store::on_call as store;

/// `role` as the domain sees it and the position of `bot`'s highest role in `guild`, from the
/// cache; `None` when the cache does not know the role (deleted).
pub async fn role_facts(
    core: &AppCore,
    guild: GuildId,
    role: RoleId,
    bot: UserId,
) -> Result<Option<(RoleFacts, i32)>, ServiceError> {
    let found = core
        .cache
        .read(move |r| {
            let Some(role) = r.role(guild, role)? else {
                return Ok(None);
            };
            let bot_roles = r.member(guild, bot)?.map(|m| m.roles).unwrap_or_default();
            let mut top = 0;
            for id in bot_roles {
                if let Some(own) = r.role(guild, id)? {
                    top = top.max(own.position);
                }
            }
            Ok(Some((
                RoleFacts {
                    name: role.name,
                    position: role.position,
                    managed: role.managed,
                    is_everyone: role.id.get() == guild.get(),
                },
                top,
            )))
        })
        .await?;
    Ok(found)
}

/// An admin picks the on-call role (`None`: ticketbox makes one on the next `/on-call`);
/// everyone goes off call when it changes. The refusal, when there is one, says how to fix it.
pub async fn choose_role(
    core: &AppCore,
    guild: GuildId,
    role: Option<RoleId>,
) -> Result<Result<(), crate::i18n::Msg>, ServiceError> {
    if let Some(role) = role {
        let Some(bot) = core.discord_port().map(|p| p.bot_id()) else {
            return Ok(Err(crate::msg!("rule-on-call-not-connected")));
        };
        let Some((facts, bot_top)) = role_facts(core, guild, role, bot).await? else {
            return Ok(Err(crate::msg!("rule-on-call-unknown-role")));
        };
        if let Err(why) = on_call::check_role(&facts, bot_top) {
            return Ok(Err(why));
        }
    }
    store::set_role(&core.db, guild, role, false, core.clock.now()).await?;
    Ok(Ok(()))
}
