//! `/panel hours` and `/panel log`: a panel's support hours — weekly windows in a time zone, holidays, and
//! whether members are refused or told when staff are back. The panel editor sets the same;
//! the domain reads and checks both.

use super::{Context, Error, admin, say};
use crate::discord::tickets::user_error;
use crate::domain::panels::parse_colour;
use crate::domain::support_hours::{Outside, SupportHours, parse_holidays, parse_windows};
use crate::i18n::Msg;
use crate::msg;
use crate::store::panels;

/// What happens outside the hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum OutsideChoice {
    #[name = "refuse new tickets"]
    Refuse,
    #[name = "open and tell when staff are back"]
    OpenAndTell,
}

/// Sets when a panel's staff are in (omit everything but the title to see them).
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn hours(
    ctx: Context<'_>,
    #[description = "The panel's title"] title: String,
    #[description = "Time zone, e.g. Europe/Berlin or America/New_York"] timezone: Option<String>,
    #[description = "Windows, e.g. mon-fri 09:00-17:00; sat 10:00-14:00"] windows: Option<String>,
    #[description = "Days off, e.g. 2026-12-24..2026-12-26 Christmas; 2027-01-01"] holidays: Option<
        String,
    >,
    #[description = "Outside the hours"] outside: Option<OutsideChoice>,
    #[description = "Notice; %next_open% and %next_open_relative% say when staff are back"]
    #[max_length = 1000]
    message: Option<String>,
    #[description = "The notice's colour, #rrggbb"] colour: Option<String>,
    #[description = "Remove the hours: always open"] remove: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let panel = super::panel::find(ctx, guild, &title).await?;
    let mut draft = panel.draft;
    if remove == Some(true) {
        draft.support_hours = None;
    } else if timezone.is_some()
        || windows.is_some()
        || holidays.is_some()
        || outside.is_some()
        || message.is_some()
        || colour.is_some()
    {
        let mut hours = draft.support_hours.take().unwrap_or_else(|| SupportHours {
            timezone: "UTC".to_owned(),
            windows: Vec::new(),
            holidays: Vec::new(),
            outside: Outside::Refuse,
            message: String::new(),
            colour: None,
        });
        if let Some(tz) = timezone {
            tz.trim().clone_into(&mut hours.timezone);
        }
        if let Some(w) = windows {
            hours.windows = parse_windows(&w).map_err(user_error)?;
        }
        if let Some(h) = holidays {
            hours.holidays = parse_holidays(&h).map_err(user_error)?;
        }
        if let Some(o) = outside {
            hours.outside = match o {
                OutsideChoice::Refuse => Outside::Refuse,
                OutsideChoice::OpenAndTell => Outside::OpenAndTell,
            };
        }
        if let Some(m) = message {
            hours.message = m.trim().replace("\\n", "\n");
        }
        if let Some(c) = colour {
            hours.colour = Some(parse_colour(&c).map_err(user_error)?);
        }
        draft.support_hours = Some(hours);
    }
    draft.validate().map_err(user_error)?;
    let shown = draft.support_hours.clone();
    panels::update(db, guild, panel.id, draft, None).await?;
    say(ctx, describe(&title, shown.as_ref())).await
}

/// The hours as `/panel hours` and `/setup show` list them.
pub fn describe(title: &str, hours: Option<&SupportHours>) -> Msg {
    match hours {
        None => msg!("panel-hours-none", title = title),
        Some(h) => {
            let holidays = h.holidays_text();
            let outside = match h.outside {
                Outside::Refuse => msg!("panel-hours-outside-refuse"),
                Outside::OpenAndTell => msg!("panel-hours-outside-tell"),
            };
            if holidays.is_empty() {
                msg!(
                    "panel-hours-summary",
                    title = title,
                    timezone = &h.timezone,
                    windows = h.windows_text(),
                    outside = outside
                )
            } else {
                msg!(
                    "panel-hours-summary-days-off",
                    title = title,
                    timezone = &h.timezone,
                    windows = h.windows_text(),
                    holidays = holidays,
                    outside = outside
                )
            }
        }
    }
}

/// Where a panel's closed tickets are logged (TicketsBot's per-panel transcript channel).
#[poise::command(slash_command, guild_only)]
pub async fn log(
    ctx: Context<'_>,
    #[description = "The panel's title"] title: String,
    #[description = "Log its closed tickets here instead of the server's log channel"]
    #[channel_types("Text")]
    channel: Option<poise::serenity_prelude::GuildChannel>,
    #[description = "Use the server's log channel again"] server_log: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let panel = super::panel::find(ctx, guild, &title).await?;
    if channel
        .as_ref()
        .is_some_and(|c| c.guild_id.get() != guild.get())
    {
        return Err(user_error(msg!("panel-cmd-log-foreign-channel")));
    }
    let mut draft = panel.draft;
    if let Some(c) = channel {
        draft.log_channel = Some(crate::ids::ChannelId::new(c.id.get()));
    }
    if server_log == Some(true) {
        draft.log_channel = None;
    }
    let shown = draft.log_channel;
    panels::update(db, guild, panel.id, draft, None).await?;
    say(
        ctx,
        match shown {
            Some(c) => msg!("panel-cmd-log-channel", title = &title, channel = c),
            None => msg!("panel-cmd-log-server-channel", title = &title),
        },
    )
    .await
}
