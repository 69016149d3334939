-- 0005: the dashboard's audit log. Every change made on the dashboard is recorded with who
-- made it (user id and the name they had then), what and when. Kept with the guild's data:
-- removed with the guild's purge; a user's purge anonymises their rows.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    username  TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    at        INTEGER NOT NULL
) STRICT;
CREATE INDEX audit_log_by_guild ON audit_log (guild_id, id);
CREATE INDEX audit_log_by_user ON audit_log (user_id);
