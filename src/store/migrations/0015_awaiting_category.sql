-- ticketbox schema, migration 15: the awaiting-response category.
-- Append-only: never edit this file once released; add 0016_*.sql instead.

-- In channel mode a panel may name a category for tickets waiting on the opener.
ALTER TABLE panels ADD COLUMN awaiting_category_id INTEGER;
-- Where the ticket channel is ('awaiting', or 'home': NULL until its first move), when it last
-- moved (moves are at least ten minutes apart), and the category it came from.
ALTER TABLE tickets ADD COLUMN awaiting_place TEXT CHECK (awaiting_place IN ('home', 'awaiting'));
ALTER TABLE tickets ADD COLUMN awaiting_moved_at INTEGER;
ALTER TABLE tickets ADD COLUMN home_category_id INTEGER;
