#![allow(clippy::cast_precision_loss)] // report figures are far below 2^52
//! Compress + seal throughput on one core, and the per-message cost of sealing a transcript
//! against a per-field PBKDF2-SHA512 (100,000 iterations) scheme, as a popular self-hosted peer
//! encrypts each stored field.
//!
//! Run: `cargo bench --bench seal` (`MB` sets the payload size, default 64).

use std::num::NonZeroU32;
use std::time::Instant;

use ticketbox::crypto::MasterKey;
use ticketbox::crypto::seal::{KeyId, Keyring, open, seal};
use ticketbox::ids::GuildId;

/// The same allocator as the `ticketbox` binary, so the figures match production.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Chat-like JSON lines: what a transcript document is made of.
fn transcript(bytes: usize) -> (Vec<u8>, usize) {
    let words = [
        "hello",
        "order",
        "refund",
        "please",
        "thanks",
        "ticket",
        "support",
        "waiting",
        "the",
        "my",
        "it",
        "arrived",
        "broken",
        "yesterday",
        "number",
        "can",
        "you",
        "check",
    ];
    let mut out = Vec::with_capacity(bytes + 256);
    let mut n: usize = 0;
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    while out.len() < bytes {
        let mut text = String::new();
        for _ in 0..12 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(words[usize::try_from(state % words.len() as u64).unwrap_or(0)]);
            text.push(' ');
        }
        out.extend_from_slice(
            format!(
                r#"{{"id":"{}","author":"{}","content":"{}","timestamp":"2026-11-27T10:{:02}:00Z"}}"#,
                1_300_000_000_000_000_000_u64 + n as u64,
                900 + n % 7,
                text.trim_end(),
                n % 60
            )
            .as_bytes(),
        );
        out.push(b'\n');
        n += 1;
    }
    (out, n)
}

fn main() {
    let is_bench = std::env::args().any(|a| a == "--bench");
    let mb: usize = std::env::var("MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if is_bench { 64 } else { 1 });
    let keys = Keyring::new(KeyId(1), MasterKey::from_hex(&"5a".repeat(32)).unwrap());
    let guild = GuildId::new(1);
    let (doc, messages) = transcript(mb * 1024 * 1024);

    let started = Instant::now();
    let sealed = seal(&keys, guild, "transcripts/1/1/transcript.json.zst", &doc).unwrap();
    let seal_time = started.elapsed();
    let started = Instant::now();
    let opened = open(&keys, guild, "transcripts/1/1/transcript.json.zst", &sealed).unwrap();
    let open_time = started.elapsed();
    assert_eq!(opened, doc);

    // The per-field scheme: one PBKDF2-SHA512 derivation of 100,000 iterations per stored
    // field (each message's content), measured on a sample and scaled per message.
    let sample = if is_bench { 20 } else { 2 };
    let iterations = NonZeroU32::new(100_000).unwrap();
    let started = Instant::now();
    let mut out = [0u8; 64];
    for i in 0..sample {
        ring::pbkdf2::derive(
            ring::pbkdf2::PBKDF2_HMAC_SHA512,
            iterations,
            &u64::from(i).to_be_bytes(),
            b"a user's password",
            &mut out,
        );
    }
    let pbkdf2_per_field = started.elapsed() / sample;
    let seal_per_message = seal_time / u32::try_from(messages).unwrap_or(u32::MAX);

    let mb_s = |bytes: usize, d: std::time::Duration| bytes as f64 / 1_048_576.0 / d.as_secs_f64();
    println!(
        "seal: {:.1} MB transcript, {messages} messages, one core",
        doc.len() as f64 / 1_048_576.0
    );
    println!(
        "  compress + seal: {:.3} s = {:.0} MB/s (sealed size {:.1}% of plain)",
        seal_time.as_secs_f64(),
        mb_s(doc.len(), seal_time),
        sealed.len() as f64 * 100.0 / doc.len() as f64
    );
    println!(
        "  open + decompress: {:.3} s = {:.0} MB/s",
        open_time.as_secs_f64(),
        mb_s(doc.len(), open_time)
    );
    println!(
        "  per message: sealing {:.3} µs; per-field PBKDF2-SHA512 (100,000 iterations) {:.1} ms; ratio {:.0}x",
        seal_per_message.as_secs_f64() * 1e6,
        pbkdf2_per_field.as_secs_f64() * 1e3,
        pbkdf2_per_field.as_secs_f64() / seal_per_message.as_secs_f64()
    );
}
