//! `/stats server` and `/stats user <user>`: TicketsBot's statistics, for staff.

use poise::serenity_prelude as serenity;

use super::{Context, Error, support_staff};
use crate::domain::autoclose::format_duration;
use crate::domain::stats::{self, Ratings, Spread, Windows};
use crate::ids::UserId;
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

fn spread(s: &Spread) -> String {
    match (s.average, s.median) {
        (Some(avg), Some(median)) => format!(
            "{} avg, {} median ({} tickets)",
            format_duration(avg),
            format_duration(median),
            s.count
        ),
        _ => "no data yet".to_owned(),
    }
}

fn windows(w: &Windows<Spread>) -> String {
    format!(
        "7 days: {}\n30 days: {}\nAll time: {}",
        spread(&w.week),
        spread(&w.month),
        spread(&w.all)
    )
}

fn ratings(r: &Ratings) -> String {
    r.average.map_or_else(
        || "no ratings yet".to_owned(),
        |avg| format!("{avg:.1} / 5 from {} ratings", r.count),
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
    reply(
        ctx,
        serenity::CreateEmbed::new()
            .title("Ticket statistics")
            .field("Open tickets", s.open.to_string(), true)
            .field("Total tickets", s.total.to_string(), true)
            .field(
                "Opened",
                format!("{} in 7 days, {} in 30 days", s.opened_week, s.opened_month),
                true,
            )
            .field("First response time", windows(&s.first_response), false)
            .field("Resolution time", windows(&s.resolution), false)
            .field("Rating", ratings(&s.ratings), false),
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
    reply(
        ctx,
        serenity::CreateEmbed::new()
            .title(format!("Ticket statistics for {}", user.name))
            .field("Claimed", s.claimed.to_string(), true)
            .field("Closed", s.closed.to_string(), true)
            .field("Answered", s.answered.to_string(), true)
            .field(
                "Their first response time",
                spread(&s.first_response),
                false,
            )
            .field("Rating of tickets they claimed", ratings(&s.ratings), false),
    )
    .await
}
