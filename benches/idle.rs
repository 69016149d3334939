#![allow(clippy::cast_precision_loss)] // report figures (KiB) are far below 2^52
//! The bot at rest: the real `ticketbox` binary connected to the in-process fake Discord with
//! one guild, its dashboard listening, left alone for `IDLE_SECS` (60 by default). Reports its
//! resident memory then, split into anonymous memory (heaps, stacks) and file-backed pages (the
//! binary's own code and data), and its thread count.
//!
//! Run: `cargo bench --bench idle` (`IDLE_SECS` to change the wait; `TICKETBOX_BIN` to measure
//! another build of the binary, such as the static musl one; `IDLE_LANGUAGES=N` to have the
//! dashboard's home page read once in each of the first N languages before the wait, so their
//! catalogs are parsed and resident, as on a server whose members and visitors use them).

use std::time::Duration;

use support::{bot_binary, env_usize, fake_on_runtime, status_kib, wait_for_guilds};
use ticketbox::testkit::fake_discord::GuildSpec;

mod support;

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: a short wait then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let secs = env_usize("IDLE_SECS", if is_bench { 60 } else { 2 });
    let (runtime, fake) = fake_on_runtime();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fake.add_guild(&GuildSpec::new("Idle bench").with_members(20));
    let languages = env_usize("IDLE_LANGUAGES", 0);
    // A free port for the dashboard (bound, then released for the bot).
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let bot = support::start_bot_with(
        &fake,
        &data,
        &[("TICKETBOX_HTTP__LISTEN".to_owned(), addr.to_string())],
    );
    let pid = bot.pid();
    runtime.block_on(async {
        fake.wait_for_identify(1).await;
        fake.wait_for_call("PUT", "/commands").await;
    });
    wait_for_guilds(&data.join("ticketbox.db"), 1, Duration::from_mins(1));
    let codes = ["en-US", "de", "fr", "es-ES", "pt-BR", "nl", "pl", "tr"];
    for code in codes.iter().take(languages) {
        home_page(addr, code);
    }
    let after_start = status_kib(pid, "VmRSS:");
    std::thread::sleep(Duration::from_secs(secs as u64));
    let rss = status_kib(pid, "VmRSS:");
    let anon = status_kib(pid, "RssAnon:");
    let file = status_kib(pid, "RssFile:");
    let peak = status_kib(pid, "VmHWM:");
    let threads = status_kib(pid, "Threads:");
    let alive = std::fs::metadata(format!("/proc/{pid}")).is_ok();
    bot.stop();
    assert!(alive, "the bot exited while idle");
    assert!(rss > 0, "no RSS read for the bot");
    let mb = |kib: u64| kib as f64 / 1024.0;
    println!(
        "idle ({}): one guild, dashboard up, {languages} language(s) read, {secs} s at rest",
        bot_binary()
    );
    println!(
        "  RSS {:.1} MB (anonymous {:.1} MB, file-backed {:.1} MB), {:.1} MB right after the guild arrived, peak {:.1} MB, {threads} threads",
        mb(rss),
        mb(anon),
        mb(file),
        mb(after_start),
        mb(peak)
    );
    println!("  target: idle RSS <= 25 MB");
}

/// `GET /` with `Accept-Language: code`, over a plain socket; panics unless it answers 200.
fn home_page(addr: std::net::SocketAddr, code: &str) {
    use std::io::{Read, Write};
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let mut stream = loop {
        match std::net::TcpStream::connect(addr) {
            Ok(s) => break s,
            Err(e) if std::time::Instant::now() < deadline => {
                let _ = e;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("the dashboard at {addr} does not answer: {e}"),
        }
    };
    write!(
        stream,
        "GET / HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: {code}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{code}: {answer}");
}
