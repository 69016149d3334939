use super::*;

fn ip(raw: &str) -> IpAddr {
    raw.parse().unwrap()
}

#[test]
fn every_forbidden_class_is_named() {
    for (addr, class) in [
        ("0.1.2.3", "this network"),
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.1.1", "link-local"),
        ("100.64.0.1", "CGNAT"),
        ("100.127.255.255", "CGNAT"),
        ("224.0.0.1", "multicast"),
        ("255.255.255.255", "reserved"),
        ("198.18.0.1", "benchmarking"),
        ("192.0.2.1", "documentation"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fc00::1", "unique-local"),
        ("fd00:ec2::254", "unique-local"),
        ("fe80::1", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.1.2.3", "private"),
        ("::ffff:169.254.169.254", "metadata"),
        ("64:ff9b::7f00:1", "loopback"),
        ("64:ff9b::a00:1", "private"),
        ("64:ff9b:1::1", "NAT64"),
        ("2002:7f00:1::", "loopback"),
        ("::7f00:1", "IPv4-compatible"),
        ("2001:db8::1", "documentation"),
    ] {
        let why = forbidden(ip(addr)).unwrap_or_else(|| panic!("{addr} should be refused"));
        assert!(why.contains(class), "{addr}: {why}");
    }
}

#[test]
fn public_addresses_pass() {
    for addr in [
        "1.1.1.1",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "192.169.0.1",
        "2606:4700:4700::1111",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::",
    ] {
        assert_eq!(forbidden(ip(addr)), None, "{addr}");
    }
}

#[test]
fn the_hosts_own_addresses_are_refused_in_any_form() {
    let own = vec![ip("203.0.114.7")];
    assert!(
        refuse(ip("203.0.114.7"), &own)
            .unwrap()
            .contains("ticketbox host")
    );
    assert!(refuse(ip("::ffff:203.0.114.7"), &own).is_some());
    assert_eq!(refuse(ip("203.0.114.8"), &own), None);
    assert!(refuse(ip("10.0.0.1"), &[]).unwrap().contains("private"));
}

#[test]
fn urls_need_http_a_host_and_no_credentials() {
    let url = |raw: &str| url::Url::parse(raw).unwrap();
    assert_eq!(
        check_url(&url("https://API.example.com/x"), "URL"),
        Ok("api.example.com".into())
    );
    assert_eq!(
        check_url(&url("http://[::1]:8080/"), "URL"),
        Ok("::1".into())
    );
    assert!(
        check_url(&url("ftp://example.com/"), "Request URL")
            .unwrap_err()
            .starts_with("Request URL: only http")
    );
    assert!(check_url(&url("file:///etc/passwd"), "URL").is_err());
    assert!(
        check_url(&url("https://user:pw@example.com/"), "URL")
            .unwrap_err()
            .contains("password")
    );
    assert!(check_url(&url("https://user@example.com/"), "URL").is_err());
}

#[test]
fn the_allow_list_matches_hosts_without_case() {
    let allow = vec![
        "Intranet.local".to_owned(),
        "[::1]".to_owned(),
        "127.0.0.1".to_owned(),
    ];
    assert!(allowed_host(&allow, "intranet.local"));
    assert!(allowed_host(&allow, "::1"));
    assert!(allowed_host(&allow, "127.0.0.1"));
    assert!(!allowed_host(&allow, "127.0.0.2"));
    assert!(!allowed_host(&[], "example.com"));
}
