-- ticketbox schema, migration 30: integrations. Server-made HTTP integrations (owned by the
-- server that made it; `public` ones, marked by an instance operator, can be added by other
-- servers), their secrets (sealed with the owner's guild key, never shown again), which
-- servers enabled which integration, the Roblox providers' settings (API keys sealed), and a
-- record of every call (whose ID was sent where and when — for exports and removal; never the
-- answer).
CREATE TABLE integrations (
    id              INTEGER PRIMARY KEY,
    owner_guild_id  INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    description     TEXT    NOT NULL DEFAULT '',
    image_url       TEXT    NOT NULL DEFAULT '',
    privacy_url     TEXT    NOT NULL DEFAULT '',
    method          TEXT    NOT NULL CHECK (method IN ('GET', 'POST')),
    url             TEXT    NOT NULL,
    body            TEXT    NOT NULL DEFAULT '',
    headers         TEXT    NOT NULL DEFAULT '[]',   -- JSON [[name, value template], …]
    outputs         TEXT    NOT NULL DEFAULT '[]',   -- JSON [{name, path, fallback}, …]
    timeout_secs    INTEGER NOT NULL DEFAULT 3 CHECK (timeout_secs BETWEEN 1 AND 10),
    public          INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    created_by      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    last_error      TEXT,
    last_error_at   INTEGER
) STRICT;
CREATE INDEX integrations_by_owner ON integrations (owner_guild_id);
CREATE TABLE integration_secrets (
    integration_id  INTEGER NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    sealed          BLOB    NOT NULL,
    PRIMARY KEY (integration_id, name)
) STRICT;
CREATE TABLE guild_integrations (
    guild_id        INTEGER NOT NULL,
    integration_id  INTEGER NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    enabled_by      INTEGER NOT NULL,
    enabled_at      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, integration_id)
) STRICT;
CREATE TABLE roblox_settings (
    guild_id        INTEGER PRIMARY KEY,
    enabled         INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    first_provider  TEXT    NOT NULL DEFAULT 'bloxlink' CHECK (first_provider IN ('bloxlink', 'rover')),
    bloxlink_key    BLOB,
    rover_key       BLOB
) STRICT;
CREATE TABLE integration_calls (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    integration     TEXT    NOT NULL,   -- its name, or "Bloxlink", "RoVer", "Roblox"
    user_id         INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    outcome         TEXT    NOT NULL,   -- "200", "timeout", "refused: …"
    duration_ms     INTEGER NOT NULL
) STRICT;
CREATE INDEX integration_calls_by_user ON integration_calls (user_id);
CREATE INDEX integration_calls_by_guild ON integration_calls (guild_id, at);
