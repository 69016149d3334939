//! `/on-call` (staff toggle themselves) and `/setup on-call` (admins pick the role).

use poise::serenity_prelude as serenity;

use super::{Context, Error, admin, env, plain_role, say, support_staff};
use crate::discord::tickets::on_call;
use crate::ids::RoleId;
use crate::msg;

/// Puts you on call (new thread tickets add you), or off call.
#[poise::command(slash_command, guild_only, rename = "on-call")]
pub async fn on_call_toggle(ctx: Context<'_>) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let (guild, actor) = support_staff(ctx).await?;
    let reply = on_call::toggle(env(&ctx), guild, actor.user).await?;
    say(ctx, reply).await
}

/// The on-call role: pick one, or leave it out to let ticketbox make one on the next /on-call.
#[poise::command(slash_command, guild_only, rename = "on-call")]
pub async fn setup_on_call(
    ctx: Context<'_>,
    #[description = "The role on-call staff wear (empty: ticketbox makes one)"] role: Option<
        serenity::Role,
    >,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    if let Some(role) = &role {
        plain_role(role)?;
    }
    let chosen = role.as_ref().map(|r| RoleId::new(r.id.get()));
    on_call::choose_role(env(&ctx), guild, chosen).await?;
    say(
        ctx,
        match chosen {
            Some(r) => msg!("oncall-role-set", role = r),
            None => msg!("oncall-role-cleared"),
        },
    )
    .await
}
