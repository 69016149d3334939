//! Reading and writing transcripts as stored objects: the segmented form (index and segments,
//! `segments.rs`) and the single-object form of document version 1, which stays readable
//! until `archive rekey` converts it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::segments::{
    AttachmentRef, Index, SEGMENT_MESSAGES, SEGMENTED_VERSION, SEGMENTS_DIR, Segment, SegmentError,
    SegmentRef, attachment_refs, new_generation, segment_relative_name,
};
use super::transcript::{Attachment, DOCUMENT_VERSION, Message, Transcript};
use super::{Archive, ArchiveError, ticket_prefix, transcript_name};
use crate::ids::{GuildId, MessageId, TicketNumber};

/// How long an opened index is reused (a reader paging through a transcript).
const INDEX_TTL: Duration = Duration::from_secs(30);
/// Indexes kept at once.
const INDEX_CACHE: usize = 64;

/// A stored transcript, opened: its index, and for a version 1 transcript its messages (that
/// form has no segments).
#[derive(Debug)]
pub struct Opened {
    pub index: Index,
    legacy: Option<Vec<Message>>,
}

impl Opened {
    /// Whether this is a single-object transcript of document version 1.
    pub fn is_legacy(&self) -> bool {
        self.legacy.is_some()
    }

    /// The attachment the transcript lists under object name `stored`.
    pub fn attachment(&self, stored: &str) -> Option<&Attachment> {
        self.index
            .attachments
            .iter()
            .map(|a| &a.attachment)
            .find(|a| a.stored.as_deref() == Some(stored))
    }
}

type TicketKey = (GuildId, TicketNumber);

/// Recently opened indexes; every write or delete of a ticket's transcript drops its entry.
#[derive(Debug, Default)]
pub(super) struct IndexCache {
    entries: Mutex<HashMap<TicketKey, (Instant, Arc<Opened>)>>,
}

impl IndexCache {
    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<TicketKey, (Instant, Arc<Opened>)>> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn get(&self, key: TicketKey) -> Option<Arc<Opened>> {
        self.entries()
            .get(&key)
            .filter(|(at, _)| at.elapsed() < INDEX_TTL)
            .map(|(_, o)| Arc::clone(o))
    }

    fn put(&self, key: TicketKey, opened: Arc<Opened>) {
        let mut entries = self.entries();
        entries.retain(|_, (at, _)| at.elapsed() < INDEX_TTL);
        if entries.len() >= INDEX_CACHE
            && let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, (at, _))| *at)
                .map(|(k, _)| *k)
        {
            entries.remove(&oldest);
        }
        entries.insert(key, (Instant::now(), opened));
    }

    pub(super) fn forget(&self, guild: GuildId, number: Option<TicketNumber>) {
        self.entries()
            .retain(|(g, n), _| *g != guild || number.is_some_and(|want| *n != want));
    }
}

/// The object name of segment `n` of a ticket's transcript generation `generation`.
fn segment_name(guild: GuildId, number: TicketNumber, generation: &str, n: usize) -> String {
    format!(
        "{}{}",
        ticket_prefix(guild, number),
        segment_relative_name(generation, n)
    )
}

fn invalid(name: &str, e: impl std::fmt::Display) -> ArchiveError {
    ArchiveError::Document(name.to_owned(), e.to_string())
}

/// Writes one transcript as a new generation: segments as they come, the index last.
pub struct TranscriptWriter<'a> {
    archive: &'a Archive,
    guild: GuildId,
    number: TicketNumber,
    generation: String,
    segments: Vec<SegmentRef>,
    attachments: Vec<AttachmentRef>,
}

impl TranscriptWriter<'_> {
    /// Messages written so far.
    pub fn message_count(&self) -> usize {
        self.segments.iter().map(|s| s.count).sum()
    }

    /// Seals and stores `messages` (at most [`SEGMENT_MESSAGES`], following those written
    /// before) as the next segment.
    pub async fn push(&mut self, messages: Vec<Message>) -> Result<(), ArchiveError> {
        let n = self.segments.len();
        let name = self.segment_name(n);
        self.attachments.extend(attachment_refs(&messages));
        let Some((json, reference)) =
            Segment::encode(&self.generation, n, messages).map_err(|e| invalid(&name, e))?
        else {
            return Ok(());
        };
        self.archive.put_sealed(self.guild, &name, json).await?;
        self.segments.push(reference);
        Ok(())
    }

    /// Changes every segment written so far with `change` (applied to the header with the
    /// segment's messages), before the index is written: nobody has seen them yet.
    pub async fn revisit(
        &mut self,
        header: &Transcript,
        mut change: impl FnMut(&mut Transcript),
    ) -> Result<(), ArchiveError> {
        self.attachments.clear();
        for n in 0..self.segments.len() {
            let name = self.segment_name(n);
            let messages = self
                .archive
                .read_segment_named(
                    self.guild,
                    name,
                    &self.generation,
                    n,
                    self.segments[n].clone(),
                )
                .await?;
            let mut part = header.clone();
            part.messages = messages;
            change(&mut part);
            let name = self.segment_name(n);
            self.attachments.extend(attachment_refs(&part.messages));
            let (json, reference) = Segment::encode(&self.generation, n, part.messages)
                .map_err(|e| invalid(&name, e))?
                .ok_or_else(|| invalid(&name, "a segment lost its messages"))?;
            self.archive.put_sealed(self.guild, &name, json).await?;
            self.segments[n] = reference;
        }
        Ok(())
    }

    fn segment_name(&self, n: usize) -> String {
        segment_name(self.guild, self.number, &self.generation, n)
    }

    fn draft_index(&self, header: &Transcript) -> Index {
        Index::new(
            header,
            self.generation.clone(),
            self.segments.clone(),
            self.attachments.clone(),
        )
    }

    /// Stores the index (with `header`'s ticket, participants, names and notes), then deletes
    /// every other generation's segments: from here on readers see this transcript.
    pub async fn finish(self, header: &Transcript) -> Result<(), ArchiveError> {
        let index = self.draft_index(header);
        let name = transcript_name(self.guild, self.number);
        let json = serde_json::to_vec(&index).map_err(|e| invalid(&name, e))?;
        self.archive.put_sealed(self.guild, &name, json).await?;
        self.archive.indexes.forget(self.guild, Some(self.number));
        let dir = format!("{}{SEGMENTS_DIR}", ticket_prefix(self.guild, self.number));
        let current = format!("{dir}{}-", self.generation);
        for old in self.archive.store.list(&dir).await? {
            if !old.starts_with(&current) {
                self.archive.store.delete(&old).await?;
            }
        }
        Ok(())
    }
}

/// A transcript rewritten segment by segment (a removal), waiting for [`Rewrite::commit`]:
/// until then readers see the earlier generation.
pub struct Rewrite<'a> {
    writer: TranscriptWriter<'a>,
    header: Transcript,
}

impl Rewrite<'_> {
    /// The header the new index will have.
    pub fn header(&self) -> &Transcript {
        &self.header
    }

    /// The newest message of the rewritten transcript (`None`: it has none).
    pub fn last_message(&self) -> Option<MessageId> {
        self.writer.segments.last().map(|s| s.last)
    }

    pub async fn commit(self) -> Result<(), ArchiveError> {
        self.writer.finish(&self.header).await
    }
}

impl Archive {
    /// A writer for a new generation of ticket `number`'s transcript.
    pub fn writer(&self, guild: GuildId, number: TicketNumber) -> TranscriptWriter<'_> {
        TranscriptWriter {
            archive: self,
            guild,
            number,
            generation: new_generation(),
            segments: Vec::new(),
            attachments: Vec::new(),
        }
    }

    /// Stores a whole transcript document (segmented).
    pub async fn save_transcript(&self, transcript: &Transcript) -> Result<(), ArchiveError> {
        let mut writer = self.writer(transcript.guild.id, transcript.ticket.number);
        for chunk in transcript.messages.chunks(SEGMENT_MESSAGES) {
            writer.push(chunk.to_vec()).await?;
        }
        writer.finish(transcript).await
    }

    /// The index of ticket `number`'s transcript (reused for a short while).
    pub async fn open_transcript(
        &self,
        guild: GuildId,
        number: TicketNumber,
    ) -> Result<Arc<Opened>, ArchiveError> {
        if let Some(found) = self.indexes.get((guild, number)) {
            return Ok(found);
        }
        let name = transcript_name(guild, number);
        let plain = self
            .get_opened(guild, &name)
            .await?
            .ok_or(ArchiveError::NotFound { guild, number })?;
        let opened = Arc::new(Self::parse_stored(&name, &plain)?);
        // A version 1 transcript holds every message: not kept around.
        if !opened.is_legacy() {
            self.indexes.put((guild, number), Arc::clone(&opened));
        }
        Ok(opened)
    }

    /// Drops ticket `number`'s cached index, if any (every write does this itself; the
    /// viewer benchmark uses it to measure an uncached open).
    pub fn forget_index(&self, guild: GuildId, number: TicketNumber) {
        self.indexes.forget(guild, Some(number));
    }

    /// A stored `transcript.tbx`: an index (version 2) or a whole document (version 1).
    fn parse_stored(name: &str, plain: &[u8]) -> Result<Opened, ArchiveError> {
        #[derive(serde::Deserialize)]
        struct Version {
            version: u32,
        }
        let v: Version = serde_json::from_slice(plain).map_err(|e| invalid(name, e))?;
        match v.version {
            DOCUMENT_VERSION => {
                let mut doc: Transcript =
                    serde_json::from_slice(plain).map_err(|e| invalid(name, e))?;
                let messages = std::mem::take(&mut doc.messages);
                let mut index = Index::new(&doc, String::new(), Vec::new(), Vec::new());
                index.version = DOCUMENT_VERSION;
                index.message_count = messages.len();
                index.attachments = attachment_refs(&messages).collect();
                Ok(Opened {
                    index,
                    legacy: Some(messages),
                })
            }
            SEGMENTED_VERSION => {
                let index: Index = serde_json::from_slice(plain).map_err(|e| invalid(name, e))?;
                index.check().map_err(|e| invalid(name, e))?;
                Ok(Opened {
                    index,
                    legacy: None,
                })
            }
            other => Err(invalid(
                name,
                format!("document version {other} is newer than this ticketbox reads"),
            )),
        }
    }

    /// Segment `n` of a segmented transcript, checked against its index.
    async fn read_segment(&self, index: &Index, n: usize) -> Result<Vec<Message>, ArchiveError> {
        let (guild, number) = (index.guild.id, index.ticket.number);
        let name = segment_name(guild, number, &index.generation, n);
        let reference = index
            .segments
            .get(n)
            .cloned()
            .ok_or_else(|| invalid(&name, SegmentError::Missing(n)))?;
        self.read_segment_named(guild, name, &index.generation, n, reference)
            .await
    }

    /// Segment `n` of generation `generation`, stored under `name`, checked against its
    /// reference.
    async fn read_segment_named(
        &self,
        guild: GuildId,
        name: String,
        generation: &str,
        n: usize,
        reference: SegmentRef,
    ) -> Result<Vec<Message>, ArchiveError> {
        let plain = self
            .get_opened(guild, &name)
            .await?
            .ok_or_else(|| invalid(&name, SegmentError::Missing(n)))?;
        let generation = generation.to_owned();
        // Checking and parsing a segment is CPU work: off the runtime.
        tokio::task::spawn_blocking(move || {
            Segment::decode_checked(&generation, n, &reference, &plain)
                .map_err(|e| invalid(&name, e))
        })
        .await
        .map_err(|e| invalid("segment", e))?
    }

    /// Messages at positions `range` of the transcript (fewer at its end), reading only the
    /// segments that hold them. Returns the position of the first one returned.
    pub async fn load_messages(
        &self,
        opened: &Opened,
        range: std::ops::Range<usize>,
    ) -> Result<(usize, Vec<Message>), ArchiveError> {
        let end = range.end.min(opened.index.message_count);
        let start = range.start.min(end);
        if let Some(all) = &opened.legacy {
            return Ok((start, all[start..end].to_vec()));
        }
        let mut out = Vec::with_capacity(end - start);
        for (n, first) in opened.index.segments_for(start..end) {
            let messages = self.read_segment(&opened.index, n).await?;
            let from = start.saturating_sub(first);
            let to = (end - first).min(messages.len());
            out.extend(messages.into_iter().take(to).skip(from));
        }
        Ok((start, out))
    }

    /// The position of message `id` in the transcript (reads one segment).
    pub async fn position_of(
        &self,
        opened: &Opened,
        id: MessageId,
    ) -> Result<Option<usize>, ArchiveError> {
        if let Some(all) = &opened.legacy {
            return Ok(all.iter().position(|m| m.id == id));
        }
        let Some((n, first)) = opened.index.segment_of(id) else {
            return Ok(None);
        };
        let messages = self.read_segment(&opened.index, n).await?;
        Ok(messages.iter().position(|m| m.id == id).map(|i| first + i))
    }

    /// The whole transcript of ticket `number` of `guild` (every segment).
    pub async fn load_transcript(
        &self,
        guild: GuildId,
        number: TicketNumber,
    ) -> Result<Transcript, ArchiveError> {
        let opened = self.open_transcript(guild, number).await?;
        let (_, messages) = self.load_messages(&opened, 0..usize::MAX).await?;
        let mut doc = opened.index.header();
        doc.version = SEGMENTED_VERSION;
        doc.messages = messages;
        Ok(doc)
    }

    /// Rewrites ticket `number`'s transcript segment by segment with `change`, which gets the
    /// header with one segment's messages at a time (always the stored header, so a change
    /// that looks at names sees them as stored). The header that results from `change` with
    /// no messages becomes the new index's. A version 1 transcript comes out segmented.
    pub async fn rewrite_transcript(
        &self,
        guild: GuildId,
        number: TicketNumber,
        change: impl FnMut(&mut Transcript),
    ) -> Result<Rewrite<'_>, ArchiveError> {
        let opened = self.open_fresh(guild, number).await?;
        self.rewrite_opened(&opened, change).await
    }

    /// Ticket `number`'s transcript as stored now (never the cached index: a rewrite must
    /// start from the latest).
    async fn open_fresh(
        &self,
        guild: GuildId,
        number: TicketNumber,
    ) -> Result<Arc<Opened>, ArchiveError> {
        self.indexes.forget(guild, Some(number));
        self.open_transcript(guild, number).await
    }

    async fn rewrite_opened(
        &self,
        opened: &Opened,
        mut change: impl FnMut(&mut Transcript),
    ) -> Result<Rewrite<'_>, ArchiveError> {
        let stored = opened.index.header();
        let mut writer = self.writer(opened.index.guild.id, opened.index.ticket.number);
        let parts = if opened.is_legacy() {
            opened.index.message_count.div_ceil(SEGMENT_MESSAGES)
        } else {
            opened.index.segments.len()
        };
        for part in 0..parts {
            let messages = match &opened.legacy {
                Some(all) => {
                    let start = part * SEGMENT_MESSAGES;
                    all[start..(start + SEGMENT_MESSAGES).min(all.len())].to_vec()
                }
                None => self.read_segment(&opened.index, part).await?,
            };
            let mut doc = stored.clone();
            doc.messages = messages;
            change(&mut doc);
            writer.push(doc.messages).await?;
        }
        let mut header = stored;
        change(&mut header);
        header.messages = Vec::new();
        Ok(Rewrite { writer, header })
    }

    /// Converts a version 1 transcript to segments (`archive rekey`). False when it already is.
    pub async fn convert_transcript(
        &self,
        guild: GuildId,
        number: TicketNumber,
    ) -> Result<bool, ArchiveError> {
        let opened = self.open_fresh(guild, number).await?;
        if !opened.is_legacy() {
            return Ok(false);
        }
        self.rewrite_opened(&opened, |_| {}).await?.commit().await?;
        Ok(true)
    }
}
