# The dashboard's panel pages: panels and their editor, multi-panels, forms, tags and labels,
# with the reasons a change there is refused (English, the source). Shown to the visitor in
# their language; what a server wrote (panel titles, tag texts, label names) is never
# translated. Words in %percent% signs, <:name:id>, @everyone and @here are typed or shown
# exactly as Discord and the bot read them: keep them as they are.

## Shared by the pages whose form names an action

# A form came back with an action the page does not know (a stale or tampered page).
web-action-unknown = Unknown action.

## Panels: the list

web-panels-title = Panels
web-panels-new = New panel
web-panels-empty = No panels yet. A panel is a message with a button members click to open a ticket.
# A badge next to a disabled panel's title.
web-panels-disabled = disabled
# $channel: the channel's name as "#name", or web-panels-channel-id.
web-panels-posted-in = posted in { $channel }
# A channel the dashboard does not know the name of; $id is its number.
web-panels-channel-id = channel { $id }
web-panels-not-posted = not posted yet
# The label before a channel picker; the button next to it is web-panels-post.
web-panels-post-in = Post in
web-panels-pick-channel = Pick a channel
web-panels-post = Post
web-panels-delete-confirm = Delete this panel? Its posted message stops opening tickets.
web-panels-delete = Delete

## Panels: the editor

web-panel-edit = Edit panel
web-panel-new = New panel
web-panel-all = All panels
web-panel-message = The message
web-panel-title = Title
web-panel-title-hint = unique in this server
web-panel-text = Text
web-panel-colour = Colour
web-panel-button-label = Button label
web-panel-button-emoji = Button emoji
# <:name:id> is how a server's own emoji is written: keep it as it is.
web-panel-button-emoji-hint = one emoji, or <:name:id>
web-panel-button-style = Button style
# Discord's button colours.
web-panel-style-primary = Blurple
web-panel-style-secondary = Grey
web-panel-style-success = Green
web-panel-style-danger = Red
web-panel-embed = The message's embed: link, author, images, footer, fields
web-panel-tickets = Its tickets
web-panel-category = Category
web-panel-category-default = The server's ticket category
web-panel-awaiting = Awaiting-response category
web-panel-awaiting-hint = channel mode: tickets wait here while the opener owes a reply, and move back when they write (at most one move per ticket per 10 minutes)
# No awaiting-response category.
web-panel-awaiting-none = None
web-panel-log-channel = Log channel
web-panel-log-channel-hint = where its closed tickets are logged
web-panel-log-channel-default = The server's log channel
web-panel-mode = Mode
web-panel-mode-default = As the server is set
web-panel-mode-channel = Channels
web-panel-mode-thread = Private threads
web-panel-naming = Naming
# Under Naming and Welcome message: an empty field uses the server's setting.
web-panel-server-default-hint = empty for the server's
# An example channel name; %id% is replaced by the ticket's number: keep it as it is.
web-panel-naming-placeholder = ticket-%id%
web-panel-welcome = Welcome message
web-panel-welcome-embed-below = The welcome message's embed is below the ticket settings; empty for the server's.
web-panel-teams = Support teams
web-panel-teams-hint = none: all support staff handle these tickets
web-panel-mention-roles = Roles to mention in new tickets
web-panel-mention-opener = Mention the opener
# @here is Discord's mention: keep it as it is.
web-panel-mention-here = Mention @here (everyone who can see the ticket: its staff)
web-panel-form = Form asked before opening
web-panel-form-none = No form
web-panel-exit-survey = Exit survey
# "Tell us more" is the button the bot shows under its rating message.
web-panel-exit-survey-hint = asked after the opener rates a ticket ("Tell us more"); needs ratings on in Settings
web-panel-exit-survey-none = No exit survey
web-panel-ticket-limit = Open tickets per member from this panel
web-panel-ticket-limit-hint = empty for no extra limit
web-panel-open-cap = Open tickets from this panel in all
web-panel-open-cap-hint = any member; empty for no cap, staff are exempt
web-panel-cooldown = Cooldown between tickets, minutes
web-panel-disabled = Disabled (its button refuses new tickets)
web-panel-access = Who may open tickets from it
# @everyone is Discord's role of all members: keep it as it is; @Customers is an example role.
web-panel-access-intro = Access rules, checked in order: the first rule whose role a member has decides; a member no rule matches may open. Staff always may. Put @everyone last, e.g. "allow @Customers, deny @everyone".
web-panel-access-order = Order
web-panel-access-role = Role
web-panel-access-rule = Rule
web-panel-access-remove = Remove
# Labels for screen readers of one access rule's row; $number counts from 1.
web-panel-access-order-of = Order of rule { $number }
web-panel-access-role-of = Role of rule { $number }
web-panel-access-rule-of = Rule { $number }
web-panel-access-remove-of = Remove rule { $number }
web-panel-access-allow = Allow
web-panel-access-deny = Deny
web-panel-hours = Support hours
web-panel-hours-on = Only when staff are in
web-panel-hours-timezone = Time zone
web-panel-hours-timezone-hint = its daylight saving time is followed
web-panel-hours-windows = Hours
# The example is typed as it is (English day names, 24-hour times): keep it.
web-panel-hours-windows-hint = e.g. mon-fri 09:00-17:00; sat 10:00-14:00 (24-hour; split a window across midnight in two)
web-panel-hours-holidays = Days off
# The example is typed as it is (dates, ranges with ..); "Christmas" is a free name.
web-panel-hours-holidays-hint = e.g. 2026-12-24..2026-12-26 Christmas; 2027-01-01
web-panel-hours-outside = Outside the hours
web-panel-hours-refuse = Refuse new tickets
web-panel-hours-open-and-tell = Open, and tell the opener when staff are back
web-panel-hours-notice = Notice
# %next_open% and %next_open_relative% are typed as they are.
web-panel-hours-notice-hint = empty for the default; %next_open% and %next_open_relative% say when staff are back
web-panel-hours-colour = Notice colour
web-panel-welcome-embed = The welcome message's embed (placeholders work in every text)
web-panel-save = Save panel
web-panel-create = Create panel
web-panel-preview = Preview
# The heading of the welcome message's preview.
web-panel-preview-welcome = Welcome message
web-panel-preview-images = Images are named, not loaded: the dashboard requests nothing from other sites.

## Panels: why a panel was not saved or posted

# $number: the rule's row, from 1.
web-panel-err-access-order = Access rule { $number }: the order is a number.
web-panel-err-hours-outside = Outside support hours: pick what happens from the list.
web-panel-err-access-roles = Access rules: pick roles from the list.
# $emoji: what was typed, in quotes. <:name:id> is how a server's emoji is written: keep it.
web-panel-err-emoji = { $emoji } is not an emoji: use one emoji, or a custom one written <:name:id>.
web-panel-err-button-style = Pick a button style from the list.
web-panel-err-category = Pick a category from the list.
web-panel-err-roles = Pick roles from the list.
web-panel-err-mention-roles = Pick roles to mention from the list.
web-panel-err-mode = Pick channel or thread mode from the list.
web-panel-err-ticket-limit = The ticket limit must be a number between 1 and 100.
web-panel-err-cooldown = The cooldown must be a number of minutes.
web-panel-err-log-channel = Pick a log channel from the list.
web-panel-err-form = Pick a form from the list.
web-panel-err-exit-survey = Pick an exit survey form from the list.
web-panel-err-awaiting = Pick an awaiting-response category from the list.
# $reason: why the picked form cannot be an exit survey (a full sentence).
web-panel-err-exit-survey-form = Exit survey: { $reason }
web-panel-err-teams = Pick support teams from the list.
# $title: the panel's title, in quotes.
web-panel-err-title-taken = A panel called { $title } already exists.
web-panel-err-created-form-gone = The panel was created, but a form it should use was deleted meanwhile. Edit the panel to pick another.
web-panel-err-saved-form-gone = The panel was saved, but a form it should use was deleted meanwhile. Edit the panel to pick another.
web-panel-err-gone = This panel does not exist (any more).
web-panel-err-channel = Pick a text channel of this server to post the panel in.

## Multi-panels

web-multipanels-title = Multi-panels
web-multipanels-intro = Several panels on one message: members pick the kind of ticket with a button or from a menu.
web-multipanels-empty = No multi-panels yet.
# $panels: the titles of its panels, joined by commas.
web-multipanels-shown-select = select menu: { $panels }
web-multipanels-shown-buttons = buttons: { $panels }
# The select menu's text when the server set none (the preview and the field's example).
web-multipanels-placeholder-default = Choose what your ticket is about
web-multipanels-customise = Customise
web-multipanels-placeholder = Select menu placeholder
web-multipanels-entries-caption = Each entry: empty parts show the panel's own (its button label and emoji; its title under a select option).
web-multipanels-entry-panel = Panel
web-multipanels-entry-label = Label
web-multipanels-entry-description = Description
web-multipanels-entry-emoji = Emoji
# Labels for screen readers; $panel: the panel's title.
web-multipanels-entry-label-of = Label of { $panel }
web-multipanels-entry-description-of = Description of { $panel }
web-multipanels-entry-emoji-of = Emoji of { $panel }
web-multipanels-embed = Its embed: link, author, images, footer, fields
web-multipanels-save-look = Save look
web-multipanels-edit = Edit
web-multipanels-field-title = Title
web-multipanels-field-text = Text
web-multipanels-field-colour = Colour
web-multipanels-field-panels = Panels
web-multipanels-field-layout = Layout
web-multipanels-layout-buttons = Buttons
web-multipanels-layout-select = Select menu
web-multipanels-save = Save
web-multipanels-post-in = Post in
web-multipanels-pick-channel = Pick a channel
web-multipanels-post = Post
web-multipanels-delete-confirm = Delete this multi-panel? Its panels stay.
web-multipanels-delete = Delete
web-multipanels-new = New multi-panel
# The new multi-panel's text as first filled in; the admin may change it.
web-multipanels-text-default = Pick the kind of help you need.
web-multipanels-panels-hint = 2 to 25
web-multipanels-create = Create multi-panel

## Multi-panels: why a change was refused

web-multipanels-err-gone = That multi-panel does not exist (any more).
# $title: the multi-panel's title, in quotes.
web-multipanels-err-title-taken = A multi-panel called { $title } already exists.
web-multipanels-err-deleted = That multi-panel was deleted meanwhile.
web-multipanels-err-too-few = A panel you picked was just deleted: a multi-panel holds 2 to 25 panels.
web-multipanels-err-no-channels = The channel list is not available right now.
web-multipanels-err-channel = Pick a text channel of this server.
web-multipanels-err-title = The title must be 1 to 100 characters.
web-multipanels-err-text = The text must be at most 4000 characters.
web-multipanels-err-panels = Pick panels from the list.
web-multipanels-err-panel-count = A multi-panel holds 2 to 25 panels.
web-multipanels-err-entry = Unknown entry.
web-multipanels-err-entry-gone = That panel is no longer on this multi-panel: reload the page.

## Forms

web-forms-title = Forms
# $max: how many questions a form may ask.
web-forms-intro = { $max ->
    [one] A form asks up to { $max } question in a pop-up before a ticket opens; the answers are shown in the ticket. Pick a panel's form in the panel editor.
   *[other] A form asks up to { $max } questions in a pop-up before a ticket opens; the answers are shown in the ticket. Pick a panel's form in the panel editor.
}
web-forms-delete-confirm = Delete this form? Panels using it will open tickets without questions.
web-forms-delete = Delete form
# A question in a form's list, then what it asks for, each after a comma: "short text, required, at least 10, at most 200".
web-forms-summary-short = short text
web-forms-summary-paragraph = paragraph text
web-forms-summary-required = required
web-forms-summary-min-length = at least { $min }
web-forms-summary-max-length = at most { $max }
# How many options a member picks: from $min to $max.
web-forms-summary-picks = { $min }–{ $max } picks
web-forms-move-up = Move up
web-forms-move-down = Move down
web-forms-remove-question = Remove question
web-forms-edit = Edit
web-forms-save-question = Save question
web-forms-add-question-open = Add a question
web-forms-add-question = Add question
web-forms-empty = No forms yet.
web-forms-new = New form
# An example form title.
web-forms-new-placeholder = Order problem
web-forms-create = Create form

## Forms: a question's fields

web-forms-question = Question
# An example question.
web-forms-question-placeholder = What is your order number?
web-forms-asks-for = Asks for
web-forms-description = Description
web-forms-description-placeholder = Shown under the question
web-forms-required = Required
web-forms-placeholder = Placeholder
web-forms-text-questions = Text questions
web-forms-answer = Answer
web-forms-answer-short = Short
web-forms-answer-paragraph = Paragraph
web-forms-min-length = Min length
web-forms-max-length = Max length
web-forms-choice-questions = Choice and picker questions
web-forms-min-picks = Min picks
web-forms-max-picks = Max picks
web-forms-options = Options (choice questions, up to 25)
web-forms-option-order = Order
web-forms-option-label = Label
web-forms-option-value = Value
web-forms-option-description = Description
web-forms-option-emoji = Emoji
web-forms-option-remove = Remove
# Labels for screen readers; $option: the option's label.
web-forms-option-order-of = Order of { $option }
web-forms-option-remove-of = Remove { $option }
# $number counts the blank rows from 1.
web-forms-new-option-order = Order of new option { $number }
web-forms-new-option = New option
web-forms-new-option-label = New option label
# A blank value is the option's label.
web-forms-new-option-value-placeholder = (the label)
web-forms-new-option-value = New option value
web-forms-new-option-description = New option description
web-forms-new-option-emoji = New option emoji
# <:name:id> is how a server's emoji is written: keep it as it is.
web-forms-options-help = Change the order numbers to reorder; tick Remove to drop an option; fill a blank row to add one (save to get more blank rows). Emoji: the emoji itself or a server emoji as <:name:id>.
web-forms-channel-questions = Channel questions: offer only

## Forms: what a question asks for, and the channel kinds a channel question offers

web-forms-kind-text = Text
web-forms-kind-choice = Choice from a list
web-forms-kind-user = Member picker
web-forms-kind-role = Role picker
web-forms-kind-mentionable = Member or role picker
web-forms-kind-channel = Channel picker
web-forms-channel-text = text
web-forms-channel-voice = voice
web-forms-channel-category = category
web-forms-channel-announcement = announcement
web-forms-channel-thread = thread
web-forms-channel-stage = stage
web-forms-channel-forum = forum

## Forms: why a change was refused

# $title: the form's title, in quotes.
web-forms-err-title-taken = A form called { $title } already exists.
web-forms-err-unknown-form = Unknown form.
web-forms-err-gone = That form does not exist (any more).
web-forms-err-min-length = The minimum length must be a number.
web-forms-err-max-length = The maximum length must be a number.
web-forms-err-min-picks = Minimum picks: a number from 0 to 25.
web-forms-err-max-picks = Maximum picks: a number from 0 to 25.
# $option: the option's label, in quotes.
web-forms-err-option-order = Option order of { $option }: a number.
web-forms-err-too-many-options = Options: at most { $max } (Discord's limit for a select menu).
web-forms-err-kind = Pick what the question asks for.
web-forms-err-style = Pick short or paragraph.
web-forms-err-unknown-question = Unknown question.
web-forms-err-question-moved = That question was removed or moved: reload the page.

## Tags

web-tags-title = Tags
# The intro reads: "Canned answers staff post with /tag name, with an optional embed. …";
# the command sits between the two parts.
web-tags-intro-before = Canned answers staff post with
web-tags-intro-after = , with an optional embed. Saving a tag with an existing name replaces it.
web-tags-name = Name
web-tags-text = Text
web-tags-embed-open = Embed (optional)
web-tags-embed-text = Embed text
web-tags-embed = Embed
web-tags-save = Save tag
web-tags-preview = Preview
web-tags-embed-preview = Embed preview
web-tags-empty = No tags yet.
# A badge next to a tag that has an embed.
web-tags-has-embed = embed
web-tags-edit = Edit
web-tags-delete-confirm = Delete this tag?
web-tags-delete = Delete

## Labels

web-labels-title = Labels
# The intro reads: "Staff put labels on tickets with /label add; the open-ticket …";
# the command sits between the two parts. $max: how many labels a server may have.
web-labels-intro-before = Staff put labels on tickets with
web-labels-intro-after = { $max ->
    [one] ; the open-ticket and transcript lists show them and filter by them, and transcripts keep them. Up to { $max } label.
   *[other] ; the open-ticket and transcript lists show them and filter by them, and transcripts keep them. Up to { $max } labels.
}
web-labels-name = Name
web-labels-colour = Colour
web-labels-add = Add label
web-labels-empty = No labels yet.
# For screen readers; $label: the label's name.
web-labels-colour-of = Colour of { $label }
web-labels-save-colour = Save colour
web-labels-delete-confirm = Delete this label? It is taken off every ticket.
web-labels-delete = Delete

## Labels: why a change was refused

web-labels-err-unknown = Unknown label.
