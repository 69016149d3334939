-- ticketbox schema, migration 12: ratings after a close.
-- Append-only: never edit this file once released; add 0013_*.sql instead.

-- The close summary in the log channel, edited in place when the opener rates the ticket.
ALTER TABLE tickets ADD COLUMN log_channel_id INTEGER;
ALTER TABLE tickets ADD COLUMN log_message_id INTEGER;
-- The rating request by DM: delivered, or not (DMs closed, no server shared any more).
ALTER TABLE tickets ADD COLUMN feedback_dm TEXT CHECK (feedback_dm IN ('sent', 'undeliverable'));
-- A rating can be changed for a while after the close: the last change counts.
ALTER TABLE feedback ADD COLUMN updated_at INTEGER;
