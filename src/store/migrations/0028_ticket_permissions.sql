-- ticketbox schema, migration 28: TicketsBot's ticket permissions. The permission bits (of
-- attach files, embed links, add reactions, external emoji and stickers, voice messages)
-- turned off for openers and for support staff in ticket channels; 0: none off.
ALTER TABLE guild_settings ADD COLUMN opener_denied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE guild_settings ADD COLUMN support_denied INTEGER NOT NULL DEFAULT 0;
