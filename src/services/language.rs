//! The language of what the bot posts in a server and of its replies to a member
//! ([`crate::domain::language`]), from the server's settings, its cached Discord preferred
//! locale and the interaction's `locale`. A failed lookup falls back to English with a warning:
//! a message in the wrong language beats no message.

use super::AppCore;
use crate::domain::language::{reply_language, server_language};
use crate::domain::settings::GuildSettings;
use crate::i18n::Lang;
use crate::ids::GuildId;

/// The server's language when its settings are already loaded.
pub async fn server_with(core: &AppCore, guild: GuildId, settings: &GuildSettings) -> Lang {
    if let Some(chosen) = settings.language {
        return chosen;
    }
    let preferred = match core.cache.read(move |r| r.guild(guild)).await {
        Ok(cached) => cached.map(|g| g.preferred_locale),
        Err(e) => {
            tracing::warn!(%guild, error = %e, "reading the server's locale failed; English used");
            None
        }
    };
    server_language(None, preferred.as_deref())
}

/// The server's language.
pub async fn server(core: &AppCore, guild: GuildId) -> Lang {
    match crate::store::settings::load(&core.db, guild).await {
        Ok(settings) => server_with(core, guild, &settings).await,
        Err(e) => {
            tracing::warn!(%guild, error = %e, "loading the server's language failed; English used");
            Lang::EnUs
        }
    }
}

/// The two languages of an interaction: what everyone in the channel reads (`server`) and
/// the ephemeral reply to the member (`reply`). Looked up once per interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Langs {
    pub server: Lang,
    pub reply: Lang,
}

/// The languages of an interaction from a member whose client reports `locale`: the reply in
/// theirs when the server allows it, else the server's. Outside a server (a DM), both theirs.
/// One settings read and one cache read.
pub async fn of_interaction(core: &AppCore, guild: Option<GuildId>, locale: &str) -> Langs {
    let own = Lang::for_locale(locale);
    let Some(guild) = guild else {
        return Langs {
            server: own,
            reply: own,
        };
    };
    match crate::store::settings::load(&core.db, guild).await {
        Ok(settings) => {
            let server = server_with(core, guild, &settings).await;
            Langs {
                server,
                reply: reply_language(server, Some(locale), settings.member_language),
            }
        }
        Err(e) => {
            tracing::warn!(%guild, error = %e, "loading the server's language failed");
            Langs {
                server: Lang::EnUs,
                reply: own,
            }
        }
    }
}
