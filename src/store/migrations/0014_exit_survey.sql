-- ticketbox schema, migration 14: exit surveys (TicketsBot's `exit_survey_form_id`).
-- Append-only: never edit this file once released; add 0015_*.sql instead.

-- A panel may name one of the guild's forms as its exit survey: after rating a ticket opened
-- from it, the opener gets "Tell us more", which opens that form.
ALTER TABLE panels ADD COLUMN exit_survey_form_id INTEGER REFERENCES forms(id) ON DELETE SET NULL;

-- The opener's answers, one row per question as it was asked (the form may change later).
CREATE TABLE exit_survey_answers (
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    question     TEXT NOT NULL,
    answer       TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX exit_survey_answers_user ON exit_survey_answers (user_id);
