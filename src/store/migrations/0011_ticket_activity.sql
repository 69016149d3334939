-- ticketbox schema, migration 11: what happens inside tickets, and auto-close.
-- Append-only: never edit this file once released; add 0012_*.sql instead.

-- From the gateway's MESSAGE_CREATE (bots' messages do not count). `activity_from` is when
-- following began: the open for tickets opened from this version on, NULL for older tickets,
-- whose first response stays unknown rather than guessed.
ALTER TABLE tickets ADD COLUMN activity_from INTEGER;
ALTER TABLE tickets ADD COLUMN last_message_at INTEGER;
ALTER TABLE tickets ADD COLUMN last_message_id INTEGER;
ALTER TABLE tickets ADD COLUMN last_message_kind TEXT
    CHECK (last_message_kind IN ('opener', 'staff', 'other'));
ALTER TABLE tickets ADD COLUMN opener_last_message_at INTEGER;
ALTER TABLE tickets ADD COLUMN first_response_at INTEGER;
ALTER TABLE tickets ADD COLUMN first_response_by INTEGER;

-- Auto-close, per ticket: excluded by `/autoclose exclude`, the last "Keep open" press, when
-- the opener was seen to leave, and the deadline the last warning announced (with its message).
ALTER TABLE tickets ADD COLUMN autoclose_excluded INTEGER NOT NULL DEFAULT 0
    CHECK (autoclose_excluded IN (0, 1));
ALTER TABLE tickets ADD COLUMN keep_open_at INTEGER;
ALTER TABLE tickets ADD COLUMN opener_left_at INTEGER;
ALTER TABLE tickets ADD COLUMN autoclose_warned_for INTEGER;
ALTER TABLE tickets ADD COLUMN autoclose_warning_id INTEGER;

-- Everyone who wrote in a ticket (bots aside): how often, first and last time, and whether
-- they were staff when they last wrote.
CREATE TABLE ticket_participants (
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    is_staff    INTEGER NOT NULL DEFAULT 0 CHECK (is_staff IN (0, 1)),
    messages    INTEGER NOT NULL DEFAULT 0,
    first_at    INTEGER NOT NULL,
    last_at     INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ticket_participants_user ON ticket_participants (user_id);

-- Older tickets: their participants are those their stored transcripts name (what can be
-- derived; counts and times stay unknown, so 0 and the ticket's own times).
INSERT OR IGNORE INTO ticket_participants (ticket_id, user_id, is_staff, messages, first_at, last_at)
    SELECT p.ticket_id, p.user_id, 0, 0, t.opened_at, coalesce(t.closed_at, t.opened_at)
    FROM transcript_participants p JOIN tickets t ON t.id = p.ticket_id
    WHERE p.user_id != 0;

-- TicketsBot's auto-close settings, per guild. Durations in seconds; NULL turns a rule off.
-- `changed_at`: tickets already overdue when the rules changed get a grace period.
CREATE TABLE autoclose_settings (
    guild_id                 INTEGER PRIMARY KEY,
    enabled                  INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    no_response_secs         INTEGER CHECK (no_response_secs >= 60),
    since_last_message_secs  INTEGER CHECK (since_last_message_secs >= 60),
    on_leave                 INTEGER NOT NULL DEFAULT 0 CHECK (on_leave IN (0, 1)),
    warning_secs             INTEGER CHECK (warning_secs >= 60),
    changed_at               INTEGER NOT NULL
) STRICT;
