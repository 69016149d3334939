//! What the archiver notes in a transcript (a channel gone before it was read) and why an
//! attachment was not archived, stored as stable codes and written in the reader's language
//! when the transcript is shown. Transcripts archived before the codes hold the English
//! sentences; those are recognised and translated too, anything else is shown as stored.

use crate::i18n::Text;

/// The ticket's channel was deleted before it could be read: only the ticket's details remain.
pub const CHANNEL_DELETED: &str = "note:channel-deleted";
/// A reopened ticket's channel was deleted before its second close was archived.
pub const REOPENED_CHANNEL_DELETED: &str = "note:reopened-channel-deleted";

/// The English sentences stored before the codes, by code.
const LEGACY_NOTES: [(&str, &str); 2] = [
    (
        CHANNEL_DELETED,
        "The ticket's channel was deleted before it could be archived: only the ticket's \
         details are kept.",
    ),
    (
        REOPENED_CHANNEL_DELETED,
        "The ticket was reopened; its channel was deleted before the second close could be \
         archived: the transcript ends at the first close.",
    ),
];

/// Whether a stored note is one of the codes (not text anyone wrote).
pub fn is_code(stored: &str) -> bool {
    stored.starts_with("note:")
}

/// A stored note's code: the code itself, or the one an older English sentence stands for
/// (anything else as stored).
fn note_code(stored: &str) -> &str {
    LEGACY_NOTES
        .iter()
        .find(|(_, text)| *text == stored)
        .map_or(stored, |(code, _)| code)
}

/// Whether a stored note is `code` (in either form).
pub fn is(stored: &str, code: &str) -> bool {
    note_code(stored) == code
}

/// A stored note, to render in the reader's language.
pub fn note(stored: &str) -> Text {
    match note_code(stored) {
        CHANNEL_DELETED => crate::msg!("web-transcript-note-channel-deleted").into(),
        REOPENED_CHANNEL_DELETED => {
            crate::msg!("web-transcript-note-reopened-channel-deleted").into()
        }
        other => Text::Plain(other.to_owned()),
    }
}

/// Why an attachment was skipped: its link is not on Discord's file servers (or redirected off
/// them), so it was not downloaded.
pub const NOT_ON_CDN: &str = "not-on-cdn";

/// Why an attachment was skipped: larger than the per-file limit of `mib` MiB.
pub fn per_file_limit(mib: u64) -> String {
    format!("per-file-limit:{mib}")
}

/// Why an attachment was skipped: the ticket's `mib` MiB of attachments were used up.
pub fn ticket_limit(mib: u64) -> String {
    format!("ticket-limit:{mib}")
}

/// Why an attachment was skipped: its download failed (`why` is technical: an HTTP status, a
/// network error), shown as it is inside a translated sentence.
pub fn download_failed(why: &str) -> String {
    format!("download-failed:{why}")
}

/// A stored skip reason's code: the code itself, or the code an older English reason
/// ("larger than the 25 MiB per-file limit", "the ticket's 100 MiB attachment limit was
/// reached", "download failed: HTTP 404", "not on Discord's CDN", "redirected off …") stands
/// for; anything else as stored.
fn skip_code(stored: &str) -> std::borrow::Cow<'_, str> {
    let between = |prefix: &str, suffix: &str| {
        stored
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix(suffix))
            .and_then(|n| n.trim().parse::<u64>().ok())
    };
    if stored == "not on Discord's CDN" || stored.starts_with("redirected off Discord's CDN") {
        NOT_ON_CDN.into()
    } else if let Some(why) = stored.strip_prefix("download failed: ") {
        download_failed(why).into()
    } else if let Some(mib) = between("larger than the ", " MiB per-file limit") {
        per_file_limit(mib).into()
    } else if let Some(mib) = between("the ticket's ", " MiB attachment limit was reached") {
        ticket_limit(mib).into()
    } else {
        stored.into()
    }
}

/// A stored skip reason, to render in the reader's language.
pub fn skip_reason(stored: &str) -> Text {
    let code = skip_code(stored);
    let number = |s: &str| s.trim().parse::<u64>().ok();
    if let Some(mib) = code.strip_prefix("per-file-limit:").and_then(number) {
        crate::msg!("web-transcript-skip-per-file", mib = mib).into()
    } else if let Some(mib) = code.strip_prefix("ticket-limit:").and_then(number) {
        crate::msg!("web-transcript-skip-ticket-limit", mib = mib).into()
    } else if let Some(why) = code.strip_prefix("download-failed:") {
        crate::msg!("web-transcript-skip-download", why = why).into()
    } else if code == NOT_ON_CDN {
        crate::msg!("web-transcript-skip-not-on-cdn").into()
    } else {
        Text::Plain(code.into_owned())
    }
}

/// A skip reason as a message argument.
pub(super) fn skip_reason_arg(stored: &str) -> crate::i18n::Arg {
    match skip_reason(stored) {
        Text::Msg(m) => m.into(),
        Text::Plain(text) => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn codes_and_the_older_english_sentences_render_in_the_readers_language() {
        for stored in [CHANNEL_DELETED, LEGACY_NOTES[0].1] {
            let de = note(stored).render(Lang::De);
            assert!(
                de.starts_with("Der Kanal des Tickets wurde gelöscht"),
                "{de}"
            );
            assert!(is(stored, CHANNEL_DELETED) && !is(stored, REOPENED_CHANNEL_DELETED));
        }
        assert_eq!(note("written by hand").render(Lang::Fr), "written by hand");

        for stored in [
            per_file_limit(25),
            "larger than the 25 MiB per-file limit".to_owned(),
        ] {
            assert_eq!(
                skip_reason(&stored).render(Lang::EnUs),
                "larger than the 25 MiB per-file limit"
            );
        }
        for stored in [
            ticket_limit(100),
            "the ticket's 100 MiB attachment limit was reached".to_owned(),
        ] {
            assert_eq!(
                skip_reason(&stored).render(Lang::EnUs),
                "the ticket's 100 MiB attachment limit was reached"
            );
        }
        assert_eq!(
            skip_reason(&download_failed("HTTP 404")).render(Lang::EnUs),
            "the download failed (HTTP 404)"
        );
        assert_eq!(
            skip_reason("download failed: HTTP 404").render(Lang::EnUs),
            "the download failed (HTTP 404)"
        );
        for stored in [NOT_ON_CDN, "not on Discord's CDN"] {
            assert_eq!(
                skip_reason(stored).render(Lang::EnUs),
                "not on Discord's file servers, so not downloaded"
            );
        }
        assert_eq!(skip_reason("HTTP 404").render(Lang::EnUs), "HTTP 404");
        assert!(
            skip_reason(&per_file_limit(25))
                .render(Lang::De)
                .contains("25 MiB")
        );
    }
}
