-- ticketbox schema, migration 25: two of TicketsBot's switches. `store_transcripts` off:
-- tickets still close and are logged, no transcript is kept. `disable_open_command` on:
-- members open tickets from panels only (staff may still use /open).
ALTER TABLE guild_settings ADD COLUMN store_transcripts INTEGER NOT NULL DEFAULT 1
    CHECK (store_transcripts IN (0, 1));
ALTER TABLE guild_settings ADD COLUMN disable_open_command INTEGER NOT NULL DEFAULT 0
    CHECK (disable_open_command IN (0, 1));
