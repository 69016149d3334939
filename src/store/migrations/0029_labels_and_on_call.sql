-- ticketbox schema, migration 29: ticket labels and thread mode's on-call staff.
-- Labels a server defines (name kept as typed, unique without case; colour 0xRRGGBB) and the
-- labels on each ticket. Deleting a label takes it off every ticket; transcripts keep the
-- names they were archived with.
CREATE TABLE labels (
    id        INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    colour    INTEGER NOT NULL CHECK (colour BETWEEN 0 AND 16777215),
    UNIQUE (guild_id, name COLLATE NOCASE)
) STRICT;
CREATE TABLE ticket_labels (
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    label_id   INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, label_id)
) STRICT;
CREATE INDEX ticket_labels_by_label ON ticket_labels (label_id);
-- The on-call role (made by ticketbox on first use, or chosen by an admin) and who is on call:
-- `/on-call` keeps this list and the role in step; new thread tickets add these members.
ALTER TABLE guild_settings ADD COLUMN on_call_role_id INTEGER;
CREATE TABLE on_call (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    since     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) STRICT;
