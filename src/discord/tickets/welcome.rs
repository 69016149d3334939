//! A new ticket's first messages: the welcome (the panel's or server's text with its
//! placeholders filled, the subject, the message it started from, the ticket's buttons) and the
//! form's answers.

use poise::serenity_prelude as serenity;

use super::open::OpenRequest;
use super::{Env, ui};
use crate::discord::BotError;
use crate::domain::embeds::{EmbedField, EmbedSpec, clip};
use crate::domain::panels::{DEFAULT_COLOUR, welcome_embed_of};
use crate::domain::placeholders::{WelcomeFacts, add_stats, uses_stats, welcome};
use crate::domain::settings::GuildSettings;
use crate::domain::support_hours::{Outside, Status, notice as support_notice};
use crate::i18n::Lang;
use crate::ids::{ChannelId, MessageId, RoleId, UserId};
use crate::msg;
use crate::services::integrations::{OpenFacts, welcome_values};
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
    /// Staff on call added to a thread ticket: the welcome pings them.
    pub on_call: &'a [UserId],
    /// The server's language, for the bot's own texts (never for what the server wrote).
    pub lang: Lang,
}

/// Posts the welcome message (and the form's answers); returns the welcome's id.
pub(super) async fn post_welcome(env: Env<'_>, new: NewTicket<'_>) -> Result<MessageId, BotError> {
    let NewTicket {
        req,
        channel,
        settings,
        lang,
        ..
    } = new;
    let mut spec = welcome_embed(env, new).await?;
    let colour = spec.colour.unwrap_or(DEFAULT_COLOUR);
    // Ours first, so the admin's fields are what gives way to Discord's limits.
    let mut ours = Vec::new();
    if let Some(subject) = &req.subject {
        ours.push(EmbedField {
            name: msg!("welcome-subject").render(lang),
            value: subject.clone(),
            inline: false,
        });
    }
    if let Some(linked) = &req.linked {
        ours.push(EmbedField {
            name: msg!("welcome-started-from").render(lang),
            value: msg!(
                "welcome-started-from-link",
                link = format!(
                    "https://discord.com/channels/{}/{}/{}",
                    req.guild, linked.channel, linked.message
                ),
                user = linked.author
            )
            .render(lang),
            inline: false,
        });
    }
    spec.fields.splice(0..0, ours);
    let embed = ui::embed(&spec);
    let (content, mentions) = welcome_mentions(req, new.on_call);
    let message = serenity::ChannelId::new(channel.get())
        .send_message(
            env.http,
            serenity::CreateMessage::new()
                .content(content)
                .embeds(vec![embed])
                .allowed_mentions(mentions)
                .components(ui::ticket_buttons(settings.welcome_buttons(), false, lang)),
        )
        .await?;
    post_answers(env, req, channel, colour, lang).await?;
    post_hours_notice(env, req, channel, lang).await?;
    Ok(MessageId::new(message.id.get()))
}

/// Outside the panel's support hours in "open and tell" mode: a notice in the ticket saying
/// when staff are back.
async fn post_hours_notice(
    env: Env<'_>,
    req: &OpenRequest,
    channel: ChannelId,
    lang: Lang,
) -> Result<(), BotError> {
    let Some(hours) = req
        .panel
        .as_ref()
        .and_then(|p| p.draft.support_hours.as_ref())
    else {
        return Ok(());
    };
    if hours.outside != Outside::OpenAndTell {
        return Ok(());
    }
    let Status::Closed { next_open } = hours.status(env.data.core.clock.now()) else {
        return Ok(());
    };
    let notice = serenity::CreateEmbed::new()
        .title(msg!("welcome-outside-hours").render(lang))
        .description(clip(&support_notice(hours, next_open, lang), 4096))
        .colour(hours.colour.unwrap_or(DEFAULT_COLOUR));
    serenity::ChannelId::new(channel.get())
        .send_message(env.http, serenity::CreateMessage::new().embed(notice))
        .await?;
    Ok(())
}

/// The welcome message's embed: the panel's (or the server's) text and embed with their
/// placeholders filled (not yet clipped).
async fn welcome_embed(env: Env<'_>, new: NewTicket<'_>) -> Result<EmbedSpec, BotError> {
    let NewTicket {
        req,
        settings,
        reserved,
        channel,
        counts,
        lang,
        ..
    } = new;
    let core = &env.data.core;
    let guild = req.guild;
    let server = core
        .cache
        .read(move |r| Ok(r.guild(guild)?.map(|g| g.name)))
        .await?
        .unwrap_or_default();
    let server_default = settings.welcome(lang);
    let text = req
        .panel
        .as_ref()
        .and_then(|p| p.draft.welcome_message.as_deref())
        .unwrap_or(&server_default);
    // The panel's embed, else the server's.
    let extras = req
        .panel
        .as_ref()
        .map(|p| &p.draft.welcome_embed)
        .filter(|e| !e.is_empty())
        .unwrap_or(&settings.welcome_embed);
    let colour = req
        .panel
        .as_ref()
        .map_or(DEFAULT_COLOUR, |p| p.draft.colour);
    let mut template = welcome_embed_of(extras, text, colour);
    // The built-in title in the server's language (a title the admin set stays theirs).
    if template.title == crate::domain::panels::WELCOME_TITLE {
        template.title = msg!("welcome-title").render(lang);
    }
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
    let texts = [
        &template.title,
        &template.description,
        &template.author_name,
        &template.footer_text,
    ];
    let uses = texts.iter().any(|t| uses_stats(t))
        || template
            .fields
            .iter()
            .any(|f| uses_stats(&f.name) || uses_stats(&f.value));
    if uses {
        let (tickets, given) = crate::store::stats::server_inputs(&core.db, guild).await?;
        add_stats(
            &mut placeholders,
            &crate::domain::stats::server(&tickets, &given, core.clock.now()),
            lang,
        );
    }
    let all_text: String = texts
        .iter()
        .map(|t| t.as_str())
        .chain(
            template
                .fields
                .iter()
                .flat_map(|f| [f.name.as_str(), f.value.as_str()]),
        )
        .collect::<Vec<_>>()
        .join("\n");
    // The form is read for integrations only when one may be called.
    if crate::services::integrations::wanted(&all_text) {
        let answers = shareable_answers(env, req).await?;
        let facts = OpenFacts {
            guild,
            opener: req.actor.user,
            ticket_number: reserved.number.get(),
            panel: req.panel.as_ref().map(|p| p.id),
            answers: &answers,
        };
        for (name, value) in welcome_values(core, &facts, &all_text).await {
            placeholders.set(&name, value);
        }
    }
    Ok(template.expanded(|t| placeholders.render(t)))
}

/// The opener's answers an integration may be given: text and choice questions only (never
/// who or what they picked in a member, role or channel question).
async fn shareable_answers(
    env: Env<'_>,
    req: &OpenRequest,
) -> Result<Vec<(String, String)>, BotError> {
    let Some(form) = req.panel.as_ref().and_then(|p| p.form) else {
        return Ok(Vec::new());
    };
    if req.answers.is_empty() {
        return Ok(Vec::new());
    }
    let Some(form) = crate::store::forms::get(&env.data.core.db, req.guild, form).await? else {
        return Ok(Vec::new());
    };
    Ok(req
        .answers
        .iter()
        .filter(|(label, _)| {
            form.inputs
                .iter()
                .any(|i| i.label == *label && i.kind.works_in_dm())
        })
        .cloned()
        .collect())
}

/// Most on-call members the welcome pings (each is added to the thread either way).
const MAX_ON_CALL_PINGS: usize = 50;

/// Who the welcome message mentions (the opener unless the panel says not to, the panel's
/// roles and the staff on call added to a thread ticket), as text and as the mentions Discord
/// may notify.
fn welcome_mentions(
    req: &OpenRequest,
    on_call: &[UserId],
) -> (String, serenity::CreateAllowedMentions) {
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
    // Discord allows 100 users in allowed mentions and 2,000 characters of content.
    let on_call = &on_call[..on_call.len().min(MAX_ON_CALL_PINGS)];
    content.extend(on_call.iter().map(|u| format!("<@{u}>")));
    let here = req.panel.as_ref().is_some_and(|p| p.draft.mention_here);
    if here {
        content.push("@here".to_owned());
    }
    let mentions = serenity::CreateAllowedMentions::new()
        // `everyone` lets @here notify ("Message Resource → Allowed Mentions Object": parse
        // "everyone" controls @everyone and @here).
        .everyone(here)
        .users(
            mention_opener
                .then_some(req.actor.user)
                .into_iter()
                .chain(on_call.iter().copied())
                .map(|u| serenity::UserId::new(u.get())),
        )
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
    lang: Lang,
) -> Result<(), BotError> {
    if req.answers.is_empty() {
        return Ok(());
    }
    let mut answers = serenity::CreateEmbed::new()
        .title(msg!("form-answers-title").render(lang))
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
