use super::*;

const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;

fn at(millis: i64) -> Timestamp {
    Timestamp::from_millis(millis)
}

fn mins(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

fn fresh() -> TicketFacts {
    TicketFacts {
        opened_at: at(0),
        opener_last: None,
        last: None,
        keep_open_at: None,
        opener_left_at: None,
        excluded: false,
    }
}

fn rules() -> Rules {
    Rules {
        enabled: true,
        changed_at: at(-10 * HOUR),
        ..Rules::default()
    }
}

#[test]
fn no_response_closes_once_the_duration_passes_and_not_before() {
    let r = Rules {
        no_response: Some(mins(60)),
        ..rules()
    };
    let t = fresh();
    assert_eq!(r.check(&t, at(59 * MIN), None), Due::Later(Some(at(HOUR))));
    assert_eq!(r.check(&t, at(HOUR), None), Due::Close(Rule::NoResponse));
    // The opener wrote: the rule no longer applies.
    let answered = TicketFacts {
        opener_last: Some(at(30 * MIN)),
        ..t
    };
    assert_eq!(r.check(&answered, at(5 * HOUR), None), Due::Later(None));
    // Off, or this ticket excluded: nothing.
    let off = Rules {
        enabled: false,
        ..r
    };
    assert_eq!(off.check(&t, at(5 * HOUR), None), Due::Later(None));
    let excluded = TicketFacts {
        excluded: true,
        ..t
    };
    assert_eq!(r.check(&excluded, at(5 * HOUR), None), Due::Later(None));
}

#[test]
fn since_last_message_runs_only_while_staff_wrote_last() {
    let r = Rules {
        since_last_message: Some(mins(120)),
        ..rules()
    };
    let staff_last = TicketFacts {
        opener_last: Some(at(MIN)),
        last: Some((at(HOUR), AuthorKind::Staff)),
        ..fresh()
    };
    assert_eq!(
        r.check(&staff_last, at(2 * HOUR), None),
        Due::Later(Some(at(3 * HOUR)))
    );
    assert_eq!(
        r.check(&staff_last, at(3 * HOUR), None),
        Due::Close(Rule::SinceLastMessage)
    );
    for kind in [AuthorKind::Opener, AuthorKind::Other] {
        let t = TicketFacts {
            last: Some((at(HOUR), kind)),
            ..staff_last
        };
        assert_eq!(r.check(&t, at(100 * HOUR), None), Due::Later(None));
    }
}

#[test]
fn keep_open_restarts_the_duration_from_the_press() {
    let r = Rules {
        no_response: Some(mins(60)),
        since_last_message: Some(mins(60)),
        ..rules()
    };
    let t = TicketFacts {
        keep_open_at: Some(at(50 * MIN)),
        ..fresh()
    };
    assert_eq!(r.check(&t, at(HOUR), None), Due::Later(Some(at(110 * MIN))));
    let staff_last = TicketFacts {
        opener_last: Some(at(MIN)),
        last: Some((at(2 * HOUR), AuthorKind::Staff)),
        keep_open_at: Some(at(150 * MIN)),
        ..fresh()
    };
    assert_eq!(
        r.deadline(&staff_last),
        Some((Rule::SinceLastMessage, at(210 * MIN)))
    );
    // A press before the last staff message changes nothing.
    let earlier = TicketFacts {
        keep_open_at: Some(at(HOUR)),
        ..staff_last
    };
    assert_eq!(
        r.deadline(&earlier),
        Some((Rule::SinceLastMessage, at(3 * HOUR)))
    );
}

#[test]
fn the_warning_comes_once_before_the_close_and_never_postpones_it() {
    let r = Rules {
        no_response: Some(mins(60)),
        warning: Some(mins(10)),
        ..rules()
    };
    let t = fresh();
    assert_eq!(
        r.check(&t, at(49 * MIN), None),
        Due::Later(Some(at(50 * MIN)))
    );
    assert_eq!(
        r.check(&t, at(50 * MIN), None),
        Due::Warn {
            rule: Rule::NoResponse,
            deadline: at(HOUR)
        }
    );
    assert_eq!(
        r.check(&t, at(55 * MIN), Some(at(HOUR))),
        Due::Later(Some(at(HOUR)))
    );
    assert_eq!(
        r.check(&t, at(HOUR), Some(at(HOUR))),
        Due::Close(Rule::NoResponse)
    );
    // A warning for an older deadline (the opener pressed Keep open since) warns again.
    let kept = TicketFacts {
        keep_open_at: Some(at(55 * MIN)),
        ..t
    };
    assert_eq!(
        r.check(&kept, at(105 * MIN), Some(at(HOUR))),
        Due::Warn {
            rule: Rule::NoResponse,
            deadline: at(115 * MIN)
        }
    );
    // Missed the warning window (ticketbox was offline): it closes without one.
    assert_eq!(
        r.check(&t, at(3 * HOUR), None),
        Due::Close(Rule::NoResponse)
    );
}

#[test]
fn tickets_overdue_when_a_rule_changes_get_the_grace_then_close() {
    let r = Rules {
        no_response: Some(mins(60)),
        changed_at: at(5 * HOUR),
        ..rules()
    };
    let t = fresh();
    assert_eq!(r.deadline(&t), Some((Rule::NoResponse, at(6 * HOUR))));
    assert_eq!(
        r.check(&t, at(5 * HOUR + MIN), None),
        Due::Later(Some(at(6 * HOUR)))
    );
    assert_eq!(
        r.check(&t, at(6 * HOUR), None),
        Due::Close(Rule::NoResponse)
    );
    let warned = Rules {
        warning: Some(mins(15)),
        ..r
    };
    assert_eq!(
        warned.deadline(&t),
        Some((Rule::NoResponse, at(5 * HOUR + 15 * MIN)))
    );
    assert_eq!(
        warned.check(&t, at(5 * HOUR), None),
        Due::Warn {
            rule: Rule::NoResponse,
            deadline: at(5 * HOUR + 15 * MIN)
        }
    );
    // A ticket not yet overdue at the change keeps its own deadline.
    let young = TicketFacts {
        opened_at: at(4 * HOUR + 30 * MIN),
        ..t
    };
    assert_eq!(
        r.deadline(&young),
        Some((Rule::NoResponse, at(5 * HOUR + 30 * MIN)))
    );
}

#[test]
fn a_departed_opener_closes_the_ticket_without_a_warning_and_the_earliest_rule_wins() {
    let r = Rules {
        no_response: Some(mins(600)),
        on_leave: true,
        warning: Some(mins(10)),
        ..rules()
    };
    let left = TicketFacts {
        opener_left_at: Some(at(2 * HOUR)),
        ..fresh()
    };
    assert_eq!(
        r.check(&left, at(HOUR), None),
        Due::Later(Some(at(2 * HOUR)))
    );
    assert_eq!(
        r.check(&left, at(2 * HOUR), None),
        Due::Close(Rule::OnLeave)
    );
    let off = Rules {
        on_leave: false,
        ..r
    };
    assert_eq!(off.deadline(&left), Some((Rule::NoResponse, at(10 * HOUR))));
}

#[test]
fn durations_parse_with_limits_and_the_warning_must_be_shorter() {
    assert_eq!(parse_duration("w", "30m"), Ok(Some(mins(30))));
    assert_eq!(parse_duration("w", "12h"), Ok(Some(mins(720))));
    assert_eq!(parse_duration("w", " 3d "), Ok(Some(mins(3 * 1440))));
    assert_eq!(parse_duration("w", "1h 30m"), Ok(Some(mins(90))));
    assert_eq!(parse_duration("w", ""), Ok(None));
    assert_eq!(parse_duration("w", "off"), Ok(None));
    assert_eq!(
        parse_duration("warning", "30s"),
        Err(RulesError::TooShort { field: "warning" })
    );
    assert_eq!(
        parse_duration("warning", "400d"),
        Err(RulesError::TooLong { field: "warning" })
    );
    let err = parse_duration("no_response", "soon").unwrap_err();
    assert!(err.to_string().contains("`no_response`"), "{err}");
    let r = Rules {
        no_response: Some(mins(60)),
        since_last_message: Some(mins(30)),
        warning: Some(mins(30)),
        ..rules()
    };
    let err = r.validate().unwrap_err();
    assert_eq!(
        err.to_string(),
        "`warning` (30m) must be shorter than `since_last_message` (30m)"
    );
    assert!(
        Rules {
            warning: Some(mins(29)),
            ..r
        }
        .validate()
        .is_ok()
    );
    assert_eq!(format_duration(mins(3 * 1440 + 4 * 60)), "3d 4h");
    assert_eq!(format_duration(mins(90)), "1h 30m");
    for rule in [Rule::NoResponse, Rule::SinceLastMessage, Rule::OnLeave] {
        assert_eq!(Rule::parse(rule.as_str()), Some(rule));
    }
}

#[test]
fn a_change_keeps_what_it_does_not_name_and_is_checked_as_a_whole() {
    let current = Rules {
        no_response: Some(mins(60)),
        warning: Some(mins(10)),
        ..rules()
    };
    let changed = apply(
        current,
        &RulesInput {
            since_last_message: Some("2h".to_owned()),
            on_leave: Some(true),
            ..RulesInput::default()
        },
    )
    .unwrap();
    assert_eq!(changed.no_response, Some(mins(60)));
    assert_eq!(changed.since_last_message, Some(mins(120)));
    assert!(changed.on_leave && changed.enabled);
    let off = apply(
        changed,
        &RulesInput {
            no_response: Some(String::new()),
            ..RulesInput::default()
        },
    )
    .unwrap();
    assert_eq!(off.no_response, None);
    // A warning as long as a rule it would precede is refused, naming both fields.
    let err = apply(
        current,
        &RulesInput {
            warning: Some("1h".to_owned()),
            ..RulesInput::default()
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("`warning`") && err.to_string().contains("`no_response`"));
}
