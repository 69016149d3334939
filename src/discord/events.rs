//! Gateway event dispatch: each event becomes a [`CacheUpdate`] (or a log line). No logic
//! lives here beyond choosing the update.
//!
//! Every `FullEvent` serenity 0.12.5 emits about guilds, channels, threads, roles, members or
//! users, and what it does to the cache (tests: `tests/it/gateway.rs`, `tests/it/cache_entities.rs`):
//! - applied: GuildCreate (snapshot), GuildUpdate, GuildDelete (removal; an outage keeps the
//!   rows), ChannelCreate / CategoryCreate / ThreadCreate, ChannelUpdate (categories too) /
//!   ThreadUpdate, ChannelDelete / CategoryDelete / ThreadDelete, ThreadListSync (its threads),
//!   GuildRoleCreate / Update / Delete, GuildMemberAddition and GuildMemberUpdate (a cached
//!   member only), GuildMemberRemoval, GuildMembersChunk, UserUpdate (the bot's own user), and
//!   the member of every InteractionCreate;
//! - not cached, on purpose: ThreadMemberUpdate / ThreadMembersUpdate (who is in a thread is
//!   read from Discord when needed), GuildBanAddition / Removal (a ban also sends
//!   GUILD_MEMBER_REMOVE), VoiceStateUpdate and PresenceUpdate (intents ticketbox does not ask
//!   for), GuildEmojisUpdate, GuildStickersUpdate, GuildIntegrationsUpdate, WebhookUpdate,
//!   stage instances, scheduled events, soundboard sounds and invites (nothing reads them).

use poise::serenity_prelude as serenity;
use serenity::FullEvent;

use super::cache_sync::CacheUpdate;
use super::{Data, Error, convert};
use crate::ids::{ChannelId, GuildId, RoleId, UserId};
use crate::services::activity::TicketMessage;

/// poise's event hook. Enqueues before any `.await` so updates keep gateway order.
pub fn handle(ctx: poise::FrameworkContext<'_, Data, Error>, event: &FullEvent) {
    let data = ctx.user_data;
    if let Some(update) = to_update(event) {
        data.cache_writer.send(update);
    }
    for update in interaction_updates(event) {
        data.cache_writer.send(update);
    }
    match event {
        FullEvent::Ready { data_about_bot } => {
            crate::services::metrics::gateway_session(false);
            tracing::info!(
                user = %data_about_bot.user.name,
                guilds = data_about_bot.guilds.len(),
                "connected to Discord"
            );
            // READY lists every guild the bot is in (one shard). Guilds it was removed from
            // while offline never send GUILD_DELETE: the cache writer compares, in order.
            if data_about_bot.shard.is_none_or(|s| s.total == 1) {
                data.cache_writer.send(CacheUpdate::ReadyGuilds(
                    data_about_bot
                        .guilds
                        .iter()
                        .map(|g| GuildId::new(g.id.get()))
                        .collect(),
                ));
            }
        }
        FullEvent::Resume { .. } => {
            crate::services::metrics::gateway_session(true);
            tracing::info!("gateway session resumed");
        }
        FullEvent::GuildDelete { incomplete, .. } if !incomplete.unavailable => {
            tracing::info!(guild = %incomplete.id, "removed from a guild; its data is purged after the grace period");
        }
        // A ticket whose channel or thread was deleted by hand is closed, so it stops counting
        // against limits.
        FullEvent::ChannelDelete { channel, .. } => {
            let (data, id) = (data.clone(), ChannelId::new(channel.id.get()));
            data.work
                .clone()
                .spawn(super::tickets::close::on_channel_deleted(data.clone(), id));
            data.work
                .clone()
                .spawn(super::channel_deleted::forget_in_settings(
                    data,
                    convert::guild_id(channel.guild_id),
                    id,
                    channel.name.clone(),
                ));
        }
        FullEvent::ThreadDelete { thread, .. } => {
            let (data, id) = (data.clone(), ChannelId::new(thread.id.get()));
            data.work
                .clone()
                .spawn(super::tickets::close::on_channel_deleted(data, id));
        }
        FullEvent::Message { new_message } => ticket_message(data, new_message),
        // The on-leave auto-close rule follows ticket openers (a lookup in memory first).
        FullEvent::GuildMemberRemoval { guild_id, user, .. } => {
            opener_presence(data, guild_id.get(), user.id.get(), true);
        }
        FullEvent::GuildMemberAddition { new_member } => {
            opener_presence(
                data,
                new_member.guild_id.get(),
                new_member.user.id.get(),
                false,
            );
        }
        // A deleted on-call role is forgotten (everyone goes off call); /on-call makes another.
        FullEvent::GuildRoleDelete {
            guild_id,
            removed_role_id,
            ..
        } => {
            let (data, guild) = (data.clone(), convert::guild_id(*guild_id));
            let role = RoleId::new(removed_role_id.get());
            data.work.clone().spawn(async move {
                if let Err(e) = super::tickets::on_call::forget_role(&data, guild, role).await {
                    tracing::error!(%guild, error = %e, "cannot forget a deleted on-call role");
                }
            });
        }
        // A ticket category deleted by hand is made again on the next open.
        FullEvent::CategoryDelete { category } => {
            let id = ChannelId::new(category.id.get());
            data.forget_created(id);
            data.work
                .clone()
                .spawn(super::channel_deleted::forget_in_settings(
                    data.clone(),
                    convert::guild_id(category.guild_id),
                    id,
                    category.name.clone(),
                ));
        }
        _ => {}
    }
}

/// A message in an open ticket goes to the activity feed; anywhere else it costs one lookup in
/// memory. Bots', webhooks' and system messages do not count.
fn ticket_message(data: &Data, message: &serenity::Message) {
    if !super::tickets::autoclose::counts(message) {
        return;
    }
    let Some(ticket) = data
        .core
        .db
        .open_ticket_in(ChannelId::new(message.channel_id.get()))
    else {
        return;
    };
    data.activity.seen(TicketMessage {
        ticket,
        author: UserId::new(message.author.id.get()),
        roles: message
            .member
            .as_ref()
            .map(|m| m.roles.iter().map(|r| RoleId::new(r.get())).collect())
            .unwrap_or_default(),
        message: message.id.get(),
    });
}

fn opener_presence(data: &Data, guild: u64, user: u64, left: bool) {
    let (guild, user) = (GuildId::new(guild), UserId::new(user));
    if !data.core.db.has_open_ticket_by(guild, user) {
        return;
    }
    let core = std::sync::Arc::clone(&data.core);
    data.work.spawn(async move {
        if let Err(e) = crate::services::autoclose::opener_presence(&core, guild, user, left).await
        {
            tracing::error!(guild = %guild, error = %e, "cannot record a ticket opener leaving or returning");
        }
    });
}

/// The cache update an event makes, if any (public for the gateway benchmark).
pub fn to_update(event: &FullEvent) -> Option<CacheUpdate> {
    Some(match event {
        FullEvent::GuildCreate { guild, .. } => CacheUpdate::GuildSnapshot {
            guild: convert::guild(guild),
            channels: guild
                .channels
                .values()
                .chain(&guild.threads)
                .map(convert::channel)
                .collect(),
            roles: guild
                .roles
                .values()
                .map(|r| convert::role(guild.id, r))
                .collect(),
            members: guild
                .members
                .values()
                .map(|m| (convert::member(m), convert::user(&m.user)))
                .collect(),
        },
        FullEvent::GuildUpdate { new_data, .. } => {
            CacheUpdate::Guild(convert::partial_guild(new_data))
        }
        // An outage (unavailable) keeps the cache; only a removal clears it.
        FullEvent::GuildDelete { incomplete, .. } if !incomplete.unavailable => {
            CacheUpdate::GuildLeft(convert::guild_id(incomplete.id))
        }
        // serenity 0.12.5 hands a category's CHANNEL_CREATE / CHANNEL_DELETE over as
        // CategoryCreate / CategoryDelete.
        FullEvent::ChannelCreate { channel }
        | FullEvent::CategoryCreate { category: channel }
        | FullEvent::ThreadCreate { thread: channel } => {
            CacheUpdate::Channel(convert::channel(channel))
        }
        FullEvent::ChannelUpdate { new, .. } | FullEvent::ThreadUpdate { new, .. } => {
            CacheUpdate::Channel(convert::channel(new))
        }
        FullEvent::ChannelDelete { channel, .. }
        | FullEvent::CategoryDelete { category: channel } => CacheUpdate::ChannelRemoved(
            convert::guild_id(channel.guild_id),
            ChannelId::new(channel.id.get()),
        ),
        FullEvent::ThreadDelete { thread, .. } => CacheUpdate::ChannelRemoved(
            convert::guild_id(thread.guild_id),
            ChannelId::new(thread.id.get()),
        ),
        FullEvent::GuildRoleCreate { new } | FullEvent::GuildRoleUpdate { new, .. } => {
            CacheUpdate::Role(convert::role(new.guild_id, new))
        }
        FullEvent::GuildRoleDelete {
            guild_id,
            removed_role_id,
            ..
        } => CacheUpdate::RoleRemoved(
            convert::guild_id(*guild_id),
            RoleId::new(removed_role_id.get()),
        ),
        FullEvent::GuildMemberAddition { new_member } => {
            CacheUpdate::MemberChanged(convert::member(new_member), convert::user(&new_member.user))
        }
        FullEvent::GuildMemberUpdate { event, .. } => {
            CacheUpdate::MemberChanged(convert::member_update(event), convert::user(&event.user))
        }
        FullEvent::GuildMemberRemoval { guild_id, user, .. } => {
            CacheUpdate::MemberRemoved(convert::guild_id(*guild_id), convert::user_id(user.id))
        }
        FullEvent::UserUpdate { new, .. } => CacheUpdate::User(convert::user(new)),
        _ => return None,
    })
}

/// Events that carry several entities (members of a chunk, threads of a sync) or an entity
/// beside their own (an interaction's member): one update each.
fn interaction_updates(event: &FullEvent) -> Vec<CacheUpdate> {
    match event {
        // THREAD_LIST_SYNC: the active threads of channels the bot gained access to.
        FullEvent::ThreadListSync { thread_list_sync } => thread_list_sync
            .threads
            .iter()
            .map(|t| CacheUpdate::Channel(convert::channel(t)))
            .collect(),
        FullEvent::GuildMembersChunk { chunk } => chunk
            .members
            .values()
            .map(|m| CacheUpdate::MemberSeen(convert::member(m), convert::user(&m.user)))
            .collect(),
        FullEvent::InteractionCreate { interaction } => {
            let member = match interaction {
                serenity::Interaction::Command(i) | serenity::Interaction::Autocomplete(i) => {
                    i.member.as_deref()
                }
                serenity::Interaction::Component(i) => i.member.as_ref(),
                serenity::Interaction::Modal(i) => i.member.as_ref(),
                _ => None,
            };
            member
                .map(|m| {
                    vec![CacheUpdate::MemberSeen(
                        convert::member(m),
                        convert::user(&m.user),
                    )]
                })
                .unwrap_or_default()
        }
        _ => Vec::new(),
    }
}
