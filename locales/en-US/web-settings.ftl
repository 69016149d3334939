# The dashboard's settings pages: ticket settings (with Start ticket, permissions and
# on-call), the welcome embed, the embed editor shared by panels, tags and the welcome embed,
# staff and teams (with the blacklist), and integrations (English, the source). Shown to the
# visitor in their language; what a server wrote (panel titles, team names, welcome messages)
# is never translated. Words between percent signs (%user%, %ticket_id%) and slash commands
# (/claim, /on-call) are typed as they are: keep them unchanged.

## Ticket settings: the page and its first form

web-settings-title = Settings
web-settings-heading = Ticket settings

# Which language the bot speaks in the server (not the dashboard's language).
web-settings-language = Language
web-settings-language-label = The bot's language in this server
web-settings-language-hint = welcome and close messages, buttons, logs; what you write yourself is never translated
# The choice "no language set": { $language } is the own name of the server's Discord
# language (like "Deutsch").
web-settings-language-discord = Discord's server language ({ $language })
web-settings-member-language = Answer each member privately in their own Discord language

web-settings-where = Where tickets go
web-settings-ticket-category = Ticket category
# "Tickets" is the name of the channel category the bot creates.
web-settings-ticket-category-none = Create "Tickets" on first use
web-settings-overflow-category = Overflow category
web-settings-overflow-category-hint = used when the ticket category is full (50 channels)
web-settings-overflow-category-none = Create one when needed
web-settings-log-channel = Log channel
web-settings-log-channel-hint = closed tickets and their transcript links
web-settings-log-channel-none = No log channel
web-settings-use-threads = Open tickets as private threads instead of channels
web-settings-thread-notification = Thread notification channel
web-settings-thread-notification-hint = where staff are told about new thread tickets
web-settings-thread-notification-none = None
web-settings-thread-archive = Archive a quiet ticket thread after
# The choices of the setting above (1 or 24 hours, 3 or 7 days).
web-settings-thread-archive-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
web-settings-thread-archive-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# A channel a setting names that the bot cannot see (deleted, or not loaded yet); shown
# after a "#". { $id } is its Discord ID.
web-settings-unknown-channel = unknown channel { $id }

web-settings-opening = Opening
web-settings-ticket-limit = Open tickets per member
web-settings-ticket-limit-hint = 1–100, staff are exempt
web-settings-open-cap = Open tickets in the whole server
web-settings-open-cap-hint = any member; empty for no cap, staff are exempt
web-settings-naming = Channel naming
web-settings-welcome = Welcome message
# %user%, %ticket_id% and %server% are typed as they are.
web-settings-welcome-hint = empty for the default; %user%, %ticket_id%, %server% and more work
# Followed by a link to the welcome embed page ("Welcome embed") and a full stop.
web-settings-welcome-embed = Its embed (title, images, footer, fields):

web-settings-claiming = Claiming and closing
web-settings-claim-support-can-view = Other support staff still see claimed tickets
web-settings-claim-support-can-type = Other support staff may still write in claimed tickets
web-settings-users-can-close = Openers may close their own tickets
# "Close", "Close with reason" and "Claim" are the buttons of a ticket's welcome message.
web-settings-close-confirmation = The Close button asks for confirmation
web-settings-dm-on-close = Send the opener a summary by DM when their ticket closes
web-settings-feedback = Ask the opener to rate the ticket by DM after it closes (if they wrote in it and are not staff)
web-settings-hide-close = Hide the Close button on new tickets
web-settings-hide-close-with-reason = Hide the Close with reason button
# Followed by "(/claim still works)", built from web-settings-hide-claim-command.
web-settings-hide-claim = Hide the Claim button
# Shown in parentheses after the command /claim: "(/claim still works)".
web-settings-hide-claim-command = still works
# Followed by "(/open for staff)", built from web-settings-disable-open-command.
web-settings-disable-open = Members open tickets from panels only
# Shown in parentheses after the command /open: "(/open for staff)".
web-settings-disable-open-command = for staff
web-settings-no-transcripts = Keep no transcripts (tickets still close and are logged)

web-settings-autoclose = Auto-close
web-settings-autoclose-enabled = Close tickets automatically by the rules below
web-settings-autoclose-no-response = No response from the opener since opening
# 30m, 12h and 3d are typed as they are (minutes, hours, days).
web-settings-autoclose-no-response-hint = like 30m, 12h or 3d; empty: off
web-settings-autoclose-since-last = No answer from the opener since staff last wrote
web-settings-autoclose-since-last-hint = empty: off
web-settings-autoclose-on-leave = Close when the opener leaves the server
web-settings-autoclose-warning = Warn this long before closing
web-settings-autoclose-warning-hint = empty: no warning; shorter than every rule
web-settings-save-settings = Save settings

# Why the form was not saved.
web-settings-pick-ticket-category = Pick the ticket category from the list.
web-settings-pick-overflow-category = Pick the overflow category from the list.
web-settings-pick-log-channel = Pick the log channel from the list.
web-settings-pick-notification-channel = Pick the notification channel from the list.
web-settings-pick-language = Pick the language from the list.
web-settings-ticket-limit-number = The ticket limit must be a number between 1 and 100.

## Ticket settings: the second form (Start ticket, permissions, on-call)

web-settings-access-heading = Start ticket, permissions and on-call
# "Start ticket" is the name of the bot's entry in Discord's message menu (Apps).
web-settings-start-ticket = "Start ticket" message menu
web-settings-start-ticket-level = Who may use it
web-settings-level-everyone = Everyone
web-settings-level-support = Support staff and admins
web-settings-level-admin = Admins
web-settings-start-ticket-add-author = Add the message's author to the ticket
web-settings-start-ticket-panel = Panel its tickets use
web-settings-start-ticket-panel-hint = category, team, welcome, form
web-settings-start-ticket-no-panel = No panel (the server's settings)

web-settings-permissions = Ticket permissions
web-settings-permissions-hint = in ticket channels; unticked is denied
# Column headers: who a permission is for.
web-settings-permissions-opener = Opener
web-settings-permissions-support = Support staff
# Read by screen readers for each box; { $permission } is one of the permissions below
# (like "attach files").
web-settings-opener-may = Opener may { $permission }
web-settings-support-may = Support staff may { $permission }
# What a member may do in a ticket channel (Discord's permissions), in lower case.
web-settings-permission-attach-files = attach files
web-settings-permission-embed-links = embed links
web-settings-permission-add-reactions = add reactions
web-settings-permission-external-emoji = use external emoji
web-settings-permission-external-stickers = use external stickers
web-settings-permission-voice-messages = send voice messages

web-settings-on-call = On-call (thread tickets)
web-settings-on-call-role = On-call role
# The hint after "On-call role", around the command /on-call: "staff run /on-call to wear
# it; …".
web-settings-on-call-role-hint-before = staff run
web-settings-on-call-role-hint-after = to wear it; new thread tickets add those on call. It must sit below ticketbox's highest role.
# /on-call is a command, typed as it is.
web-settings-on-call-role-none = Made by ticketbox on the first /on-call
web-settings-save = Save

# Why the second form was not saved.
web-settings-start-ticket-level-invalid = Start ticket, used by: pick everyone, support staff or admins.
web-settings-start-ticket-panel-invalid = Start ticket, panel: pick one of this server's panels.
web-settings-on-call-role-invalid = On-call role: pick a role from the list.

## Welcome embed

web-welcome-title = Welcome embed
# The link back to the settings page.
web-welcome-settings = Settings
# %user%, %ticket_id% and %server% are typed as they are.
web-welcome-intro = The embed around the server's welcome message, for tickets whose panel sets none (a panel's own is in the panel editor). Placeholders such as %user%, %ticket_id% and %server% work in every text.
web-welcome-legend = Embed
web-welcome-save = Save welcome embed
web-welcome-preview = Preview
web-welcome-preview-note = Preview (placeholders as typed)
web-welcome-images-note = Images are named, not loaded: the dashboard requests nothing from other sites.

## The embed editor (welcome embeds, panels, tags) and its preview

web-embed-title = Title
# %ticket_id% is typed as it is.
web-embed-title-hint = placeholders work; empty for "Ticket #%ticket_id%"
web-embed-colour = Colour
# #rrggbb: a colour typed in hexadecimal, like #5865f2.
web-embed-colour-hint = #rrggbb; empty for the panel's
web-embed-url = Title link
web-embed-author = Author
web-embed-author-icon = Author icon
web-embed-icon-hint = image URL
web-embed-author-url = Author link
web-embed-image = Image
web-embed-image-hint = large, under the text
web-embed-thumbnail = Thumbnail
web-embed-thumbnail-hint = small, top right
web-embed-footer = Footer
web-embed-footer-icon = Footer icon
web-embed-timestamp = Show the time it was sent
# "Remove" is the last column's header (web-embed-remove).
web-embed-fields-caption = Fields (up to 25): change the order numbers to reorder, tick Remove to drop one, fill a blank row to add one.
# Column headers of the fields table.
web-embed-order = Order
web-embed-name = Name
web-embed-value = Value
web-embed-inline = Inline
web-embed-remove = Remove
# Read by screen readers; { $number } is the row's number.
web-embed-field-order = Order of field { $number }
web-embed-field-name = Field { $number } name
web-embed-field-value = Field { $number } value
web-embed-field-inline = Field { $number } inline
web-embed-field-remove = Remove field { $number }
# The preview names images instead of loading them; { $host } is a web site's name.
web-embed-preview-thumbnail = thumbnail
web-embed-preview-links-to = links to { $host }
web-embed-preview-image = image from { $host }
web-embed-preview-time = the time it is sent
# Why an embed was not saved.
web-embed-colour-invalid = Embed colour: a hex colour like #5865F2.
web-embed-order-invalid = Embed field { $number }: the order is a number.

## Staff & teams

web-staff-title = Staff & teams
web-staff-role = Role
# Between the role list and the member field: pick a role or type a member.
web-staff-or = or
web-staff-member = Member
web-staff-member-placeholder = username or user ID
# The "×" button after an entry, read by screen readers.
web-staff-remove = Remove
web-staff-intro = The server owner and members with the Administrator permission are always admins.
web-staff-admins = Admins
web-staff-no-admins = No admin entries.
web-staff-support = Support
web-staff-no-support = No support entries.
# Before the level list: add (role or member) as Support or Admin.
web-staff-as = as
web-staff-level-support = Support
web-staff-level-admin = Admin
web-staff-add = Add
web-staff-teams = Support teams
web-staff-teams-intro = A panel with teams is handled by those teams only; their members are support staff.
web-staff-no-members = No members.
web-staff-add-to-team = Add to team
web-staff-delete-team-confirm = Delete this team? Its panels will be handled by all support staff.
web-staff-delete-team = Delete team
web-staff-new-team = New team
# An example team name, shown in the empty field.
web-staff-new-team-placeholder = Billing
web-staff-create = Create
web-staff-blacklist = Blacklist
web-staff-blacklist-intro = Blacklisted members and roles cannot open tickets. Staff cannot be blacklisted.
web-staff-nobody-blacklisted = Nobody is blacklisted.
web-staff-reason = Reason
web-staff-reason-placeholder = optional, shown to staff
# The button that blacklists.
web-staff-blacklist-button = Blacklist
# A role that no longer exists; { $id } is its Discord ID.
web-staff-deleted-role = @deleted role { $id }
# Why a change was not made.
web-staff-unknown-action = Unknown action.
web-staff-unknown-entry = Unknown entry.
web-staff-roles-unavailable = The role list is not available right now.
web-staff-pick-role = Pick a role from the list.
web-staff-role-or-member = Pick a role or type a member's name, one of the two.
web-staff-pick-level = Pick admin or support.
web-staff-own-admin = You cannot remove your own admin entry here; ask another admin.
web-staff-team-name = A team name must be 1 to 100 characters.
web-staff-staff-not-blacklisted = Staff cannot be blacklisted.
web-staff-already-blacklisted = Already blacklisted.
web-staff-no-such-team = That team does not exist (any more).

## Integrations

web-integrations-title = Integrations
web-integrations-intro = Integrations add facts from other services to the welcome message of new tickets. Nothing is sent anywhere unless you enable it here, and an integration is only called when the welcome message uses one of its placeholders. Every call is in the audit log.
# Followed by the placeholders' names (%roblox_username%, …) and a full stop.
web-integrations-roblox-intro = Sends the opener's Discord user ID (and this server's ID) to the provider, then asks Roblox for the account it names.
web-integrations-roblox-placeholders = Placeholders:
web-integrations-roblox-enabled = Look openers up on Roblox
# Which provider is asked first (Bloxlink or RoVer).
web-integrations-roblox-first = Ask first
web-integrations-bloxlink-key = Bloxlink API key
web-integrations-rover-key = RoVer API key
web-integrations-key-saved = saved; type a new one to replace it
web-integrations-key-not-set = not set
web-integrations-save = Save
web-integrations-own = This server's integrations
web-integrations-new = New integration
web-integrations-none-yet = None yet.
web-integrations-public = Public integrations
web-integrations-public-intro = Made by other servers on this ticketbox and shared by its operators. Read what each receives and its privacy policy before enabling it.
web-integrations-none = None.
# Badges after an integration's name.
web-integrations-badge-enabled = enabled
web-integrations-badge-public = public
web-integrations-image = Image (not loaded here): { $url }
# { $data }: what the integration is sent, like "the opener's Discord user ID" (several
# are separated by "; "), or web-integrations-receives-nothing.
web-integrations-receives = Receives: { $data }.
web-integrations-receives-nothing = nothing from Discord
web-integrations-privacy-policy = Privacy policy
web-integrations-no-privacy-policy = No privacy policy given.
web-integrations-last-error = Last call failed: { $error }
# { $error }: why (often in English); { $time }: a date and time.
web-integrations-error-at = { $error } ({ $time } UTC)
web-integrations-disable = Disable
web-integrations-enable = Enable
web-integrations-edit = Edit
web-integrations-delete-confirm = Delete this integration? Servers that enabled it lose it.
web-integrations-delete = Delete
web-integrations-make-private = Make private
# Only the ticketbox's operators see this button.
web-integrations-make-public = Make public (operator)

# The editor.
web-integrations-edit-title = Edit integration
# { $name }: the integration's name.
web-integrations-edit-heading = Edit { $name }
web-integrations-edit-intro = When a ticket opens and the welcome message uses one of its placeholders, ticketbox sends this request and reads the placeholders from its JSON answer (at most 64 KiB, within the timeout; otherwise each placeholder's fallback is used).
# Followed by the placeholders a request can use: "%user_id%, %guild_id%, …, %secret:NAME%
# and %form:question%", then web-integrations-edit-form-answer.
web-integrations-edit-can-use = A request can use
# Before the last of the placeholders listed.
web-integrations-edit-and = and
# After %form:question%: what it stands for.
web-integrations-edit-form-answer = (the opener's answer to a text or choice question).
web-integrations-edit-public-only = Only public addresses can be called.
web-integrations-about = About
web-integrations-name = Name
web-integrations-description = Description
web-integrations-image-url = Image URL
web-integrations-optional = optional
web-integrations-privacy-url = Privacy policy URL
web-integrations-privacy-url-hint = shown to servers that add it
# The HTTP request the integration sends.
web-integrations-request = Request
web-integrations-method = Method
web-integrations-url = URL
web-integrations-body = JSON body
web-integrations-body-hint = POST only; placeholders inside quotes
web-integrations-timeout = Timeout in seconds
# HTTP headers.
web-integrations-headers = Headers
web-integrations-up-to-5 = up to 5
web-integrations-value = Value
# Read by screen readers; { $number } is the row's number.
web-integrations-header-name = Header name { $number }
web-integrations-header-value = Header value { $number }
web-integrations-secrets = Secrets
# %secret:NAME% is typed as it is (NAME: the secret's name).
web-integrations-secrets-hint = up to 5; used as %secret:NAME%; never shown again — leave a value empty to keep it
web-integrations-secret-name = Secret name { $number }
web-integrations-secret-value = Secret value { $number }
# Shown in the empty field of a secret whose value is stored.
web-integrations-secret-saved = saved
web-integrations-placeholders = Placeholders
# %name% stands for the placeholder's name as written in the welcome message.
web-integrations-placeholders-hint = up to 15: %name% in the welcome message, read from the answer
web-integrations-json-path = JSON path
web-integrations-fallback = Fallback
web-integrations-placeholder-name = Placeholder { $number }
web-integrations-placeholder-path = Path { $number }
web-integrations-placeholder-fallback = Fallback { $number }
web-integrations-save-integration = Save integration
web-integrations-cancel = Cancel
# Why a change was not made.
web-integrations-not-found = This integration does not exist (any more).
# { $name }: the secret's name.
web-integrations-secret-too-long = Secret { $name }: at most 1,000 characters.
web-integrations-unknown = Unknown integration.
web-integrations-operators-only = Only this ticketbox's operators can make an integration public.
web-integrations-unknown-action = Unknown action.
web-integrations-pick-first = First provider: pick Bloxlink or RoVer.
