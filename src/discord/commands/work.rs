//! Working a ticket: `/claim`, `/unclaim`, `/transfer`, `/add`, `/remove`, `/rename`,
//! `/jumptotop`, `/switchpanel`.

use poise::serenity_prelude as serenity;

use super::{Context, Error, actor, announce, env, mention, one_target, say, support_staff};
use crate::discord::tickets::{access, claim as claim_flow, members, ticket_here, user_error};
use crate::domain::naming::sanitise;
use crate::ids::{ChannelId, UserId};
use crate::msg;
use crate::store::{jobs, panels, tickets};

fn here(ctx: &Context<'_>) -> ChannelId {
    ChannelId::new(ctx.channel_id().get())
}

/// Claims this ticket: you handle it from now on.
#[poise::command(slash_command, guild_only)]
pub async fn claim(ctx: Context<'_>) -> Result<(), Error> {
    let (_, actor) = actor(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    claim_flow::claim(env(&ctx), &ticket, &actor).await?;
    announce(ctx, msg!("claim-handled-by", user = actor.user)).await
}

/// Releases the claim on this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn unclaim(ctx: Context<'_>) -> Result<(), Error> {
    let (_, actor) = actor(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    let previous = claim_flow::unclaim(env(&ctx), &ticket, &actor).await?;
    announce(ctx, msg!("claim-released", user = previous)).await
}

/// Hands this ticket's claim to another staff member.
#[poise::command(slash_command, guild_only)]
pub async fn transfer(
    ctx: Context<'_>,
    #[description = "The staff member who takes over"] user: serenity::User,
) -> Result<(), Error> {
    let (_, actor) = actor(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    let to = UserId::new(user.id.get());
    claim_flow::transfer(env(&ctx), &ticket, &actor, to).await?;
    announce(ctx, msg!("claim-transferred", user = to)).await
}

/// Adds a user or role to this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn add(
    ctx: Context<'_>,
    #[description = "A user to add"] user: Option<serenity::User>,
    #[description = "A role to add"] role: Option<serenity::Role>,
) -> Result<(), Error> {
    let target = one_target(user.as_ref(), role.as_ref())?;
    let (_, actor) = actor(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    if members::add(env(&ctx), &ticket, &actor, target).await? {
        announce(ctx, msg!("members-added", who = mention(target))).await
    } else {
        say(ctx, msg!("members-already-in", who = mention(target))).await
    }
}

/// Removes a user or role from this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn remove(
    ctx: Context<'_>,
    #[description = "A user to remove"] user: Option<serenity::User>,
    #[description = "A role to remove"] role: Option<serenity::Role>,
) -> Result<(), Error> {
    let target = one_target(user.as_ref(), role.as_ref())?;
    let (_, actor) = actor(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    if members::remove(env(&ctx), &ticket, &actor, target).await? {
        announce(ctx, msg!("members-removed", who = mention(target))).await
    } else {
        say(ctx, msg!("members-not-in", who = mention(target))).await
    }
}

/// Renames this ticket's channel.
#[poise::command(slash_command, guild_only)]
pub async fn rename(
    ctx: Context<'_>,
    #[description = "The new name"]
    #[max_length = 100]
    name: String,
) -> Result<(), Error> {
    // Discord may hold a rename back for minutes; never leave the interaction unanswered.
    ctx.defer_ephemeral().await?;
    support_staff(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    let channel = ticket
        .channel
        .ok_or_else(|| user_error(msg!("ticket-no-channel")))?;
    let name = if ticket.is_thread {
        name.trim().chars().take(100).collect::<String>()
    } else {
        sanitise(&name)
    };
    if name.is_empty() {
        return Err(user_error(msg!("rename-empty")));
    }
    let core = &ctx.data().core;
    let now = core.clock.now();
    if let Some(at) = ctx.data().book_rename(channel, now) {
        schedule_rename(ctx, channel, &name, at).await?;
        let at = at
            .millis()
            .div_euclid(1000)
            .max(now.millis().div_euclid(1000) + 1);
        return say(
            ctx,
            msg!("rename-scheduled", name = &name, at = at.to_string()),
        )
        .await;
    }
    let renamed = serenity::ChannelId::new(channel.get())
        .edit(ctx.http(), serenity::EditChannel::new().name(name.clone()))
        .await;
    match renamed {
        Ok(_) => say(ctx, msg!("rename-done", name = &name)).await,
        // Discord's own limit hit anyway (renames made elsewhere): schedule it.
        Err(serenity::Error::Http(ref e)) if e.status_code().map(|s| s.as_u16()) == Some(429) => {
            let at = crate::clock::Timestamp::from_millis(
                now.millis() + crate::domain::renames::WINDOW_MS,
            );
            schedule_rename(ctx, channel, &name, at).await?;
            let at = (at.millis() / 1000).to_string();
            say(ctx, msg!("rename-scheduled", name = &name, at = at)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn schedule_rename(
    ctx: Context<'_>,
    channel: ChannelId,
    name: &str,
    at: crate::clock::Timestamp,
) -> Result<(), Error> {
    let core = &ctx.data().core;
    // One pending rename per channel: the latest name wins.
    jobs::cancel(&core.db, format!("rename:{channel}"), core.clock.now()).await?;
    jobs::enqueue(
        &core.db,
        crate::domain::job_kind::JobKind::RenameChannel {
            channel: channel.get(),
            name: name.to_owned(),
        },
        Some(format!("rename:{channel}")),
        at,
        core.clock.now(),
    )
    .await?;
    Ok(())
}

/// Opens (or joins) the private staff notes thread of this ticket.
#[poise::command(slash_command, guild_only)]
pub async fn notes(ctx: Context<'_>) -> Result<(), Error> {
    let (_, actor) = support_staff(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    if ticket.is_thread {
        return Err(user_error(msg!("notes-thread-ticket")));
    }
    let channel = ticket
        .channel
        .ok_or_else(|| user_error(msg!("ticket-no-channel")))?;
    let me = serenity::UserId::new(actor.user.get());
    let thread = if let Some(existing) = ticket.notes_thread {
        serenity::ChannelId::new(existing.get())
    } else {
        let created = serenity::ChannelId::new(channel.get())
            .create_thread(
                ctx.http(),
                serenity::CreateThread::new(format!("notes-{}", ticket.number))
                    .kind(serenity::ChannelType::PrivateThread)
                    .invitable(false),
            )
            .await?;
        tickets::set_notes_thread(
            &ctx.data().core.db,
            ticket.id,
            ChannelId::new(created.id.get()),
        )
        .await?;
        created.id
    };
    thread.add_thread_member(ctx.http(), me).await?;
    say(
        ctx,
        msg!("notes-here", channel = ChannelId::new(thread.get())),
    )
    .await
}

/// Links to the top of this ticket.
#[poise::command(slash_command, guild_only, ephemeral)]
pub async fn jumptotop(ctx: Context<'_>) -> Result<(), Error> {
    let (guild, _) = actor(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    let (Some(channel), Some(message)) = (ticket.channel, ticket.welcome_message) else {
        return Err(user_error(msg!("jump-no-first-message")));
    };
    say(
        ctx,
        msg!(
            "jump-to-top",
            number = ticket.number,
            link = format!("https://discord.com/channels/{guild}/{channel}/{message}")
        ),
    )
    .await
}

/// Moves this ticket to another panel (its support teams change with it).
#[poise::command(slash_command, guild_only)]
pub async fn switchpanel(
    ctx: Context<'_>,
    #[description = "The panel's title"] panel: String,
) -> Result<(), Error> {
    let (guild, _) = support_staff(ctx).await?;
    let ticket = ticket_here(ctx.data(), here(&ctx)).await?;
    let core = &ctx.data().core;
    let target = panels::by_title(&core.db, guild, panel.clone())
        .await?
        .ok_or_else(|| {
            user_error(msg!(
                "switchpanel-no-such-panel",
                panel = format!("{panel:?}")
            ))
        })?;
    let previous = ticket.panel;
    tickets::set_panel(&core.db, ticket.id, Some(target.id)).await?;
    let updated = tickets::Ticket {
        panel: Some(target.id),
        ..ticket.clone()
    };
    if let Err(e) = access::apply(env(&ctx), &updated).await {
        let _ = tickets::set_panel(&core.db, ticket.id, previous).await;
        return Err(e);
    }
    announce(ctx, msg!("switchpanel-done", panel = &target.draft.title)).await
}
