-- ticketbox schema, migration 17: why someone was blacklisted.
-- Append-only: never edit this file once released; add 0018_*.sql instead.

ALTER TABLE blacklist ADD COLUMN reason TEXT;
