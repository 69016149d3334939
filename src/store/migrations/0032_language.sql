-- ticketbox schema, migration 32: the server's language. `language`: a Discord locale code the
-- admin chose (`/language`, dashboard); NULL follows the server's Discord preferred locale.
-- `member_language` on: ephemeral replies follow each member's own Discord language.
ALTER TABLE guild_settings ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) <= 16);
ALTER TABLE guild_settings ADD COLUMN member_language INTEGER NOT NULL DEFAULT 1
    CHECK (member_language IN (0, 1));
