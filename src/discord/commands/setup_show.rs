//! `/setup show`: every setting of the server in one embed — tickets, closing, threads and
//! on-call, welcome, Start ticket, permissions, auto-close, panels, multi-panels, labels.

use std::fmt::Write as _;

use poise::serenity_prelude as serenity;

use super::setup::{shown_buttons, start_ticket_summary};
use super::{Context, Error, admin, reply_lang, server_lang};
use crate::domain::embeds::clip;
use crate::domain::labels;
use crate::domain::settings::{GuildSettings, thread_archive_name};
use crate::domain::ticket_permissions;
use crate::i18n::{Lang, Msg};
use crate::ids::ChannelId;
use crate::msg;
use crate::store::{autoclose, labels as label_store, multi_panels, on_call, panels, settings};

/// Discord's limit on an embed field's value.
const FIELD_MAX: usize = 1024;

fn channel(c: Option<ChannelId>, lang: Lang) -> String {
    c.map_or_else(
        || msg!("setup-show-not-set").render(lang),
        |c| format!("<#{c}>"),
    )
}

fn yes(b: bool) -> Msg {
    if b {
        msg!("setup-show-yes")
    } else {
        msg!("setup-show-no")
    }
}

/// Shows every setting of this server.
#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let lang = reply_lang(ctx).await;
    // The default welcome as members read it: in the server's language.
    let welcome_lang = server_lang(ctx).await;
    let db = &ctx.data().core.db;
    let s = settings::load(db, guild).await?;
    let mut fields = settings_fields(&s, lang, welcome_lang);
    let on_call_role = on_call::role(db, guild).await?;
    let on_call_now = on_call::members(db, guild).await?.len();
    fields.insert(
        2,
        (
            msg!("setup-show-field-threads").render(lang),
            msg!(
                "setup-show-threads",
                threads = yes(s.use_threads),
                channel = channel(s.thread_notification_channel, lang),
                archive = thread_archive_name(s.thread_archive_minutes),
                role = on_call_role.map_or_else(
                    || msg!("setup-show-on-call-role-later").render(lang),
                    |r| format!("<@&{r}>")
                ),
                on_call = on_call_now
            )
            .render(lang),
        ),
    );
    fields.push((
        msg!("setup-show-field-start-ticket").render(lang),
        msg!(
            "setup-show-start-ticket",
            summary = start_ticket_summary(ctx, &s).await?,
            openers = ticket_permissions::describe_in(s.opener_denied, lang),
            support = ticket_permissions::describe_in(s.support_denied, lang)
        )
        .render(lang),
    ));
    let rules = autoclose::rules(db, guild).await?;
    fields.push((
        msg!("setup-show-field-autoclose").render(lang),
        if rules.enabled {
            msg!("setup-show-autoclose-on").render(lang)
        } else {
            msg!("setup-show-autoclose-off").render(lang)
        },
    ));
    fields.extend(list_fields(db, guild, lang).await?);
    let embed = fields.into_iter().fold(
        serenity::CreateEmbed::new()
            .title(msg!("setup-show-title").render(lang))
            .colour(crate::domain::panels::DEFAULT_COLOUR),
        |e, (name, value)| e.field(name, clip(&value, FIELD_MAX), false),
    );
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .ephemeral(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
    .await?;
    Ok(())
}

/// The settings kept in `guild_settings` that need nothing else to show, in `lang`; the
/// default welcome message in `welcome_lang` (the language members read it in).
fn settings_fields(s: &GuildSettings, lang: Lang, welcome_lang: Lang) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    fields.push((
        msg!("setup-show-field-tickets").render(lang),
        msg!(
            "setup-show-tickets",
            category = channel(s.ticket_category, lang),
            overflow = channel(s.overflow_category, lang),
            limit = s.ticket_limit,
            cap = s.open_cap.map_or_else(
                || msg!("setup-show-no-cap"),
                |c| msg!("setup-show-cap", cap = c)
            ),
            naming = s.naming_scheme.clone(),
            open_command = yes(!s.disable_open_command)
        )
        .render(lang),
    ));
    fields.push((
        msg!("setup-show-field-closing").render(lang),
        msg!(
            "setup-show-closing",
            log_channel = channel(s.log_channel, lang),
            users_can_close = yes(s.users_can_close),
            close_confirmation = yes(s.close_confirmation),
            dm_on_close = yes(s.dm_on_close),
            feedback = yes(s.feedback_enabled),
            transcripts = yes(s.store_transcripts)
        )
        .render(lang),
    ));
    fields.push((
        msg!("setup-show-field-welcome").render(lang),
        msg!(
            "setup-show-welcome",
            message = clip(&s.welcome(welcome_lang).replace('\n', " "), 200),
            embed = if s.welcome_embed.is_empty() {
                msg!("setup-show-welcome-embed-none")
            } else {
                msg!("setup-show-welcome-embed-set")
            },
            buttons = shown_buttons(s, lang),
            can_view = yes(s.claim_support_can_view),
            can_type = yes(s.claim_support_can_type)
        )
        .render(lang),
    ));
    fields
}

/// The panels, multi-panels and labels.
async fn list_fields(
    db: &crate::store::Db,
    guild: crate::ids::GuildId,
    lang: Lang,
) -> Result<Vec<(String, String)>, Error> {
    let mut fields = Vec::new();
    let mut list = String::new();
    for p in panels::list(db, guild).await? {
        let mut details = vec![
            p.channel.map_or_else(
                || msg!("setup-show-panel-not-posted"),
                |c| msg!("setup-show-panel-posted-in", channel = c),
            ),
            match p.draft.use_threads {
                Some(true) => msg!("setup-show-panel-threads"),
                Some(false) => msg!("setup-show-panel-channels"),
                None => msg!("setup-show-panel-server-default"),
            },
        ];
        if p.form.is_some() {
            details.push(msg!("setup-show-panel-form"));
        }
        if p.draft.support_hours.is_some() {
            details.push(msg!("setup-show-panel-support-hours"));
        }
        if p.draft.disabled {
            details.push(msg!("setup-show-panel-disabled"));
        }
        let details: Vec<String> = details.iter().map(|m| m.render(lang)).collect();
        let _ = writeln!(list, "• **{}** — {}", p.draft.title, details.join(", "));
    }
    fields.push((
        msg!("setup-show-field-panels").render(lang),
        if list.is_empty() {
            msg!("setup-show-panels-none").render(lang)
        } else {
            list
        },
    ));
    let multis = multi_panels::list(db, guild).await?;
    fields.push((
        msg!("setup-show-field-multi-panels").render(lang),
        if multis.is_empty() {
            msg!("setup-show-multi-panels-none").render(lang)
        } else {
            multis.join(", ")
        },
    ));
    let defined: Vec<String> = label_store::defined(db, guild)
        .await?
        .into_iter()
        .map(|l| l.name)
        .collect();
    fields.push((
        msg!("setup-show-field-labels").render(lang),
        labels::joined(&defined),
    ));
    Ok(fields)
}
