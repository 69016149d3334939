//! The dashboard's settings, staff, teams, blacklist, tags and audit log through real HTTP,
//! against the fake Discord and the running bot. Each change is checked where it lands
//! (SQLite and the bot's behaviour); bad input is refused with the reason and changes nothing.

use crate::support::*;
use serde_json::json;
use ticketbox::domain::levels::{Level, Target};
use ticketbox::ids::{ChannelId, GuildId, RoleId, UserId};
use ticketbox::store::{settings, staff, tags};
use ticketbox::testkit::fake_discord::GuildSpec;

fn settings_form<'a>(category: &'a str, log: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("ticket_category", category),
        ("log_channel", log),
        ("ticket_limit", "3"),
        ("open_cap", "40"),
        ("hide_claim_button", "on"),
        ("thread_archive", "3d"),
        ("naming_scheme", " help-%id% "),
        ("welcome_message", "Hi %user%,\r\nwe are on it."),
        ("close_confirmation", "on"),
        ("claim_support_can_view", "on"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_are_saved_and_used_by_the_bot() {
    let a = Admin::new(GuildSpec::new("Settings").with_text_channels(3)).await;
    let (status, html) = a.get("/settings").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("#general") && html.contains("Text Channels"),
        "pickers from the cache"
    );
    let (category, log) = (a.g.category.to_string(), a.g.channels[1].to_string());
    a.post_done(
        "/settings",
        &settings_form(&category, &log),
        "/settings",
        "saved",
    )
    .await;
    let s = settings::load(&a.world.core.db, GuildId::new(a.g.id))
        .await
        .unwrap();
    assert_eq!(s.ticket_category, Some(ChannelId::new(a.g.category)));
    assert_eq!(s.log_channel, Some(ChannelId::new(a.g.channels[1])));
    assert_eq!((s.ticket_limit, s.naming_scheme.as_str()), (3, "help-%id%"));
    assert_eq!(s.open_cap, Some(40));
    assert!(s.hide_claim_button && !s.hide_close_button);
    assert_eq!(s.thread_archive_minutes, 4320);
    assert_eq!(
        s.welcome_message.as_deref(),
        Some("Hi %user%,\nwe are on it.")
    );
    assert!(!s.users_can_close && s.close_confirmation && !s.dm_on_close && !s.use_threads);
    assert!(s.claim_support_can_view && !s.claim_support_can_type);
    let (_, shown) = a.get("/settings?done=saved").await;
    assert!(shown.contains("Saved."));
    assert!(
        shown.contains(&format!("<option value=\"{log}\" selected>")),
        "the saved channel is selected"
    );
    assert_eq!(a.audited("settings.update").await, 1);

    // The bot uses them: the next ticket is named by the new scheme, in the picked category.
    let ch = open(&a.world, &a.g, a.g.members[0]).await;
    let channel = a.world.discord().channel(ch).unwrap();
    assert_eq!(channel["name"], "help-1");
    assert_eq!(channel["parent_id"], a.g.category.to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_settings_are_refused_with_the_reason_and_change_nothing() {
    let a = Admin::new(GuildSpec::new("Settings")).await;
    let elsewhere = a.world.add_cached_guild(&GuildSpec::new("Elsewhere")).await;
    let before = settings::load(&a.world.core.db, GuildId::new(a.g.id))
        .await
        .unwrap();
    let (category, log) = (a.g.category.to_string(), a.g.channels[1].to_string());
    let foreign = elsewhere.channels[0].to_string();
    for (field, value, reason) in [
        ("naming_scheme", "help", "%id%"),
        ("ticket_limit", "0", "between 1 and 100"),
        ("ticket_limit", "many", "must be a number"),
        ("open_cap", "10001", "between 1 and 10000"),
        ("thread_archive", "2d", "must be 1h, 24h, 3d or 7d"),
        ("open_cap", "lots", "must be a number between 1 and 10000"),
        (
            "log_channel",
            foreign.as_str(),
            "Pick the log channel from the list.",
        ),
        (
            "ticket_category",
            log.as_str(),
            "Pick the ticket category from the list.",
        ),
        (
            "claim_support_can_type",
            "on",
            "cannot type in a ticket they cannot see",
        ),
    ] {
        let mut bad = settings_form(&category, &log);
        bad.retain(|(k, _)| *k != field && *k != "claim_support_can_view");
        bad.push((field, value));
        a.post_refused("/settings", &bad, reason).await;
    }
    let forged = web_post(
        &a.world,
        &a.path("/settings"),
        &a.cookie,
        &[("csrf", "forged"), ("ticket_limit", "9")],
    )
    .await;
    assert_eq!(forged.status(), 403);
    assert_eq!(
        settings::load(&a.world.core.db, GuildId::new(a.g.id))
            .await
            .unwrap(),
        before
    );
    assert_eq!(a.audited("settings.update").await, 0);
}

/// A configured channel the cache does not know (bot reconnecting, channel gone) stays set when
/// another setting is saved.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saving_keeps_a_channel_the_cache_does_not_know() {
    let a = Admin::new(GuildSpec::new("Unknown")).await;
    let guild = GuildId::new(a.g.id);
    let now = a.world.core.clock.now();
    settings::update(&a.world.core.db, guild, now, |s| {
        s.log_channel = Some(ChannelId::new(999));
    })
    .await
    .unwrap();
    let (_, page) = a.get("/settings").await;
    assert!(
        page.contains("<option value=\"999\" selected>#unknown channel 999</option>"),
        "{page}"
    );
    let category = a.g.category.to_string();
    let mut form = settings_form(&category, "999");
    form.retain(|(k, _)| *k != "ticket_limit");
    form.push(("ticket_limit", "7"));
    a.post_done("/settings", &form, "/settings", "saved").await;
    let s = settings::load(&a.world.core.db, guild).await.unwrap();
    assert_eq!(
        (s.log_channel, s.ticket_limit),
        (Some(ChannelId::new(999)), 7)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_entries_give_dashboard_access() {
    let a = Admin::new(GuildSpec::new("Staff")).await;
    let (moderator, helper) = (a.g.roles[0], a.g.members[0]);
    a.world
        .discord()
        .set_member_roles(a.g.id, helper, &[moderator]);
    wait_member_roles(&a.world, a.g.id, helper, &[moderator]).await;
    let (helper_cookie, _) = web_login(&a.world, helper, "/").await;
    assert_eq!(
        web_page(&a.world, &a.path(""), &helper_cookie).await.0,
        404,
        "not staff yet"
    );

    let role = moderator.to_string();
    a.post_done(
        "/staff",
        &[
            ("action", "add_staff"),
            ("role", &role),
            ("level", "support"),
        ],
        "/staff",
        "added",
    )
    .await;
    let entries = staff::list_staff(&a.world.core.db, GuildId::new(a.g.id))
        .await
        .unwrap();
    assert!(
        entries
            .iter()
            .any(|e| e.target == Target::Role(RoleId::new(moderator)) && e.level == Level::Support)
    );
    assert_eq!(
        web_page(&a.world, &a.path(""), &helper_cookie).await.0,
        200,
        "support: ticket pages"
    );
    assert_eq!(
        web_page(&a.world, &a.path("/staff"), &helper_cookie)
            .await
            .0,
        404,
        "not admin pages"
    );
    let (_, servers) = web_page(&a.world, "/servers", &helper_cookie).await;
    assert!(
        servers.contains(&format!("href=\"/servers/{}\"", a.g.id)),
        "{servers}"
    );

    a.post_refused(
        "/staff",
        &[("action", "add_staff"), ("level", "admin")],
        "Pick a role or type a member",
    )
    .await;
    for nobody in ["nobody-here", "0", "123456789"] {
        let fields = [
            ("action", "add_staff"),
            ("member", nobody),
            ("level", "admin"),
        ];
        a.post_refused("/staff", &fields, "No member called").await;
    }
    a.post_done(
        "/staff",
        &[
            ("action", "remove_staff"),
            ("target", &format!("role:{role}")),
            ("level", "support"),
        ],
        "/staff",
        "removed",
    )
    .await;
    assert_eq!(
        web_page(&a.world, &a.path(""), &helper_cookie).await.0,
        404,
        "no longer staff"
    );
    assert_eq!(
        (
            a.audited("staff.add").await,
            a.audited("staff.remove").await
        ),
        (1, 1)
    );
}

/// Two members nicknamed alike: the name is refused as ambiguous; a username always wins, so
/// nobody can pose as someone by taking their username as a nickname.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_that_fit_several_members_are_refused() {
    let a = Admin::new(GuildSpec::new("Names")).await;
    let (victim, poser, other) = (a.g.members[0], a.g.members[1], a.g.members[2]);
    let fake = a.world.discord();
    let victim_name = fake.user(victim).unwrap()["username"]
        .as_str()
        .unwrap()
        .to_owned();
    // Nobody of them ever interacted with the bot: the dashboard finds them through Discord's
    // member search.
    for (user, nick) in [
        (poser, victim_name.as_str()),
        (other, "Helper"),
        (victim, "Helper"),
    ] {
        fake.set_nick(a.g.id, user, nick);
    }
    a.post_refused(
        "/staff",
        &[
            ("action", "add_staff"),
            ("member", "helper"),
            ("level", "admin"),
        ],
        "Several members are called",
    )
    .await;
    a.post_done(
        "/staff",
        &[
            ("action", "add_staff"),
            ("member", &victim_name),
            ("level", "admin"),
        ],
        "/staff",
        "added",
    )
    .await;
    let entries = staff::list_staff(&a.world.core.db, GuildId::new(a.g.id))
        .await
        .unwrap();
    assert_eq!(
        entries.iter().map(|e| e.target).collect::<Vec<_>>(),
        [Target::User(UserId::new(victim))]
    );
    // The audit entry names the user it is about in its own column (a removal finds it).
    let (log, _) = ticketbox::store::audit::page(&a.world.core.db, GuildId::new(a.g.id), 0, 10)
        .await
        .unwrap();
    let added = log.iter().find(|e| e.action == "staff.add").unwrap();
    assert_eq!(added.target, Some(UserId::new(victim)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blacklist_follows_the_bots_rules() {
    let a = Admin::new(GuildSpec::new("Blacklist")).await;
    let guild = GuildId::new(a.g.id);
    let (moderator, helper, troll) = (a.g.roles[0], a.g.members[0], a.g.members[1]);
    let role = moderator.to_string();
    a.post_done(
        "/staff",
        &[
            ("action", "add_staff"),
            ("role", &role),
            ("level", "support"),
        ],
        "/staff",
        "added",
    )
    .await;
    a.world
        .discord()
        .set_member_roles(a.g.id, helper, &[moderator]);
    wait_member_roles(&a.world, a.g.id, helper, &[moderator]).await;

    a.post_refused(
        "/staff",
        &[("action", "blacklist_add"), ("member", &helper.to_string())],
        "Staff cannot be blacklisted.",
    )
    .await;
    a.post_refused(
        "/staff",
        &[("action", "blacklist_add"), ("role", &role)],
        "Staff cannot be blacklisted.",
    )
    .await;
    let name = a.world.discord().user(troll).unwrap()["username"]
        .as_str()
        .unwrap()
        .to_owned();
    a.post_done(
        "/staff",
        &[
            ("action", "blacklist_add"),
            ("member", &name.to_uppercase()),
            ("reason", "  spammed 30 tickets  "),
        ],
        "/staff",
        "blacklisted",
    )
    .await;
    let facts = staff::access_facts(&a.world.core.db, guild).await.unwrap();
    assert_eq!(facts.blacklist, vec![Target::User(UserId::new(troll))]);
    a.post_refused(
        "/staff",
        &[("action", "blacklist_add"), ("member", &name)],
        "Already blacklisted.",
    )
    .await;
    let long = "x".repeat(201);
    a.post_refused(
        "/staff",
        &[
            ("action", "blacklist_add"),
            ("role", &a.g.roles[0].to_string()),
            ("reason", &long),
        ],
        "at most 200 characters",
    )
    .await;
    let refusal = run(&a.world, &a.g, a.g.channels[0], troll, "open", json!([])).await;
    assert!(
        refusal.contains("blacklisted"),
        "the bot refuses them: {refusal}"
    );
    let (_, page) = a.get("/staff").await;
    assert!(
        page.contains(&format!("value=\"user:{troll}\"")),
        "listed: {page}"
    );
    assert!(
        page.contains("— spammed 30 tickets"),
        "the reason is shown: {page}"
    );
    a.post_done(
        "/staff",
        &[
            ("action", "blacklist_remove"),
            ("target", &format!("user:{troll}")),
        ],
        "/staff",
        "unblacklisted",
    )
    .await;
    assert!(
        staff::access_facts(&a.world.core.db, guild)
            .await
            .unwrap()
            .blacklist
            .is_empty()
    );
    let opened = run(&a.world, &a.g, a.g.channels[0], troll, "open", json!([])).await;
    assert!(!opened.contains("blacklisted"), "{opened}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tags_are_saved_posted_by_staff_and_deleted() {
    let a = Admin::new(GuildSpec::new("Tags")).await;
    let guild = GuildId::new(a.g.id);
    a.post_done(
        "/tags",
        &[
            ("action", "put"),
            ("name", " Refund "),
            ("content", "See our refund policy."),
        ],
        "/tags",
        "saved",
    )
    .await;
    assert_eq!(
        tags::get(&a.world.core.db, guild, "refund".into())
            .await
            .unwrap()
            .map(|t| t.content)
            .as_deref(),
        Some("See our refund policy.")
    );
    a.post_refused(
        "/tags",
        &[("action", "put"), ("name", "empty"), ("content", "  ")],
        "A tag needs some text.",
    )
    .await;
    a.post_refused(
        "/tags",
        &[
            ("action", "put"),
            ("name", &"x".repeat(33)),
            ("content", "t"),
        ],
        "1 to 32 characters",
    )
    .await;
    let posted = run(
        &a.world,
        &a.g,
        a.g.channels[0],
        a.g.owner,
        "tag",
        json!([opt("name", "refund")]),
    )
    .await;
    assert!(
        posted.contains("See our refund policy."),
        "staff post it with /tag: {posted}"
    );
    a.post_done(
        "/tags",
        &[("action", "delete"), ("name", "refund")],
        "/tags",
        "deleted",
    )
    .await;
    assert!(
        tags::get(&a.world.core.db, guild, "refund".into())
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        (a.audited("tag.put").await, a.audited("tag.delete").await),
        (1, 1)
    );
    let (_, audit) = a.get("/audit").await;
    assert!(
        audit.contains(&format!("title=\"{}\"", a.g.owner)),
        "who made the change: {audit}"
    );
}

/// The auto-close rules on the settings form: saved and shown as durations, an empty field
/// turns a rule off, and a bad duration or a warning as long as a rule is refused by name with
/// nothing saved.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autoclose_rules_are_saved_from_the_settings_form_and_checked_by_name() {
    use std::time::Duration;
    use ticketbox::store::autoclose;
    let a = Admin::new(GuildSpec::new("Quiet")).await;
    let guild = GuildId::new(a.g.id);
    let (category, log) = (a.g.category.to_string(), a.g.channels[1].to_string());
    let mut form = settings_form(&category, &log);
    form.extend([
        ("autoclose_enabled", "on"),
        ("autoclose_no_response", "3d"),
        ("autoclose_since_last_message", "12h 30m"),
        ("autoclose_warning", "1h"),
    ]);
    a.post_done("/settings", &form, "/settings", "saved").await;
    let rules = autoclose::rules(&a.world.core.db, guild).await.unwrap();
    assert!(rules.enabled && !rules.on_leave);
    assert_eq!(rules.no_response, Some(Duration::from_hours(72)));
    assert_eq!(rules.since_last_message, Some(Duration::from_mins(750)));
    assert_eq!(rules.warning, Some(Duration::from_hours(1)));
    let (_, shown) = a.get("/settings").await;
    assert!(
        shown.contains("value=\"12h 30m\"") && shown.contains("value=\"3d\""),
        "durations shown as written"
    );

    for (field, value, reason) in [
        (
            "autoclose_warning",
            "12h 30m",
            "`warning` (12h 30m) must be shorter than `since_last_message` (12h 30m)",
        ),
        (
            "autoclose_no_response",
            "soon",
            "is not a duration; write it like 30m, 12h or 3d",
        ),
        (
            "autoclose_since_last_message",
            "20s",
            "`since_last_message` must be at least 1 minute",
        ),
    ] {
        let mut bad = form.clone();
        bad.retain(|(k, _)| *k != field);
        bad.push((field, value));
        a.post_refused("/settings", &bad, reason).await;
    }
    assert_eq!(
        autoclose::rules(&a.world.core.db, guild).await.unwrap(),
        rules
    );

    // Emptied, a rule is off.
    form.retain(|(k, _)| *k != "autoclose_no_response");
    a.post_done("/settings", &form, "/settings", "saved").await;
    let rules = autoclose::rules(&a.world.core.db, guild).await.unwrap();
    assert_eq!(rules.no_response, None);
    assert!(rules.since_last_message.is_some());
}

/// TicketsBot's switches on the settings page: members open from panels only, no transcripts;
/// the main form keeps the welcome embed set on its own page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_switches_are_saved_from_the_settings_page() {
    let a = Admin::new(GuildSpec::new("Switch page").with_text_channels(3)).await;
    a.post_done(
        "/settings/welcome",
        &[("welcome_title", "Hello %username%")],
        "/settings/welcome",
        "saved",
    )
    .await;
    let (category, log) = (a.g.category.to_string(), a.g.channels[1].to_string());
    let mut form = settings_form(&category, &log);
    form.extend([("disable_open_command", "on"), ("no_transcripts", "on")]);
    a.post_done("/settings", &form, "/settings", "saved").await;
    let s = settings::load(&a.world.core.db, GuildId::new(a.g.id))
        .await
        .unwrap();
    assert!(s.disable_open_command && !s.store_transcripts);
    assert_eq!(
        s.welcome_embed.title, "Hello %username%",
        "kept by the main form"
    );
    let (_, page) = a.get("/settings").await;
    assert!(
        page.contains("name=\"no_transcripts\" value=\"on\" checked"),
        "{page}"
    );
    a.post_done(
        "/settings",
        &settings_form(&category, &log),
        "/settings",
        "saved",
    )
    .await;
    let s = settings::load(&a.world.core.db, GuildId::new(a.g.id))
        .await
        .unwrap();
    assert!(!s.disable_open_command && s.store_transcripts);
}
