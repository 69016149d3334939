//! `/open`, "Start ticket", "Open ticket for user", `/close`, `/closerequest`, `/reopen`.

use poise::serenity_prelude as serenity;

use super::{Context, Error, actor, announce, env, say, support_staff};
use crate::discord::tickets::open::{LinkedMessage, OpenRequest, open_offloaded};
use crate::discord::tickets::{close as close_flow, ticket_here, user_error};
use crate::domain::levels::{Level, Target};
use crate::i18n::Text;
use crate::ids::{ChannelId, MessageId, TicketNumber, UserId};
use crate::msg;
use crate::store::tickets::{self, CloseRequest, TicketState};

/// Opens a support ticket.
#[poise::command(slash_command, guild_only)]
pub async fn open(
    ctx: Context<'_>,
    #[description = "What the ticket is about"]
    #[max_length = 100]
    subject: Option<String>,
) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let (guild, actor) = actor(ctx).await?;
    let disabled = crate::store::settings::load(&ctx.data().core.db, guild)
        .await?
        .disable_open_command;
    crate::domain::tickets::may_use_open_command(disabled, actor.level)
        .map_err(|r| user_error(r.message()))?;
    let opened = open_offloaded(
        ctx.data(),
        OpenRequest {
            subject: subject
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty()),
            ..OpenRequest::new(
                guild,
                actor,
                ctx.author(),
                ctx.author_member().await.as_deref(),
                ChannelId::new(ctx.channel_id().get()),
            )
        },
    )
    .await?;
    say(ctx, msg!("ticket-opened", channel = opened.channel)).await
}

/// Opens a ticket about this message, linking it and adding its author.
#[poise::command(context_menu_command = "Start ticket", guild_only)]
pub async fn start_ticket(ctx: Context<'_>, message: serenity::Message) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let (guild, actor) = actor(ctx).await?;
    let core = &ctx.data().core;
    let settings = crate::store::settings::load(&core.db, guild).await?;
    actor.require(settings.start_ticket_level)?;
    // The panel the server picked for these tickets (its category, team, welcome…).
    let panel = match settings.start_ticket_panel {
        Some(id) => crate::store::panels::get(&core.db, guild, id).await?,
        None => None,
    };
    let opened = open_offloaded(
        ctx.data(),
        OpenRequest {
            panel,
            linked: Some(LinkedMessage {
                channel: ChannelId::new(message.channel_id.get()),
                message: MessageId::new(message.id.get()),
                author: UserId::new(message.author.id.get()),
                add_author: settings.start_ticket_add_author,
            }),
            ..OpenRequest::new(
                guild,
                actor,
                ctx.author(),
                ctx.author_member().await.as_deref(),
                ChannelId::new(ctx.channel_id().get()),
            )
        },
    )
    .await?;
    say(ctx, msg!("ticket-opened", channel = opened.channel)).await
}

/// Staff open a ticket for a member (user context menu): the member is its opener, checked as
/// if they had opened it themselves (blacklist, limits, caps — staff exemptions do not carry
/// over), and whoever ran it is added.
#[poise::command(context_menu_command = "Open ticket for user", guild_only)]
pub async fn open_for_user(ctx: Context<'_>, user: serenity::User) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let (guild, staff) = support_staff(ctx).await?;
    if user.bot {
        return Err(user_error(msg!("open-for-bot")));
    }
    let core = &ctx.data().core;
    let target = UserId::new(user.id.get());
    let member = crate::services::members::member(core, guild, target)
        .await?
        .ok_or_else(|| user_error(msg!("open-for-not-member", user = target)))?;
    let as_member =
        crate::services::facts::actor(core, guild, target, member.roles.clone()).await?;
    if as_member.blacklisted {
        return Err(user_error(msg!("open-for-blacklisted", user = target)));
    }
    let opened = open_offloaded(
        ctx.data(),
        OpenRequest {
            nickname: member.nick.clone(),
            ..OpenRequest::new(
                guild,
                as_member,
                &user,
                None,
                ChannelId::new(ctx.channel_id().get()),
            )
        },
    )
    .await
    .map_err(|e| match e {
        // The refusal is worded for the member; say whose it is.
        crate::discord::BotError::User(refusal) => match refusal.0 {
            Text::Msg(reason) => {
                user_error(msg!("open-for-refused", user = target, reason = reason))
            }
            Text::Plain(reason) => {
                user_error(msg!("open-for-refused", user = target, reason = reason))
            }
        },
        other => other,
    })?;
    let ticket = crate::store::tickets::by_id(&core.db, opened.ticket)
        .await?
        .ok_or_else(|| user_error(msg!("open-for-closed-at-once")))?;
    crate::discord::tickets::members::add(env(&ctx), &ticket, &staff, Target::User(staff.user))
        .await?;
    say(
        ctx,
        msg!("open-for-opened", user = target, channel = opened.channel),
    )
    .await
}

/// The server's most used close reasons starting with what was typed.
async fn close_reasons<'a>(
    ctx: Context<'a>,
    partial: &'a str,
) -> serenity::CreateAutocompleteResponse {
    let reasons = match ctx.guild_id() {
        Some(g) => crate::store::stats::common_close_reasons(
            &ctx.data().core.db,
            crate::ids::GuildId::new(g.get()),
            partial.to_owned(),
        )
        .await
        .unwrap_or_default(),
        None => Vec::new(),
    };
    reasons.into_iter().fold(
        serenity::CreateAutocompleteResponse::new(),
        |response, reason| response.add_string_choice(reason.clone(), reason),
    )
}

/// The member's own closed tickets, newest first.
async fn closed_tickets<'a>(
    ctx: Context<'a>,
    _partial: &'a str,
) -> serenity::CreateAutocompleteResponse {
    let found = match ctx.guild_id() {
        Some(g) => crate::store::stats::closed_tickets_of(
            &ctx.data().core.db,
            crate::ids::GuildId::new(g.get()),
            UserId::new(ctx.author().id.get()),
        )
        .await
        .unwrap_or_default(),
        None => Vec::new(),
    };
    found.into_iter().fold(
        serenity::CreateAutocompleteResponse::new(),
        |response, (number, subject)| {
            let label: String =
                subject.map_or_else(|| format!("#{number}"), |s| format!("#{number} {s}"));
            response.add_int_choice(
                label.chars().take(100).collect::<String>(),
                i64::from(number),
            )
        },
    )
}

/// Closes this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn close(
    ctx: Context<'_>,
    #[description = "Why the ticket is closed"]
    #[max_length = 1024]
    #[autocomplete = "close_reasons"]
    reason: Option<String>,
) -> Result<(), Error> {
    let (_, actor) = actor(ctx).await?;
    let here = ChannelId::new(ctx.channel_id().get());
    // A close that stalled (its job gave up after Discord kept refusing) can be retried by an
    // admin with /close in the ticket.
    let core = &ctx.data().core;
    if let Some(stuck) = tickets::by_channel(&core.db, here).await?
        && stuck.state == TicketState::Closing
        && actor.level == Level::Admin
    {
        if tickets::requeue_close(&core.db, stuck.id, core.clock.now())
            .await?
            .is_some()
        {
            ctx.data().wake_jobs();
            return say(ctx, msg!("close-retrying")).await;
        }
        return say(ctx, msg!("refusal-ticket-not-open")).await;
    }
    let ticket = ticket_here(ctx.data(), here).await?;
    close_flow::may_close(ctx.data(), &actor, &ticket).await?;
    close_flow::close(env(&ctx), &ticket, actor.user, reason).await?;
    announce(ctx, msg!("close-being-closed-by", user = actor.user)).await
}

/// Asks the opener to close this ticket, optionally closing it after a delay.
#[poise::command(slash_command, guild_only)]
pub async fn closerequest(
    ctx: Context<'_>,
    #[description = "Close automatically after this many hours without an answer"]
    #[min = 1]
    #[max = 720]
    delay: Option<u32>,
    #[description = "Why the ticket should be closed"]
    #[max_length = 1024]
    reason: Option<String>,
) -> Result<(), Error> {
    let (_, actor) = support_staff(ctx).await?;
    let ticket = ticket_here(ctx.data(), ChannelId::new(ctx.channel_id().get())).await?;
    let core = &ctx.data().core;
    let now = core.clock.now();
    let close_at = delay
        .map(|h| crate::clock::Timestamp::from_millis(now.millis() + i64::from(h) * 3_600_000));
    tickets::request_close(
        &core.db,
        ticket.id,
        CloseRequest {
            requested_by: actor.user,
            reason: reason.clone(),
            close_at,
        },
        now,
    )
    .await?;
    ctx.data().wake_jobs();
    // The opener reads it: the server's language.
    let lang = super::server_lang(ctx).await;
    let mut text = msg!(
        "close-request-asks",
        opener = ticket.opener,
        user = actor.user
    )
    .render(lang);
    if let Some(reason) = &reason {
        text.push('\n');
        text.push_str(&msg!("close-request-reason", reason = reason).render(lang));
    }
    if let Some(at) = close_at {
        text.push('\n');
        let at = (at.millis() / 1000).to_string();
        text.push_str(&msg!("close-request-auto", at = at).render(lang));
    }
    ctx.send(
        poise::CreateReply::default()
            .content(text)
            .allowed_mentions(
                serenity::CreateAllowedMentions::new()
                    .users(vec![serenity::UserId::new(ticket.opener.get())]),
            )
            .components(vec![serenity::CreateActionRow::Buttons(vec![
                serenity::CreateButton::new(
                    crate::domain::components::ComponentId::CloseRequestAccept.to_string(),
                )
                .label(msg!("button-close-request-accept").render(lang))
                .style(serenity::ButtonStyle::Success),
                serenity::CreateButton::new(
                    crate::domain::components::ComponentId::CloseRequestDeny.to_string(),
                )
                .label(msg!("button-close-request-deny").render(lang))
                .style(serenity::ButtonStyle::Secondary),
            ])]),
    )
    .await?;
    Ok(())
}

/// Reopens a closed thread-mode ticket.
#[poise::command(slash_command, guild_only)]
pub async fn reopen(
    ctx: Context<'_>,
    #[description = "The ticket number"]
    #[min = 1]
    #[autocomplete = "closed_tickets"]
    ticket: u32,
) -> Result<(), Error> {
    let (guild, actor) = actor(ctx).await?;
    let core = &ctx.data().core;
    let found = tickets::by_number(&core.db, guild, TicketNumber::new(ticket))
        .await?
        .ok_or_else(|| user_error(msg!("reopen-no-such-ticket", number = ticket)))?;
    if actor.user != found.opener {
        actor.require(Level::Support)?;
    }
    if !actor.is_staff() {
        // A reopened ticket counts like a new one: blacklist and limits apply.
        let panel = match found.panel {
            Some(p) => crate::store::panels::get(&core.db, guild, p).await?,
            None => None,
        };
        crate::discord::tickets::open::check(env(&ctx), guild, &actor, panel.as_ref()).await?;
    }
    if !found.is_thread {
        return Err(user_error(msg!("reopen-was-channel", number = ticket)));
    }
    if found.state != TicketState::Closed {
        return Err(user_error(msg!("reopen-not-closed", number = ticket)));
    }
    let thread = found
        .channel
        .ok_or_else(|| user_error(msg!("reopen-no-thread")))?;
    serenity::ChannelId::new(thread.get())
        .edit_thread(
            ctx.http(),
            serenity::EditThread::new().archived(false).locked(false),
        )
        .await?;
    if !tickets::reopen(&core.db, found.id).await? {
        return Err(user_error(msg!("reopen-not-closed", number = ticket)));
    }
    say(ctx, msg!("reopen-done", number = ticket, channel = thread)).await
}
