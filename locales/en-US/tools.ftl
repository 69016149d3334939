# Replies of the staff tools (forms, tags, labels, on-call, auto-close) and what the
# auto-close job posts in tickets (English, the source).
# Placeholders: `{ $name }`. Discord markup stays as it is: <@{ $user }> a member,
# <@&{ $role }> a role, <t:{ $at }:R> a relative time; **bold** and `code` are Discord's.
# Keep command names (/form create) and typed keywords (none, off, short, paragraph) in English.

## /form: questions asked before a panel opens a ticket

# { $title }, { $form }: the form's title as the admin typed it, in quotes ("Support").
form-cmd-exists = A form called { $title } already exists.
form-cmd-no-such-form-list = There is no form called { $form }. /form list shows them.
form-cmd-no-such-form = There is no form called { $form }.
# { $max }: the most questions a form can have.
form-cmd-created = { $max ->
    [one] Form **{ $title }** created. Add up to { $max } question with /form add-input.
   *[other] Form **{ $title }** created. Add up to { $max } questions with /form add-input.
}
# "short" and "paragraph" are the values the admin types: keep them in English.
form-cmd-bad-style = The style must be short or paragraph.
# { $count }: the question's number; { $max }: the most questions a form can have.
form-cmd-question-added = Question added to **{ $form }** ({ $count } of { $max }).
form-cmd-deleted = Form **{ $title }** deleted.
form-cmd-none = No forms yet. Create one with /form create.

## /tag and /managetags: saved answers

# { $name }: the tag's name, in quotes ("refund").
tag-no-such-tag-list = There is no tag called { $name }. /managetags list shows them.
tag-no-such-tag = There is no tag called { $name }.
# { $name }: the tag's name (shown as `code`).
tag-saved = Tag `{ $name }` saved.
tag-updated = Tag `{ $name }` updated.
tag-embed-saved = The embed of tag `{ $name }` is saved.
tag-deleted = Tag `{ $name }` deleted.
tag-none = No tags yet. Add one with /managetags add.

## /label: labels on tickets

label-unknown = This server has no label of that name. /label list shows them; admins add one with /label create.
label-nothing-to-do = Nothing to do.
# Posted in the ticket. { $label }: the label's name.
label-added = 🏷️ <@{ $user }> labelled this ticket **{ $label }**.
label-removed = 🏷️ <@{ $user }> took the label **{ $label }** off this ticket.
label-none-yet = This server has no labels yet. Admins add one with /label create.
# The heading of /label list.
label-list-title = **Labels**
# { $labels }: the ticket's labels, comma-separated (or — when it has none).
label-list-this-ticket = This ticket: { $labels }
# { $colour }: the colour as #RRGGBB.
label-created = Label **{ $label }** (`{ $colour }`) created.
label-recoloured = Label **{ $label }** is now `{ $colour }`.
label-deleted = Label **{ $label }** deleted.

## /on-call and /setup on-call

# The name of the role ticketbox creates for on-call staff (a Discord role name, at most 100 characters).
oncall-role-name = On Call
oncall-role-set = On-call staff now wear <@&{ $role }>. Everyone was taken off call; staff run /on-call to go on call.
oncall-role-cleared = No on-call role set: ticketbox makes one on the next /on-call.
# "Manage Roles" is Discord's permission name.
oncall-needs-manage-roles = ticketbox needs the Manage Roles permission to make the on-call role. Give it that permission, or have an admin pick an existing role with /setup on-call.
oncall-role-deleted = The on-call role was deleted in Discord; run /on-call again to make a new one.
# { $role }: the role's name. "Server Settings → Roles" is Discord's menu.
oncall-cannot-assign = ticketbox cannot give or take { $role }: it needs Manage Roles and a role above it (Server Settings → Roles).
oncall-on = You are on call (<@&{ $role }>): new thread tickets add you. Run /on-call again to go off call.
# The same, in a server that opens tickets as channels.
oncall-on-channel-mode = You are on call (<@&{ $role }>): new thread tickets add you. Run /on-call again to go off call.
    Note: this server opens tickets as channels, where the whole team sees every ticket; on-call only changes thread tickets.
oncall-off = You are off call (<@&{ $role }> removed). New thread tickets no longer add you.

## /autoclose

autoclose-cmd-saved = Auto-close saved.
# { $grace }: a duration such as 1h or 2d 3h.
autoclose-cmd-overdue = { $count ->
    [one] { $count } open ticket is already past a rule: it will close in { $grace } unless someone answers.
   *[other] { $count } open tickets are already past a rule: they will close in { $grace } unless someone answers.
}
autoclose-cmd-excluded = This ticket will not be closed automatically. Run this command again to undo.
autoclose-cmd-included = This ticket follows the server's auto-close rules again.
# /autoclose show. { $state }: autoclose-cmd-on or autoclose-cmd-off; the durations are like
# 30m, 12h or 3d, or autoclose-cmd-off; { $on_leave }: autoclose-cmd-close or autoclose-cmd-off;
# { $warning }: autoclose-cmd-warning-before or autoclose-cmd-off.
autoclose-cmd-rules = **Auto-close: { $state }**
    • No response from the opener since opening: { $no_response }
    • No answer from the opener since staff last wrote: { $since_last_message }
    • Opener leaves the server: { $on_leave }
    • Warning before closing: { $warning }
autoclose-cmd-on = on
autoclose-cmd-off = off
autoclose-cmd-close = close
# { $duration }: a duration such as 1h or 2d 3h.
autoclose-cmd-warning-before = { $duration } before

## Auto-close: the warning posted in a ticket, and the close reason

autoclose-warn-title = This ticket will close soon
# { $duration }: a duration such as 1h or 2d 3h. "Keep open" is the button below
# (autoclose-warn-keep-open): use the same words.
autoclose-warn-description = Without a response, this ticket closes automatically <t:{ $at }:R> (in about { $duration }). Press **Keep open** if it is still needed.
# A button (at most 80 characters).
autoclose-warn-keep-open = Keep open
# The close reason of a ticket the auto-close closed (shown in the log channel and the opener's DM).
autoclose-warn-reason-no-response = Closed automatically: no response from the opener since opening
autoclose-warn-reason-since-last-message = Closed automatically: no response from the opener since staff last wrote
autoclose-warn-reason-on-leave = Closed automatically: the opener left the server
