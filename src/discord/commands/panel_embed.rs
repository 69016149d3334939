//! `/panel embed`: the rest of a panel message's embed (link, author, image, thumbnail, footer,
//! fields, timestamp) or its welcome message's embed. The dashboard's panel editor sets the
//! same; the domain checks both.

use super::{Context, Error, admin, say};
use crate::discord::tickets::user_error;
use crate::domain::embeds::{EmbedSpec, parse_field_line};
use crate::domain::panels::parse_colour;
use crate::msg;
use crate::store::panels;

/// Which of a panel's embeds `/panel embed` changes.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum Which {
    #[name = "panel message"]
    Panel,
    #[name = "welcome message"]
    Welcome,
}

/// Sets a panel's embed: link, author, images, footer, fields (`none` clears a part).
#[poise::command(slash_command, guild_only)]
#[allow(clippy::too_many_arguments)]
pub async fn embed(
    ctx: Context<'_>,
    #[description = "The panel's title"] title: String,
    #[description = "The panel message or its tickets' welcome message"] which: Which,
    #[description = "Welcome message: its title (placeholders work)"]
    #[max_length = 256]
    heading: Option<String>,
    #[description = "Welcome message: its colour, #rrggbb"] colour: Option<String>,
    #[description = "The title's link (https://…)"] url: Option<String>,
    #[description = "Author name"]
    #[max_length = 256]
    author: Option<String>,
    #[description = "Author icon (image URL)"] author_icon: Option<String>,
    #[description = "Author link"] author_url: Option<String>,
    #[description = "Large image under the text (image URL)"] image: Option<String>,
    #[description = "Small image top right (image URL)"] thumbnail: Option<String>,
    #[description = "Footer text"] footer: Option<String>,
    #[description = "Footer icon (image URL)"] footer_icon: Option<String>,
    #[description = "Show the time it is sent"] timestamp: Option<bool>,
    #[description = "Add a field: name | value, or name | value | inline"] add_field: Option<
        String,
    >,
    #[description = "Remove every field first"] clear_fields: Option<bool>,
    #[description = "Start from an empty embed"] reset: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let panel = super::panel::find(ctx, guild, &title).await?;
    let mut draft = panel.draft;
    let target: &mut EmbedSpec = match which {
        Which::Panel => {
            if heading.is_some() || colour.is_some() {
                return Err(user_error(msg!("panel-embed-title-colour-are-the-panels")));
            }
            &mut draft.embed
        }
        Which::Welcome => &mut draft.welcome_embed,
    };
    if reset == Some(true) {
        *target = EmbedSpec::default();
    }
    super::set_or_clear(&mut target.title, heading);
    if let Some(c) = colour {
        target.colour = if c.trim().eq_ignore_ascii_case("none") {
            None
        } else {
            Some(parse_colour(&c).map_err(user_error)?)
        };
    }
    super::set_or_clear(&mut target.url, url);
    super::set_or_clear(&mut target.author_name, author);
    super::set_or_clear(&mut target.author_icon_url, author_icon);
    super::set_or_clear(&mut target.author_url, author_url);
    super::set_or_clear(&mut target.image_url, image);
    super::set_or_clear(&mut target.thumbnail_url, thumbnail);
    super::set_or_clear(&mut target.footer_text, footer);
    super::set_or_clear(&mut target.footer_icon_url, footer_icon);
    if let Some(t) = timestamp {
        target.timestamp = t;
    }
    if clear_fields == Some(true) {
        target.fields.clear();
    }
    if let Some(line) = add_field {
        target
            .fields
            .push(parse_field_line(&line).map_err(user_error)?);
    }
    draft.validate().map_err(user_error)?;
    let shown = draft.title.clone();
    panels::update(db, guild, panel.id, draft, None).await?;
    say(
        ctx,
        match which {
            Which::Panel => msg!("panel-embed-saved-panel", title = shown),
            Which::Welcome => msg!("panel-embed-saved-welcome", title = shown),
        },
    )
    .await
}
