# The dashboard's own pages: the home page, the first-run setup (for the operator installing
# ticketbox), the server list, login errors, the operator page, and a server's open tickets,
# transcript list, statistics (with their charts) and audit log (English, the source). Shown
# to the visitor in their language; what a server wrote (panel titles, label names, close
# reasons) and what the audit log recorded are never translated. Configuration keys
# (discord.client_id), file names (config.toml), environment variables, shell commands and
# slash commands (/open, /setup auto) are typed or looked up as they are: keep them unchanged.
# Some sentences are shown with a term in bold, as code or as a link: that term is a
# placeholder ({ $name }); move it where your language needs it.

## Home page

web-home-title = Home
web-home-running = ticketbox { $version } is running.
web-home-bot-connected = The bot is connected to Discord.
web-home-bot-connecting = The bot is connecting to Discord…
web-home-bot-stopped = The bot is stopped.
# { $name } is the logged-in visitor's Discord name.
web-home-logged-in-as = Logged in as { $name }
web-home-servers = Your servers
# A button, and the link in web-home-login-prompt and web-setup-done-login.
web-home-login = Log in with Discord
# { $login } is the button web-home-login.
web-home-login-prompt = { $login } to manage your servers and read transcripts.
# { $id } and { $secret } are configuration keys (discord.client_id, discord.client_secret).
web-home-login-needs = Dashboard login needs { $id } and { $secret }.
# Any page that does not exist (also the operator page for everyone else).
web-home-not-found = Page not found.

## First-run setup (the operator sets up the Discord bot)

web-setup-title = Set up
web-setup-intro = No Discord bot is configured yet. Three steps and ticketbox is running.
# The steps name Discord Developer Portal's pages, buttons and switches as Discord shows them
# (in English): { $portal } is "Discord Developer Portal" (a link), { $new } "New Application".
web-setup-step-app = Open the { $portal } and create a { $new }.
# { $bot } "Bot", { $reset } "Reset Token", { $intents } "Privileged Gateway Intents",
# { $members } "Server Members Intent", { $content } "Message Content Intent".
web-setup-step-bot = Under { $bot }: press { $reset } and copy the token. Below it, under { $intents }, switch on { $members } and { $content } and save.
# { $oauth } "OAuth2", { $id } "Client ID", { $secret } "Client Secret"; { $url } is the
# address to add as a redirect.
web-setup-step-oauth = Under { $oauth }: copy the { $id } and { $secret }, and add the redirect { $url } (for dashboard login).
web-setup-code = Setup code
# { $file } is the file name "setup-code", { $command } the shell command
# "ticketbox setup-code".
web-setup-code-hint = in ticketbox's log, and saved as { $file } in its data directory: on the server, { $command } prints it
web-setup-token = Bot token
web-setup-client-id = Client ID
web-setup-client-id-hint = empty: the application's ID
web-setup-client-secret = Client secret
web-setup-client-secret-hint = needed for dashboard login
web-setup-submit = Check and start the bot
# { $env } is "TICKETBOX_DISCORD__TOKEN", { $key } "discord.token", { $file } "config.toml",
# { $keyfile } "discord.token_file".
web-setup-files = Prefer configuration files? Set { $env } (or { $key } in { $file }, or { $keyfile }) and restart instead.
# { $file } is "setup.toml", { $config } "config.toml", { $env } "TICKETBOX_*" (environment
# variables whose names start so); { $url } is the dashboard's address.
web-setup-saved = The token is checked with Discord, then saved in the data directory ({ $file }, readable by ticketbox's user only). { $config } and { $env } variables override it. The dashboard will be at { $url }.
web-setup-already-done = ticketbox is already set up.
web-setup-too-many = Too many attempts from your address. Wait a minute and try again.
web-setup-expired = This form expired or did not come from this page. Reload the setup page and try again.
# `ticketbox setup-code` is a shell command: keep it unchanged.
web-setup-wrong-code = That setup code is not right. It is in ticketbox's log, and `ticketbox setup-code` prints it on the server.
# After setup. { $bot } is the bot's name on Discord.
web-setup-done-bot = The token belongs to { $bot }. The bot is starting.
# Followed by the button web-setup-done-add.
web-setup-done-invite = Next, invite it to your server:
web-setup-done-add = Add { $bot } to a server
# { $login } is the link web-home-login; { $auto } and { $open } are the slash commands
# "/setup auto" and "/open".
web-setup-done-login = Then log in to the dashboard: { $login }. In Discord, { $auto } creates a ticket category and a log channel, and { $open } works right away.

## Your servers

web-servers-title = Your servers
web-servers-none = You share no server with ticketbox yet. Invite the bot to a server you manage.
# The visitor's level in a server, next to its name.
web-servers-role-admin = admin
web-servers-role-support = support
web-servers-role-member = member

## Login errors

# { $id } and { $secret } are configuration keys (discord.client_id, discord.client_secret).
web-auth-not-configured = Dashboard login is not configured on this server: the operator must set { $id } and { $secret }.
web-auth-stale-login = This login link expired or was already used. Please log in again.
web-auth-discord-failed = Discord did not complete the login. Please try again.
web-auth-expired = This form expired. Reload the page and try again.
web-auth-too-many = Too many login attempts from your address. Wait a minute and try again.

## Operator page (the instance's operators only)

web-operator-title = Operator
web-operator-status = Status
# Followed by the bot's state as a code word (connected, connecting, stopped, failed).
web-operator-bot = Bot:
web-operator-jobs = Jobs pending: { $pending }, failed: { $failed }.
web-operator-storage = Storage: database { $database } bytes, cache { $cache } bytes.
web-operator-requests = Data requests
# { $command } is the slash command "/mydata".
web-operator-requests-hint = Filed with { $command }; answer within 30 days (overdue after 25).
# An empty list.
web-operator-none = None.
# Column headers of the data requests. The kind (export, delete) and state (open, …) below
# are shown as code words.
web-operator-col-kind = Kind
web-operator-col-user = User
web-operator-col-filed = Filed (UTC)
web-operator-col-due = Due (UTC)
web-operator-col-state = State
web-operator-overdue = overdue
# { $path } is a file path on the server.
web-operator-export-waits = export waits in { $path }
web-operator-sent-by-dm = sent by DM
web-operator-approve = Approve
web-operator-refuse = Refuse
web-operator-refuse-reason = reason (sent to them)
web-operator-refuse-label = Reason for refusing request { $id }
web-operator-jobs-failed = Failed jobs
# A failed background job: its id and how many times it was tried. English uses one form.
web-operator-job = job { $id }, { $count ->
       *[other] { $count } attempts
    }
web-operator-retry = Retry
web-operator-discard = Discard
web-operator-discard-confirm = Discard this job?
web-operator-backups = Backups
# { $when } is a date and time, or web-operator-backup-none.
web-operator-backup-last = Last good backup: { $when }.
web-operator-backup-none = none yet
# { $error } is the failure, in English.
web-operator-backup-failed = Last attempt failed: { $error }
web-operator-backup-now = Back up now
# How many stored objects a backup has. English uses one form.
web-operator-backup-objects = { $count ->
       *[other] { $count } objects
    }
# { $dir } and { $bucket } are configuration keys (backup.local_dir, backup.s3.bucket).
web-operator-backup-unset = No backup target: set { $dir } or { $bucket }.
web-operator-servers = Servers
web-operator-no-tickets = No tickets yet.
web-operator-col-server = Server
web-operator-col-open = Open
web-operator-col-total = All tickets
web-operator-actions = Operator actions
web-operator-none-yet = None yet.
web-operator-unknown-item = Unknown item.
web-operator-unknown-action = Unknown action.
web-operator-job-not-failed = Job { $id } is not a failed job.

## A server's open tickets

web-tickets-title = Open tickets
# The filters (also on the transcript list).
web-tickets-label = Label
# The filter's choice "no filter".
web-tickets-any = Any
web-tickets-filter = Filter
web-tickets-clear = Clear
# No open ticket at all; with a label picked ({ $label }, as the server named it); for a
# support member: only tickets of their teams are listed.
web-tickets-none = No open tickets. Nice work.
web-tickets-none-label = No open tickets labelled { $label }. Nice work.
web-tickets-none-teams = No open tickets for your teams. Nice work.
web-tickets-none-label-teams = No open tickets labelled { $label } for your teams. Nice work.
# Column headers (also on the transcript list).
web-tickets-col-subject = Subject
web-tickets-col-opener = Opener
web-tickets-col-claimed-by = Claimed by
web-tickets-col-panel = Panel
web-tickets-col-labels = Labels
web-tickets-col-age = Age
web-tickets-unclaimed = unclaimed
web-tickets-open-in-discord = Open in Discord
# A user whose data was deleted.
web-tickets-removed-user = removed user
# A user whose name is not known: { $id } is their Discord user ID.
web-tickets-user = user { $id }

## A server's transcripts

web-transcripts-title = Transcripts
web-transcripts-ticket = Ticket
web-transcripts-user-placeholder = username or ID
# A date range of the closing date: "Closed from [date] to [date]", two separate labels.
web-transcripts-closed-from = Closed from
web-transcripts-closed-to = to
web-transcripts-reason-placeholder = words in the close reason
web-transcripts-col-closed-by = Closed by
web-transcripts-col-closed = Closed (UTC)
web-transcripts-col-reason = Reason
web-transcripts-col-rating = Rating
web-transcripts-count = { $count ->
        [one] { $count } transcript
       *[other] { $count } transcripts
    }
# How many transcripts match, and the page shown (50 a page).
web-transcripts-count-page = { $count ->
        [one] { $count } transcript, page { $page }
       *[other] { $count } transcripts, page { $page }
    }
# The pager (also on the audit log): newer and older entries.
web-transcripts-newer = Newer
web-transcripts-older = Older
# Errors of the filters. { $name } and { $value } are what was typed, in quotes.
web-transcripts-members-unavailable = The member list is not available right now.
web-transcripts-several-members = Several members are called { $name }: use their username or user ID.
web-transcripts-no-member = No member called { $name } in this server: use their username or user ID.
# { $error } is one of the three messages above; { $field } says which filter it is about
# (web-transcripts-field-…).
web-transcripts-filter-error = { $error } ({ $field })
web-transcripts-field-opener = the opener
web-transcripts-field-closer = closed by
web-transcripts-field-claimed = claimed by
web-transcripts-bad-number = { $value } is not a ticket number.
# Keep the example date as it is (year-month-day).
web-transcripts-bad-from = The start date must be a date like 2026-01-31.
web-transcripts-bad-to = The end date must be a date like 2026-01-31.
web-transcripts-bad-panel = Pick a panel from the list.
web-transcripts-bad-rating = The rating must be 1 to 5 stars.

## A server's statistics

web-stats-title = Statistics
# { $when } is a date and time.
web-stats-as-of = As of { $when } UTC. Days are UTC days; first response times are known for tickets opened since ticketbox followed ticket activity.
# The figures at the top.
web-stats-open = Open tickets
web-stats-total = Total tickets
web-stats-opened-week = Opened in 7 days
web-stats-opened-month = Opened in 30 days
web-stats-average-rating = Average rating
# { $average } is a number with one decimal, like 4.5.
web-stats-rating-out-of-5 = { $average } / 5
# Also a heading.
web-stats-ratings = Ratings
web-stats-times = Response and resolution
web-stats-last-7-days = Last 7 days
# Also a heading.
web-stats-last-30-days = Last 30 days
web-stats-all-time = All time
# Rows of the response and resolution table, and columns of the day table.
web-stats-first-response = First response
web-stats-resolution = Resolution
# Durations over some tickets: { $average } and { $median } are durations like 2h 5m,
# { $count } how many tickets they are measured over.
web-stats-spread = { $average } avg · { $median } median ({ $count })
web-stats-no-data = no data yet
# { $average } is a number with one decimal, like 4.5; { $count } how many ratings.
web-stats-rating = { $average } / 5 ({ $count })
web-stats-no-ratings = no ratings yet
web-stats-response-time = First response time
web-stats-resolution-time = Resolution time
web-stats-days-table = The last 30 days as a table
web-stats-col-day = Day
web-stats-col-opened = Opened
web-stats-col-closed = Closed
web-stats-staff = Staff
web-stats-no-staff = No staff activity yet.
web-stats-col-member = Member
web-stats-col-claimed = Claimed
web-stats-col-answered = Answered
web-stats-col-their-response = Their first response
web-stats-col-claimed-rating = Rating of claimed tickets
# The charts, described for screen readers; { $count } is the number of days (30).
web-stats-chart-activity = { $count ->
        [one] Tickets opened and closed per day over the last day
       *[other] Tickets opened and closed per day over the last { $count } days
    }
web-stats-chart-response = { $count ->
        [one] First response time per day over the last day (median and average)
       *[other] First response time per day over the last { $count } days (median and average)
    }
web-stats-chart-resolution = { $count ->
        [one] Resolution time per day over the last day (median and average)
       *[other] Resolution time per day over the last { $count } days (median and average)
    }
web-stats-chart-ratings = How many ratings gave each number of stars
# The charts' series, in their legends and tooltips.
web-stats-series-opened = opened
web-stats-series-closed = closed
web-stats-series-median = median
web-stats-series-average = average

## Charts

# A bar's or point's tooltip: { $slot } is the day (like 01-31), { $series } a series name
# (web-stats-series-…), { $value } its figure.
web-chart-point = { $slot }: { $series } { $value }
# A bar's tooltip in the ratings chart: { $name } is the row (like 4 ★), { $value } its count.
web-chart-bar = { $name }: { $value }

## Audit log

web-audit-title = Audit log
web-audit-intro = Every change made on this dashboard: who, what and when (UTC).
web-audit-none = No changes yet.
# Column headers. The entries themselves are recorded in English.
web-audit-col-when = When
web-audit-col-who = Who
web-audit-col-what = What
web-audit-col-detail = Detail

## First-run setup refusals, and why the bot stopped (home and operator pages). The Developer
## Portal's own labels (Bot → Reset Token, Privileged Gateway Intents, SERVER MEMBERS INTENT,
## MESSAGE CONTENT INTENT, OAuth2 → Client ID) are English on Discord's side: keep them.
# { $error }: a technical reason, never translated.
web-setup-err-token-missing = Paste the bot token.
web-setup-err-token-shape = That does not look like a bot token: copy it again, without spaces.
web-setup-err-client-id = The client ID is a number (OAuth2 → Client ID).
web-setup-err-secret-shape = That does not look like a client secret: copy it again, without spaces.
web-setup-err-bad-token = Discord rejected this bot token. Copy it again from the Developer Portal (your application → Bot → Reset Token).
web-setup-err-unreachable = Discord could not be reached to check the token ({ $error }). Check this machine's internet access and try again.
web-setup-err-save = The settings could not be saved in the data directory. The log says why.
web-bot-failed-intents = Discord refused the gateway intents (close code 4014): open the Discord Developer Portal → your application → Bot → Privileged Gateway Intents, switch on SERVER MEMBERS INTENT and MESSAGE CONTENT INTENT, save, and restart ticketbox
web-bot-failed-token = Discord rejected the bot token (close code 4004): copy a fresh token from the Developer Portal (Bot → Reset Token) into discord.token and restart ticketbox
web-bot-failed-client = cannot build the Discord client: { $error }
web-bot-failed-connection = the Discord connection failed: { $error }
web-bot-failed-runtime = cannot start the Discord connection's thread: { $error }
web-bot-failed-thread = the Discord connection's thread ended unexpectedly

## Data requests on the operator page: refusals of an action, what was asked, its state.
# { $id }: the request's number.
web-operator-request-not-open = Request #{ $id } is not open.
web-operator-refuse-reason-length = Reason: 1 to 500 characters; it is sent to the requester.
web-operator-request-export = export
web-operator-request-delete = removal
web-operator-request-open = open
web-operator-request-approved = approved
web-operator-request-done = done
web-operator-request-refused = refused
