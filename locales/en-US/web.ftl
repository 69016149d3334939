# The dashboard's frame: header, language picker, tabs, confirmations, error pages
# (English, the source). Shown to the visitor in their language; what a server wrote (panel
# titles, welcome messages) is never translated.

## Header and language picker

web-log-out = Log out
# The language picker's label (read by screen readers) and its button.
web-language = Language
web-language-apply = Change
web-language-unknown = That language is not offered here.

## A server's tabs

web-tab-tickets = Open tickets
web-tab-transcripts = Transcripts
web-tab-stats = Statistics
web-tab-settings = Settings
web-tab-panels = Panels
web-tab-multipanels = Multi-panels
web-tab-forms = Forms
web-tab-staff = Staff & teams
web-tab-tags = Tags
web-tab-labels = Labels
web-tab-integrations = Integrations
web-tab-audit = Audit log

## Confirmations after a change

web-done-saved = Saved.
web-done-created = Created.
web-done-deleted = Deleted.
web-done-sent = Posted in Discord.
web-done-added = Added.
web-done-removed = Removed.
web-done-moved = Moved.
web-done-blacklisted = Blacklisted.
web-done-unblacklisted = Removed from the blacklist.

## How long ago (short, in lists)

web-age-days = { $count } d
web-age-hours = { $count } h
web-age-minutes = { $count } min

## Error pages: their titles (HTTP statuses) and texts

web-status-400 = Bad request
web-status-401 = Unauthorized
web-status-403 = Forbidden
web-status-404 = Not found
web-status-408 = Request timeout
web-status-413 = Too large
web-status-422 = Not saved
web-status-429 = Too many requests
web-status-500 = Internal server error
web-status-502 = Bad gateway
web-status-503 = Service unavailable
web-guild-not-found = No such server, or you may not manage it.
web-form-expired = This form expired or did not come from this dashboard. Reload the page and try again.
web-internal-error = Something went wrong on our side. It has been logged.
