//! `/autoclose configure | exclude | show`: TicketsBot's auto-close.

use super::{Context, Error, admin, say, support_staff};
use crate::discord::tickets::{ticket_here, user_error};
use crate::domain::autoclose::Rules;
use crate::i18n::Lang;
use crate::ids::ChannelId;
use crate::msg;
use crate::services::autoclose::{self as service, ConfigureError, RulesInput};
use crate::store::autoclose;

/// Closes tickets nobody answers, automatically.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("configure", "exclude", "show"),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn autoclose(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Sets the auto-close rules. Durations like 30m, 12h or 3d; "off" turns a rule off.
#[poise::command(slash_command, guild_only)]
pub async fn configure(
    ctx: Context<'_>,
    #[description = "Whether tickets close automatically at all"] enabled: Option<bool>,
    #[description = "Close when the opener has not written since opening for this long"]
    #[max_length = 40]
    no_response: Option<String>,
    #[description = "Close when staff wrote last and the opener has not answered for this long"]
    #[max_length = 40]
    since_last_message: Option<String>,
    #[description = "Close when the opener leaves the server"] on_leave: Option<bool>,
    #[description = "Post a warning this long before closing (off by default)"]
    #[max_length = 40]
    warning: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let input = RulesInput {
        enabled,
        no_response,
        since_last_message,
        on_leave,
        warning,
    };
    let configured = match service::configure(&ctx.data().core, guild, input).await {
        Ok(c) => c,
        Err(ConfigureError::Rules(e)) => return Err(user_error(e.message())),
        Err(ConfigureError::Service(e)) => return Err(e.into()),
    };
    let lang = super::reply_lang(ctx).await;
    let mut text = format!(
        "{}\n{}",
        msg!("autoclose-cmd-saved").render(lang),
        describe(&configured.rules, lang)
    );
    if configured.overdue > 0 {
        text.push('\n');
        text.push_str(
            &msg!(
                "autoclose-cmd-overdue",
                count = configured.overdue,
                grace = configured.rules.grace()
            )
            .render(lang),
        );
    }
    say(ctx, text).await
}

/// Excludes this ticket from auto-close, or includes it again.
#[poise::command(slash_command, guild_only)]
pub async fn exclude(ctx: Context<'_>) -> Result<(), Error> {
    support_staff(ctx).await?;
    let ticket = ticket_here(ctx.data(), ChannelId::new(ctx.channel_id().get())).await?;
    let excluded = autoclose::toggle_excluded(&ctx.data().core.db, ticket.id).await?;
    say(
        ctx,
        if excluded {
            msg!("autoclose-cmd-excluded")
        } else {
            msg!("autoclose-cmd-included")
        },
    )
    .await
}

/// Shows the auto-close rules.
#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let rules = autoclose::rules(&ctx.data().core.db, guild).await?;
    let lang = super::reply_lang(ctx).await;
    say(ctx, describe(&rules, lang)).await
}

/// The rules as a short list, in `lang`.
fn describe(rules: &Rules, lang: Lang) -> String {
    let off = || msg!("autoclose-cmd-off").render(lang);
    let timed = |d: Option<std::time::Duration>| d.map_or_else(off, |d| lang.duration(d));
    msg!(
        "autoclose-cmd-rules",
        state = if rules.enabled {
            msg!("autoclose-cmd-on")
        } else {
            msg!("autoclose-cmd-off")
        },
        no_response = timed(rules.no_response),
        since_last_message = timed(rules.since_last_message),
        on_leave = if rules.on_leave {
            msg!("autoclose-cmd-close")
        } else {
            msg!("autoclose-cmd-off")
        },
        warning = rules.warning.map_or_else(off, |w| {
            msg!("autoclose-cmd-warning-before", duration = w).render(lang)
        }),
    )
    .render(lang)
}
