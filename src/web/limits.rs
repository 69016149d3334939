//! Login rate limit: at most [`LOGINS_PER_MINUTE`] login starts per client address per minute,
//! so the login endpoints cannot be used to flood Discord's OAuth2 or the sessions table.
//! Behind a reverse proxy every client shares the proxy's address; the limit is generous
//! enough for that.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

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
        let entry = windows.entry(ip).or_insert((now_ms, 0));
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
}
