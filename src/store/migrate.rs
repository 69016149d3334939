//! Numbered, append-only migrations embedded in the binary.
//!
//! Each migration runs in its own transaction and is recorded in `schema_migrations` with a
//! checksum of its SQL, so an edited migration is detected instead of silently diverging.
//! A database that has a migration this binary does not know was written by a newer
//! ticketbox and is refused.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::StoreError;

/// One schema step.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, in order. Append only.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sql: include_str!("migrations/0001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "close_progress_and_titles",
        sql: include_str!("migrations/0002_close_progress_and_titles.sql"),
    },
    Migration {
        version: 3,
        name: "archive_and_privacy",
        sql: include_str!("migrations/0003_archive_and_privacy.sql"),
    },
    Migration {
        version: 4,
        name: "dashboard_sessions",
        sql: include_str!("migrations/0004_dashboard_sessions.sql"),
    },
    Migration {
        version: 5,
        name: "audit_log",
        sql: include_str!("migrations/0005_audit_log.sql"),
    },
    Migration {
        version: 6,
        name: "team_tombstones",
        sql: include_str!("migrations/0006_team_tombstones.sql"),
    },
    Migration {
        version: 7,
        name: "guild_purge_claim",
        sql: include_str!("migrations/0007_guild_purge_claim.sql"),
    },
    Migration {
        version: 8,
        name: "session_guild_hint",
        sql: include_str!("migrations/0008_session_guild_hint.sql"),
    },
    Migration {
        version: 9,
        name: "audit_target",
        sql: include_str!("migrations/0009_audit_target.sql"),
    },
    Migration {
        version: 10,
        name: "job_progress",
        sql: include_str!("migrations/0010_job_progress.sql"),
    },
    Migration {
        version: 11,
        name: "ticket_activity",
        sql: include_str!("migrations/0011_ticket_activity.sql"),
    },
    Migration {
        version: 12,
        name: "feedback",
        sql: include_str!("migrations/0012_feedback.sql"),
    },
    Migration {
        version: 13,
        name: "stats_index",
        sql: include_str!("migrations/0013_stats_index.sql"),
    },
    Migration {
        version: 14,
        name: "exit_survey",
        sql: include_str!("migrations/0014_exit_survey.sql"),
    },
    Migration {
        version: 15,
        name: "awaiting_category",
        sql: include_str!("migrations/0015_awaiting_category.sql"),
    },
    Migration {
        version: 16,
        name: "open_caps",
        sql: include_str!("migrations/0016_open_caps.sql"),
    },
    Migration {
        version: 17,
        name: "blacklist_reason",
        sql: include_str!("migrations/0017_blacklist_reason.sql"),
    },
    Migration {
        version: 18,
        name: "hide_buttons",
        sql: include_str!("migrations/0018_hide_buttons.sql"),
    },
    Migration {
        version: 19,
        name: "mention_here",
        sql: include_str!("migrations/0019_mention_here.sql"),
    },
    Migration {
        version: 20,
        name: "thread_archive",
        sql: include_str!("migrations/0020_thread_archive.sql"),
    },
    Migration {
        version: 21,
        name: "form_questions",
        sql: include_str!("migrations/0021_form_questions.sql"),
    },
    Migration {
        version: 22,
        name: "embeds",
        sql: include_str!("migrations/0022_embeds.sql"),
    },
    Migration {
        version: 23,
        name: "panel_access_rules",
        sql: include_str!("migrations/0023_panel_access_rules.sql"),
    },
    Migration {
        version: 24,
        name: "support_hours",
        sql: include_str!("migrations/0024_support_hours.sql"),
    },
    Migration {
        version: 25,
        name: "setting_switches",
        sql: include_str!("migrations/0025_setting_switches.sql"),
    },
    Migration {
        version: 26,
        name: "panel_log_and_start_ticket",
        sql: include_str!("migrations/0026_panel_log_and_start_ticket.sql"),
    },
    Migration {
        version: 27,
        name: "multi_panel_look",
        sql: include_str!("migrations/0027_multi_panel_look.sql"),
    },
    Migration {
        version: 28,
        name: "ticket_permissions",
        sql: include_str!("migrations/0028_ticket_permissions.sql"),
    },
    Migration {
        version: 29,
        name: "labels_and_on_call",
        sql: include_str!("migrations/0029_labels_and_on_call.sql"),
    },
    Migration {
        version: 30,
        name: "integrations",
        sql: include_str!("migrations/0030_integrations.sql"),
    },
    Migration {
        version: 31,
        name: "data_requests",
        sql: include_str!("migrations/0031_data_requests.sql"),
    },
    Migration {
        version: 32,
        name: "language",
        sql: include_str!("migrations/0032_language.sql"),
    },
    Migration {
        version: 33,
        name: "data_request_language",
        sql: include_str!("migrations/0033_data_request_language.sql"),
    },
];

/// The newest schema version this binary knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

fn checksum(sql: &str) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, sql.as_bytes()))
}

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    checksum    TEXT    NOT NULL,
    applied_at  INTEGER NOT NULL
) STRICT";

/// Applies every pending migration; returns the ones applied now.
pub fn apply(conn: &mut Connection, path: &Path) -> Result<Vec<Migration>, StoreError> {
    conn.execute(CREATE_TABLE, [])?;
    let pending = check_and_list_pending(conn, path)?;
    for migration in &pending {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![migration.version, migration.name, checksum(migration.sql), crate::clock::now_millis()],
        )?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.commit()?;
        tracing::info!(
            version = migration.version,
            name = migration.name,
            "applied database migration"
        );
    }
    Ok(pending)
}

/// The migrations `apply` would run, without writing anything (`migrate --dry-run`).
/// A missing database file has every migration pending.
pub fn pending(path: &Path) -> Result<Vec<Migration>, StoreError> {
    if !path.exists() {
        return Ok(MIGRATIONS.to_vec());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| StoreError::open(path, &e))?;
    let has_table: bool = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false);
    if !has_table {
        return Ok(MIGRATIONS.to_vec());
    }
    check_and_list_pending(&conn, path)
}

fn check_and_list_pending(conn: &Connection, path: &Path) -> Result<Vec<Migration>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT version, checksum FROM schema_migrations ORDER BY version")?;
    let applied: Vec<(i64, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    if let Some(&(found, _)) = applied.last()
        && found > latest_version()
    {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            known: latest_version(),
        });
    }
    for (version, sum) in &applied {
        let known = MIGRATIONS.iter().find(|m| m.version == *version);
        if known.is_none_or(|m| checksum(m.sql) != *sum) {
            return Err(StoreError::ChangedMigration {
                path: path.to_path_buf(),
                version: *version,
            });
        }
    }
    Ok(MIGRATIONS
        .iter()
        .filter(|m| !applied.iter().any(|(v, _)| *v == m.version))
        .copied()
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_contiguous_from_one() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(
                migration.version,
                i64::try_from(index).unwrap() + 1,
                "{}",
                migration.name
            );
        }
    }

    #[test]
    fn empty_database_migrates_to_latest_and_reapplies_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        assert_eq!(pending(&path).unwrap().len(), MIGRATIONS.len());
        assert!(!path.exists(), "a dry run must not create the database");

        let mut conn = Connection::open(&path).unwrap();
        let applied = apply(&mut conn, &path).unwrap();
        assert_eq!(applied.len(), MIGRATIONS.len());
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, latest_version());
        for table in [
            "guilds",
            "guild_settings",
            "staff",
            "support_teams",
            "support_team_members",
            "blacklist",
            "panels",
            "panel_support_teams",
            "panel_mention_roles",
            "multi_panels",
            "multi_panel_members",
            "forms",
            "form_inputs",
            "form_input_options",
            "panel_access_rules",
            "ticket_counters",
            "tickets",
            "ticket_members",
            "ticket_form_answers",
            "close_reasons",
            "close_requests",
            "tags",
            "feedback",
            "jobs",
            "ticket_participants",
            "autoclose_settings",
        ] {
            let found: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?1",
                    [table],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(found, 1, "table {table} missing");
        }
        assert!(apply(&mut conn, &path).unwrap().is_empty());
        assert!(pending(&path).unwrap().is_empty());
    }

    #[test]
    fn newer_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut conn = Connection::open(&path).unwrap();
        apply(&mut conn, &path).unwrap();
        conn.execute(
            "INSERT INTO schema_migrations VALUES (?1, 'from the future', 'x', 0)",
            [latest_version() + 1],
        )
        .unwrap();
        let err = apply(&mut conn, &path).unwrap_err();
        assert!(matches!(err, StoreError::NewerSchema { .. }), "{err}");
        assert!(err.to_string().contains("newer ticketbox"), "{err}");
        assert!(pending(&path).is_err());
    }

    #[test]
    fn edited_migration_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut conn = Connection::open(&path).unwrap();
        apply(&mut conn, &path).unwrap();
        conn.execute(
            "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1",
            [],
        )
        .unwrap();
        let err = apply(&mut conn, &path).unwrap_err();
        assert!(
            matches!(err, StoreError::ChangedMigration { version: 1, .. }),
            "{err}"
        );
    }

    #[test]
    fn a_failing_migration_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut conn = Connection::open(&path).unwrap();
        conn.execute(CREATE_TABLE, []).unwrap();
        // The initial migration creates `guilds`; a clash makes it fail half way.
        conn.execute("CREATE TABLE tags (x INTEGER)", []).unwrap();
        assert!(apply(&mut conn, &path).is_err());
        let guilds: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'guilds'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            guilds, 0,
            "the failed migration's earlier statements must be rolled back"
        );
        let recorded: i64 = conn
            .query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(recorded, 0);
    }
}
