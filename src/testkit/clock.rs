//! A clock the test moves by hand: starts at the real "now" and advances only when told, so a
//! test of something time-bound (a freshness, an expiry) says how much time passes instead of
//! sleeping. The fake Discord keeps real time (its snowflakes and rate limits).

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use crate::clock::{Clock, Timestamp, now_millis};

#[derive(Debug)]
pub struct ManualClock {
    millis: AtomicI64,
}

impl Default for ManualClock {
    fn default() -> Self {
        Self {
            millis: AtomicI64::new(now_millis()),
        }
    }
}

impl ManualClock {
    /// Moves "now" forward.
    pub fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.millis.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_millis(self.millis.load(Ordering::SeqCst))
    }
}
