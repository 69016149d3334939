//! The transcript viewer's server side for a 100,000-message transcript (101 segments): the
//! first page and the last page through HTTP (session check, access rules, opening the index
//! and the one segment the page needs, rendering, sending), with the index cached and not, and
//! rendering the first page alone. Target: page 1 and the last page within 50 ms each.
//!
//! `cargo bench --bench viewer` (MESSAGES, RUNS override).

mod support;

use std::time::{Duration, Instant};

use support::env_usize;
use ticketbox::archive::Transcript;
use ticketbox::archive::render::{Window, html_with};
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::GuildSpec;
use ticketbox::testkit::transcripts::synthetic;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

#[allow(clippy::cast_precision_loss)] // sizes shown in MB
fn main() {
    let is_bench = std::env::args().any(|a| a == "--bench");
    let messages = env_usize("MESSAGES", if is_bench { 100_000 } else { 1_300 });
    let runs = env_usize("RUNS", if is_bench { 15 } else { 2 });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let world = TestWorld::builder()
            .with_discord()
            .with_http()
            .build()
            .await;
        world.bot_ready().await;
        let g = world
            .add_cached_guild(&GuildSpec::new("Viewer bench"))
            .await;
        let doc = synthetic(GuildId::new(g.id), 1, UserId::new(g.owner), messages);
        world.store_transcript(&doc).await;
        let cookie = world.session_cookie(g.owner, "owner").await;

        let link = |stored: &str| format!("/transcripts/{}/1/{stored}", g.id);
        let first_window = Some(Window {
            page: 0,
            per_page: 500,
            first: 0,
            total: doc.messages.len(),
        });
        let mut render_first = Vec::new();
        let first_page = Transcript {
            messages: doc.messages[..500.min(doc.messages.len())].to_vec(),
            ..doc.clone()
        };
        for _ in 0..runs {
            let t = Instant::now();
            let links = Some(("/a.css".to_owned(), "/a.js".to_owned()));
            let page = html_with(&first_page, links, Some(&link), first_window);
            render_first.push(t.elapsed());
            assert!(page.len() > 1000);
        }
        drop(first_page);
        drop(doc);

        let client = reqwest::Client::new();
        let url = format!("http://{}/transcripts/{}/1", world.http_addr(), g.id);
        let get = |query: String| {
            let (client, url, cookie) = (client.clone(), url.clone(), cookie.clone());
            async move {
                let t = Instant::now();
                let response = client
                    .get(format!("{url}{query}"))
                    .header("cookie", cookie)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 200);
                let body = response.bytes().await.unwrap();
                (t.elapsed(), body.len())
            }
        };
        let last = format!("?page={}", messages.saturating_sub(1) / 500);
        let (guild, number) = (GuildId::new(g.id), TicketNumber::new(1));
        let mut cold_first = Vec::new();
        let mut cold_last = Vec::new();
        let mut warm_first = Vec::new();
        let mut warm_last = Vec::new();
        for _ in 0..runs {
            // Cold: the index is opened again (as after 30 s, or for another transcript).
            world.core.archive.forget_index(guild, number);
            cold_first.push(get(String::new()).await.0);
            warm_first.push(get(String::new()).await.0);
            world.core.archive.forget_index(guild, number);
            cold_last.push(get(last.clone()).await.0);
            warm_last.push(get(last.clone()).await.0);
        }
        let (_, page_bytes) = get(last.clone()).await;
        println!("viewer: {messages} messages, {runs} runs, medians");
        println!(
            "  render first page (500 messages): {}",
            ms(median(render_first))
        );
        println!(
            "  HTTP page 1, index not cached (open index + 1 segment + render + send): {}",
            ms(median(cold_first))
        );
        println!("  HTTP page 1, index cached: {}", ms(median(warm_first)));
        println!(
            "  HTTP last page ({last}), index not cached: {} ({:.1} KB of HTML)",
            ms(median(cold_last)),
            page_bytes as f64 / 1024.0
        );
        println!("  HTTP last page, index cached: {}", ms(median(warm_last)));
        println!("  target: page 1 and the last page <= 50 ms each");
    });
}
