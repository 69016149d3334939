//! `/stats server` and `/stats user <user>`: TicketsBot's statistics, for staff.

use poise::serenity_prelude as serenity;

use super::{Context, Error, reply_lang, support_staff};
use crate::domain::stats::{self, Ratings, Spread, Windows};
use crate::i18n::Msg;
use crate::ids::UserId;
use crate::msg;
use crate::store::stats as rows;

/// Ticket statistics.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("server", "user"),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn stats(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

fn spread(s: &Spread) -> Msg {
    match (s.average, s.median) {
        (Some(avg), Some(median)) => msg!(
            "stats-spread",
            average = avg,
            median = median,
            count = s.count
        ),
        _ => msg!("stats-no-data"),
    }
}

fn windows(w: &Windows<Spread>) -> Msg {
    msg!(
        "stats-windows",
        week = spread(&w.week),
        month = spread(&w.month),
        all = spread(&w.all)
    )
}

fn ratings(r: &Ratings) -> Msg {
    r.average.map_or_else(
        || msg!("stats-no-ratings"),
        |avg| {
            msg!(
                "stats-ratings",
                average = crate::i18n::Arg::decimal(avg, 1),
                count = r.count
            )
        },
    )
}

async fn reply(ctx: Context<'_>, embed: serenity::CreateEmbed) -> Result<(), Error> {
    ctx.send(poise::CreateReply::default().embed(embed).ephemeral(true))
        .await?;
    Ok(())
}

/// This server's ticket statistics.
#[poise::command(slash_command, guild_only)]
pub async fn server(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let core = &ctx.data().core;
    let (tickets, given) = rows::server_inputs(&core.db, guild).await?;
    let s = stats::server(&tickets, &given, core.clock.now());
    let lang = reply_lang(ctx).await;
    let t = |m: Msg| m.render(lang);
    reply(
        ctx,
        serenity::CreateEmbed::new()
            .title(t(msg!("stats-server-title")))
            .field(t(msg!("stats-open-tickets")), s.open.to_string(), true)
            .field(t(msg!("stats-total-tickets")), s.total.to_string(), true)
            .field(
                t(msg!("stats-opened")),
                t(msg!(
                    "stats-opened-value",
                    week = s.opened_week,
                    month = s.opened_month
                )),
                true,
            )
            .field(
                t(msg!("stats-first-response")),
                t(windows(&s.first_response)),
                false,
            )
            .field(
                t(msg!("stats-resolution")),
                t(windows(&s.resolution)),
                false,
            )
            .field(t(msg!("stats-rating")), t(ratings(&s.ratings)), false),
    )
    .await
}

/// A staff member's ticket statistics.
#[poise::command(slash_command, guild_only)]
pub async fn user(
    ctx: Context<'_>,
    #[description = "The staff member"] user: serenity::User,
) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let core = &ctx.data().core;
    let who = UserId::new(user.id.get());
    let all = rows::rows(&core.db, guild).await?;
    let answered = rows::answered(&core.db, guild, who).await?;
    let s = stats::staff(&all, who, answered);
    let lang = reply_lang(ctx).await;
    let t = |m: Msg| m.render(lang);
    reply(
        ctx,
        serenity::CreateEmbed::new()
            .title(t(msg!("stats-user-title", user = &user.name)))
            .field(t(msg!("stats-claimed")), s.claimed.to_string(), true)
            .field(t(msg!("stats-closed")), s.closed.to_string(), true)
            .field(t(msg!("stats-answered")), s.answered.to_string(), true)
            .field(
                t(msg!("stats-their-first-response")),
                t(spread(&s.first_response)),
                false,
            )
            .field(
                t(msg!("stats-claimed-rating")),
                t(ratings(&s.ratings)),
                false,
            ),
    )
    .await
}
