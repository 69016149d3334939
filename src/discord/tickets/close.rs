//! Closing: the request marks the ticket `closing` and enqueues the close job in one
//! transaction; the job (which survives restarts) stores the transcript, posts the log embed
//! with a "View transcript" link, DMs the opener and removes the channel or locks the thread,
//! then marks the ticket closed.

use poise::serenity_prelude as serenity;

use super::archive::{TicketFacts, archive_ticket};
use super::{CANNOT_DM, Env, UNKNOWN_CHANNEL, channel_gone, discord_code, user_error};
use crate::discord::BotError;
use crate::domain::feedback::should_ask;
use crate::domain::levels::Level;
use crate::domain::tickets::Refusal;
use crate::i18n::Lang;
use crate::ids::MessageId;
use crate::ids::{TicketId, UserId};
use crate::msg;
use crate::store::tickets::{self, CloseInfo, Ticket, TicketState};
use crate::store::{feedback as feedback_store, panels, settings, transcripts};

/// Whether `actor` may close `ticket` (staff always; the opener when "users can close" is on).
/// Returns the guild's settings, which the caller may need next (close confirmation).
pub async fn may_close(
    data: &crate::discord::Data,
    actor: &crate::services::facts::Actor,
    ticket: &Ticket,
) -> Result<crate::domain::settings::GuildSettings, BotError> {
    let settings = settings::load(&data.core.db, ticket.guild).await?;
    crate::domain::tickets::may_close(
        actor.level,
        actor.user == ticket.opener,
        settings.users_can_close,
    )?;
    Ok(settings)
}

/// Starts closing an open ticket. Refused when it is already closing.
pub async fn close(
    env: Env<'_>,
    ticket: &Ticket,
    by: UserId,
    reason: Option<String>,
) -> Result<(), BotError> {
    let core = &env.data.core;
    let reason = reason
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    if let Some(r) = &reason
        && r.chars().count() > 1024
    {
        return Err(user_error(crate::msg!("close-reason-too-long")));
    }
    let job = tickets::begin_close(
        &core.db,
        ticket.id,
        CloseInfo {
            closed_by: by,
            reason,
        },
        core.clock.now(),
    )
    .await;
    match job {
        Ok(Some(_)) => crate::services::metrics::ticket_closed(
            if by == env.data.bot_id {
                "automatic"
            } else if by == ticket.opener {
                "opener"
            } else {
                "staff"
            },
            env.data.guild_label(ticket.guild),
        ),
        Ok(None) | Err(crate::store::StoreError::Conflict) => {
            return Err(Refusal::TicketNotOpen.into());
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!(guild = %ticket.guild, ticket = %ticket.number, "ticket closing");
    env.data.wake_jobs();
    Ok(())
}

/// The channel or thread of a ticket was deleted outside ticketbox: close the ticket (the
/// close job logs it and finds the channel already gone).
pub async fn on_channel_deleted(data: crate::discord::Data, channel: crate::ids::ChannelId) {
    let ticket = match tickets::by_channel(&data.core.db, channel).await {
        Ok(Some(t)) if t.state == TicketState::Open => t,
        Ok(_) => return,
        Err(e) => {
            tracing::error!(channel = %channel, error = %e, "cannot look up the ticket of a deleted channel");
            return;
        }
    };
    let env = Env {
        http: &data.http,
        data: &data,
    };
    let lang = crate::services::language::server(&data.core, ticket.guild).await;
    let reason = Some(msg!("close-reason-channel-deleted").render(lang));
    if let Err(e) = close(env, &ticket, data.bot_id, reason).await {
        tracing::warn!(ticket = %ticket.number, error = %e, "cannot close the ticket of a deleted channel");
    }
}

/// Why a close job did not finish. `Retry` errors are Discord or storage hiccups.
#[derive(Debug, thiserror::Error)]
pub enum FinishError {
    #[error("ticket {0} does not exist")]
    Missing(TicketId),
    #[error(transparent)]
    Retry(#[from] BotError),
    /// The transcript could not be stored (storage outage, Discord error while reading the
    /// history): the channel is kept and the job retries.
    #[error("archiving the transcript: {0}")]
    Archive(#[from] super::archive::ArchiveJobError),
    /// The guild's earlier data (left, then the bot came back) is still being purged: its
    /// archive must not receive new transcripts until the old objects are gone.
    #[error("the server's earlier data is still being removed; the transcript waits")]
    PurgeRunning,
}

fn discord_time(at: crate::clock::Timestamp) -> String {
    format!("<t:{}:f>", at.millis().div_euclid(1000))
}

/// The close job. Idempotent: run twice (after a crash), it finishes what is left.
pub async fn finish(env: Env<'_>, id: TicketId, attempt: u32) -> Result<(), FinishError> {
    let core = &env.data.core;
    let ticket = tickets::by_id(&core.db, id)
        .await
        .map_err(BotError::from)?
        .ok_or(FinishError::Missing(id))?;
    if ticket.state != TicketState::Closing {
        return Ok(());
    }
    let info = tickets::close_info(&core.db, id)
        .await
        .map_err(BotError::from)?;
    let settings = settings::load(&core.db, ticket.guild)
        .await
        .map_err(BotError::from)?;
    let own_log = panel_log(core, &ticket).await?;
    let panel = panel_title(core, &ticket).await?;
    let keep = settings.store_transcripts;
    // The log, the thread notice and the DM: all in the server's language.
    let lang = crate::services::language::server_with(core, ticket.guild, &settings).await;
    let mut summary = summary_embed(
        &ticket,
        info.as_ref(),
        panel.as_deref(),
        core.clock.now(),
        lang,
    );
    if !keep {
        summary = summary.field(
            msg!("log-transcript").render(lang),
            msg!("log-transcript-not-kept").render(lang),
            false,
        );
    }
    // Each step is recorded once done, so a retry (after a Discord error or a crash) does not
    // post the log embed, the DM or the thread notice again.
    let done_steps = tickets::close_progress(&core.db, id)
        .await
        .map_err(BotError::from)?;
    let step_done = |step: i64| async move {
        tickets::close_step_done(&core.db, id, step)
            .await
            .map_err(BotError::from)
    };
    // A thread gets its "closed" notice before the transcript is taken, so the notice is part
    // of it (posted after, it would make the catch-up check archive the thread a second time).
    if ticket.is_thread
        && done_steps & tickets::CLOSE_NOTICE == 0
        && let Some(thread) = ticket.channel
    {
        post_thread_notice(env, thread, info.as_ref(), lang).await;
        step_done(tickets::CLOSE_NOTICE).await?;
    }
    // The transcript first: the channel goes only once it is safely stored.
    // Unless the server keeps none (its admins' choice, `/setup store-transcripts`).
    if done_steps & tickets::CLOSE_ARCHIVED == 0 {
        if keep {
            store_transcript(env, &ticket, info.as_ref(), panel.clone(), attempt).await?;
        }
        step_done(tickets::CLOSE_ARCHIVED).await?;
    }
    let link = keep.then(|| transcript_link(&core.config.http.public_url, &ticket));
    let link = link.as_deref();
    if done_steps & tickets::CLOSE_LOGGED == 0
        && let Some(log) = own_log.or(settings.log_channel)
    {
        if let Some(message) = post_log(env, &ticket, log, summary.clone(), link, lang).await? {
            feedback_store::set_log_message(&core.db, id, log, message)
                .await
                .map_err(BotError::from)?;
        }
        step_done(tickets::CLOSE_LOGGED).await?;
    }
    if done_steps & tickets::CLOSE_MESSAGED == 0 {
        let ask = ask_feedback(env, &ticket, settings.feedback_enabled).await?;
        if settings.dm_on_close || ask {
            let summary = settings.dm_on_close.then_some(summary);
            let delivered = dm_opener(env, &ticket, summary, link, ask, lang).await;
            if ask {
                feedback_store::set_dm_delivered(&core.db, id, delivered)
                    .await
                    .map_err(BotError::from)?;
                if !delivered {
                    super::feedback::refresh_log(env, id).await?;
                }
            }
        }
        step_done(tickets::CLOSE_MESSAGED).await?;
    }
    if let Some(channel) = ticket.channel {
        let catch_up = keep.then_some((info.as_ref(), panel, attempt));
        remove_channel(env, &ticket, channel, catch_up).await?;
    }
    tickets::mark_closed(&core.db, id)
        .await
        .map_err(BotError::from)?;
    tracing::info!(guild = %ticket.guild, ticket = %ticket.number, "ticket closed");
    Ok(())
}

/// Whether the opener is asked to rate the ticket: feedback on, they wrote in it, and they are
/// not staff now.
async fn ask_feedback(env: Env<'_>, ticket: &Ticket, enabled: bool) -> Result<bool, FinishError> {
    if !enabled || ticket.opener.get() == 0 {
        return Ok(false);
    }
    let core = &env.data.core;
    let wrote = feedback_store::opener_wrote(&core.db, ticket.id)
        .await
        .map_err(BotError::from)?;
    if !wrote {
        return Ok(false);
    }
    let level = crate::services::facts::level_of(core, ticket.guild, ticket.opener)
        .await
        .map_err(BotError::from)?;
    Ok(should_ask(enabled, wrote, level >= Level::Support))
}

/// The close summary in the guild's log channel; returns its message. A log channel that was
/// deleted or that the bot lost access to is skipped: closing must not stall.
async fn post_log(
    env: Env<'_>,
    ticket: &Ticket,
    log: crate::ids::ChannelId,
    summary: serenity::CreateEmbed,
    link: Option<&str>,
    lang: Lang,
) -> Result<Option<MessageId>, FinishError> {
    let sent = serenity::ChannelId::new(log.get())
        .send_message(
            env.http,
            serenity::CreateMessage::new()
                .embed(summary)
                .components(link_row(link, lang)),
        )
        .await;
    match sent {
        Ok(m) => Ok(Some(MessageId::new(m.id.get()))),
        Err(e) if matches!(discord_code(&e), Some(UNKNOWN_CHANNEL | 50001 | 50013)) => {
            tracing::warn!(guild = %ticket.guild, error = %e, "cannot post to the log channel");
            Ok(None)
        }
        Err(e) => Err(BotError::from(e).into()),
    }
}

/// The ticket's channel goes (a thread is archived and locked), after whatever was written
/// since the transcript was taken (while the log and DM were sent, or a retry waited) is
/// archived too.
/// `catch_up`: what archiving again needs, unless the server keeps no transcripts.
async fn remove_channel(
    env: Env<'_>,
    ticket: &Ticket,
    channel: crate::ids::ChannelId,
    catch_up_with: Option<(Option<&CloseInfo>, Option<String>, u32)>,
) -> Result<(), FinishError> {
    let channel = serenity::ChannelId::new(channel.get());
    if ticket.is_thread {
        let locked = channel
            .edit_thread(
                env.http,
                serenity::EditThread::new().archived(true).locked(true),
            )
            .await
            .map(|_| ());
        gone_is_fine(locked)?;
    }
    if let Some((info, panel, attempt)) = catch_up_with {
        catch_up(env, ticket, info, panel, attempt).await?;
    }
    if !ticket.is_thread {
        gone_is_fine(channel.delete(env.http).await.map(|_| ()))?;
    }
    Ok(())
}

/// "Ticket closed by …" in the thread. Best effort: a thread deleted by hand gets none.
async fn post_thread_notice(
    env: Env<'_>,
    thread: crate::ids::ChannelId,
    info: Option<&CloseInfo>,
    lang: Lang,
) {
    let note = info
        .map_or_else(
            || msg!("close-notice"),
            |i| msg!("close-notice-by", user = i.closed_by),
        )
        .render(lang);
    let _ = serenity::ChannelId::new(thread.get())
        .send_message(
            env.http,
            serenity::CreateMessage::new()
                .content(note)
                .allowed_mentions(serenity::CreateAllowedMentions::new()),
        )
        .await;
}

/// Already gone (someone deleted it by hand): nothing left to do.
fn gone_is_fine(result: Result<(), serenity::Error>) -> Result<(), FinishError> {
    match result {
        Ok(()) => Ok(()),
        Err(e) if channel_gone(&e) => Ok(()),
        Err(e) => Err(BotError::from(e).into()),
    }
}

/// Archives again while the channel holds messages newer than the stored transcript.
async fn catch_up(
    env: Env<'_>,
    ticket: &Ticket,
    info: Option<&CloseInfo>,
    panel: Option<String>,
    attempt: u32,
) -> Result<(), FinishError> {
    let Some(id) = ticket.channel else {
        return Ok(());
    };
    let channel = serenity::ChannelId::new(id.get());
    for _ in 0..3 {
        let through = transcripts::archived_through(&env.data.core.db, ticket.id)
            .await
            .map_err(BotError::from)?;
        let after = through.map_or_else(
            || super::archive::before_history(id),
            |m| serenity::MessageId::new(m.get()),
        );
        let newer = channel
            .messages(env.http, serenity::GetMessages::new().after(after).limit(1))
            .await;
        match newer {
            Ok(page) if page.is_empty() => return Ok(()),
            Ok(_) => {
                tracing::info!(ticket = %ticket.number, "messages arrived after the transcript was taken; archiving again");
                store_transcript(env, ticket, info, panel.clone(), attempt).await?;
            }
            Err(e) if channel_gone(&e) => return Ok(()),
            Err(e) => return Err(BotError::from(e).into()),
        }
    }
    Ok(())
}

/// Archives the ticket's history and records that it is stored.
async fn store_transcript(
    env: Env<'_>,
    ticket: &Ticket,
    info: Option<&CloseInfo>,
    panel: Option<String>,
    attempt: u32,
) -> Result<(), FinishError> {
    let core = &env.data.core;
    let answers = transcripts::answers(&core.db, ticket.id)
        .await
        .map_err(BotError::from)?;
    // Held until the transcript is stored and recorded: a removal on request or a guild purge
    // waits for it, and one that ran before is in `removed_users` / `purge_running`.
    let _removals = core.removals.read().await;
    if crate::store::privacy::purge_running(&core.db, ticket.guild)
        .await
        .map_err(BotError::from)?
    {
        return Err(FinishError::PurgeRunning);
    }
    let removed_users = crate::store::privacy::removed_users(&core.db)
        .await
        .map_err(BotError::from)?;
    let labels = crate::store::labels::on_ticket(&core.db, ticket.id)
        .await
        .map_err(BotError::from)?;
    let facts = TicketFacts {
        ticket,
        info,
        panel,
        answers,
        labels,
        closed_at: ticket.closed_at.unwrap_or_else(|| core.clock.now()),
        attempt,
        removed_users,
    };
    let archived = archive_ticket(env, facts).await?;
    transcripts::mark_archived(&core.db, ticket.id, archived.through, archived.participants)
        .await
        .map_err(BotError::from)?;
    tracing::info!(guild = %ticket.guild, ticket = %ticket.number, "transcript stored");
    Ok(())
}

/// The title of the ticket's panel, if it has one.
/// The ticket's panel's own log channel, if it has one.
async fn panel_log(
    core: &crate::services::AppCore,
    ticket: &Ticket,
) -> Result<Option<crate::ids::ChannelId>, BotError> {
    Ok(match ticket.panel {
        Some(p) => panels::get(&core.db, ticket.guild, p)
            .await?
            .and_then(|p| p.draft.log_channel),
        None => None,
    })
}

pub(super) async fn panel_title(
    core: &crate::services::AppCore,
    ticket: &Ticket,
) -> Result<Option<String>, BotError> {
    Ok(match ticket.panel {
        Some(p) => panels::get(&core.db, ticket.guild, p)
            .await?
            .map(|p| p.draft.title),
        None => None,
    })
}

/// The close summary (log channel and DM) in `lang`, the server's.
pub(super) fn summary_embed(
    ticket: &Ticket,
    info: Option<&CloseInfo>,
    panel: Option<&str>,
    now: crate::clock::Timestamp,
    lang: Lang,
) -> serenity::CreateEmbed {
    let closed_at = ticket.closed_at.unwrap_or(now);
    let t = |m: crate::i18n::Msg| m.render(lang);
    serenity::CreateEmbed::new()
        .title(t(msg!("log-title", number = ticket.number)))
        .colour(0x00ED_4245_u32)
        .field(t(msg!("log-ticket")), format!("#{}", ticket.number), true)
        .field(t(msg!("log-panel")), panel.unwrap_or("—").to_owned(), true)
        .field(
            t(msg!("log-opened-by")),
            format!("<@{}>", ticket.opener),
            true,
        )
        .field(
            t(msg!("log-claimed-by")),
            ticket
                .claimed_by
                .map_or_else(|| t(msg!("log-not-claimed")), |u| format!("<@{u}>")),
            true,
        )
        .field(
            t(msg!("log-closed-by")),
            info.map_or_else(|| "—".to_owned(), |i| format!("<@{}>", i.closed_by)),
            true,
        )
        .field(
            t(msg!("log-reason")),
            info.and_then(|i| i.reason.clone())
                .unwrap_or_else(|| t(msg!("log-no-reason"))),
            false,
        )
        .field(t(msg!("log-opened")), discord_time(ticket.opened_at), true)
        .field(t(msg!("log-closed")), discord_time(closed_at), true)
}

/// DMs the opener the summary (when `summary` is given) and, with `ask`, the rating request.
/// Returns whether it was delivered; closed DMs are normal and only logged.
async fn dm_opener(
    env: Env<'_>,
    ticket: &Ticket,
    summary: Option<serenity::CreateEmbed>,
    link: Option<&str>,
    ask: bool,
    lang: Lang,
) -> bool {
    let user = serenity::UserId::new(ticket.opener.get());
    let mut message = serenity::CreateMessage::new();
    if let Some(summary) = summary {
        message = message.embed(summary);
    }
    message = if ask {
        message
            .content(super::feedback::request_text(ticket, lang))
            .components(super::feedback::rating_rows(
                link, ticket.id, None, false, lang,
            ))
    } else {
        message.components(link_row(link, lang))
    };
    let sent = async {
        let dm = user.create_dm_channel(env.http).await?;
        dm.id.send_message(env.http, message).await
    }
    .await;
    match sent {
        Ok(_) => true,
        Err(e) if discord_code(&e) == Some(CANNOT_DM) => {
            tracing::info!(ticket = %ticket.number, "the opener does not accept DMs; no close summary sent");
            false
        }
        Err(e) => {
            tracing::warn!(ticket = %ticket.number, error = %e, "could not DM the close summary");
            false
        }
    }
}

/// Where the dashboard shows a ticket's transcript.
pub fn transcript_link(public_url: &str, ticket: &Ticket) -> String {
    format!(
        "{}/transcripts/{}/{}",
        public_url.trim_end_matches('/'),
        ticket.guild,
        ticket.number
    )
}

/// The "View transcript" button, when a transcript is kept.
fn link_row(link: Option<&str>, lang: Lang) -> Vec<serenity::CreateActionRow> {
    link.map(|link| {
        serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new_link(link)
                .label(msg!("button-view-transcript").render(lang)),
        ])
    })
    .into_iter()
    .collect()
}
