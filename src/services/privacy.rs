//! Data requests (PRIVACY.md §6): export everything held about a user, remove it, and purge
//! a guild the bot left. Used by `ticketbox data …` and the guild purge job; each request is
//! logged with its dates.

use serde_json::{Value, json};

use super::AppCore;
use crate::archive::{self, ArchiveError};
use crate::config::Config;
use crate::ids::{GuildId, JobId, UserId};
use crate::store::privacy::{self, RequestKind};
use crate::store::{StoreError, transcripts};

#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Cache(#[from] crate::cache::CacheError),
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error("cannot write the export to {path}: {reason}")]
    Write { path: String, reason: String },
}

/// Everything held about `user` as one JSON document: cache rows, database rows, and their
/// messages from every stored transcript.
pub async fn export_user(core: &AppCore, user: UserId) -> Result<Value, PrivacyError> {
    let request =
        privacy::record_request(&core.db, RequestKind::Export, user.get(), core.clock.now())
            .await?;
    let cached = cached_user(core, user).await?;
    let rows = privacy::user_rows(&core.db, user).await?;
    let mut excerpts = Vec::new();
    let mut unreadable = Vec::new();
    for t in transcripts::involving(&core.db, user).await? {
        // One transcript that cannot be opened (too large, corrupt, a retired key) does not
        // stop the export: it is named in it, and the command fails once it is written.
        match transcript_excerpt(core, user, t.guild, t.number).await {
            Ok(excerpt) => excerpts.push(excerpt),
            Err(e) => {
                tracing::warn!(guild = %t.guild, ticket = %t.number, error = %e, "export: cannot open a transcript");
                unreadable.push(json!({
                    "transcript": archive::transcript_name(t.guild, t.number),
                    "why": e.to_string(),
                }));
            }
        }
    }
    let count = excerpts.len();
    let export = json!({
        "user": user,
        "exported_at": core.clock.now(),
        "cache": cached,
        "database": rows,
        "transcripts": excerpts,
        "unreadable_transcripts": unreadable,
    });
    privacy::complete_request(
        &core.db,
        request,
        core.clock.now(),
        format!("exported; {count} transcripts"),
    )
    .await?;
    Ok(export)
}

/// What the entity cache holds about `user`: their profile and memberships.
async fn cached_user(core: &AppCore, user: UserId) -> Result<Value, PrivacyError> {
    let (profile, memberships) = core
        .cache
        .read(move |r| {
            let profile = r.user(user)?;
            let mut memberships = Vec::new();
            for guild in r.guilds()? {
                if let Some(m) = r.member(guild.id, user)? {
                    memberships.push(json!({
                        "guild": guild.id, "guild_name": guild.name,
                        "nick": m.nick, "roles": m.roles,
                    }));
                }
            }
            Ok((profile, memberships))
        })
        .await?;
    Ok(json!({
        "user": profile.map(|u| json!({
            "username": u.username, "global_name": u.global_name,
            "discriminator": u.discriminator, "avatar": u.avatar, "bot": u.bot,
        })),
        "memberships": memberships,
    }))
}

/// What one transcript holds of `user`: their participant entry, their messages and what the
/// bot wrote on their command (a close request with their reason). Read segment by segment:
/// only what concerns them is kept.
async fn transcript_excerpt(
    core: &AppCore,
    user: UserId,
    guild: GuildId,
    number: crate::ids::TicketNumber,
) -> Result<Value, ArchiveError> {
    let opened = core.archive.open_transcript(guild, number).await?;
    let mut theirs = Vec::new();
    let mut for_them = Vec::new();
    let step = archive::segments::SEGMENT_MESSAGES;
    for at in (0..opened.index.message_count).step_by(step) {
        let (_, part) = core.archive.load_messages(&opened, at..at + step).await?;
        for m in part {
            if m.author == user {
                theirs.push(m);
            } else if m.on_behalf_of == Some(user) {
                for_them.push(m);
            }
        }
    }
    Ok(json!({
        "guild": guild,
        "ticket": number,
        "as_participant": opened.index.participants.get(&user),
        "messages": theirs,
        "bot_messages_for_them": for_them,
    }))
}

/// Where the running ticketbox writes the export a `data export-user` queued as job `job`
/// (the CLI prints it and deletes it): `<data_dir>/exports/`, readable by the owner only.
pub fn export_file(config: &Config, job: JobId) -> std::path::PathBuf {
    config
        .storage
        .data_dir
        .join("exports")
        .join(format!("export-job-{}.json", job.get()))
}

/// How long an export no CLI collected (it stopped waiting) stays in `<data_dir>/exports/`.
pub const UNCOLLECTED_EXPORT: std::time::Duration = std::time::Duration::from_hours(24);

/// Deletes export files older than `older_than` (a CLI that stopped waiting never collects
/// them). Returns how many went. Blocking: call off the async runtime.
pub fn sweep_exports(config: &Config, older_than: std::time::Duration) -> usize {
    let dir = config.storage.data_dir.join("exports");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| at.elapsed().ok())
            .is_some_and(|age| age >= older_than);
        let is_export = entry.file_name().to_str().is_some_and(|n| {
            n.starts_with("export-job-")
                && std::path::Path::new(n)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        });
        if old && is_export {
            match std::fs::remove_file(entry.path()) {
                Ok(()) => removed += 1,
                Err(e) => {
                    tracing::warn!(file = %entry.path().display(), error = %e, "cannot delete an uncollected export");
                }
            }
        }
    }
    removed
}

/// [`export_user`] for a queued request: the document goes to [`export_file`].
pub async fn export_user_to_file(
    core: &AppCore,
    user: UserId,
    job: JobId,
) -> Result<(), PrivacyError> {
    let export = export_user(core, user).await?;
    let path = export_file(&core.config, job);
    let failed = |reason: String| PrivacyError::Write {
        path: path.display().to_string(),
        reason,
    };
    let bytes = serde_json::to_vec_pretty(&export).map_err(|e| failed(e.to_string()))?;
    let target = path.clone();
    tokio::task::spawn_blocking(move || crate::files::write_atomic(&target, &bytes, Some(0o600)))
        .await
        .map_err(|e| failed(e.to_string()))?
        .map_err(|e| failed(e.to_string()))
}

/// What a removal did.
#[derive(Debug, Default)]
pub struct PurgeReport {
    pub transcripts_rewritten: usize,
    pub attachments_deleted: usize,
    pub rows_changed: usize,
    pub cache_rows_removed: usize,
    /// Thread tickets they opened whose bot messages in Discord are queued for editing.
    pub threads_queued: usize,
    /// Transcripts that could not be processed (object name, why): the removal carried on
    /// with the rest, and the command fails naming them.
    pub failed: Vec<(String, String)>,
}

impl PurgeReport {
    /// What was done, for the request's log line and the CLI ("N transcripts rewritten, …",
    /// then the transcripts that could not be processed, by name).
    pub fn summary(&self) -> String {
        use std::fmt::Write as _;
        let mut line = format!(
            "{} transcripts rewritten, {} attachments deleted, {} rows changed, {} cache rows removed, {} threads in Discord to edit",
            self.transcripts_rewritten,
            self.attachments_deleted,
            self.rows_changed,
            self.cache_rows_removed,
            self.threads_queued
        );
        if !self.failed.is_empty() {
            let named: Vec<String> = self
                .failed
                .iter()
                .map(|(name, why)| format!("{name} ({why})"))
                .collect();
            let _ = write!(
                line,
                "; {UNPROCESSED} ({}): {}",
                self.failed.len(),
                named.join(", ")
            );
        }
        line
    }
}

/// How a removal's log line says some transcripts could not be processed (the CLI fails on it).
pub const UNPROCESSED: &str = "could not process these transcripts, run it again after fixing them";

/// Removes `user`: their cache rows, their messages and name in every transcript (replaced by
/// markers, avatar dropped, their attachments deleted) and their database rows (anonymised).
/// Transcripts first, so a failure part-way leaves the rows that find them; running it again
/// finishes the job.
pub async fn purge_user(core: &AppCore, user: UserId) -> Result<PurgeReport, PrivacyError> {
    // No transcript is being archived meanwhile (they hold this shared), and none starts
    // before the removal is recorded.
    let _alone = core.removals.write().await;
    let request =
        privacy::record_request(&core.db, RequestKind::Purge, user.get(), core.clock.now()).await?;
    let mut report = PurgeReport::default();
    // Read before the cache rows go: the names the bot may have written as text.
    let names = known_names(core, user).await?;
    for t in transcripts::involving(&core.db, user).await? {
        match remove_from_transcript(core, user, &names, t.guild, t.number).await {
            Ok(deleted) => {
                report.attachments_deleted += deleted;
                report.transcripts_rewritten += 1;
            }
            Err(e) => {
                tracing::warn!(guild = %t.guild, ticket = %t.number, error = %e, "removal: cannot process a transcript; carrying on");
                report
                    .failed
                    .push((archive::transcript_name(t.guild, t.number), e.to_string()));
            }
        }
    }
    report.cache_rows_removed = remove_from_cache(core, user).await?;
    // redb is copy-on-write: the deleted rows would survive in free pages until rewritten.
    core.cache.compact().await?;
    // Copies in Discord: thread tickets stay after close; the bot edits its own messages
    // there (the running bot's job runner does it, also after an offline removal).
    report.threads_queued = privacy::queue_thread_scrubs(&core.db, user, core.clock.now()).await?;
    report.rows_changed = privacy::anonymise_user(&core.db, user).await?;
    // The Roblox account looked up for them, kept in memory for a few minutes.
    core.integrations.forget_user(user);
    // Overwritten text must not survive in the database file's free pages or its journal.
    core.db.checkpoint().await?;
    let detail = format!("removed; {}", report.summary());
    privacy::complete_request(&core.db, request, core.clock.now(), detail).await?;
    Ok(report)
}

/// Removes `user` from one transcript: their attachments (found by name, so a run that failed
/// part-way still finds them), then their messages and name. Returns the attachments deleted.
async fn remove_from_transcript(
    core: &AppCore,
    user: UserId,
    names: &[String],
    guild: GuildId,
    number: crate::ids::TicketNumber,
) -> Result<usize, PrivacyError> {
    // The new segments first (the earlier ones stay what readers see), collecting the
    // attachments of their messages; then those files go, found by name (so a run that
    // failed part-way still finds them); then the new index replaces the old.
    let prefix = archive::ticket_prefix(guild, number);
    let mut theirs: Vec<String> = Vec::new();
    let rewrite = core
        .archive
        .rewrite_transcript(guild, number, |part| {
            theirs.extend(
                part.messages_by(user)
                    .map(|m| format!("{prefix}attachments/{}-", m.id)),
            );
            part.remove_user_known_as(user, names);
        })
        .await?;
    let mut deleted = 0;
    if !theirs.is_empty() {
        let store = core.archive.store();
        for name in store
            .list(&format!("{prefix}attachments/"))
            .await
            .map_err(ArchiveError::from)?
        {
            if theirs.iter().any(|p| name.starts_with(p.as_str())) {
                store.delete(&name).await.map_err(ArchiveError::from)?;
                deleted += 1;
            }
        }
    }
    rewrite.commit().await?;
    Ok(deleted)
}

/// The names `user` goes by that the cache knows (username, display name, every server
/// nickname): a transcript may hold them as text where a placeholder put them.
async fn known_names(core: &AppCore, user: UserId) -> Result<Vec<String>, PrivacyError> {
    Ok(core
        .cache
        .read(move |r| {
            let mut names = Vec::new();
            if let Some(u) = r.user(user)? {
                names.push(u.username);
                names.extend(u.global_name);
            }
            for guild in r.guilds()? {
                if let Some(m) = r.member(guild.id, user)? {
                    names.extend(m.nick);
                }
            }
            Ok(names)
        })
        .await?)
}

/// Removes `user`'s rows from the cache; returns how many.
async fn remove_from_cache(core: &AppCore, user: UserId) -> Result<usize, PrivacyError> {
    let guilds: Vec<GuildId> = core
        .cache
        .read(|r| Ok(r.guilds()?.into_iter().map(|g| g.id).collect()))
        .await?;
    Ok(core
        .cache
        .write(move |w| {
            let mut removed = usize::from(w.remove_user(user)?);
            for guild in guilds {
                removed += usize::from(w.remove_member(guild, user)?);
            }
            Ok(removed)
        })
        .await?)
}

/// Purges a guild the bot left before `cutoff`: its rows (with the claim, in one transaction),
/// then its transcripts and attachments (its cache entries went when the bot left). Returns
/// false (and does nothing) when the bot came back before the purge began. Once claimed
/// ([`privacy::claim_guild_purge`]) the purge runs to the end, resumed after a stop; if the
/// bot is added back meanwhile it starts afresh at once, and its new transcripts wait to be
/// stored until the old objects are gone ([`privacy::purge_running`]).
pub async fn purge_guild(
    core: &AppCore,
    guild: GuildId,
    cutoff: crate::clock::Timestamp,
) -> Result<bool, PrivacyError> {
    // Alone against removals on request and archiving: neither may store a transcript of
    // this guild while its objects are being deleted.
    let _alone = core.removals.write().await;
    if !privacy::claim_guild_purge(&core.db, guild, cutoff, core.clock.now()).await? {
        return Ok(false);
    }
    let request = privacy::record_request(
        &core.db,
        RequestKind::GuildPurge,
        guild.get(),
        core.clock.now(),
    )
    .await?;
    let objects = core.archive.delete_guild(guild).await?;
    match privacy::finish_guild_purge(&core.db, guild).await? {
        privacy::GuildRowsPurged::NotClaimed => return Ok(false),
        // The cache dropped the guild when the bot left (GUILD_DELETE, or READY without it).
        // The purge leaves the cache alone: a GUILD_CREATE arriving meanwhile (the bot added
        // back) must not be wiped by a purge that saw the guild still gone.
        privacy::GuildRowsPurged::Gone => {}
        privacy::GuildRowsPurged::Rejoined => tracing::warn!(
            guild = %guild,
            "the bot was added back to a guild while its data was being purged; the purge finished and the guild starts afresh"
        ),
    }
    privacy::complete_request(
        &core.db,
        request,
        core.clock.now(),
        format!("guild purged; {objects} archived objects deleted"),
    )
    .await?;
    tracing::info!(guild = %guild, objects, "purged the data of a guild the bot left");
    Ok(true)
}
