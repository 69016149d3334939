//! The forms builder and multi-panels on the dashboard, through real HTTP against the running
//! bot: a form built on the dashboard is the modal the bot shows; a multi-panel made of two
//! panels is posted as a select menu.

use crate::support::*;
use ticketbox::domain::forms::{Form, InputStyle};
use ticketbox::ids::GuildId;
use ticketbox::store::{forms, multi_panels, panels};
use ticketbox::testkit::fake_discord::GuildSpec;

/// The stored form `title` of the admin's guild.
async fn stored_form(a: &Admin, title: &str) -> Form {
    forms::by_title(&a.world.core.db, GuildId::new(a.g.id), title.to_owned())
        .await
        .unwrap()
        .expect("the form")
}

async fn form_id(a: &Admin, title: &str) -> String {
    stored_form(a, title).await.id.get().to_string()
}

fn labels(form: &Form) -> Vec<&str> {
    form.inputs.iter().map(|i| i.label.as_str()).collect()
}

/// Creates a panel "Orders" with form `form`, posts it and clicks it as a member: the bot's
/// answer.
async fn modal_of_a_panel_with(a: &Admin, form: &str) -> serde_json::Value {
    let guild = GuildId::new(a.g.id);
    let fields = [
        ("title", "Orders"),
        ("button_label", "Open"),
        ("button_style", "primary"),
        ("form", form),
    ];
    let r = a.post("/panels", &fields).await;
    assert_eq!(r.status(), 303);
    let panel = panels::by_title(&a.world.core.db, guild, "Orders".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        panel.form.map(|f| f.get().to_string()),
        Some(form.to_owned())
    );
    let general = a.g.channels[0].to_string();
    a.post_done(
        &format!("/panels/{}/send", panel.id.get()),
        &[("channel", &general)],
        "/panels",
        "sent",
    )
    .await;
    let custom_id = panel_button_id(&a.world, a.g.channels[0]);
    let clicked = click(&a.world, &a.g, a.g.channels[0], a.g.members[0], &custom_id);
    a.world.discord().interaction_response(&clicked).await
}

/// Creates the form "Order problem" with five questions (two required, with a maximum length;
/// a paragraph second), checking the refusals on the way; returns its id.
async fn questions(a: &Admin) -> String {
    for (title, refusal) in [
        ("Order problem".to_owned(), None),
        ("order problem".to_owned(), Some("already exists")),
        ("x".repeat(46), Some("1 to 45 characters")),
    ] {
        let fields = [("action", "create"), ("title", title.as_str())];
        match refusal {
            None => a.post_done("/forms", &fields, "/forms", "created").await,
            Some(reason) => a.post_refused("/forms", &fields, reason).await,
        }
    }
    let form = form_id(a, "Order problem").await;
    let add = |label: &'static str, style: &'static str, extra: &[(&'static str, &'static str)]| {
        let mut fields = vec![("action", "add_input"), ("label", label), ("style", style)];
        fields.extend_from_slice(extra);
        fields
    };
    let required = [("required", "on"), ("max_length", "500")];
    for (label, style) in [("Order number", "short"), ("What went wrong?", "paragraph")] {
        let mut fields = add(label, style, &required);
        fields.push(("form", &form));
        a.post_done("/forms", &fields, "/forms", "added").await;
    }
    let mut again = add("order NUMBER", "short", &[]);
    again.push(("form", &form));
    a.post_refused("/forms", &again, "already asks").await;
    let mut bad = add("Bad", "short", &[("min_length", "10"), ("max_length", "5")]);
    bad.push(("form", &form));
    a.post_refused("/forms", &bad, "minimum length cannot be above the maximum")
        .await;
    for label in ["Extra 0", "Extra 1", "Extra 2"] {
        let mut fields = add(label, "short", &[]);
        fields.push(("form", &form));
        a.post_done("/forms", &fields, "/forms", "added").await;
    }
    let mut sixth = add("Sixth", "short", &[]);
    sixth.push(("form", &form));
    a.post_refused("/forms", &sixth, "at most 5 questions")
        .await;
    form
}

/// Moves and edits questions of "Order problem" (Order number, What went wrong?, Extra 1,
/// Extra 2), including repeated and stale clicks, which change nothing.
async fn reorder_and_edit(a: &Admin, form: &str) {
    let question = |action: &'static str, position: &'static str, shown: &'static str| {
        vec![
            ("action", action),
            ("form", form),
            ("position", position),
            ("shown_label", shown),
        ]
    };
    let down = question("move_down", "0", "Order number");
    a.post_done("/forms", &down, "/forms", "moved").await;
    a.post_refused("/forms", &down, "removed or moved").await;
    a.post_done(
        "/forms",
        &question("move_up", "3", "Extra 2"),
        "/forms",
        "moved",
    )
    .await;
    a.post_refused(
        "/forms",
        &question("move_up", "0", "What went wrong?"),
        "removed or moved",
    )
    .await;
    let mut edit = question("edit_input", "1", "Order number");
    edit.extend([
        ("label", "Order id"),
        ("style", "short"),
        ("required", "on"),
        ("max_length", "20"),
        ("placeholder", "#1234"),
    ]);
    let mut invalid = edit.clone();
    invalid.push(("min_length", "30"));
    a.post_refused(
        "/forms",
        &invalid,
        "minimum length cannot be above the maximum",
    )
    .await;
    let mut taken = edit.clone();
    taken.retain(|(k, _)| *k != "label");
    taken.push(("label", "EXTRA 1"));
    a.post_refused("/forms", &taken, "already asks").await;
    a.post_done("/forms", &edit, "/forms", "saved").await;
    a.post_refused("/forms", &edit, "removed or moved").await;
    let stored = stored_form(a, "Order problem").await;
    assert_eq!(
        labels(&stored),
        ["What went wrong?", "Order id", "Extra 2", "Extra 1"]
    );
    assert_eq!(
        (stored.inputs[0].style, stored.inputs[1].max_length),
        (InputStyle::Paragraph, Some(20)),
        "moved questions keep their settings"
    );
    let (_, page) = a.get("/forms").await;
    assert!(
        page.contains(r#"name="label" maxlength="45" required value="Order id""#)
            && page.contains(r##"value="#1234""##),
        "the edit form is filled in: {page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_built_on_the_dashboard_is_the_modal_the_bot_shows() {
    let a = Admin::new(GuildSpec::new("Forms")).await;
    let guild = GuildId::new(a.g.id);
    let form = questions(&a).await;
    let remove = [
        ("action", "remove_input"),
        ("form", form.as_str()),
        ("position", "2"),
        ("shown_label", "Extra 0"),
    ];
    a.post_done("/forms", &remove, "/forms", "removed").await;
    // The same click again (Extra 1 has moved up to that position): refused, nothing removed.
    a.post_refused("/forms", &remove, "removed or moved").await;
    let stored = stored_form(&a, "Order problem").await;
    assert_eq!(
        labels(&stored),
        ["Order number", "What went wrong?", "Extra 1", "Extra 2"],
        "later questions move up"
    );
    assert_eq!(stored.inputs[1].style, InputStyle::Paragraph);
    assert!(!stored.inputs[2].required);
    let (_, page) = a.get("/forms").await;
    assert!(
        page.contains("Order number") && page.contains("paragraph text, required, at most 500"),
        "{page}"
    );
    reorder_and_edit(&a, &form).await;

    let modal = modal_of_a_panel_with(&a, &form).await;
    assert_eq!(modal["type"], 9, "{modal}");
    assert_eq!(modal["data"]["title"], "Order problem");
    let rows = modal["data"]["components"].as_array().unwrap();
    let labels: Vec<&str> = rows
        .iter()
        .map(|row| row["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["What went wrong?", "Order id", "Extra 2", "Extra 1"],
        "the modal asks in the new order, with the edited question"
    );
    assert_eq!(rows[1]["component"]["max_length"], 20, "{modal}");
    assert_eq!(rows[1]["component"]["placeholder"], "#1234", "{modal}");

    a.post_done(
        "/forms",
        &[("action", "delete"), ("form", &form)],
        "/forms",
        "deleted",
    )
    .await;
    assert!(
        forms::list(&a.world.core.db, guild)
            .await
            .unwrap()
            .is_empty()
    );
    for action in [
        "form.create",
        "form.add_input",
        "form.remove_input",
        "form.move_input",
        "form.edit_input",
        "form.delete",
    ] {
        assert!(a.audited(action).await >= 1, "{action}");
    }
}

/// Edits "Help desk": reordered panels, buttons, new text; then back to the select menu. A taken
/// title is refused.
async fn edited(a: &Admin, billing: &str, sales: &str) {
    let guild = GuildId::new(a.g.id);
    let edit = |title: &'static str, layout: &'static str| {
        vec![
            ("action", "update"),
            ("current", "Help desk"),
            ("title", title),
            ("content", "Which team?"),
            ("panels", sales),
            ("panels", billing),
            ("layout", layout),
        ]
    };
    a.post_done(
        "/multipanels",
        &edit("Help desk", "buttons"),
        "/multipanels",
        "saved",
    )
    .await;
    let multi = multi_panels::by_title(&a.world.core.db, guild, "Help desk".into())
        .await
        .unwrap()
        .unwrap();
    assert!(!multi.select_menu);
    assert_eq!(multi.content, "Which team?");
    assert_eq!(
        multi
            .panels
            .iter()
            .map(|p| p.get().to_string())
            .collect::<Vec<_>>(),
        [sales, billing]
    );
    let other = [
        ("action", "create"),
        ("title", "Other"),
        ("panels", billing),
        ("panels", sales),
    ];
    a.post_done("/multipanels", &other, "/multipanels", "created")
        .await;
    a.post_refused("/multipanels", &edit("other", "buttons"), "already exists")
        .await;
    a.post_done(
        "/multipanels",
        &edit("Help desk", "select"),
        "/multipanels",
        "saved",
    )
    .await;
    assert_eq!(a.audited("multipanel.update").await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_multi_panel_is_created_and_posted_as_a_select_menu() {
    let a = Admin::new(GuildSpec::new("Multi")).await;
    let guild = GuildId::new(a.g.id);
    for title in ["Billing", "Sales"] {
        let r = a
            .post(
                "/panels",
                &[
                    ("title", title),
                    ("button_label", title),
                    ("button_style", "primary"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    let ids: Vec<String> = panels::list(&a.world.core.db, guild)
        .await
        .unwrap()
        .iter()
        .map(|p| p.id.get().to_string())
        .collect();
    let (billing, sales) = (ids[0].as_str(), ids[1].as_str());
    a.post_refused(
        "/multipanels",
        &[("action", "create"), ("title", "Help"), ("panels", billing)],
        "2 to 25 panels",
    )
    .await;
    a.post_refused(
        "/multipanels",
        &[
            ("action", "create"),
            ("title", "Help"),
            ("panels", billing),
            ("panels", "999"),
        ],
        "Pick panels from the list.",
    )
    .await;
    let create = [
        ("action", "create"),
        ("title", "Help desk"),
        ("content", "Pick one"),
        ("panels", billing),
        ("panels", sales),
        ("layout", "select"),
    ];
    a.post_done("/multipanels", &create, "/multipanels", "created")
        .await;
    let multi = multi_panels::by_title(&a.world.core.db, guild, "Help desk".into())
        .await
        .unwrap()
        .unwrap();
    assert!(multi.select_menu);
    assert_eq!(multi.panels.len(), 2);
    let (_, page) = a.get("/multipanels").await;
    assert!(page.contains("select menu: Billing, Sales"), "{page}");
    assert!(
        page.contains("Choose what your ticket is about ▾"),
        "the preview shows the menu"
    );
    edited(&a, billing, sales).await;

    let general = a.g.channels[0].to_string();
    a.post_done(
        "/multipanels",
        &[
            ("action", "send"),
            ("title", "Help desk"),
            ("channel", &general),
        ],
        "/multipanels",
        "sent",
    )
    .await;
    let posted = a
        .world
        .discord()
        .messages(a.g.channels[0])
        .into_iter()
        .find(|m| m["embeds"][0]["title"] == "Help desk")
        .expect("the multi-panel message");
    let menu = &posted["components"][0]["components"][0];
    assert_eq!(menu["type"], 3, "a select menu: {posted}");
    assert_eq!(menu["options"].as_array().unwrap().len(), 2);

    a.post_done(
        "/multipanels",
        &[("action", "delete"), ("title", "Help desk")],
        "/multipanels",
        "deleted",
    )
    .await;
    let left = multi_panels::list(&a.world.core.db, guild).await.unwrap();
    assert_eq!(left, ["Other"], "only the deleted one is gone");
    assert_eq!(a.audited("multipanel.send").await, 1);
}

/// A choice question built on the dashboard: options added, reordered and removed in the
/// question's own table (no script), refusals naming the field, and a form with a picker
/// question kept out of the panel editor's exit surveys.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn choice_options_are_edited_without_script_and_bad_input_is_named() {
    let a = Admin::new(GuildSpec::new("Choices")).await;
    a.post_done(
        "/forms",
        &[("action", "create"), ("title", "Intake")],
        "/forms",
        "created",
    )
    .await;
    let form = form_id(&a, "Intake").await;
    let add = |extra: &'static [(&'static str, &'static str)]| {
        let mut fields = vec![
            ("action", "add_input"),
            ("form", form.as_str()),
            ("label", "Topic"),
            ("kind", "choice"),
            ("required", "on"),
        ];
        fields.extend_from_slice(extra);
        fields
    };
    let row = |label, value, order| {
        [
            ("opt_label", label),
            ("opt_value", value),
            ("opt_description", ""),
            ("opt_emoji", ""),
            ("opt_order", order),
        ]
    };
    a.post_refused(
        "/forms",
        &add(&[]),
        "Options: a choice question needs at least one option",
    )
    .await;
    let mut bad_emoji = add(&[]);
    bad_emoji.extend([
        ("opt_label", "Refund"),
        ("opt_value", ""),
        ("opt_description", ""),
        ("opt_emoji", "money"),
        ("opt_order", ""),
    ]);
    a.post_refused("/forms", &bad_emoji, "Option emoji of &#34;Refund&#34;")
        .await;
    let mut twice = add(&[]);
    twice.extend(row("Refund", "r", ""));
    twice.extend(row("Return", "r", ""));
    a.post_refused("/forms", &twice, "the value &#34;r&#34; is used twice")
        .await;
    let mut picks = add(&[("max_values", "3")]);
    picks.extend(row("Refund", "", ""));
    a.post_refused("/forms", &picks, "Maximum picks: between 1 and 1")
        .await;
    assert!(
        stored_form(&a, "Intake").await.inputs.is_empty(),
        "nothing saved"
    );

    let mut good = add(&[("max_values", "2")]);
    good.extend(row("Refund", "", ""));
    good.extend(row("Bug", "bug", ""));
    good.extend(row("", "", ""));
    a.post_done("/forms", &good, "/forms", "added").await;
    let topic = &stored_form(&a, "Intake").await.inputs[0];
    let options: Vec<(&str, &str)> = topic
        .options
        .iter()
        .map(|o| (o.label.as_str(), o.value.as_str()))
        .collect();
    assert_eq!(
        options,
        [("Refund", "Refund"), ("Bug", "bug")],
        "a blank value is the label"
    );
    // Edit: Bug first, Refund removed (its row index 0), Other added.
    let mut edit = vec![
        ("action", "edit_input"),
        ("form", form.as_str()),
        ("position", "0"),
        ("shown_label", "Topic"),
        ("label", "Topic"),
        ("kind", "choice"),
        ("required", "on"),
        ("max_values", "1"),
        ("opt_remove", "0"),
    ];
    edit.extend(row("Refund", "Refund", "1"));
    edit.extend(row("Bug", "bug", "5"));
    edit.extend(row("Other", "", "2"));
    a.post_done("/forms", &edit, "/forms", "saved").await;
    let topic = &stored_form(&a, "Intake").await.inputs[0];
    let labels: Vec<&str> = topic.options.iter().map(|o| o.label.as_str()).collect();
    assert_eq!(labels, ["Other", "Bug"], "ordered by the order numbers");
    let (_, page) = a.get("/forms").await;
    assert!(
        page.contains("name=\"opt_label\" maxlength=\"100\" value=\"Other\""),
        "{page}"
    );

    // A member picker: the form is no exit survey, in the editor's list or by a forged post.
    let mut who = vec![
        ("action", "add_input"),
        ("form", form.as_str()),
        ("label", "Who?"),
        ("kind", "user"),
        ("required", "on"),
        ("min_length", "5"),
    ];
    who.extend(row("ignored", "", ""));
    a.post_done("/forms", &who, "/forms", "added").await;
    let who_q = &stored_form(&a, "Intake").await.inputs[1];
    assert!(
        who_q.options.is_empty() && who_q.min_length.is_none(),
        "other kinds' fields are not read"
    );
    let (_, editor) = a.get("/panels/new").await;
    let surveys = &editor[editor.find("id=\"exit_survey\"").expect("the picker")..];
    let surveys = &surveys[..surveys.find("</select>").unwrap()];
    assert!(!surveys.contains(&format!("value=\"{form}\"")), "{surveys}");
    let forms_picker = &editor[editor.find("id=\"form\"").expect("the form picker")..];
    assert!(
        forms_picker.contains(&format!("value=\"{form}\"")),
        "still a panel form"
    );
    let fields = [
        ("title", "Orders"),
        ("button_label", "Open"),
        ("button_style", "primary"),
        ("exit_survey", form.as_str()),
    ];
    a.post_refused(
        "/panels",
        &fields,
        "Exit survey: The form &#34;Intake&#34; is an exit survey",
    )
    .await;
}
