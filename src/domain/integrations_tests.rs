use super::*;

fn spec() -> IntegrationSpec {
    IntegrationSpec {
        name: "CRM".into(),
        description: "Looks the opener up".into(),
        image_url: String::new(),
        privacy_url: "https://crm.example.com/privacy".into(),
        method: Method::Post,
        url: "https://crm.example.com/lookup?user=%user_id%".into(),
        body: r#"{"guild": "%guild_id%", "order": "%form:Order number%"}"#.into(),
        headers: vec![("Authorization".into(), "Bearer %secret:TOKEN%".into())],
        secrets: vec!["TOKEN".into()],
        outputs: vec![Output {
            name: "crm_tier".into(),
            path: "customer.tier".into(),
            fallback: "unknown".into(),
        }],
        timeout_secs: 3,
    }
}

const BUILTIN: [&str; 2] = ["user", "ticket_id"];

#[test]
fn a_complete_integration_is_valid() {
    assert_eq!(spec().validate(&BUILTIN), Ok(()));
}

#[test]
fn each_bad_field_is_named() {
    type Change = Box<dyn Fn(&mut IntegrationSpec)>;
    let cases: Vec<(Change, &str)> = vec![
        (Box::new(|s| s.name = " ".into()), "Name:"),
        (
            Box::new(|s| s.url = "ftp://x.example/%user_id%".into()),
            "Request URL: only http",
        ),
        (
            Box::new(|s| s.url = "https://u:p@x.example/".into()),
            "Request URL: a user name or password",
        ),
        (Box::new(|s| s.url = "not a url".into()), "Request URL:"),
        (
            Box::new(|s| s.url = "https://x.example/%message%".into()),
            "%message% is not a placeholder",
        ),
        (
            Box::new(|s| s.url = "https://x.example/%secret:OTHER%".into()),
            "names no secret",
        ),
        (
            Box::new(|s| s.body = "{\"a\": %user_id%}".into()),
            "Body: not JSON",
        ),
        (
            Box::new(|s| {
                s.method = Method::Get;
            }),
            "a GET request has no body",
        ),
        (
            Box::new(|s| s.headers = vec![("Host".into(), "evil".into())]),
            "Header Host: set by the HTTP client",
        ),
        (
            Box::new(|s| s.headers = vec![("Transfer-Encoding".into(), "chunked".into())]),
            "set by the HTTP client",
        ),
        (
            Box::new(|s| s.headers = vec![("X-A".into(), "a\r\nX-B: b".into())]),
            "one line",
        ),
        (
            Box::new(|s| s.headers = vec![("Bad Name".into(), "v".into())]),
            "not a valid header name",
        ),
        (
            Box::new(|s| s.headers = (0..6).map(|i| (format!("X-{i}"), "v".into())).collect()),
            "Headers: at most 5",
        ),
        (
            Box::new(|s| s.secrets = (0..6).map(|i| format!("S{i}")).collect()),
            "Secrets: at most 5",
        ),
        (
            Box::new(|s| s.secrets = vec!["bad-name".into()]),
            "Secret name",
        ),
        (
            Box::new(|s| s.outputs[0].name = "ticket_id".into()),
            "already has %ticket_id%",
        ),
        (Box::new(|s| s.outputs[0].path = "a..b".into()), "path"),
        (
            Box::new(|s| {
                s.outputs = (0..16)
                    .map(|i| Output {
                        name: format!("o{i}"),
                        path: "a".into(),
                        fallback: String::new(),
                    })
                    .collect();
            }),
            "at most 15",
        ),
        (Box::new(|s| s.timeout_secs = 11), "Timeout: 1 to 10"),
        (
            Box::new(|s| s.privacy_url = "javascript:alert(1)".into()),
            "Privacy policy URL",
        ),
    ];
    for (change, expected) in cases {
        let mut s = spec();
        change(&mut s);
        let err = s.validate(&BUILTIN).expect_err(expected).to_string();
        assert!(err.contains(expected), "{expected:?} in {err:?}");
    }
}

#[test]
fn placeholders_are_recognised_and_lone_percent_signs_are_text() {
    assert_eq!(
        placeholders_in("50% off for %user_id% and %form:Order number% %secret:KEY%"),
        vec!["user_id", "form:Order number", "secret:KEY"]
    );
    assert!(placeholders_in(r#"{"a":"50%","b":"60%"}"#).is_empty());
}

#[test]
fn what_is_sent_is_listed_in_words_without_secrets() {
    let sent: Vec<String> = spec().data_sent().iter().map(ToString::to_string).collect();
    assert_eq!(
        sent,
        vec![
            "the opener's answer to the form question \"Order number\"",
            "this server's ID",
            "the opener's Discord user ID",
        ]
    );
    assert!(spec().used_by("Tier: %crm_tier%"));
    assert!(!spec().used_by("Hello %user%"));
}
