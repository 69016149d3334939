//! Feedback after a close: the rating request by DM (five star buttons, then "Add a comment"),
//! recording ratings and comments, and the log channel's close summary edited to show them.

use poise::serenity_prelude as serenity;

use super::close::{panel_title, summary_embed, transcript_link};
use super::{Env, user_error};
use crate::discord::BotError;
use crate::domain::components::ComponentId;
use crate::domain::feedback::{
    self as rules, FeedbackRefusal, LOG_ANSWER, MAX_COMMENT, shown_answer, stars,
};
use crate::domain::forms::Form;
use crate::i18n::Lang;
use crate::ids::{TicketId, UserId};
use crate::msg;
use crate::store::tickets::{self, Ticket};
use crate::store::{exit_survey, feedback, tickets as ticket_store};

/// The DM's buttons: the transcript link, the five stars (the chosen one green), and once
/// rated, "Add a comment" and, when the panel has an exit survey not answered yet, "Tell us
/// more".
pub fn rating_rows(
    link: Option<&str>,
    ticket: TicketId,
    chosen: Option<u8>,
    survey: bool,
    lang: Lang,
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
    let mut rows: Vec<serenity::CreateActionRow> = link
        .map(|link| {
            serenity::CreateActionRow::Buttons(vec![
                serenity::CreateButton::new_link(link)
                    .label(msg!("button-view-transcript").render(lang)),
            ])
        })
        .into_iter()
        .collect();
    rows.push(serenity::CreateActionRow::Buttons(
        (1..=5).map(star).collect(),
    ));
    if chosen.is_some() {
        let mut buttons = vec![
            serenity::CreateButton::new(ComponentId::Comment(ticket).to_string())
                .label(msg!("button-add-comment").render(lang))
                .style(serenity::ButtonStyle::Primary),
        ];
        if survey {
            buttons.push(
                serenity::CreateButton::new(ComponentId::Survey(ticket).to_string())
                    .label(msg!("button-tell-us-more").render(lang))
                    .style(serenity::ButtonStyle::Secondary),
            );
        }
        rows.push(serenity::CreateActionRow::Buttons(buttons));
    }
    rows
}

/// The ticket's exit survey while the opener may still answer it (it exists, has questions,
/// and was not answered), or why not.
async fn open_survey(
    env: Env<'_>,
    id: TicketId,
) -> Result<Result<Form, FeedbackRefusal>, BotError> {
    let db = &env.data.core.db;
    if !exit_survey::answers(db, id).await?.is_empty() {
        return Ok(Err(FeedbackRefusal::SurveyAnswered));
    }
    Ok(exit_survey::form_of(db, id)
        .await?
        .filter(|f| !f.inputs.is_empty())
        .ok_or(FeedbackRefusal::NoSurvey))
}

/// The text of the rating request.
pub fn request_text(ticket: &Ticket, lang: Lang) -> String {
    msg!("feedback-request", number = ticket.number).render(lang)
}

/// A ticket that can still be rated by `user`, or the reason it cannot.
async fn ratable(env: Env<'_>, id: TicketId, user: UserId, rating: u8) -> Result<Ticket, BotError> {
    let core = &env.data.core;
    let ticket = ticket_store::by_id(&core.db, id).await?;
    let refused = |r: FeedbackRefusal| user_error(r.message());
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

/// A star pressed: records the rating and returns the DM's new buttons and the language the
/// DM is in (the server's, as the close DM was).
pub async fn rate(
    env: Env<'_>,
    id: TicketId,
    user: UserId,
    rating: u8,
) -> Result<(Vec<serenity::CreateActionRow>, Lang), BotError> {
    let ticket = ratable(env, id, user, rating).await?;
    let core = &env.data.core;
    feedback::rate(&core.db, id, user, rating, core.clock.now()).await?;
    refresh_log_later(env, id);
    // The link only when a transcript was kept.
    let kept = crate::store::transcripts::has_transcript(&core.db, id).await?;
    let link = kept.then(|| transcript_link(&core.config.http.public_url, &ticket));
    let survey = open_survey(env, id).await?.is_ok();
    let lang = crate::services::language::server(core, ticket.guild).await;
    Ok((
        rating_rows(link.as_deref(), id, Some(rating), survey, lang),
        lang,
    ))
}

/// "Add a comment" pressed: allowed when the ticket is rated and still within the window.
pub async fn may_comment(env: Env<'_>, id: TicketId, user: UserId) -> Result<(), BotError> {
    // The ticket, the opener and the window first: after a removal the answer is "gone".
    ratable(env, id, user, 1).await?;
    if feedback::get(&env.data.core.db, id).await?.is_none() {
        return Err(user_error(FeedbackRefusal::NotRated.message()));
    }
    Ok(())
}

/// "Tell us more" pressed, or its modal submitted: the survey to ask, when the ticket is rated,
/// still within the window, and its survey exists and was not answered.
pub async fn may_survey(env: Env<'_>, id: TicketId, user: UserId) -> Result<Form, BotError> {
    may_comment(env, id, user).await?;
    open_survey(env, id)
        .await?
        .map_err(|r| user_error(r.message()))
}

/// The survey modal submitted: the answers stored (once) and shown on the log message.
pub async fn survey(
    env: Env<'_>,
    id: TicketId,
    user: UserId,
    submitted: &[(String, crate::domain::form_questions::Submitted)],
) -> Result<(), BotError> {
    let form = may_survey(env, id, user).await?;
    let answers = form.answers(submitted).map_err(user_error)?;
    let core = &env.data.core;
    if !exit_survey::save(&core.db, id, user, answers, core.clock.now()).await? {
        return Err(user_error(FeedbackRefusal::SurveyAnswered.message()));
    }
    refresh_log_later(env, id);
    Ok(())
}

/// The comment modal submitted.
pub async fn comment(env: Env<'_>, id: TicketId, user: UserId, text: &str) -> Result<(), BotError> {
    may_comment(env, id, user).await?;
    let text: String = text.trim().chars().take(MAX_COMMENT).collect();
    if text.is_empty() {
        return Err(user_error(msg!("feedback-comment-empty")));
    }
    let core = &env.data.core;
    if !feedback::comment(&core.db, id, text, core.clock.now()).await? {
        return Err(user_error(FeedbackRefusal::NotRated.message()));
    }
    refresh_log_later(env, id);
    Ok(())
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
    let lang = crate::services::language::server(core, ticket.guild).await;
    let mut embed = summary_embed(
        &ticket,
        info.as_ref(),
        panel.as_deref(),
        core.clock.now(),
        lang,
    );
    embed = with_feedback(
        embed,
        feedback::get(&core.db, id).await?,
        feedback::dm_delivered(&core.db, id).await?,
        &exit_survey::answers(&core.db, id).await?,
        lang,
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

/// The summary with the feedback fields: rating, comment, and the exit survey's answers (each
/// clipped to [`LOG_ANSWER`] characters; the transcript viewer shows them whole).
pub fn with_feedback(
    embed: serenity::CreateEmbed,
    given: Option<feedback::Feedback>,
    delivered: Option<bool>,
    survey: &[(String, String)],
    lang: Lang,
) -> serenity::CreateEmbed {
    let embed = rating_fields(embed, given, delivered, lang);
    survey.iter().fold(embed, |embed, (question, answer)| {
        embed.field(
            msg!("log-survey-question", question = question).render(lang),
            shown_answer(answer, Some(LOG_ANSWER), lang),
            false,
        )
    })
}

fn rating_fields(
    embed: serenity::CreateEmbed,
    given: Option<feedback::Feedback>,
    delivered: Option<bool>,
    lang: Lang,
) -> serenity::CreateEmbed {
    let rating = msg!("log-rating").render(lang);
    match (given, delivered) {
        (Some(f), _) => {
            let embed = embed.field(
                rating,
                format!("{} ({}/5)", stars(f.rating), f.rating),
                true,
            );
            match f.comment {
                Some(c) => embed.field(msg!("log-comment").render(lang), c, false),
                None => embed,
            }
        }
        (None, Some(false)) => embed.field(rating, msg!("log-rating-not-asked").render(lang), true),
        (None, _) => embed,
    }
}
