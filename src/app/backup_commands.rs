//! `backup now | list | verify <id> | restore <id> --into DIR`. Long work shows a progress bar
//! on a terminal and plain lines otherwise. While ticketbox runs, `backup now` is handed to it
//! as a job (it holds the cache, and one backup runs at a time there).

use std::io::IsTerminal as _;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::Failure;
use super::data_requests::running_elsewhere;
use crate::config::Loaded;
use crate::domain::job_kind::JobKind;
use crate::services::backup::{self, BackupError, Progress};

/// Progress on stderr: a bar on a terminal, a line per phase and per tenth otherwise.
struct Shown {
    bar: Mutex<Option<ProgressBar>>,
    plain: Mutex<(String, u64, u64, u64)>,
    terminal: bool,
}

impl Shown {
    fn new() -> Self {
        Self {
            bar: Mutex::new(None),
            plain: Mutex::new((String::new(), 0, 0, 0)),
            terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl Progress for Shown {
    fn phase(&self, what: &str, total: u64) {
        if self.terminal {
            let bar = ProgressBar::new(total);
            bar.set_style(
                ProgressStyle::with_template("{msg:>18} [{bar:40}] {pos}/{len} ({eta})")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.set_message(what.to_owned());
            if let Some(old) = self
                .bar
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .replace(bar)
            {
                old.finish();
            }
        } else {
            eprintln!("{what}: 0/{total}");
            *self
                .plain
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) =
                (what.to_owned(), total, 0, 0);
        }
    }

    fn advance(&self, steps: u64) {
        if self.terminal {
            if let Some(bar) = &*self
                .bar
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
            {
                bar.inc(steps);
            }
            return;
        }
        let mut p = self
            .plain
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        p.2 += steps;
        let tenth = (p.2 * 10).checked_div(p.1).unwrap_or(10);
        if tenth > p.3 {
            p.3 = tenth;
            eprintln!("{}: {}/{}", p.0, p.2, p.1);
        }
    }

    fn done(&self) {
        if let Some(bar) = self
            .bar
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
        {
            bar.finish();
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::failed(format!("cannot start the runtime: {e}")))
}

fn failed(e: &BackupError) -> Failure {
    match e {
        BackupError::NotConfigured | BackupError::Refused(_) | BackupError::Unknown(_) => {
            Failure::bad_input(e.to_string())
        }
        _ => Failure::failed(e.to_string()),
    }
}

fn mib(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // shown to one decimal
    let m = bytes as f64 / 1_048_576.0;
    format!("{m:.1} MiB")
}

/// `backup now`: here, or handed to the running ticketbox.
pub fn now(loaded: Loaded, wait: Duration) -> Result<(), Failure> {
    let config = loaded.config;
    backup::target(&config).map_err(|e| failed(&e))?;
    if running_elsewhere(&config)? {
        return super::data_requests::hand_over_job(
            &config,
            JobKind::BackupNow {},
            "the backup",
            wait,
        );
    }
    let core = super::prepare(&config, super::RunOptions::default())?.into_core(config.clone());
    runtime()?.block_on(async {
        let target = backup::target(&core.config).map_err(|e| failed(&e))?;
        let shown = Shown::new();
        let taken = backup::take(&core, &target, &shown)
            .await
            .map_err(|e| failed(&e))?;
        let b = &core.config.backup;
        let pruned = backup::prune(&target, core.archive.keys(), b.keep_daily, b.keep_weekly)
            .await
            .map_err(|e| failed(&e))?;
        println!(
            "backup {} taken: database {}, {} archived objects ({} copied now, {})",
            taken.id,
            mib(taken.database_size),
            taken.objects,
            taken.copied,
            mib(taken.bytes_copied)
        );
        for id in pruned.backups {
            println!("deleted backup {id} (past retention)");
        }
        Ok(())
    })
}

/// `backup list`.
pub fn list(loaded: &Loaded) -> Result<(), Failure> {
    let target = backup::target(&loaded.config).map_err(|e| failed(&e))?;
    let archive = super::archive_commands::archive_only(loaded)?;
    runtime()?.block_on(async {
        let all = backup::list(&target, archive.keys())
            .await
            .map_err(|e| failed(&e))?;
        if all.is_empty() {
            println!("no backups yet");
        }
        for b in all {
            let at = chrono::DateTime::from_timestamp_millis(b.taken_at)
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default();
            println!(
                "{}  {at}  database {}  {} objects ({})",
                b.id,
                mib(b.database_size),
                b.objects,
                mib(b.object_bytes)
            );
        }
        Ok(())
    })
}

/// `backup verify <id>`.
pub fn verify(loaded: &Loaded, id: &str) -> Result<(), Failure> {
    let target = backup::target(&loaded.config).map_err(|e| failed(&e))?;
    let archive = super::archive_commands::archive_only(loaded)?;
    let scratch = std::env::temp_dir();
    runtime()?.block_on(async {
        let verified = backup::verify(&target, archive.keys(), id, &scratch, &Shown::new())
            .await
            .map_err(|e| failed(&e))?;
        println!(
            "backup {} is complete: the database passes SQLite's integrity check and all {} archived objects match",
            verified.id, verified.objects
        );
        Ok(())
    })
}

/// `backup restore <id> --into DIR`.
pub fn restore(loaded: &Loaded, id: &str, into: &Path) -> Result<(), Failure> {
    let target = backup::target(&loaded.config).map_err(|e| failed(&e))?;
    let archive = super::archive_commands::archive_only(loaded)?;
    runtime()?.block_on(async {
        let objects = backup::restore(
            &target,
            archive.keys(),
            id,
            into,
            &loaded.config.storage.data_dir,
            &Shown::new(),
        )
        .await
        .map_err(|e| failed(&e))?;
        println!(
            "backup {id} restored into {} (ticketbox.db and {objects} archived objects under transcripts/)",
            into.display()
        );
        println!(
            "start ticketbox on it with storage.data_dir = {:?}, archive.backend = \"local\" and the same master key",
            into.display().to_string()
        );
        Ok(())
    })
}
