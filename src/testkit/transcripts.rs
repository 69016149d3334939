//! Synthetic transcripts for tests and benches: `messages` messages by 20 participants with
//! the mix a busy ticket has (markdown, mentions, links, code, replies, embeds, reactions,
//! archived attachments).

use std::collections::BTreeMap;

use crate::archive::transcript::{
    Attachment, DOCUMENT_VERSION, Embed, GuildInfo, Message, Participant, Reaction, TicketInfo,
    Transcript,
};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, MessageId, RoleId, TicketNumber, UserId};

/// A transcript of ticket `number` in `guild`, opened by `opener`.
pub fn synthetic(guild: GuildId, number: u32, opener: UserId, messages: usize) -> Transcript {
    let start = 1_780_000_000_000_i64;
    let mut participants = BTreeMap::new();
    let users: Vec<UserId> = std::iter::once(opener)
        .chain((1..20).map(|i| UserId::new(500 + i)))
        .collect();
    for (i, u) in users.iter().enumerate() {
        participants.insert(
            *u,
            Participant {
                id: *u,
                username: format!("user{i}"),
                global_name: (i % 2 == 0).then(|| format!("User Number {i}")),
                avatar: (i % 3 == 0).then(|| format!("a1b2c3d4e5f6{i:04}")),
                discriminator: None,
                bot: i == 19,
                removed: false,
            },
        );
    }
    let list = (0..messages).map(|n| message(n, &users, start)).collect();
    Transcript {
        version: DOCUMENT_VERSION,
        guild: GuildInfo {
            id: guild,
            name: "Synthetic".to_owned(),
        },
        ticket: TicketInfo {
            number: TicketNumber::new(number),
            panel: Some("Billing".to_owned()),
            subject: Some("A long ticket".to_owned()),
            channel: Some(ChannelId::new(42)),
            channel_name: Some(format!("ticket-{number}")),
            is_thread: false,
            opener,
            claimed_by: Some(users[1]),
            closed_by: Some(users[1]),
            close_reason: Some("solved".to_owned()),
            opened_at: Timestamp::from_millis(start),
            closed_at: Timestamp::from_millis(start + messages as i64 * 30_000),
            answers: Vec::new(),
            labels: Vec::new(),
        },
        participants,
        channels: BTreeMap::from([(ChannelId::new(42), format!("ticket-{number}"))]),
        roles: BTreeMap::from([(RoleId::new(43), "Staff".to_owned())]),
        messages: list,
        notes: Vec::new(),
        archived_at: Timestamp::from_millis(start + messages as i64 * 30_000),
    }
}

/// Message `n` of the synthetic transcript.
fn message(n: usize, users: &[UserId], start: i64) -> Message {
    let id = MessageId::new(1_000_000 + n as u64);
    let author = users[(n / 3) % users.len()];
    let mut content = format!(
        "Message {n}: **bold** and _italic_ text about invoice {} with a link https://example.com/i/{n} and <@{}>",
        7000 + n,
        users[(n + 1) % users.len()]
    );
    if n.is_multiple_of(25) {
        content.push_str("\n```\nlet total = price * quantity;\n```");
    }
    if n.is_multiple_of(40) {
        content.push_str("\n> quoted from the customer\n||spoiler||");
    }
    Message {
        id,
        author,
        content,
        kind: if n % 10 == 5 { 19 } else { 0 },
        sent_at: Timestamp::from_millis(start + n as i64 * 30_000),
        edited_at: (n.is_multiple_of(33))
            .then(|| Timestamp::from_millis(start + n as i64 * 30_000 + 5_000)),
        reply_to: (n % 10 == 5).then(|| MessageId::new(1_000_000 + n as u64 - 3)),
        embeds: if n.is_multiple_of(50) {
            vec![Embed {
                title: Some("Order".to_owned()),
                description: Some("**12.50 €** refunded".to_owned()),
                colour: Some(0x0023_a55a),
                ..Embed::default()
            }]
        } else {
            Vec::new()
        },
        attachments: if n.is_multiple_of(100) {
            vec![Attachment {
                id: n as u64,
                filename: format!("scan-{n}.png"),
                content_type: Some(
                    if n.is_multiple_of(200) {
                        "image/png"
                    } else {
                        "application/pdf"
                    }
                    .to_owned(),
                ),
                size: 120_000,
                stored: Some(format!("attachments/{id}-{n}.tbx")),
                skipped: None,
            }]
        } else {
            Vec::new()
        },
        stickers: Vec::new(),
        reactions: if n.is_multiple_of(7) {
            vec![Reaction {
                emoji: "👍".to_owned(),
                count: 2,
            }]
        } else {
            Vec::new()
        },
        mentions: vec![users[(n + 1) % users.len()]],
        mention_roles: Vec::new(),
        on_behalf_of: None,
        removed: false,
    }
}
