-- ticketbox schema, migration 33: the language a data request was filed in (a Discord locale
-- code of a shipped language, the one `/mydata` answered in), so that the DMs about it (export
-- sent, refused, removal) reach the person in that language. NULL (older requests): English.
ALTER TABLE data_requests ADD COLUMN language TEXT
    CHECK (language IS NULL OR length(language) <= 16);
