# Slash commands: descriptions, option descriptions (.opt-<option>) and choice names
# (.opt-<option>-choice-<name>); context-menu commands: their name.
# Generated from the commands' doc comments: do not edit (see README: Languages).

cmd-help = Lists ticketbox's commands.

cmd-open = Opens a support ticket.
    .opt-subject = What the ticket is about

cmd-start_ticket = Start ticket

cmd-open_for_user = Open ticket for user

cmd-close = Closes this ticket.
    .opt-reason = Why the ticket is closed

cmd-closerequest = Asks the opener to close this ticket, optionally closing it after a delay.
    .opt-delay = Close automatically after this many hours without an answer
    .opt-reason = Why the ticket should be closed

cmd-reopen = Reopens a closed thread-mode ticket.
    .opt-ticket = The ticket number

cmd-claim = Claims this ticket: you handle it from now on.

cmd-unclaim = Releases the claim on this ticket.

cmd-transfer = Hands this ticket's claim to another staff member.
    .opt-user = The staff member who takes over

cmd-add = Adds a user or role to this ticket.
    .opt-user = A user to add
    .opt-role = A role to add

cmd-remove = Removes a user or role from this ticket.
    .opt-user = A user to remove
    .opt-role = A role to remove

cmd-rename = Renames this ticket's channel.
    .opt-name = The new name

cmd-jumptotop = Links to the top of this ticket.

cmd-notes = Opens (or joins) the private staff notes thread of this ticket.

cmd-switchpanel = Moves this ticket to another panel (its support teams change with it).
    .opt-panel = The panel's title

cmd-addadmin = Makes a user or role a ticket admin.
    .opt-user = A user
    .opt-role = A role

cmd-removeadmin = Removes a ticket admin.
    .opt-user = A user
    .opt-role = A role

cmd-addsupport = Makes a user or role support staff.
    .opt-user = A user
    .opt-role = A role

cmd-removesupport = Removes support staff.
    .opt-user = A user
    .opt-role = A role

cmd-viewstaff = Lists this server's ticket admins and support staff.
    .opt-page = Page number

cmd-blacklist = Blacklists a user or role from opening tickets, or lifts it.
    .opt-user = A user
    .opt-role = A role
    .opt-reason = Why (shown to staff; kept with the entry)

cmd-setup = Ticket settings for this server.

cmd-setup-auto = Creates a ticket category and a private log channel, and uses them.

cmd-setup-limit = How many tickets a member may have open at once, and how many the server takes in all.
    .opt-limit = Open tickets per member, 1 to 100
    .opt-server_total = Open tickets in the whole server, 1 to 10000 (0 removes the cap)

cmd-setup-transcripts = Where closed tickets are logged.
    .opt-channel = The log channel

cmd-setup-use-threads = Open tickets as private threads instead of channels.
    .opt-enabled = Use private threads
    .opt-notification_channel = Where staff are told about new tickets
    .opt-archive_after = Archive a quiet ticket thread after (Discord's choices)
    .opt-archive_after-choice-1h = 1h
    .opt-archive_after-choice-24h = 24h
    .opt-archive_after-choice-3d = 3d
    .opt-archive_after-choice-7d = 7d

cmd-setup-users-can-close = Whether openers may close their own tickets.
    .opt-enabled = Let openers close their own tickets

cmd-setup-close-confirmation = Whether the Close button asks for confirmation.
    .opt-enabled = Ask for confirmation before closing

cmd-setup-naming = The ticket channel naming scheme (%id%, %id_padded%, %username%, %nickname%, %claimed%).
    .opt-scheme = e.g. ticket-%id% or %username%-%id_padded%

cmd-setup-welcome = The default welcome message (placeholders like %user% and %ticket_id% work).
    .opt-message = The message; leave empty to restore the default

cmd-setup-claim = What other support staff may do once a ticket is claimed.
    .opt-support_can_view = Other support staff still see claimed tickets
    .opt-support_can_type = Other support staff may still write in claimed tickets

cmd-setup-feedback = Asks openers to rate their ticket by DM after it closes.
    .opt-enabled = Whether openers are asked for a rating

cmd-setup-buttons = Which buttons new tickets' welcome messages show (the commands work either way).
    .opt-claim = Show the Claim button
    .opt-close = Show the Close button
    .opt-close_with_reason = Show the Close with reason button

cmd-setup-store-transcripts = Whether closed tickets' transcripts are kept (off: tickets close and are logged without one).
    .opt-enabled = Keep a transcript of every closed ticket

cmd-setup-open-command = Whether members may open tickets with /open (off: from panels only; staff always may).
    .opt-enabled = Members may use /open

cmd-setup-start-ticket = The Start ticket message menu: who may use it, adding the author, its panel.
    .opt-level = Who may use it
    .opt-level-choice-everyone = everyone
    .opt-level-choice-support-staff = support staff
    .opt-level-choice-admins = admins
    .opt-add_author = Add the message's author to the ticket
    .opt-panel = Open its tickets from this panel (its category, team, welcome)
    .opt-no_panel = Open its tickets without a panel

cmd-setup-permissions = What openers or support staff may do in ticket channels (off: denied there).
    .opt-who = Whose permissions
    .opt-who-choice-the-opener = the opener
    .opt-who-choice-support-staff = support staff
    .opt-attach_files = Attach files
    .opt-embed_links = Embed links
    .opt-add_reactions = Add reactions
    .opt-external_emoji = Use external emoji
    .opt-external_stickers = Use external stickers
    .opt-voice_messages = Send voice messages

cmd-setup-on-call = The on-call role: pick one, or leave it out to let ticketbox make one on the next /on-call.
    .opt-role = The role on-call staff wear (empty: ticketbox makes one)

cmd-setup-show = Shows every setting of this server.

cmd-autoclose = Closes tickets nobody answers, automatically.

cmd-autoclose-configure = Sets the auto-close rules. Durations like 30m, 12h or 3d; "off" turns a rule off.
    .opt-enabled = Whether tickets close automatically at all
    .opt-no_response = Close when the opener has not written since opening for this long
    .opt-since_last_message = Close when staff wrote last and the opener has not answered for this long
    .opt-on_leave = Close when the opener leaves the server
    .opt-warning = Post a warning this long before closing (off by default)

cmd-autoclose-exclude = Excludes this ticket from auto-close, or includes it again.

cmd-autoclose-show = Shows the auto-close rules.

cmd-stats = Ticket statistics.

cmd-stats-server = This server's ticket statistics.

cmd-stats-user = A staff member's ticket statistics.
    .opt-user = The staff member

cmd-panel = Manage ticket panels.

cmd-panel-create = Creates a panel.
    .opt-title = Title (unique in this server)
    .opt-text = Text of the panel (\n for a new line)
    .opt-colour = Colour, e.g. #5865F2
    .opt-button_label = Button label
    .opt-emoji = Button emoji
    .opt-style = primary, secondary, success or danger
    .opt-category = Category for its tickets
    .opt-naming = Naming scheme for its tickets
    .opt-welcome = Welcome message for its tickets
    .opt-support_role = Support team role: only it handles these tickets
    .opt-mention_role = Role to mention in new tickets
    .opt-mention_opener = Mention the opener in the welcome message
    .opt-mention_here = Mention @here (the ticket's staff) in the welcome message
    .opt-threads = Open these tickets as private threads
    .opt-limit = Open tickets per member from this panel
    .opt-cooldown_minutes = Minutes a member waits between tickets from this panel
    .opt-open_cap = Open tickets from this panel in all, any member (0: no cap)
    .opt-form = A form (see /form) asked before the ticket opens
    .opt-exit_survey = A form the opener may answer after rating a ticket ("Tell us more")
    .opt-awaiting_category = Category for tickets waiting on the opener (channel mode)

cmd-panel-edit = Changes a panel (only the options you give).
    .opt-title = The panel's current title
    .opt-new_title = A new title
    .opt-text = Text of the panel
    .opt-colour = Colour, e.g. #5865F2
    .opt-button_label = Button label
    .opt-emoji = Button emoji (empty to remove)
    .opt-style = primary, secondary, success or danger
    .opt-category = Category for its tickets
    .opt-naming = Naming scheme (empty for the server's)
    .opt-welcome = Welcome message (empty for the server's)
    .opt-support_role = Support team role: only it handles these tickets
    .opt-mention_opener = Mention the opener
    .opt-mention_here = Mention @here (the ticket's staff) in the welcome message
    .opt-threads = Open as private threads
    .opt-limit = Open tickets per member from this panel
    .opt-cooldown_minutes = Cooldown in minutes
    .opt-open_cap = Open tickets from this panel in all, any member (0: no cap)
    .opt-disabled = Disable the panel
    .opt-form = A form asked before the ticket opens (empty to remove)
    .opt-exit_survey = A form asked after rating ("Tell us more"; empty to remove)
    .opt-awaiting_category = Category for tickets waiting on the opener (channel mode)
    .opt-no_awaiting_category = Stop moving tickets to an awaiting-response category

cmd-panel-delete = Deletes a panel (tickets opened from it stay).
    .opt-title = The panel's title

cmd-panel-list = Lists this server's panels.

cmd-panel-send = Posts a panel in a channel.
    .opt-title = The panel's title
    .opt-channel = Where to post it (default: here)

cmd-panel-embed = Sets a panel's embed: link, author, images, footer, fields (`none` clears a part).
    .opt-title = The panel's title
    .opt-which = The panel message or its tickets' welcome message
    .opt-which-choice-panel-message = panel message
    .opt-which-choice-welcome-message = welcome message
    .opt-heading = Welcome message: its title (placeholders work)
    .opt-colour = Welcome message: its colour, #rrggbb
    .opt-url = The title's link (https://…)
    .opt-author = Author name
    .opt-author_icon = Author icon (image URL)
    .opt-author_url = Author link
    .opt-image = Large image under the text (image URL)
    .opt-thumbnail = Small image top right (image URL)
    .opt-footer = Footer text
    .opt-footer_icon = Footer icon (image URL)
    .opt-timestamp = Show the time it is sent
    .opt-add_field = Add a field: name | value, or name | value | inline
    .opt-clear_fields = Remove every field first
    .opt-reset = Start from an empty embed

cmd-panel-access = Sets who may open tickets from a panel: the first rule whose role a member has decides.
    .opt-title = The panel's title
    .opt-role = The role (@everyone for all other members)
    .opt-rule = Allow or deny members with the role, or remove its rule
    .opt-rule-choice-allow = allow
    .opt-rule-choice-deny = deny
    .opt-rule-choice-remove = remove
    .opt-position = Where in the order (1 = checked first; default: last)

cmd-panel-hours = Sets when a panel's staff are in (omit everything but the title to see them).
    .opt-title = The panel's title
    .opt-timezone = Time zone, e.g. Europe/Berlin or America/New_York
    .opt-windows = Windows, e.g. mon-fri 09:00-17:00; sat 10:00-14:00
    .opt-holidays = Days off, e.g. 2026-12-24..2026-12-26 Christmas; 2027-01-01
    .opt-outside = Outside the hours
    .opt-outside-choice-refuse-new-tickets = refuse new tickets
    .opt-outside-choice-open-and-tell-when-staff-are-back = open and tell when staff are back
    .opt-message = Notice; %next_open% and %next_open_relative% say when staff are back
    .opt-colour = The notice's colour, #rrggbb
    .opt-remove = Remove the hours: always open

cmd-panel-log = Where a panel's closed tickets are logged (TicketsBot's per-panel transcript channel).
    .opt-title = The panel's title
    .opt-channel = Log its closed tickets here instead of the server's log channel
    .opt-server_log = Use the server's log channel again

cmd-form = Manage forms.

cmd-form-create = Creates an empty form.
    .opt-title = Title shown on the form (1-45 characters)

cmd-form-add-input = Adds a question to a form.
    .opt-form = The form's title
    .opt-label = The question (1-45 characters)
    .opt-kind = What it asks for (default: text)
    .opt-kind-choice-text = text
    .opt-kind-choice-choice-options = choice (options)
    .opt-kind-choice-member = member
    .opt-kind-choice-role = role
    .opt-kind-choice-member-or-role = member or role
    .opt-kind-choice-channel = channel
    .opt-description = Shown under the question
    .opt-style = Text: short or paragraph
    .opt-required = Must be answered (default yes)
    .opt-min_length = Text: minimum answer length
    .opt-max_length = Text: maximum answer length
    .opt-placeholder = Hint shown in the empty field
    .opt-options = Choice: options split by ; each label | description | emoji
    .opt-min_picks = Choice and pickers: fewest picks (default 1)
    .opt-max_picks = Choice and pickers: most picks (default 1)
    .opt-channel_types = Channel: kinds offered, e.g. text, voice, thread (default all)

cmd-form-delete = Deletes a form (panels using it open tickets without questions).
    .opt-form = The form's title

cmd-form-list = Lists the forms and their questions.

cmd-multipanel = Manage multi-panels.

cmd-multipanel-create = Creates a multi-panel from existing panels.
    .opt-title = Title (unique in this server)
    .opt-panels = Panel titles, separated by commas
    .opt-select_menu = Show a select menu instead of buttons
    .opt-text = Text of the message
    .opt-colour = Colour, e.g. #5865F2

cmd-multipanel-customise = Sets a multi-panel's placeholder, embed images and footer, and one entry's look.
    .opt-title = The multi-panel's title
    .opt-placeholder = The select menu's text before a choice
    .opt-image = Large image (image URL)
    .opt-thumbnail = Small image top right (image URL)
    .opt-footer = Footer text
    .opt-panel = An entry to change: the panel's title
    .opt-label = The entry's label here (none: the panel's)
    .opt-description = Under the entry in a select menu (none: the panel's title)
    .opt-emoji = The entry's emoji here (none: the panel's)

cmd-multipanel-send = Posts a multi-panel in a channel.
    .opt-title = The multi-panel's title
    .opt-channel = Where to post it (default: here)

cmd-multipanel-delete = Deletes a multi-panel (its panels stay).
    .opt-title = The multi-panel's title

cmd-multipanel-list = Lists the multi-panels.

cmd-tag = Posts a saved answer.
    .opt-name = The tag

cmd-managetags = Manage saved answers.

cmd-managetags-add = Saves a tag (replacing one of the same name).
    .opt-name = Name
    .opt-content = Text (\n for a new line)

cmd-managetags-embed = Sets the embed sent with a tag (`none` clears a part).
    .opt-name = The tag
    .opt-title = Embed title
    .opt-description = Embed text (\n for a new line)
    .opt-colour = Colour, #rrggbb
    .opt-url = The title's link (https://…)
    .opt-image = Large image (image URL)
    .opt-thumbnail = Small image top right (image URL)
    .opt-footer = Footer text
    .opt-add_field = Add a field: name | value, or name | value | inline
    .opt-remove = Remove the embed

cmd-managetags-delete = Deletes a tag.
    .opt-name = The tag

cmd-managetags-list = Lists the tags.

cmd-label = Labels on tickets: add, remove, list, and (admins) create, colour, delete.

cmd-label-add = Puts a label on this ticket.
    .opt-label = The label

cmd-label-remove = Takes a label off this ticket.
    .opt-label = The label

cmd-label-list = Lists the server's labels (and this ticket's, inside a ticket).

cmd-label-create = Defines a label staff can put on tickets.
    .opt-name = Its name
    .opt-colour = Colour, e.g. #5865F2

cmd-label-colour = Changes a label's colour.
    .opt-label = The label
    .opt-colour = Colour, e.g. #5865F2

cmd-label-delete = Deletes a label and takes it off every ticket.
    .opt-label = The label

cmd-language = Sets the language the bot uses in this server.
    .opt-code = The bot's language in this server
    .opt-code-choice-english = English
    .opt-code-choice-deutsch = Deutsch
    .opt-code-choice-fran-ais = Français
    .opt-code-choice-espa-ol = Español
    .opt-code-choice-portugu-s-do-brasil = Português do Brasil
    .opt-code-choice-nederlands = Nederlands
    .opt-code-choice-polski = Polski
    .opt-code-choice-t-rk-e = Türkçe
    .opt-code-choice-discord-s-server-language = Discord's server language
    .opt-member_languages = Answer each member privately in their own Discord language

cmd-on-call = Puts you on call (new thread tickets add you), or off call.

cmd-mydata = Your data held by this ticketbox: ask for a copy, or for its removal.

cmd-mydata-export = Ask for a copy of everything this ticketbox holds about you.

cmd-mydata-delete = Ask for everything this ticketbox holds about you to be removed.
