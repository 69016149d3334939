-- 0010: a long job (archive rekey handed over by the CLI) reports how far it got, as JSON the
-- waiting command prints; NULL for jobs that do not report progress.
ALTER TABLE jobs ADD COLUMN progress TEXT;
