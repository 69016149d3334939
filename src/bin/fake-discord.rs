//! The test suite's fake Discord as a standalone server, to watch ticketbox work without a
//! real Discord: `cargo run --features testkit --bin fake-discord`, then start ticketbox with
//! the printed environment. Not part of release builds.

use std::net::SocketAddr;

use ticketbox::testkit::fake_discord::{BOT_ID, FakeDiscord, GuildSpec};

#[tokio::main]
async fn main() {
    let addr: SocketAddr = std::env::var("FAKE_DISCORD_LISTEN")
        .unwrap_or_else(|_| "127.0.0.1:8090".to_owned())
        .parse()
        .expect("FAKE_DISCORD_LISTEN must be host:port");
    ticketbox::logging::init(&ticketbox::config::LogConfig::default());
    let fake = FakeDiscord::start_on(addr).await;
    let guild = fake.add_guild(&GuildSpec::new("Fake Guild").with_members(5));
    fake.set_oauth_user(guild.owner);
    println!("fake Discord listening on {}", fake.api_base());
    println!(
        "guild {} (owner {}), text channels {:?}",
        guild.id, guild.owner, guild.channels
    );
    println!();
    println!(
        "Start ticketbox against it (dashboard login: the guild's owner, who never used a command):"
    );
    println!(
        "  TICKETBOX_DISCORD__TOKEN={} TICKETBOX_DISCORD__API_BASE={} TICKETBOX_DISCORD__CLIENT_ID={BOT_ID} TICKETBOX_DISCORD__CLIENT_SECRET=fake-client-secret cargo run",
        fake.bot_token(),
        fake.api_base()
    );
    println!();
    println!("Press Ctrl-C to stop.");
    let _ = tokio::signal::ctrl_c().await;
}
