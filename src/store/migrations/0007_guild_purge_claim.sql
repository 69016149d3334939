-- 0007: a guild purge claims the guild before it deletes anything. Once claimed, the purge
-- runs to the end even if the bot is added back meanwhile (its stored transcripts may already
-- be partly deleted), so rows and archive never disagree; a restart resumes a claimed purge.
ALTER TABLE guilds ADD COLUMN purge_started_at INTEGER;
