//! The transcript viewer's server side for a 10,000-message transcript: rendering the first
//! page (500 messages) and the full page, in process and through HTTP (session check, access
//! rules, reading, decrypting and decompressing the stored transcript, rendering, sending).
//! Target: the full page within 150 ms on 2 cores.
//!
//! `cargo bench --bench viewer` (MESSAGES, RUNS override).

mod support;

use std::time::{Duration, Instant};

use support::env_usize;
use ticketbox::archive::render::{Window, html_linked};
use ticketbox::ids::{GuildId, UserId};
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
    let messages = env_usize("MESSAGES", if is_bench { 10_000 } else { 300 });
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
        let mut render_full = Vec::new();
        let mut full_len = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let page = html_linked(&doc, "/a.css", "/a.js", &link, first_window);
            render_first.push(t.elapsed());
            assert!(page.len() > 1000);
            let t = Instant::now();
            let page = html_linked(&doc, "/a.css", "/a.js", &link, None);
            render_full.push(t.elapsed());
            full_len = page.len();
        }

        let client = reqwest::Client::new();
        let url = format!("http://{}/transcripts/{}/1", world.http_addr(), g.id);
        let get = |query: &'static str| {
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
        let mut http_first = Vec::new();
        let mut http_full = Vec::new();
        for _ in 0..runs {
            http_first.push(get("").await.0);
            http_full.push(get("?all=1").await.0);
        }
        println!("viewer: {messages} messages, {runs} runs, medians");
        println!(
            "  render first page (500 messages): {}",
            ms(median(render_first))
        );
        println!(
            "  render full page: {} ({:.1} MB of HTML)",
            ms(median(render_full)),
            full_len as f64 / 1_048_576.0
        );
        println!(
            "  HTTP first page (load + decrypt + render + send): {}",
            ms(median(http_first))
        );
        println!(
            "  HTTP full page (load + decrypt + render + send): {}",
            ms(median(http_full))
        );
    });
}
