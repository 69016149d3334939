-- ticketbox schema, migration 31: data requests people file from Discord (/mydata export,
-- /mydata delete), handled by the instance's operators within 30 days, and the instance's own
-- audit log (what operators did on the operator page or the command line).
CREATE TABLE data_requests (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('export', 'delete')),
    requested_at  INTEGER NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'open'
                  CHECK (state IN ('open', 'approved', 'done', 'refused')),
    handled_by    INTEGER,             -- the operator (0: the command line)
    handled_at    INTEGER,
    reason        TEXT,                -- a refusal's reason
    delivery      TEXT                 -- export: 'dm' (sent), 'page' (waits on the operator page)
) STRICT;
-- One open request of each kind per person.
CREATE UNIQUE INDEX data_requests_one_open ON data_requests (user_id, kind)
    WHERE state IN ('open', 'approved');
CREATE TABLE instance_audit (
    id       INTEGER PRIMARY KEY,
    user_id  INTEGER NOT NULL,         -- the operator (0: the command line)
    action   TEXT    NOT NULL,
    detail   TEXT    NOT NULL,
    at       INTEGER NOT NULL
) STRICT;
