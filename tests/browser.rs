//! The dashboard in a real headless Chromium (Debian's chromium + chromium-driver), against
//! the running bot and the fake Discord: log in through the fake Discord's OAuth2, pick the
//! server, create a panel and post it, open and close a ticket in the fake, then read the
//! transcript in the viewer with its messages and an inline image, and the Statistics page's
//! charts. Screenshots are saved under
//! `target/tmp/screenshots/`.
//!
//! Without Chromium the test says it was skipped (on the terminal, not only in captured
//! output); with `TICKETBOX_REQUIRE_BROWSER=1` (set by `.ci/run`) a missing browser fails it.

#[path = "it/support.rs"]
mod support;

use std::io::Write as _;
use std::path::PathBuf;

use serde_json::json;
use support::*;

use ticketbox::store::tickets::TicketState;
use ticketbox::testkit::browser::{self, Browser};
use ticketbox::testkit::fake_discord::GuildSpec;

/// A `width`×`height` PNG (RGB, one colour), written by hand: stored deflate blocks, CRC-32.
fn png(width: u32, height: u32, rgb: [u8; 3]) -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFF_u32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    // Each row: filter type 0, then the pixels.
    let row: Vec<u8> = std::iter::once(0)
        .chain((0..width).flat_map(|_| rgb))
        .collect();
    let raw: Vec<u8> = (0..height).flat_map(|_| row.iter().copied()).collect();
    let mut z = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        z.push(u8::from(i + 1 == blocks.len()));
        let len = u16::try_from(block.len()).unwrap();
        z.extend_from_slice(&len.to_le_bytes());
        z.extend_from_slice(&(!len).to_le_bytes());
        z.extend_from_slice(block);
    }
    let (mut a, mut b) = (1_u32, 0_u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    z.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &z);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn screenshots() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

async fn browser_or_skip() -> Option<Browser> {
    if let Err(reason) = browser::availability() {
        assert!(
            std::env::var_os("TICKETBOX_REQUIRE_BROWSER").is_none(),
            "TICKETBOX_REQUIRE_BROWSER is set but {reason}"
        );
        // Straight to the terminal: captured output of a passing test is never shown.
        let _ = writeln!(std::io::stderr(), "browser tests skipped: {reason}");
        return None;
    }
    Browser::start().await
}

/// The first inline image's natural size, once it has loaded.
async fn image_size(b: &Browser) -> serde_json::Value {
    let script = "const img = document.querySelector('img.att'); \
                  return img.complete ? [img.naturalWidth, img.naturalHeight] : null;";
    for _ in 0..50 {
        let size = b.script(script).await;
        if !size.is_null() {
            return size;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    serde_json::Value::Null
}

/// On a phone no dashboard page is wider than the screen (tables and tabs scroll inside).
async fn fits_a_phone(b: &Browser, base: &str, guild: u64) {
    b.resize(390, 844).await;
    for page in [
        "",
        "/transcripts",
        "/stats",
        "/settings",
        "/panels/new",
        "/staff",
        "/forms",
    ] {
        b.goto(&format!("{base}/servers/{guild}{page}")).await;
        b.wait_for("main.page").await;
        let fits = b
            .script("return document.documentElement.scrollWidth <= window.innerWidth + 1;")
            .await;
        assert_eq!(fits, json!(true), "{page} is wider than a phone");
        if page == "/settings" || page == "/stats" {
            let name = format!("4-phone{}.png", page.replace('/', "-"));
            b.screenshot(&screenshots().join(name)).await;
        }
    }
    b.goto(&format!("{base}/servers/{guild}/transcripts")).await;
    b.screenshot(&screenshots().join("4-phone-transcripts.png"))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_owner_sets_up_a_panel_and_reads_a_transcript_in_chromium() {
    let Some(b) = browser_or_skip().await else {
        return;
    };
    let world = dashboard_world().await;
    let g = world
        .add_cached_guild(
            &GuildSpec::new("Browser Guild")
                .with_role("Billing", 0)
                // Long names on purpose: a select must never push a page past a phone's width.
                .with_role(
                    "Customer Success and Billing Escalations for Europe, Africa and the Americas",
                    0,
                )
                .with_text_channel(
                    "support-requests-for-the-european-and-north-american-customer-success-teams",
                ),
        )
        .await;
    let base = web_base(&world);
    let shots = screenshots();

    // Log in through the fake Discord's OAuth2 and pick the server.
    world.discord().set_oauth_user(g.owner);
    b.goto(&format!("{base}/")).await;
    b.click("a[href^=\"/auth/login\"]").await;
    b.wait_for(&format!("li[data-guild=\"{}\"] a", g.id)).await;
    b.screenshot(&shots.join("1-servers.png")).await;
    b.click(&format!("li[data-guild=\"{}\"] a", g.id)).await;
    b.wait_for("#open-tickets, .empty").await;

    build_and_post_a_panel(&b, &world, &g, &shots).await;

    // A member opens a ticket from the posted panel, writes and sends an image; staff close it.
    let opener = g.members[0];
    let custom_id = panel_button_id(&world, g.channels[0]);
    let clicked = click(&world, &g, g.channels[0], opener, &custom_id);
    let ch = channel_in(&world.discord().reply_text(&clicked).await);
    let number = ticket(&world, ch).await.unwrap().number.get();
    world
        .discord()
        .post_message(ch, opener, "Hello from **Chromium**, invoice 1234 is wrong");
    world.discord().post_attachment(
        ch,
        opener,
        "here is a photo",
        "photo.png",
        png(40, 30, [200, 40, 40]),
    );
    run(&world, &g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(&world, g.id, number, TicketState::Closed).await;

    // The transcript list links to the viewer, which shows the messages and the image.
    b.click("nav.tabs a[href$=\"/transcripts\"]").await;
    b.click(&format!(
        "#transcripts a[href=\"/transcripts/{}/{number}\"]",
        g.id
    ))
    .await;
    b.wait_for("img.att").await;
    let page = b.source().await;
    assert!(
        page.contains("Hello from <strong>Chromium</strong>, invoice 1234 is wrong"),
        "{page}"
    );
    assert_eq!(
        image_size(&b).await,
        json!([40, 30]),
        "the archived image was decrypted and decoded"
    );
    b.screenshot(&shots.join("3-transcript.png")).await;

    statistics_page(&b, &base, g.id).await;

    build_a_form(&b, &world, &base, g.id).await;
    add_an_integration(&b, &world, &base, g.id).await;
    fits_a_phone(&b, &base, g.id).await;
    the_operator_page(&b, &world, &base, &g).await;
}

/// The operator logs in and reads the operator page: a data request filed with /mydata is
/// approved there, and the server with its tickets is listed.
async fn the_operator_page(
    b: &Browser,
    world: &ticketbox::testkit::TestWorld,
    base: &str,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
) {
    let mut own = GuildSpec::new("Operator's own");
    own.owner = MATRIX_OPERATOR;
    world.add_cached_guild(&own).await;
    let filed = run(
        world,
        g,
        g.channels[0],
        g.members[1],
        "mydata",
        json!([{"type": 1, "name": "export", "options": []}]),
    )
    .await;
    assert!(filed.starts_with("Your request is recorded"), "{filed}");
    // The server's owner is not an operator: the page does not exist for them.
    b.goto(&format!("{base}/operator")).await;
    assert!(b.source().await.contains("Page not found."));
    world.discord().set_oauth_user(MATRIX_OPERATOR);
    b.goto(&format!("{base}/auth/login?next=/operator")).await;
    b.wait_for("#requests").await;
    assert!(b.text("#servers").await.contains("Browser Guild"));
    b.click("#requests tr[data-request] button.primary").await;
    b.wait_for(".notice").await;
    assert!(
        b.text("#instance-audit")
            .await
            .contains("data_request.approve")
    );
}

/// The Integrations tab: a server-made integration created in the editor (a refused URL first,
/// shown with the field named), then listed with what it receives, and enabled.
async fn add_an_integration(
    b: &Browser,
    world: &ticketbox::testkit::TestWorld,
    base: &str,
    guild: u64,
) {
    b.goto(&format!("{base}/servers/{guild}/integrations"))
        .await;
    b.wait_for("#roblox-form").await;
    b.click("#new-integration").await;
    b.wait_for("#integration-form").await;
    b.fill("#name", "Orders").await;
    b.fill("#privacy_url", "https://orders.example.com/privacy")
        .await;
    b.fill("#url", "ftp://orders.example.com/%user_id%").await;
    b.fill("input[name=\"output_name_0\"]", "order_count").await;
    b.fill("input[name=\"output_path_0\"]", "orders.count")
        .await;
    b.fill("input[name=\"secret_name_0\"]", "KEY").await;
    b.fill("input[name=\"secret_value_0\"]", "browser-secret")
        .await;
    b.click("#integration-form button[type=\"submit\"]").await;
    b.wait_for(".notice.err").await;
    assert!(
        b.text(".notice.err")
            .await
            .starts_with("Request URL: only http")
    );
    assert!(
        !b.source().await.contains("browser-secret"),
        "typed secrets are not sent back"
    );
    b.fill("#url", "https://orders.example.com/users/%user_id%")
        .await;
    b.fill("input[name=\"secret_value_0\"]", "browser-secret")
        .await;
    b.click("#integration-form button[type=\"submit\"]").await;
    b.wait_for("#own li[data-integration]").await;
    let listed = b.text("#own li[data-integration]").await;
    assert!(
        listed.contains("Orders") && listed.contains("the opener's Discord user ID"),
        "{listed}"
    );
    b.click("#own li[data-integration] button.primary").await;
    b.wait_for("#own li[data-integration] .badge").await;
    let enabled = ticketbox::store::integrations::enabled(
        &world.core.db,
        ticketbox::ids::GuildId::new(guild),
    )
    .await
    .unwrap();
    assert_eq!(enabled.len(), 1);
    assert_eq!(enabled[0].spec.secrets, vec!["KEY".to_owned()]);
}

/// The Statistics tab after one ticket was opened and closed: figures, and the charts drawn
/// (today's bars have a height).
async fn statistics_page(b: &Browser, base: &str, guild: u64) {
    b.goto(&format!("{base}/servers/{guild}")).await;
    b.click("nav.tabs a[href$=\"/stats\"]").await;
    b.wait_for("#chart-activity svg").await;
    assert_eq!(
        b.text("#figures div:nth-child(2) dd").await,
        "1",
        "total tickets"
    );
    let drawn = b
        .script(
            "const bars = [...document.querySelectorAll('#chart-activity rect')];
             const last = bars.filter(r => r.getBoundingClientRect().height > 0);
             const svg = document.querySelector('#chart-activity svg').getBoundingClientRect();
             return [bars.length, last.length, svg.width > 300, svg.height > 50];",
        )
        .await;
    assert_eq!(
        drawn,
        json!([60, 2, true, true]),
        "one opened and one closed bar today"
    );
    b.screenshot(&screenshots().join("3-statistics.png")).await;
}

/// A panel created in the editor (the live preview follows the typing), with an embed (an
/// image, an author, an inline field) shown in the saved panel's preview, then posted.
async fn build_and_post_a_panel(
    b: &Browser,
    world: &ticketbox::testkit::TestWorld,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
    shots: &std::path::Path,
) {
    b.click("nav.tabs a[href$=\"/panels\"]").await;
    b.click("a[href$=\"/panels/new\"]").await;
    b.fill("#title", "Billing help").await;
    b.fill("#content", "Questions about an invoice? Click below.")
        .await;
    b.fill("#button_label", "Open a billing ticket").await;
    assert_eq!(b.text("#preview-button").await, "Open a billing ticket");
    // The embed: an image, an author and a field (typed into the fields table).
    b.fill("#embed_image_url", "https://cdn.example.com/billing.png")
        .await;
    b.fill("#embed_author_name", "Billing team").await;
    b.fill("input[name=\"embed_field_name\"]", "Hours").await;
    b.fill("textarea[name=\"embed_field_value\"]", "Mon-Fri 9-17")
        .await;
    b.click("input[name=\"embed_field_inline\"]").await;
    b.click("#panel-form button[type=\"submit\"]").await;
    b.wait_for(".notice.ok").await;
    // The saved panel's preview shows the embed, naming the image instead of loading it.
    assert_eq!(b.text("#preview-title").await, "Billing help");
    assert!(
        b.text(".preview .embed-image")
            .await
            .contains("cdn.example.com")
    );
    assert_eq!(b.text(".preview .embed-author").await, "Billing team");
    assert_eq!(
        b.text(".preview .embed-field.inline .embed-field-name")
            .await,
        "Hours"
    );
    b.screenshot(&shots.join("2-panel-editor.png")).await;
    b.click("a[href$=\"/panels\"]").await;
    b.select(
        "#panels select[name=\"channel\"]",
        &g.channels[0].to_string(),
    )
    .await;
    b.click("#panels form[action$=\"/send\"] button").await;
    assert_eq!(b.text(".notice.ok").await, "Posted in Discord.");
    let posted = message_with_button(world, g.channels[0], "tb:open:");
    assert_eq!(posted["embeds"][0]["title"], "Billing help");
    assert_eq!(
        posted["embeds"][0]["image"]["url"],
        "https://cdn.example.com/billing.png"
    );
    assert_eq!(posted["embeds"][0]["fields"][0]["inline"], true);
}

/// A form built in the browser: created, two questions added, one edited (the edit form opens
/// from a `<details>`, no script needed) and moved down.
async fn build_a_form(b: &Browser, world: &ticketbox::testkit::TestWorld, base: &str, guild: u64) {
    // Submits with `button` and returns the next page's confirmation. The current page's
    // confirmation is removed first, so the one read is the new page's.
    let submit = |button: String| async move {
        b.script("document.querySelectorAll('.notice').forEach(n => n.remove()); return true;")
            .await;
        b.click(&button).await;
        b.text(".notice.ok").await
    };
    b.goto(&format!("{base}/servers/{guild}/forms")).await;
    b.fill("#create-form input[name=\"title\"]", "Order problem")
        .await;
    assert_eq!(submit("#create-form button".into()).await, "Created.");
    let add = "details.add-question";
    for label in ["Order number", "What went wrong?"] {
        b.click(&format!("{add} summary")).await;
        b.fill(&format!("{add} input[name=\"label\"]"), label).await;
        assert_eq!(
            submit("details.add-question form button[type=\"submit\"]".into()).await,
            "Added."
        );
    }
    b.click("details.edit-question summary").await;
    b.fill(
        "details.edit-question[open] input[name=\"label\"]",
        "Order id",
    )
    .await;
    assert_eq!(
        submit("details.edit-question[open] button".into()).await,
        "Saved."
    );
    assert_eq!(
        submit("button[aria-label=\"Move down\"]".into()).await,
        "Moved."
    );
    // A choice question: options typed into the blank rows, up to two picks.
    b.click(&format!("{add} summary")).await;
    b.fill(&format!("{add} input[name=\"label\"]"), "Topic")
        .await;
    b.select(&format!("{add} select[name=\"kind\"]"), "choice")
        .await;
    b.fill(&format!("{add} input[name=\"max_values\"]"), "2")
        .await;
    for (row, label, emoji) in [(1, "Refund", "<:cash:42>"), (2, "Bug report", "")] {
        let cell = |name: &str| format!("{add} tbody tr:nth-child({row}) input[name=\"{name}\"]");
        b.fill(&cell("opt_label"), label).await;
        b.fill(&cell("opt_emoji"), emoji).await;
    }
    assert_eq!(
        submit("details.add-question form button[type=\"submit\"]".into()).await,
        "Added."
    );
    // Edit its options in one save: Bug report first, Refund removed, Other added.
    let edit = "ol.questions > li:nth-child(3) details.edit-question";
    b.click(&format!("{edit} summary")).await;
    let row =
        |n: u32, name: &str| format!("{edit}[open] tbody tr:nth-child({n}) input[name=\"{name}\"]");
    b.fill(&row(2, "opt_order"), "0").await;
    b.click(&row(1, "opt_remove")).await;
    b.fill(&row(3, "opt_label"), "Other").await;
    b.fill(&row(3, "opt_description"), "Anything else").await;
    assert_eq!(
        submit(format!("{edit}[open] form button[type=\"submit\"]")).await,
        "Saved."
    );
    assert!(
        b.text("ol.questions > li:nth-child(3) ul.option-list")
            .await
            .contains("Bug report"),
        "the options are listed under the question"
    );
    b.click(&format!("{edit} summary")).await;
    b.screenshot(&screenshots().join("5-forms.png")).await;
    let stored = ticketbox::store::forms::by_title(
        &world.core.db,
        ticketbox::ids::GuildId::new(guild),
        "Order problem".into(),
    )
    .await
    .unwrap()
    .unwrap();
    let labels: Vec<&str> = stored.inputs.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["What went wrong?", "Order id", "Topic"]);
    let topic = &stored.inputs[2];
    assert_eq!(
        topic.kind,
        ticketbox::domain::form_questions::QuestionKind::Choice
    );
    assert_eq!(topic.max_values, Some(2));
    let options: Vec<(&str, Option<&str>)> = topic
        .options
        .iter()
        .map(|o| (o.label.as_str(), o.description.as_deref()))
        .collect();
    assert_eq!(
        options,
        [("Bug report", None), ("Other", Some("Anything else"))]
    );
}

/// A long transcript in the browser: the viewer pages it (500 messages a page), the pager's
/// links move between pages, and the page fits a phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_transcript_is_read_page_by_page_in_chromium() {
    let Some(b) = browser_or_skip().await else {
        return;
    };
    let world = dashboard_world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Long Transcript Guild"))
        .await;
    let doc = ticketbox::testkit::transcripts::synthetic(
        ticketbox::ids::GuildId::new(g.id),
        1,
        ticketbox::ids::UserId::new(g.owner),
        1300,
    );
    world.store_transcript(&doc).await;
    let base = web_base(&world);
    world.discord().set_oauth_user(g.owner);
    b.goto(&format!("{base}/")).await;
    b.click("a[href^=\"/auth/login\"]").await;
    b.wait_for(&format!("li[data-guild=\"{}\"] a", g.id)).await;

    b.goto(&format!("{base}/transcripts/{}/1?page=2", g.id))
        .await;
    b.wait_for("nav.pager").await;
    assert_eq!(
        b.text("nav.pager .x").await,
        "Messages 1001–1300 of 1300 (page 3 of 3)"
    );
    let shown = b.script("return document.querySelectorAll('.messages > div[id^=m]').length;");
    assert_eq!(shown.await, json!(300));
    b.screenshot(&screenshots().join("6-long-transcript-last-page.png"))
        .await;
    b.click("nav.pager a[rel=prev]").await;
    b.wait_for("nav.pager a[rel=next]").await;
    assert!(b.current_url().await.ends_with("?page=1"));
    assert_eq!(
        b.text("nav.pager .x").await,
        "Messages 501–1000 of 1300 (page 2 of 3)"
    );
    b.resize(390, 844).await;
    let fits = b
        .script("return document.documentElement.scrollWidth <= window.innerWidth + 1;")
        .await;
    assert_eq!(fits, json!(true), "a transcript page is wider than a phone");
}

/// A German-speaking owner on an English browser: the picker on the first page turns the
/// whole dashboard German (remembered across pages and the login), including a refused
/// form's reason, and the German pages still fit a phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_in_german_through_the_picker_in_chromium() {
    use ticketbox::i18n::Lang;
    let Some(b) = browser_or_skip().await else {
        return;
    };
    let world = dashboard_world().await;
    let g = world
        .add_cached_guild(&GuildSpec::new("Deutscher Server"))
        .await;
    let base = web_base(&world);
    world.discord().set_oauth_user(g.owner);
    b.goto(&format!("{base}/")).await;
    b.wait_for("html[lang=\"en-US\"]").await;
    b.select("#lang-picker", "de").await;
    b.click("form.lang button").await;
    b.wait_for("html[lang=\"de\"]").await;
    b.click("a[href^=\"/auth/login\"]").await;
    b.wait_for(&format!("li[data-guild=\"{}\"] a", g.id)).await;
    assert!(
        b.source().await.contains("<html lang=\"de\">"),
        "the pick is remembered"
    );
    assert_eq!(b.text("h1").await, "Deine Server");

    b.goto(&format!("{base}/servers/{}/settings", g.id)).await;
    b.wait_for("#naming_scheme").await;
    assert_eq!(
        b.text("nav.tabs a[aria-current=\"page\"]").await,
        "Einstellungen"
    );
    b.fill("#naming_scheme", "hilfe").await;
    b.click("form.settings button.primary").await;
    b.wait_for("p.notice.err").await;
    let refused = b.text("p.notice.err").await;
    let reason = ticketbox::domain::settings::validate_naming_scheme("hilfe").unwrap_err();
    assert_eq!(refused, reason.render(Lang::De));
    assert_ne!(refused, reason.render(Lang::EnUs));
    b.screenshot(&screenshots().join("5-german-settings.png"))
        .await;
    fits_a_phone(&b, &base, g.id).await;
}
