-- ticketbox schema, migration 21: form questions beyond text (TicketsBot's form input types
-- and `form_input_option`). A question is text, a choice from options (a string select), or a
-- member, role, mentionable or channel picker, with a description under its label. Discord's
-- limits (Components → Label, Text Input, String Select, the other selects): a select's
-- placeholder may be 150 characters, so the table is rebuilt with the wider check.

CREATE TABLE form_inputs_new (
    id             INTEGER PRIMARY KEY,
    form_id        INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position BETWEEN 0 AND 4),
    label          TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 45),
    kind           TEXT    NOT NULL DEFAULT 'text'
                   CHECK (kind IN ('text', 'choice', 'user', 'role', 'mentionable', 'channel')),
    description    TEXT CHECK (description IS NULL OR length(description) <= 100),
    style          TEXT    NOT NULL CHECK (style IN ('short', 'paragraph')),
    required       INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    min_length     INTEGER CHECK (min_length BETWEEN 0 AND 4000),
    max_length     INTEGER CHECK (max_length BETWEEN 1 AND 4000),
    placeholder    TEXT CHECK (placeholder IS NULL OR length(placeholder) <= 150),
    min_values     INTEGER CHECK (min_values BETWEEN 0 AND 25),
    max_values     INTEGER CHECK (max_values BETWEEN 1 AND 25),
    -- Channel questions: the offered kinds, comma-separated (empty: all).
    channel_types  TEXT    NOT NULL DEFAULT '',
    UNIQUE (form_id, position)
) STRICT;

INSERT INTO form_inputs_new (id, form_id, position, label, style, required, min_length,
                             max_length, placeholder)
SELECT id, form_id, position, label, style, required, min_length, max_length, placeholder
FROM form_inputs;

DROP TABLE form_inputs;
ALTER TABLE form_inputs_new RENAME TO form_inputs;

-- A choice question's options, in order (at most 25, Discord's limit).
CREATE TABLE form_input_options (
    input_id     INTEGER NOT NULL REFERENCES form_inputs(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 24),
    label        TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    value        TEXT    NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
    description  TEXT CHECK (description IS NULL OR length(description) <= 100),
    emoji        TEXT CHECK (emoji IS NULL OR length(emoji) <= 100),
    PRIMARY KEY (input_id, position)
) STRICT;
