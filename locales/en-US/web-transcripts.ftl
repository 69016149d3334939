# The transcript viewer of the dashboard (and the HTML page of `ticketbox transcript get`,
# which renders it in English): a closed ticket's header, its messages as Discord showed them,
# and the page links of a long transcript (English, the source). What members wrote (messages,
# names, form answers, survey questions) is never translated.

## Errors of the viewer

web-transcript-not-found = No transcript here, or you may not read it.
web-transcript-busy = Many transcripts are being opened right now. Try again in a moment.

## The page's title and header

# The page's title and heading: the ticket's number and the server's name.
web-transcript-title = Ticket #{ $number } — { $guild }
# The header's row labels.
web-transcript-server = Server
web-transcript-ticket = Ticket
web-transcript-panel = Panel
web-transcript-opened-by = Opened by
# When the ticket was opened (a date follows).
web-transcript-opened = Opened
web-transcript-claimed-by = Claimed by
web-transcript-closed-by = Closed by
# When the ticket was closed (a date follows).
web-transcript-closed = Closed
# Why the ticket was closed.
web-transcript-reason = Reason
web-transcript-subject = Subject
web-transcript-labels = Labels
# The opener's star rating and feedback comment, given after the ticket closed.
web-transcript-rating = Rating
web-transcript-comment = Comment
# An exit survey's answer; $question is the server's question as written.
web-transcript-survey = Survey: { $question }

## Messages

# A reply whose original message is not in the transcript.
web-transcript-reply-missing = a message not in this transcript
# The tag after a bot's name, as Discord shows it.
web-transcript-bot = BOT
# After a message that was edited.
web-transcript-edited = (edited)
# A sticker sent in a message; $name is the sticker's name.
web-transcript-sticker = Sticker: { $name }
# A mention of a role or channel that no longer exists (written after @ or #; Discord's own
# wording). $id is its Discord id.
web-transcript-deleted-role = deleted-role
web-transcript-deleted-channel = deleted-channel
web-transcript-deleted-role-id = deleted-role { $id }
web-transcript-deleted-channel-id = deleted-channel { $id }

## Attachments

# An attachment whose file is archived but not linked (the standalone page); $size in bytes.
web-transcript-attachment = [attachment: { $name } ({ $size } bytes)]
# An attachment that was not archived; $reason says why (recorded in English when archived).
web-transcript-attachment-skipped = [attachment not archived: { $name } — { $reason }]
web-transcript-attachment-plain = [attachment: { $name }]
# A file's size. $count is a whole number of bytes (a plural select on it is fine); $size a
# number with one decimal, already written with a point (12.3).
web-transcript-size-bytes = { $count } bytes
web-transcript-size-kb = { $size } KB
web-transcript-size-mb = { $size } MB

## Page links of a long transcript

web-transcript-earlier = ← Earlier
web-transcript-later = Later →
# Which messages this page shows; all are numbers.
web-transcript-position = Messages { $from }–{ $to } of { $total } (page { $page } of { $pages })
web-transcript-show-all = Show all

## Notes the archiver left in a transcript, and why an attachment was not archived
# { $mib }: a whole number of mebibytes; { $why }: a technical reason (an HTTP status, a network
# error), never translated.
web-transcript-note-channel-deleted = The ticket's channel was deleted before it could be archived: only the ticket's details are kept.
web-transcript-note-reopened-channel-deleted = The ticket was reopened; its channel was deleted before the second close could be archived: the transcript ends at the first close.
web-transcript-skip-per-file = larger than the { $mib } MiB per-file limit
web-transcript-skip-ticket-limit = the ticket's { $mib } MiB attachment limit was reached
web-transcript-skip-download = the download failed ({ $why })
web-transcript-skip-not-on-cdn = not on Discord's file servers, so not downloaded
# Someone the archive could not look up (left the server before the close); { $id } is their Discord ID.
web-transcript-unknown-user = unknown user { $id }
# What replaces the words of someone whose data was removed on request.
web-transcript-removed-content = [removed on request]
