#![allow(clippy::cast_precision_loss)] // report figures are far below 2^52
//! Where a GUILD_CREATE's time goes on the Discord thread: serenity's parse of the gateway frame
//! versus ticketbox's conversion into a cache update. Single-threaded, in-process.
//!
//! Run: `cargo bench --bench gateway_parse` (`MEMBERS` sets the guild size, default 200).

use std::time::Instant;

use serenity::all::{Event, FullEvent, GatewayEvent};
use ticketbox::testkit::fake_discord::{FakeDiscord, Feed, GuildSpec};

/// The same allocator as the `ticketbox` binary, so the figures match production.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let is_bench = std::env::args().any(|a| a == "--bench");
    let members = std::env::var("MEMBERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let rounds: u32 = if is_bench { 2000 } else { 20 };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let fake = runtime.block_on(FakeDiscord::start());
    // The stress shape: every member listed (as Discord sends a guild under large_threshold to
    // a bot with GUILD_PRESENCES). ticketbox's own GUILD_CREATEs carry the bot alone.
    let (_, event) = fake.add_guild_prepared(
        &GuildSpec::new("Parse")
            .with_members(members)
            .with_text_channels(5),
        Feed::WITH_PRESENCES,
    );
    let frame = format!(
        r#"{{"op":0,"t":"GUILD_CREATE","s":1,"d":{}}}"#,
        event.payload()
    );

    // serenity asks for payload compression: a large frame arrives as its own zlib stream, and
    // serenity inflates it (flate2's ZlibDecoder into a String) before parsing.
    let compressed = {
        use std::io::Write as _;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(frame.as_bytes()).unwrap();
        z.finish().unwrap()
    };
    let started = Instant::now();
    for _ in 0..rounds {
        use std::io::Read as _;
        let mut text = String::with_capacity(frame.len());
        flate2::read::ZlibDecoder::new(&compressed[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text.len(), frame.len());
    }
    let inflate = started.elapsed() / rounds;

    let started = Instant::now();
    let mut parsed = None;
    for _ in 0..rounds {
        parsed =
            Some(serde_json::from_str::<GatewayEvent>(&frame).expect("serenity parses the frame"));
    }
    let parse = started.elapsed() / rounds;

    let Some(GatewayEvent::Dispatch(_, Event::GuildCreate(create))) = parsed else {
        panic!("not a GUILD_CREATE")
    };
    let full = FullEvent::GuildCreate {
        guild: create.guild,
        is_new: None,
    };
    let started = Instant::now();
    let mut updates = 0;
    for _ in 0..rounds {
        updates += usize::from(ticketbox::discord::cache_update_for(&full).is_some());
    }
    let convert = started.elapsed() / rounds;
    assert_eq!(updates, rounds as usize);

    println!(
        "gateway_parse: GUILD_CREATE with {} members, {} KiB frame, {rounds} rounds",
        members + 2,
        frame.len() / 1024
    );
    println!(
        "  zlib inflate ({} KiB compressed):      {:.1} µs",
        compressed.len() / 1024,
        inflate.as_secs_f64() * 1e6
    );
    println!(
        "  serenity parse (frame -> GatewayEvent): {:.1} µs",
        parse.as_secs_f64() * 1e6
    );
    println!(
        "  ticketbox conversion (-> CacheUpdate):   {:.1} µs",
        convert.as_secs_f64() * 1e6
    );
    println!(
        "  parse throughput: {:.0} MB/s",
        frame.len() as f64 / parse.as_secs_f64() / 1e6
    );
}
