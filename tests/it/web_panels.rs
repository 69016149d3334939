//! Panels on the dashboard through real HTTP: created with a support team, refused with the
//! reason, posted to Discord (the posted button opens the team's tickets), edited and deleted;
//! each change in the audit log.

use crate::support::*;
use ticketbox::domain::panels::ButtonStyle;
use ticketbox::ids::GuildId;
use ticketbox::store::panels;
use ticketbox::testkit::fake_discord::GuildSpec;

/// The team id shown on the staff page for team `name`.
fn team_id(html: &str, name: &str) -> String {
    let at = html.find(&format!("<h3>{name}</h3>")).expect("the team");
    let before = &html[..at];
    let start = before.rfind("data-team=\"").unwrap() + "data-team=\"".len();
    before[start..].split('"').next().unwrap().to_owned()
}

/// A guild with a team "Billing team" made of the Billing role; returns the team's id.
async fn with_team() -> (Admin, String) {
    let a = Admin::new(GuildSpec::new("Panels").with_role("Billing", 0)).await;
    a.post_done(
        "/staff",
        &[("action", "create_team"), ("name", "Billing team")],
        "/staff",
        "created",
    )
    .await;
    let team = team_id(&a.get("/staff").await.1, "Billing team");
    let role = a.g.roles[1].to_string();
    a.post_done(
        "/staff",
        &[("action", "team_add"), ("team", &team), ("role", &role)],
        "/staff",
        "added",
    )
    .await;
    (a, team)
}

fn panel_form<'a>(title: &'a str, team: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("title", title),
        ("content", "Questions about an invoice?"),
        ("colour", "#ff0000"),
        ("button_label", "Get help"),
        ("button_emoji", "🧾"),
        ("button_style", "success"),
        ("mode", "channel"),
        ("teams", team),
        ("mention_opener", "on"),
        ("cooldown_minutes", "5"),
        ("open_cap", "12"),
        ("mention_here", "on"),
    ]
}

async fn created(a: &Admin, team: &str) -> ticketbox::domain::panels::Panel {
    let r = a.post("/panels", &panel_form("Invoices", team)).await;
    assert_eq!(r.status(), 303);
    let panel = panels::by_title(&a.world.core.db, GuildId::new(a.g.id), "Invoices".into())
        .await
        .unwrap()
        .expect("created");
    assert_eq!(
        location(&r),
        a.path(&format!("/panels/{}?done=created", panel.id.get()))
    );
    panel
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panel_is_created_with_its_team_and_bad_input_is_refused() {
    let (a, team) = with_team().await;
    let (status, editor) = a.get("/panels/new").await;
    assert_eq!(status, 200);
    assert!(
        editor.contains("Billing team") && editor.contains("@Billing"),
        "team and role pickers"
    );
    let panel = created(&a, &team).await;
    assert_eq!(
        (
            panel.draft.colour,
            panel.draft.button_style,
            panel.draft.cooldown_secs
        ),
        (0x00ff_0000, ButtonStyle::Success, 300)
    );
    assert_eq!(
        (panel.draft.use_threads, panel.draft.button_emoji.as_deref()),
        (Some(false), Some("🧾"))
    );
    assert_eq!(panel.draft.open_cap, Some(12));
    assert!(panel.draft.mention_here);
    let teams = panels::team_ids(&a.world.core.db, panel.id).await.unwrap();
    assert_eq!(
        teams
            .iter()
            .map(|t| t.get().to_string())
            .collect::<Vec<_>>(),
        vec![team.clone()]
    );

    let elsewhere = a.world.add_cached_guild(&GuildSpec::new("Elsewhere")).await;
    let foreign_category = elsewhere.category.to_string();
    let mut bad_emoji = panel_form("Other", &team);
    bad_emoji.retain(|(k, _)| *k != "button_emoji");
    bad_emoji.push(("button_emoji", "not an emoji"));
    let mut foreign = panel_form("Other", &team);
    foreign.push(("category", &foreign_category));
    let mut bad_team = panel_form("Other", "999");
    bad_team.push(("ticket_limit", "5"));
    for (form, reason) in [
        (panel_form("invoices", &team), "already exists"),
        (bad_emoji, "is not an emoji"),
        (foreign, "Pick a category from the list."),
        (bad_team, "Pick support teams from the list."),
        (panel_form("", &team), "1 to 100 characters"),
        (
            {
                let mut f = panel_form("Other", &team);
                f.retain(|(k, _)| *k != "open_cap");
                f.push(("open_cap", "-3"));
                f
            },
            "between 1 and 10000",
        ),
    ] {
        a.post_refused("/panels", &form, reason).await;
    }
    let r = a.post("/panels", &panel_form("Other", "999")).await;
    assert!(
        r.text().await.unwrap().contains("value=\"Other\""),
        "the typed form comes back"
    );
    assert_eq!(
        panels::list(&a.world.core.db, GuildId::new(a.g.id))
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(a.audited("panel.create").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_posted_panel_opens_tickets_for_its_team() {
    let (a, team) = with_team().await;
    let panel = created(&a, &team).await;
    let send = format!("/panels/{}/send", panel.id.get());
    let general = a.g.channels[0].to_string();
    a.post_done(&send, &[("channel", &general)], "/panels", "sent")
        .await;
    let message = message_with_button(&a.world, a.g.channels[0], "tb:open:");
    assert_eq!(message["embeds"][0]["title"], "Invoices");
    assert_eq!(message["embeds"][0]["color"], 0x00ff_0000);
    let button = &message["components"][0]["components"][0];
    assert_eq!(
        (button["label"].as_str(), button["style"].as_u64()),
        (Some("Get help"), Some(3))
    );
    let (_, list) = a.get("/panels").await;
    assert!(list.contains("posted in #general"), "{list}");

    let clicked = click(
        &a.world,
        &a.g,
        a.g.channels[0],
        a.g.members[0],
        button["custom_id"].as_str().unwrap(),
    );
    let ch = channel_in(&a.world.discord().reply_text(&clicked).await);
    let channel = a.world.discord().channel(ch).unwrap();
    assert!(
        overwrite(&channel, a.g.roles[1]).is_some(),
        "the team's role is let in: {channel}"
    );

    let elsewhere = a.world.add_cached_guild(&GuildSpec::new("Elsewhere")).await;
    let foreign = elsewhere.channels[0].to_string();
    let r = a.post(&send, &[("channel", &foreign)]).await;
    assert_eq!(r.status(), 422, "only the guild's own channels");
    assert!(a.world.discord().messages(elsewhere.channels[0]).is_empty());
    assert_eq!(a.audited("panel.send").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panel_is_edited_then_deleted() {
    let (a, team) = with_team().await;
    let panel = created(&a, &team).await;
    let path = format!("/panels/{}", panel.id.get());
    let (_, editor) = a.get(&path).await;
    assert!(
        editor.contains("value=\"Invoices\"") && editor.contains("value=\"#ff0000\""),
        "{editor}"
    );
    assert!(
        editor.contains(&format!("<option value=\"{team}\" selected>")),
        "its team is selected"
    );
    let mut edit = panel_form("Billing", &team);
    edit.push(("disabled", "on"));
    a.post_done(&path, &edit, &path, "saved").await;
    let guild = GuildId::new(a.g.id);
    let edited = panels::get(&a.world.core.db, guild, panel.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edited.draft.title, "Billing");
    assert!(edited.draft.disabled);
    assert_eq!(edited.exit_survey, None);

    // The exit survey is one of the guild's forms, picked from the list.
    let survey = ticketbox::store::forms::create(&a.world.core.db, guild, "After".into())
        .await
        .unwrap()
        .unwrap();
    let survey_id = survey.get().to_string();
    let mut bad = panel_form("Billing", &team);
    bad.push(("exit_survey", "999999"));
    a.post_refused(&path, &bad, "Pick an exit survey form from the list.")
        .await;
    let mut with_survey = panel_form("Billing", &team);
    with_survey.push(("exit_survey", &survey_id));
    a.post_done(&path, &with_survey, &path, "saved").await;
    let edited = panels::get(&a.world.core.db, guild, panel.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edited.exit_survey, Some(survey));
    assert_eq!(edited.form, None, "the opening form stays as it was");
    // The awaiting-response category: one of the guild's categories, not the panel's own.
    let category = a.g.category.to_string();
    let mut same = panel_form("Billing", &team);
    same.extend([
        ("category", category.as_str()),
        ("awaiting_category", category.as_str()),
        ("exit_survey", survey_id.as_str()),
    ]);
    a.post_refused(&path, &same, "must differ from the panel")
        .await;
    with_survey.push(("awaiting_category", &category));
    a.post_done(&path, &with_survey, &path, "saved").await;
    let edited = panels::get(&a.world.core.db, guild, panel.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        edited.awaiting_category,
        Some(ticketbox::ids::ChannelId::new(a.g.category))
    );
    assert_eq!(edited.exit_survey, Some(survey), "kept on the next save");
    let (_, editor) = a.get(&path).await;
    let picker = &editor[editor.find("id=\"exit_survey\"").unwrap()..];
    assert!(
        picker[..picker.find("</select>").unwrap()].contains(&format!(
            "<option value=\"{survey_id}\" selected>After</option>"
        )),
        "{editor}"
    );

    a.post_done(&format!("{path}/delete"), &[], "/panels", "deleted")
        .await;
    assert!(
        panels::get(&a.world.core.db, guild, panel.id)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(a.get(&path).await.0, 404);
    assert_eq!(
        (
            a.audited("panel.update").await,
            a.audited("panel.delete").await
        ),
        (3, 1)
    );
}

/// A panel's embeds on the dashboard: image, author, fields (added, reordered, removed in
/// the table), a welcome embed; bad URLs and limits refused with the field named; the preview
/// names the images rather than loading them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn panel_embeds_are_edited_and_previewed_on_the_dashboard() {
    let (a, team) = with_team().await;
    let mut form = panel_form("Invoices", &team);
    form.extend([
        ("embed_image_url", "javascript:alert(1)"),
        ("embed_field_name", ""),
        ("embed_field_value", ""),
        ("embed_field_order", ""),
    ]);
    a.post_refused(
        "/panels",
        &form,
        "Panel embed image: use a web address starting with https:// or http://.",
    )
    .await;
    let long = "v".repeat(1025);
    let mut form = panel_form("Invoices", &team);
    form.extend([
        ("welcome_field_name", "Long"),
        ("welcome_field_value", long.as_str()),
        ("welcome_field_order", ""),
    ]);
    a.post_refused(
        "/panels",
        &form,
        "Welcome embed field 1 value: at most 1024 characters.",
    )
    .await;
    assert!(
        panels::list(&a.world.core.db, GuildId::new(a.g.id))
            .await
            .unwrap()
            .is_empty(),
        "nothing saved"
    );

    let mut form = panel_form("Invoices", &team);
    form.extend([
        ("embed_image_url", "https://cdn.example.com/banner.png"),
        ("embed_author_name", "Billing"),
        ("embed_footer_text", "Mon-Fri"),
        ("embed_timestamp", "on"),
        ("embed_field_name", "Hours"),
        ("embed_field_value", "9-17"),
        ("embed_field_order", "2"),
        ("embed_field_inline", "0"),
        ("embed_field_name", "Phone"),
        ("embed_field_value", "none, sorry"),
        ("embed_field_order", "1"),
        ("welcome_title", "Invoice ticket %ticket_id%"),
        ("welcome_colour", "#00ff00"),
        ("welcome_thumbnail_url", "https://cdn.example.com/logo.png"),
    ]);
    let r = a.post("/panels", &form).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let panel = panels::by_title(&a.world.core.db, GuildId::new(a.g.id), "Invoices".into())
        .await
        .unwrap()
        .unwrap();
    let e = &panel.draft.embed;
    assert_eq!(e.image_url, "https://cdn.example.com/banner.png");
    let fields: Vec<(&str, bool)> = e
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.inline))
        .collect();
    assert_eq!(
        fields,
        [("Phone", false), ("Hours", true)],
        "ordered by number"
    );
    assert_eq!(
        panel.draft.welcome_embed.title,
        "Invoice ticket %ticket_id%"
    );
    assert_eq!(panel.draft.welcome_embed.colour, Some(0x00_ff00));

    let path = format!("/panels/{}", panel.id.get());
    let (_, page) = a.get(&path).await;
    assert!(page.contains("image from cdn.example.com"), "{page}");
    assert!(
        !page.contains("<img src=\"https://cdn.example.com"),
        "images are not loaded"
    );
    assert!(
        page.contains("Invoice ticket %ticket_id%"),
        "the welcome preview"
    );
    // Remove "Phone" (row 0) in the table: the rest stays.
    let mut edit = panel_form("Invoices", &team);
    edit.extend([
        ("embed_image_url", "https://cdn.example.com/banner.png"),
        ("embed_field_name", "Phone"),
        ("embed_field_value", "none, sorry"),
        ("embed_field_order", "1"),
        ("embed_field_remove", "0"),
        ("embed_field_name", "Hours"),
        ("embed_field_value", "9-17"),
        ("embed_field_order", "2"),
    ]);
    a.post_done(&path, &edit, &path, "saved").await;
    let after = panels::get(&a.world.core.db, GuildId::new(a.g.id), panel.id)
        .await
        .unwrap()
        .unwrap();
    let names: Vec<&str> = after
        .draft
        .embed
        .fields
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["Hours"]);
    assert!(
        after.draft.welcome_embed.is_empty(),
        "an emptied welcome embed is cleared"
    );
}
