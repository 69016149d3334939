//! Buttons, select menus and modal submits on ticketbox's messages (custom ids `tb:…`).
//! Like commands: parse, authorise, call one flow, render; errors become ephemeral replies.

use poise::serenity_prelude as serenity;

use super::tickets::open::{OpenRequest, check, open_offloaded};
use super::tickets::ui;
use super::tickets::{Env, claim, close, feedback, ticket_here, user_error};
use super::{BotError, Data, modals};
use crate::domain::components::ComponentId;
use crate::domain::feedback::stars as rules_stars;
use crate::domain::levels::Level;
use crate::i18n::{Lang, Msg};
use crate::ids::{ChannelId, GuildId, RoleId, TicketId, UserId};
use crate::msg;
use crate::services::facts::{self, Actor};
use crate::services::language::Langs;
use crate::store::{forms, panels, settings, tickets};

/// Entry point from the event handler.
pub async fn handle(ctx: &serenity::Context, data: &Data, interaction: &serenity::Interaction) {
    let env = Env {
        http: &ctx.http,
        data,
    };
    match interaction {
        serenity::Interaction::Component(c) if ComponentId::is_ours(&c.data.custom_id) => {
            let langs = tokio::sync::OnceCell::new();
            let to = Responder {
                via: Via::Component(c),
                langs: &langs,
            };
            let mut deferred = false;
            if let Err(e) = component(env, c, to, &mut deferred).await {
                report(env, &e, to, deferred).await;
            }
        }
        serenity::Interaction::Modal(m) if ComponentId::is_ours(&m.data.custom_id) => {
            let langs = tokio::sync::OnceCell::new();
            let to = Responder {
                via: Via::Modal(m),
                langs: &langs,
            };
            let mut deferred = false;
            if let Err(e) = modal(env, m, to, &mut deferred).await {
                report(env, &e, to, deferred).await;
            }
        }
        _ => {}
    }
}

/// The interaction being answered.
#[derive(Clone, Copy)]
enum Via<'a> {
    Component(&'a serenity::ComponentInteraction),
    Modal(&'a serenity::ModalInteraction),
}

/// How to answer an interaction, and its languages (looked up once, when first needed).
#[derive(Clone, Copy)]
struct Responder<'a> {
    via: Via<'a>,
    langs: &'a tokio::sync::OnceCell<Langs>,
}

impl<'a> Responder<'a> {
    async fn respond(
        self,
        http: &serenity::Http,
        r: serenity::CreateInteractionResponse,
    ) -> serenity::Result<()> {
        match self.via {
            Via::Component(c) => c.create_response(http, r).await,
            Via::Modal(m) => m.create_response(http, r).await,
        }
    }

    /// Answers with a callback serenity has no builder for (a modal of Labels).
    async fn respond_json(
        self,
        http: &serenity::Http,
        body: &serde_json::Value,
    ) -> serenity::Result<()> {
        let (id, token) = match self.via {
            Via::Component(c) => (c.id, &c.token),
            Via::Modal(m) => (m.id, &m.token),
        };
        http.create_interaction_response(id, token, body, Vec::new())
            .await
    }

    /// The member's client language, as Discord reports it on every interaction.
    fn locale(self) -> &'a str {
        match self.via {
            Via::Component(c) => &c.locale,
            Via::Modal(m) => &m.locale,
        }
    }

    fn guild(self) -> Option<GuildId> {
        match self.via {
            Via::Component(c) => c.guild_id,
            Via::Modal(m) => m.guild_id,
        }
        .map(|g| GuildId::new(g.get()))
    }

    /// The interaction's languages: one settings read, the first time an answer needs them.
    async fn langs(self, env: Env<'_>) -> Langs {
        *self
            .langs
            .get_or_init(|| {
                crate::services::language::of_interaction(
                    &env.data.core,
                    self.guild(),
                    self.locale(),
                )
            })
            .await
    }

    /// The language of an ephemeral answer to this member.
    async fn reply_lang(self, env: Env<'_>) -> Lang {
        self.langs(env).await.reply
    }

    /// The language of an answer everyone in the channel reads.
    async fn server_lang(self, env: Env<'_>) -> Lang {
        self.langs(env).await.server
    }

    /// Replaces the deferred answer with `text` in the member's language.
    async fn edit(self, env: Env<'_>, text: String) -> serenity::Result<()> {
        let edit = serenity::EditInteractionResponse::new().content(text);
        match self.via {
            Via::Component(c) => c.edit_response(env.http, edit).await.map(|_| ()),
            Via::Modal(m) => m.edit_response(env.http, edit).await.map(|_| ()),
        }
    }

    async fn defer(self, http: &serenity::Http) -> serenity::Result<()> {
        match self.via {
            Via::Component(c) => c.defer_ephemeral(http).await,
            Via::Modal(m) => m.defer_ephemeral(http).await,
        }
    }
}

/// Tells the user what went wrong, ephemerally; logs what is not their mistake.
async fn report(env: Env<'_>, error: &BotError, to: Responder<'_>, deferred: bool) {
    if !matches!(error, BotError::User(_)) {
        tracing::error!(error = %error, "component handler failed");
    }
    let text = env
        .data
        .command_ids
        .link(&error.user_message().render(to.reply_lang(env).await));
    let sent = if deferred {
        to.edit(env, text).await
    } else {
        to.respond(env.http, ui::ephemeral(text)).await
    };
    if let Err(e) = sent {
        tracing::warn!(error = %e, "could not send the error reply");
    }
}

fn guild_of(guild: Option<serenity::GuildId>) -> Result<GuildId, BotError> {
    guild
        .map(|g| GuildId::new(g.get()))
        .ok_or_else(|| user_error(msg!("error-guild-only")))
}

async fn actor_of(
    env: Env<'_>,
    guild: GuildId,
    user: &serenity::User,
    member: Option<&serenity::Member>,
) -> Result<Actor, BotError> {
    let roles = member
        .map(|m| m.roles.iter().map(|r| RoleId::new(r.get())).collect())
        .unwrap_or_default();
    Ok(facts::actor(&env.data.core, guild, UserId::new(user.id.get()), roles).await?)
}

async fn component(
    env: Env<'_>,
    c: &serenity::ComponentInteraction,
    to: Responder<'_>,
    deferred: &mut bool,
) -> Result<(), BotError> {
    let Ok(custom_id) = c.data.custom_id.parse::<ComponentId>() else {
        return Err(user_error(msg!("error-old-button")));
    };
    let user = UserId::new(c.user.id.get());
    // The rating request is in the opener's DMs: no server, no member.
    match custom_id {
        ComponentId::Rate(ticket, stars) => {
            // The DM is in the server's language; the answer stays in it.
            let (rows, lang) = feedback::rate(env, ticket, user, stars).await?;
            let thanks = msg!(
                "feedback-rated",
                stars_shown = rules_stars(stars),
                stars = stars
            )
            .render(lang);
            to.respond(
                env.http,
                serenity::CreateInteractionResponse::UpdateMessage(
                    serenity::CreateInteractionResponseMessage::new()
                        .content(thanks)
                        .components(rows),
                ),
            )
            .await?;
            return Ok(());
        }
        ComponentId::Comment(ticket) => {
            feedback::may_comment(env, ticket, user).await?;
            let lang = to.reply_lang(env).await;
            let modal = modals::paragraph_modal(
                &ComponentId::CommentModal(ticket),
                &msg!("feedback-comment-title").render(lang),
                &msg!("feedback-comment-label").render(lang),
                "comment",
                u16::try_from(crate::domain::feedback::MAX_COMMENT).unwrap_or(1000),
            );
            to.respond_json(env.http, &modal).await?;
            return Ok(());
        }
        ComponentId::Survey(ticket) => {
            let form = feedback::may_survey(env, ticket, user).await?;
            let modal = modals::form_modal(&ComponentId::SurveyModal(ticket), &form);
            to.respond_json(env.http, &modal).await?;
            return Ok(());
        }
        _ => {}
    }
    let guild = guild_of(c.guild_id)?;
    let actor = actor_of(env, guild, &c.user, c.member.as_ref()).await?;
    let channel = ChannelId::new(c.channel_id.get());
    match custom_id {
        ComponentId::OpenPanel(panel_id) => {
            return open_from_panel(env, c, to, guild, actor, panel_id, deferred).await;
        }
        ComponentId::MultiSelect(_) => {
            let picked = match &c.data.kind {
                serenity::ComponentInteractionDataKind::StringSelect { values } => values
                    .first()
                    .and_then(|v| v.parse().ok())
                    .map(crate::ids::PanelId::new),
                _ => None,
            }
            .ok_or_else(|| user_error(msg!("error-pick-an-option")))?;
            return open_from_panel(env, c, to, guild, actor, picked, deferred).await;
        }
        ComponentId::Join(ticket) => return join(env, c, to, guild, &actor, ticket).await,
        _ => {}
    }
    ticket_button(env, to, channel, &actor, custom_id).await
}

/// A button inside a ticket: close (with confirmation or a reason), claim, answer a close
/// request.
async fn ticket_button(
    env: Env<'_>,
    to: Responder<'_>,
    channel: ChannelId,
    actor: &Actor,
    custom_id: ComponentId,
) -> Result<(), BotError> {
    let ticket = ticket_here(env.data, channel).await?;
    match custom_id {
        ComponentId::Close | ComponentId::CloseConfirm => {
            let settings = close::may_close(env.data, actor, &ticket).await?;
            if custom_id == ComponentId::Close && settings.close_confirmation {
                let lang = to.reply_lang(env).await;
                to.respond(
                    env.http,
                    serenity::CreateInteractionResponse::Message(
                        serenity::CreateInteractionResponseMessage::new()
                            .content(msg!("close-confirm-question").render(lang))
                            .components(ui::close_confirmation(lang))
                            .ephemeral(true),
                    ),
                )
                .await?;
                return Ok(());
            }
            close::close(env, &ticket, actor.user, None).await?;
            let said = msg!("close-being-closed-by", user = actor.user);
            to.respond(env.http, public(env, to, said).await).await?;
        }
        ComponentId::CloseReason => {
            close::may_close(env.data, actor, &ticket).await?;
            let lang = to.reply_lang(env).await;
            let modal = modals::paragraph_modal(
                &ComponentId::CloseReasonModal,
                &msg!("close-reason-modal-title").render(lang),
                &msg!("close-reason-modal-label").render(lang),
                "reason",
                1024,
            );
            to.respond_json(env.http, &modal).await?;
        }
        ComponentId::Claim => {
            claim::claim(env, &ticket, actor).await?;
            let said = msg!("claim-handled-by", user = actor.user);
            to.respond(env.http, public(env, to, said).await).await?;
        }
        ComponentId::CloseRequestAccept | ComponentId::CloseRequestDeny => {
            let accept = custom_id == ComponentId::CloseRequestAccept;
            answer_close_request(env, to, &ticket, actor, accept).await?;
        }
        ComponentId::KeepOpen => {
            if actor.user != ticket.opener && !actor.is_staff() {
                return Err(user_error(msg!("autoclose-keep-open-refused")));
            }
            crate::services::autoclose::keep_open(&env.data.core, ticket.id).await?;
            // The warning becomes a note of who kept it open; its button goes.
            let lang = to.server_lang(env).await;
            to.respond(
                env.http,
                serenity::CreateInteractionResponse::UpdateMessage(
                    serenity::CreateInteractionResponseMessage::new()
                        .content(msg!("autoclose-kept-open", user = actor.user).render(lang))
                        .embeds(Vec::new())
                        .components(Vec::new()),
                ),
            )
            .await?;
        }
        // A modal's id on a button, or one handled before.
        ComponentId::Form(_)
        | ComponentId::CloseReasonModal
        | ComponentId::OpenPanel(_)
        | ComponentId::MultiSelect(_)
        | ComponentId::Join(_)
        | ComponentId::Rate(..)
        | ComponentId::Comment(_)
        | ComponentId::CommentModal(_)
        | ComponentId::Survey(_)
        | ComponentId::SurveyModal(_) => {
            return Err(user_error(msg!("error-old-button")));
        }
    }
    Ok(())
}

/// A panel button: open a ticket from that panel.
async fn open_from_panel(
    env: Env<'_>,
    c: &serenity::ComponentInteraction,
    to: Responder<'_>,
    guild: GuildId,
    actor: Actor,
    panel_id: crate::ids::PanelId,
    deferred: &mut bool,
) -> Result<(), BotError> {
    let channel = ChannelId::new(c.channel_id.get());
    let panel = panels::get(&env.data.core.db, guild, panel_id)
        .await?
        .ok_or_else(|| user_error(msg!("panel-gone-send-new")))?;
    if let Some(form_id) = panel.form
        && let Some(form) = forms::get(&env.data.core.db, guild, form_id).await?
        && !form.inputs.is_empty()
    {
        // Refuse before asking questions for a ticket that cannot be opened.
        check(env, guild, &actor, Some(&panel)).await?;
        let modal = modals::form_modal(&ComponentId::Form(panel.id), &form);
        to.respond_json(env.http, &modal).await?;
        return Ok(());
    }
    to.defer(env.http).await?;
    *deferred = true;
    let opened = open_offloaded(
        env.data,
        OpenRequest {
            panel: Some(panel),
            ..OpenRequest::new(guild, actor, &c.user, c.member.as_ref(), channel)
        },
    )
    .await?;
    let done = msg!("ticket-opened", channel = opened.channel);
    to.edit(env, done.render(to.reply_lang(env).await)).await?;
    Ok(())
}

/// "Join ticket" on a thread-mode notification: staff join the private thread.
async fn join(
    env: Env<'_>,
    c: &serenity::ComponentInteraction,
    to: Responder<'_>,
    guild: GuildId,
    actor: &Actor,
    ticket: TicketId,
) -> Result<(), BotError> {
    actor.require(Level::Support)?;
    let ticket = tickets::by_id(&env.data.core.db, ticket)
        .await?
        .filter(|t| t.state == tickets::TicketState::Open && t.guild == guild)
        .ok_or_else(|| user_error(msg!("join-ticket-closed")))?;
    let thread = ticket
        .channel
        .ok_or_else(|| user_error(msg!("join-ticket-closed")))?;
    if actor.level < Level::Admin {
        // The same rules as a channel ticket's overwrites: the panel's team only, and after a
        // claim only if the claim settings let other support staff see it.
        if let Some(panel) = ticket.panel
            && let Some(team) =
                crate::store::staff::panel_team_members(&env.data.core.db, panel).await?
            && !team.iter().any(|t| match t {
                crate::domain::levels::Target::User(u) => *u == actor.user,
                crate::domain::levels::Target::Role(r) => actor.roles.contains(r),
            })
        {
            return Err(user_error(msg!("join-other-team")));
        }
        let settings = settings::load(&env.data.core.db, guild).await?;
        if ticket.claimed_by.is_some_and(|by| by != actor.user) && !settings.claim_support_can_view
        {
            return Err(user_error(msg!("join-claimed-by-other")));
        }
    }
    serenity::ChannelId::new(thread.get())
        .add_thread_member(env.http, c.user.id)
        .await?;
    let joined = msg!("join-joined", channel = thread).render(to.reply_lang(env).await);
    to.respond(env.http, ui::ephemeral(joined)).await?;
    Ok(())
}

/// A panel's form was submitted: check the answers, then open the ticket with them.
async fn submit_form(
    env: Env<'_>,
    m: &serenity::ModalInteraction,
    to: Responder<'_>,
    guild: GuildId,
    actor: Actor,
    panel_id: crate::ids::PanelId,
    deferred: &mut bool,
) -> Result<(), BotError> {
    let db = &env.data.core.db;
    let panel = panels::get(db, guild, panel_id)
        .await?
        .ok_or_else(|| user_error(msg!("panel-gone")))?;
    let form = match panel.form {
        Some(form) => forms::get(db, guild, form).await?,
        None => None,
    }
    .ok_or_else(|| user_error(msg!("form-changed")))?;
    let answers = form
        .answers(&modals::submitted(&m.data.raw))
        .map_err(user_error)?;
    to.defer(env.http).await?;
    *deferred = true;
    let opened = open_offloaded(
        env.data,
        OpenRequest {
            panel: Some(panel),
            answers,
            ..OpenRequest::new(
                guild,
                actor,
                &m.user,
                m.member.as_ref(),
                ChannelId::new(m.channel_id.get()),
            )
        },
    )
    .await?;
    let done = msg!("ticket-opened", channel = opened.channel);
    to.edit(env, done.render(to.reply_lang(env).await)).await?;
    Ok(())
}

/// The opener answers a `/closerequest`.
async fn answer_close_request(
    env: Env<'_>,
    to: Responder<'_>,
    ticket: &tickets::Ticket,
    actor: &Actor,
    accept: bool,
) -> Result<(), BotError> {
    if actor.user != ticket.opener {
        return Err(user_error(msg!("close-request-not-opener")));
    }
    let request = tickets::close_request(&env.data.core.db, ticket.id)
        .await?
        .ok_or_else(|| user_error(msg!("close-request-answered")))?;
    if accept {
        close::close(env, ticket, actor.user, request.reason).await?;
        let said = msg!("close-request-accepted");
        to.respond(env.http, public(env, to, said).await).await?;
    } else {
        tickets::clear_close_request(&env.data.core.db, ticket.id, env.data.core.clock.now())
            .await?;
        let said = msg!("close-request-declined", user = actor.user);
        to.respond(env.http, public(env, to, said).await).await?;
    }
    Ok(())
}

/// A message everyone in the channel sees, in the server's language, mentioning nobody.
async fn public(env: Env<'_>, to: Responder<'_>, text: Msg) -> serenity::CreateInteractionResponse {
    let text = env
        .data
        .command_ids
        .link(&text.render(to.server_lang(env).await));
    serenity::CreateInteractionResponse::Message(
        serenity::CreateInteractionResponseMessage::new()
            .content(text)
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
}

async fn modal(
    env: Env<'_>,
    m: &serenity::ModalInteraction,
    to: Responder<'_>,
    deferred: &mut bool,
) -> Result<(), BotError> {
    let custom_id = m.data.custom_id.parse::<ComponentId>();
    if let Ok(ComponentId::CommentModal(ticket)) = custom_id {
        let text = modals::text_of(&m.data.raw, "comment").unwrap_or_default();
        feedback::comment(env, ticket, UserId::new(m.user.id.get()), &text).await?;
        let thanks = msg!("feedback-comment-thanks").render(to.reply_lang(env).await);
        to.respond(env.http, ui::ephemeral(thanks)).await?;
        return Ok(());
    }
    if let Ok(ComponentId::SurveyModal(ticket)) = custom_id {
        feedback::survey(
            env,
            ticket,
            UserId::new(m.user.id.get()),
            &modals::submitted(&m.data.raw),
        )
        .await?;
        let thanks = msg!("feedback-survey-thanks").render(to.reply_lang(env).await);
        to.respond(env.http, ui::ephemeral(thanks)).await?;
        return Ok(());
    }
    let guild = guild_of(m.guild_id)?;
    let actor = actor_of(env, guild, &m.user, m.member.as_ref()).await?;
    let channel = ChannelId::new(m.channel_id.get());
    if custom_id == Ok(ComponentId::CloseReasonModal) {
        let ticket = ticket_here(env.data, channel).await?;
        close::may_close(env.data, &actor, &ticket).await?;
        let reason = modals::text_of(&m.data.raw, "reason");
        close::close(env, &ticket, actor.user, reason).await?;
        let said = msg!("close-being-closed-by", user = actor.user);
        to.respond(env.http, public(env, to, said).await).await?;
        return Ok(());
    }
    if let Ok(ComponentId::Form(panel_id)) = custom_id {
        return submit_form(env, m, to, guild, actor, panel_id, deferred).await;
    }
    Err(user_error(msg!("error-old-form")))
}
