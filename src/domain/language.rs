//! Who reads which language (issue: Languages). Messages posted in a server use the server's
//! language: the one an admin chose (`/language`, dashboard), else the server's Discord
//! "preferred locale" when ticketbox ships it, else English. Ephemeral replies follow the
//! member's own Discord language when the server allows it (on by default).

use crate::i18n::Lang;

/// The server's language.
pub fn server_language(chosen: Option<Lang>, preferred_locale: Option<&str>) -> Lang {
    chosen
        .or_else(|| preferred_locale.and_then(Lang::from_locale))
        .unwrap_or(Lang::EnUs)
}

/// The language of an ephemeral reply to a member whose Discord client reports `locale`.
pub fn reply_language(server: Lang, member_locale: Option<&str>, follow_member: bool) -> Lang {
    if follow_member {
        member_locale.and_then(Lang::from_locale).unwrap_or(server)
    } else {
        server
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, reply_language, server_language};

    #[test]
    fn the_chosen_language_wins_then_discord_s_then_english() {
        assert_eq!(server_language(Some(Lang::Pl), Some("de")), Lang::Pl);
        assert_eq!(server_language(None, Some("de")), Lang::De);
        assert_eq!(server_language(None, Some("es-419")), Lang::EsEs);
        assert_eq!(server_language(None, Some("ja")), Lang::EnUs);
        assert_eq!(server_language(None, None), Lang::EnUs);
    }

    #[test]
    fn replies_follow_the_member_only_when_allowed_and_shipped() {
        assert_eq!(reply_language(Lang::De, Some("fr"), true), Lang::Fr);
        assert_eq!(reply_language(Lang::De, Some("fr"), false), Lang::De);
        assert_eq!(reply_language(Lang::De, Some("ko"), true), Lang::De);
        assert_eq!(reply_language(Lang::De, None, true), Lang::De);
    }
}
