//! Login rate limit: GCRA (governor), [`LOGINS_PER_MINUTE`] login steps per client per minute
//! sustained, at most [`LOGIN_BURST`] at once — so no window boundary lets twice the limit
//! through, as a fixed window did — to keep the login and setup endpoints from flooding
//! Discord's OAuth2 and the sessions table or guessing the setup code. A client is its address,
//! an IPv6 client its /64 (one host usually holds a whole /64), and its /56 once the table
//! tracks [`WIDEN_IPV6_AT`] clients (one attacker spreading over many /64s). The table never
//! holds more than [`MAX_CLIENTS`]: past it, idle clients are dropped and new ones share one
//! budget. Behind a reverse proxy listed in `http.trusted_proxies`, the client is the address
//! the proxy put in `X-Forwarded-For` ([`client_ip`]).

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;

use axum::http::HeaderMap;
use governor::clock::{Clock, MonotonicClock};
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter};

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

/// The key an address is counted under: IPv6 by its /64, or its /56 when `wide`.
fn bucket(ip: IpAddr, wide: bool) -> IpAddr {
    match ip {
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
            let host_bits = if wide { 72 } else { 64 };
            let bits = u128::from(v6) & !((1_u128 << host_bits) - 1);
            IpAddr::V6(Ipv6Addr::from(bits))
        }
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// Sustained login steps per client per minute.
pub const LOGINS_PER_MINUTE: u32 = 60;
/// Login steps one client may take at once.
pub const LOGIN_BURST: u32 = 30;
/// From this many tracked clients on, IPv6 clients are counted by /56.
pub const WIDEN_IPV6_AT: usize = 1_000;
/// Most clients tracked: past it, clients whose budget is full again are forgotten, and if
/// that frees nothing the table starts afresh.
pub const MAX_CLIENTS: usize = 10_000;

type Keyed<C> = RateLimiter<
    IpAddr,
    HashMapStateStore<IpAddr>,
    C,
    governor::middleware::NoOpMiddleware<<C as Clock>::Instant>,
>;

pub struct LoginLimiter<C: Clock + Clone = MonotonicClock> {
    clock: C,
    limiter: std::sync::RwLock<Keyed<C>>,
}

impl<C: Clock + Clone> std::fmt::Debug for LoginLimiter<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginLimiter")
            .field("clients", &self.clients())
            .finish()
    }
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::with_clock(MonotonicClock)
    }
}

fn quota() -> Quota {
    let per_minute = NonZeroU32::new(LOGINS_PER_MINUTE).unwrap_or(NonZeroU32::MIN);
    let burst = NonZeroU32::new(LOGIN_BURST).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(per_minute).allow_burst(burst)
}

impl<C: Clock + Clone> LoginLimiter<C> {
    /// A limiter on another clock (tests move time by hand).
    pub fn with_clock(clock: C) -> Self {
        let limiter = RateLimiter::new(quota(), HashMapStateStore::default(), clock.clone());
        Self {
            clock,
            limiter: std::sync::RwLock::new(limiter),
        }
    }

    /// Counts one attempt from `ip`; false when over the limit.
    pub fn allow(&self, ip: IpAddr) -> bool {
        if self.clients() >= MAX_CLIENTS {
            let mut limiter = self
                .limiter
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            limiter.retain_recent();
            limiter.shrink_to_fit();
            if limiter.len() >= MAX_CLIENTS {
                tracing::warn!(
                    clients = limiter.len(),
                    "login rate limit table full of active clients; starting afresh"
                );
                *limiter =
                    RateLimiter::new(quota(), HashMapStateStore::default(), self.clock.clone());
            }
        }
        let limiter = self
            .limiter
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let key = bucket(ip, limiter.len() >= WIDEN_IPV6_AT);
        limiter.check_key(&key).is_ok()
    }

    /// Clients tracked now.
    pub fn clients(&self) -> usize {
        self.limiter
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use governor::clock::FakeRelativeClock;
    use std::time::Duration;

    fn limiter() -> (LoginLimiter<FakeRelativeClock>, FakeRelativeClock) {
        let clock = FakeRelativeClock::default();
        (LoginLimiter::with_clock(clock.clone()), clock)
    }

    #[test]
    fn a_burst_then_one_a_second_per_address() {
        let (limiter, clock) = limiter();
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        for _ in 0..LOGIN_BURST {
            assert!(limiter.allow(a));
        }
        assert!(!limiter.allow(a), "over the burst");
        assert!(limiter.allow(b), "other addresses are not affected");
        clock.advance(Duration::from_secs(1));
        assert!(limiter.allow(a), "one more a second");
        assert!(!limiter.allow(a));
    }

    /// A fixed window let 2 × the limit through within a second around its boundary; GCRA lets
    /// through no more than the burst plus the sustained rate, in any window.
    #[test]
    fn no_window_boundary_doubles_the_limit() {
        let (limiter, clock) = limiter();
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let allowed_in = |secs: u64| {
            let mut n = 0;
            for _ in 0..(2 * LOGINS_PER_MINUTE) {
                n += u32::from(limiter.allow(a));
            }
            clock.advance(Duration::from_secs(secs));
            n
        };
        // Just before and just after where a minute window would have turned over.
        let around_the_boundary = allowed_in(1) + allowed_in(1);
        assert!(
            around_the_boundary <= LOGIN_BURST + 1,
            "{around_the_boundary}"
        );
        // Hammering for a whole minute: at most the burst plus a minute's sustained rate.
        let (limiter, clock) = super::tests::limiter();
        let mut in_a_minute = 0;
        for _ in 0..60 {
            for _ in 0..10 {
                in_a_minute += u32::from(limiter.allow(a));
            }
            clock.advance(Duration::from_secs(1));
        }
        assert!(in_a_minute >= LOGINS_PER_MINUTE, "{in_a_minute}");
        assert!(
            in_a_minute <= LOGIN_BURST + LOGINS_PER_MINUTE,
            "{in_a_minute}"
        );
        const { assert!(LOGIN_BURST + LOGINS_PER_MINUTE < 2 * LOGINS_PER_MINUTE) };
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        let (limiter, _) = limiter();
        for n in 0..LOGIN_BURST {
            let ip: IpAddr = format!("2001:db8:1:2::{n:x}").parse().unwrap();
            assert!(limiter.allow(ip));
        }
        assert!(
            !limiter.allow("2001:db8:1:2:ffff::1".parse().unwrap()),
            "same /64"
        );
        assert!(
            limiter.allow("2001:db8:1:3::1".parse().unwrap()),
            "another /64"
        );
    }

    /// One attacker spreading over many /64s: counted by /56 once the table is busy, and the
    /// table never grows past its cap.
    #[test]
    fn many_networks_stay_bounded() {
        let (limiter, _) = limiter();
        // Fill past the widening point with distinct /56s (a different /56 each).
        for n in 0..u32::try_from(WIDEN_IPV6_AT).unwrap() {
            let ip: IpAddr = format!("2001:db8:{:x}:{:x}00::1", n >> 8, n & 0xff)
                .parse()
                .unwrap();
            assert!(limiter.allow(ip));
        }
        // Now every /64 of one /56 shares one budget.
        let mut allowed = 0;
        for n in 0..200_u32 {
            let ip: IpAddr = format!("2001:db8:ffff:ff{:02x}::1", n & 0xff)
                .parse()
                .unwrap();
            allowed += u32::from(limiter.allow(ip));
        }
        assert_eq!(allowed, LOGIN_BURST, "one /56, one budget");
        // However many networks, the table stays within its cap.
        for n in 0..u32::try_from(3 * MAX_CLIENTS).unwrap() {
            let ip: IpAddr = format!("2001:{:x}:{:x}::1", 0x100 + (n >> 16), n & 0xffff)
                .parse()
                .unwrap();
            limiter.allow(ip);
            assert!(
                limiter.clients() <= MAX_CLIENTS + 1,
                "{}",
                limiter.clients()
            );
        }
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
