//! `/mydata` requests end to end through the fake Discord (filed, operators told, approved on
//! the operator page, the export sent as a DM attachment, a removal announced by DM before it
//! happens, a refusal with its reason), and the operator page's other parts.

use serde_json::json;

use crate::support::*;
use ticketbox::ids::UserId;
use ticketbox::testkit::fake_discord::{GuildHandle, GuildSpec};
use ticketbox::testkit::{TestWorld, eventually};

const OPERATOR: u64 = 5_151_515_151;

async fn operated() -> (TestWorld, GuildHandle, String, String) {
    let world = TestWorld::builder()
        .with_discord()
        .with_http()
        .with_jobs()
        .with_dashboard_login()
        .with_config(|c| {
            c.dashboard.operators = vec![OPERATOR.to_string()];
            c.dashboard.operator_dms = true;
        })
        .build()
        .await;
    world.bot_ready().await;
    let mut spec = GuildSpec::new("Operated")
        .with_members(3)
        .with_text_channels(3);
    spec.owner = OPERATOR;
    let g = world.add_cached_guild(&spec).await;
    let (cookie, _) = web_login(&world, OPERATOR, "/").await;
    let (status, html) = web_page(&world, "/operator", &cookie).await;
    assert_eq!(status, 200, "{html}");
    let token = csrf_in(&html);
    (world, g, cookie, token)
}

async fn act(world: &TestWorld, cookie: &str, token: &str, fields: &[(&str, &str)]) -> u16 {
    let mut all = vec![("csrf", token)];
    all.extend_from_slice(fields);
    web_post(world, "/operator", cookie, &all)
        .await
        .status()
        .as_u16()
}

fn dm_texts(world: &TestWorld, user: u64) -> Vec<String> {
    world
        .discord()
        .dms(user)
        .iter()
        .map(|m| m["content"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_request_is_filed_approved_and_sent_by_dm() {
    let (world, g, cookie, token) = operated().await;
    let member = g.members[0];
    let filed = run(
        &world,
        &g,
        g.channels[0],
        member,
        "mydata",
        sub("export", json!([])),
    )
    .await;
    assert!(
        filed.starts_with("Your request is recorded: a copy"),
        "{filed}"
    );
    assert!(
        filed.contains(":D>"),
        "the deadline as a Discord date: {filed}"
    );
    let again = run(
        &world,
        &g,
        g.channels[0],
        member,
        "mydata",
        sub("export", json!([])),
    )
    .await;
    assert!(again.starts_with("You already asked for a copy"), "{again}");
    // The operator is told by DM, once.
    let told = dm_texts(&world, OPERATOR);
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].contains("A data request was filed: #1 (export)"));

    let (_, page) = web_page(&world, "/operator", &cookie).await;
    assert!(page.contains("data-request=\"1\""), "{page}");
    assert_eq!(
        act(
            &world,
            &cookie,
            &token,
            &[("action", "approve"), ("id", "1")]
        )
        .await,
        303
    );
    let dm = world
        .discord()
        .wait_for("the export sent by DM", || {
            world
                .discord()
                .dms(member)
                .into_iter()
                .find(|m| m["attachments"].as_array().is_some_and(|a| !a.is_empty()))
        })
        .await;
    assert_eq!(dm["attachments"][0]["filename"], "ticketbox-data.json");
    let url = dm["attachments"][0]["url"].as_str().unwrap();
    let body = reqwest::get(url).await.unwrap().bytes().await.unwrap();
    let file: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(file["database"].is_object(), "the export's JSON: {file}");
    assert!(
        file.to_string().contains(&member.to_string()),
        "about the requester"
    );
    let requests = ticketbox::store::data_requests::all(&world.core.db)
        .await
        .unwrap();
    eventually("the request done", || {
        let db = world.core.db.clone();
        async move {
            let r = ticketbox::store::data_requests::get(&db, 1)
                .await
                .unwrap()?;
            (r.state == "done").then_some(r)
        }
    })
    .await;
    assert_eq!(requests.len(), 1);
    let (_, page) = web_page(&world, "/operator", &cookie).await;
    assert!(page.contains("sent by DM"), "{page}");
    assert!(
        page.contains("data_request.approve"),
        "the instance audit log: {page}"
    );
    // Approving twice is refused, naming the request.
    let status = act(
        &world,
        &cookie,
        &token,
        &[("action", "approve"), ("id", "1")],
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removal_is_announced_by_dm_before_it_happens_and_refusals_say_why() {
    let (world, g, cookie, token) = operated().await;
    let (leaving, refused) = (g.members[0], g.members[1]);
    let ch = open(&world, &g, leaving).await;
    world
        .discord()
        .post_message(ch, leaving, "please forget me");
    run(
        &world,
        &g,
        g.channels[0],
        leaving,
        "mydata",
        sub("delete", json!([])),
    )
    .await;
    // The second requester's Discord is German: the DMs about their request are too.
    world.discord().set_user_locale(refused, "de");
    run(
        &world,
        &g,
        g.channels[0],
        refused,
        "mydata",
        sub("delete", json!([])),
    )
    .await;
    // Refusing needs a reason (said in the operator's language); with one, the requester is
    // told it.
    let no_reason = web_post(
        &world,
        "/operator",
        &format!("{cookie}; tb_lang=de"),
        &[("csrf", token.as_str()), ("action", "refuse"), ("id", "2")],
    )
    .await;
    assert_eq!(no_reason.status().as_u16(), 422);
    let page = no_reason.text().await.unwrap();
    assert!(page.contains("Grund: 1 bis 500 Zeichen"), "{page}");
    assert!(
        page.contains("<td>Löschung</td>") && page.contains("<td>offen"),
        "{page}"
    );
    assert_eq!(
        act(
            &world,
            &cookie,
            &token,
            &[
                ("action", "refuse"),
                ("id", "2"),
                ("reason", "you hold an open case")
            ]
        )
        .await,
        303
    );
    assert!(
        dm_texts(&world, refused).iter().any(|t| t
            == "Deine Anfrage #2 auf Löschung deiner Daten wurde vom Betreiber dieser \
                ticketbox-Instanz abgelehnt: you hold an open case"),
        "{:?}",
        dm_texts(&world, refused)
    );

    assert_eq!(
        act(
            &world,
            &cookie,
            &token,
            &[("action", "approve"), ("id", "1")]
        )
        .await,
        303
    );
    eventually("the removal carried out", || {
        let db = world.core.db.clone();
        async move {
            let r = ticketbox::store::data_requests::get(&db, 1)
                .await
                .unwrap()?;
            (r.state == "done").then_some(())
        }
    })
    .await;
    assert!(
        dm_texts(&world, leaving)
            .iter()
            .any(|t| t.contains("is being removed now")),
        "{:?}",
        dm_texts(&world, leaving)
    );
    let export = ticketbox::services::privacy::export_user(&world.core, UserId::new(leaving))
        .await
        .unwrap();
    assert_eq!(export["database"]["tickets_opened"], json!([]), "{export}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operator_page_is_for_operators_only_and_shows_the_instance() {
    let (world, g, cookie, token) = operated().await;
    open(&world, &g, g.members[0]).await;
    let (_, page) = web_page(&world, "/operator", &cookie).await;
    assert!(page.contains("Bot: <strong>connected</strong>"), "{page}");
    assert!(
        page.contains("Operated"),
        "the server with its tickets: {page}"
    );
    assert!(page.contains("No backup target"), "{page}");
    assert_eq!(
        act(&world, &cookie, &token, &[("action", "backup")]).await,
        422
    );
    // A server admin who is not an operator: 404, like a page that does not exist.
    let admin = world.add_cached_guild(&GuildSpec::new("Other")).await;
    let (other, _) = web_login(&world, admin.owner, "/").await;
    let (status, _) = web_page(&world, "/operator", &other).await;
    assert_eq!(status, 404);
}

/// DMs closed: the export waits on the operator page, in the data directory; failed jobs can
/// be retried or discarded there, and each action is in the instance audit log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undeliverable_export_waits_and_failed_jobs_are_handled() {
    let (world, g, cookie, token) = operated().await;
    let member = g.members[2];
    world.discord().close_dms(member);
    run(
        &world,
        &g,
        g.channels[0],
        member,
        "mydata",
        sub("export", json!([])),
    )
    .await;
    assert_eq!(
        act(
            &world,
            &cookie,
            &token,
            &[("action", "approve"), ("id", "1")]
        )
        .await,
        303
    );
    let waiting = ticketbox::services::data_requests::waiting_export(&world.core, 1);
    eventually("the export written for the operator", || {
        let waiting = waiting.clone();
        async move { waiting.exists().then_some(()) }
    })
    .await;
    let (_, page) = web_page(&world, "/operator", &cookie).await;
    assert!(page.contains("export waits in"), "{page}");

    // A failed job: retried from the page, then (failed again) discarded.
    let now = world.core.clock.now();
    let job = ticketbox::store::jobs::enqueue(
        &world.core.db,
        ticketbox::domain::job_kind::JobKind::DataRequest { id: 999 },
        None,
        now,
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let id = job.to_string();
    eventually("the job to fail", || {
        let db = world.core.db.clone();
        async move {
            let s = ticketbox::store::jobs::status(&db, job).await.unwrap()?;
            (s.state == "failed" || s.state == "pending" && s.attempts > 0).then_some(())
        }
    })
    .await;
    // (A missing request is retried by the runner; mark it failed as the runner would after
    // its attempts.)
    world
        .core
        .db
        .write(move |tx| {
            tx.execute(
                "UPDATE jobs SET state = 'failed' WHERE id = ?1",
                [job.get()],
            )?;
            Ok(())
        })
        .await
        .unwrap();
    let (_, page) = web_page(&world, "/operator", &cookie).await;
    assert!(page.contains(&format!("data-job=\"{id}\"")), "{page}");
    assert_eq!(
        act(
            &world,
            &cookie,
            &token,
            &[("action", "discard"), ("id", &id)]
        )
        .await,
        303
    );
    let status = ticketbox::store::jobs::status(&world.core.db, job)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status.state, "done");
    assert!(
        status
            .last_error
            .unwrap()
            .starts_with("discarded by an operator")
    );
    assert_eq!(
        act(&world, &cookie, &token, &[("action", "retry"), ("id", &id)]).await,
        422
    );
    let (_, page) = web_page(&world, "/operator", &cookie).await;
    assert!(page.contains("job.discard"), "{page}");
}
