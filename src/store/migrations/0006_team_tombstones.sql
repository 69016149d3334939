-- 0006: deleted support teams stay as tombstones (renamed, without members) so their id is
-- never given to a new team: transcripts record the ids of the teams that may read them, and a
-- reused id would hand a deleted team's transcripts to the new one.
ALTER TABLE support_teams ADD COLUMN deleted_at INTEGER;
