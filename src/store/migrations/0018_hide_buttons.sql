-- ticketbox schema, migration 18: TicketsBot's switches to hide the welcome message's buttons.
-- Append-only: never edit this file once released; add 0019_*.sql instead.

ALTER TABLE guild_settings ADD COLUMN hide_claim_button INTEGER NOT NULL DEFAULT 0 CHECK (hide_claim_button IN (0, 1));
ALTER TABLE guild_settings ADD COLUMN hide_close_button INTEGER NOT NULL DEFAULT 0 CHECK (hide_close_button IN (0, 1));
ALTER TABLE guild_settings ADD COLUMN hide_close_with_reason_button INTEGER NOT NULL DEFAULT 0 CHECK (hide_close_with_reason_button IN (0, 1));
