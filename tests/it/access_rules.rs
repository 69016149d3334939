//! A panel's access rules end to end: set with `/panel access` and on the dashboard, checked in
//! order when a member clicks the panel (the refusal names the rule), staff exempt, and rules
//! that could never apply refused.

use crate::support::*;
use serde_json::{Value, json};
use ticketbox::ids::GuildId;
use ticketbox::store::panels;
use ticketbox::testkit::fake_discord::GuildSpec;

/// `rule:` is a choice parameter: Discord sends the index (0 allow, 1 deny, 2 remove).
fn rule(index: u64) -> Value {
    json!({"type": 4, "name": "rule", "value": index})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scripted scenario reads best in one place
async fn the_first_matching_rule_decides_who_may_open() {
    let a = Admin::new(
        GuildSpec::new("Access")
            .with_role("Customers", 0)
            .with_role("Muted", 0)
            .with_members(4),
    )
    .await;
    let (world, g) = (&a.world, &a.g);
    let fake = world.discord();
    let (moderator, customers, muted) = (g.roles[0], g.roles[1], g.roles[2]);
    let (customer, muted_customer, stranger) = (g.members[0], g.members[1], g.members[2]);
    fake.set_member_roles(g.id, customer, &[customers]);
    fake.set_member_roles(g.id, muted_customer, &[customers, muted]);
    create_panel(world, g, "Orders", moderator).await;
    let access = |role: u64, choice: u64| async move {
        run(
            world,
            g,
            g.channels[0],
            g.owner,
            "panel",
            sub(
                "access",
                json!([opt("title", "Orders"), role_opt("role", role), rule(choice)]),
            ),
        )
        .await
    };
    access(muted, 1).await;
    access(customers, 0).await;
    let listed = access(g.id, 1).await;
    assert_eq!(
        listed,
        format!(
            "Access rules of **Orders** (the first that matches decides; no match allows; at most 15):\n1. deny <@&{muted}>\n2. allow <@&{customers}>\n3. deny @everyone"
        )
    );
    // A rule after @everyone could never apply.
    let unreachable = access(moderator, 0).await;
    assert!(
        unreachable.contains("rule 4 (<@&") && unreachable.contains("can never apply"),
        "{unreachable}"
    );

    let button = send_panel(world, g, "Orders").await;
    let try_open = |user: u64| {
        let button = button.clone();
        async move {
            fake.reply_text(&click(world, g, g.channels[0], user, &button))
                .await
        }
    };
    assert!(try_open(customer).await.starts_with("Ticket opened"));
    assert_eq!(
        try_open(muted_customer).await,
        format!(
            "Members with <@&{muted}> cannot open tickets from this panel (its access rule 1)."
        )
    );
    assert_eq!(
        try_open(stranger).await,
        "This panel does not open tickets for your roles (its access rule 3: everyone else is turned away)."
    );
    assert!(
        try_open(g.owner).await.starts_with("Ticket opened"),
        "staff are exempt"
    );
    // Without the @everyone rule, a member no rule matches may open.
    access(g.id, 2).await;
    assert!(try_open(stranger).await.starts_with("Ticket opened"));

    // The dashboard shows and edits the same rules.
    let panel = panels::by_title(&world.core.db, GuildId::new(g.id), "Orders".into())
        .await
        .unwrap()
        .unwrap();
    let path = format!("/panels/{}", panel.id.get());
    let (_, page) = a.get(&path).await;
    assert!(page.contains("id=\"access-rules\""), "{page}");
    let (everyone, customers_s, muted_s) =
        (g.id.to_string(), customers.to_string(), muted.to_string());
    let base = [
        ("title", "Orders"),
        ("content", "Open an order ticket"),
        ("button_label", "Open"),
        ("button_style", "primary"),
    ];
    let with_rules = |rows: &[(&'static str, &str)]| {
        let mut f: Vec<(&str, String)> = base.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        f.extend(rows.iter().map(|(k, v)| (*k, (*v).to_owned())));
        f
    };
    let (admin, at) = (&a, path.as_str());
    let post = move |fields: Vec<(&'static str, String)>| async move {
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        admin.post(at, &borrowed).await
    };
    let bad = post(with_rules(&[
        ("access_role", &everyone),
        ("access_action", "deny"),
        ("access_order", "1"),
        ("access_role", &customers_s),
        ("access_action", "allow"),
        ("access_order", "2"),
    ]))
    .await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("can never apply"));
    let foreign = post(with_rules(&[
        ("access_role", "12345"),
        ("access_action", "allow"),
        ("access_order", ""),
    ]))
    .await;
    assert_eq!(foreign.status(), 422);
    // Reordered by number: allow Customers first, then deny @everyone; Muted's rule removed.
    let ok = post(with_rules(&[
        ("access_role", &muted_s),
        ("access_action", "deny"),
        ("access_order", "1"),
        ("access_remove", "0"),
        ("access_role", &everyone),
        ("access_action", "deny"),
        ("access_order", "3"),
        ("access_role", &customers_s),
        ("access_action", "allow"),
        ("access_order", "2"),
    ]))
    .await;
    assert_eq!(ok.status(), 303, "{}", ok.text().await.unwrap());
    let rules: Vec<(u64, bool)> = panels::get(&world.core.db, GuildId::new(g.id), panel.id)
        .await
        .unwrap()
        .unwrap()
        .draft
        .access_rules
        .iter()
        .map(|r| (r.role.get(), r.allow))
        .collect();
    assert_eq!(rules, [(customers, true), (g.id, false)]);
    assert!(
        try_open(muted_customer).await.starts_with("Ticket opened"),
        "Muted's deny is gone"
    );
}
