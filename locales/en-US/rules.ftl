# Why what an admin or a member typed is refused: the dashboard's form errors and the bot's
# ephemeral replies (English, the source). Placeholders: `{ $name }`; values noted as quoted
# arrive with their quotes ("Billing"). Keep typed formats (mon-fri 09:00-17:00, #5865F2,
# name | value) and placeholders written between % signs (%id%, %next_open%) as they are.

## Embeds: Discord's limits, each refusal naming the embed and its part

# The embed a refusal names, as $embed below.
rule-embed-name-panel = Panel embed
rule-embed-name-welcome = Welcome embed
rule-embed-name-tag = Tag embed
rule-embed-name-multi-panel = Multi-panel embed
# A part of an embed, as $part below.
rule-embed-part-title = title
rule-embed-part-description = description
rule-embed-part-author-name = author name
rule-embed-part-footer = footer
rule-embed-part-link = link
rule-embed-part-author-icon = author icon
rule-embed-part-author-link = author link
rule-embed-part-image = image
rule-embed-part-thumbnail = thumbnail
rule-embed-part-footer-icon = footer icon
rule-embed-part-field-name = field { $n } name
rule-embed-part-field-value = field { $n } value
# An embed's part: "Welcome embed title".
rule-embed-part = { $embed } { $part }
# $field: a part of an embed, or another field with a web address ("Image URL").
rule-embed-too-long = { $field }: at most { $max } characters.
rule-embed-url-invalid = { $field }: use a web address starting with https:// or http://.
rule-embed-colour = { $embed } colour: a hex colour like #5865F2.
rule-embed-author-needs-name = { $embed } author: an icon or link needs the author's name.
rule-embed-footer-needs-text = { $embed } footer: an icon needs footer text.
rule-embed-too-many-fields = { $embed } fields: at most { $max }.
rule-embed-field-incomplete = { $embed } field { $n }: needs a name and a value.
rule-embed-total-too-long = { $embed }: { $total } characters in all; Discord allows { $max } per embed.
# An embed field typed in one line (/panel embed, /tag embed).
rule-embed-field-line-inline = Field: the third part is "inline" or nothing, not { $got }.
rule-embed-field-line-format = Field: write it as name | value (| inline).

## Colours

rule-colour-invalid = { $value } is not a hex colour like #5865F2.

## Panels

rule-panel-title-length = The panel title must be 1 to 100 characters.
rule-panel-text-too-long = The panel text must be at most 4000 characters.
rule-panel-button-label-length = The button label must be 1 to 80 characters.
rule-panel-colour = The colour must be a hex colour like #5865F2.
rule-panel-welcome-too-long = The welcome message must be at most 4000 characters.
rule-panel-too-many-mentions = A panel can mention at most { $max } roles.
rule-panel-ticket-limit = The panel's ticket limit must be between 1 and 100.
rule-panel-cooldown-too-long = The cooldown can be at most 7 days.

## A panel's access rules (who may open from it)

rule-access-too-many = Access rules: at most { $max } per panel.
rule-access-duplicate = Access rules: { $role } has two rules; only the first would ever apply.
# $rule and $everyone_rule: places in the list (1, 2, ...).
rule-access-unreachable = Access rules: rule { $rule } ({ $role }) can never apply: rule { $everyone_rule } (@everyone) decides for every member first. Put @everyone last.

## Forms and their questions

rule-form-title-length = A form title must be 1 to 45 characters (Discord's limit for a form).
rule-form-question-length = A question must be 1 to 45 characters.
rule-form-description-too-long = Description: at most 100 characters.
rule-form-placeholder-too-long = A placeholder must be at most { $max } characters.
rule-form-options-not-choice = Options: only a choice question has options.
rule-form-picks-not-select = Minimum and maximum picks apply to choice and picker questions only.
rule-form-channel-types-not-channel = Channel types: only a channel question has them.
rule-form-answer-length-range = Answer lengths must be between 0 and { $max } (answers are shown in an embed field, which holds { $max } characters).
rule-form-min-length-above-max = The minimum length cannot be above the maximum.
rule-form-lengths-not-text = Answer lengths apply to text questions only.
rule-form-options-none = Options: a choice question needs at least one option.
rule-form-options-too-many = Options: at most { $max } (Discord's limit for a select menu).
# $value: an option's value, quoted.
rule-form-option-value-twice = Options: the value { $value } is used twice.
rule-form-max-picks-options = Maximum picks: between 1 and { $max } (the number of options).
rule-form-max-picks = Maximum picks: between 1 and { $max }.
rule-form-min-picks-above-max = Minimum picks cannot be above the maximum.
# "Required" is the name of a checkbox on the form page.
rule-form-min-picks-required = Minimum picks: a required question needs at least 1 (untick Required to allow none).
# $form and $question arrive quoted; $kind is one of the rule-form-kind-* messages.
rule-form-exit-survey-picker = The form { $form } is an exit survey, sent by DM after a ticket closes; there is no server there to pick from, so { $question } cannot be a { $kind } question. Exit surveys ask text and choice questions.
# A question's kind, inside a sentence ("a role picker question") and after a question in /form
# list (lowercase, in parentheses).
rule-form-kind-text = text
rule-form-kind-choice = choice from a list
rule-form-kind-user = member picker
rule-form-kind-role = role picker
rule-form-kind-mentionable = member or role picker
rule-form-kind-channel = channel picker

## A member's answers to a form (shown to the member)

rule-form-changed = This form was changed while you were filling it in. Open it again.
# $question: the question as the server wrote it.
rule-form-answer-one = "{ $question }" takes one answer.
rule-form-answer-count = "{ $question }" takes { $min } to { $max } answers.
rule-form-answer-needed = "{ $question }" needs an answer.
rule-form-answer-too-short = The answer to "{ $question }" must be at least { $min } characters.
rule-form-answer-too-long = The answer to "{ $question }" must be at most { $max } characters.

## A choice question's options

rule-option-label-length = Option label: 1 to 100 characters.
# $option: the option's label, quoted.
rule-option-value-length = Option value of { $option }: 1 to 100 characters.
rule-option-description-too-long = Option description of { $option }: at most 100 characters.
# <:name:id> is how a server's emoji is written: keep it as it is.
rule-option-emoji-invalid = Option emoji of { $option }: use an emoji itself (🎫) or a server emoji as <:name:id>.
# Options typed in one line; $option is one of them, quoted.
rule-options-line-parts = Options: { $option } has more than three parts (label | description | emoji).
# $word: what was typed, quoted; $known: the kinds, as typed (text, voice, ...).
rule-channel-kinds-unknown = Channel types: { $word } is not one of { $known }.

## The on-call role

rule-on-call-everyone = @everyone cannot be the on-call role: pick another role.
rule-on-call-managed = { $role } belongs to a bot or integration, so nobody can be given it: pick another role.
rule-on-call-above-bot = { $role } is above ticketbox's highest role, so ticketbox cannot give or take it. In Server Settings → Roles, drag ticketbox's role above { $role }, or pick a lower role.
rule-on-call-not-connected = ticketbox is not connected to Discord, so it cannot check that role; try again in a moment.
rule-on-call-unknown-role = On-call role: ticketbox does not know that role.

## A panel's awaiting-response category

rule-awaiting-category-same = The awaiting-response category must differ from the panel's own category.

## Multi-panels

rule-multi-panel-placeholder-too-long = Placeholder: at most { $max } characters.
# $label: the entry's label, quoted.
rule-multi-panel-entry-label-too-long = Entry label { $label }: at most 80 characters (a button's limit).
rule-multi-panel-entry-description-too-long = Entry description: at most 100 characters.
rule-multi-panel-entry-emoji-invalid = Entry emoji { $emoji }: use one emoji, or a custom one written <:name:id>.

## Tags

rule-tag-name-length = A tag name must be 1 to 32 characters.
rule-tag-content-empty = A tag needs some text.
rule-tag-content-too-long = A tag can hold at most 2000 characters (a Discord message).

## Labels

rule-label-name-length = Label name: 1 to { $max } characters.
rule-label-name-characters = Label name: letters, digits, spaces and dashes — no , @ < or >.
# $reason: why the colour was refused (rule-colour-invalid).
rule-label-colour = Label colour: { $reason }
# $label: the label's name, quoted.
rule-label-exists = A label called { $label } exists already.
rule-label-too-many = A server can define at most { $max } labels; delete one first.
rule-label-on-ticket = This ticket is labelled { $label } already.
rule-label-ticket-full = A ticket can carry at most { $max } labels; remove one first.
rule-label-not-on-ticket = This ticket is not labelled { $label }.

## A server's settings

# 1h, 24h, 3d and 7d are typed as they are.
rule-settings-thread-archive = The thread archive time must be 1h, 24h, 3d or 7d.
rule-settings-naming-empty = The naming scheme cannot be empty.
rule-settings-naming-too-long = The naming scheme must be at most 100 characters.
rule-settings-naming-needs-number = The naming scheme must contain %id% or %id_padded%, so every ticket gets a distinct name.
rule-settings-ticket-limit = The ticket limit must be between 1 and 100.
rule-settings-open-cap = The cap on open tickets must be between 1 and 10000.
rule-settings-open-cap-number = The cap on open tickets must be a number between 1 and 10000.
rule-settings-blacklist-reason-too-long = The blacklist reason must be at most { $max } characters.
rule-settings-claim-type-without-view = Support staff cannot type in a ticket they cannot see: let them view claimed tickets too.
rule-settings-welcome-too-long = The welcome message must be at most 4,000 characters.
rule-settings-overflow-same = The overflow category must differ from the ticket category.

## A panel's support hours
## Days and times are typed as mon-fri 09:00-17:00 and dates as 2026-12-24: keep those as they are.

# $zone: what was typed, quoted. Keep the zone names (Europe/Berlin...) as they are.
rule-hours-timezone = Time zone: { $zone } is not a time zone name; use one like Europe/Berlin, America/New_York or UTC.
# $window and $days: what was typed, quoted.
rule-hours-window-format = Hours: { $window } should look like "mon-fri 09:00-17:00".
rule-hours-days-backwards = Hours: { $days } runs backwards; write the days Monday first (mon-fri).
# $date: what was typed, quoted.
rule-hours-holiday-date = Holidays: { $date } is not a date like 2026-12-24.
rule-hours-no-window = Hours: add at least one window, like "mon-fri 09:00-17:00".
rule-hours-too-many-windows = Hours: at most { $max } windows.
# $window and $other: a window as typed (mon 09:00-17:00).
rule-hours-window-outside-week = Hours: { $window } is not a time of the week.
rule-hours-window-inverted = Hours: { $window } ends before it starts; split a window across midnight in two.
rule-hours-window-overlap = Hours: { $window } overlaps { $other }.
rule-hours-too-many-holidays = Holidays: at most { $max }.
rule-hours-holiday-inverted = Holidays: { $from }..{ $to } ends before it starts.
rule-hours-message-too-long = Hours message: at most { $max } characters.
rule-hours-colour = Hours colour: a hex colour like #5865F2.
# The notice to a member outside support hours when the server wrote none. Keep
# %next_open_relative% ("in 3 hours") and %next_open% (a date and time) as they are.
rule-hours-notice-default = Our team is away right now and will be back %next_open_relative% (%next_open%).
# Stands for %next_open% and %next_open_relative% when no opening is known.
rule-hours-notice-later = later

## A server's HTTP integrations (the dashboard's integration form)
## Keep placeholders written between % signs (%user_id%, %secret:NAME%, %form:question%)
## and the HTTP words (GET, POST, JSON) as they are.

# The form's fields, as $field below.
rule-integration-field-image-url = Image URL
rule-integration-field-privacy-url = Privacy policy URL
rule-integration-field-request-url = Request URL
rule-integration-field-body = Body
rule-integration-field-header = Header { $header }
rule-integration-field-secret-name = Secret name
rule-integration-field-output-name = Placeholder name
# $got: what was typed, quoted.
rule-integration-name-invalid = { $field }: 1 to 32 letters, digits or _ (got { $got }).
rule-integration-unknown-secret = { $field }: %secret:{ $secret }% names no secret of this integration.
rule-integration-unknown-placeholder = { $field }: %{ $name }% is not a placeholder a request can use (%user_id%, %guild_id%, %ticket_id%, %panel_id%, %secret:NAME%, %form:question%).
rule-integration-name-length = Name: 1 to { $max } characters.
rule-integration-description-too-long = Description: at most { $max } characters.
rule-integration-url-invalid = Request URL: a web address starting with https:// or http://.
rule-integration-url-scheme = Request URL: only http:// and https:// addresses can be called.
rule-integration-url-credentials = Request URL: a user name or password in the address is not allowed; put credentials in a header with a secret.
rule-integration-url-no-host = Request URL: the address needs a host.
rule-integration-timeout = Timeout: 1 to { $max } seconds.
rule-integration-body-with-get = Body: a GET request has no body; choose POST.
rule-integration-body-too-long = Body: at most { $max } characters.
# $error: the JSON parser's own words (English).
rule-integration-body-not-json = Body: not JSON ({ $error }); put placeholders inside quotes.
rule-integration-too-many-headers = Headers: at most { $max }.
# $header: a header's name (quoted in rule-integration-header-name-invalid).
rule-integration-header-name-invalid = Header { $header }: not a valid header name.
rule-integration-header-refused = Header { $header }: set by the HTTP client, an integration cannot set it.
rule-integration-header-twice = Header { $header }: given twice.
rule-integration-header-value = Header { $header }: one line of at most 1,000 characters.
rule-integration-too-many-secrets = Secrets: at most { $max }.
rule-integration-secret-twice = Secret { $secret }: given twice.
# Placeholders here: the values an integration reads from its answer, named by the admin.
rule-integration-too-many-outputs = Placeholders: at most { $max }.
rule-integration-output-lower-case = Placeholder { $name }: lower-case letters only.
rule-integration-output-builtin = Placeholder { $name }: ticketbox already has %{ $name }%; pick another name.
rule-integration-output-twice = Placeholder { $name }: given twice.
# $reason: one of the rule-integration-path-* messages.
rule-integration-output-path = Placeholder { $name } path: { $reason }
rule-integration-output-fallback-too-long = Placeholder { $name } fallback: at most 200 characters.
# Where a value is found in the answer: data.user.name, items[0].id (keep those as they are).
# $path: the path as typed, quoted.
rule-integration-path-format = a path like data.user.name or items[0].id (1 to 200 characters).
rule-integration-path-empty-part = { $path } has an empty part.
rule-integration-path-unclosed = { $path }: a [ without ].
rule-integration-path-index = { $path }: [{ $index }] is not an index.
rule-integration-path-shape = { $path }: write a.b[0].c

## Changing a form's questions (the slash command and the dashboard)

rule-form-full = A form holds at most { $max } questions (Discord's limit).
# $form and $question arrive quoted.
rule-form-deleted = The form { $form } was just deleted.
rule-form-asks-already = The form { $form } already asks { $question }.

## What an integration receives (the Integrations page lists it)

rule-integration-sends-user-id = the opener's Discord user ID
rule-integration-sends-guild-id = this server's ID
rule-integration-sends-ticket-id = the ticket's number
rule-integration-sends-panel-id = the panel's ID
# { $question }: the form question's label, in quotes.
rule-integration-sends-answer = the opener's answer to the form question { $question }

## Durations shown to people (statistics, /autoclose show, warnings), one message per unit,
## joined with spaces: CLDR's narrow unit forms. What people type back stays `3d 4h`.
# { $n }: the number of days (hours, minutes, seconds).
rule-span-days = { $n }d
rule-span-hours = { $n }h
rule-span-minutes = { $n }m
rule-span-seconds = { $n }s

## Auto-close rules (/autoclose configure, dashboard Settings). Field names and 30m, 12h, 3d are
## what people type: keep them.
# { $warning }, { $limit }: durations; { $rule }, { $field }: option names; { $value }: what was typed.
rule-autoclose-warning-too-long = `warning` ({ $warning }) must be shorter than `{ $rule }` ({ $limit }).
rule-autoclose-not-a-duration = `{ $field }`: "{ $value }" is not a duration; write it like 30m, 12h or 3d.
rule-autoclose-too-short = `{ $field }` must be at least 1 minute.
rule-autoclose-too-long = `{ $field }` must be at most 365 days.
