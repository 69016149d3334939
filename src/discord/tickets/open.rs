//! Opening a ticket, from any entry point: check the rules, take a number, create the channel
//! (or private thread) with its overwrites, post the welcome message, mark it open. If a
//! Discord step fails after the channel exists, the channel is removed and the number given
//! back (or the row kept as `aborted` when a later number was already taken).

use poise::serenity_prelude as serenity;

use super::{Env, GUILD_CHANNELS_FULL, is_category_full, to_serenity, ui, user_error};
use crate::discord::BotError;
use crate::domain::levels::Target;
use crate::domain::naming::{NameParts, channel_name};
use crate::domain::panels::Panel;
use crate::domain::permissions::Overwrite;
use crate::domain::settings::{GuildSettings, MAX_CHANNELS_PER_CATEGORY};
use crate::domain::support_hours::{Outside, Status as HoursStatus, notice as support_notice};
use crate::domain::tickets::{self as rules, Access, OpenFacts, PanelFacts};
use crate::ids::{ChannelId, GuildId, MessageId, RoleId, TicketId, TicketNumber, UserId};
use crate::services::facts::{self, Actor};
use crate::store::tickets::{self, Conflict, Counts, NewTicket, Reserved};
use crate::store::{jobs, settings};

/// A message a ticket was started from (the "Start ticket" context menu).
#[derive(Debug, Clone)]
pub struct LinkedMessage {
    pub channel: ChannelId,
    pub message: MessageId,
    pub author: UserId,
    /// The author is added to the ticket (the server's "Start ticket" setting).
    pub add_author: bool,
}

#[derive(Debug, Clone)]
pub struct OpenRequest {
    pub guild: GuildId,
    pub actor: Actor,
    pub username: String,
    pub nickname: Option<String>,
    pub panel: Option<Panel>,
    pub subject: Option<String>,
    /// Where the member asked: the parent of a thread-mode ticket.
    pub source_channel: ChannelId,
    /// Form answers: (label, value).
    pub answers: Vec<(String, String)>,
    pub linked: Option<LinkedMessage>,
}

impl OpenRequest {
    /// A plain request by `user` (no panel, subject, answers or linked message).
    pub fn new(
        guild: GuildId,
        actor: Actor,
        user: &serenity::User,
        member: Option<&serenity::Member>,
        source_channel: ChannelId,
    ) -> Self {
        Self {
            guild,
            actor,
            username: user.name.clone(),
            nickname: member.and_then(|m| m.nick.clone()),
            panel: None,
            subject: None,
            source_channel,
            answers: Vec::new(),
            linked: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opened {
    pub ticket: TicketId,
    pub number: TicketNumber,
    pub channel: ChannelId,
}

/// What the checks before an open found.
pub struct Checked {
    pub settings: GuildSettings,
    pub counts: Counts,
    pub threads: bool,
}

/// The rules an open must pass before anything is created: blacklist, limits, cooldown, a
/// disabled panel, the bot's own permissions. Also run before showing a panel's form, so a
/// member is not asked questions for a ticket they cannot open.
pub async fn check(
    env: Env<'_>,
    guild: GuildId,
    actor: &Actor,
    panel: Option<&Panel>,
) -> Result<Checked, BotError> {
    let core = &env.data.core;
    let settings = settings::load(&core.db, guild).await?;
    let counts = tickets::counts(&core.db, guild, actor.user, panel.map(|p| p.id)).await?;
    let threads = panel
        .and_then(|p| p.draft.use_threads)
        .unwrap_or(settings.use_threads);
    // The support hours' built-in notice is in the server's language.
    let hours_lang = if panel.is_some_and(|p| p.draft.support_hours.is_some()) {
        crate::services::language::server_with(core, guild, &settings).await
    } else {
        crate::i18n::Lang::EnUs
    };
    rules::may_open(&OpenFacts {
        level: actor.level,
        blacklisted: actor.blacklisted,
        user_open: counts.user_open,
        user_limit: settings.ticket_limit,
        server_cap: settings.open_cap,
        server_open: counts.guild_open,
        panel: panel.map(|p| PanelFacts {
            disabled: p.draft.disabled,
            limit: p.draft.ticket_limit,
            open_on_panel: counts.panel_open,
            cooldown_secs: p.draft.cooldown_secs,
            last_opened_at: counts.panel_last_opened,
            cap: p.draft.open_cap,
            all_open: counts.panel_all_open,
            denied: crate::domain::access_rules::denied_by(
                &p.draft.access_rules,
                &actor.roles,
                crate::ids::RoleId::new(guild.get()),
            ),
            closed: refused_hours(p, core.clock.now(), hours_lang),
        }),
        now: core.clock.now(),
    })?;
    let bot = facts::bot_permissions(core, guild, env.data.bot_id).await?;
    let missing = rules::missing_bot_permissions(bot, threads);
    if !missing.is_empty() {
        return Err(user_error(crate::msg!(
            "open-bot-missing-permissions",
            permissions = crate::i18n::Arg::List(missing)
        )));
    }
    Ok(Checked {
        settings,
        counts,
        threads,
    })
}

/// The notice refusing an open outside the panel's support hours ("refuse" mode); its
/// built-in text in `lang`.
fn refused_hours(
    panel: &Panel,
    now: crate::clock::Timestamp,
    lang: crate::i18n::Lang,
) -> Option<String> {
    let hours = panel.draft.support_hours.as_ref()?;
    if hours.outside != Outside::Refuse {
        return None;
    }
    match hours.status(now) {
        HoursStatus::Open => None,
        HoursStatus::Closed { next_open } => Some(support_notice(hours, next_open, lang)),
    }
}

/// [`open`] on the work runtime (see [`super::offload`]): what every entry point calls.
pub async fn open_offloaded(
    data: &crate::discord::Data,
    req: OpenRequest,
) -> Result<Opened, BotError> {
    super::offload(data, move |data| async move {
        let env = Env {
            http: &data.http,
            data: &data,
        };
        open(env, req).await
    })
    .await
}

/// Opens a ticket, or explains why not.
pub async fn open(env: Env<'_>, req: OpenRequest) -> Result<Opened, BotError> {
    let core = &env.data.core;
    let Checked {
        settings,
        counts,
        threads,
    } = check(env, req.guild, &req.actor, req.panel.as_ref()).await?;
    let panel_id = req.panel.as_ref().map(|p| p.id);
    let reserved = tickets::reserve_number(
        &core.db,
        NewTicket {
            guild: req.guild,
            opener: req.actor.user,
            panel: panel_id,
            subject: req.subject.clone(),
            opened_at: core.clock.now(),
            user_limit: (!req.actor.is_staff()).then_some(settings.ticket_limit),
            server_cap: settings.open_cap.filter(|_| !req.actor.is_staff()),
            panel_cap: req
                .panel
                .as_ref()
                .and_then(|p| p.draft.open_cap)
                .filter(|_| !req.actor.is_staff()),
        },
    )
    .await?;
    let reserved = match reserved {
        Ok(r) => r,
        Err(Conflict::AlreadyOpening) => {
            return Err(user_error(crate::msg!("open-already-opening")));
        }
        Err(Conflict::LimitReached(limit)) => {
            return Err(rules::Refusal::LimitReached { limit }.into());
        }
        Err(Conflict::ServerFull(cap)) => return Err(rules::Refusal::ServerFull { cap }.into()),
        Err(Conflict::PanelFull(cap)) => return Err(rules::Refusal::PanelFull { cap }.into()),
    };
    let mut created = None;
    match build(
        env,
        &req,
        &settings,
        reserved,
        threads,
        counts,
        &mut created,
    )
    .await
    {
        Ok(channel) => Ok(Opened {
            ticket: reserved.id,
            number: reserved.number,
            channel,
        }),
        Err(error) => {
            roll_back(env, reserved.id, created).await;
            Err(error)
        }
    }
}

/// The Discord side of an open. `created` is set as soon as a channel exists.
async fn build(
    env: Env<'_>,
    req: &OpenRequest,
    settings: &GuildSettings,
    reserved: Reserved,
    threads: bool,
    counts: Counts,
    created: &mut Option<ChannelId>,
) -> Result<ChannelId, BotError> {
    let core = &env.data.core;
    let lang = crate::services::language::server_with(core, req.guild, settings).await;
    let scheme = req
        .panel
        .as_ref()
        .and_then(|p| p.draft.naming_scheme.clone())
        .unwrap_or_else(|| settings.naming_scheme.clone());
    let name = channel_name(
        &scheme,
        &NameParts {
            number: reserved.number,
            username: &req.username,
            nickname: req.nickname.as_deref(),
            claimed_by: None,
        },
    );
    let mut added = Vec::new();
    if let Some(linked) = &req.linked
        && linked.add_author
        && linked.author != req.actor.user
    {
        added.push(Target::User(linked.author));
    }
    let mut on_call = Vec::new();
    let channel = if threads {
        let archive = settings.thread_archive_minutes;
        let thread = create_thread(env, req, reserved.id, &name, &added, archive, created).await?;
        on_call = super::on_call::add_to_thread(env, req.guild, thread).await;
        thread
    } else {
        let overwrites = overwrites_for(env, req, &added).await?;
        let preferred = req.panel.as_ref().and_then(|p| p.draft.category);
        let channel = create_channel(env, req.guild, preferred, &name, &overwrites).await?;
        *created = Some(channel);
        tickets::set_channel(&core.db, reserved.id, channel, false).await?;
        channel
    };
    for target in &added {
        tickets::add_member(
            &core.db,
            reserved.id,
            *target,
            req.actor.user,
            core.clock.now(),
        )
        .await?;
    }
    if !req.answers.is_empty() {
        tickets::save_answers(&core.db, reserved.id, req.answers.clone()).await?;
    }
    let new = super::welcome::NewTicket {
        req,
        settings,
        reserved,
        channel,
        counts,
        on_call: &on_call,
        lang,
    };
    let welcome_id = super::welcome::post_welcome(env, new).await?;
    let join_id = match (threads, settings.thread_notification_channel) {
        (true, Some(notify)) => {
            Some(post_join_notice(env, req, reserved, channel, notify, lang).await?)
        }
        _ => None,
    };
    tickets::mark_open(&core.db, reserved.id, Some(welcome_id), join_id).await?;
    tracing::info!(guild = %req.guild, ticket = %reserved.number, channel = %channel, "ticket opened");
    crate::services::metrics::ticket_opened(env.data.guild_label(req.guild));
    Ok(channel)
}

/// A private thread for the ticket, with the opener and anyone `added` in it.
/// Discord's auto-archive duration for `minutes` (the setting only holds Discord's values).
fn archive_duration(minutes: u16) -> serenity::AutoArchiveDuration {
    match minutes {
        60 => serenity::AutoArchiveDuration::OneHour,
        1440 => serenity::AutoArchiveDuration::OneDay,
        4320 => serenity::AutoArchiveDuration::ThreeDays,
        _ => serenity::AutoArchiveDuration::OneWeek,
    }
}

async fn create_thread(
    env: Env<'_>,
    req: &OpenRequest,
    ticket: TicketId,
    name: &str,
    added: &[Target],
    archive_minutes: u16,
    created: &mut Option<ChannelId>,
) -> Result<ChannelId, BotError> {
    let thread = serenity::ChannelId::new(req.source_channel.get())
        .create_thread(
            env.http,
            serenity::CreateThread::new(name)
                .kind(serenity::ChannelType::PrivateThread)
                .invitable(false)
                .auto_archive_duration(archive_duration(archive_minutes)),
        )
        .await?;
    let thread = ChannelId::new(thread.id.get());
    *created = Some(thread);
    tickets::set_channel(&env.data.core.db, ticket, thread, true).await?;
    let users = added.iter().filter_map(|t| match t {
        Target::User(u) => Some(*u),
        Target::Role(_) => None,
    });
    for user in std::iter::once(req.actor.user).chain(users) {
        serenity::ChannelId::new(thread.get())
            .add_thread_member(env.http, serenity::UserId::new(user.get()))
            .await?;
    }
    Ok(thread)
}

/// The "staff can join it here" notice of a thread ticket, with its join button.
async fn post_join_notice(
    env: Env<'_>,
    req: &OpenRequest,
    reserved: Reserved,
    thread: ChannelId,
    notify: ChannelId,
    lang: crate::i18n::Lang,
) -> Result<MessageId, BotError> {
    let message = serenity::ChannelId::new(notify.get())
        .send_message(
            env.http,
            serenity::CreateMessage::new()
                .content(
                    crate::msg!(
                        "join-notice",
                        user = req.actor.user,
                        number = reserved.number,
                        channel = thread
                    )
                    .render(lang),
                )
                .allowed_mentions(serenity::CreateAllowedMentions::new())
                .components(ui::join_button(reserved.id, lang)),
        )
        .await?;
    Ok(MessageId::new(message.id.get()))
}

/// The overwrites of a new channel-mode ticket.
async fn overwrites_for(
    env: Env<'_>,
    req: &OpenRequest,
    added: &[Target],
) -> Result<Vec<Overwrite>, BotError> {
    let (support, admins) =
        super::access::handlers(env, req.guild, req.panel.as_ref().map(|p| p.id)).await?;
    let settings = settings::load(&env.data.core.db, req.guild).await?;
    Ok(rules::ticket_overwrites(&Access {
        everyone: RoleId::new(req.guild.get()),
        bot: env.data.bot_id,
        opener: req.actor.user,
        added,
        support: &support,
        admins: &admins,
        claimed_by: None,
        claim_support_can_view: true,
        claim_support_can_type: true,
        opener_denied: settings.opener_denied,
        support_denied: settings.support_denied,
    }))
}

/// Creates the ticket channel in the panel's or the guild's category, spilling into the
/// overflow category when the first is full.
async fn create_channel(
    env: Env<'_>,
    guild: GuildId,
    preferred: Option<ChannelId>,
    name: &str,
    overwrites: &[Overwrite],
) -> Result<ChannelId, BotError> {
    let core = &env.data.core;
    // A panel's category deleted by hand: the ticket goes to the guild's ticket category.
    let preferred = match preferred {
        Some(c) if facts::channel(core, c).await?.is_some() => Some(c),
        Some(c) => {
            tracing::warn!(%guild, category = %c, "a panel's category no longer exists; using the ticket category");
            None
        }
        None => None,
    };
    let category = match preferred {
        Some(c) => c,
        None => ensure_category(env, guild, false).await?,
    };
    let (_, in_category) = facts::channel_counts(core, guild, Some(category)).await?;
    let category = if in_category >= MAX_CHANNELS_PER_CATEGORY {
        ensure_category(env, guild, true).await?
    } else {
        category
    };
    let builder = |parent: ChannelId| {
        serenity::CreateChannel::new(name)
            .kind(serenity::ChannelType::Text)
            .category(serenity::ChannelId::new(parent.get()))
            .permissions(to_serenity(overwrites))
    };
    let guild_id = serenity::GuildId::new(guild.get());
    let first = guild_id.create_channel(env.http, builder(category)).await;
    let result = match first {
        Err(e) if is_category_full(&e) => {
            let overflow = ensure_category(env, guild, true).await?;
            if overflow == category {
                return Err(user_error(crate::msg!("open-categories-full")));
            }
            guild_id.create_channel(env.http, builder(overflow)).await
        }
        other => other,
    };
    match result {
        Ok(channel) => Ok(ChannelId::new(channel.id.get())),
        Err(e) if super::discord_code(&e) == Some(GUILD_CHANNELS_FULL) => {
            Err(user_error(crate::msg!("open-server-channels-full")))
        }
        Err(e) if is_category_full(&e) => Err(user_error(crate::msg!("open-categories-full"))),
        Err(e) => Err(e.into()),
    }
}

/// The guild's ticket category (or overflow category), created on first use. One task per
/// guild at a time, so concurrent opens create it once.
pub(super) async fn ensure_category(
    env: Env<'_>,
    guild: GuildId,
    overflow: bool,
) -> Result<ChannelId, BotError> {
    let core = &env.data.core;
    let lock = env.data.guild_lock(guild);
    let _held = lock.lock().await;
    let current = settings::load(&core.db, guild).await?;
    let existing = if overflow {
        current.overflow_category
    } else {
        current.ticket_category
    };
    // A category created by this process may not have reached the cache yet.
    if let Some(category) = existing
        && (env.data.created_here(category) || facts::channel(core, category).await?.is_some())
    {
        return Ok(category);
    }
    let lang = crate::services::language::server_with(core, guild, &current).await;
    let name = if overflow {
        crate::msg!("category-name-overflow")
    } else {
        crate::msg!("category-name")
    }
    .render(lang);
    let hidden = rules::private_overwrites(RoleId::new(guild.get()), env.data.bot_id);
    let category = serenity::GuildId::new(guild.get())
        .create_channel(
            env.http,
            serenity::CreateChannel::new(&name)
                .kind(serenity::ChannelType::Category)
                .permissions(to_serenity(&hidden)),
        )
        .await?;
    let category = ChannelId::new(category.id.get());
    env.data.remember_created(category);
    settings::update(&core.db, guild, core.clock.now(), move |s| {
        if overflow {
            s.overflow_category = Some(category);
        } else {
            s.ticket_category = Some(category);
        }
    })
    .await?;
    tracing::info!(guild = %guild, category = %category, overflow, "created the ticket category");
    crate::discord::command_audit::record_own(
        env.data,
        guild,
        "settings.category_created",
        format!(
            "Created the category \"{name}\" ({category}) as the {} category",
            if overflow { "overflow" } else { "ticket" }
        ),
    )
    .await;
    Ok(category)
}

/// Removes a half-created ticket: its channel (or, if Discord refuses now, a durable job
/// retries) and its row.
async fn roll_back(env: Env<'_>, ticket: TicketId, created: Option<ChannelId>) {
    let core = &env.data.core;
    if let Some(channel) = created
        && let Err(e) = serenity::ChannelId::new(channel.get())
            .delete(env.http)
            .await
    {
        tracing::warn!(channel = %channel, error = %e, "could not delete a half-created ticket channel; retrying in the background");
        let now = core.clock.now();
        if let Err(e) = jobs::enqueue(
            &core.db,
            crate::domain::job_kind::JobKind::DeleteChannel {
                channel: channel.get(),
            },
            Some(format!("delete-channel:{}", channel.get())),
            now,
            now,
        )
        .await
        {
            tracing::error!(channel = %channel, error = %e, "could not record the channel to delete");
        }
        env.data.wake_jobs();
    }
    if let Err(e) = tickets::roll_back(&core.db, ticket).await {
        tracing::error!(ticket = %ticket, error = %e, "could not roll back a ticket reservation");
    }
}
