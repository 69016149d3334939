//! A clock the test moves by hand: starts at the real "now" and advances only when told, so a
//! test of something time-bound (a freshness, an expiry) says how much time passes instead of
//! sleeping. The fake Discord keeps real time (its snowflakes and rate limits).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use tokio::sync::Notify;

use crate::clock::{Clock, Timestamp, now_millis};

#[derive(Debug)]
pub struct ManualClock {
    millis: AtomicI64,
    /// Woken on every advance: the job runner, which looks at the clock when woken (or every
    /// two seconds), so work that falls due runs at once, as it would on the real clock.
    on_advance: OnceLock<Arc<Notify>>,
}

impl Default for ManualClock {
    fn default() -> Self {
        Self {
            millis: AtomicI64::new(now_millis()),
            on_advance: OnceLock::new(),
        }
    }
}

impl ManualClock {
    /// Moves "now" forward.
    pub fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.millis.fetch_add(by, Ordering::SeqCst);
        if let Some(waker) = self.on_advance.get() {
            waker.notify_one();
        }
    }

    /// Wakes `waker` on every advance (the test world passes the job runner's).
    pub fn wake_on_advance(&self, waker: Arc<Notify>) {
        let _ = self.on_advance.set(waker);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_millis(self.millis.load(Ordering::SeqCst))
    }
}
