//! Labels (defined on Discord and the dashboard, put on tickets, shown and filtered in the lists,
//! kept in the transcript header), thread mode's on-call staff (`/on-call`, the role ticketbox
//! makes and forgets, new thread tickets adding those on call), and the settings page's
//! Start ticket / permissions / on-call form.

use serde_json::json;

use crate::support::*;
use ticketbox::domain::levels::Level;
use ticketbox::domain::permissions::Permissions;
use ticketbox::ids::{GuildId, RoleId};
use ticketbox::store::tickets::TicketState;
use ticketbox::store::{labels, on_call, settings};
use ticketbox::testkit::eventually;
use ticketbox::testkit::fake_discord::GuildSpec;

fn name_opt(name: &str, value: &str) -> serde_json::Value {
    json!({"type": 3, "name": name, "value": value})
}

/// The id of the role called `name` in the fake.
fn role_named(world: &ticketbox::testkit::TestWorld, guild: u64, name: &str) -> Vec<u64> {
    world
        .discord()
        .roles(guild)
        .iter()
        .filter(|r| r["name"] == name)
        .map(|r| r["id"].as_str().unwrap().parse().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_call_staff_are_added_to_new_thread_tickets() {
    let a = Admin::new(
        GuildSpec::new("On call")
            .with_members(4)
            .with_text_channels(3)
            .with_role("Helpers", 0),
    )
    .await;
    let (world, g) = (&a.world, &a.g);
    let fake = world.discord();
    let guild = GuildId::new(g.id);
    add_support_role(world, g, g.roles[1]).await;
    fake.set_member_roles(g.id, g.members[0], &[g.roles[1]]);
    use_threads(world, g).await;
    let on_call_cmd = |user: u64| run(world, g, g.channels[0], user, "on-call", json!([]));

    assert_eq!(
        on_call_cmd(g.members[1]).await,
        "Only support staff can do that."
    );
    assert!(
        role_named(world, g.id, "On Call").is_empty(),
        "no role made for a refusal"
    );

    // The first /on-call makes the role (once), gives it, and says so in the audit log.
    let on = on_call_cmd(g.members[0]).await;
    assert!(on.starts_with("You are on call"), "{on}");
    let made = role_named(world, g.id, "On Call");
    assert_eq!(made.len(), 1);
    let role = made[0];
    assert!(fake.member_roles(g.id, g.members[0]).contains(&role));
    assert_eq!(
        on_call::role(&world.core.db, guild).await.unwrap(),
        Some(RoleId::new(role))
    );
    assert_eq!(a.audited("settings.on_call_role_created").await, 1);
    let (_, audit) = a.get("/audit").await;
    assert!(audit.contains("ticketbox"), "made by ticketbox: {audit}");

    // A new thread ticket adds (and pings) who is on call; the opener is there too.
    let opened = run(world, g, g.channels[0], g.members[2], "open", json!([])).await;
    let thread = channel_in(&opened);
    let in_thread = fake.thread_members(thread);
    assert!(
        in_thread.contains(&g.members[0]) && in_thread.contains(&g.members[2]),
        "{in_thread:?}"
    );
    let welcome = &fake.messages(thread)[0];
    assert!(
        welcome["content"]
            .as_str()
            .unwrap()
            .contains(&format!("<@{}>", g.members[0])),
        "{welcome}"
    );

    // Off call: the role goes, and the next ticket does not add them.
    let off = on_call_cmd(g.members[0]).await;
    assert!(off.starts_with("You are off call"), "{off}");
    assert!(!fake.member_roles(g.id, g.members[0]).contains(&role));
    let opened = run(world, g, g.channels[0], g.members[3], "open", json!([])).await;
    assert!(
        !fake
            .thread_members(channel_in(&opened))
            .contains(&g.members[0])
    );
    assert!(
        on_call_cmd(g.members[0])
            .await
            .starts_with("You are on call")
    );
    assert_eq!(role_named(world, g.id, "On Call").len(), 1, "made once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_on_call_role_must_sit_below_ticketbox_and_is_forgotten_when_deleted() {
    let a = Admin::new(
        GuildSpec::new("On call role")
            .with_members(1)
            .with_text_channels(3)
            .with_role("Helpers", 0),
    )
    .await;
    let (world, g) = (&a.world, &a.g);
    let fake = world.discord();
    let guild = GuildId::new(g.id);
    add_support_role(world, g, g.roles[1]).await;
    fake.set_member_roles(g.id, g.members[0], &[g.roles[1]]);
    let on = run(world, g, g.channels[0], g.members[0], "on-call", json!([])).await;
    assert!(
        on.contains("only changes thread tickets"),
        "channel mode is said: {on}"
    );
    let role = role_named(world, g.id, "On Call")[0];

    // A role above ticketbox's own cannot be the on-call role: refused with the fix, on
    // Discord and on the dashboard, and nothing changes.
    let high = fake.add_role_above_bot(g.id, "Mods");
    eventually("the new role cached", || async move {
        world
            .core
            .cache
            .read(move |r| r.role(guild, RoleId::new(high)))
            .await
            .unwrap()
            .map(|_| ())
    })
    .await;
    let refused = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "setup",
        sub("on-call", json!([role_opt("role", high)])),
    )
    .await;
    assert!(
        refused.contains("drag ticketbox's role above Mods"),
        "{refused}"
    );
    a.post_refused(
        "/settings/access",
        &[
            ("start_ticket_level", "everyone"),
            ("on_call_role", &high.to_string()),
        ],
        "drag ticketbox&#39;s role above Mods",
    )
    .await;
    assert_eq!(
        on_call::role(&world.core.db, guild).await.unwrap(),
        Some(RoleId::new(role))
    );
    assert_eq!(
        on_call::members(&world.core.db, guild).await.unwrap().len(),
        1
    );

    // /setup show names the role and who is on call.
    let shown = setup(world, g, "show", json!([])).await;
    assert!(
        shown.contains(&format!("On-call role: <@&{role}> (1 on call)")),
        "{shown}"
    );

    // Being on call is the member's data: exported, and removed on request.
    let member = ticketbox::ids::UserId::new(g.members[0]);
    let export = ticketbox::services::privacy::export_user(&world.core, member)
        .await
        .unwrap();
    assert_eq!(
        export["database"]["on_call"][0]["guild_id"],
        json!(g.id),
        "{export}"
    );
    ticketbox::services::privacy::purge_user(&world.core, member)
        .await
        .unwrap();
    assert!(
        on_call::members(&world.core.db, guild)
            .await
            .unwrap()
            .is_empty()
    );

    // The role deleted in Discord is forgotten (everyone off call), and the log says so.
    fake.delete_role(g.id, role);
    eventually("the on-call role forgotten", || async move {
        on_call::role(&world.core.db, guild)
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;
    assert!(
        on_call::members(&world.core.db, guild)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(a.audited("settings.on_call_role_deleted").await, 1);
}

/// `/label create` on Discord: Billing (red) and Urgent, with the refusals on the way.
async fn define_labels(
    world: &ticketbox::testkit::TestWorld,
    g: &ticketbox::testkit::fake_discord::GuildHandle,
) {
    let label_cmd = |channel: u64, user: u64, name: &'static str, options: serde_json::Value| {
        run(world, g, channel, user, "label", sub(name, options))
    };
    let create = |name: &'static str, colour: &'static str| {
        let mut options = vec![name_opt("name", name)];
        if !colour.is_empty() {
            options.push(name_opt("colour", colour));
        }
        label_cmd(g.channels[0], g.owner, "create", json!(options))
    };
    assert_eq!(
        create("Billing", "#ff0000").await,
        "Label **Billing** (`#FF0000`) created."
    );
    assert_eq!(
        create("billing", "").await,
        "A label called \"billing\" exists already."
    );
    assert!(
        create("Urgent", "red").await.starts_with("Label colour:"),
        "the field is named"
    );
    assert!(create("Urgent", "").await.contains("created"));
    assert_eq!(
        label_cmd(
            g.channels[0],
            g.members[0],
            "create",
            json!([name_opt("name", "Mine")])
        )
        .await,
        "Only ticket admins can do that."
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn labels_go_on_tickets_show_in_lists_and_stay_in_the_transcript() {
    let a = Admin::new(
        GuildSpec::new("Labels")
            .with_members(2)
            .with_text_channels(3),
    )
    .await;
    let (world, g) = (&a.world, &a.g);
    let label_cmd = |channel: u64, user: u64, name: &'static str, options: serde_json::Value| {
        run(world, g, channel, user, "label", sub(name, options))
    };
    define_labels(world, g).await;

    let ch = open(world, g, g.members[0]).await;
    let add = |user: u64, name: &'static str| {
        label_cmd(ch, user, "add", json!([name_opt("label", name)]))
    };
    assert_eq!(
        add(g.members[0], "Billing").await,
        "Only support staff can do that."
    );
    assert_eq!(
        add(g.owner, "billing").await,
        format!("🏷️ <@{}> labelled this ticket **Billing**.", g.owner)
    );
    assert_eq!(
        add(g.owner, "Billing").await,
        "This ticket is labelled \"Billing\" already."
    );
    assert!(
        add(g.owner, "nope")
            .await
            .starts_with("This server has no label of that name."),
    );
    let remove = || label_cmd(ch, g.owner, "remove", json!([name_opt("label", "BILLING")]));
    assert_eq!(
        remove().await,
        format!(
            "🏷️ <@{}> took the label **Billing** off this ticket.",
            g.owner
        )
    );
    assert_eq!(remove().await, "This ticket is not labelled \"Billing\".");
    assert!(
        add(g.owner, "Billing")
            .await
            .contains("labelled this ticket")
    );
    let listed = label_cmd(ch, g.owner, "list", json!([])).await;
    assert!(listed.contains("This ticket: Billing"), "{listed}");

    // The open-ticket list shows the label and filters by it.
    let (_, page) = a.get("").await;
    assert!(
        page.contains("data-colour=\"#FF0000\">Billing</span>"),
        "{page}"
    );
    let (_, filtered) = a.get("?label=urgent").await;
    assert!(
        filtered.contains("No open tickets labelled urgent"),
        "{filtered}"
    );
    let (_, filtered) = a.get("?label=BILLING").await;
    assert!(filtered.contains("id=\"open-tickets\""), "{filtered}");

    // Closed, the transcript keeps the label in its header; the list filters by it.
    let number = ticket(world, ch).await.unwrap().number.get();
    run(world, g, ch, g.owner, "close", json!([])).await;
    eventually_number_state(world, g.id, number, TicketState::Closed).await;
    eventually("the transcript stored", || async move {
        let t = ticket_number(world, g.id, number).await?;
        ticketbox::store::transcripts::has_transcript(&world.core.db, t.id)
            .await
            .unwrap()
            .then_some(())
    })
    .await;
    let (status, viewer) =
        web_page(world, &format!("/transcripts/{}/{number}", g.id), &a.cookie).await;
    assert_eq!(status, 200);
    assert!(
        viewer.contains("Labels") && viewer.contains("Billing"),
        "{viewer}"
    );
    let (_, list) = a.get("/transcripts?label=billing").await;
    assert!(list.contains("1 transcript,"), "{list}");
    let (_, list) = a.get("/transcripts?label=Urgent").await;
    assert!(list.contains("0 transcripts"), "{list}");

    // Creating labels is audited; putting them on tickets is not configuration.
    assert_eq!(a.audited("command.label.create").await, 2);
    assert_eq!(a.audited("command.label.add").await, 0);
    // The "Tickets" category made on the first open is ticketbox's own change.
    assert_eq!(a.audited("settings.category_created").await, 1);
    let (_, audit) = a.get("/audit").await;
    assert!(
        audit.contains("Created the category &quot;Tickets&quot;")
            || audit.contains("Created the category &#34;Tickets&#34;"),
        "{audit}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn labels_are_managed_on_the_dashboard_with_the_same_rules() {
    let a = Admin::new(GuildSpec::new("Label page").with_text_channels(3)).await;
    let (world, g) = (&a.world, &a.g);
    let guild = GuildId::new(g.id);
    let created = run(
        world,
        g,
        g.channels[0],
        g.owner,
        "label",
        sub("create", json!([name_opt("name", "Billing")])),
    )
    .await;
    assert!(created.contains("created"), "{created}");
    a.post_done(
        "/labels",
        &[("action", "create"), ("name", "Urgent"), ("colour", "")],
        "/labels",
        "created",
    )
    .await;
    let ch = open(world, g, g.owner).await;
    let t = ticket(world, ch).await.unwrap();
    labels::add(
        &world.core.db,
        guild,
        t.id,
        "billing".into(),
        world.core.clock.now(),
    )
    .await
    .unwrap();
    // The dashboard's label page: the same rules, naming the field; a delete takes the label
    // off every ticket.
    a.post_done(
        "/labels",
        &[
            ("action", "create"),
            ("name", "Refunds"),
            ("colour", "#00aa00"),
        ],
        "/labels",
        "created",
    )
    .await;
    a.post_refused(
        "/labels",
        &[("action", "create"), ("name", "refunds"), ("colour", "")],
        "exists already",
    )
    .await;
    a.post_refused(
        "/labels",
        &[("action", "create"), ("name", "Bad"), ("colour", "#12")],
        "Label colour",
    )
    .await;
    a.post_done(
        "/labels",
        &[
            ("action", "colour"),
            ("name", "refunds"),
            ("colour", "#123456"),
        ],
        "/labels",
        "saved",
    )
    .await;
    a.post_done(
        "/labels",
        &[("action", "delete"), ("name", "Billing")],
        "/labels",
        "deleted",
    )
    .await;
    let defined = labels::defined(&world.core.db, guild).await.unwrap();
    let names: Vec<(&str, u32)> = defined
        .iter()
        .map(|l| (l.name.as_str(), l.colour))
        .collect();
    assert_eq!(
        names,
        vec![("Refunds", 0x0012_3456), ("Urgent", 0x0058_65F2)]
    );
    assert!(
        labels::on_ticket(&world.core.db, t.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(a.audited("label.create").await, 2, "Urgent and Refunds");

    let shown = setup(world, g, "show", json!([])).await;
    assert!(shown.contains("Labels: Refunds, Urgent"), "{shown}");
    assert!(shown.contains("Panels: none"), "{shown}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_ticket_and_permissions_are_set_on_the_settings_page() {
    let a = Admin::new(GuildSpec::new("Access form").with_text_channels(3)).await;
    let guild = GuildId::new(a.g.id);
    let (_, page) = a.get("/settings").await;
    assert!(page.contains("id=\"ticket-permissions\""), "{page}");
    assert!(page.contains("name=\"opener_attach_files\" value=\"on\""));

    a.post_refused(
        "/settings/access",
        &[
            ("start_ticket_level", "everyone"),
            ("start_ticket_panel", "999"),
        ],
        "Start ticket, panel: pick one of this server",
    )
    .await;
    a.post_refused(
        "/settings/access",
        &[("start_ticket_level", "moderators")],
        "Start ticket, used by",
    )
    .await;
    a.post_done(
        "/settings/access",
        &[
            ("start_ticket_level", "support"),
            ("opener_attach_files", "on"),
            ("support_attach_files", "on"),
            ("support_embed_links", "on"),
            ("support_add_reactions", "on"),
            ("support_external_emoji", "on"),
            ("support_external_stickers", "on"),
            ("support_voice_messages", "on"),
        ],
        "/settings",
        "saved",
    )
    .await;
    let s = settings::load(&a.world.core.db, guild).await.unwrap();
    assert_eq!(s.start_ticket_level, Level::Support);
    assert!(!s.start_ticket_add_author);
    assert_eq!(s.start_ticket_panel, None);
    assert_eq!(s.support_denied, Permissions::NONE);
    assert!(!s.opener_denied.contains(Permissions::ATTACH_FILES));
    assert!(
        s.opener_denied.contains(Permissions::EMBED_LINKS)
            && s.opener_denied.contains(Permissions::SEND_VOICE_MESSAGES)
    );
    assert_eq!(a.audited("settings.access").await, 1);
    // The page shows what was saved.
    let (_, page) = a.get("/settings").await;
    assert!(page.contains("name=\"opener_attach_files\" value=\"on\" aria-label=\"Opener may attach files\" checked"), "{page}");
    assert!(!page.contains(
        "name=\"opener_embed_links\" value=\"on\" aria-label=\"Opener may embed links\" checked"
    ));
}

/// Without Manage Roles ticketbox cannot make the on-call role: the member is told what to give
/// it, and nothing is recorded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_call_without_manage_roles_says_what_is_missing() {
    let manage_roles = 1 << 28;
    let (world, g) = world_with_guild(
        GuildSpec::new("No roles")
            .with_text_channels(3)
            .with_bot_permissions(
                ticketbox::testkit::fake_discord::BOT_PERMISSIONS & !manage_roles,
            ),
    )
    .await;
    let refused = run(&world, &g, g.channels[0], g.owner, "on-call", json!([])).await;
    assert!(
        refused.starts_with("ticketbox needs the Manage Roles permission"),
        "{refused}"
    );
    let guild = GuildId::new(g.id);
    assert_eq!(on_call::role(&world.core.db, guild).await.unwrap(), None);
    assert!(
        on_call::members(&world.core.db, guild)
            .await
            .unwrap()
            .is_empty()
    );
}
