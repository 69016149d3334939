-- 0009: the user an audit entry is about (a staff entry, a team member, a blacklisting made
-- by someone else) has a column of its own, so a removal on request finds and anonymises those
-- entries with a query instead of a text search. Entries recorded before carry the target in
-- their detail as `user:<id>` (at its start): copied over here.
ALTER TABLE audit_log ADD COLUMN target_user INTEGER;
UPDATE audit_log
   SET target_user = CAST(substr(detail, 6, instr(substr(detail, 6) || ' ', ' ') - 1) AS INTEGER)
 WHERE detail LIKE 'user:%';
CREATE INDEX audit_log_by_target ON audit_log (target_user) WHERE target_user IS NOT NULL;
