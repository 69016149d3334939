//! Data requests against archived tickets (local archive under the data dir): export and
//! removal of a user, the purge of a guild the bot left, and `transcript get` from the CLI.

use crate::support::*;
use serde_json::json;
use ticketbox::archive::transcript::{REMOVED_CONTENT, REMOVED_ID, REMOVED_NAME};
use ticketbox::ids::{GuildId, TicketNumber, UserId};
use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

pub(crate) async fn closed_ticket(
    world: &TestWorld,
    g: &GuildHandle,
    opener: u64,
    words: &[&str],
) -> u32 {
    let ch = open(world, g, opener).await;
    let number = ticket(world, ch).await.unwrap().number.get();
    for w in words {
        world.discord().post_message(ch, opener, w);
    }
    world
        .discord()
        .post_message(ch, g.owner, &format!("staff answer in {number}"));
    let _ = world.discord().post_attachment(
        ch,
        opener,
        "my screenshot",
        "shot.png",
        b"PNGDATA-OF-THE-OPENER".to_vec(),
    );
    run(world, g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(world, g.id, number, TicketState::Closed).await;
    number
}

/// Records a dashboard change by `user` in `guild`'s audit log.
pub(crate) async fn audit_change(
    core: &ticketbox::services::AppCore,
    guild: GuildId,
    user: u64,
    action: &str,
) {
    let change = ticketbox::store::audit::Entry {
        user: UserId::new(user),
        username: format!("user {user} on the dashboard"),
        action: action.to_owned(),
        detail: String::new(),
        at: core.clock.now(),
        target: None,
    };
    ticketbox::store::audit::record(&core.db, guild, change)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_then_purge_a_user_everywhere() {
    let (world, g) = world_with_guild(GuildSpec::new("Privacy")).await;
    let (alice, bob) = (g.members[0], g.members[1]);
    let one = closed_ticket(
        &world,
        &g,
        alice,
        &["alice's first words", "alice's address"],
    )
    .await;
    let two = closed_ticket(&world, &g, bob, &["bob only"]).await;
    let core = &world.core;
    let guild = GuildId::new(g.id);

    // She also changed something on the dashboard.
    audit_change(core, guild, alice, "tag.put").await;

    let export = ticketbox::services::privacy::export_user(core, UserId::new(alice))
        .await
        .unwrap();
    assert_eq!(
        export["database"]["dashboard_changes"][0]["action"],
        "tag.put"
    );
    let text = export.to_string();
    assert!(text.contains("alice's address"), "{text}");
    assert!(!text.contains("bob only"), "only the user's own messages");
    assert_eq!(export["transcripts"].as_array().unwrap().len(), 1);
    assert_eq!(export["database"]["tickets_opened"][0]["number"], one);
    assert!(export["cache"]["user"]["username"].is_string(), "{export}");

    let report = ticketbox::services::privacy::purge_user(core, UserId::new(alice))
        .await
        .unwrap();
    assert_eq!(report.transcripts_rewritten, 1);
    assert_eq!(report.attachments_deleted, 1);
    assert!(report.cache_rows_removed >= 1);

    let doc = core
        .archive
        .load_transcript(guild, TicketNumber::new(one))
        .await
        .unwrap();
    // Her id is gone too: her messages are the removed user's.
    assert_eq!(doc.messages_by(UserId::new(alice)).count(), 0);
    assert!(!doc.involves(UserId::new(alice)));
    let hers: Vec<_> = doc.messages_by(REMOVED_ID).collect();
    assert!(!hers.is_empty());
    assert!(
        hers.iter()
            .all(|m| m.content == REMOVED_CONTENT && m.attachments.is_empty())
    );
    let p = &doc.participants[&REMOVED_ID];
    assert_eq!(p.username, REMOVED_NAME);
    assert!(p.avatar.is_none() && p.global_name.is_none() && p.removed);
    assert!(
        doc.messages
            .iter()
            .any(|m| m.content == format!("staff answer in {one}")),
        "other people's messages stay"
    );
    let objects = world.stored_objects().await;
    assert_eq!(
        objects
            .iter()
            .filter(|(n, _)| n.contains(&format!("/tickets/{one}/attachments/")))
            .count(),
        0,
        "her attachment is deleted"
    );
    // Bob's ticket is untouched.
    let other = core
        .archive
        .load_transcript(guild, TicketNumber::new(two))
        .await
        .unwrap();
    assert!(other.messages.iter().any(|m| m.content == "bob only"));
    // Rows: the ticket stays (numbers are gap-free) without her id; the cache forgot her.
    let t = ticket_number(&world, g.id, one).await.unwrap();
    assert_eq!(t.opener.get(), 0);
    let cached = world
        .cache()
        .read(move |r| r.user(UserId::new(alice)))
        .await
        .unwrap();
    assert!(cached.is_none());
    // The audit log keeps the change, not who she was.
    let (log, _) = ticketbox::store::audit::page(&core.db, guild, 0, 10)
        .await
        .unwrap();
    assert_eq!(
        (log[0].user.get(), log[0].username.as_str()),
        (0, "removed user")
    );
    nothing_left_of(core, alice).await;
}

/// A second export of a purged user finds nothing, and every request is logged.
async fn nothing_left_of(core: &ticketbox::services::AppCore, alice: u64) {
    // A second export finds nothing left.
    let again = ticketbox::services::privacy::export_user(core, UserId::new(alice))
        .await
        .unwrap();
    assert_eq!(again["transcripts"].as_array().unwrap().len(), 0);
    assert_eq!(
        again["database"]["tickets_opened"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert!(
        again["database"]["dashboard_changes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Every request is logged with its dates.
    let log = ticketbox::store::privacy::requests(&core.db).await.unwrap();
    let kinds: Vec<&str> = log.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(kinds, ["export", "purge", "export"]);
    assert!(
        log.iter()
            .all(|r| r.subject == alice && r.completed_at.is_some())
    );
}

/// `ticketbox data <args>` on the world's data directory, run beside the live process (which
/// holds the cache), off the test's runtime so the world keeps working meanwhile.
async fn data_command(world: &TestWorld, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ticketbox"));
    command
        .current_dir(world.root())
        .env_remove("RUST_LOG")
        .env("TICKETBOX_STORAGE__DATA_DIR", world.data_dir())
        .arg("data")
        .args(args);
    tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap()
}

/// While ticketbox runs (and holds the cache), `data export-user` and `data purge-user` hand
/// the request to it and report what it did; nothing is left in the exports directory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_requests_are_carried_out_by_the_running_ticketbox() {
    let (world, g) = world_with_guild(GuildSpec::new("Live privacy")).await;
    let alice = g.members[0];
    let one = closed_ticket(&world, &g, alice, &["alice speaking live"]).await;
    let user = alice.to_string();

    let export = data_command(&world, &["export-user", &user, "--wait", "60"]).await;
    let stderr = String::from_utf8_lossy(&export.stderr);
    assert!(export.status.success(), "{stderr}");
    assert!(stderr.contains("handed to it"), "{stderr}");
    let doc: serde_json::Value = serde_json::from_slice(&export.stdout).unwrap();
    assert_eq!(doc["transcripts"].as_array().unwrap().len(), 1, "{doc}");
    assert!(doc.to_string().contains("alice speaking live"));
    assert!(doc["cache"]["user"]["username"].is_string(), "{doc}");
    let exports = world.data_dir().join("exports");
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 0);

    let purge = data_command(&world, &["purge-user", &user, "--wait", "60"]).await;
    let stderr = String::from_utf8_lossy(&purge.stderr);
    assert!(purge.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("user {alice} removed; 1 transcripts rewritten")),
        "{stderr}"
    );
    let core = &world.core;
    let doc = core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(one))
        .await
        .unwrap();
    assert!(
        doc.messages
            .iter()
            .all(|m| !m.content.contains("alice speaking live"))
    );
    // The running process dropped her from the cache it holds.
    let cached = world
        .cache()
        .read(move |r| r.user(UserId::new(alice)))
        .await
        .unwrap();
    assert!(cached.is_none());
    nothing_left_of(core, alice).await;
}

/// `ticketbox transcript get <args>` on the world's data directory (the binary, as an operator
/// runs it next to the live process).
fn transcript_get(world: &TestWorld, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ticketbox"))
        .current_dir(world.root())
        .env_remove("RUST_LOG")
        .env("TICKETBOX_STORAGE__DATA_DIR", world.data_dir())
        .args(["transcript", "get"])
        .args(args)
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcript_get_decrypts_to_stdout_while_ticketbox_runs() {
    let (world, g) = world_with_guild(GuildSpec::new("Cli")).await;
    // A message that would retitle, clear and recolour a terminal printing it.
    let hostile = "title\u{1b}]0;owned\u{7}\u{1b}[2Jwiped\r\u{9b}31mred\u{7f}\tend";
    closed_ticket(
        &world,
        &g,
        g.members[0],
        &["hello from the cli test", hostile],
    )
    .await;
    let attachments = world.root().join("out");
    let guild = g.id.to_string();
    let out_dir = attachments.to_string_lossy().into_owned();
    let output = transcript_get(
        &world,
        &[
            "--guild",
            &guild,
            "--ticket",
            "1",
            "--format",
            "text",
            "--attachments",
            &out_dir,
        ],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("hello from the cli test"), "{stdout}");
    assert!(stdout.contains("Ticket: #1"), "{stdout}");
    assert!(
        stdout.contains("title]0;owned[2Jwiped31mred\tend"),
        "the text stays, without its control characters: {stdout:?}"
    );
    assert!(
        !stdout
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "no terminal control character reaches stdout: {stdout:?}"
    );
    let files: Vec<_> = std::fs::read_dir(&attachments).unwrap().collect();
    assert_eq!(files.len(), 1);
    let path = files[0].as_ref().unwrap().path();
    assert!(path.to_string_lossy().ends_with("shot.png"));
    assert_eq!(std::fs::read(path).unwrap(), b"PNGDATA-OF-THE-OPENER");

    // JSON is the document; HTML escapes and is self-contained.
    let json_out = transcript_get(&world, &["--guild", &guild, "--ticket", "1"]);
    let doc: serde_json::Value = serde_json::from_slice(&json_out.stdout).unwrap();
    assert_eq!(doc["ticket"]["number"], 1);
    let html = transcript_get(
        &world,
        &["--guild", &guild, "--ticket", "1", "--format", "html"],
    );
    let html = String::from_utf8_lossy(&html.stdout);
    assert!(
        html.starts_with("<!doctype html>") && !html.contains("<script"),
        "{html}"
    );

    // A ticket without a transcript: a clear error, exit 1.
    let missing = transcript_get(&world, &["--guild", &guild, "--ticket", "9"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("no transcript for ticket #9"),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_user_stays_removed_from_later_transcripts() {
    let (world, g) = world_with_guild(GuildSpec::new("Later")).await;
    let (alice, bob) = (g.members[0], g.members[1]);
    let core = &world.core;
    let guild = GuildId::new(g.id);
    ticketbox::services::privacy::purge_user(core, UserId::new(alice))
        .await
        .unwrap();
    // A ticket archived after the removal (she came back, or was only mentioned) is archived
    // without her words or name.
    let ch = open(&world, &g, bob).await;
    world.discord().post_message_with(
        ch,
        g.owner,
        &format!("asking <@{alice}>"),
        &json!({"mentions": [world.discord().user_json(alice)]}),
    );
    let three = ticket(&world, ch).await.unwrap().number.get();
    let hers = open(&world, &g, alice).await;
    world.discord().post_message(hers, alice, "alice is back");
    let four = ticket(&world, hers).await.unwrap().number.get();
    for channel in [ch, hers] {
        run(&world, &g, channel, g.owner, "close", json!([])).await;
    }
    for number in [three, four] {
        let world = &world;
        eventually_number_state(world, g.id, number, TicketState::Closed).await;
    }
    let mentioned = core
        .archive
        .load_transcript(guild, TicketNumber::new(three))
        .await
        .unwrap();
    assert_eq!(mentioned.participants[&REMOVED_ID].username, REMOVED_NAME);
    assert!(!mentioned.involves(UserId::new(alice)));
    assert!(
        mentioned
            .messages
            .iter()
            .any(|m| m.content == "asking <@0>"),
        "the mention shows the removed user"
    );
    let back = core
        .archive
        .load_transcript(guild, TicketNumber::new(four))
        .await
        .unwrap();
    assert!(!back.messages.iter().any(|m| m.content == "alice is back"));
    assert!(back.messages.iter().any(|m| m.content == REMOVED_CONTENT));
}

/// An export no CLI collected (it stopped waiting) is deleted once it is old enough; other
/// files in the directory are left alone.
#[tokio::test]
async fn uncollected_exports_are_swept() {
    use ticketbox::services::privacy::{UNCOLLECTED_EXPORT, sweep_exports};
    let world = TestWorld::builder().build().await;
    let config = &world.core.config;
    let dir = world.data_dir().join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let export = dir.join("export-job-7.json");
    let other = dir.join("notes.txt");
    std::fs::write(&export, b"{}").unwrap();
    std::fs::write(&other, b"mine").unwrap();
    assert_eq!(sweep_exports(config, UNCOLLECTED_EXPORT), 0, "fresh: kept");
    assert!(export.exists());
    assert_eq!(sweep_exports(config, std::time::Duration::ZERO), 1);
    assert!(!export.exists() && other.exists());
}

/// A removal on request and the archiving of a closing ticket never overlap (the removal now
/// runs inside the live process): a removal waits for archives in progress, and an archive
/// waits for a removal in progress, then applies it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removals_and_archiving_take_turns() {
    let (world, g) = world_with_guild(GuildSpec::new("Turns")).await;
    let (alice, bob) = (g.members[0], g.members[1]);
    let core = std::sync::Arc::clone(&world.core);
    let pause = std::time::Duration::from_millis(300);

    // An archive in progress (holding its share): the removal waits for it.
    let archiving = core.removals.read().await;
    let removal = tokio::spawn({
        let core = std::sync::Arc::clone(&core);
        async move { ticketbox::services::privacy::purge_user(&core, UserId::new(bob)).await }
    });
    tokio::time::sleep(pause).await;
    assert!(!removal.is_finished(), "the removal waits for the archive");
    drop(archiving);
    removal.await.unwrap().unwrap();

    // A removal in progress: a ticket closing meanwhile is stored after it, without her.
    let ch = open(&world, &g, alice).await;
    world
        .discord()
        .post_message(ch, alice, "alice before her removal");
    let number = ticket(&world, ch).await.unwrap().number.get();
    let removing = core.removals.write().await;
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    // The close job has started (it now waits for its turn to store the transcript).
    eventually("the close job to start", || async {
        let running: bool = core
            .db
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) > 0 FROM jobs WHERE kind = 'close_ticket' AND state = 'running'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .await
            .unwrap();
        running.then_some(())
    })
    .await;
    tokio::time::sleep(pause).await;
    assert!(
        core.archive
            .load_transcript(GuildId::new(g.id), TicketNumber::new(number))
            .await
            .is_err(),
        "nothing is stored while the removal runs"
    );
    // The removal is recorded while it holds the lock (as purge_user does first).
    ticketbox::store::privacy::record_request(
        &core.db,
        ticketbox::store::privacy::RequestKind::Purge,
        alice,
        core.clock.now(),
    )
    .await
    .unwrap();
    drop(removing);
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;
    let doc = core
        .archive
        .load_transcript(GuildId::new(g.id), TicketNumber::new(number))
        .await
        .unwrap();
    assert!(!doc.involves(UserId::new(alice)));
    assert!(
        doc.messages
            .iter()
            .all(|m| m.content != "alice before her removal")
    );
}

/// Someone only named in the text (Discord's `mentions` list is empty for mentions sent
/// without a ping, as the bot's own notices are) is a participant of the transcript, so their
/// removal finds it and takes their id out of the text too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_named_only_in_text_is_found_and_removed() {
    let (world, g) = world_with_guild(GuildSpec::new("Named")).await;
    let (alice, bob) = (g.members[0], g.members[1]);
    let ch = open(&world, &g, bob).await;
    world.discord().post_message(
        ch,
        bob,
        &format!("<@{alice}> saw it happen, ask <@!{alice}>"),
    );
    let number = ticket(&world, ch).await.unwrap().number.get();
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;
    let core = &world.core;
    let (guild, n) = (GuildId::new(g.id), TicketNumber::new(number));
    let doc = core.archive.load_transcript(guild, n).await.unwrap();
    assert!(
        doc.participants.contains_key(&UserId::new(alice)),
        "{:?}",
        doc.participants
    );

    ticketbox::services::privacy::purge_user(core, UserId::new(alice))
        .await
        .unwrap();
    let doc = core.archive.load_transcript(guild, n).await.unwrap();
    let json = serde_json::to_string(&doc).unwrap();
    assert!(!json.contains(&alice.to_string()), "{json}");
    assert!(
        doc.messages
            .iter()
            .any(|m| m.content == "<@0> saw it happen, ask <@0>"),
        "{json}"
    );
}
