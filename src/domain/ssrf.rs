//! Where server-made integrations may send requests: only http(s) URLs without credentials, to
//! public addresses. A server admin types the URL; without this guard they could make
//! ticketbox call its own host, the cloud's metadata service or the operator's private network
//! (server-side request forgery). The operator's allow-list opens chosen hosts on purpose.
//!
//! The address classes follow IANA's special-purpose registries (RFC 6890 and its updates):
//! loopback, private (RFC 1918), link-local, unique-local (RFC 4193), shared address space
//! (CGNAT, RFC 6598), multicast, "this network" (0.0.0.0/8), benchmarking, documentation,
//! reserved, and IPv6 forms that carry an IPv4 address (mapped `::ffff:0:0/96`, NAT64
//! `64:ff9b::/96`, 6to4 `2002::/16`, the deprecated compatible `::/96`), judged by that address.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address may not be called, for the message naming it; `None`: public.
pub fn forbidden(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => forbidden_v6(v6),
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    if ip == Ipv4Addr::new(169, 254, 169, 254) {
        return Some("the cloud metadata address");
    }
    Some(match (a, b, c) {
        (0, _, _) => "a \"this network\" address (0.0.0.0/8)",
        (127, _, _) => "a loopback address",
        (10, _, _) | (172, 16..=31, _) | (192, 168, _) => "a private address",
        (169, 254, _) => "a link-local address",
        (100, 64..=127, _) => "a shared (CGNAT) address",
        (224..=239, _, _) => "a multicast address",
        (240..=255, _, _) => "a reserved address",
        (192, 0, 0) => "an IETF protocol address",
        (198, 18..=19, _) => "a benchmarking address",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "a documentation address",
        (192, 88, 99) => "a deprecated relay address",
        _ => return None,
    })
}

fn forbidden_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    if ip.is_loopback() {
        return Some("a loopback address");
    }
    if ip.is_unspecified() {
        return Some("the unspecified address");
    }
    // IPv4 inside IPv6: mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d), compatible
    // (::a.b.c.d), judged as the IPv4 address they reach.
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    if s[..6] == [0, 0, 0, 0, 0, 0xffff] {
        return forbidden_v4(embedded(s[6], s[7]));
    }
    if s[..6] == [0; 6] {
        return Some("an IPv4-compatible address (deprecated)");
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return forbidden_v4(embedded(s[6], s[7]));
    }
    if s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1 {
        return Some("a local-use NAT64 address");
    }
    if s[0] == 0x2002 {
        return forbidden_v4(embedded(s[1], s[2]));
    }
    Some(match s[0] {
        0xfc00..=0xfdff => "a unique-local address",
        0xfe80..=0xfebf => "a link-local address",
        0xfec0..=0xfeff => "a site-local address",
        0xff00..=0xffff => "a multicast address",
        0x2001 if s[1] == 0x0db8 => "a documentation address",
        0x2001 if s[1] == 0 => "a Teredo address",
        0x0100 if s[1..4] == [0, 0, 0] => "a discard-only address",
        _ => return None,
    })
}

/// Checks a URL an admin typed before anything is resolved: http or https, a host, no user
/// name or password in it. Returns the host as written (lower-case).
pub fn check_url(url: &url::Url, what: &str) -> Result<String, String> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "{what}: only http:// and https:// addresses can be called."
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "{what}: a user name or password in the address is not allowed; put credentials in a header with a secret."
        ));
    }
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| format!("{what}: the address needs a host."))?;
    Ok(host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_lowercase())
}

/// Whether the operator's allow-list (`integrations.allow_hosts`: host names or addresses,
/// compared without case) opens `host`.
pub fn allowed_host(allow: &[String], host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    allow.iter().any(|a| {
        a.trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .eq_ignore_ascii_case(host)
    })
}

/// Why `ip` may not be called for a host outside the allow-list: a forbidden class, or one of
/// the ticketbox host's own addresses (`own`).
pub fn refuse(ip: IpAddr, own: &[IpAddr]) -> Option<String> {
    if let Some(why) = forbidden(ip) {
        return Some(format!("{ip} is {why}"));
    }
    own.contains(&canonical(ip))
        .then(|| format!("{ip} is an address of the ticketbox host"))
}

/// An IPv4-mapped IPv6 address as its IPv4 address (how interfaces list it).
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

#[cfg(test)]
#[path = "ssrf_tests.rs"]
mod tests;
