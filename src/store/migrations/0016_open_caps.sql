-- ticketbox schema, migration 16: caps on open tickets, per server and per panel.
-- Append-only: never edit this file once released; add 0017_*.sql instead.

-- How many tickets may be open at once in all (any member; staff are exempt). NULL: no cap.
ALTER TABLE guild_settings ADD COLUMN open_cap INTEGER CHECK (open_cap IS NULL OR open_cap > 0);
ALTER TABLE panels ADD COLUMN open_cap INTEGER CHECK (open_cap IS NULL OR open_cap > 0);
