//! `/autoclose configure | exclude | show`: TicketsBot's auto-close.

use std::fmt::Write as _;

use super::{Context, Error, admin, say, support_staff};
use crate::discord::tickets::{ticket_here, user_error};
use crate::domain::autoclose::{Rules, format_duration};
use crate::ids::ChannelId;
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
        Err(ConfigureError::Rules(e)) => return Err(user_error(e.to_string())),
        Err(ConfigureError::Service(e)) => return Err(e.into()),
    };
    let mut text = format!("Auto-close saved.\n{}", describe(&configured.rules));
    if configured.overdue > 0 {
        let _ = write!(
            text,
            "\n{} open ticket{} already past a rule: {} close in {} unless someone answers.",
            configured.overdue,
            if configured.overdue == 1 {
                " is"
            } else {
                "s are"
            },
            if configured.overdue == 1 {
                "it will"
            } else {
                "they will"
            },
            format_duration(configured.rules.grace())
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
            "This ticket will not be closed automatically. Run this command again to undo."
        } else {
            "This ticket follows the server's auto-close rules again."
        },
    )
    .await
}

/// Shows the auto-close rules.
#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let rules = autoclose::rules(&ctx.data().core.db, guild).await?;
    say(ctx, describe(&rules)).await
}

/// The rules as a short list.
fn describe(rules: &Rules) -> String {
    let timed =
        |d: Option<std::time::Duration>| d.map_or_else(|| "off".to_owned(), format_duration);
    format!(
        "**Auto-close: {}**\n\
         • No response from the opener since opening: {}\n\
         • No answer from the opener since staff last wrote: {}\n\
         • Opener leaves the server: {}\n\
         • Warning before closing: {}",
        if rules.enabled { "on" } else { "off" },
        timed(rules.no_response),
        timed(rules.since_last_message),
        if rules.on_leave { "close" } else { "off" },
        rules.warning.map_or_else(
            || "off".to_owned(),
            |w| format!("{} before", format_duration(w))
        ),
    )
}
