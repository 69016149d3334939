-- ticketbox schema, migration 3: the transcript archive and removal requests.
-- Append-only: never edit this file once released; add 0004_*.sql instead.

-- The newest message the stored transcript holds: before the channel goes, the close job
-- checks nothing was written after it (or archives again).
ALTER TABLE tickets ADD COLUMN archived_through INTEGER;

-- Who appears in each stored transcript (authors, mentioned users, opener, claimer, closer),
-- so a removal request finds the transcripts to rewrite without opening every one.
CREATE TABLE transcript_participants (
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
) STRICT;
CREATE INDEX transcript_participants_user ON transcript_participants (user_id);

-- Export and removal requests, with their dates, so each can be shown to be completed in time.
CREATE TABLE privacy_requests (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('export', 'purge', 'guild_purge')),
    subject_id    INTEGER NOT NULL,       -- the user (export, purge) or guild (guild_purge)
    requested_at  INTEGER NOT NULL,
    completed_at  INTEGER,
    detail        TEXT
) STRICT;
