//! Slash commands, one file per group. Each is a dozen lines: parse, authorise, call the
//! domain or a ticket flow, render.

mod autoclose;
mod forms;
mod help;
mod labels;
mod language;
mod localize;
mod multipanel;
mod mydata;
mod on_call;
mod panel;
mod panel_access;
mod panel_embed;
mod panel_hours;
mod setup;
mod setup_show;
mod staff;
mod stats;
mod tags;
mod tickets;
mod work;

use std::borrow::Cow;

use poise::serenity_prelude as serenity;

pub use localize::{localize, registration};

use super::tickets::{Env, user_error};
use super::{Context, Data, Error};
use crate::domain::levels::Target;
use crate::ids::{GuildId, RoleId, UserId};
use crate::services::facts::{self, Actor};
use crate::services::language::Langs;

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![
        help::help(),
        tickets::open(),
        tickets::start_ticket(),
        tickets::open_for_user(),
        tickets::close(),
        tickets::closerequest(),
        tickets::reopen(),
        work::claim(),
        work::unclaim(),
        work::transfer(),
        work::add(),
        work::remove(),
        work::rename(),
        work::jumptotop(),
        work::notes(),
        work::switchpanel(),
        staff::addadmin(),
        staff::removeadmin(),
        staff::addsupport(),
        staff::removesupport(),
        staff::viewstaff(),
        staff::blacklist(),
        setup::setup(),
        autoclose::autoclose(),
        stats::stats(),
        panel::panel(),
        forms::form(),
        multipanel::multipanel(),
        tags::tag(),
        tags::managetags(),
        labels::label(),
        language::language(),
        on_call::on_call_toggle(),
        mydata::mydata(),
    ]
}

/// The guild and the acting member, with their level recomputed now.
async fn actor(ctx: Context<'_>) -> Result<(GuildId, Actor), Error> {
    let guild = ctx
        .guild_id()
        .map(|g| GuildId::new(g.get()))
        .ok_or_else(|| user_error(crate::msg!("error-guild-only")))?;
    let roles: Vec<RoleId> = match ctx.author_member().await {
        Some(Cow::Borrowed(m)) => m.roles.iter().map(|r| RoleId::new(r.get())).collect(),
        Some(Cow::Owned(m)) => m.roles.iter().map(|r| RoleId::new(r.get())).collect(),
        None => Vec::new(),
    };
    let actor = facts::actor(
        &ctx.data().core,
        guild,
        UserId::new(ctx.author().id.get()),
        roles,
    )
    .await?;
    Ok((guild, actor))
}

/// The guild, refusing anyone below ticket admin.
async fn admin(ctx: Context<'_>) -> Result<GuildId, Error> {
    let (guild, actor) = actor(ctx).await?;
    actor.require(crate::domain::levels::Level::Admin)?;
    Ok(guild)
}

/// The guild and the acting member, refusing anyone below support staff.
async fn support_staff(ctx: Context<'_>) -> Result<(GuildId, Actor), Error> {
    let (guild, actor) = actor(ctx).await?;
    actor.require(crate::domain::levels::Level::Support)?;
    Ok((guild, actor))
}

fn env<'a>(ctx: &'a Context<'_>) -> Env<'a> {
    Env {
        http: ctx.http(),
        data: ctx.data(),
    }
}

/// Exactly one of a user and a role option.
fn one_target(
    user: Option<&serenity::User>,
    role: Option<&serenity::Role>,
) -> Result<Target, Error> {
    match (user, role) {
        (Some(u), None) => Ok(Target::User(UserId::new(u.id.get()))),
        (None, Some(r)) => Ok(Target::Role(RoleId::new(r.id.get()))),
        _ => Err(user_error(crate::msg!("error-user-or-role"))),
    }
}

/// Refuses @everyone (its id is the guild's) and roles managed by an integration or bot: as
/// staff, a team or a blacklist entry they would stand for the whole server or for a bot. The
/// dashboard offers neither.
pub(super) fn plain_role(role: &serenity::Role) -> Result<(), Error> {
    // Resolved roles may come without their guild id; @everyone is also the role at position 0.
    if role.id.get() == role.guild_id.get() || (role.position == 0 && role.name == "@everyone") {
        return Err(user_error(crate::msg!("error-everyone-not-allowed")));
    }
    if role.managed {
        return Err(user_error(crate::msg!(
            "error-managed-role",
            role = &role.name
        )));
    }
    Ok(())
}

fn mention(target: Target) -> String {
    match target {
        Target::User(u) => format!("<@{u}>"),
        Target::Role(r) => format!("<@&{r}>"),
    }
}

/// The command's languages, looked up the first time a reply needs one and kept in poise's
/// per-invocation data for the rest of the command (and its error reply).
pub(in crate::discord) async fn langs(ctx: Context<'_>) -> Langs {
    if let Some(known) = ctx.invocation_data::<Langs>().await {
        return *known;
    }
    let langs = crate::services::language::of_interaction(
        &ctx.data().core,
        ctx.guild_id().map(|g| GuildId::new(g.get())),
        ctx.locale().unwrap_or("en-US"),
    )
    .await;
    ctx.set_invocation_data(langs).await;
    langs
}

/// The language of an ephemeral reply to whoever ran the command.
async fn reply_lang(ctx: Context<'_>) -> crate::i18n::Lang {
    langs(ctx).await.reply
}

/// The server's language (for what everyone in the channel reads).
async fn server_lang(ctx: Context<'_>) -> crate::i18n::Lang {
    langs(ctx).await.server
}

/// An ephemeral reply that pings nobody, in the reply's language.
async fn say(ctx: Context<'_>, text: impl Into<crate::i18n::Text>) -> Result<(), Error> {
    let text = ctx
        .data()
        .command_ids
        .link(&text.into().render(reply_lang(ctx).await));
    ctx.send(
        poise::CreateReply::default()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
    .await?;
    Ok(())
}

/// An optional text option that replaces a setting: `none` clears it.
fn set_or_clear(part: &mut String, value: Option<String>) {
    if let Some(v) = value {
        *part = if v.trim().eq_ignore_ascii_case("none") {
            String::new()
        } else {
            v.trim().to_owned()
        };
    }
}

/// A reply everyone in the channel sees, pinging nobody.
async fn announce(ctx: Context<'_>, text: impl Into<crate::i18n::Text>) -> Result<(), Error> {
    let text = ctx
        .data()
        .command_ids
        .link(&text.into().render(server_lang(ctx).await));
    ctx.send(
        poise::CreateReply::default()
            .content(text)
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
    .await?;
    Ok(())
}
