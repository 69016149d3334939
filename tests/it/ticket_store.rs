//! The ticket lifecycle in SQLite: limits inside the reservation, roll-back keeping numbers
//! gap-free, close enqueueing exactly one job, job leases and retries, settings, staff,
//! blacklist, panels and tags.

use ticketbox::clock::Timestamp;
use ticketbox::domain::levels::{Level, Target};
use ticketbox::domain::panels::PanelDraft;
use ticketbox::ids::{ChannelId, GuildId, RoleId, TicketNumber, UserId};
use ticketbox::store::tickets::{self, CloseInfo, Conflict, NewTicket, TicketState};
use ticketbox::store::{jobs, panels, settings, staff, tags};
use ticketbox::testkit::TestWorld;

const G: GuildId = GuildId::new(77);
const T0: Timestamp = Timestamp::from_millis(1_700_000_000_000);

fn new(opener: u64, limit: Option<u32>) -> NewTicket {
    NewTicket {
        guild: G,
        opener: UserId::new(opener),
        panel: None,
        subject: None,
        opened_at: T0,
        user_limit: limit,
        server_cap: None,
        panel_cap: None,
    }
}

#[tokio::test]
async fn the_limit_is_checked_inside_the_reservation() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let first = tickets::reserve_number(db, new(1, Some(2))).await.unwrap();
    assert!(first.is_ok());
    let mut second = new(1, Some(2));
    second.panel = None;
    second.subject = Some("second".into());
    // The same member with no panel is "already opening" until the first one is open.
    assert_eq!(
        tickets::reserve_number(db, second.clone()).await.unwrap(),
        Err(Conflict::AlreadyOpening)
    );
    tickets::mark_open(db, first.unwrap().id, None, None)
        .await
        .unwrap();
    assert!(tickets::reserve_number(db, second).await.unwrap().is_ok());
    assert_eq!(
        tickets::reserve_number(db, new(1, Some(2))).await.unwrap(),
        Err(Conflict::LimitReached(2)),
        "two open or opening tickets reach a limit of two"
    );
    assert!(
        tickets::reserve_number(db, new(2, Some(2)))
            .await
            .unwrap()
            .is_ok(),
        "another member is not affected"
    );
}

/// The server's and a panel's caps count everyone's open tickets, inside the reservation; a
/// refused reservation takes no number.
#[tokio::test]
async fn caps_are_checked_inside_the_reservation() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let panel = ticketbox::store::panels::create(
        db,
        G,
        ticketbox::domain::panels::PanelDraft::new("Capped"),
        Vec::new(),
        T0,
    )
    .await
    .unwrap()
    .unwrap();
    let on_panel = |opener: u64, cap: u32| NewTicket {
        panel: Some(panel),
        panel_cap: Some(cap),
        ..new(opener, None)
    };
    assert!(
        tickets::reserve_number(db, on_panel(1, 2))
            .await
            .unwrap()
            .is_ok()
    );
    assert!(
        tickets::reserve_number(db, on_panel(2, 2))
            .await
            .unwrap()
            .is_ok()
    );
    assert_eq!(
        tickets::reserve_number(db, on_panel(3, 2)).await.unwrap(),
        Err(Conflict::PanelFull(2)),
        "two members' tickets fill a panel cap of two"
    );
    let server = |opener: u64, cap: u32| NewTicket {
        server_cap: Some(cap),
        ..new(opener, None)
    };
    assert!(
        tickets::reserve_number(db, server(3, 3))
            .await
            .unwrap()
            .is_ok()
    );
    assert_eq!(
        tickets::reserve_number(db, server(4, 3)).await.unwrap(),
        Err(Conflict::ServerFull(3))
    );
    let next = tickets::reserve_number(db, new(4, None))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(next.number.get(), 4, "refusals took no number");
}

#[tokio::test]
async fn roll_back_keeps_numbers_gap_free_when_it_can() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let a = tickets::reserve_number(db, new(1, None))
        .await
        .unwrap()
        .unwrap();
    tickets::roll_back(db, a.id).await.unwrap();
    assert!(
        tickets::by_id(db, a.id).await.unwrap().is_none(),
        "row removed"
    );
    let b = tickets::reserve_number(db, new(1, None))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        b.number,
        TicketNumber::new(1),
        "the number is handed out again"
    );
    // A later number exists: the rolled-back row stays, aborted, and its number is skipped.
    let c = tickets::reserve_number(db, new(2, None))
        .await
        .unwrap()
        .unwrap();
    tickets::roll_back(db, b.id).await.unwrap();
    let kept = tickets::by_id(db, b.id).await.unwrap().unwrap();
    assert_eq!(kept.state, TicketState::Aborted);
    assert_eq!(c.number, TicketNumber::new(2));
    let d = tickets::reserve_number(db, new(3, None))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.number, TicketNumber::new(3));
}

#[tokio::test]
async fn close_enqueues_one_job_and_only_once() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let t = tickets::reserve_number(db, new(1, None))
        .await
        .unwrap()
        .unwrap();
    tickets::set_channel(db, t.id, ChannelId::new(5), false)
        .await
        .unwrap();
    tickets::mark_open(db, t.id, None, None).await.unwrap();
    let info = CloseInfo {
        closed_by: UserId::new(9),
        reason: Some("done".into()),
    };
    let job = tickets::begin_close(db, t.id, info.clone(), T0)
        .await
        .unwrap();
    assert!(job.is_some());
    assert_eq!(
        tickets::begin_close(db, t.id, info.clone(), T0)
            .await
            .unwrap(),
        None,
        "a second close does nothing"
    );
    assert_eq!(jobs::counts(db).await.unwrap(), (1, 0));
    let ticket = tickets::by_channel(db, ChannelId::new(5))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ticket.state, TicketState::Closing);
    assert_eq!(tickets::close_info(db, t.id).await.unwrap(), Some(info));
}

#[tokio::test]
async fn jobs_lease_retry_and_complete() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let id = jobs::enqueue(
        db,
        ticketbox::domain::job_kind::JobKind::DeleteChannel { channel: 1 },
        Some("k".into()),
        T0,
        T0,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(
        jobs::enqueue(
            db,
            ticketbox::domain::job_kind::JobKind::DeleteChannel { channel: 1 },
            Some("k".into()),
            T0,
            T0
        )
        .await
        .unwrap(),
        None,
        "the dedupe key makes enqueueing idempotent"
    );
    let early = Timestamp::from_millis(T0.millis() - 1);
    assert!(
        jobs::claim_due(db, early, 1000, 10, None)
            .await
            .unwrap()
            .is_empty()
    );
    // The job needs Discord: a runner without it (the bot offline) does not take it.
    let offline = ticketbox::domain::job_kind::JobKind::OFFLINE;
    assert!(
        jobs::claim_due(db, T0, 1000, 10, Some(&offline))
            .await
            .unwrap()
            .is_empty()
    );
    let claimed = jobs::claim_due(db, T0, 1000, 10, None).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!((claimed[0].id, claimed[0].attempts), (id, 1));
    assert!(
        jobs::claim_due(db, T0, 1000, 10, None)
            .await
            .unwrap()
            .is_empty(),
        "leased"
    );
    // The worker died: after the lease the job is taken again.
    let later = Timestamp::from_millis(T0.millis() + 1001);
    let again = jobs::claim_due(db, later, 1000, 10, None).await.unwrap();
    assert_eq!(again[0].attempts, 2);
    // The first run was only slow, not dead: its late outcome and lease renewal are ignored,
    // so it cannot overwrite what the second run records.
    assert!(!jobs::complete(db, claimed[0].claim(), later).await.unwrap());
    assert!(
        !jobs::renew(db, claimed[0].claim(), later, later)
            .await
            .unwrap()
    );
    assert!(
        jobs::renew(
            db,
            again[0].claim(),
            Timestamp::from_millis(later.millis() + 1000),
            later
        )
        .await
        .unwrap()
    );
    let retry_at = Timestamp::from_millis(later.millis() + 5000);
    assert!(
        jobs::retry(db, again[0].claim(), "S3 down".into(), retry_at, later)
            .await
            .unwrap()
    );
    assert!(
        jobs::claim_due(db, later, 1000, 10, None)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(jobs::counts(db).await.unwrap(), (1, 0));
    let third = jobs::claim_due(db, retry_at, 1000, 10, None).await.unwrap();
    assert_eq!(third[0].attempts, 3);
    assert!(
        jobs::complete(db, third[0].claim(), retry_at)
            .await
            .unwrap()
    );
    assert_eq!(jobs::counts(db).await.unwrap(), (0, 0));
}

#[tokio::test]
async fn settings_default_then_update() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let fresh = settings::load(db, G).await.unwrap();
    assert_eq!(fresh, ticketbox::domain::settings::GuildSettings::default());
    let saved = settings::update(db, G, T0, |s| {
        s.ticket_limit = 2;
        s.log_channel = Some(ChannelId::new(3));
    })
    .await
    .unwrap();
    assert_eq!(settings::load(db, G).await.unwrap(), saved);
    assert_eq!(saved.ticket_limit, 2);
    assert!(
        saved.users_can_close,
        "untouched settings keep their defaults"
    );
}

#[tokio::test]
async fn staff_and_blacklist() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let role = Target::Role(RoleId::new(5));
    let by = UserId::new(1);
    assert!(
        staff::add_staff(db, G, role, Level::Support, by, T0)
            .await
            .unwrap()
    );
    assert!(
        !staff::add_staff(db, G, role, Level::Support, by, T0)
            .await
            .unwrap()
    );
    let facts = staff::access_facts(db, G).await.unwrap();
    assert_eq!(facts.staff.len(), 1);
    assert_eq!(facts.staff[0].level, Level::Support);
    assert!(
        staff::remove_staff(db, G, role, Level::Support)
            .await
            .unwrap()
    );
    assert!(
        !staff::remove_staff(db, G, role, Level::Support)
            .await
            .unwrap()
    );
    let user = Target::User(UserId::new(8));
    assert!(
        staff::toggle_blacklist(db, G, user, by, Some("spam".into()), T0)
            .await
            .unwrap()
    );
    assert_eq!(
        staff::blacklist_reasons(db, G)
            .await
            .unwrap()
            .get(&user)
            .map(String::as_str),
        Some("spam")
    );
    assert_eq!(
        staff::access_facts(db, G).await.unwrap().blacklist,
        vec![user]
    );
    assert!(
        !staff::toggle_blacklist(db, G, user, by, None, T0)
            .await
            .unwrap()
    );
    assert!(
        staff::blacklist_reasons(db, G).await.unwrap().is_empty(),
        "gone with the entry"
    );
    assert!(
        staff::access_facts(db, G)
            .await
            .unwrap()
            .blacklist
            .is_empty()
    );
}

#[tokio::test]
async fn panels_and_tags() {
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let team = staff::ensure_team(db, G, "Billing".into()).await.unwrap();
    staff::add_team_member(db, team, Target::Role(RoleId::new(4)))
        .await
        .unwrap();
    let mut draft = PanelDraft::new("Billing");
    draft.mention_roles = vec![RoleId::new(4)];
    let id = panels::create(db, G, draft.clone(), vec![team], T0)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        panels::create(db, G, draft, vec![], T0).await.unwrap(),
        None,
        "titles are unique per guild"
    );
    let panel = panels::by_title(db, G, "billing".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (panel.id, panel.draft.mention_roles.clone()),
        (id, vec![RoleId::new(4)])
    );
    assert_eq!(
        staff::panel_team_members(db, id).await.unwrap(),
        Some(vec![Target::Role(RoleId::new(4))])
    );
    assert!(panels::delete(db, G, id).await.unwrap());
    assert!(panels::list(db, G).await.unwrap().is_empty());

    assert!(
        tags::put(
            db,
            G,
            "faq".into(),
            "Read the FAQ".into(),
            None,
            UserId::new(1),
            T0
        )
        .await
        .unwrap()
    );
    assert!(
        !tags::put(
            db,
            G,
            "faq".into(),
            "Updated".into(),
            None,
            UserId::new(1),
            T0
        )
        .await
        .unwrap()
    );
    tags::put(db, G, "f_x".into(), "x".into(), None, UserId::new(1), T0)
        .await
        .unwrap();
    assert_eq!(
        tags::get(db, G, "faq".into())
            .await
            .unwrap()
            .map(|t| t.content)
            .as_deref(),
        Some("Updated")
    );
    assert_eq!(
        tags::names(db, G, "f".into()).await.unwrap(),
        vec!["f_x", "faq"]
    );
    assert_eq!(
        tags::names(db, G, "f_".into()).await.unwrap(),
        vec!["f_x"],
        "_ is literal"
    );
    assert!(tags::delete(db, G, "faq".into()).await.unwrap());
}

/// Forms and panels only ever join within one guild: a form of another guild is neither
/// attached to a panel nor given questions, whatever id a caller passes.
#[tokio::test]
async fn forms_and_panels_stay_within_their_guild() {
    use ticketbox::domain::forms::FormInput;
    use ticketbox::store::forms::{self, InputAdded};
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let other = GuildId::new(78);
    let form = |guild: GuildId, title: &str| forms::create(db, guild, title.to_owned());
    let (mine, theirs) = (
        form(G, "Mine").await.unwrap().unwrap(),
        form(other, "Theirs").await.unwrap().unwrap(),
    );
    let panel =
        |guild: GuildId, title: &str| panels::create(db, guild, PanelDraft::new(title), vec![], T0);
    let (my_panel, their_panel) = (
        panel(G, "Mine").await.unwrap().unwrap(),
        panel(other, "Theirs").await.unwrap().unwrap(),
    );
    let attached = |panel| async move {
        panels::list(db, G)
            .await
            .unwrap()
            .into_iter()
            .find(|p| p.id == panel)
            .and_then(|p| p.form)
    };

    assert!(
        !forms::set_panel_form(db, G, my_panel, Some(theirs))
            .await
            .unwrap()
    );
    assert!(
        !forms::set_panel_form(db, G, their_panel, Some(mine))
            .await
            .unwrap()
    );
    assert_eq!(attached(my_panel).await, None);
    assert!(
        forms::set_panel_form(db, G, my_panel, Some(mine))
            .await
            .unwrap()
    );
    assert_eq!(attached(my_panel).await, Some(mine));
    assert!(forms::set_panel_form(db, G, my_panel, None).await.unwrap());
    assert_eq!(attached(my_panel).await, None);

    let input = FormInput::text("Order number");
    assert_eq!(
        forms::add_input(db, G, theirs, input.clone())
            .await
            .unwrap(),
        InputAdded::NoSuchForm
    );
    assert_eq!(
        forms::add_input(db, other, theirs, input.clone())
            .await
            .unwrap(),
        InputAdded::Added
    );
    assert_eq!(
        forms::add_input(db, G, mine, input).await.unwrap(),
        InputAdded::Added
    );
}

/// A multi-panel links only its own guild's panels, and an update tells a taken title from a
/// multi-panel deleted meanwhile.
#[tokio::test]
async fn multi_panels_link_their_guilds_panels_and_updates_say_why_they_fail() {
    use ticketbox::store::multi_panels::{self, NewMultiPanel, Updated};
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let other = GuildId::new(78);
    let panel =
        |guild: GuildId, title: &str| panels::create(db, guild, PanelDraft::new(title), vec![], T0);
    let a = panel(G, "A").await.unwrap().unwrap();
    let b = panel(G, "B").await.unwrap().unwrap();
    let foreign = panel(other, "C").await.unwrap().unwrap();
    let new = |title: &str, panels: Vec<ticketbox::ids::PanelId>| NewMultiPanel {
        title: title.to_owned(),
        content: String::new(),
        colour: 0,
        select_menu: false,
        panels,
    };
    let created = multi_panels::create(db, G, new("Help", vec![a, foreign, b]), T0)
        .await
        .unwrap();
    let multi_panels::Created::Done(first) = created else {
        panic!("{created:?}")
    };
    assert!(matches!(
        multi_panels::create(db, G, new("Sales", vec![a, b]), T0)
            .await
            .unwrap(),
        multi_panels::Created::Done(_)
    ));
    assert_eq!(
        multi_panels::create(db, G, new("Few", vec![a, foreign, a]), T0)
            .await
            .unwrap(),
        multi_panels::Created::TooFewPanels,
        "one of the guild's panels (twice) and another guild's are not two"
    );
    let stored = multi_panels::by_title(db, G, "Help".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.panels,
        vec![a, b],
        "the other guild's panel is not linked"
    );

    assert_eq!(
        multi_panels::update(db, G, first, new("Help", vec![b, foreign, a]))
            .await
            .unwrap(),
        Updated::Saved
    );
    let stored = multi_panels::by_title(db, G, "help".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.panels, vec![b, a]);
    assert_eq!(
        multi_panels::update(db, G, first, new("sales", vec![a, b]))
            .await
            .unwrap(),
        Updated::TitleTaken
    );
    assert_eq!(
        multi_panels::update(db, other, first, new("Help", vec![a, b]))
            .await
            .unwrap(),
        Updated::Gone,
        "another guild's multi-panel"
    );
    assert!(panels::delete(db, G, b).await.unwrap());
    assert_eq!(
        multi_panels::update(db, G, first, new("Help", vec![a, b]))
            .await
            .unwrap(),
        Updated::TooFewPanels,
        "a panel deleted since the form was filled in"
    );
    let kept = multi_panels::by_title(db, G, "Help".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        kept.panels,
        vec![a],
        "nothing changed (b went with its panel)"
    );
    assert!(multi_panels::delete(db, G, first).await.unwrap());
    assert_eq!(
        multi_panels::update(db, G, first, new("Help", vec![a, b]))
            .await
            .unwrap(),
        Updated::Gone
    );
}

/// A form asks each question once (labels compared without case), up to five; an edit may keep
/// its own label but not take another question's, and names the question as shown.
#[tokio::test]
async fn form_questions_are_unique_and_at_most_five() {
    use ticketbox::domain::forms::FormInput;
    use ticketbox::store::forms::{self, InputAdded};
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let mine = forms::create(db, G, "Mine".into()).await.unwrap().unwrap();
    let input = FormInput::text("");
    let labelled = |label: &str| FormInput {
        label: label.to_owned(),
        ..input.clone()
    };
    assert_eq!(
        forms::add_input(db, G, mine, labelled("Order number"))
            .await
            .unwrap(),
        InputAdded::Added
    );
    assert_eq!(
        forms::add_input(db, G, mine, labelled("ORDER NUMBER "))
            .await
            .unwrap(),
        InputAdded::Duplicate,
        "one question per label, whatever the case"
    );
    for n in 1..5 {
        let added = forms::add_input(db, G, mine, labelled(&format!("Question {n}")));
        assert_eq!(added.await.unwrap(), InputAdded::Added);
    }
    assert_eq!(
        forms::add_input(db, G, mine, labelled("Sixth"))
            .await
            .unwrap(),
        InputAdded::Full
    );
    let shown = |position: usize, label: &str| forms::Shown {
        position,
        label: label.to_owned(),
    };
    let edit = |s: forms::Shown, label: &str| forms::update_input(db, G, mine, s, labelled(label));
    assert_eq!(
        edit(shown(1, "Question 1"), "order number").await.unwrap(),
        forms::InputUpdated::Duplicate
    );
    assert_eq!(
        edit(shown(0, "Order number"), "Order Number")
            .await
            .unwrap(),
        forms::InputUpdated::Saved
    );
    assert_eq!(
        edit(shown(0, "Order number"), "Order id").await.unwrap(),
        forms::InputUpdated::Missing,
        "the label shown is stale"
    );
}

/// The open tickets' channels in memory follow opens, closes, reopens and guild purges, and
/// are rebuilt from SQLite when the database opens again.
#[tokio::test]
async fn the_open_ticket_index_follows_the_lifecycle_and_is_rebuilt_at_start() {
    use ticketbox::store::{Db, OpenTicket, privacy};
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    let open_in = |db: &Db, channel: u64| db.open_ticket_in(ChannelId::new(channel));
    let mut ids = Vec::new();
    for (opener, channel, thread) in [(1, 10, false), (2, 20, true)] {
        let t = tickets::reserve_number(db, new(opener, None))
            .await
            .unwrap()
            .unwrap();
        tickets::set_channel(db, t.id, ChannelId::new(channel), thread)
            .await
            .unwrap();
        assert_eq!(open_in(db, channel), None, "not open while opening");
        tickets::mark_open(db, t.id, None, None).await.unwrap();
        assert_eq!(
            open_in(db, channel),
            Some(OpenTicket {
                id: t.id,
                guild: G,
                opener: UserId::new(opener),
            })
        );
        ids.push(t.id);
    }
    assert!(db.has_open_ticket_by(G, UserId::new(2)));
    assert!(!db.has_open_ticket_by(G, UserId::new(3)));
    let info = CloseInfo {
        closed_by: UserId::new(9),
        reason: None,
    };
    tickets::begin_close(db, ids[1], info, T0).await.unwrap();
    assert_eq!(open_in(db, 20), None);
    tickets::close_step_done(db, ids[1], 1).await.unwrap();
    tickets::mark_closed(db, ids[1]).await.unwrap();
    assert!(tickets::reopen(db, ids[1]).await.unwrap());
    assert_eq!(open_in(db, 20).map(|t| t.id), Some(ids[1]));
    assert_eq!(db.open_tickets_indexed(), 2);

    // A second handle on the same file builds its index from SQLite.
    let again = Db::open(db.path()).unwrap();
    assert_eq!(again.open_tickets_indexed(), 2);
    assert_eq!(open_in(&again, 10).map(|t| t.id), Some(ids[0]));

    // A guild purge forgets the guild's tickets.
    ticketbox::store::guilds::record_presence(db, Vec::new(), vec![G], T0)
        .await
        .unwrap();
    assert!(
        privacy::claim_guild_purge(db, G, Timestamp::from_millis(T0.millis() + 1), T0)
            .await
            .unwrap()
    );
    assert_eq!(db.open_tickets_indexed(), 0);
}

#[tokio::test]
async fn a_tags_embed_is_kept_when_only_its_text_changes() {
    use ticketbox::domain::embeds::EmbedSpec;
    use ticketbox::store::tags;
    let world = TestWorld::builder().build().await;
    let db = &world.core.db;
    // An embed is kept when only the text changes (`None`), cleared by an empty one.
    let embed = EmbedSpec {
        title: "FAQ".into(),
        image_url: "https://cdn.example.com/faq.png".into(),
        ..Default::default()
    };
    let put = |content: &'static str, embed| {
        tags::put(
            db,
            G,
            "faq".into(),
            content.into(),
            embed,
            UserId::new(1),
            T0,
        )
    };
    put("With embed", Some(embed.clone())).await.unwrap();
    put("Text only", None).await.unwrap();
    let faq = tags::get(db, G, "faq".into()).await.unwrap().unwrap();
    assert_eq!((faq.content.as_str(), &faq.embed), ("Text only", &embed));
    put("Plain", Some(EmbedSpec::default())).await.unwrap();
    assert!(
        tags::get(db, G, "faq".into())
            .await
            .unwrap()
            .unwrap()
            .embed
            .is_empty()
    );
}
