# What the bot replies to the panel commands (/panel, /multipanel) and what it writes on
# panels (English, the source).
# Placeholders: `{ $name }`. Discord markup stays as it is: <@&{ $role }> a role,
# <#{ $channel }> a channel. **…** is bold text.
# Keep command names (/panel send), option names (title:, panel:) and typed keywords
# (none, primary, allow…) in English.

## /panel create, edit, delete, list, send

# { $title }: the title typed, in quotes.
panel-cmd-no-such-panel = There is no panel called { $title }. /panel list shows them.
# { $emoji }: what was typed, in quotes.
panel-cmd-not-an-emoji = { $emoji } is not an emoji.
# The four styles are typed keywords: keep them in English.
panel-cmd-bad-button-style = The button style must be primary, secondary, success or danger.
# { $title }: the form's title typed, in quotes.
panel-cmd-no-such-form = There is no form called { $title }. /form list shows them.
# { $title }: the title, in quotes.
panel-cmd-title-taken = A panel called { $title } already exists.
panel-cmd-created-form-deleted = The panel was created, but its form was deleted meanwhile: pick another with /panel edit.
panel-cmd-created-survey-deleted = The panel was created, but its exit survey form was deleted meanwhile: pick another with /panel edit.
# `/panel send title:…` is a command to type: keep it in English.
panel-cmd-created = Panel **{ $title }** created. Post it with `/panel send title:{ $title }`.
panel-cmd-awaiting-both = Pick an awaiting-response category or remove it, not both.
panel-cmd-saved-form-deleted = The panel was saved, but the form (or the panel) was deleted meanwhile.
panel-cmd-saved-survey-deleted = The panel was saved, but the exit survey form (or the panel) was deleted meanwhile.
panel-cmd-saved = Panel **{ $title }** saved. Send it again with /panel send to update the posted message.
panel-cmd-deleted = Panel **{ $title }** deleted; its posted message no longer opens tickets.
panel-cmd-list-empty = No panels yet. Create one with /panel create.
# /panel list: after a panel's title, where it is posted.
panel-cmd-list-posted-in = — posted in <#{ $channel }>
# /panel list: after a panel's title.
panel-cmd-list-disabled = (disabled)
panel-cmd-posted = Panel **{ $title }** posted in <#{ $channel }>.

## /panel log

panel-cmd-log-foreign-channel = Pick a channel of this server.
panel-cmd-log-channel = Closed tickets from **{ $title }** are logged in <#{ $channel }>.
panel-cmd-log-server-channel = Closed tickets from **{ $title }** are logged in the server's log channel.

## /panel embed

panel-embed-title-colour-are-the-panels = The panel message's title and colour are the panel's own: set them with /panel edit.
panel-embed-saved-panel = The message's embed of **{ $title }** is saved. Send the panel again with /panel send to update the posted message.
panel-embed-saved-welcome = The welcome message's embed of **{ $title }** is saved. New tickets from the panel use it.

## /panel hours (also shown by /setup show)

panel-hours-none = **{ $title }** has no support hours: it opens tickets at any time.
# { $timezone }: e.g. Europe/Berlin; { $windows }: the weekly windows (e.g. mon-fri 09:00-17:00);
# { $outside }: panel-hours-outside-refuse or panel-hours-outside-tell.
panel-hours-summary = Support hours of **{ $title }** ({ $timezone }): { $windows }. Outside them: { $outside }.
# As panel-hours-summary, with { $holidays }: the days off (e.g. 2026-12-24..2026-12-26 Christmas).
panel-hours-summary-days-off = Support hours of **{ $title }** ({ $timezone }): { $windows }; days off: { $holidays }. Outside them: { $outside }.
panel-hours-outside-refuse = new tickets are refused
panel-hours-outside-tell = tickets open and the opener is told when staff are back

## /panel access

panel-access-none = **{ $title }** has no access rules: everyone may open tickets from it.
# { $max }: the most rules a panel may have; { $rules }: the rules, one a line
# (panel-access-rule-allow / panel-access-rule-deny).
panel-access-rules = Access rules of **{ $title }** (the first that matches decides; no match allows; at most { $max }):
    { $rules }
# { $position }: the rule's place in the order (1 is checked first); { $role }: a role
# mention or @everyone. "allow" and "deny" are the rule's choice names.
panel-access-rule-allow = { $position }. allow { $role }
panel-access-rule-deny = { $position }. deny { $role }

## /multipanel

# { $title }: the title typed, in quotes.
multipanel-no-such-multipanel = There is no multi-panel called { $title }.
# { $title }: a panel title typed, in quotes.
multipanel-no-such-panel = There is no panel called { $title }.
multipanel-too-few-panels = A multi-panel needs at least two panels (comma-separated titles).
multipanel-too-many-panels = A multi-panel holds at most { $max } panels (Discord's limit).
multipanel-empty-title = The title cannot be empty.
# The text of a new multi-panel's message when none is given (stored, then the server's to edit).
multipanel-default-text = Choose what your ticket is about.
# { $title }: the title, in quotes.
multipanel-title-taken = A multi-panel called { $title } already exists.
multipanel-panel-just-deleted = A panel you picked was just deleted: a multi-panel needs at least two.
# `/multipanel send title:…` is a command to type: keep it in English.
multipanel-created = Multi-panel **{ $title }** created. Post it with `/multipanel send title:{ $title }`.
multipanel-all-panels-deleted = Every panel of this multi-panel was deleted.
multipanel-posted = Multi-panel **{ $title }** posted in <#{ $channel }>.
# { $panel }: the panel title typed, in quotes.
multipanel-not-an-entry = { $panel } is not one of this multi-panel's panels.
# panel: is the command's option name: keep it in English.
multipanel-name-the-entry = Name the entry to change with panel:.
multipanel-just-deleted = That multi-panel was just deleted.
multipanel-saved = Multi-panel **{ $title }** saved. Post it again with /multipanel send to update the message.
multipanel-deleted = Multi-panel **{ $title }** deleted.
multipanel-list-empty = No multi-panels yet. Create one with /multipanel create.
