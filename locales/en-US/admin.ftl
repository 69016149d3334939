# Replies to the server's admins and staff: /setup, /setup show, staff management, /stats,
# /help and /mydata (English, the source).
# Placeholders: `{ $name }`. Discord markup stays as it is: <@{ $user }> a member,
# <@&{ $role }> a role, <#{ $channel }> a channel, <t:{ $at }:R> a relative time.
# Keep command names (/setup, /panel list) and their option names (`limit`, `server_total`,
# support_can_view) in English: members type them. Typed keywords (none, off, 1h) too.

## /setup auto: the channels it creates (everyone in the server sees their names)

# The category new ticket channels open in.
setup-auto-category-name = Tickets
# A Discord text channel name: lowercase, no spaces (use dashes).
setup-auto-log-channel-name = ticket-logs
# The log channel's topic.
setup-auto-log-channel-topic = Closed tickets are logged here by ticketbox.
setup-auto-done = Set up: new tickets open in <#{ $category }>, and closed tickets are logged in <#{ $log }> (visible to admins only; give your staff roles access if they should read it).

## /setup limit (the reply joins the sentences below with a space)

# `limit` and `server_total` are the command's option names: keep them in English.
setup-limit-missing = Give `limit` (per member), `server_total` (the whole server), or both.
setup-limit-per-member = { $limit ->
    [one] Members may now have { $limit } open ticket at once.
   *[other] Members may now have { $limit } open tickets at once.
}
setup-limit-server-cap = { $cap ->
    [one] The server takes at most { $cap } open ticket in all.
   *[other] The server takes at most { $cap } open tickets in all.
}
setup-limit-server-no-cap = The server has no cap on open tickets in all.
setup-limit-staff-exempt = (Staff are exempt.)

## /setup transcripts, use-threads, users-can-close, close-confirmation, naming, welcome

setup-transcripts-done = Closed tickets are now logged in <#{ $channel }>.
# { $after }: Discord's archive time as the command's choices name it (1h, 24h, 3d or 7d):
# keep it as it is.
setup-threads-on-notified = New tickets open as private threads; staff are notified in <#{ $channel }>. Quiet ticket threads are archived after { $after }.
setup-threads-on = New tickets open as private threads. Set a notification channel so staff can join them. Quiet ticket threads are archived after { $after }.
setup-threads-off = New tickets open as channels.
setup-users-can-close-on = Openers can close their own tickets.
setup-users-can-close-off = Only staff can close tickets.
# "Close" is the label of the ticket's Close button.
setup-close-confirmation-on = The Close button now asks for confirmation.
setup-close-confirmation-off = The Close button now closes at once.
# { $scheme }: the naming scheme the admin typed, with placeholders like %id%.
setup-naming-done = New tickets are named `{ $scheme }`.
setup-welcome-restored = The default welcome message is restored.
setup-welcome-saved = The welcome message is saved.

## /setup claim, feedback, buttons, store-transcripts, open-command

# support_can_view is the command's option name: keep it in English.
setup-claim-type-needs-view = Support staff cannot type in a ticket they cannot see: enable support_can_view too.
setup-claim-done = Claim settings saved; they apply to tickets claimed from now on.
setup-feedback-on = Feedback on: after a close, the opener gets a DM to rate the ticket (if they wrote in it and are not staff).
setup-feedback-off = Feedback off: openers are no longer asked to rate their tickets.
# { $buttons }: the buttons' labels joined with commas, or setup-buttons-none.
setup-buttons-done = New tickets show: { $buttons }.
setup-buttons-none = no buttons (/close and /claim still work)
setup-store-transcripts-on = Closed tickets' transcripts are kept.
setup-store-transcripts-off = Transcripts are no longer kept: tickets close and are logged without one. Transcripts kept earlier stay.
setup-open-command-on = Members may open tickets with /open.
setup-open-command-off = Members open tickets from panels only; staff may still use /open.

## /setup start-ticket ("Start ticket" is the message menu's name)

# { $panel }: the title the admin typed, in quotes.
setup-start-ticket-no-panel = There is no panel called { $panel }. /panel list shows them.
# { $level }: who may use the menu (everyone, support or admins); { $adds }: yes or no;
# { $panel }: one of the setup-start-ticket-panel-* messages below.
setup-start-ticket-summary = Start ticket: used by { $level ->
        [everyone] everyone
        [support] support staff
       *[admins] admins
    }, { $adds ->
        [yes] adds
       *[no] does not add
    } the message's author, panel { $panel }.
# { $title }: the panel's title (bold).
setup-start-ticket-panel-named = **{ $title }**
setup-start-ticket-panel-none = none
setup-start-ticket-panel-deleted = none (deleted)

## /setup permissions

# { $permissions }: what is turned off (permission-off-* joined with commas) or
# permission-all-allowed.
setup-permissions-openers = Openers in new ticket channels: { $permissions }. (Thread tickets follow the channel they are in.)
setup-permissions-support = Support staff in new ticket channels: { $permissions }. (Thread tickets follow the channel they are in.)

## /setup show: every setting in one embed (Discord allows 256 characters in a field name)

setup-show-title = Ticket settings
setup-show-yes = yes
setup-show-no = no
setup-show-not-set = not set
setup-show-field-tickets = Tickets
# { $category }, { $overflow }: a channel or setup-show-not-set; { $cap }: setup-show-cap or
# setup-show-no-cap; { $naming }: the naming scheme (%id% placeholders); /open is a command.
setup-show-tickets = Category: { $category } (overflow: { $overflow })
    Per-user limit: { $limit }
    Open tickets in all: { $cap }
    Naming: `{ $naming }`
    /open for members: { $open_command }
setup-show-no-cap = no cap
setup-show-cap = at most { $cap }
setup-show-field-closing = Closing
# Each value is setup-show-yes or setup-show-no, except the log channel.
setup-show-closing = Log channel: { $log_channel }
    Users can close: { $users_can_close }
    Close confirmation: { $close_confirmation }
    DM on close: { $dm_on_close }
    Feedback: { $feedback }
    Transcripts kept: { $transcripts }
setup-show-field-threads = Threads and on-call
# { $archive }: Discord's archive time as typed in /setup use-threads (1h, 24h, 3d or 7d);
# { $role }: the role or setup-show-on-call-role-later; { $on_call }: how many are on call.
setup-show-threads = Threads: { $threads }
    Notification channel: { $channel }
    Archive after: { $archive }
    On-call role: { $role } ({ $on_call } on call)
setup-show-on-call-role-later = made on the first /on-call
setup-show-field-welcome = Welcome and claiming
# { $message }: the welcome message (the server's own text, or the default); { $buttons }: the
# buttons' labels joined with commas.
setup-show-welcome = Message: { $message }
    Embed: { $embed }
    Buttons: { $buttons }
    After a claim, support can view: { $can_view }, type: { $can_type }
setup-show-welcome-embed-none = none
# "Welcome embed" is the name of a dashboard page.
setup-show-welcome-embed-set = set (dashboard → Welcome embed)
setup-show-field-start-ticket = Start ticket and permissions
# { $summary }: setup-start-ticket-summary; { $openers }, { $support }: what is turned off
# (permission-off-* joined with commas, or permission-all-allowed).
setup-show-start-ticket = { $summary }
    Openers: { $openers }
    Support staff: { $support }
setup-show-field-autoclose = Auto-close
setup-show-autoclose-on = on (/autoclose show shows the rules)
setup-show-autoclose-off = off
setup-show-field-panels = Panels
# A panel's details, joined with commas after its title.
setup-show-panel-not-posted = not posted
setup-show-panel-posted-in = in <#{ $channel }>
setup-show-panel-threads = threads
setup-show-panel-channels = channels
setup-show-panel-server-default = server default
setup-show-panel-form = form
setup-show-panel-support-hours = support hours
setup-show-panel-disabled = disabled
setup-show-panels-none = none (/panel create)
setup-show-field-multi-panels = Multi-panels
setup-show-multi-panels-none = none
setup-show-field-labels = Labels

## Staff: /addadmin, /removeadmin, /addsupport, /removesupport, /viewstaff, /blacklist

# { $target }: the member or role (a mention); { $level }: admin or support.
staff-added = { $level ->
    [admin] { $target } is now an admin.
   *[support] { $target } is now support staff.
}
staff-already = { $level ->
    [admin] { $target } is already an admin.
   *[support] { $target } is already support staff.
}
staff-removed = { $level ->
    [admin] { $target } is no longer an admin.
   *[support] { $target } is no longer support staff.
}
staff-was-not = { $level ->
    [admin] { $target } was not an admin.
   *[support] { $target } was not support staff.
}
staff-list-empty = No staff configured yet. The server owner and members with Administrator are admins; add more with /addadmin and /addsupport.
staff-list-no-such-page = { $pages ->
    [one] There is only { $pages } page.
   *[other] There are only { $pages } pages.
}
staff-list-header = **Staff** (page { $page } of { $pages })
# One line of the list; { $target }: the member or role (a mention).
staff-list-admin = Admin: { $target }
staff-list-support = Support: { $target }
staff-blacklist-staff = Staff cannot be blacklisted.
staff-blacklisted = { $target } is now blacklisted from opening tickets.
# { $reason }: what staff wrote.
staff-blacklisted-reason = { $target } is now blacklisted from opening tickets. Reason: { $reason }
staff-unblacklisted = { $target } is no longer blacklisted.

## /stats server and /stats user (an embed; Discord allows 256 characters in a field name)

# { $average }, { $median }: durations written like 3d 4h, 12h, 30m (kept as they are);
# { $count }: a number (English keeps "tickets"; add a plural select if your language needs it).
stats-spread = { $average } avg, { $median } median ({ $count } tickets)
stats-no-data = no data yet
# { $week }, { $month }, { $all }: stats-spread or stats-no-data.
stats-windows = 7 days: { $week }
    30 days: { $month }
    All time: { $all }
# { $average }: like 4.2; { $count }: a number (English keeps "ratings"; add a plural select
# if your language needs it).
stats-ratings = { $average } / 5 from { $count } ratings
stats-no-ratings = no ratings yet
stats-server-title = Ticket statistics
stats-open-tickets = Open tickets
stats-total-tickets = Total tickets
stats-opened = Opened
stats-opened-value = { $week } in 7 days, { $month } in 30 days
stats-first-response = First response time
stats-resolution = Resolution time
stats-rating = Rating
# { $user }: the staff member's Discord username.
stats-user-title = Ticket statistics for { $user }
stats-claimed = Claimed
stats-closed = Closed
stats-answered = Answered
stats-their-first-response = Their first response time
stats-claimed-rating = Rating of tickets they claimed

## /help

# ticketbox is the bot's name; the command list follows.
help-title = **ticketbox commands**

## Ticket permissions (/setup permissions, /setup show): what is turned off, joined with commas

permission-off-attach-files = no attach files
permission-off-embed-links = no embed links
permission-off-add-reactions = no add reactions
permission-off-external-emoji = no use external emoji
permission-off-external-stickers = no use external stickers
permission-off-voice-messages = no send voice messages
permission-all-allowed = everything allowed

## /mydata

# { $what }: one of the two messages below; { $due }: a Discord timestamp, keep <t:…> as is.
mydata-filed = Your request is recorded: { $what }. The operator of this ticketbox answers by <t:{ $due }:D> (<t:{ $due }:R>).
mydata-filed-again = You already asked for { $what }. The operator of this ticketbox answers by <t:{ $due }:D> (<t:{ $due }:R>).
mydata-what-export = a copy of everything this ticketbox holds about you (as a JSON file, sent to you by DM when it fits; otherwise the operator tells you how you will get it)
mydata-what-delete = the removal of everything this ticketbox holds about you (you get a DM before it happens)

## Direct messages about a data request, in the language it was filed in.
# { $id }: the request's number; { $reason }: the operator's words, as typed.
mydata-dm-export = Here is everything this ticketbox holds about you (data request #{ $id }).
mydata-dm-export-waiting = Your data export (request #{ $id }) is ready, but it could not be sent here; the operator of this ticketbox will get it to you.
mydata-dm-refused-export = Your request #{ $id } for a copy of your data was refused by the operator of this ticketbox: { $reason }
mydata-dm-refused-delete = Your request #{ $id } for the removal of your data was refused by the operator of this ticketbox: { $reason }
mydata-dm-removing = As you asked (data request #{ $id }), everything this ticketbox holds about you is being removed now.
