//! `/language`: the server's language for what the bot posts, and whether members are answered
//! in their own Discord language.

use super::{Context, Error, admin, say};
use crate::i18n::Lang;
use crate::msg;

/// The languages offered, by Discord locale code (Discord's "Locales" list).
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum Choice {
    #[name = "English"]
    EnUs,
    #[name = "Deutsch"]
    De,
    #[name = "Français"]
    Fr,
    #[name = "Español"]
    EsEs,
    #[name = "Português do Brasil"]
    PtBr,
    #[name = "Nederlands"]
    Nl,
    #[name = "Polski"]
    Pl,
    #[name = "Türkçe"]
    Tr,
    /// Follow the server's language in Discord's settings.
    #[name = "Discord's server language"]
    Discord,
}

impl Choice {
    fn lang(self) -> Option<Lang> {
        Some(match self {
            Self::EnUs => Lang::EnUs,
            Self::De => Lang::De,
            Self::Fr => Lang::Fr,
            Self::EsEs => Lang::EsEs,
            Self::PtBr => Lang::PtBr,
            Self::Nl => Lang::Nl,
            Self::Pl => Lang::Pl,
            Self::Tr => Lang::Tr,
            Self::Discord => return None,
        })
    }
}

/// Sets the language the bot uses in this server.
#[poise::command(slash_command, guild_only)]
pub async fn language(
    ctx: Context<'_>,
    #[description = "The bot's language in this server"] code: Option<Choice>,
    #[description = "Answer each member privately in their own Discord language"]
    member_languages: Option<bool>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let app = &ctx.data().core;
    let saved = crate::store::settings::update(&app.db, guild, app.clock.now(), move |s| {
        if let Some(code) = code {
            s.language = code.lang();
        }
        if let Some(on) = member_languages {
            s.member_language = on;
        }
    })
    .await?;
    let now = crate::services::language::server_with(app, guild, &saved).await;
    let language = match saved.language {
        Some(chosen) => msg!("language-chosen", name = chosen.native_name()),
        None => msg!("language-discord", name = now.native_name()),
    };
    let members = if saved.member_language {
        msg!("language-members-own")
    } else {
        msg!("language-members-server")
    };
    // Rendered in the language now in force, so the admin sees the change at once.
    let text = msg!("language-summary", language = language, members = members).render(
        crate::domain::language::reply_language(now, ctx.locale(), saved.member_language),
    );
    say(ctx, text).await
}
