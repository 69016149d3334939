//! Languages end to end: `/language` turns what the bot posts in a server into that language,
//! the server's Discord language is the default (and follows GUILD_UPDATE), members read
//! ephemeral replies in their own client's language unless the server turns that off, and the
//! pseudo-locale finds any English the main flows send outside the catalogs.

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::i18n::Lang;
use ticketbox::i18n::pseudo::english_left;
use ticketbox::ids::GuildId;
use ticketbox::testkit::fake_discord::{BOT_ID, GuildHandle, GuildSpec, InteractionHandle};
use ticketbox::testkit::{TestWorld, eventually};

/// `/language code:<index>` (the choice's position: English 0, Deutsch 1, Français 2, …,
/// Discord's server language 8) by the owner.
async fn language(
    world: &TestWorld,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
    choice: u64,
) -> String {
    run(
        world,
        g,
        g.channels[0],
        g.owner,
        "language",
        json!([{"type": 4, "name": "code", "value": choice}]),
    )
    .await
}

/// The texts a Discord user reads in a message or interaction payload: content, embed titles,
/// descriptions, field names and values, footers, authors, button labels, select placeholders,
/// modal titles and labels.
fn readable(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    (
                        "content" | "title" | "description" | "label" | "placeholder" | "name"
                        | "value" | "text",
                        Value::String(s),
                    ) => out.push(s.clone()),
                    ("author" | "user" | "member" | "mentions", _) => {}
                    _ => readable(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| readable(v, out)),
        _ => {}
    }
}

/// The bot's messages in a channel of the fake.
fn bot_messages(world: &TestWorld, channel: u64) -> Vec<Value> {
    world
        .discord()
        .messages(channel)
        .into_iter()
        .filter(|m| m["author"]["id"].as_str().and_then(|id| id.parse().ok()) == Some(BOT_ID))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_de_turns_the_welcome_close_log_and_dm_german() {
    let (world, g) = staffed_clock_world("Sprachen", 3).await;
    let fake = world.discord();
    let set = language(&world, &g, 1).await;
    // The owner's client is English: the confirmation follows it, naming the choice.
    assert!(set.contains("Deutsch"), "{set}");

    let opener = g.members[1];
    let ch = open(&world, &g, opener).await;
    let welcome = &bot_messages(&world, ch)[0];
    let embed = &welcome["embeds"][0];
    assert_eq!(embed["title"], "Ticket #1");
    let text = embed["description"].as_str().unwrap();
    assert!(
        text.starts_with(&format!(
            "Danke, dass du dich an den Support wendest, <@{opener}>."
        )),
        "{text}"
    );
    let labels: Vec<&str> = welcome["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Schließen", "Mit Grund schließen", "Übernehmen"]);

    // Someone whose client is German is answered in German too.
    fake.set_user_locale(g.members[0], "de");
    let closing = run(
        &world,
        &g,
        ch,
        g.members[0],
        "close",
        json!([opt("reason", "erledigt")]),
    )
    .await;
    assert_eq!(
        closing,
        format!("Dieses Ticket wird von <@{}> geschlossen.", g.members[0])
    );
    gone(&world, ch).await;
    let log = eventually("the close summary in the log channel", || async {
        bot_messages(&world, g.channels[2])
            .into_iter()
            .find(|m| m["embeds"][0]["title"] == "Ticket #1 geschlossen")
    })
    .await;
    let fields = log["embeds"][0]["fields"].to_string();
    for name in ["Geöffnet von", "Übernommen von", "Grund", "erledigt"] {
        assert!(fields.contains(name), "{name} in {fields}");
    }
    let dm = fake
        .dms(opener)
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == "Ticket #1 geschlossen");
    assert!(
        dm.is_some(),
        "the close DM is German: {:?}",
        fake.dms(opener)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_french_member_reads_french_replies_while_the_server_stays_english() {
    let (world, g) = world_with_guild(GuildSpec::new("Mixed")).await;
    let fake = world.discord();
    let member = g.members[0];
    fake.set_user_locale(member, "fr");

    let refused = run(&world, &g, g.channels[0], member, "close", json!([])).await;
    assert_eq!(
        refused,
        "Ce salon n'est pas un ticket. Lancez la commande dans un ticket."
    );
    let opened = run(&world, &g, g.channels[0], member, "open", json!([])).await;
    assert!(opened.starts_with("Ticket ouvert : <#"), "{opened}");
    let ch = channel_in(&opened);
    // What everyone in the server reads stays in the server's language.
    let welcome = &bot_messages(&world, ch)[0];
    assert!(
        welcome["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .starts_with("Thank you for contacting support"),
        "{welcome}"
    );
    // A button's refusal is ephemeral: French (only staff claim).
    let claim = click(&world, &g, ch, member, "tb:claim");
    assert_eq!(
        fake.reply_text(&claim).await,
        "Seule l'équipe de support peut faire cela."
    );
    // A French-speaking (fr-CA) client maps to French by its language.
    fake.set_user_locale(member, "fr-CA");
    let again = run(&world, &g, g.channels[0], member, "claim", json!([])).await;
    assert!(
        again.starts_with("Ce salon n'est pas un ticket."),
        "{again}"
    );

    // The server turns member languages off: replies use the server's language.
    let off = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "language",
        json!([{"type": 5, "name": "member_languages", "value": false}]),
    )
    .await;
    assert!(off.contains("in the server's language"), "{off}");
    let english = run(&world, &g, g.channels[0], member, "close", json!([])).await;
    assert!(
        english.starts_with("This is not a ticket channel"),
        "{english}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_discord_language_is_the_default_and_follows_its_changes() {
    let (world, g) =
        world_with_guild(GuildSpec::new("Brasil").with_preferred_locale("pt-BR")).await;
    let fake = world.discord();
    let first = open(&world, &g, g.members[0]).await;
    let welcome = &bot_messages(&world, first)[0];
    assert_eq!(welcome["components"][0]["components"][0]["label"], "Fechar");
    // The category the bot creates on first use is named in the server's language too.
    let category = fake.channel(first).unwrap()["parent_id"]
        .as_str()
        .unwrap()
        .parse::<u64>()
        .unwrap();
    assert_eq!(fake.channel(category).unwrap()["name"], "Tickets");

    // The admin switches the server to Dutch in Discord's settings: GUILD_UPDATE.
    fake.set_preferred_locale(g.id, "nl");
    eventually("the cache to hold the new locale", || async {
        let guild = GuildId::new(g.id);
        let cached = world
            .core
            .cache
            .read(move |r| r.guild(guild))
            .await
            .unwrap()?;
        (cached.preferred_locale == "nl").then_some(())
    })
    .await;
    let second = open(&world, &g, g.members[1]).await;
    let welcome = &bot_messages(&world, second)[0];
    assert_eq!(
        welcome["components"][0]["components"][0]["label"],
        "Sluiten"
    );

    // A language the bot does not ship falls back to English; /language overrides Discord's.
    fake.set_preferred_locale(g.id, "ja");
    let set = language(&world, &g, 6).await; // Polski
    assert!(set.contains("Polski"), "{set}");
    let third = open(&world, &g, g.members[2]).await;
    let welcome = &bot_messages(&world, third)[0];
    assert_eq!(
        welcome["components"][0]["components"][0]["label"],
        "Zamknij"
    );
    // Back to following Discord, whose Japanese the bot does not speak: English.
    let back = language(&world, &g, 8).await;
    assert!(back.contains("English"), "{back}");
    let settings = ticketbox::store::settings::load(&world.core.db, GuildId::new(g.id))
        .await
        .unwrap();
    assert_eq!(settings.language, None);
}

/// The interactions a pseudo-locale test sent, to read every answer afterwards.
struct Seen<'w> {
    world: &'w TestWorld,
    g: GuildHandle,
    handles: Vec<InteractionHandle>,
}

impl Seen<'_> {
    /// A slash command, once answered; returns the answer's text.
    async fn command(&mut self, channel: u64, user: u64, name: &str, options: Value) -> String {
        let fake = self.world.discord();
        let handle = fake.slash_command(self.g.id, channel, user, name, options);
        let text = fake.reply_text(&handle).await;
        self.handles.push(handle);
        text
    }

    /// A button of the bot's message in `channel`, once answered.
    async fn click(&mut self, channel: u64, user: u64, custom_id: &str) {
        let handle = click(self.world, &self.g, channel, user, custom_id);
        self.world.discord().interaction_response(&handle).await;
        self.handles.push(handle);
    }

    /// Every text of every answer.
    fn texts(&self, out: &mut Vec<String>) {
        for handle in &self.handles {
            for message in self.world.discord().interaction_messages(handle) {
                readable(&message, out);
            }
        }
    }
}

/// A staffed world whose server speaks the pseudo-locale, as does every member's client (it
/// maps to no shipped language, so replies fall back to the server's), with feedback on.
async fn pseudo_world() -> (TestWorld, GuildHandle) {
    let (world, g) = staffed_clock_world("Qqq", 3).await;
    ticketbox::store::settings::update(
        &world.core.db,
        GuildId::new(g.id),
        world.core.clock.now(),
        |s| {
            s.language = Some(Lang::Pseudo);
            s.feedback_enabled = true;
        },
    )
    .await
    .unwrap();
    for user in [g.owner, g.members[0], g.members[1], g.members[2]] {
        world.discord().set_user_locale(user, "qps-ploc");
    }
    (world, g)
}

/// Every text of every answer and message the main flows send (errors, setup, open, claim,
/// add, rename, close request, close with a reason, the log, the DM and its rating), in the
/// pseudo-locale: no plain English word may be left (what the test itself typed is allowed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_main_flows_speak_only_catalog_texts() {
    let (world, g) = pseudo_world().await;
    let fake = world.discord();
    let (staff, opener, outsider) = (g.members[0], g.members[1], g.members[2]);
    let general = g.channels[0];
    let mut seen = Seen {
        world: &world,
        g: g.clone(),
        handles: Vec::new(),
    };
    // Errors and setup.
    seen.command(general, outsider, "close", json!([])).await;
    seen.command(general, outsider, "claim", json!([])).await;
    let limit = sub("limit", json!([{"type": 4, "name": "limit", "value": 2}]));
    seen.command(general, g.owner, "setup", limit).await;
    seen.command(general, g.owner, "setup", sub("show", json!([])))
        .await;
    seen.command(general, g.owner, "language", json!([])).await;
    // Open, work and close.
    let answer = seen
        .command(general, opener, "open", json!([opt("subject", "Printer")]))
        .await;
    let ch = channel_in(&answer);
    fake.post_message(ch, opener, "it still does not work");
    let id = ticket(&world, ch).await.unwrap().id;
    let db = &world.core.db;
    eventually("the opener's message recorded", || async move {
        ticketbox::store::feedback::opener_wrote(db, id)
            .await
            .unwrap()
            .then_some(())
    })
    .await;
    seen.click(ch, staff, "tb:claim").await;
    seen.click(ch, staff, "tb:claim").await;
    seen.command(ch, staff, "add", json!([user_opt("user", outsider)]))
        .await;
    seen.command(ch, staff, "rename", json!([opt("name", "printer")]))
        .await;
    seen.command(ch, staff, "closerequest", json!([])).await;
    seen.click(ch, opener, "tb:close-reason").await;
    seen.click(ch, opener, "tb:close").await;
    let mut posted: Vec<Value> = bot_messages(&world, ch);
    seen.command(ch, staff, "close", json!([opt("reason", "fixed")]))
        .await;
    gone(&world, ch).await;
    let rating = eventually("the rating request", || async {
        fake.dms(opener)
            .into_iter()
            .find(|m| m["components"].to_string().contains("tb:rate:"))
    })
    .await;
    let four = rating["components"]
        .to_string()
        .split('"')
        .find(|s| s.starts_with("tb:rate:") && s.ends_with(":4"))
        .expect("a four-star button")
        .to_owned();
    let rated = fake.dm_button_click(opener, message_id(&rating), &four);
    fake.interaction_response(&rated).await;
    seen.handles.push(rated);
    eventually("the log message", || async {
        (!bot_messages(&world, g.channels[2]).is_empty()).then_some(())
    })
    .await;

    posted.extend(bot_messages(&world, general));
    posted.extend(bot_messages(&world, g.channels[2]));
    posted.extend(fake.dms(opener));
    let mut texts = Vec::new();
    for message in &posted {
        readable(message, &mut texts);
    }
    seen.texts(&mut texts);
    assert!(texts.len() > 60, "the flows were seen: {texts:?}");
    // What the test typed, and the naming scheme's value (a setting admins type back).
    let allowed = ["Printer", "printer", "fixed", "Qqq", "`ticket-%id%`"];
    let left: Vec<String> = texts
        .iter()
        .filter_map(|t| {
            let words = english_left(t, &allowed);
            (!words.is_empty()).then(|| format!("{words:?} in {t:?}"))
        })
        .collect();
    assert!(
        left.is_empty(),
        "English outside the catalogs:\n{}",
        left.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_name_commands_as_clickable_mentions() {
    let (world, g) = world_with_guild(GuildSpec::new("Mentions")).await;
    let fake = world.discord();
    let id_of = |name: &str| {
        fake.global_commands()
            .into_iter()
            .find(|c| c["name"] == name && c["type"] == 1)
            .and_then(|c| c["id"].as_str().map(str::to_owned))
            .unwrap_or_else(|| panic!("{name} is registered"))
    };
    let off = setup(
        &world,
        &g,
        "users-can-close",
        json!([{"type": 5, "name": "enabled", "value": false}]),
    )
    .await;
    assert!(off.contains("Only staff"), "{off}");
    let ch = open(&world, &g, g.members[0]).await;
    let refused = run(&world, &g, ch, g.members[0], "close", json!([])).await;
    assert!(
        refused.contains(&format!("</closerequest:{}>", id_of("closerequest"))),
        "{refused}"
    );
    // Subcommands are mentioned with their path; the French text links the same way.
    fake.set_user_locale(g.members[1], "fr");
    let switched = run(
        &world,
        &g,
        ch,
        g.owner,
        "switchpanel",
        json!([opt("panel", "Nope")]),
    )
    .await;
    assert!(
        switched.contains(&format!("</panel list:{}>", id_of("panel"))),
        "{switched}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn durations_and_autoclose_refusals_read_in_the_language() {
    let (world, g) = world_with_guild(GuildSpec::new("Dauer")).await;
    let fake = world.discord();
    fake.set_user_locale(g.owner, "de");
    let autoclose = |options: Value| {
        run(
            &world,
            &g,
            g.channels[0],
            g.owner,
            "autoclose",
            sub("configure", options),
        )
    };
    // A refusal names the option as typed and explains in German.
    let refused = autoclose(json!([opt("no_response", "bald")])).await;
    assert_eq!(
        refused,
        "`no_response`: „bald“ ist keine Dauer; schreibe sie wie 30m, 12h oder 3d."
    );
    let refused = autoclose(json!([opt("no_response", "1h"), opt("warning", "2h"),])).await;
    assert_eq!(
        refused,
        "`warning` (2 Std.) muss kürzer sein als `no_response` (1 Std.)."
    );
    // What is shown is written the German way; what is typed stays `1d 2h`.
    let saved = autoclose(json!([opt("no_response", "1d 2h"), opt("warning", "90m"),])).await;
    assert!(
        saved.contains("1 T 2 Std.") && saved.contains("1 Std. 30 Min. vorher"),
        "{saved}"
    );
    // The same admin with an English client reads the English forms.
    fake.set_user_locale(g.owner, "en-US");
    let shown = run(
        &world,
        &g,
        g.channels[0],
        g.owner,
        "autoclose",
        sub("show", json!([])),
    )
    .await;
    assert!(
        shown.contains("1d 2h") && shown.contains("1h 30m before"),
        "{shown}"
    );
}
