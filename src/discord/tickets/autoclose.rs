//! The auto-close job: catch up on what the gateway did not deliver (an outage, or a ticket
//! older than activity following), check the guild's rules again, then post the warning or
//! close the ticket through the normal durable close.

use poise::serenity_prelude as serenity;

use super::{Env, close};
use crate::clock::Timestamp;
use crate::domain::autoclose::{Due, Rule, Rules};
use crate::domain::components::ComponentId;
use crate::i18n::Msg;
use crate::ids::{MessageId, RoleId, TicketId, UserId};
use crate::msg;
use crate::services::activity::TicketMessage;
use crate::services::{JobOutcome, members};
use crate::store::autoclose::{self, Candidate};
use crate::store::{OpenTicket, tickets};

/// Runs one [`crate::domain::job_kind::JobKind::AutoClose`].
pub async fn run(env: Env<'_>, id: TicketId) -> JobOutcome {
    JobOutcome::retry_on_error(run_inner(env, id).await)
}

async fn run_inner(env: Env<'_>, id: TicketId) -> Result<(), String> {
    let core = &env.data.core;
    let Some((_, candidate, true)) = autoclose::candidate(&core.db, id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    catch_up(env, &candidate).await?;
    // Read again: the catch-up (and messages that arrived meanwhile) may have changed it.
    let Some((rules, candidate, true)) = autoclose::candidate(&core.db, id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    let now = core.clock.now();
    match rules.check(&candidate.facts, now, candidate.warned_for) {
        Due::Later(_) => Ok(()),
        Due::Warn { deadline, .. } => warn(env, &rules, &candidate, deadline).await,
        Due::Close(rule) => {
            let Some(ticket) = tickets::by_id(&core.db, id)
                .await
                .map_err(|e| e.to_string())?
            else {
                return Ok(());
            };
            tracing::info!(guild = %ticket.guild, ticket = %ticket.number, rule = rule.as_str(), "closing a ticket automatically");
            // The reason is kept with the ticket and shown in the log and the DM: the
            // server's language.
            let lang = crate::services::language::server(core, ticket.guild).await;
            match close::close(
                env,
                &ticket,
                env.data.bot_id,
                Some(close_reason(rule).render(lang)),
            )
            .await
            {
                Ok(()) | Err(crate::discord::BotError::User(_)) => Ok(()),
                Err(e) => Err(e.to_string()),
            }
        }
    }
}

/// Why the auto-close closed a ticket.
fn close_reason(rule: Rule) -> Msg {
    match rule {
        Rule::NoResponse => msg!("autoclose-warn-reason-no-response"),
        Rule::SinceLastMessage => msg!("autoclose-warn-reason-since-last-message"),
        Rule::OnLeave => msg!("autoclose-warn-reason-on-leave"),
    }
}

/// Messages written since the last one recorded (or, for a ticket never followed, the last
/// hundred) go through the activity feed's own classification, timed no earlier than what is
/// known and no later than now.
async fn catch_up(env: Env<'_>, candidate: &Candidate) -> Result<(), String> {
    let Some(channel) = candidate.channel else {
        return Ok(());
    };
    let mut request = serenity::GetMessages::new().limit(100);
    if let Some(after) = candidate.last_message_id {
        request = request.after(serenity::MessageId::new(after));
    }
    let messages = match serenity::ChannelId::new(channel.get())
        .messages(env.http, request)
        .await
    {
        Ok(m) => m,
        // The channel went: its deletion closes the ticket.
        Err(e) if super::channel_gone(&e) => return Ok(()),
        Err(e) => return Err(e.to_string()),
    };
    let core = &env.data.core;
    let floor = candidate
        .facts
        .last
        .map_or(candidate.facts.opened_at, |(at, _)| at);
    let now = core.clock.now();
    let mut seen = Vec::new();
    for m in messages.iter().filter(|m| counts(m)) {
        let author = UserId::new(m.author.id.get());
        let roles = members::member(core, candidate.guild, author)
            .await
            .ok()
            .flatten()
            .map(|member| member.roles)
            .unwrap_or_default();
        let at = Timestamp::from_millis(m.timestamp.unix_timestamp() * 1000).clamp(floor, now);
        seen.push((
            TicketMessage {
                ticket: OpenTicket {
                    id: candidate.ticket,
                    guild: candidate.guild,
                    opener: candidate.opener,
                },
                author,
                roles: roles.into_iter().collect::<Vec<RoleId>>(),
                message: m.id.get(),
            },
            at,
        ));
    }
    if !seen.is_empty() {
        crate::services::activity::record_now(core, seen)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Whether a message counts as activity: a member's own message (no bot, webhook or system
/// message such as "pinned a message" or "added someone to the thread").
pub fn counts(m: &serenity::Message) -> bool {
    !m.author.bot
        && m.webhook_id.is_none()
        && matches!(
            m.kind,
            serenity::MessageType::Regular | serenity::MessageType::InlineReply
        )
}

/// Posts the warning with its "Keep open" button and records which deadline it announced.
async fn warn(
    env: Env<'_>,
    rules: &Rules,
    candidate: &Candidate,
    deadline: Timestamp,
) -> Result<(), String> {
    let Some(channel) = candidate.channel else {
        return Ok(());
    };
    // Everyone in the ticket reads it: the server's language.
    let lang = crate::services::language::server(&env.data.core, candidate.guild).await;
    let message = serenity::CreateMessage::new()
        .content(format!("<@{}>", candidate.opener))
        .embed(
            serenity::CreateEmbed::new()
                .title(msg!("autoclose-warn-title").render(lang))
                .description(
                    msg!(
                        "autoclose-warn-description",
                        at = (deadline.millis() / 1000).to_string(),
                        duration = rules.warning.unwrap_or_default()
                    )
                    .render(lang),
                )
                .colour(0x00f1_c40f),
        )
        .components(vec![serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(ComponentId::KeepOpen.to_string())
                .label(msg!("autoclose-warn-keep-open").render(lang))
                .style(serenity::ButtonStyle::Secondary),
        ])])
        .allowed_mentions(
            serenity::CreateAllowedMentions::new()
                .users(vec![serenity::UserId::new(candidate.opener.get())]),
        );
    let posted = serenity::ChannelId::new(channel.get())
        .send_message(env.http, message)
        .await;
    let posted = match posted {
        Ok(m) => Some(MessageId::new(m.id.get())),
        Err(e) if super::channel_gone(&e) => None,
        Err(e) => return Err(e.to_string()),
    };
    autoclose::mark_warned(&env.data.core.db, candidate.ticket, deadline, posted)
        .await
        .map_err(|e| e.to_string())
}
