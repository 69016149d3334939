//! Building and running the serenity + poise client.
//!
//! The client runs on its own current-thread runtime in a dedicated thread: serenity spawns a
//! task per gateway event, and a FIFO scheduler starts them in gateway order (see
//! `cache_sync`). Storage work still goes to the blocking pool, so one thread is plenty.

use std::sync::Arc;

use poise::serenity_prelude as serenity;
use serenity::{GatewayIntents, HttpBuilder};
use tokio_util::sync::CancellationToken;

use super::{CacheWriter, Data, commands, components, errors, events, port};
use crate::config::DiscordConfig;
use crate::services::{AppCore, BotStatus};

/// Discord's own API host (the default `discord.api_base`).
pub const DEFAULT_API_BASE: &str = "https://discord.com";

/// How long a stopping client may take to close its gateway connection.
const STOP_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// The intents ticketbox needs. GUILD_MEMBERS and MESSAGE_CONTENT are privileged: they must be
/// switched on in the Developer Portal (Bot → Privileged Gateway Intents).
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MEMBERS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
}

/// Why the bot stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BotExit {
    /// Shut down on request.
    Stopped,
    /// Could not run; the message says what the operator should do.
    Failed(String),
}

/// The 4014 message (its English is in the README): what to switch on in the Developer Portal.
pub fn intents_message() -> crate::i18n::Msg {
    crate::msg!("web-bot-failed-intents")
}

/// serenity's HTTP client, sending every request to `via` in place of `https://discord.com`
/// (the REST relay, or in tests of the fake itself its base) with serenity's own rate limiter
/// off: the relay keeps Discord's limits (`rest_relay`).
pub fn build_http(config: &DiscordConfig, via: &str) -> serenity::Http {
    let mut builder = HttpBuilder::new(config.token.expose());
    if let Ok(app) = config.application_id.parse::<u64>() {
        builder = builder.application_id(serenity::ApplicationId::new(app));
    }
    // It speaks plain HTTP to the loopback relay only: no system proxy (an `HTTP_PROXY` must
    // not capture 127.0.0.1; the relay's own client honours it) and no TLS roots to load.
    match reqwest::Client::builder()
        .no_proxy()
        .tls_built_in_root_certs(false)
        .build()
    {
        Ok(client) => builder = builder.client(client),
        Err(e) => tracing::warn!(error = %e, "using serenity's default HTTP client"),
    }
    builder
        .proxy(via.trim_end_matches('/'))
        .ratelimiter_disabled(true)
        .build()
}

/// Runs the bot until `shutdown` fires or Discord refuses it. Never panics the caller.
pub async fn run(core: Arc<AppCore>, shutdown: CancellationToken) -> BotExit {
    // Ticket flows and jobs run on the caller's (multi-threaded) runtime; the Discord thread
    // keeps to the gateway and acknowledging interactions.
    let work = tokio::runtime::Handle::current();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let on_thread = Arc::clone(&core);
    let spawned = std::thread::Builder::new()
        .name("ticketbox-discord".into())
        .spawn(move || {
            let exit = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .max_blocking_threads(crate::services::BLOCKING_THREADS)
                .build()
            {
                Ok(runtime) => runtime.block_on(run_client(on_thread, shutdown, work)),
                Err(e) => fail(
                    &on_thread,
                    crate::msg!("web-bot-failed-runtime", error = e.to_string()),
                ),
            };
            let _ = tx.send(exit);
        });
    if let Err(e) = spawned {
        return fail(
            &core,
            crate::msg!("web-bot-failed-runtime", error = e.to_string()),
        );
    }
    match rx.await {
        Ok(exit) => exit,
        Err(_) => fail(&core, crate::msg!("web-bot-failed-thread")),
    }
}

async fn run_client(
    core: Arc<AppCore>,
    shutdown: CancellationToken,
    work: tokio::runtime::Handle,
) -> BotExit {
    core.set_bot_status(BotStatus::Connecting);
    let (writer, writer_task) = CacheWriter::spawn(Arc::clone(&core));
    let discord = core.discord();
    // The relay lives as long as this client, on the main runtime: on the Discord thread it
    // would queue the acknowledgements behind the ticket flows' requests (BENCHMARKS.md,
    // ticket_open: paced p50 6–10 ms there against 1.6 ms here).
    // It stops once nothing can send through it: this function and every `Data` (which flows,
    // jobs and the services' port hold) are done. Stopping it with `shutdown` would cut off
    // requests still finishing, and a port freed while an `Http` may still send its token
    // there in the clear could be taken by another local process.
    let relay_stop = CancellationToken::new();
    let relay_guard = Arc::new(relay_stop.clone().drop_guard());
    let relay = match super::rest_relay::start(
        &discord.api_base,
        Arc::clone(&core.clock),
        &work,
        relay_stop,
    ) {
        Ok(relay) => relay,
        Err(e) => {
            return fail(
                &core,
                crate::msg!("web-bot-failed-client", error = e.to_string()),
            );
        }
    };
    let http = build_http(&discord, relay.base());
    let presence = discord.presence.clone();
    let framework = framework(&core, writer.clone(), work, Arc::clone(&relay_guard));

    let mut builder = serenity::ClientBuilder::new_with_http(http, intents()).framework(framework);
    if !presence.trim().is_empty() {
        builder = builder.activity(serenity::ActivityData::custom(presence));
    }
    let mut client = match builder.await {
        Ok(client) => client,
        Err(e) => {
            return fail(
                &core,
                crate::msg!("web-bot-failed-client", error = e.to_string()),
            );
        }
    };
    let manager = Arc::clone(&client.shard_manager);
    let heartbeats = tokio::spawn(sample_heartbeats(Arc::clone(&manager)));
    let stop = shutdown.clone();
    let stopper = tokio::spawn(async move {
        stop.cancelled().await;
        manager.shutdown_all().await;
    });

    // serenity may be deep in a reconnect back-off when asked to stop; give it a moment to close
    // cleanly, then stop waiting (the app's own 10 s limit is the outer bound).
    let result = tokio::select! {
        result = client.start() => result,
        () = async {
            shutdown.cancelled().await;
            tokio::time::sleep(STOP_WAIT).await;
        } => Ok(()),
    };
    stopper.abort();
    heartbeats.abort();
    // Discord-bound jobs wait for the next connection.
    core.set_discord_port(None);
    drop(client);
    drop(writer);
    // The writer drains what is queued, then ends once every sender is gone.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), writer_task).await;
    if let Err(e) = core.cache.flush().await {
        tracing::warn!(error = %e, "could not flush the cache");
    }
    match result {
        _ if shutdown.is_cancelled() => {
            core.set_bot_status(BotStatus::Stopped);
            BotExit::Stopped
        }
        Ok(()) => {
            core.set_bot_status(BotStatus::Stopped);
            BotExit::Stopped
        }
        Err(serenity::Error::Gateway(serenity::GatewayError::DisallowedGatewayIntents)) => {
            fail(&core, intents_message())
        }
        Err(serenity::Error::Gateway(serenity::GatewayError::InvalidAuthentication)) => {
            fail(&core, crate::msg!("web-bot-failed-token"))
        }
        Err(e) => fail(
            &core,
            crate::msg!("web-bot-failed-connection", error = e.to_string()),
        ),
    }
}

/// How often the heartbeat round trip is read from the shard (it changes once per heartbeat).
const HEARTBEAT_SAMPLE: std::time::Duration = std::time::Duration::from_secs(2);

/// Keeps `ticketbox_gateway_heartbeat_seconds` at the shard's last measured round trip.
async fn sample_heartbeats(manager: Arc<serenity::ShardManager>) {
    let mut every = tokio::time::interval(HEARTBEAT_SAMPLE);
    loop {
        every.tick().await;
        let latency = manager
            .runners
            .lock()
            .await
            .values()
            .filter_map(|runner| runner.latency)
            .max();
        if let Some(latency) = latency {
            crate::services::metrics::gateway_heartbeat(latency.as_secs_f64());
        }
    }
}

/// The bot stops: the status page shows `message` in the visitor's language, the exit (and
/// the log) carries its English.
fn fail(core: &AppCore, message: crate::i18n::Msg) -> BotExit {
    let english = message.to_string();
    core.set_bot_status(BotStatus::Failed(message));
    BotExit::Failed(english)
}

/// The poise framework: commands, the error handler, the event hook (cache updates and
/// component interactions) and the set-up run on READY (command registration, the services'
/// port).
fn framework(
    core: &Arc<AppCore>,
    writer: CacheWriter,
    work: tokio::runtime::Handle,
    relay: Arc<tokio_util::sync::DropGuard>,
) -> poise::Framework<Data, super::Error> {
    let dev_guild = core
        .discord()
        .dev_guild_id
        .parse::<u64>()
        .ok()
        .map(serenity::GuildId::new);
    let setup_core = Arc::clone(core);
    let setup_writer = writer;

    poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: {
                let mut all = commands::all();
                commands::localize(&mut all);
                all
            },
            on_error: |error| Box::pin(errors::on_error(error)),
            post_command: |ctx| Box::pin(super::command_audit::record(ctx)),
            event_handler: |ctx, event| {
                Box::pin(async move {
                    events::handle(ctx, event);
                    if let serenity::FullEvent::InteractionCreate { interaction } = event {
                        components::handle(ctx.serenity_context, ctx.user_data, interaction).await;
                    }
                    Ok(())
                })
            },
            initialize_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                let payload = commands::registration(commands);
                let registered = match dev_guild {
                    Some(guild) => guild.set_commands(ctx, payload).await,
                    None => serenity::Command::set_global_commands(ctx, payload).await,
                };
                let command_ids = match registered {
                    Ok(registered) => {
                        tracing::info!(
                            commands = commands.len(),
                            scope = dev_guild
                                .map_or_else(|| "global".to_owned(), |g| format!("guild {g}")),
                            "slash commands registered"
                        );
                        super::mentions::CommandIds::from_registered(&registered)
                    }
                    // Commands registered by an earlier run keep working (replies then name
                    // them as plain text); retrying is the next start.
                    Err(e) => {
                        tracing::error!(error = %e, "registering slash commands failed");
                        super::mentions::CommandIds::default()
                    }
                };
                let data = Data::new(
                    setup_core,
                    setup_writer,
                    crate::ids::UserId::new(ready.user.id.get()),
                    Arc::clone(&ctx.http),
                    work,
                    command_ids,
                    relay,
                );
                port::connect(&data);
                data.core.set_bot_status(BotStatus::Connected);
                Ok(data)
            })
        })
        .build()
}
