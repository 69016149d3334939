//! Long transcripts in the viewer come in pages of 500 messages, with links between pages and
//! a "show all"; the whole transcript is one request away.

use crate::support::*;
use ticketbox::ids::{GuildId, UserId};
use ticketbox::testkit::fake_discord::GuildSpec;
use ticketbox::testkit::transcripts::synthetic;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_transcript_is_paged() {
    let world = dashboard_world().await;
    let g = world.add_cached_guild(&GuildSpec::new("Long")).await;
    let doc = synthetic(GuildId::new(g.id), 7, UserId::new(g.owner), 1_200);
    world.store_transcript(&doc).await;
    let cookie = world.session_cookie(g.owner, "owner").await;
    let path = format!("/transcripts/{}/7", g.id);
    let id = |n: usize| format!("id=\"m{}\"", doc.messages[n].id);

    let (status, first) = web_page(&world, &path, &cookie).await;
    assert_eq!(status, 200);
    assert!(
        first.contains("Messages 1–500 of 1200 (page 1 of 3)"),
        "{first}"
    );
    assert!(first.contains(&id(0)) && first.contains(&id(499)) && !first.contains(&id(500)));
    assert!(first.contains("href=\"?page=1\">Later →") && !first.contains("Earlier"));

    let (_, last) = web_page(&world, &format!("{path}?page=2"), &cookie).await;
    assert!(last.contains("Messages 1001–1200 of 1200 (page 3 of 3)"));
    assert!(last.contains(&id(1_199)) && !last.contains(&id(999)));
    assert!(last.contains("href=\"?page=1\">← Earlier") && !last.contains("Later →"));
    let (_, beyond) = web_page(&world, &format!("{path}?page=99"), &cookie).await;
    assert!(
        beyond.contains("(page 3 of 3)"),
        "a page past the end shows the last"
    );

    let (_, all) = web_page(&world, &format!("{path}?all=1"), &cookie).await;
    assert!(all.contains(&id(0)) && all.contains(&id(1_199)) && !all.contains("Later →"));
    assert_eq!(all.matches(" id=\"m").count(), 1_200);
}
