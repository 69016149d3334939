-- ticketbox schema, migration 23: a panel's access rules (TicketsBot's access control). In
-- order: the first rule whose role the member has decides (allow or deny); no match allows.
CREATE TABLE panel_access_rules (
    panel_id  INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position BETWEEN 0 AND 14),
    role_id   INTEGER NOT NULL,
    allow     INTEGER NOT NULL CHECK (allow IN (0, 1)),
    PRIMARY KEY (panel_id, position)
) STRICT;
