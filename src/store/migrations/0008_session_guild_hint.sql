-- 0008: where a dashboard session looks for the user's servers. At login Discord lists the
-- user's guilds (OAuth2 scope `guilds`); the ones the bot is in are kept here, space-separated,
-- as a hint of which guilds to check. Never an authority: membership and roles come from the
-- bot's cache, filled on demand. Deleted with the session.
ALTER TABLE sessions ADD COLUMN guild_hint TEXT NOT NULL DEFAULT '';
