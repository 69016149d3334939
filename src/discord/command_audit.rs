//! Every successful run of a command that changes the server's configuration lands in the
//! dashboard's audit log — the same log the dashboard writes — with who ran it and exactly
//! what they ran (`/setup limit limit:3`). Listing commands change nothing and are left out.
//! Changes ticketbox makes by itself (a category it created, a deleted channel or role
//! forgotten) are recorded under the actor "ticketbox" ([`record_own`]).

use super::{BotError, Data};
use crate::ids::{GuildId, UserId};
use crate::store::audit;

/// Top-level commands that configure the server.
const CONFIGURING: &[&str] = &[
    "setup",
    "autoclose",
    "panel",
    "multipanel",
    "form",
    "managetags",
    "addadmin",
    "removeadmin",
    "addsupport",
    "removesupport",
    "blacklist",
    "label create",
    "label colour",
    "label delete",
];

/// Subcommands that only show something.
const READ_ONLY: &[&str] = &["list", "show"];

/// The audit action of a command by its qualified name (`panel embed` → `command.panel.embed`),
/// or `None` for one that changes no configuration.
pub fn action_of(qualified_name: &str) -> Option<String> {
    let mut words = qualified_name.split(' ');
    let root = words.next()?;
    let last = qualified_name.rsplit(' ').next().unwrap_or(root);
    let configures = CONFIGURING.contains(&root) || CONFIGURING.contains(&qualified_name);
    (configures && !READ_ONLY.contains(&last))
        .then(|| format!("command.{}", qualified_name.replace(' ', ".")))
}

/// The command's guild as a metrics label (only with `metrics.per_guild`).
pub fn guild_label(
    ctx: poise::Context<'_, Data, BotError>,
) -> crate::services::metrics::GuildLabel {
    crate::services::metrics::GuildLabel::new(
        ctx.data().core.config.metrics.per_guild,
        ctx.guild_id().map(|g| GuildId::new(g.get())),
    )
}

/// Seconds since Discord created the interaction (its id's timestamp).
pub fn seconds_since_created(ctx: poise::Context<'_, Data, BotError>) -> f64 {
    let created = ctx.created_at().timestamp_millis();
    let now = ctx.data().core.clock.now().millis();
    #[allow(clippy::cast_precision_loss)] // milliseconds of a latency
    let seconds = (now - created) as f64 / 1000.0;
    seconds
}

/// poise's `post_command`: counts the command, and records it when it configures something.
pub async fn record(ctx: poise::Context<'_, Data, BotError>) {
    crate::services::metrics::interaction(
        &ctx.command().qualified_name,
        "ok",
        seconds_since_created(ctx),
        guild_label(ctx),
    );
    let Some(action) = action_of(&ctx.command().qualified_name) else {
        return;
    };
    let Some(guild) = ctx.guild_id().map(|g| GuildId::new(g.get())) else {
        return;
    };
    let author = ctx.author();
    let entry = audit::Entry {
        user: UserId::new(author.id.get()),
        username: author
            .global_name
            .clone()
            .unwrap_or_else(|| author.name.clone()),
        action,
        detail: ctx.invocation_string(),
        at: ctx.data().core.clock.now(),
        target: None,
    };
    if let Err(e) = audit::record(&ctx.data().core.db, guild, entry).await {
        tracing::error!(%guild, error = %e, "cannot record a command in the audit log");
    }
}

/// Records a change ticketbox made to `guild`'s configuration by itself, under the actor
/// "ticketbox" (the bot's user id). A failure is logged; the change stands.
pub async fn record_own(data: &Data, guild: GuildId, action: &str, detail: String) {
    let core = &data.core;
    let entry = audit::Entry {
        user: data.bot_id,
        username: "ticketbox".to_owned(),
        action: action.to_owned(),
        detail,
        at: core.clock.now(),
        target: None,
    };
    if let Err(e) = audit::record(&core.db, guild, entry).await {
        tracing::error!(%guild, error = %e, "cannot record a change in the audit log");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configuring_commands_are_audited_and_listings_are_not() {
        assert_eq!(
            action_of("setup limit").as_deref(),
            Some("command.setup.limit")
        );
        assert_eq!(
            action_of("panel embed").as_deref(),
            Some("command.panel.embed")
        );
        assert_eq!(action_of("blacklist").as_deref(), Some("command.blacklist"));
        assert_eq!(action_of("setup show"), None);
        assert_eq!(action_of("panel list"), None);
        assert_eq!(action_of("close"), None);
        assert_eq!(action_of("tag"), None);
    }
}
