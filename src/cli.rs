//! The command line: `ticketbox [run] | config check | config default | keygen | migrate |
//! healthcheck | transcript get | archive rekey | backup … | data export-user | data purge-user`. Each command's body lives with the code it drives; this file only parses and
//! dispatches, and maps failures to exit codes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::app::{Failure, RunOptions, TranscriptFormat};
use crate::config::{self, Loaded};

#[derive(Debug, Parser)]
#[command(
    name = "ticketbox",
    version,
    about = "Self-hosted Discord support-ticket bot with a web dashboard and an encrypted transcript archive",
    long_about = "Self-hosted Discord support-ticket bot with a web dashboard and an encrypted transcript \
                  archive.\n\nWithout a command, ticketbox runs (same as `ticketbox run`).\n\n\
                  Configuration layers, later wins: built-in defaults, the TOML file (--config, or \
                  ./config.toml when present), TICKETBOX_* environment variables with __ between \
                  sections (TICKETBOX_DISCORD__TOKEN), and <secret>_file keys that read a secret from \
                  a file. `ticketbox config default` prints every key with its default."
)]
pub struct Cli {
    /// Configuration file (default: ./config.toml when it exists).
    #[arg(
        long,
        short = 'c',
        global = true,
        env = "TICKETBOX_CONFIG",
        value_name = "PATH"
    )]
    pub config: Option<PathBuf>,

    #[command(flatten)]
    pub run: RunArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Default, Args)]
pub struct RunArgs {
    /// Delete the Discord entity cache before starting; the gateway refills it.
    #[arg(long)]
    pub reset_cache: bool,
}

impl RunArgs {
    fn options(&self) -> RunOptions {
        RunOptions {
            reset_cache: self.reset_cache,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot, the dashboard and the background workers (the default).
    Run(RunArgs),
    /// Inspect the configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print a new random master key (64 hex characters) for crypto.master_key.
    Keygen,
    /// Apply pending database migrations and exit.
    Migrate {
        /// List pending migrations without applying them (writes nothing).
        #[arg(long)]
        dry_run: bool,
    },
    /// Read archived transcripts.
    #[command(subcommand)]
    Transcript(TranscriptCommand),
    /// Maintain the transcript archive.
    #[command(subcommand)]
    Archive(ArchiveCommand),
    /// Encrypted backups of the database and the archive (backup.local_dir or backup.s3).
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Export or remove everything held about a user (while ticketbox runs, the running process
    /// carries the request out).
    #[command(subcommand)]
    Data(DataCommand),
    /// Print the first-run setup code (while no bot token is configured, the setup page asks
    /// for it; it is also in the log).
    SetupCode,
    /// Exit 0 if the local HTTP server's /healthz answers OK (for Docker HEALTHCHECK).
    Healthcheck {
        /// Seconds to wait for the answer.
        #[arg(long, default_value_t = 5)]
        timeout: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum TranscriptCommand {
    /// Decrypt a ticket's transcript to stdout.
    Get {
        /// The server (guild) id.
        #[arg(long)]
        guild: u64,
        /// The ticket number (as in `#12`).
        #[arg(long)]
        ticket: u32,
        #[arg(long, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
        /// Also write the archived attachments, decrypted, into this directory.
        #[arg(long, value_name = "DIR")]
        attachments: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Json,
    Html,
    Text,
}

impl From<FormatArg> for TranscriptFormat {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Json => Self::Json,
            FormatArg::Html => Self::Html,
            FormatArg::Text => Self::Text,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Take a backup now (while ticketbox runs, the running process takes it).
    Now {
        /// While ticketbox runs, wait this many seconds for it.
        #[arg(long, default_value_t = 3600, value_name = "SECONDS")]
        wait: u64,
    },
    /// List the backups in the target.
    List,
    /// Check that a backup is complete and opens (the database passes SQLite's integrity
    /// check, every archived object matches its hash).
    Verify {
        /// The backup's id, as `backup list` shows it.
        id: String,
    },
    /// Restore a backup into a new, empty directory (never the running data directory).
    Restore {
        id: String,
        #[arg(long, value_name = "DIR")]
        into: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Re-seal every archived object not sealed with the current master key
    /// (crypto.master_key_id), after a key rotation. While ticketbox runs, the running process
    /// does it (taking turns with removals and archiving) and this command prints its progress.
    Rekey {
        /// While ticketbox runs, the work is handed to it: wait this many seconds for it.
        #[arg(long, default_value_t = 3600, value_name = "SECONDS")]
        wait: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Print everything held about a user as JSON: cache rows, database rows, and their
    /// messages from every transcript. Logged with its date.
    ExportUser {
        /// The user's Discord id.
        user: u64,
        /// While ticketbox runs, the request is handed to it: wait this many seconds for it.
        #[arg(long, default_value_t = 600, value_name = "SECONDS")]
        wait: u64,
    },
    /// Remove a user: cache rows deleted, their messages and name in every transcript
    /// replaced by markers, database rows anonymised. Logged with its date. Works while
    /// ticketbox runs (the running process carries it out) and while it is stopped.
    PurgeUser {
        /// The user's Discord id.
        user: u64,
        /// While ticketbox runs, the request is handed to it: wait this many seconds for it.
        #[arg(long, default_value_t = 600, value_name = "SECONDS")]
        wait: u64,
    },
    /// List the data requests people filed with /mydata (overdue ones after 25 days).
    Requests,
    /// Approve a data request: the export is sent to the requester, or their data removed.
    /// While ticketbox runs, it carries the request out.
    Approve {
        /// The request's number, as `data requests` shows it.
        id: i64,
    },
    /// Refuse a data request; the reason is sent to the requester.
    Refuse {
        id: i64,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate the configuration and print it, secrets redacted. Non-zero exit on errors.
    Check,
    /// Print the default configuration file, every key commented.
    Default,
}

/// Runs the parsed command line and returns the process exit code.
pub fn execute(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Some(Command::Config(ConfigCommand::Default)) => {
            print!("{}", config::DEFAULT_CONFIG_TOML);
            Ok(())
        }
        Some(Command::Keygen) => crate::app::commands::keygen(),
        Some(Command::Config(ConfigCommand::Check)) => {
            load(cli.config.as_ref()).and_then(|loaded| crate::app::commands::config_check(&loaded))
        }
        Some(Command::Migrate { dry_run }) => load(cli.config.as_ref())
            .and_then(|loaded| crate::app::commands::migrate(&loaded, dry_run)),
        Some(Command::SetupCode) => {
            load(cli.config.as_ref()).and_then(|loaded| crate::app::commands::setup_code(&loaded))
        }
        Some(Command::Healthcheck { timeout }) => load(cli.config.as_ref())
            .and_then(|loaded| crate::app::commands::healthcheck(&loaded, timeout)),
        Some(Command::Transcript(TranscriptCommand::Get {
            guild,
            ticket,
            format,
            attachments,
        })) => load(cli.config.as_ref()).and_then(|loaded| {
            crate::app::archive_commands::transcript_get(
                &loaded,
                guild,
                ticket,
                format.into(),
                attachments.as_deref(),
            )
        }),
        Some(Command::Archive(ArchiveCommand::Rekey { wait })) => load(cli.config.as_ref())
            .and_then(|loaded| {
                crate::app::archive_commands::rekey(loaded, Duration::from_secs(wait))
            }),
        Some(Command::Backup(command)) => load(cli.config.as_ref()).and_then(|loaded| {
            use crate::app::backup_commands as b;
            match command {
                BackupCommand::Now { wait } => b::now(loaded, Duration::from_secs(wait)),
                BackupCommand::List => b::list(&loaded),
                BackupCommand::Verify { id } => b::verify(&loaded, &id),
                BackupCommand::Restore { id, into } => b::restore(&loaded, &id, &into),
            }
        }),
        Some(Command::Data(DataCommand::Requests)) => {
            load(cli.config.as_ref()).and_then(|loaded| crate::app::request_commands::list(&loaded))
        }
        Some(Command::Data(DataCommand::Approve { id })) => load(cli.config.as_ref())
            .and_then(|loaded| crate::app::request_commands::approve(loaded, id)),
        Some(Command::Data(DataCommand::Refuse { id, reason })) => load(cli.config.as_ref())
            .and_then(|loaded| crate::app::request_commands::refuse(loaded, id, &reason)),
        Some(Command::Data(DataCommand::ExportUser { user, wait })) => load(cli.config.as_ref())
            .and_then(|loaded| {
                crate::app::archive_commands::export_user(loaded, user, Duration::from_secs(wait))
            }),
        Some(Command::Data(DataCommand::PurgeUser { user, wait })) => load(cli.config.as_ref())
            .and_then(|loaded| {
                crate::app::archive_commands::purge_user(loaded, user, Duration::from_secs(wait))
            }),
        Some(Command::Run(args)) => {
            load(cli.config.as_ref()).and_then(|loaded| crate::app::run(loaded, args.options()))
        }
        None => {
            load(cli.config.as_ref()).and_then(|loaded| crate::app::run(loaded, cli.run.options()))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            for line in &failure.lines {
                eprintln!("error: {line}");
            }
            ExitCode::from(failure.code)
        }
    }
}

fn load(path: Option<&PathBuf>) -> Result<Loaded, Failure> {
    config::load(path.map(PathBuf::as_path)).map_err(|e| Failure::bad_input(e.to_string()))
}
