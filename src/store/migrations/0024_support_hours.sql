-- ticketbox schema, migration 24: a panel's support hours (JSON of
-- domain::support_hours::SupportHours: IANA time zone, weekly windows, holidays, what happens
-- outside the hours, the notice and its colour). NULL: always open.
ALTER TABLE panels ADD COLUMN support_hours TEXT;
