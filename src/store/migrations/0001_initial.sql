-- ticketbox schema, migration 1: everything the ticket features need.
-- Append-only: never edit this file once released; add 0002_*.sql instead.
-- Conventions: Discord snowflakes are INTEGER; times are INTEGER unix milliseconds (UTC);
-- booleans are INTEGER 0/1; "target" columns hold a user or role id with target_kind saying which.

-- Guilds the bot has seen. left_at is set when the bot is removed; the purge job uses it.
CREATE TABLE guilds (
    guild_id       INTEGER PRIMARY KEY,
    first_seen_at  INTEGER NOT NULL,
    left_at        INTEGER
) STRICT;

-- Per-guild settings. A guild without a row uses the defaults below (TicketsBot's defaults).
CREATE TABLE guild_settings (
    guild_id                        INTEGER PRIMARY KEY,
    ticket_category_id              INTEGER,
    overflow_category_id            INTEGER,
    log_channel_id                  INTEGER,
    use_threads                     INTEGER NOT NULL DEFAULT 0 CHECK (use_threads IN (0, 1)),
    thread_notification_channel_id  INTEGER,
    ticket_limit                    INTEGER NOT NULL DEFAULT 5 CHECK (ticket_limit BETWEEN 1 AND 100),
    users_can_close                 INTEGER NOT NULL DEFAULT 1 CHECK (users_can_close IN (0, 1)),
    close_confirmation              INTEGER NOT NULL DEFAULT 1 CHECK (close_confirmation IN (0, 1)),
    naming_scheme                   TEXT    NOT NULL DEFAULT 'ticket-%id%',
    welcome_message                 TEXT,            -- NULL: the built-in default
    claim_support_can_view          INTEGER NOT NULL DEFAULT 1 CHECK (claim_support_can_view IN (0, 1)),
    claim_support_can_type          INTEGER NOT NULL DEFAULT 0 CHECK (claim_support_can_type IN (0, 1)),
    feedback_enabled                INTEGER NOT NULL DEFAULT 0 CHECK (feedback_enabled IN (0, 1)),
    dm_on_close                     INTEGER NOT NULL DEFAULT 1 CHECK (dm_on_close IN (0, 1)),
    updated_at                      INTEGER NOT NULL
) STRICT;

-- Admins and support staff, as users or roles.
CREATE TABLE staff (
    guild_id     INTEGER NOT NULL,
    target_id    INTEGER NOT NULL,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('user', 'role')),
    level        TEXT    NOT NULL CHECK (level IN ('admin', 'support')),
    added_by     INTEGER,
    added_at     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, target_id, level)
) STRICT;

CREATE TABLE support_teams (
    id        INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    UNIQUE (guild_id, name)
) STRICT;

CREATE TABLE support_team_members (
    team_id      INTEGER NOT NULL REFERENCES support_teams(id) ON DELETE CASCADE,
    target_id    INTEGER NOT NULL,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('user', 'role')),
    PRIMARY KEY (team_id, target_id)
) STRICT;

CREATE TABLE blacklist (
    guild_id     INTEGER NOT NULL,
    target_id    INTEGER NOT NULL,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('user', 'role')),
    added_by     INTEGER,
    added_at     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, target_id)
) STRICT;

-- Forms: up to 5 inputs each (Discord's modal limit).
CREATE TABLE forms (
    id        INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL,
    title     TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 45),
    UNIQUE (guild_id, title)
) STRICT;

CREATE TABLE form_inputs (
    id           INTEGER PRIMARY KEY,
    form_id      INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 4),
    label        TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 45),
    style        TEXT    NOT NULL CHECK (style IN ('short', 'paragraph')),
    required     INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    min_length   INTEGER CHECK (min_length BETWEEN 0 AND 4000),
    max_length   INTEGER CHECK (max_length BETWEEN 1 AND 4000),
    placeholder  TEXT CHECK (placeholder IS NULL OR length(placeholder) <= 100),
    UNIQUE (form_id, position)
) STRICT;

CREATE TABLE panels (
    id               INTEGER PRIMARY KEY,
    guild_id         INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    content          TEXT    NOT NULL DEFAULT '',
    colour           INTEGER NOT NULL DEFAULT 5793266,   -- 0x5865F2, Discord blurple
    button_label     TEXT    NOT NULL DEFAULT 'Open a ticket',
    button_emoji     TEXT,
    button_style     TEXT    NOT NULL DEFAULT 'primary' CHECK (button_style IN ('primary', 'secondary', 'success', 'danger')),
    category_id      INTEGER,                            -- NULL: the guild's ticket category
    naming_scheme    TEXT,                               -- NULL: the guild's scheme
    welcome_message  TEXT,                               -- NULL: the guild's welcome message
    mention_opener   INTEGER NOT NULL DEFAULT 1 CHECK (mention_opener IN (0, 1)),
    form_id          INTEGER REFERENCES forms(id) ON DELETE SET NULL,
    use_threads      INTEGER CHECK (use_threads IN (0, 1)),  -- NULL: the guild's mode
    ticket_limit     INTEGER CHECK (ticket_limit BETWEEN 1 AND 100),
    cooldown_secs    INTEGER NOT NULL DEFAULT 0 CHECK (cooldown_secs >= 0),
    disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    channel_id       INTEGER,                            -- where it was last sent
    message_id       INTEGER,
    created_at       INTEGER NOT NULL,
    UNIQUE (guild_id, title)
) STRICT;
CREATE INDEX panels_guild ON panels (guild_id);

CREATE TABLE panel_support_teams (
    panel_id  INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    team_id   INTEGER NOT NULL REFERENCES support_teams(id) ON DELETE CASCADE,
    PRIMARY KEY (panel_id, team_id)
) STRICT;

CREATE TABLE panel_mention_roles (
    panel_id  INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    role_id   INTEGER NOT NULL,
    PRIMARY KEY (panel_id, role_id)
) STRICT;

CREATE TABLE multi_panels (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    title        TEXT    NOT NULL,
    content      TEXT    NOT NULL DEFAULT '',
    colour       INTEGER NOT NULL DEFAULT 5793266,
    select_menu  INTEGER NOT NULL DEFAULT 0 CHECK (select_menu IN (0, 1)),
    channel_id   INTEGER,
    message_id   INTEGER,
    created_at   INTEGER NOT NULL,
    UNIQUE (guild_id, title)
) STRICT;

CREATE TABLE multi_panel_members (
    multi_panel_id  INTEGER NOT NULL REFERENCES multi_panels(id) ON DELETE CASCADE,
    panel_id        INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    PRIMARY KEY (multi_panel_id, panel_id)
) STRICT;

-- The last ticket number handed out per guild. Bumped in the same transaction that inserts
-- the ticket row, so numbers are unique and gap-free under concurrent opens.
CREATE TABLE ticket_counters (
    guild_id     INTEGER PRIMARY KEY,
    last_number  INTEGER NOT NULL CHECK (last_number >= 0)
) STRICT;

-- state: opening (number reserved, Discord work under way) → open → closing (archive job
-- pending) → closed; opening → aborted when the Discord work failed and was rolled back.
CREATE TABLE tickets (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL,
    number              INTEGER NOT NULL CHECK (number >= 1),
    state               TEXT    NOT NULL CHECK (state IN ('opening', 'open', 'closing', 'closed', 'aborted')),
    opener_id           INTEGER NOT NULL,
    panel_id            INTEGER REFERENCES panels(id) ON DELETE SET NULL,
    subject             TEXT,
    channel_id          INTEGER,               -- the ticket channel or thread
    is_thread           INTEGER NOT NULL DEFAULT 0 CHECK (is_thread IN (0, 1)),
    notes_thread_id     INTEGER,
    join_message_id     INTEGER,               -- thread mode: the staff notification message
    welcome_message_id  INTEGER,
    source_message_id   INTEGER,               -- "Start ticket" context menu: the linked message
    source_channel_id   INTEGER,
    claimed_by          INTEGER,
    opened_at           INTEGER NOT NULL,
    last_activity_at    INTEGER,
    closed_at           INTEGER,
    has_transcript      INTEGER NOT NULL DEFAULT 0 CHECK (has_transcript IN (0, 1)),
    UNIQUE (guild_id, number)
) STRICT;
CREATE UNIQUE INDEX tickets_channel ON tickets (channel_id) WHERE channel_id IS NOT NULL;
CREATE INDEX tickets_open_by_opener ON tickets (guild_id, opener_id) WHERE state IN ('opening', 'open');
CREATE INDEX tickets_by_state ON tickets (guild_id, state);
-- A double click (or two entry points at once) never opens two tickets for one panel.
CREATE UNIQUE INDEX tickets_one_opening ON tickets (guild_id, opener_id, ifnull(panel_id, 0)) WHERE state = 'opening';

-- Users and roles added to a ticket besides the opener and the panel's teams.
CREATE TABLE ticket_members (
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    target_id    INTEGER NOT NULL,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('user', 'role')),
    added_by     INTEGER NOT NULL,
    added_at     INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, target_id)
) STRICT;

-- Answers to a panel's form, with the label as it was when answered.
CREATE TABLE ticket_form_answers (
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, position)
) STRICT;

-- Who closed a ticket and why.
CREATE TABLE close_reasons (
    ticket_id  INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    closed_by  INTEGER NOT NULL,
    reason     TEXT
) STRICT;

-- /closerequest: staff ask the opener; an optional delay closes it automatically (a job).
CREATE TABLE close_requests (
    ticket_id     INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    requested_by  INTEGER NOT NULL,
    reason        TEXT,
    close_at      INTEGER,
    message_id    INTEGER,
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE tags (
    guild_id    INTEGER NOT NULL,
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 32),
    content     TEXT    NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
    created_by  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, name)
) STRICT;

CREATE TABLE feedback (
    ticket_id   INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT,
    created_at  INTEGER NOT NULL
) STRICT;

-- Durable work that must survive restarts (archive, delayed close, auto-close, purge).
-- dedupe_key makes enqueueing idempotent: one archive job per ticket, however often asked.
CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,
    payload       TEXT    NOT NULL,       -- JSON
    state         TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_run_at   INTEGER NOT NULL,
    locked_until  INTEGER,
    last_error    TEXT,
    dedupe_key    TEXT UNIQUE,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX jobs_due ON jobs (state, next_run_at);
