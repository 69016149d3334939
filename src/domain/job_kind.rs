//! Every kind of durable job with its payload: one type, written and read in one place. The
//! jobs table keeps the kind's name and the payload as JSON in two columns; the names and
//! payload fields are those rows already hold, so jobs queued by an earlier version still run.

use serde::{Deserialize, Serialize};

/// A job to run, with what it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum JobKind {
    /// Finish closing a ticket: store its transcript, then log, DM and remove the channel.
    CloseTicket { ticket: i64 },
    /// Close a ticket when a `/closerequest` delay runs out.
    DelayedClose { ticket: i64 },
    /// Auto-close: catch up on the ticket's messages, then post the warning or close it,
    /// whichever its guild's rules say is due.
    AutoClose { ticket: i64 },
    /// Move a ticket channel to or from its panel's awaiting-response category, whichever the
    /// ticket's last message asks for when the job runs.
    MoveAwaiting { ticket: i64 },
    /// Rename a ticket channel once Discord's rename limit allows.
    RenameChannel { channel: u64, name: String },
    /// Delete a channel left behind by a rolled-back open.
    DeleteChannel { channel: u64 },
    /// Purge a guild the bot left more than the grace period ago.
    PurgeGuild { guild: u64 },
    /// `data purge-user` handed to the running ticketbox (it holds the cache).
    PurgeUser { user: u64 },
    /// `data export-user` handed to the running ticketbox; the export is written to a file
    /// named by the job id.
    ExportUser { user: u64 },
    /// After a removal on request: the bot's own welcome and form-answer messages in a thread
    /// ticket the removed user opened (threads stay after close) are edited to the marker.
    ScrubThread { channel: u64, welcome: Option<u64> },
    /// `archive rekey` handed to the running ticketbox (it takes turns with removals and
    /// archiving there); progress in the job's `progress` column.
    RekeyArchive {},
    /// `backup now` handed to the running ticketbox.
    BackupNow {},
    /// An approved data request (`/mydata`) to carry out.
    DataRequest { id: i64 },
}

/// A stored job that is not one of these (a newer version's kind, a damaged payload).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown job {kind:?} or bad payload: {why}")]
pub struct BadJob {
    pub kind: String,
    pub why: String,
}

impl JobKind {
    /// The kind's name, as the `kind` column holds it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::CloseTicket { .. } => "close_ticket",
            Self::DelayedClose { .. } => "delayed_close",
            Self::AutoClose { .. } => "auto_close",
            Self::MoveAwaiting { .. } => "move_awaiting",
            Self::RenameChannel { .. } => "rename_channel",
            Self::DeleteChannel { .. } => "delete_channel",
            Self::PurgeGuild { .. } => "purge_guild",
            Self::PurgeUser { .. } => "purge_user",
            Self::ExportUser { .. } => "export_user",
            Self::ScrubThread { .. } => "scrub_thread",
            Self::RekeyArchive {} => "rekey_archive",
            Self::BackupNow {} => "backup_now",
            Self::DataRequest { .. } => "data_request",
        }
    }

    /// Whether running it needs the bot's connection to Discord. The others (removals,
    /// exports, purges, rekeys) run while the bot is offline or not configured.
    pub fn needs_discord(&self) -> bool {
        match self {
            Self::CloseTicket { .. }
            | Self::DelayedClose { .. }
            | Self::AutoClose { .. }
            | Self::MoveAwaiting { .. }
            | Self::RenameChannel { .. }
            | Self::DeleteChannel { .. }
            | Self::ScrubThread { .. } => true,
            Self::PurgeGuild { .. }
            | Self::PurgeUser { .. }
            | Self::ExportUser { .. }
            | Self::RekeyArchive {}
            | Self::BackupNow {}
            | Self::DataRequest { .. } => false,
        }
    }

    /// The names of the kinds that need no Discord ([`JobKind::needs_discord`]).
    pub const OFFLINE: [&'static str; 6] = [
        "purge_guild",
        "purge_user",
        "export_user",
        "rekey_archive",
        "backup_now",
        "data_request",
    ];

    /// The payload, as the `payload` column holds it (a JSON object).
    pub fn payload(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|mut v| v.get_mut("payload").map(serde_json::Value::take))
            .map_or_else(|| "{}".to_owned(), |p| p.to_string())
    }

    /// The job a row holds.
    pub fn parse(kind: &str, payload: &str) -> Result<Self, BadJob> {
        let bad = |why: String| BadJob {
            kind: kind.to_owned(),
            why,
        };
        let payload: serde_json::Value =
            serde_json::from_str(payload).map_err(|e| bad(e.to_string()))?;
        serde_json::from_value(serde_json::json!({ "kind": kind, "payload": payload }))
            .map_err(|e| bad(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind writes its name and payload and reads back the same; rows written by the
    /// earlier code (hand-made JSON) still parse.
    #[test]
    fn every_kind_round_trips_and_old_rows_parse() {
        let all = [
            JobKind::CloseTicket { ticket: 7 },
            JobKind::DelayedClose { ticket: 8 },
            JobKind::AutoClose { ticket: 9 },
            JobKind::MoveAwaiting { ticket: 10 },
            JobKind::RenameChannel {
                channel: 9,
                name: "ticket-\"x\"".to_owned(),
            },
            JobKind::DeleteChannel { channel: u64::MAX },
            JobKind::PurgeGuild { guild: 11 },
            JobKind::PurgeUser { user: 12 },
            JobKind::ExportUser { user: 13 },
            JobKind::ScrubThread {
                channel: 14,
                welcome: None,
            },
            JobKind::ScrubThread {
                channel: 14,
                welcome: Some(15),
            },
            JobKind::RekeyArchive {},
            JobKind::BackupNow {},
            JobKind::DataRequest { id: 3 },
        ];
        for job in &all {
            assert_eq!(
                JobKind::parse(job.name(), &job.payload()).as_ref(),
                Ok(job),
                "{}",
                job.name()
            );
        }
        assert_eq!(JobKind::RekeyArchive {}.payload(), "{}");
        let offline: Vec<&str> = all
            .iter()
            .filter(|job| !job.needs_discord())
            .map(JobKind::name)
            .collect();
        assert_eq!(offline, JobKind::OFFLINE);
        for (kind, payload, job) in [
            (
                "close_ticket",
                r#"{"ticket":3}"#,
                JobKind::CloseTicket { ticket: 3 },
            ),
            (
                "delete_channel",
                r#"{"channel":5}"#,
                JobKind::DeleteChannel { channel: 5 },
            ),
            (
                "purge_guild",
                r#"{"guild":6}"#,
                JobKind::PurgeGuild { guild: 6 },
            ),
            ("rekey_archive", "{}", JobKind::RekeyArchive {}),
            (
                "scrub_thread",
                r#"{"channel":1,"welcome":null}"#,
                JobKind::ScrubThread {
                    channel: 1,
                    welcome: None,
                },
            ),
        ] {
            assert_eq!(JobKind::parse(kind, payload), Ok(job), "{kind}");
        }
    }

    #[test]
    fn unknown_kinds_and_bad_payloads_are_errors() {
        assert!(JobKind::parse("launch_rockets", "{}").is_err());
        assert!(JobKind::parse("close_ticket", r#"{"ticket":"x"}"#).is_err());
        assert!(JobKind::parse("close_ticket", "not json").is_err());
        assert!(JobKind::parse("close_ticket", "{}").is_err());
    }
}
