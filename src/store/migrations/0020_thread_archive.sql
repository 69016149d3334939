-- ticketbox schema, migration 20: how long a quiet thread ticket stays in the channel list
-- (Discord's auto_archive_duration: 60, 1440, 4320 or 10080 minutes).
-- Append-only: never edit this file once released; add 0021_*.sql instead.

ALTER TABLE guild_settings ADD COLUMN thread_archive_minutes INTEGER NOT NULL DEFAULT 10080
    CHECK (thread_archive_minutes IN (60, 1440, 4320, 10080));
