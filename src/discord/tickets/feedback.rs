//! Feedback after a close: the rating request by DM (five star buttons, then "Add a comment"),
//! recording ratings and comments, and the log channel's close summary edited to show them.

use poise::serenity_prelude as serenity;

use super::close::{panel_title, summary_embed, transcript_link};
use super::{Env, user_error};
use crate::discord::BotError;
use crate::domain::components::ComponentId;
use crate::domain::feedback::{self as rules, FeedbackRefusal, MAX_COMMENT, stars};
use crate::ids::{TicketId, UserId};
use crate::store::tickets::{self, Ticket};
use crate::store::{feedback, tickets as ticket_store};

/// The DM's buttons: the transcript link, the five stars (the chosen one green), and once
/// rated, "Add a comment".
pub fn rating_rows(
    link: &str,
    ticket: TicketId,
    chosen: Option<u8>,
) -> Vec<serenity::CreateActionRow> {
    let star = |n: u8| {
        serenity::CreateButton::new(ComponentId::Rate(ticket, n).to_string())
            .label(format!("{n} ★"))
            .style(if chosen == Some(n) {
                serenity::ButtonStyle::Success
            } else {
                serenity::ButtonStyle::Secondary
            })
    };
    let mut rows = vec![
        serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new_link(link).label("View transcript"),
        ]),
        serenity::CreateActionRow::Buttons((1..=5).map(star).collect()),
    ];
    if chosen.is_some() {
        rows.push(serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(ComponentId::Comment(ticket).to_string())
                .label("Add a comment")
                .style(serenity::ButtonStyle::Primary),
        ]));
    }
    rows
}

/// The text of the rating request.
pub fn request_text(ticket: &Ticket) -> String {
    format!(
        "How did we do with ticket #{}? Rate it from 1 to 5 stars; you can change your rating for 24 hours.",
        ticket.number
    )
}

/// A ticket that can still be rated by `user`, or the reason it cannot.
async fn ratable(env: Env<'_>, id: TicketId, user: UserId, rating: u8) -> Result<Ticket, BotError> {
    let core = &env.data.core;
    let ticket = ticket_store::by_id(&core.db, id).await?;
    let refused = |r: FeedbackRefusal| user_error(r.to_string());
    // A ticket whose opener was removed on request (opener 0) or purged is gone for rating.
    let ticket = ticket
        .filter(|t| {
            t.opener.get() != 0
                && matches!(
                    t.state,
                    tickets::TicketState::Closed | tickets::TicketState::Closing
                )
        })
        .ok_or_else(|| refused(FeedbackRefusal::Gone))?;
    rules::check(
        ticket.opener,
        ticket.closed_at,
        user,
        rating,
        core.clock.now(),
    )
    .map_err(refused)?;
    Ok(ticket)
}

/// A star pressed: records the rating and returns the DM's new buttons.
pub async fn rate(
    env: Env<'_>,
    id: TicketId,
    user: UserId,
    rating: u8,
) -> Result<Vec<serenity::CreateActionRow>, BotError> {
    let ticket = ratable(env, id, user, rating).await?;
    let core = &env.data.core;
    feedback::rate(&core.db, id, user, rating, core.clock.now()).await?;
    refresh_log_later(env, id);
    let link = transcript_link(&core.config.http.public_url, &ticket);
    Ok(rating_rows(&link, id, Some(rating)))
}

/// "Add a comment" pressed: allowed when the ticket is rated and still within the window.
pub async fn may_comment(env: Env<'_>, id: TicketId, user: UserId) -> Result<(), BotError> {
    let current = feedback::get(&env.data.core.db, id).await?;
    let Some(current) = current else {
        return Err(user_error(FeedbackRefusal::NotRated.to_string()));
    };
    ratable(env, id, user, current.rating).await.map(drop)
}

/// The comment modal submitted.
pub async fn comment(env: Env<'_>, id: TicketId, user: UserId, text: &str) -> Result<(), BotError> {
    may_comment(env, id, user).await?;
    let text: String = text.trim().chars().take(MAX_COMMENT).collect();
    if text.is_empty() {
        return Err(user_error("The comment is empty."));
    }
    let core = &env.data.core;
    if !feedback::comment(&core.db, id, text, core.clock.now()).await? {
        return Err(user_error(FeedbackRefusal::NotRated.to_string()));
    }
    refresh_log_later(env, id);
    Ok(())
}

/// The comment modal.
pub fn comment_modal(id: TicketId) -> serenity::CreateModal {
    serenity::CreateModal::new(ComponentId::CommentModal(id).to_string(), "Your comment")
        .components(vec![serenity::CreateActionRow::InputText(
            serenity::CreateInputText::new(
                serenity::InputTextStyle::Paragraph,
                "Comment",
                "comment",
            )
            .max_length(u16::try_from(MAX_COMMENT).unwrap_or(1000))
            .required(true),
        )])
}

fn refresh_log_later(env: Env<'_>, id: TicketId) {
    let data = env.data.clone();
    env.data.work.spawn(async move {
        let env = Env {
            http: &data.http,
            data: &data,
        };
        if let Err(e) = refresh_log(env, id).await {
            tracing::warn!(ticket = %id, error = %e, "cannot show the rating on the log message");
        }
    });
}

/// Edits the log channel's close summary to show the rating, the comment, or that the
/// request could not be delivered. Nothing to do without a log message.
pub async fn refresh_log(env: Env<'_>, id: TicketId) -> Result<(), BotError> {
    let core = &env.data.core;
    let Some((channel, message)) = feedback::log_message(&core.db, id).await? else {
        return Ok(());
    };
    let Some(ticket) = ticket_store::by_id(&core.db, id).await? else {
        return Ok(());
    };
    let info = ticket_store::close_info(&core.db, id).await?;
    let panel = panel_title(core, &ticket).await?;
    let mut embed = summary_embed(&ticket, info.as_ref(), panel.as_deref(), core.clock.now());
    embed = with_feedback(
        embed,
        feedback::get(&core.db, id).await?,
        feedback::dm_delivered(&core.db, id).await?,
    );
    let edited = serenity::ChannelId::new(channel.get())
        .edit_message(
            env.http,
            serenity::MessageId::new(message.get()),
            serenity::EditMessage::new().embed(embed),
        )
        .await;
    match edited {
        Ok(_) => Ok(()),
        // The log message or channel was deleted by hand: nothing to show it on.
        Err(e) if super::channel_gone(&e) || super::discord_code(&e) == Some(10008) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The summary with the feedback fields.
pub fn with_feedback(
    embed: serenity::CreateEmbed,
    given: Option<feedback::Feedback>,
    delivered: Option<bool>,
) -> serenity::CreateEmbed {
    match (given, delivered) {
        (Some(f), _) => {
            let embed = embed.field(
                "Rating",
                format!("{} ({}/5)", stars(f.rating), f.rating),
                true,
            );
            match f.comment {
                Some(c) => embed.field("Comment", c, false),
                None => embed,
            }
        }
        (None, Some(false)) => embed.field(
            "Rating",
            "Not asked: the opener's DMs could not be reached",
            true,
        ),
        (None, _) => embed,
    }
}
