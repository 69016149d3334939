//! `transcript get`, `archive rekey`, `data export-user`, `data purge-user`.

use std::path::Path;
use std::sync::Arc;

use std::time::Duration;

use super::data_requests::{Request, hand_over, running_elsewhere};
use super::startup_config;
use super::{Failure, RunOptions, TranscriptFormat};
use crate::archive::{Archive, render};
use crate::config::{Config, Loaded};
use crate::ids::{GuildId, TicketNumber, UserId};
use crate::services::AppCore;

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::failed(format!("cannot start the runtime: {e}")))
}

/// The archive only (no database, no cache): readable while ticketbox runs. Never creates a
/// master key.
pub(super) fn archive_only(loaded: &Loaded) -> Result<Archive, Failure> {
    let config = &loaded.config;
    let (key, _) = crate::crypto::load_existing(&config.crypto.master_key, &config.master_key_path())
        .map_err(|e| Failure::bad_input(format!("crypto.master_key: {e}")))?
        .ok_or_else(|| {
            Failure::bad_input(format!(
                "no master key: set crypto.master_key or restore {} (transcripts cannot be opened without it)",
                config.master_key_path().display()
            ))
        })?;
    super::start::open_archive(config, &key)
}

/// Every store, as `run` opens them. The cache file is locked by a running ticketbox.
fn full_core(config: Config) -> Result<AppCore, Failure> {
    let prepared = super::prepare(&config, RunOptions::default())?;
    Ok(prepared.into_core(config))
}

pub fn transcript_get(
    loaded: &Loaded,
    guild: u64,
    ticket: u32,
    format: TranscriptFormat,
    attachments: Option<&Path>,
) -> Result<(), Failure> {
    let archive = archive_only(loaded)?;
    let (guild, number) = (GuildId::new(guild), TicketNumber::new(ticket));
    runtime()?.block_on(async {
        let doc = archive
            .load_transcript(guild, number)
            .await
            .map_err(|e| Failure::failed(e.to_string()))?;
        if let Some(dir) = attachments {
            std::fs::create_dir_all(dir)
                .map_err(|e| Failure::failed(format!("{}: {e}", dir.display())))?;
            for m in &doc.messages {
                for a in &m.attachments {
                    let Some(stored) = &a.stored else { continue };
                    let bytes = archive
                        .load_attachment(guild, number, stored)
                        .await
                        .map_err(|e| Failure::failed(e.to_string()))?
                        .ok_or_else(|| {
                            Failure::failed(format!(
                                "attachment {stored} is missing from the archive"
                            ))
                        })?;
                    // Ids keep names unique; the filename is reduced to safe characters.
                    let path = dir.join(format!("{}-{}-{}", m.id, a.id, a.safe_filename()));
                    std::fs::write(&path, bytes)
                        .map_err(|e| Failure::failed(format!("{}: {e}", path.display())))?;
                }
            }
        }
        let out = match format {
            TranscriptFormat::Json => {
                serde_json::to_string_pretty(&doc).map_err(|e| Failure::failed(e.to_string()))?
            }
            TranscriptFormat::Html => render::html(&doc),
            TranscriptFormat::Text => render::text(&doc),
        };
        println!("{out}");
        Ok(())
    })
}

/// `archive rekey`: done here when ticketbox is stopped, handed to it as a job when it runs
/// (so it takes turns with removals and archiving), with progress printed either way.
pub fn rekey(loaded: Loaded, wait: Duration) -> Result<(), Failure> {
    let config = startup_config(loaded)?;
    if running_elsewhere(&config)? {
        return super::data_requests::hand_over_rekey(&config, wait);
    }
    let core = Arc::new(full_core(config)?);
    runtime()?.block_on(async {
        let report =
            crate::services::rekey::rekey_all(&core, crate::services::rekey::Progress::Print)
                .await
                .map_err(|e| Failure::failed(format!("{e} (run the command again to finish)")))?;
        rekey_outcome(&report, core.archive.keys().current_id().0)
    })
}

/// The command's result for a finished rekey: exit 1 naming each object it could not open.
pub fn rekey_outcome(report: &crate::archive::RekeyReport, key_id: u32) -> Result<(), Failure> {
    eprintln!(
        "checked {} objects, re-sealed {} under key id {key_id}, converted {} transcripts to segments",
        report.checked, report.resealed, report.converted
    );
    if report.failed.is_empty() {
        Ok(())
    } else {
        Err(Failure {
            code: super::EXIT_FAILURE,
            lines: report
                .failed
                .iter()
                .map(|(name, why)| format!("{name}: {why}"))
                .collect(),
        })
    }
}

/// Prints a removal's line; fails (exit 1) when it names transcripts it could not process.
pub fn unprocessed_fails(line: &str) -> Result<(), Failure> {
    eprintln!("{line}");
    if line.contains(crate::services::privacy::UNPROCESSED) {
        Err(Failure::failed(
            "some transcripts could not be processed (named above); the rest of the removal is done",
        ))
    } else {
        Ok(())
    }
}

/// Fails (exit 1) when an export names transcripts it could not open; each is printed.
pub fn unreadable_fails(export: &serde_json::Value) -> Result<(), Failure> {
    let unreadable = export["unreadable_transcripts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if unreadable.is_empty() {
        return Ok(());
    }
    let mut lines: Vec<String> = unreadable
        .iter()
        .map(|u| {
            format!(
                "cannot open {}: {}",
                u["transcript"].as_str().unwrap_or("?"),
                u["why"].as_str().unwrap_or("?")
            )
        })
        .collect();
    lines.push("the export holds everything else".to_owned());
    Err(Failure {
        code: super::EXIT_FAILURE,
        lines,
    })
}

/// `data export-user`: done here when ticketbox is stopped, handed to it when it runs.
pub fn export_user(loaded: Loaded, user: u64, wait: Duration) -> Result<(), Failure> {
    let config = startup_config(loaded)?;
    if running_elsewhere(&config)? {
        return hand_over(&config, Request::Export, UserId::new(user), wait);
    }
    let core = Arc::new(full_core(config)?);
    runtime()?.block_on(async {
        let export = crate::services::privacy::export_user(&core, UserId::new(user))
            .await
            .map_err(|e| Failure::failed(e.to_string()))?;
        println!(
            "{}",
            serde_json::to_string_pretty(&export).map_err(|e| Failure::failed(e.to_string()))?
        );
        unreadable_fails(&export)
    })
}

/// `data purge-user`: done here when ticketbox is stopped, handed to it when it runs.
pub fn purge_user(loaded: Loaded, user: u64, wait: Duration) -> Result<(), Failure> {
    let config = startup_config(loaded)?;
    if running_elsewhere(&config)? {
        let handed = hand_over(&config, Request::Purge, UserId::new(user), wait);
        backups_before_removal(&config);
        return handed;
    }
    let core = Arc::new(full_core(config.clone())?);
    let result = runtime()?.block_on(async {
        let report = crate::services::privacy::purge_user(&core, UserId::new(user))
            .await
            .map_err(|e| Failure::failed(format!("{e} (run the command again to finish)")))?;
        unprocessed_fails(&format!("user {user} removed: {}", report.summary()))
    });
    backups_before_removal(&config);
    result
}

/// Lists the backups taken before a removal: they still hold the person's data until
/// retention deletes them.
fn backups_before_removal(config: &Config) {
    if !config.backup.is_configured() {
        return;
    }
    let listed = runtime().ok().and_then(|rt| {
        rt.block_on(async {
            let target = crate::services::backup::target(config).ok()?;
            crate::services::backup::ids_before(
                &target,
                crate::clock::Clock::now(&crate::clock::SystemClock),
            )
            .await
            .ok()
        })
    });
    match listed {
        Some(ids) if ids.is_empty() => {}
        Some(ids) => {
            println!(
                "{} backup(s) taken before this removal still hold this person's data until retention deletes them (backup.keep_daily, backup.keep_weekly):",
                ids.len()
            );
            for id in ids {
                println!("  {id}");
            }
        }
        None => eprintln!(
            "warning: the backups could not be listed; those taken before this removal still hold this person's data"
        ),
    }
}
