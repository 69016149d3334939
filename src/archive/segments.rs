//! The segmented transcript (document version 2): a small index with the ticket's header,
//! participants and attachment list, and the messages in segments of [`SEGMENT_MESSAGES`],
//! each sealed on its own. Archiving writes a segment as soon as it is full and the viewer
//! opens only the segments of the page it shows, so neither needs memory in proportion to
//! the ticket (docs/transcript-format.md).
//!
//! Every write is a new *generation* (a random id in each segment's object name and in the
//! index): segments are written first, the index last, then older generations are deleted, so
//! a reader always sees one complete transcript. The index records each segment's message
//! count, first and last message id and SHA-256; a missing, swapped, shortened or stale
//! segment is refused, never shown as if complete.

use std::collections::BTreeMap;

use ring::digest;
use serde::{Deserialize, Serialize};

use super::transcript::{Attachment, GuildInfo, Message, Participant, TicketInfo, Transcript};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, MessageId, RoleId, UserId};

/// Messages per segment.
pub const SEGMENT_MESSAGES: usize = 1000;
/// The document version of an index and its segments.
pub const SEGMENTED_VERSION: u32 = 2;

/// `transcript.tbx` of version 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    /// This write's id: in every segment's name and payload.
    pub generation: String,
    pub guild: GuildInfo,
    pub ticket: TicketInfo,
    pub participants: BTreeMap<UserId, Participant>,
    pub channels: BTreeMap<ChannelId, String>,
    pub roles: BTreeMap<RoleId, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub archived_at: Timestamp,
    /// Messages in all segments together.
    pub message_count: usize,
    /// In order: segment `n` is `segments[n]`.
    pub segments: Vec<SegmentRef>,
    /// Every attachment of every message, in message order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<AttachmentRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentRef {
    pub count: usize,
    pub first: MessageId,
    pub last: MessageId,
    /// SHA-256 of the segment's JSON payload, hex.
    pub sha256: String,
}

/// An attachment as the index lists it: the message's attachment with the message's id, enough
/// to serve the file without opening a segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentRef {
    pub message: MessageId,
    #[serde(flatten)]
    pub attachment: Attachment,
}

/// A segment's payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub version: u32,
    pub generation: String,
    pub n: usize,
    pub messages: Vec<Message>,
}

/// Why a stored segment is not the one the index names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SegmentError {
    #[error("segment {0} is missing")]
    Missing(usize),
    #[error("segment {n} does not match the index ({why})")]
    Mismatch { n: usize, why: &'static str },
    #[error("the index is inconsistent ({0})")]
    Index(&'static str),
}

/// A segment's object name relative to its ticket's prefix.
pub fn segment_relative_name(generation: &str, n: usize) -> String {
    format!("segments/{generation}-{n:05}.tbx")
}

/// The folder of all segments, relative to the ticket's prefix.
pub const SEGMENTS_DIR: &str = "segments/";

/// A new random generation id (16 hex digits).
pub fn new_generation() -> String {
    use ring::rand::SecureRandom;
    let mut bytes = [0_u8; 8];
    // The system's random source does not fail on a supported platform; a fixed fallback
    // would still be safe (names only need to differ from the previous write's).
    if ring::rand::SystemRandom::new().fill(&mut bytes).is_err() {
        bytes = u64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
                & u128::from(u64::MAX),
        )
        .unwrap_or_default()
        .to_be_bytes();
    }
    hex::encode(bytes)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(digest::digest(&digest::SHA256, bytes))
}

impl Segment {
    /// The payload and its reference for the index. `None` for no messages (nothing is
    /// stored for an empty history).
    pub fn encode(
        generation: &str,
        n: usize,
        messages: Vec<Message>,
    ) -> Result<Option<(Vec<u8>, SegmentRef)>, serde_json::Error> {
        let (Some(first), Some(last)) = (
            messages.first().map(|m| m.id),
            messages.last().map(|m| m.id),
        ) else {
            return Ok(None);
        };
        let count = messages.len();
        let segment = Segment {
            version: SEGMENTED_VERSION,
            generation: generation.to_owned(),
            n,
            messages,
        };
        let json = serde_json::to_vec(&segment)?;
        let reference = SegmentRef {
            count,
            first,
            last,
            sha256: sha256_hex(&json),
        };
        Ok(Some((json, reference)))
    }

    /// Parses and checks segment `n` of `index`.
    pub fn decode(index: &Index, n: usize, json: &[u8]) -> Result<Vec<Message>, SegmentError> {
        let wanted = index.segments.get(n).ok_or(SegmentError::Missing(n))?;
        Self::decode_checked(&index.generation, n, wanted, json)
    }

    /// Parses segment `n` of generation `generation`, checked against its reference.
    pub fn decode_checked(
        generation: &str,
        n: usize,
        wanted: &SegmentRef,
        json: &[u8],
    ) -> Result<Vec<Message>, SegmentError> {
        let mismatch = |why| SegmentError::Mismatch { n, why };
        if sha256_hex(json) != wanted.sha256 {
            return Err(mismatch("checksum"));
        }
        let segment: Segment = serde_json::from_slice(json).map_err(|_| mismatch("not JSON"))?;
        if segment.version != SEGMENTED_VERSION
            || segment.generation != generation
            || segment.n != n
        {
            return Err(mismatch("another transcript's segment"));
        }
        if segment.messages.len() != wanted.count
            || segment.messages.first().map(|m| m.id) != Some(wanted.first)
            || segment.messages.last().map(|m| m.id) != Some(wanted.last)
        {
            return Err(mismatch("messages"));
        }
        Ok(segment.messages)
    }
}

impl Index {
    /// The header of `t` (its messages are not looked at) with these segments.
    pub fn new(
        t: &Transcript,
        generation: String,
        segments: Vec<SegmentRef>,
        attachments: Vec<AttachmentRef>,
    ) -> Self {
        Self {
            version: SEGMENTED_VERSION,
            generation,
            guild: t.guild.clone(),
            ticket: t.ticket.clone(),
            participants: t.participants.clone(),
            channels: t.channels.clone(),
            roles: t.roles.clone(),
            notes: t.notes.clone(),
            archived_at: t.archived_at,
            message_count: segments.iter().map(|s| s.count).sum(),
            segments,
            attachments,
        }
    }

    /// The transcript without its messages.
    pub fn header(&self) -> Transcript {
        Transcript {
            version: self.version,
            guild: self.guild.clone(),
            ticket: self.ticket.clone(),
            participants: self.participants.clone(),
            channels: self.channels.clone(),
            roles: self.roles.clone(),
            messages: Vec::new(),
            notes: self.notes.clone(),
            archived_at: self.archived_at,
        }
    }

    /// Counts and ids agree and segments follow each other in message order.
    pub fn check(&self) -> Result<(), SegmentError> {
        if self.segments.iter().map(|s| s.count).sum::<usize>() != self.message_count {
            return Err(SegmentError::Index("message count"));
        }
        let ordered = self.segments.windows(2).all(|w| w[0].last < w[1].first)
            && self
                .segments
                .iter()
                .all(|s| s.count > 0 && s.first <= s.last);
        if !ordered {
            return Err(SegmentError::Index("segment order"));
        }
        Ok(())
    }

    /// The segments holding messages `range` (positions in the whole transcript), with the
    /// position of each one's first message.
    pub fn segments_for(&self, range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (n, s) in self.segments.iter().enumerate() {
            let end = start + s.count;
            if start < range.end && range.start < end {
                out.push((n, start));
            }
            start = end;
        }
        out
    }

    /// The segment that would hold message `id`, with its first message's position.
    pub fn segment_of(&self, id: MessageId) -> Option<(usize, usize)> {
        let mut start = 0;
        for (n, s) in self.segments.iter().enumerate() {
            if s.first <= id && id <= s.last {
                return Some((n, start));
            }
            start += s.count;
        }
        None
    }
}

/// The attachment list of `messages`, for the index.
pub fn attachment_refs(messages: &[Message]) -> impl Iterator<Item = AttachmentRef> + '_ {
    messages.iter().flat_map(|m| {
        m.attachments.iter().map(move |a| AttachmentRef {
            message: m.id,
            attachment: a.clone(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::GuildId;

    fn index_of(doc: &Transcript) -> (Index, Vec<Vec<u8>>) {
        let generation = new_generation();
        let mut refs = Vec::new();
        let mut payloads = Vec::new();
        for (n, chunk) in doc.messages.chunks(SEGMENT_MESSAGES).enumerate() {
            let (json, r) = Segment::encode(&generation, n, chunk.to_vec())
                .unwrap()
                .unwrap();
            refs.push(r);
            payloads.push(json);
        }
        let atts = attachment_refs(&doc.messages).collect();
        (Index::new(doc, generation, refs, atts), payloads)
    }

    #[test]
    fn segments_round_trip_and_are_found_by_position_and_id() {
        let doc = crate::testkit::transcripts::synthetic(GuildId::new(1), 1, UserId::new(5), 2500);
        let (index, payloads) = index_of(&doc);
        index.check().unwrap();
        assert_eq!(index.message_count, 2500);
        assert_eq!(index.segments.len(), 3);
        let mut all = Vec::new();
        for (n, json) in payloads.iter().enumerate() {
            all.extend(Segment::decode(&index, n, json).unwrap());
        }
        assert_eq!(all, doc.messages);
        assert_eq!(index.segments_for(0..500), [(0, 0)]);
        assert_eq!(index.segments_for(500..1500), [(0, 0), (1, 1000)]);
        assert_eq!(index.segments_for(2400..2900), [(2, 2000)]);
        assert_eq!(
            index.segment_of(doc.messages[1999].id),
            Some((1, 1000)),
            "by id"
        );
        assert_eq!(index.segment_of(MessageId::new(1)), None);
        let mut header = index.header();
        header.messages = all;
        assert_eq!(header.participants, doc.participants);
    }

    /// A segment from another place, another write or with other messages is refused.
    #[test]
    fn swapped_stale_or_shortened_segments_are_refused() {
        let doc = crate::testkit::transcripts::synthetic(GuildId::new(1), 1, UserId::new(5), 2100);
        let (index, payloads) = index_of(&doc);
        assert!(matches!(
            Segment::decode(&index, 1, &payloads[0]),
            Err(SegmentError::Mismatch { n: 1, .. })
        ));
        assert_eq!(
            Segment::decode(&index, 3, &payloads[0]),
            Err(SegmentError::Missing(3))
        );
        // Same messages, written by an earlier write (another generation).
        let (older, _) = index_of(&doc);
        assert!(Segment::decode(&older, 0, &payloads[0]).is_err());
        // An index whose segment list lost one (truncated) no longer adds up.
        let mut cut = index.clone();
        cut.segments.pop();
        assert_eq!(cut.check(), Err(SegmentError::Index("message count")));
        let mut reordered = index.clone();
        reordered.segments.swap(0, 1);
        assert_eq!(reordered.check(), Err(SegmentError::Index("segment order")));
    }
}
