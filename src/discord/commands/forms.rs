//! `/form create|add-input|delete|list`: questions asked before a panel opens a ticket
//! (attach one with `/panel create form:` or `/panel edit form:`).

use super::{Context, Error, admin, say};
use crate::discord::tickets::user_error;
use crate::domain::forms::{FormInput, InputStyle, MAX_INPUTS, validate_title};
use crate::store::forms::{self, InputAdded};

/// Manage forms.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    subcommands("create", "add_input", "delete", "list"),
    subcommand_required
)]
#[allow(clippy::unused_async)] // poise needs an async parent; Discord only runs subcommands
pub async fn form(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Creates an empty form.
#[poise::command(slash_command, guild_only)]
pub async fn create(
    ctx: Context<'_>,
    #[description = "Title shown on the form (1-45 characters)"] title: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    validate_title(&title).map_err(user_error)?;
    let title = title.trim().to_owned();
    forms::create(&ctx.data().core.db, guild, title.clone())
        .await?
        .ok_or_else(|| user_error(format!("A form called {title:?} already exists.")))?;
    say(
        ctx,
        format!("Form **{title}** created. Add up to {MAX_INPUTS} questions with /form add-input."),
    )
    .await
}

/// Adds a question to a form.
#[poise::command(slash_command, guild_only, rename = "add-input")]
#[allow(clippy::too_many_arguments)]
pub async fn add_input(
    ctx: Context<'_>,
    #[description = "The form's title"] form: String,
    #[description = "The question (1-45 characters)"] label: String,
    #[description = "short or paragraph"] style: Option<String>,
    #[description = "Must be answered (default yes)"] required: Option<bool>,
    #[description = "Minimum answer length"]
    #[max = 4000]
    min_length: Option<u16>,
    #[description = "Maximum answer length"]
    #[min = 1]
    #[max = 4000]
    max_length: Option<u16>,
    #[description = "Hint shown in the empty field"]
    #[max_length = 100]
    placeholder: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let found = forms::by_title(db, guild, form.clone())
        .await?
        .ok_or_else(|| {
            user_error(format!(
                "There is no form called {form:?}. /form list shows them."
            ))
        })?;
    let style = match style {
        Some(s) => InputStyle::parse(&s)
            .ok_or_else(|| user_error("The style must be short or paragraph."))?,
        None => InputStyle::Short,
    };
    let input = FormInput {
        label: label.trim().to_owned(),
        style,
        required: required.unwrap_or(true),
        min_length,
        max_length,
        placeholder: placeholder.filter(|p| !p.trim().is_empty()),
    };
    input.validate().map_err(user_error)?;
    match forms::add_input(db, guild, found.id, input).await? {
        InputAdded::Added => {}
        InputAdded::Full => {
            return Err(user_error(format!(
                "A form holds at most {MAX_INPUTS} questions (Discord's limit)."
            )));
        }
        InputAdded::NoSuchForm => {
            return Err(user_error(format!("The form {form:?} was just deleted.")));
        }
        InputAdded::Duplicate => {
            return Err(user_error(format!(
                "The form {form:?} already asks {:?}.",
                label.trim()
            )));
        }
    }
    say(
        ctx,
        format!(
            "Question added to **{}** ({} of {MAX_INPUTS}).",
            found.title,
            found.inputs.len() + 1
        ),
    )
    .await
}

/// Deletes a form (panels using it open tickets without questions).
#[poise::command(slash_command, guild_only)]
pub async fn delete(
    ctx: Context<'_>,
    #[description = "The form's title"] form: String,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let found = forms::by_title(db, guild, form.clone())
        .await?
        .ok_or_else(|| user_error(format!("There is no form called {form:?}.")))?;
    forms::delete(db, guild, found.id).await?;
    say(ctx, format!("Form **{}** deleted.", found.title)).await
}

/// Lists the forms and their questions.
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let all = forms::list(&ctx.data().core.db, guild).await?;
    if all.is_empty() {
        return say(ctx, "No forms yet. Create one with /form create.").await;
    }
    let text: Vec<String> = all
        .iter()
        .map(|f| {
            let questions: Vec<String> = f
                .inputs
                .iter()
                .map(|i| format!("  • {}", i.label))
                .collect();
            format!("**{}**\n{}", f.title, questions.join("\n"))
        })
        .collect();
    say(ctx, text.join("\n")).await
}
