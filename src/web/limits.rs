//! Login rate limit: at most [`LOGINS_PER_MINUTE`] login steps per client per minute, so the
//! login and setup endpoints cannot be used to flood Discord's OAuth2, the sessions table or
//! guess the setup code. A client is its address, an IPv6 client its /64 (one host usually
//! holds a whole /64). Behind a reverse proxy listed in `http.trusted_proxies`, the client is
//! the address the proxy put in `X-Forwarded-For` ([`client_ip`]).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Mutex;

use axum::http::HeaderMap;

/// The client of a request: the connection's address, or, when that is a trusted proxy, the
/// last address in `X-Forwarded-For` that is not a trusted proxy (the one the proxies saw;
/// anything left of it was written by the client and proves nothing).
pub fn client_ip(peer: SocketAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer.ip()) {
        return peer.ip();
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer.ip())
}

/// The key an address is counted under: IPv6 by its /64.
fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
            let bits = u128::from(v6) & !((1_u128 << 64) - 1);
            IpAddr::V6(Ipv6Addr::from(bits))
        }
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

pub const LOGINS_PER_MINUTE: u32 = 60;
const WINDOW_MS: i64 = 60_000;

#[derive(Debug, Default)]
pub struct LoginLimiter {
    windows: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

impl LoginLimiter {
    /// Counts one attempt from `ip` at `now_ms`; false when over the limit.
    pub fn allow(&self, ip: IpAddr, now_ms: i64) -> bool {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Forget finished windows so the map stays small.
        if windows.len() > 10_000 {
            windows.retain(|_, (start, _)| now_ms - *start < WINDOW_MS);
        }
        let entry = windows.entry(bucket(ip)).or_insert((now_ms, 0));
        if now_ms - entry.0 >= WINDOW_MS {
            *entry = (now_ms, 0);
        }
        entry.1 += 1;
        entry.1 <= LOGINS_PER_MINUTE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_address_per_minute() {
        let limiter = LoginLimiter::default();
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        for _ in 0..LOGINS_PER_MINUTE {
            assert!(limiter.allow(a, 1_000));
        }
        assert!(!limiter.allow(a, 1_500), "over the limit");
        assert!(limiter.allow(b, 1_500), "other addresses are not affected");
        assert!(limiter.allow(a, 61_000), "a new minute");
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        let limiter = LoginLimiter::default();
        for n in 0..LOGINS_PER_MINUTE {
            let ip: IpAddr = format!("2001:db8:1:2::{n:x}").parse().unwrap();
            assert!(limiter.allow(ip, 0));
        }
        assert!(
            !limiter.allow("2001:db8:1:2:ffff::1".parse().unwrap(), 0),
            "same /64"
        );
        assert!(
            limiter.allow("2001:db8:1:3::1".parse().unwrap(), 0),
            "another /64"
        );
    }

    #[test]
    fn the_client_is_taken_from_trusted_proxies_only() {
        let proxy: IpAddr = "127.0.0.1".parse().unwrap();
        let peer = SocketAddr::new(proxy, 4000);
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "10.9.9.9, 203.0.113.7".parse().unwrap());
        assert_eq!(
            client_ip(peer, &headers, &[]),
            proxy,
            "no trusted proxy: header ignored"
        );
        assert_eq!(
            client_ip(peer, &headers, &[proxy]),
            "203.0.113.7".parse::<IpAddr>().unwrap(),
            "the address the proxy saw, not what the client wrote before it"
        );
        let stranger = SocketAddr::new("198.51.100.1".parse().unwrap(), 4000);
        assert_eq!(
            client_ip(stranger, &headers, &[proxy]),
            stranger.ip(),
            "not from the proxy"
        );
        assert_eq!(client_ip(peer, &HeaderMap::new(), &[proxy]), proxy);
    }
}
