-- ticketbox schema, migration 19: a panel's welcome message may mention @here.
-- Append-only: never edit this file once released; add 0020_*.sql instead.

ALTER TABLE panels ADD COLUMN mention_here INTEGER NOT NULL DEFAULT 0 CHECK (mention_here IN (0, 1));
