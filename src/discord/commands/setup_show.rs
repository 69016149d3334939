//! `/setup show`: every setting of the server in one embed — tickets, closing, threads and
//! on-call, welcome, Start ticket, permissions, auto-close, panels, multi-panels, labels.

use std::fmt::Write as _;

use poise::serenity_prelude as serenity;

use super::setup::{shown_buttons, start_ticket_summary};
use super::{Context, Error, admin};
use crate::domain::embeds::clip;
use crate::domain::labels;
use crate::domain::settings::{GuildSettings, thread_archive_name};
use crate::domain::ticket_permissions;
use crate::ids::ChannelId;
use crate::store::{autoclose, labels as label_store, multi_panels, on_call, panels, settings};

/// Discord's limit on an embed field's value.
const FIELD_MAX: usize = 1024;

fn channel(c: Option<ChannelId>) -> String {
    c.map_or_else(|| "not set".to_owned(), |c| format!("<#{c}>"))
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Shows every setting of this server.
#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let s = settings::load(db, guild).await?;
    let mut fields = settings_fields(&s);
    let on_call_role = on_call::role(db, guild).await?;
    let on_call_now = on_call::members(db, guild).await?.len();
    fields.insert(
        2,
        (
            "Threads and on-call",
            format!(
                "Threads: {}\nNotification channel: {}\nArchive after: {}\nOn-call role: {} ({on_call_now} on call)",
                yes(s.use_threads),
                channel(s.thread_notification_channel),
                thread_archive_name(s.thread_archive_minutes),
                on_call_role.map_or_else(
                    || "made on the first /on-call".to_owned(),
                    |r| format!("<@&{r}>")
                ),
            ),
        ),
    );
    fields.push((
        "Start ticket and permissions",
        format!(
            "{}\nOpeners: {}\nSupport staff: {}",
            start_ticket_summary(ctx, &s).await?,
            ticket_permissions::describe(s.opener_denied),
            ticket_permissions::describe(s.support_denied),
        ),
    ));
    let rules = autoclose::rules(db, guild).await?;
    fields.push((
        "Auto-close",
        if rules.enabled {
            "on (/autoclose list shows the rules)".to_owned()
        } else {
            "off".to_owned()
        },
    ));
    fields.extend(list_fields(db, guild).await?);
    let embed = fields.into_iter().fold(
        serenity::CreateEmbed::new()
            .title("Ticket settings")
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

/// The settings kept in `guild_settings` that need nothing else to show.
fn settings_fields(s: &GuildSettings) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = Vec::new();
    fields.push((
        "Tickets",
        format!(
            "Category: {} (overflow: {})\nPer-user limit: {}\nOpen tickets in all: {}\nNaming: `{}`\n/open for members: {}",
            channel(s.ticket_category),
            channel(s.overflow_category),
            s.ticket_limit,
            s.open_cap
                .map_or_else(|| "no cap".to_owned(), |c| format!("at most {c}")),
            s.naming_scheme,
            yes(!s.disable_open_command),
        ),
    ));
    fields.push((
        "Closing",
        format!(
            "Log channel: {}\nUsers can close: {}\nClose confirmation: {}\nDM on close: {}\nFeedback: {}\nTranscripts kept: {}",
            channel(s.log_channel),
            yes(s.users_can_close),
            yes(s.close_confirmation),
            yes(s.dm_on_close),
            yes(s.feedback_enabled),
            yes(s.store_transcripts),
        ),
    ));
    fields.push((
        "Welcome and claiming",
        format!(
            "Message: {}\nEmbed: {}\nButtons: {}\nAfter a claim, support can view: {}, type: {}",
            clip(&s.welcome().replace('\n', " "), 200),
            if s.welcome_embed.is_empty() {
                "none"
            } else {
                "set (dashboard → Welcome embed)"
            },
            shown_buttons(s),
            yes(s.claim_support_can_view),
            yes(s.claim_support_can_type),
        ),
    ));
    fields
}

/// The panels, multi-panels and labels.
async fn list_fields(
    db: &crate::store::Db,
    guild: crate::ids::GuildId,
) -> Result<Vec<(&'static str, String)>, Error> {
    let mut fields = Vec::new();
    let mut list = String::new();
    for p in panels::list(db, guild).await? {
        let mode = match p.draft.use_threads {
            Some(true) => "threads",
            Some(false) => "channels",
            None => "server default",
        };
        let _ = writeln!(
            list,
            "• **{}** — {}, {mode}{}{}{}",
            p.draft.title,
            p.channel
                .map_or_else(|| "not posted".to_owned(), |c| format!("in <#{c}>")),
            if p.form.is_some() { ", form" } else { "" },
            if p.draft.support_hours.is_some() {
                ", support hours"
            } else {
                ""
            },
            if p.draft.disabled { ", disabled" } else { "" },
        );
    }
    fields.push((
        "Panels",
        if list.is_empty() {
            "none (/panel create)".to_owned()
        } else {
            list
        },
    ));
    let multis = multi_panels::list(db, guild).await?;
    fields.push((
        "Multi-panels",
        if multis.is_empty() {
            "none".to_owned()
        } else {
            multis.join(", ")
        },
    ));
    let defined: Vec<String> = label_store::defined(db, guild)
        .await?
        .into_iter()
        .map(|l| l.name)
        .collect();
    fields.push(("Labels", labels::joined(&defined)));
    Ok(fields)
}
