//! The transcript archive: sealed transcripts and attachments in an object store.
//!
//! Object names: `guilds/{guild}/tickets/{number}/transcript.tbx` and
//! `guilds/{guild}/tickets/{number}/attachments/{message}-{attachment}.tbx`. The name is part
//! of each object's authenticated data, so an object moved or copied to another name does not
//! open.

pub mod dates;
pub mod markdown;
pub mod notes;
pub mod objects;
mod removal;
pub mod render;
pub mod render_view;
pub mod segments;
pub mod stored;
pub mod transcript;

use crate::crypto::seal::{self, Keyring, SealError};
use crate::ids::{GuildId, TicketNumber};
pub use objects::{ObjectError, ObjectStore};
pub use stored::{Opened, TranscriptWriter};
pub use transcript::Transcript;

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error(transparent)]
    Storage(#[from] ObjectError),
    #[error("{name}: {source}")]
    Seal { name: String, source: SealError },
    #[error("transcript {0} is not valid: {1}")]
    Document(String, String),
    #[error("no transcript for ticket #{number} of guild {guild}")]
    NotFound {
        guild: GuildId,
        number: TicketNumber,
    },
}

impl ArchiveError {
    /// Whether retrying later can help (storage outage), as opposed to a tampered object.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Storage(ObjectError::Unavailable(_) | ObjectError::Refused(_))
        )
    }
}

/// The store and the keys. Cheap to share (`Arc`).
#[derive(Debug)]
pub struct Archive {
    store: ObjectStore,
    keys: Keyring,
    indexes: stored::IndexCache,
}

/// The prefix of everything archived for a guild.
pub fn guild_prefix(guild: GuildId) -> String {
    format!("guilds/{guild}/")
}

/// The prefix of everything archived for a ticket.
pub fn ticket_prefix(guild: GuildId, number: TicketNumber) -> String {
    format!("guilds/{guild}/tickets/{number}/")
}

pub fn transcript_name(guild: GuildId, number: TicketNumber) -> String {
    format!("{}transcript.tbx", ticket_prefix(guild, number))
}

/// An attachment's object name relative to its ticket's prefix (what the document stores).
pub fn attachment_relative_name(message: u64, attachment: u64) -> String {
    format!("attachments/{message}-{attachment}.tbx")
}

/// The ticket an object name belongs to: `guilds/{guild}/tickets/{number}/…`.
pub fn ticket_of(name: &str) -> Option<(GuildId, TicketNumber)> {
    let mut parts = name.split('/');
    match (parts.next()?, parts.next()?, parts.next()?, parts.next()?) {
        ("guilds", guild, "tickets", number) => Some((
            GuildId::new(guild.parse().ok()?),
            TicketNumber::new(number.parse().ok()?),
        )),
        _ => None,
    }
}

/// The ticket whose transcript (index) object `name` is.
fn transcript_of(name: &str) -> Option<TicketNumber> {
    ticket_of(name)
        .filter(|(guild, number)| transcript_name(*guild, *number) == name)
        .map(|(_, number)| number)
}

/// The guild an object name belongs to (`guilds/{guild}/…`).
pub fn guild_of(name: &str) -> Option<GuildId> {
    let rest = name.strip_prefix("guilds/")?;
    let (guild, _) = rest.split_once('/')?;
    guild.parse().ok().map(GuildId::new)
}

impl Archive {
    pub fn new(store: ObjectStore, keys: Keyring) -> Self {
        Self {
            store,
            keys,
            indexes: stored::IndexCache::default(),
        }
    }

    pub fn store(&self) -> &ObjectStore {
        &self.store
    }

    pub fn keys(&self) -> &Keyring {
        &self.keys
    }

    /// Seals `plain` for `guild` under `name` and stores it.
    pub async fn put_sealed(
        &self,
        guild: GuildId,
        name: &str,
        plain: Vec<u8>,
    ) -> Result<(), ArchiveError> {
        let sealed = self
            .off_runtime(name, move |keys, name| {
                seal::seal(keys, guild, name, &plain)
            })
            .await?;
        let bytes = sealed.len() as u64;
        self.store.put(name, sealed).await?;
        // Counted by name here (below the services, which describe it).
        metrics::counter!("ticketbox_archive_objects_stored_total").increment(1);
        metrics::counter!("ticketbox_archive_bytes_stored_total").increment(bytes);
        Ok(())
    }

    /// The opened object under `name`, or `None` when there is none.
    pub async fn get_opened(
        &self,
        guild: GuildId,
        name: &str,
    ) -> Result<Option<Vec<u8>>, ArchiveError> {
        let Some(blob) = self.store.get(name).await? else {
            return Ok(None);
        };
        let plain = self
            .off_runtime(name, move |keys, name| seal::open(keys, guild, name, &blob))
            .await?;
        Ok(Some(plain))
    }

    /// Runs sealing work for object `name` on a blocking thread (compression and AES are CPU
    /// work), with this archive's keys.
    async fn off_runtime<F>(&self, name: &str, work: F) -> Result<Vec<u8>, ArchiveError>
    where
        F: FnOnce(&Keyring, &str) -> Result<Vec<u8>, SealError> + Send + 'static,
    {
        let keys = self.keys.clone();
        let owned = name.to_owned();
        tokio::task::spawn_blocking(move || work(&keys, &owned))
            .await
            .map_err(|e| ArchiveError::Document(name.to_owned(), e.to_string()))?
            .map_err(|source| ArchiveError::Seal {
                name: name.to_owned(),
                source,
            })
    }

    /// An archived attachment's bytes, by the name the transcript records.
    pub async fn load_attachment(
        &self,
        guild: GuildId,
        number: TicketNumber,
        stored: &str,
    ) -> Result<Option<Vec<u8>>, ArchiveError> {
        let name = format!("{}{stored}", ticket_prefix(guild, number));
        self.get_opened(guild, &name).await
    }

    /// Deletes everything archived for a ticket.
    pub async fn delete_ticket(
        &self,
        guild: GuildId,
        number: TicketNumber,
    ) -> Result<usize, ArchiveError> {
        let deleted = self.delete_under(&ticket_prefix(guild, number)).await;
        // After the delete: an index opened while it ran is not kept either.
        self.indexes.forget(guild, Some(number));
        deleted
    }

    /// Deletes everything archived for a guild.
    pub async fn delete_guild(&self, guild: GuildId) -> Result<usize, ArchiveError> {
        let deleted = self.delete_under(&guild_prefix(guild)).await;
        self.indexes.forget(guild, None);
        deleted
    }

    async fn delete_under(&self, prefix: &str) -> Result<usize, ArchiveError> {
        let names = self.store.list(prefix).await?;
        for name in &names {
            self.store.delete(name).await?;
        }
        Ok(names.len())
    }

    /// Re-seals every object not sealed under the current key, one by one with no other
    /// coordination (the commands run `app::rekey`, which takes turns with removals).
    pub async fn rekey(&self) -> Result<RekeyReport, ArchiveError> {
        let names = self.store.list("guilds/").await?;
        let mut report = RekeyReport {
            total: names.len(),
            ..RekeyReport::default()
        };
        for name in names {
            let outcome = self.rekey_one(&name).await?;
            report.record(&name, outcome);
        }
        Ok(report)
    }

    /// Re-seals object `name` under the current key if it is sealed under another; a
    /// transcript of document version 1 is converted to segments (sealed under the current
    /// key).
    pub async fn rekey_one(&self, name: &str) -> Result<Resealed, ArchiveError> {
        let Some(guild) = guild_of(name) else {
            return Ok(Resealed::Failed("not a ticketbox object name".to_owned()));
        };
        if let Some(number) = transcript_of(name) {
            match self.convert_transcript(guild, number).await {
                Ok(true) => return Ok(Resealed::Converted),
                Ok(false) => {}
                Err(ArchiveError::NotFound { .. }) => return Ok(Resealed::Gone),
                Err(e @ (ArchiveError::Seal { .. } | ArchiveError::Document(..))) => {
                    return Ok(Resealed::Failed(e.to_string()));
                }
                Err(e) => return Err(e),
            }
        }
        let Some(blob) = self.store.get(name).await? else {
            return Ok(Resealed::Gone);
        };
        match seal::parse_header(&blob) {
            Ok(h) if h.key_id == self.keys.current_id() => return Ok(Resealed::Already),
            Ok(_) => {}
            Err(e) => return Ok(Resealed::Failed(e.to_string())),
        }
        let resealed = self
            .off_runtime(name, move |keys, name| {
                let plain = seal::open(keys, guild, name, &blob)?;
                seal::seal(keys, guild, name, &plain)
            })
            .await;
        match resealed {
            Ok(sealed) => {
                self.store.put(name, sealed).await?;
                Ok(Resealed::Done)
            }
            Err(ArchiveError::Seal { source, .. }) => Ok(Resealed::Failed(source.to_string())),
            Err(e) => Err(e),
        }
    }
}

/// What [`Archive::rekey_one`] did with one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resealed {
    /// Already sealed under the current key.
    Already,
    Done,
    /// A version 1 transcript, now segmented.
    Converted,
    /// No longer there (deleted meanwhile).
    Gone,
    /// Cannot be opened (corrupt, a key no longer configured): why.
    Failed(String),
}

/// How far a rekey got: what the command prints, and a handed-over job's progress.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RekeyReport {
    /// Objects to look at.
    pub total: usize,
    pub checked: usize,
    pub resealed: usize,
    /// Version 1 transcripts converted to segments.
    #[serde(default)]
    pub converted: usize,
    /// Left alone: deleted meanwhile, or their ticket no longer exists (a purge is removing
    /// them).
    pub skipped: usize,
    pub failed: Vec<(String, String)>,
}

impl RekeyReport {
    pub fn record(&mut self, name: &str, outcome: Resealed) {
        self.checked += 1;
        match outcome {
            Resealed::Already => {}
            Resealed::Done => self.resealed += 1,
            Resealed::Converted => self.converted += 1,
            Resealed::Gone => self.skipped += 1,
            Resealed::Failed(why) => self.failed.push((name.to_owned(), why)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_names_name_their_ticket() {
        assert_eq!(
            ticket_of("guilds/12/tickets/7/transcript.tbx"),
            Some((GuildId::new(12), TicketNumber::new(7)))
        );
        assert_eq!(
            ticket_of("guilds/12/tickets/7/attachments/1-2.tbx").map(|t| t.1),
            Some(TicketNumber::new(7))
        );
        assert_eq!(ticket_of("guilds/12/other.tbx"), None);
        assert_eq!(ticket_of("guilds/x/tickets/7/transcript.tbx"), None);
        assert_eq!(
            transcript_of("guilds/12/tickets/7/transcript.tbx"),
            Some(TicketNumber::new(7))
        );
        assert_eq!(
            transcript_of("guilds/12/tickets/7/segments/a-00000.tbx"),
            None
        );
        assert_eq!(transcript_of("guilds/12/tickets/7/x/transcript.tbx"), None);
    }
}
