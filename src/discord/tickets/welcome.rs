//! A new ticket's first messages: the welcome (the panel's or server's text with its
//! placeholders filled, the subject, the message it started from, the ticket's buttons) and the
//! form's answers.

use poise::serenity_prelude as serenity;

use super::open::{FORM_ANSWERS_TITLE, OpenRequest};
use super::{Env, ui};
use crate::discord::BotError;
use crate::domain::panels::DEFAULT_COLOUR;
use crate::domain::placeholders::{WelcomeFacts, add_stats, uses_stats, welcome};
use crate::domain::settings::GuildSettings;
use crate::ids::{ChannelId, MessageId, RoleId};
use crate::store::tickets::{Counts, Reserved};

/// The ticket being opened, as far as its welcome needs it.
#[derive(Clone, Copy)]
pub(super) struct NewTicket<'a> {
    pub req: &'a OpenRequest,
    pub settings: &'a GuildSettings,
    pub reserved: Reserved,
    pub channel: ChannelId,
    /// Open tickets before this one (the placeholders count it in).
    pub counts: Counts,
}

/// Posts the welcome message (and the form's answers); returns the welcome's id.
pub(super) async fn post_welcome(env: Env<'_>, new: NewTicket<'_>) -> Result<MessageId, BotError> {
    let NewTicket {
        req,
        reserved,
        channel,
        settings,
        ..
    } = new;
    let text = welcome_text(env, new).await?;
    let colour = req
        .panel
        .as_ref()
        .map_or(DEFAULT_COLOUR, |p| p.draft.colour);
    let mut embed = serenity::CreateEmbed::new()
        .title(format!("Ticket #{}", reserved.number))
        .description(clip(&text, 4096))
        .colour(colour);
    if let Some(subject) = &req.subject {
        embed = embed.field("Subject", subject.clone(), false);
    }
    if let Some(linked) = &req.linked {
        embed = embed.field(
            "Started from a message",
            format!(
                "https://discord.com/channels/{}/{}/{} by <@{}>",
                req.guild, linked.channel, linked.message, linked.author
            ),
            false,
        );
    }
    let (content, mentions) = welcome_mentions(req);
    let message = serenity::ChannelId::new(channel.get())
        .send_message(
            env.http,
            serenity::CreateMessage::new()
                .content(content)
                .embeds(vec![embed])
                .allowed_mentions(mentions)
                .components(ui::ticket_buttons(settings.welcome_buttons(), false)),
        )
        .await?;
    post_answers(env, req, channel, colour).await?;
    Ok(MessageId::new(message.id.get()))
}

/// The welcome message's text: the panel's (or the server's) template with its placeholders
/// filled.
async fn welcome_text(env: Env<'_>, new: NewTicket<'_>) -> Result<String, BotError> {
    let NewTicket {
        req,
        settings,
        reserved,
        channel,
        counts,
    } = new;
    let core = &env.data.core;
    let guild = req.guild;
    let server = core
        .cache
        .read(move |r| Ok(r.guild(guild)?.map(|g| g.name)))
        .await?
        .unwrap_or_default();
    let template = req
        .panel
        .as_ref()
        .and_then(|p| p.draft.welcome_message.as_deref())
        .unwrap_or_else(|| settings.welcome());
    let mut placeholders = welcome(&WelcomeFacts {
        opener: req.actor.user,
        username: &req.username,
        ticket_number: reserved.number.get(),
        channel,
        server: &server,
        open_tickets: u64::from(counts.guild_open) + 1,
        total_tickets: u64::from(reserved.number.get()),
        user_open_tickets: u64::from(counts.user_open) + 1,
        ticket_limit: settings.ticket_limit,
        now: core.clock.now(),
    });
    if uses_stats(template) {
        let (tickets, given) = crate::store::stats::server_inputs(&core.db, guild).await?;
        add_stats(
            &mut placeholders,
            &crate::domain::stats::server(&tickets, &given, core.clock.now()),
        );
    }
    Ok(placeholders.render(template))
}

/// Who the welcome message mentions (the opener unless the panel says not to, and the panel's
/// roles), as text and as the mentions Discord may notify.
fn welcome_mentions(req: &OpenRequest) -> (String, serenity::CreateAllowedMentions) {
    let mention_opener = req.panel.as_ref().is_none_or(|p| p.draft.mention_opener);
    let roles: Vec<RoleId> = req
        .panel
        .as_ref()
        .map(|p| p.draft.mention_roles.clone())
        .unwrap_or_default();
    let mut content: Vec<String> = Vec::new();
    if mention_opener {
        content.push(format!("<@{}>", req.actor.user));
    }
    content.extend(roles.iter().map(|r| format!("<@&{r}>")));
    let here = req.panel.as_ref().is_some_and(|p| p.draft.mention_here);
    if here {
        content.push("@here".to_owned());
    }
    let mentions = serenity::CreateAllowedMentions::new()
        // `everyone` lets @here notify ("Message Resource → Allowed Mentions Object": parse
        // "everyone" controls @everyone and @here).
        .everyone(here)
        .users(if mention_opener {
            vec![serenity::UserId::new(req.actor.user.get())]
        } else {
            vec![]
        })
        .roles(roles.iter().map(|r| serenity::RoleId::new(r.get())));
    (content.join(" "), mentions)
}

/// The form's answers in a message of their own: with a long welcome text, one message could
/// pass Discord's 6,000-character limit for all embeds together.
async fn post_answers(
    env: Env<'_>,
    req: &OpenRequest,
    channel: ChannelId,
    colour: u32,
) -> Result<(), BotError> {
    if req.answers.is_empty() {
        return Ok(());
    }
    let mut answers = serenity::CreateEmbed::new()
        .title(FORM_ANSWERS_TITLE)
        .colour(colour);
    for (label, value) in &req.answers {
        let value = if value.trim().is_empty() {
            "—"
        } else {
            value.as_str()
        };
        answers = answers.field(label.clone(), clip(value, 1024), false);
    }
    serenity::ChannelId::new(channel.get())
        .send_message(env.http, serenity::CreateMessage::new().embed(answers))
        .await?;
    Ok(())
}

/// At most `max` characters, ending in "…" when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.push('…');
    out
}
