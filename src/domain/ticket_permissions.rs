//! What openers and support staff may do in a ticket besides reading and writing (TicketsBot's
//! ticket permissions): attach files, embed links, add reactions, use external emoji and
//! stickers, send voice messages. A switch turned off is denied in the ticket channel's
//! overwrite; on, the first three are granted and the others follow the server's roles.

use super::permissions::Permissions;

/// The switches by the names `/setup permissions` and the settings page use.
pub const SWITCHES: [(&str, &str, Permissions); 6] = [
    ("attach_files", "attach files", Permissions::ATTACH_FILES),
    ("embed_links", "embed links", Permissions::EMBED_LINKS),
    ("add_reactions", "add reactions", Permissions::ADD_REACTIONS),
    (
        "external_emoji",
        "use external emoji",
        Permissions::USE_EXTERNAL_EMOJIS,
    ),
    (
        "external_stickers",
        "use external stickers",
        Permissions::USE_EXTERNAL_STICKERS,
    ),
    (
        "voice_messages",
        "send voice messages",
        Permissions::SEND_VOICE_MESSAGES,
    ),
];

/// Every switchable permission.
pub const SWITCHABLE: Permissions = Permissions(
    Permissions::ATTACH_FILES.0
        | Permissions::EMBED_LINKS.0
        | Permissions::ADD_REACTIONS.0
        | Permissions::USE_EXTERNAL_EMOJIS.0
        | Permissions::USE_EXTERNAL_STICKERS.0
        | Permissions::SEND_VOICE_MESSAGES.0,
);

/// An overwrite granting `base` except what is `denied`, and denying that.
pub fn with_denied(base: Permissions, denied: Permissions) -> (Permissions, Permissions) {
    let denied = Permissions(denied.0 & SWITCHABLE.0);
    (base.remove(denied), denied)
}

/// Turns switches on (`true`) or off in `denied`.
#[must_use]
pub fn switch(denied: Permissions, changes: &[(Permissions, bool)]) -> Permissions {
    changes.iter().fold(
        denied,
        |d, (p, on)| {
            if *on { d.remove(*p) } else { d.union(*p) }
        },
    )
}

/// "everything allowed" or the list of what is off ("no attach files, no voice messages"), in
/// English (audit logs).
pub fn describe(denied: Permissions) -> String {
    describe_in(denied, crate::i18n::Lang::EnUs)
}

/// [`describe`] in `lang`, for members to read.
pub fn describe_in(denied: Permissions, lang: crate::i18n::Lang) -> String {
    use crate::msg;
    let off: Vec<String> = SWITCHES
        .iter()
        .filter(|(_, _, p)| denied.contains(*p))
        .map(|(key, _, _)| {
            match *key {
                "attach_files" => msg!("permission-off-attach-files"),
                "embed_links" => msg!("permission-off-embed-links"),
                "add_reactions" => msg!("permission-off-add-reactions"),
                "external_emoji" => msg!("permission-off-external-emoji"),
                "external_stickers" => msg!("permission-off-external-stickers"),
                _ => msg!("permission-off-voice-messages"),
            }
            .render(lang)
        })
        .collect();
    if off.is_empty() {
        msg!("permission-all-allowed").render(lang)
    } else {
        off.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tickets::PARTICIPANT;

    #[test]
    fn switches_deny_and_allow() {
        let denied = switch(
            Permissions::NONE,
            &[
                (Permissions::ATTACH_FILES, false),
                (Permissions::SEND_VOICE_MESSAGES, false),
            ],
        );
        let (allow, deny) = with_denied(PARTICIPANT, denied);
        assert!(
            !allow.contains(Permissions::ATTACH_FILES) && deny.contains(Permissions::ATTACH_FILES)
        );
        assert!(deny.contains(Permissions::SEND_VOICE_MESSAGES));
        assert!(
            allow.contains(Permissions::SEND_MESSAGES),
            "reading and writing stay"
        );
        assert_eq!(describe(denied), "no attach files, no send voice messages");
        let back = switch(denied, &[(Permissions::ATTACH_FILES, true)]);
        assert_eq!(describe(back), "no send voice messages");
        assert_eq!(
            with_denied(PARTICIPANT, Permissions::SEND_MESSAGES).1,
            Permissions::NONE,
            "only switchable ones"
        );
    }
}
