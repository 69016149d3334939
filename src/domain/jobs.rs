//! Retry timing for durable jobs: exponential back-off with jitter, capped.

use std::time::Duration;

/// The first retry waits about this long.
pub const BASE_DELAY: Duration = Duration::from_secs(5);
/// No retry waits longer than this.
pub const MAX_DELAY: Duration = Duration::from_mins(30);

/// The delay before retry number `attempts` (1 = first retry): `BASE × 2^(attempts-1)`, capped
/// at [`MAX_DELAY`], then scaled by `jitter` in `[0.5, 1.0]` so jobs failing together do not
/// retry together.
pub fn retry_delay(attempts: u32, jitter: f64) -> Duration {
    let exponent = attempts.saturating_sub(1).min(20);
    let raw = BASE_DELAY.saturating_mul(1 << exponent).min(MAX_DELAY);
    raw.mul_f64(jitter.clamp(0.5, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_then_caps() {
        assert_eq!(retry_delay(1, 1.0), Duration::from_secs(5));
        assert_eq!(retry_delay(2, 1.0), Duration::from_secs(10));
        assert_eq!(retry_delay(4, 1.0), Duration::from_secs(40));
        assert_eq!(retry_delay(30, 1.0), MAX_DELAY);
        assert_eq!(retry_delay(u32::MAX, 1.0), MAX_DELAY);
    }

    #[test]
    fn jitter_is_bounded() {
        assert_eq!(retry_delay(2, 0.5), Duration::from_secs(5));
        assert_eq!(
            retry_delay(2, 0.0),
            Duration::from_secs(5),
            "clamped to half"
        );
        assert_eq!(
            retry_delay(2, 7.0),
            Duration::from_secs(10),
            "clamped to full"
        );
    }
}
