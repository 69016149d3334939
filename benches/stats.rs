#![allow(clippy::cast_precision_loss)] // report figures are far below 2^52
//! `/stats server` and the dashboard's Statistics page on a guild with `TICKETS` closed
//! tickets (first responses known, spread over a year) of which `RATINGS` were rated. The
//! tickets are written into the bot's database; the command is then sent `RUNS` times and the
//! time from the fake's dispatch to the bot's callback is recorded (the server side, as the
//! issue asks), and the page is fetched `RUNS` times over loopback HTTP (request to last byte,
//! which includes the session check, both queries, the charts and rendering).
//!
//! Run: `cargo bench --bench stats`.

use std::time::{Duration, Instant};

use serde_json::json;
use support::env_usize;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::GuildSpec;

mod support;

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a tiny size then.
    let is_bench = std::env::args().any(|a| a == "--bench");
    let tickets = env_usize("TICKETS", if is_bench { 100_000 } else { 500 });
    let ratings = env_usize("RATINGS", if is_bench { 20_000 } else { 100 }).min(tickets);
    let runs = env_usize("RUNS", if is_bench { 50 } else { 3 });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (mut command, mut page, page_bytes) = runtime.block_on(async {
        let world = TestWorld::builder()
            .with_discord()
            .with_http()
            .build()
            .await;
        world.bot_ready().await;
        let g = world
            .add_cached_guild(&GuildSpec::new("Busy").with_members(3))
            .await;
        let (guild, staff) = (g.id, g.members[0]);
        world
            .core
            .db
            .write(move |tx| {
                seed(tx, guild, staff, tickets, ratings);
                Ok(())
            })
            .await
            .unwrap();
        let fake = world.discord();
        // The owner is an admin: staff may read the statistics.
        let mut command = Vec::new();
        for _ in 0..runs {
            let asked = fake.slash_command(
                g.id,
                g.channels[0],
                g.owner,
                "stats",
                json!([{"type": 1, "name": "server", "options": []}]),
            );
            let answer = fake.interaction_response(&asked).await;
            assert!(
                answer["data"]["embeds"][0]["fields"]
                    .to_string()
                    .contains(&format!("\"value\":\"{tickets}\"")),
                "{answer}"
            );
            command.extend(fake.callback_latency(&asked));
        }
        let cookie = world.session_cookie(g.owner, "owner").await;
        let client = reqwest::Client::new();
        let url = format!("http://{}/servers/{}/stats", world.http_addr(), g.id);
        let mut page = Vec::new();
        let mut bytes = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let response = client
                .get(&url)
                .header("cookie", &cookie)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            let body = response.text().await.unwrap();
            page.push(t.elapsed());
            assert!(body.contains(&format!("<dd>{tickets}</dd>")), "{body}");
            bytes = body.len();
        }
        (command, page, bytes)
    });
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let summary = |times: &mut Vec<Duration>| {
        times.sort();
        let p = |percent: usize| times[(times.len() - 1) * percent / 100];
        format!(
            "{:.1} / **{:.1}** / {:.1} ms",
            ms(p(50)),
            ms(p(99)),
            ms(*times.last().unwrap())
        )
    };
    println!("stats: {tickets} closed tickets, {ratings} rated, {runs} runs");
    println!("| measure | result |");
    println!("|---|---|");
    println!(
        "| `/stats server` dispatch → callback: p50 / p99 / max | {} |",
        summary(&mut command)
    );
    println!(
        "| dashboard Statistics page, request → last byte ({} KB): p50 / p99 / max | {} |",
        page_bytes / 1024,
        summary(&mut page)
    );
}

/// Writes the guild's closed tickets, close reasons and ratings in one transaction.
fn seed(tx: &rusqlite::Transaction<'_>, guild: u64, staff: u64, tickets: usize, ratings: usize) {
    let year_ms: i64 = 365 * 24 * 3600 * 1000;
    let now = ticketbox::clock::now_millis();
    let guild = i64::try_from(guild).unwrap();
    let staff = i64::try_from(staff).unwrap();
    {
        let mut ticket = tx
            .prepare(
                "INSERT INTO tickets (id, guild_id, number, state, opener_id, opened_at, closed_at,
                     activity_from, first_response_at, first_response_by, claimed_by, has_transcript)
                 VALUES (?1, ?2, ?1, 'closed', ?3, ?4, ?5, ?4, ?6, ?7, ?7, 1)",
            )
            .unwrap();
        let mut reason = tx
            .prepare("INSERT INTO close_reasons (ticket_id, closed_by, reason) VALUES (?1, ?2, 'Solved')")
            .unwrap();
        let mut rated = tx
            .prepare(
                "INSERT INTO feedback (ticket_id, user_id, rating, created_at) VALUES (?1, ?2, ?3, ?4)",
            )
            .unwrap();
        let every = tickets / ratings.max(1);
        for n in 1..=i64::try_from(tickets).unwrap() {
            let opened = now - year_ms + n * year_ms / i64::try_from(tickets).unwrap();
            let member = 1_000_000 + n % 5_000;
            ticket
                .execute(rusqlite::params![
                    n,
                    guild,
                    member,
                    opened,
                    opened + 3_600_000 + n % 7 * 60_000,
                    opened + 60_000 + n % 11 * 60_000,
                    staff
                ])
                .unwrap();
            reason.execute(rusqlite::params![n, staff]).unwrap();
            if ratings > 0 && usize::try_from(n).unwrap() % every == 0 {
                rated
                    .execute(rusqlite::params![n, member, n % 5 + 1, opened])
                    .unwrap();
            }
        }
    }
    tx.execute(
        "INSERT INTO ticket_counters (guild_id, last_number) VALUES (?1, ?2)",
        rusqlite::params![guild, i64::try_from(tickets).unwrap()],
    )
    .unwrap();
}
