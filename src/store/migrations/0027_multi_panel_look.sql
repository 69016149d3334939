-- ticketbox schema, migration 27: how a multi-panel looks (JSON of
-- domain::multi_panel_look::MultiPanelLook: the select menu's placeholder, the rest of its
-- embed, per-entry label/description/emoji overrides by panel id). NULL: the defaults.
ALTER TABLE multi_panels ADD COLUMN look TEXT;
