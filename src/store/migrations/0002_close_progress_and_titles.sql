-- ticketbox schema, migration 2.
-- Append-only: never edit this file once released; add 0003_*.sql instead.

-- What the close job has already done, so a retried close does not post its log embed, DM or
-- thread notice twice: bit 1 log posted, bit 2 opener messaged, bit 4 thread notice posted.
ALTER TABLE tickets ADD COLUMN close_progress INTEGER NOT NULL DEFAULT 0;

-- Titles are looked up case-insensitively, so they must be unique case-insensitively too.
CREATE UNIQUE INDEX panels_title_nocase ON panels (guild_id, lower(title));
CREATE UNIQUE INDEX forms_title_nocase ON forms (guild_id, lower(title));
CREATE UNIQUE INDEX multi_panels_title_nocase ON multi_panels (guild_id, lower(title));
