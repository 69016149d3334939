# What the bot posts in servers and replies to members (English, the source).
# Placeholders: `{ $name }`. Discord markup stays as it is: <@{ $user }> a member,
# <@&{ $role }> a role, <#{ $channel }> a channel, <t:{ $at }:R> a relative time.
# Keep command names (/close) and typed keywords (none, off) in English.

## Refusals: why a ticket action is not done

refusal-blacklisted = You are blacklisted from opening tickets in this server.
refusal-limit-reached = { $limit ->
    [one] You already have the maximum of { $limit } open ticket. Close it before opening another.
   *[other] You already have the maximum of { $limit } open tickets. Close one before opening another.
}
refusal-panel-disabled = This panel is disabled: it does not open tickets right now.
refusal-open-command-disabled = This server opens tickets from its panels only: use a panel's button to open one.
refusal-outside-hours = This panel does not open tickets outside support hours. { $notice }
refusal-access-denied-everyone = This panel does not open tickets for your roles (its access rule { $rule }: everyone else is turned away).
refusal-access-denied = Members with <@&{ $role }> cannot open tickets from this panel (its access rule { $rule }).
refusal-panel-limit-reached = { $limit ->
    [one] You already have { $limit } open ticket from this panel, its limit.
   *[other] You already have { $limit } open tickets from this panel, its limit.
}
refusal-server-full = { $cap ->
    [one] This server has reached its limit of { $cap } open ticket. Please try again once staff have closed some.
   *[other] This server has reached its limit of { $cap } open tickets. Please try again once staff have closed some.
}
refusal-panel-full = { $cap ->
    [one] This panel has reached its limit of { $cap } open ticket. Please try again once staff have closed some.
   *[other] This panel has reached its limit of { $cap } open tickets. Please try again once staff have closed some.
}
refusal-cooldown = You opened a ticket from this panel recently. You can open another <t:{ $at }:R>.
refusal-needs-admin = Only ticket admins can do that.
refusal-needs-support = Only support staff can do that.
refusal-users-cannot-close = In this server only staff can close tickets. Ask a staff member, or use /closerequest if you are staff.
refusal-not-a-ticket = This is not a ticket channel. Run the command inside a ticket.
refusal-already-claimed = This ticket is already claimed by <@{ $user }>.
refusal-not-claimed = This ticket is not claimed.
refusal-not-claimer = Only the staff member who claimed this ticket, or an admin, can do that.
refusal-target-not-staff = Tickets can only be transferred to support staff or admins.
refusal-cannot-remove-staff = Staff cannot be removed from a ticket.
refusal-cannot-remove-opener = The member who opened the ticket cannot be removed from it.
refusal-only-own-ticket = You can only do that in your own ticket.
refusal-ticket-not-open = This ticket is already closing.

## Errors

error-internal = Something went wrong on the bot's side. It has been logged; please try again.
error-discord-rate-limited = Discord is rate limiting the bot right now. Please try again in a few seconds.
error-discord-server = Discord had a problem handling that request (HTTP { $status }). Nothing was changed; please try again.
error-discord-forbidden = The bot lacks a Discord permission for that. Ask a server admin to check the bot's role.
error-discord-refused = Discord refused that request. Please try again; if it keeps failing, tell a server admin.
error-guild-only = This command only works inside a server.
# { $permissions }: Discord's permission names, in English.
error-bot-missing-permissions = The bot is missing Discord permissions here: { $permissions }.
error-user-missing-permissions = You need { $permissions } to use this command.
error-user-missing-required-permissions = You need the required permissions to use this command.
error-option-invalid-input = That option is not valid ({ $input }): { $reason }.
error-option-invalid = That option is not valid: { $reason }.
error-old-button = This button is from an older version of the bot and no longer works.
error-old-form = This form is from an older version of the bot and no longer works.
error-pick-an-option = Pick one of the options.

## Opening tickets

ticket-opened = Ticket opened: <#{ $channel }>
panel-gone = This panel no longer exists.
panel-gone-send-new = This panel no longer exists. Ask a server admin to send a new one.
form-changed = This panel's form was changed; click the panel's button again.

## Thread tickets: the "Join ticket" button

join-ticket-closed = This ticket is closed.
join-other-team = This ticket belongs to another support team.
join-claimed-by-other = This ticket is claimed by another staff member.
join-joined = You joined <#{ $channel }>.

## Claiming and closing

claim-handled-by = Your ticket will be handled by <@{ $user }>.
close-confirm-question = Are you sure you want to close this ticket?
close-being-closed-by = This ticket is being closed by <@{ $user }>.
# The form asking for a close reason: its title and its one field.
close-reason-modal-title = Close ticket
close-reason-modal-label = Reason
close-request-not-opener = Only the member who opened the ticket can answer a close request.
close-request-answered = This close request was already answered.
close-request-accepted = The close request was accepted; this ticket is being closed.
close-request-declined = <@{ $user }> declined the close request; the ticket stays open.

## Auto-close

autoclose-keep-open-refused = Only the member who opened this ticket or staff can keep it open.
autoclose-kept-open = <@{ $user }> kept this ticket open: the auto-close timer starts again.

## Feedback (in the opener's DMs)

# { $stars_shown }: the stars as emoji; { $stars }: the number.
feedback-rated = Thank you! You rated this ticket { $stars_shown } ({ $stars }/5). You can change it for 24 hours.
feedback-comment-title = Your comment
feedback-comment-label = Comment
feedback-comment-thanks = Thank you for your comment: the team will see it with your rating.
feedback-survey-thanks = Thank you for telling us more: the team will see your answers.

## Buttons and menus the bot posts (Discord allows 80 characters on a button)

button-close = Close
button-close-with-reason = Close with reason
button-claim = Claim
button-close-ticket = Close ticket
button-join-ticket = Join ticket
button-view-transcript = View transcript
panel-select-placeholder = Choose what your ticket is about

## A new ticket

# The built-in welcome, when neither the panel nor the server has its own. %user% is a
# placeholder the bot fills in: keep it as it is.
welcome-default = Thank you for contacting support, %user%.
    Please describe your issue and wait for a response: a member of staff will be with you shortly.
welcome-subject = Subject
welcome-started-from = Started from a message
# { $link }: the message's link; { $user }: its author.
welcome-started-from-link = { $link } by <@{ $user }>
welcome-outside-hours = Outside support hours
form-answers-title = Form answers
join-notice = <@{ $user }> opened ticket #{ $number } (<#{ $channel }>). Staff can join it here.
open-bot-missing-permissions = The bot is missing Discord permissions it needs to open tickets: { $permissions }. Ask a server admin to grant them to the bot's role.
open-already-opening = Your ticket is already being opened. It will appear in a moment.
open-categories-full = Both ticket categories are full (Discord allows 50 channels per category). Close some tickets, or ask an admin to set another category.
open-server-channels-full = This server has reached Discord's limit of 500 channels, so no ticket channel can be created. Close some tickets or delete unused channels, or ask an admin to switch to thread mode (/setup use-threads).
# The categories the bot creates for ticket channels.
category-name = Tickets
category-name-overflow = Tickets (overflow)

## Closing: the notice, the log channel's summary and the opener's DM

close-reason-too-long = The close reason must be at most 1024 characters.
close-reason-channel-deleted = The ticket's channel was deleted
close-notice = Ticket closed.
close-notice-by = Ticket closed by <@{ $user }>.
log-title = Ticket #{ $number } closed
log-ticket = Ticket
log-panel = Panel
log-opened-by = Opened by
log-claimed-by = Claimed by
log-not-claimed = Not claimed
log-closed-by = Closed by
log-reason = Reason
log-no-reason = No reason given
log-opened = Opened
log-closed = Closed
log-transcript = Transcript
log-transcript-not-kept = Not kept: this server does not store transcripts.
log-rating = Rating
log-rating-not-asked = Not asked: the opener's DMs could not be reached
log-comment = Comment
log-survey-question = Survey: { $question }

## Feedback refusals and texts

feedback-request = How did we do with ticket #{ $number }? Rate it from 1 to 5 stars; you can change your rating for 24 hours.
button-add-comment = Add a comment
button-tell-us-more = Tell us more
feedback-comment-empty = The comment is empty.
feedback-no-answer = (no answer)
feedback-refusal-gone = This ticket's data no longer exists, so it cannot be rated.
feedback-refusal-not-the-opener = Only the member who opened this ticket can rate it.
feedback-refusal-too-late = Ratings can be given or changed for 24 hours after a ticket closes; this one closed earlier.
feedback-refusal-bad-rating = A rating must be between 1 and 5 stars.
feedback-refusal-not-rated = Rate the ticket first, then add a comment.
feedback-refusal-no-survey = This ticket's panel no longer has an exit survey.
feedback-refusal-survey-answered = You already answered the survey for this ticket. Thank you!

## Commands: /open, "Open ticket for user", /close, /closerequest, /reopen

open-for-bot = Tickets are opened for members, not bots.
open-for-not-member = <@{ $user }> is not a member of this server.
open-for-blacklisted = <@{ $user }> is blacklisted from opening tickets in this server (/blacklist to change that).
# { $reason }: why the member could not open it (another message).
open-for-refused = For <@{ $user }>: { $reason }
open-for-closed-at-once = The ticket was closed at once.
open-for-opened = Ticket opened for <@{ $user }>: <#{ $channel }>
close-retrying = Closing this ticket had stalled; trying again now.
close-request-asks = <@{ $opener }>, <@{ $user }> asks to close this ticket.
close-request-reason = **Reason:** { $reason }
close-request-auto = It closes automatically <t:{ $at }:R> unless you answer.
button-close-request-accept = Accept & close
button-close-request-deny = Deny
reopen-no-such-ticket = There is no ticket #{ $number } in this server.
reopen-was-channel = Ticket #{ $number } was a channel, which was deleted when it closed; only thread tickets can be reopened.
reopen-not-closed = Ticket #{ $number } is not closed.
reopen-no-thread = That ticket has no thread.
reopen-done = Ticket #{ $number } is open again: <#{ $channel }>
error-user-or-role = Give either a user or a role (exactly one).
error-everyone-not-allowed = @everyone cannot be used here: pick a member or a role.
# { $role }: the role's name.
error-managed-role = { $role } belongs to a bot or integration and cannot be used here: pick a member or another role.

## Working a ticket: /claim, /unclaim, /transfer, /add, /remove, /rename, /notes, /jumptotop, /switchpanel

claim-released = <@{ $user }> no longer handles this ticket; any staff member can claim it.
claim-transferred = This ticket is now handled by <@{ $user }>.
# { $who }: a member or role mention.
members-added = { $who } was added to this ticket.
members-already-in = { $who } is already in this ticket.
members-removed = { $who } was removed from this ticket.
members-not-in = { $who } was not added to this ticket.
members-everyone = @everyone cannot be added to a ticket: that would show it to the whole server.
members-roles-staff-only = Only staff can add roles to a ticket; add members one by one.
members-opener-already-in = The member who opened the ticket is already in it.
members-no-roles-in-threads = Roles cannot be added to a thread ticket; add the members one by one.
ticket-no-channel = This ticket has no channel.
rename-empty = That name has no characters Discord allows in a channel name.
rename-scheduled = Discord allows two renames per channel every 10 minutes. The new name `{ $name }` will apply <t:{ $at }:R>.
rename-done = Renamed to `{ $name }`.
notes-thread-ticket = Notes threads are for channel tickets: a thread ticket cannot hold another thread.
notes-here = Staff notes for this ticket: <#{ $channel }> (the opener cannot see it).
jump-no-first-message = This ticket has no first message to jump to.
jump-to-top = [Jump to the top of ticket #{ $number }]({ $link })
# { $panel }: the title typed, in quotes.
switchpanel-no-such-panel = There is no panel called { $panel }. /panel list shows them.
switchpanel-done = This ticket now belongs to the panel **{ $panel }**.

## /language

# { $name }: the language's own name (Deutsch, Français…).
language-chosen = The bot speaks { $name } in this server.
language-discord = The bot follows this server's language in Discord's settings: { $name } now.
language-members-own = Members are answered privately in their own Discord language when the bot speaks it.
language-members-server = Members are answered in the server's language.
# { $language } and { $members }: the two sentences above.
language-summary = { $language } { $members }
# The welcome embed's title when the panel sets none. %ticket_id% is a placeholder the bot
# fills in: keep it as it is.
welcome-title = Ticket #%ticket_id%

## A new panel's built-in texts (saved with the panel; the admin may change them)

panel-default-text = Click the button below to open a ticket.
# A button label (80 characters at most).
panel-default-button = Open a ticket

## Reasons the bot gives when it closes a ticket itself

close-request-expired-reason = Close request: no answer before the deadline

## Posting a panel from the dashboard

post-not-connected = The bot is not connected to Discord right now, so nothing was posted. Try again in a minute.
post-multi-panel-empty = Every panel of this multi-panel was deleted: add panels first.

## Discord permissions the bot lacks, named as Discord's own client names them in the language
## (Server Settings → Roles → Permissions): use Discord's words, so admins find the switch.
perm-view-channels = View Channels
perm-manage-channels = Manage Channels
perm-manage-roles = Manage Roles
perm-send-messages = Send Messages
perm-embed-links = Embed Links
perm-read-message-history = Read Message History
perm-create-private-threads = Create Private Threads
perm-send-messages-in-threads = Send Messages in Threads
perm-manage-threads = Manage Threads
