//! The bot's side of the services' [`DiscordPort`]: member lookups, posting panels and the
//! Discord-bound jobs, with serenity's REST client. Registered when the bot connects, withdrawn
//! when it stops.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use super::tickets::{Env, channel_gone, close, discord_code, ui};
use super::{BotError, Data, convert};
use crate::cache::{CachedMember, CachedUser};
use crate::domain::job_kind::JobKind;
use crate::domain::panels::Panel;
use crate::ids::{ChannelId, GuildId, MessageId, TicketId, UserId};
use crate::services::{DiscordPort, JobOutcome, MemberAnswer};
use crate::store::multi_panels::MultiPanel;
use crate::store::{jobs, tickets};

/// Discord's "Unknown Guild", "Unknown Member", "Unknown User".
const GONE: [isize; 3] = [10004, 10007, 10013];

/// The port, over the bot's shared data (its REST client among it).
pub struct BotPort(pub Data);

#[async_trait::async_trait]
impl DiscordPort for BotPort {
    fn bot_id(&self) -> UserId {
        self.0.bot_id
    }

    async fn send_dm(
        &self,
        user: UserId,
        text: &str,
        file: Option<(String, Vec<u8>)>,
    ) -> Result<(), String> {
        let http = &self.0.http;
        let dm = serenity::UserId::new(user.get())
            .create_dm_channel(http)
            .await
            .map_err(|e| e.to_string())?;
        let mut message = serenity::CreateMessage::new()
            .content(text)
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        if let Some((name, bytes)) = file {
            message = message.add_file(serenity::CreateAttachment::bytes(bytes, name));
        }
        dm.send_message(http, message)
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }

    async fn member(&self, guild: GuildId, user: UserId) -> MemberAnswer {
        let fetched = self
            .0
            .http
            .get_member(
                serenity::GuildId::new(guild.get()),
                serenity::UserId::new(user.get()),
            )
            .await;
        match fetched {
            Ok(m) => MemberAnswer::Found(Box::new(convert::member(&m)), convert::user(&m.user)),
            Err(e) if discord_code(&e).is_some_and(|c| GONE.contains(&c)) => MemberAnswer::Gone,
            Err(e) => MemberAnswer::Unavailable(e.to_string()),
        }
    }

    async fn search_members(
        &self,
        guild: GuildId,
        query: &str,
    ) -> Result<Vec<(CachedMember, CachedUser)>, String> {
        let found = self
            .0
            .http
            .search_guild_members(serenity::GuildId::new(guild.get()), query, Some(100))
            .await
            .map_err(|e| e.to_string())?;
        Ok(found
            .iter()
            .map(|m| (convert::member(m), convert::user(&m.user)))
            .collect())
    }

    async fn post_panel(
        &self,
        channel: ChannelId,
        panel: &Panel,
    ) -> Result<MessageId, crate::i18n::Text> {
        self.send(channel, ui::panel_message(panel)).await
    }

    async fn post_multi_panel(
        &self,
        channel: ChannelId,
        multi: &MultiPanel,
        panels: &[Panel],
        lang: crate::i18n::Lang,
    ) -> Result<MessageId, crate::i18n::Text> {
        self.send(channel, ui::multi_panel_message(multi, panels, lang))
            .await
    }

    async fn run_job(&self, job: &JobKind, attempts: u32) -> JobOutcome {
        let (data, http) = (&self.0, self.0.http.as_ref());
        let env = Env { http, data };
        match job {
            JobKind::CloseTicket { ticket } => {
                match close::finish(env, TicketId::new(*ticket), attempts).await {
                    Ok(()) => JobOutcome::Done,
                    Err(close::FinishError::Missing(id)) => {
                        JobOutcome::Fail(format!("ticket {id} no longer exists"))
                    }
                    Err(
                        e @ (close::FinishError::Retry(_)
                        | close::FinishError::Archive(_)
                        | close::FinishError::PurgeRunning),
                    ) => JobOutcome::Retry(e.to_string()),
                }
            }
            JobKind::DelayedClose { ticket } => delayed_close(env, TicketId::new(*ticket)).await,
            JobKind::AutoClose { ticket } => {
                super::tickets::autoclose::run(env, TicketId::new(*ticket)).await
            }
            JobKind::MoveAwaiting { ticket } => {
                super::tickets::awaiting::run(env, TicketId::new(*ticket)).await
            }
            JobKind::RenameChannel { channel, name } => gone_is_done(
                serenity::ChannelId::new(*channel)
                    .edit(http, serenity::EditChannel::new().name(name.clone()))
                    .await,
            ),
            JobKind::DeleteChannel { channel } => {
                gone_is_done(serenity::ChannelId::new(*channel).delete(http).await)
            }
            JobKind::ScrubThread { channel, welcome } => {
                scrub_thread(http, data, *channel, *welcome).await
            }
            other => JobOutcome::Fail(format!("{} is not a Discord job", other.name())),
        }
    }
}

impl BotPort {
    async fn send(
        &self,
        channel: ChannelId,
        message: serenity::CreateMessage,
    ) -> Result<MessageId, crate::i18n::Text> {
        serenity::ChannelId::new(channel.get())
            .send_message(&self.0.http, message)
            .await
            .map(|m| MessageId::new(m.id.get()))
            .map_err(|e| BotError::from(e).user_message())
    }
}

/// A channel edit or delete: done, or done already when the channel is gone.
fn gone_is_done<T>(result: Result<T, serenity::Error>) -> JobOutcome {
    match result {
        Ok(_) => JobOutcome::Done,
        Err(e) if channel_gone(&e) => JobOutcome::Done,
        Err(e) => JobOutcome::Retry(e.to_string()),
    }
}

/// Connects the bot to the services: registers the port (Discord-bound jobs can run now) and
/// cleans up tickets a previous process left half-opened, then checks the openers of open
/// tickets under the on-leave auto-close rule.
pub fn connect(data: &Data) {
    data.core
        .set_discord_port(Some(Arc::new(BotPort(data.clone()))));
    let data = data.clone();
    data.work.clone().spawn(async move {
        recover_half_opened(&data.http, &data).await;
        // Openers who left while ticketbox was offline sent no GUILD_MEMBER_REMOVE to it.
        match crate::services::autoclose::check_departed_openers(&data.core).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(openers = n, "ticket openers left while ticketbox was offline"),
            Err(e) => tracing::error!(error = %e, "cannot check whether ticket openers are still in their servers"),
        }
    });
}

/// After a removal: the bot's messages about the removed opener in a kept thread.
async fn scrub_thread(
    http: &serenity::Http,
    data: &Data,
    channel: u64,
    welcome: Option<u64>,
) -> JobOutcome {
    let bot = serenity::UserId::new(data.bot_id.get());
    let welcome = welcome.map(crate::ids::MessageId::new);
    let scrubbed = super::tickets::scrub::scrub_thread(
        http,
        &data.core,
        bot,
        ChannelId::new(channel),
        welcome,
    )
    .await;
    match scrubbed {
        Ok(()) => JobOutcome::Done,
        Err(e) => JobOutcome::Retry(e.to_string()),
    }
}

/// A `/closerequest` delay ran out: close the ticket if it is still open.
async fn delayed_close(env: Env<'_>, id: TicketId) -> JobOutcome {
    let db = &env.data.core.db;
    let ticket = match tickets::by_id(db, id).await {
        Ok(Some(t)) => t,
        Ok(None) => return JobOutcome::Done,
        Err(e) => return JobOutcome::Retry(e.to_string()),
    };
    let request = match tickets::close_request(db, id).await {
        Ok(Some(request)) => request,
        // Declined or already closed: nothing to do.
        Ok(None) => return JobOutcome::Done,
        Err(e) => return JobOutcome::Retry(e.to_string()),
    };
    // A newer request replaced this one (its own job closes later), or the deadline moved.
    if request
        .close_at
        .is_none_or(|at| at > env.data.core.clock.now())
    {
        return JobOutcome::Done;
    }
    // Whoever asked must still be staff when the deadline comes.
    match crate::services::facts::level_of(&env.data.core, ticket.guild, request.requested_by).await
    {
        Ok(level) if level >= crate::domain::levels::Level::Support => {}
        Ok(_) => {
            tracing::info!(ticket = %ticket.number, "close request dropped: its author is no longer staff");
            let _ = tickets::clear_close_request(db, id, env.data.core.clock.now()).await;
            return JobOutcome::Done;
        }
        Err(e) => return JobOutcome::Retry(e.to_string()),
    }
    let lang = crate::services::language::server(&env.data.core, ticket.guild).await;
    let reason = crate::msg!("close-request-expired-reason").render(lang);
    match close::close(env, &ticket, request.requested_by, Some(reason)).await {
        Ok(()) | Err(BotError::User(_)) => JobOutcome::Done,
        Err(e) => JobOutcome::Retry(e.to_string()),
    }
}

/// Tickets left in `opening` by a process that died mid-open: remove their channel and give
/// the number back.
async fn recover_half_opened(http: &serenity::Http, data: &Data) {
    let db = &data.core.db;
    let stuck = match tickets::stuck_opening(db, data.core.clock.now()).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "cannot look for half-opened tickets");
            return;
        }
    };
    for ticket in stuck {
        if let Some(channel) = ticket.channel {
            match serenity::ChannelId::new(channel.get()).delete(http).await {
                Ok(_) => {}
                Err(e) if channel_gone(&e) => {}
                Err(e) => {
                    tracing::warn!(channel = %channel, error = %e, "cannot delete a half-opened ticket's channel now; retrying later");
                    let now = data.core.clock.now();
                    let _ = jobs::enqueue(
                        db,
                        JobKind::DeleteChannel {
                            channel: channel.get(),
                        },
                        Some(format!("delete-channel:{}", ChannelId::get(channel))),
                        now,
                        now,
                    )
                    .await;
                }
            }
        }
        if let Err(e) = tickets::roll_back(db, ticket.id).await {
            tracing::error!(ticket = %ticket.id, error = %e, "cannot roll back a half-opened ticket");
        } else {
            tracing::info!(guild = %ticket.guild, ticket = %ticket.number, "rolled back a ticket left half-opened by an earlier run");
        }
    }
}
