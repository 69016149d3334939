use crate::discord::{Context, Error};

/// Lists ticketbox's commands.
#[poise::command(slash_command, guild_only, ephemeral)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    let lang = super::reply_lang(ctx).await;
    let mut lines = vec![crate::msg!("help-title").render(lang)];
    for command in &ctx.framework().options().commands {
        if command.slash_action.is_some() {
            // The description in the reply's language (the command's Discord localization),
            // else the English one.
            let description = command
                .description_localizations
                .iter()
                .find(|pair| lang.discord_locales().iter().any(|l| *l == pair.0))
                .map(|pair| &*pair.1)
                .or(command.description.as_deref())
                .unwrap_or("");
            lines.push(format!("`/{}` — {description}", command.name));
        }
    }
    ctx.say(lines.join("\n")).await?;
    Ok(())
}
