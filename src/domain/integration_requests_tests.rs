use std::collections::BTreeMap;

use super::*;
use crate::domain::integrations::Output;

fn spec(method: Method, url: &str, body: &str) -> IntegrationSpec {
    IntegrationSpec {
        name: "x".into(),
        description: String::new(),
        image_url: String::new(),
        privacy_url: String::new(),
        method,
        url: url.into(),
        body: body.into(),
        headers: vec![("Authorization".into(), "Bearer %secret:TOKEN%".into())],
        secrets: vec!["TOKEN".into()],
        outputs: vec![
            Output {
                name: "tier".into(),
                path: "customer.tier".into(),
                fallback: "none".into(),
            },
            Output {
                name: "first".into(),
                path: "items[0].id".into(),
                fallback: "?".into(),
            },
        ],
        timeout_secs: 3,
    }
}

#[test]
fn placeholders_are_escaped_where_they_stand() {
    let secrets = BTreeMap::from([("TOKEN".to_owned(), "s3cr\"et".to_owned())]);
    let answers = vec![("Order number".to_owned(), "a\"b\\c & d/e".to_owned())];
    let facts = RequestFacts {
        user: UserId::new(42),
        guild: GuildId::new(7),
        ticket_number: 3,
        panel: None,
        secrets: &secrets,
        answers: &answers,
    };
    let p = prepare(
        &spec(
            Method::Post,
            "https://x.example/u/%user_id%?o=%form:order number%&p=%panel_id%&q=50%",
            r#"{"user": "%user_id%", "order": "%form:Order number%", "n": "%ticket_id%"}"#,
        ),
        &facts,
    );
    assert_eq!(
        p.url,
        "https://x.example/u/42?o=a%22b%5Cc+%26+d%2Fe&p=&q=50%"
    );
    assert_eq!(
        p.headers,
        vec![("Authorization".to_owned(), "Bearer s3cr\"et".to_owned())]
    );
    let body: serde_json::Value = serde_json::from_str(p.body.as_deref().unwrap()).unwrap();
    assert_eq!(body["order"], "a\"b\\c & d/e");
    assert_eq!(body["user"], "42");
    assert_eq!(body["n"], "3");
    let get = prepare(
        &spec(Method::Get, "https://x.example/%guild_id%", ""),
        &facts,
    );
    assert_eq!(get.body, None);
    assert_eq!(get.url, "https://x.example/7");
}

#[test]
fn outputs_follow_paths_and_fall_back() {
    let answer = serde_json::json!({"customer": {"tier": "gold"}, "items": [{"id": 5}]});
    let s = spec(Method::Get, "https://x.example/", "");
    assert_eq!(
        outputs(&s, Some(&answer)),
        vec![
            ("tier".to_owned(), "gold".to_owned()),
            ("first".to_owned(), "5".to_owned())
        ]
    );
    assert_eq!(
        outputs(&s, None),
        vec![
            ("tier".to_owned(), "none".to_owned()),
            ("first".to_owned(), "?".to_owned())
        ]
    );
    let partial = serde_json::json!({"customer": {"tier": {"nested": true}}});
    assert_eq!(
        outputs(&s, Some(&partial))[0].1,
        "none",
        "objects are not text"
    );
}

#[test]
fn paths_parse_or_say_why_not() {
    assert_eq!(
        parse_path("a.b[2][0].c").unwrap(),
        vec![
            Step::Key("a".into()),
            Step::Key("b".into()),
            Step::Index(2),
            Step::Index(0),
            Step::Key("c".into())
        ]
    );
    assert_eq!(parse_path("[1]").unwrap(), vec![Step::Index(1)]);
    for bad in ["", "a..b", "a[x]", "a[1", "a[1]b"] {
        assert!(parse_path(bad).is_err(), "{bad}");
    }
}
