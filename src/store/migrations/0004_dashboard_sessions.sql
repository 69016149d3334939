-- ticketbox schema, migration 4: dashboard login.
-- Append-only: never edit this file once released; add 0005_*.sql instead.

-- An OAuth2 login under way: the `state` sent to Discord, the PKCE verifier, the nonce of the
-- browser that started it (its login cookie: a callback from another browser is refused), and
-- where to go after. One use each; rows older than ten minutes are refused and swept.
CREATE TABLE oauth_logins (
    state       TEXT    PRIMARY KEY,
    verifier    TEXT    NOT NULL,
    browser     TEXT    NOT NULL,
    next        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

-- Dashboard sessions. The cookie holds a random 256-bit id; only its SHA-256 is stored, so a
-- copy of the database cannot be used to log in. Discord's OAuth tokens are not kept.
CREATE TABLE sessions (
    id_hash       BLOB    PRIMARY KEY,
    user_id       INTEGER NOT NULL,
    username      TEXT    NOT NULL,
    csrf          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);

-- The support teams of a ticket's panel when its transcript was stored: who may read it stays
-- decided by those teams even if the panel is later deleted (panel_id becomes NULL).
CREATE TABLE transcript_teams (
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    team_id    INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, team_id)
) STRICT;
