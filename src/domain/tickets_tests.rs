use super::*;

const NOW: Timestamp = Timestamp::from_millis(1_000_000_000);
const OPENER: UserId = UserId::new(1);
const STAFF: UserId = UserId::new(2);
const OTHER: UserId = UserId::new(3);
const BOT: UserId = UserId::new(99);
const EVERYONE: RoleId = RoleId::new(500);
const SUPPORT_ROLE: RoleId = RoleId::new(501);

fn facts(level: Level) -> OpenFacts {
    OpenFacts {
        level,
        blacklisted: false,
        user_open: 0,
        user_limit: 5,
        server_cap: None,
        server_open: 0,
        panel: None,
        now: NOW,
    }
}

fn panel() -> PanelFacts {
    PanelFacts {
        disabled: false,
        limit: None,
        open_on_panel: 0,
        cooldown_secs: 0,
        last_opened_at: None,
        cap: None,
        all_open: 0,
        denied: None,
        closed: None,
    }
}

#[test]
fn access_rules_turn_members_away_and_name_the_rule() {
    use crate::domain::access_rules::Denied;
    let denied = |everyone| PanelFacts {
        denied: Some(Denied {
            rule: 2,
            role: RoleId::new(77),
            everyone,
        }),
        ..panel()
    };
    let member = OpenFacts {
        panel: Some(denied(false)),
        ..facts(Level::Everyone)
    };
    let refusal = may_open(&member).unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "Members with <@&77> cannot open tickets from this panel (its access rule 2)."
    );
    let everyone = OpenFacts {
        panel: Some(denied(true)),
        ..facts(Level::Everyone)
    };
    assert!(
        may_open(&everyone)
            .unwrap_err()
            .to_string()
            .contains("access rule 2: everyone else")
    );
    let staff = OpenFacts {
        panel: Some(denied(false)),
        ..facts(Level::Support)
    };
    assert_eq!(may_open(&staff), Ok(()), "staff are exempt");
    let disabled = OpenFacts {
        panel: Some(PanelFacts {
            disabled: true,
            ..denied(false)
        }),
        ..facts(Level::Everyone)
    };
    assert_eq!(
        may_open(&disabled),
        Err(Refusal::PanelDisabled),
        "disabled says so first"
    );
}

#[test]
#[allow(clippy::too_many_lines)] // one table of cases reads best in one place
fn open_guards() {
    let cases: Vec<(&str, OpenFacts, Result<(), Refusal>)> = vec![
        ("plain member", facts(Level::Everyone), Ok(())),
        (
            "blacklisted member",
            OpenFacts {
                blacklisted: true,
                ..facts(Level::Everyone)
            },
            Err(Refusal::Blacklisted),
        ),
        (
            "blacklisted staff are not blacklisted",
            OpenFacts {
                blacklisted: true,
                ..facts(Level::Support)
            },
            Ok(()),
        ),
        (
            "at the limit",
            OpenFacts {
                user_open: 5,
                ..facts(Level::Everyone)
            },
            Err(Refusal::LimitReached { limit: 5 }),
        ),
        (
            "one below the limit",
            OpenFacts {
                user_open: 4,
                ..facts(Level::Everyone)
            },
            Ok(()),
        ),
        (
            "staff exempt from the limit",
            OpenFacts {
                user_open: 50,
                ..facts(Level::Support)
            },
            Ok(()),
        ),
        (
            "disabled panel refuses even admins",
            OpenFacts {
                panel: Some(PanelFacts {
                    disabled: true,
                    ..panel()
                }),
                ..facts(Level::Admin)
            },
            Err(Refusal::PanelDisabled),
        ),
        (
            "panel limit",
            OpenFacts {
                panel: Some(PanelFacts {
                    limit: Some(1),
                    open_on_panel: 1,
                    ..panel()
                }),
                ..facts(Level::Everyone)
            },
            Err(Refusal::PanelLimitReached { limit: 1 }),
        ),
        (
            "cooldown running",
            OpenFacts {
                panel: Some(PanelFacts {
                    cooldown_secs: 60,
                    last_opened_at: Some(Timestamp::from_millis(NOW.millis() - 10_000)),
                    ..panel()
                }),
                ..facts(Level::Everyone)
            },
            Err(Refusal::Cooldown {
                ready_at: Timestamp::from_millis(NOW.millis() + 50_000),
            }),
        ),
        (
            "cooldown over",
            OpenFacts {
                panel: Some(PanelFacts {
                    cooldown_secs: 60,
                    last_opened_at: Some(Timestamp::from_millis(NOW.millis() - 60_000)),
                    ..panel()
                }),
                ..facts(Level::Everyone)
            },
            Ok(()),
        ),
        (
            "staff skip the cooldown",
            OpenFacts {
                panel: Some(PanelFacts {
                    cooldown_secs: 60,
                    last_opened_at: Some(NOW),
                    ..panel()
                }),
                ..facts(Level::Support)
            },
            Ok(()),
        ),
        (
            "the server's cap reached",
            OpenFacts {
                server_cap: Some(20),
                server_open: 20,
                ..facts(Level::Everyone)
            },
            Err(Refusal::ServerFull { cap: 20 }),
        ),
        (
            "under the server's cap",
            OpenFacts {
                server_cap: Some(20),
                server_open: 19,
                ..facts(Level::Everyone)
            },
            Ok(()),
        ),
        (
            "the panel's cap reached",
            OpenFacts {
                panel: Some(PanelFacts {
                    cap: Some(3),
                    all_open: 3,
                    ..panel()
                }),
                ..facts(Level::Everyone)
            },
            Err(Refusal::PanelFull { cap: 3 }),
        ),
        (
            "staff open past both caps",
            OpenFacts {
                server_cap: Some(1),
                server_open: 5,
                panel: Some(PanelFacts {
                    cap: Some(1),
                    all_open: 5,
                    ..panel()
                }),
                ..facts(Level::Support)
            },
            Ok(()),
        ),
    ];
    for (name, facts, expected) in cases {
        assert_eq!(may_open(&facts), expected, "{name}");
    }
}

#[test]
fn refusals_read_well() {
    assert!(
        Refusal::LimitReached { limit: 1 }
            .to_string()
            .contains("maximum of 1 open ticket.")
    );
    assert!(
        Refusal::LimitReached { limit: 3 }
            .to_string()
            .contains("3 open tickets")
    );
    assert!(
        Refusal::Cooldown {
            ready_at: Timestamp::from_millis(90_000)
        }
        .to_string()
        .contains("<t:90:R>")
    );
    assert!(
        Refusal::AlreadyClaimed { by: STAFF }
            .to_string()
            .contains("<@2>")
    );
}

#[test]
fn close_rules() {
    assert_eq!(may_close(Level::Support, false, false), Ok(()));
    assert_eq!(may_close(Level::Everyone, true, true), Ok(()));
    assert_eq!(
        may_close(Level::Everyone, true, false),
        Err(Refusal::UsersCannotClose)
    );
    assert_eq!(
        may_close(Level::Everyone, false, true),
        Err(Refusal::NeedsLevel(Level::Support))
    );
}

#[test]
fn claim_rules() {
    assert_eq!(may_claim(Level::Support, None), Ok(()));
    assert_eq!(
        may_claim(Level::Everyone, None),
        Err(Refusal::NeedsLevel(Level::Support))
    );
    assert_eq!(
        may_claim(Level::Admin, Some(STAFF)),
        Err(Refusal::AlreadyClaimed { by: STAFF })
    );
    assert_eq!(may_unclaim(STAFF, Level::Support, Some(STAFF)), Ok(STAFF));
    assert_eq!(may_unclaim(OTHER, Level::Admin, Some(STAFF)), Ok(STAFF));
    assert_eq!(
        may_unclaim(OTHER, Level::Support, Some(STAFF)),
        Err(Refusal::NotClaimer)
    );
    assert_eq!(
        may_unclaim(STAFF, Level::Support, None),
        Err(Refusal::NotClaimed)
    );
    assert_eq!(
        may_transfer(STAFF, Level::Support, Some(STAFF), Level::Support),
        Ok(())
    );
    assert_eq!(
        may_transfer(STAFF, Level::Support, Some(STAFF), Level::Everyone),
        Err(Refusal::TargetNotStaff)
    );
    assert_eq!(
        may_transfer(OTHER, Level::Support, Some(STAFF), Level::Admin),
        Err(Refusal::NotClaimer)
    );
    assert_eq!(
        may_transfer(OTHER, Level::Admin, Some(STAFF), Level::Support),
        Ok(())
    );
}

#[test]
fn add_and_remove_rules() {
    assert_eq!(may_add(Level::Everyone, true), Ok(()));
    assert_eq!(may_add(Level::Support, false), Ok(()));
    assert_eq!(may_add(Level::Everyone, false), Err(Refusal::OnlyOwnTicket));
    assert_eq!(may_remove(Level::Support, false, false, false), Ok(()));
    assert_eq!(
        may_remove(Level::Admin, false, true, false),
        Err(Refusal::CannotRemoveStaff)
    );
    assert_eq!(
        may_remove(Level::Admin, false, false, true),
        Err(Refusal::CannotRemoveOpener)
    );
    assert_eq!(
        may_remove(Level::Everyone, false, false, false),
        Err(Refusal::OnlyOwnTicket)
    );
}

fn access(claimed_by: Option<UserId>, view: bool, write: bool) -> Access<'static> {
    Access {
        everyone: EVERYONE,
        bot: BOT,
        opener: OPENER,
        added: &[Target::User(OTHER)],
        support: &[Target::Role(SUPPORT_ROLE), Target::User(STAFF)],
        admins: &[],
        claimed_by,
        claim_support_can_view: view,
        claim_support_can_type: write,
        opener_denied: Permissions::NONE,
        support_denied: Permissions::NONE,
    }
}

#[test]
fn ticket_permissions_turned_off_are_denied() {
    let o = ticket_overwrites(&Access {
        opener_denied: Permissions::ATTACH_FILES | Permissions::USE_EXTERNAL_EMOJIS,
        support_denied: Permissions::SEND_VOICE_MESSAGES,
        ..access(None, true, true)
    });
    let opener = find(&o, OverwriteTarget::Member(OPENER)).unwrap();
    assert!(!opener.allow.contains(Permissions::ATTACH_FILES));
    assert!(
        opener
            .deny
            .contains(Permissions::ATTACH_FILES | Permissions::USE_EXTERNAL_EMOJIS)
    );
    assert!(opener.allow.contains(Permissions::SEND_MESSAGES));
    let support = find(&o, OverwriteTarget::Role(SUPPORT_ROLE)).unwrap();
    assert_eq!(support.deny, Permissions::SEND_VOICE_MESSAGES);
    assert!(support.allow.contains(Permissions::ATTACH_FILES));
    let added = find(&o, OverwriteTarget::Member(OTHER)).unwrap();
    assert_eq!(
        added.deny,
        Permissions::NONE,
        "added members are not the opener"
    );
}

fn find(overwrites: &[Overwrite], target: OverwriteTarget) -> Option<Overwrite> {
    overwrites.iter().copied().find(|o| o.target == target)
}

#[test]
fn unclaimed_ticket_overwrites() {
    let o = ticket_overwrites(&access(None, true, false));
    let everyone = find(&o, OverwriteTarget::Role(EVERYONE)).unwrap();
    assert_eq!(everyone.deny, Permissions::VIEW_CHANNEL);
    for target in [
        OverwriteTarget::Member(OPENER),
        OverwriteTarget::Member(OTHER),
        OverwriteTarget::Member(STAFF),
        OverwriteTarget::Role(SUPPORT_ROLE),
    ] {
        let entry = find(&o, target).unwrap();
        assert!(
            entry.allow.contains(Permissions::SEND_MESSAGES),
            "{target:?}"
        );
    }
    assert!(
        find(&o, OverwriteTarget::Member(BOT))
            .unwrap()
            .allow
            .contains(Permissions::MANAGE_CHANNELS)
    );
    assert_eq!(o.len(), 6, "one entry per target: {o:?}");
}

#[test]
fn claim_settings_shape_support_access() {
    let role = OverwriteTarget::Role(SUPPORT_ROLE);
    // Claimed, support may view but not type.
    let o = ticket_overwrites(&access(Some(STAFF), true, false));
    let entry = find(&o, role).unwrap();
    assert!(entry.allow.contains(Permissions::VIEW_CHANNEL));
    assert!(entry.deny.contains(Permissions::SEND_MESSAGES));
    // The claimer keeps writing even though they are also support.
    let claimer = find(&o, OverwriteTarget::Member(STAFF)).unwrap();
    assert!(claimer.allow.contains(Permissions::SEND_MESSAGES));
    assert_eq!(claimer.deny, Permissions::NONE);
    // Claimed, support cannot view: no entry, so @everyone's deny applies.
    let o = ticket_overwrites(&access(Some(STAFF), false, false));
    assert!(find(&o, role).is_none());
    // Claimed, support may type: unchanged from unclaimed.
    let o = ticket_overwrites(&access(Some(STAFF), true, true));
    assert!(
        find(&o, role)
            .unwrap()
            .allow
            .contains(Permissions::SEND_MESSAGES)
    );
}

#[test]
fn bot_permission_names() {
    assert!(missing_bot_permissions(Permissions::ALL, false).is_empty());
    let missing = missing_bot_permissions(
        Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES,
        false,
    );
    let names = |missing: Vec<crate::i18n::Msg>, lang| -> Vec<String> {
        missing.iter().map(|m| m.render(lang)).collect()
    };
    let english = names(missing.clone(), crate::i18n::Lang::EnUs);
    assert!(
        english.contains(&"Manage Channels".to_owned())
            && english.contains(&"Manage Roles".to_owned())
    );
    assert!(names(missing, crate::i18n::Lang::De).contains(&"Rollen verwalten".to_owned()));
    let missing = missing_bot_permissions(Permissions::VIEW_CHANNEL, true);
    assert!(names(missing, crate::i18n::Lang::EnUs).contains(&"Create Private Threads".to_owned()));
}

#[test]
fn everyone_is_never_let_in() {
    let everyone = Target::Role(EVERYONE);
    let o = ticket_overwrites(&Access {
        support: &[everyone],
        added: &[everyone],
        admins: &[everyone],
        ..access(None, true, true)
    });
    let entry = find(&o, OverwriteTarget::Role(EVERYONE)).unwrap();
    assert_eq!(
        (entry.allow, entry.deny),
        (Permissions::NONE, Permissions::VIEW_CHANNEL)
    );
}

#[test]
fn a_disabled_open_command_refuses_members_only() {
    assert_eq!(may_use_open_command(false, Level::Everyone), Ok(()));
    assert_eq!(
        may_use_open_command(true, Level::Everyone),
        Err(Refusal::OpenCommandDisabled)
    );
    assert_eq!(may_use_open_command(true, Level::Support), Ok(()));
}
