use crate::discord::{Context, Error};

/// Lists ticketbox's commands.
#[poise::command(slash_command, guild_only, ephemeral)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    let mut lines = vec!["**ticketbox commands**".to_owned()];
    for command in &ctx.framework().options().commands {
        if command.slash_action.is_some() {
            let description = command.description.as_deref().unwrap_or("");
            lines.push(format!("`/{}` — {description}", command.name));
        }
    }
    ctx.say(lines.join("\n")).await?;
    Ok(())
}
