//! `/form create|add-input|delete|list`: questions asked before a panel opens a ticket
//! (attach one with `/panel create form:` or `/panel edit form:`).

use super::{Context, Error, admin, say};
use crate::discord::tickets::user_error;
use crate::domain::form_questions::{QuestionKind, parse_channel_kinds, parse_options_line};
use crate::domain::forms::{FormInput, InputStyle, MAX_INPUTS, validate_title};
use crate::msg;
use crate::services::{self, forms::QuestionError};
use crate::store::forms;

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
        .ok_or_else(|| user_error(msg!("form-cmd-exists", title = format!("{title:?}"))))?;
    say(
        ctx,
        msg!("form-cmd-created", title = &title, max = MAX_INPUTS),
    )
    .await
}

/// What a question asks for (`kind:` of /form add-input).
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum KindChoice {
    #[name = "text"]
    Text,
    #[name = "choice (options)"]
    Choice,
    #[name = "member"]
    User,
    #[name = "role"]
    Role,
    #[name = "member or role"]
    Mentionable,
    #[name = "channel"]
    Channel,
}

impl From<KindChoice> for QuestionKind {
    fn from(k: KindChoice) -> Self {
        match k {
            KindChoice::Text => Self::Text,
            KindChoice::Choice => Self::Choice,
            KindChoice::User => Self::User,
            KindChoice::Role => Self::Role,
            KindChoice::Mentionable => Self::Mentionable,
            KindChoice::Channel => Self::Channel,
        }
    }
}

/// Adds a question to a form.
#[poise::command(slash_command, guild_only, rename = "add-input")]
#[allow(clippy::too_many_arguments)]
pub async fn add_input(
    ctx: Context<'_>,
    #[description = "The form's title"] form: String,
    #[description = "The question (1-45 characters)"] label: String,
    #[description = "What it asks for (default: text)"] kind: Option<KindChoice>,
    #[description = "Shown under the question"]
    #[max_length = 100]
    description: Option<String>,
    #[description = "Text: short or paragraph"] style: Option<String>,
    #[description = "Must be answered (default yes)"] required: Option<bool>,
    #[description = "Text: minimum answer length"]
    #[max = 4000]
    min_length: Option<u16>,
    #[description = "Text: maximum answer length"]
    #[min = 1]
    #[max = 4000]
    max_length: Option<u16>,
    #[description = "Hint shown in the empty field"]
    #[max_length = 150]
    placeholder: Option<String>,
    #[description = "Choice: options split by ; each label | description | emoji"] options: Option<
        String,
    >,
    #[description = "Choice and pickers: fewest picks (default 1)"]
    #[max = 25]
    min_picks: Option<u8>,
    #[description = "Choice and pickers: most picks (default 1)"]
    #[min = 1]
    #[max = 25]
    max_picks: Option<u8>,
    #[description = "Channel: kinds offered, e.g. text, voice, thread (default all)"]
    channel_types: Option<String>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let core = &ctx.data().core;
    let found = forms::by_title(&core.db, guild, form.clone())
        .await?
        .ok_or_else(|| {
            user_error(msg!(
                "form-cmd-no-such-form-list",
                form = format!("{form:?}")
            ))
        })?;
    let style = match style {
        Some(s) => InputStyle::parse(&s).ok_or_else(|| user_error(msg!("form-cmd-bad-style")))?,
        None => InputStyle::Short,
    };
    let nonblank = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let input = FormInput {
        kind: kind.map_or(QuestionKind::Text, Into::into),
        description: nonblank(description),
        style,
        required: required.unwrap_or(true),
        min_length,
        max_length,
        placeholder: nonblank(placeholder),
        options: parse_options_line(options.as_deref().unwrap_or_default()).map_err(user_error)?,
        min_values: min_picks,
        max_values: max_picks,
        channel_types: parse_channel_kinds(channel_types.as_deref().unwrap_or_default())
            .map_err(user_error)?,
        ..FormInput::text(label.trim())
    };
    match services::forms::add_question(core, guild, &found, input).await {
        Ok(()) => {}
        Err(QuestionError::Refused(message)) => return Err(user_error(message)),
        Err(QuestionError::Store(e)) => return Err(e.into()),
    }
    say(
        ctx,
        msg!(
            "form-cmd-question-added",
            form = &found.title,
            count = found.inputs.len() + 1,
            max = MAX_INPUTS
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
        .ok_or_else(|| user_error(msg!("form-cmd-no-such-form", form = format!("{form:?}"))))?;
    forms::delete(db, guild, found.id).await?;
    say(ctx, msg!("form-cmd-deleted", title = &found.title)).await
}

/// Lists the forms and their questions.
#[poise::command(slash_command, guild_only)]
pub async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let all = forms::list(&ctx.data().core.db, guild).await?;
    if all.is_empty() {
        return say(ctx, msg!("form-cmd-none")).await;
    }
    let lang = super::reply_lang(ctx).await;
    let text: Vec<String> = all
        .iter()
        .map(|f| {
            let questions: Vec<String> = f
                .inputs
                .iter()
                .map(|i| format!("  • {} ({})", i.label, i.kind.name().render(lang)))
                .collect();
            format!("**{}**\n{}", f.title, questions.join("\n"))
        })
        .collect();
    say(ctx, text.join("\n")).await
}
