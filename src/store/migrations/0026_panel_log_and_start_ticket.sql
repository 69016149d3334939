-- ticketbox schema, migration 26: a panel's own log channel (TicketsBot's per-panel
-- transcript channel; NULL: the server's), and the "Start ticket" message menu's settings:
-- who may use it, whether it adds the message's author, and which panel its tickets use.
ALTER TABLE panels ADD COLUMN log_channel_id INTEGER;
ALTER TABLE guild_settings ADD COLUMN start_ticket_level TEXT NOT NULL DEFAULT 'everyone'
    CHECK (start_ticket_level IN ('everyone', 'support', 'admin'));
ALTER TABLE guild_settings ADD COLUMN start_ticket_add_author INTEGER NOT NULL DEFAULT 1
    CHECK (start_ticket_add_author IN (0, 1));
ALTER TABLE guild_settings ADD COLUMN start_ticket_panel_id INTEGER;
