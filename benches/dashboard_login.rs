//! A dashboard login of a user who shares 50 guilds with a bot in 1,000 (GUILD_CREATEs listing
//! only the bot, as Discord sends them): how many members the bot looks up over REST, and how
//! long `/servers` takes, the first time and within the cache's freshness. Target: at most 50
//! lookups the first time, none after, `/servers` in ≤ 300 ms against the fake.
//!
//! In process: the test world's bot, dashboard and fake Discord on one runtime (2 workers).
//! `cargo bench --bench dashboard_login` (`GUILDS`, `SHARED`, `RUNS`, and `LATENCY_MS` to make
//! every Get Guild Member answer that much later, like a distant Discord).

mod support;

use std::time::{Duration, Instant};

use support::env_usize;
use ticketbox::testkit::TestWorld;
use ticketbox::testkit::fake_discord::{Fault, FaultKind, GuildSpec};

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn servers(world: &TestWorld, cookie: &str) -> (Duration, usize) {
    let http = reqwest::Client::new();
    let started = Instant::now();
    let page = http
        .get(format!("http://{}/servers", world.http_addr()))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    (started.elapsed(), page.matches("data-guild=").count())
}

fn main() {
    let is_bench = std::env::args().any(|a| a == "--bench");
    let guilds = env_usize("GUILDS", if is_bench { 1000 } else { 30 });
    let shared = env_usize("SHARED", if is_bench { 50 } else { 5 }).min(guilds);
    let runs = env_usize("RUNS", if is_bench { 20 } else { 2 });
    let latency = env_usize("LATENCY_MS", 0);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let world = TestWorld::builder()
            .with_discord()
            .with_http()
            .with_dashboard_login()
            .build()
            .await;
        world.bot_ready().await;
        let fake = world.discord();
        let mut user = 0;
        for n in 0..guilds {
            let g = world
                .add_cached_guild(&GuildSpec::new(&format!("Guild {n}")).with_members(0))
                .await;
            if n == 0 {
                user = fake.member_join(g.id, "traveller");
            } else if n < shared {
                fake.add_existing_member(g.id, user);
            }
        }
        if latency > 0 {
            fake.inject(
                Fault::new(
                    "GET",
                    &format!("/members/{user}"),
                    FaultKind::Slow(Duration::from_millis(latency as u64)),
                )
                .times(u32::MAX),
            );
        }
        let started = Instant::now();
        let cookie = world.login_through_discord(user).await;
        let login = started.elapsed();
        let (first, listed) = servers(&world, &cookie).await;
        assert_eq!(listed, shared, "every shared guild listed");
        let first_fetches = world.discord().member_lookups(user);
        let mut again = Vec::new();
        for _ in 0..runs {
            let (took, listed) = servers(&world, &cookie).await;
            assert_eq!(listed, shared);
            again.push(took);
        }
        again.sort();
        let later_fetches = world.discord().member_lookups(user) - first_fetches;
        println!(
            "dashboard_login: a user in {shared} of the bot's {guilds} guilds{}",
            if latency > 0 {
                format!(", each member lookup answered after {latency} ms")
            } else {
                String::new()
            }
        );
        println!(
            "  login (OAuth2 callback incl. the guild list): {}",
            ms(login)
        );
        println!(
            "  first /servers: {} with {first_fetches} member lookups",
            ms(first)
        );
        println!(
            "  later /servers (x{runs}): median {}, max {}, {later_fetches} member lookups",
            ms(again[again.len() / 2]),
            ms(again[again.len() - 1])
        );
        assert!(
            first_fetches <= shared,
            "at most one lookup per shared guild"
        );
        assert_eq!(later_fetches, 0, "none within the freshness");
    });
}
