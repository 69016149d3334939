//! Discord's REST rate limits as ticketbox keeps them (Discord docs, "Topics → Rate Limits").
//!
//! Every answer on a limited route carries its bucket's `X-RateLimit-Remaining` and
//! `X-RateLimit-Reset-After`; a 429 carries `retry_after` (seconds, in the JSON body and the
//! `Retry-After` header) and `X-RateLimit-Scope`: `user` (this bot's per-route limit),
//! `global` (all requests, `X-RateLimit-Global`), or `shared` (a limit on the resource itself,
//! such as a channel's two renames per ten minutes, which does not count as an invalid request).
//! Limits are per route with its top-level resource ("major parameter": a channel, guild or
//! webhook), and may differ by method.
//!
//! The policy: a request whose bucket is spent waits for it when the wait is short
//! ([`ABSORB`]) and is refused at once with a 429 when it is long, so the caller decides —
//! a job backs off, a rename is scheduled, a member reads "Discord is rate limiting" — instead
//! of a task sleeping for minutes past an interaction's deadline. Refusing locally also keeps
//! the bot clear of Discord's invalid-request limit (10,000 401/403/429 answers per ten
//! minutes, "Invalid Request Limit"). A 429 answer with a short `retry_after` is retried after
//! it, as Discord asks; a `shared` one never marks the bucket, since the route itself is free.
//! Interaction callbacks and their webhooks are outside the global limit. Windows are kept on
//! the app's clock (the tests' manual clock moves past long ones); the waits are real.

use std::collections::HashMap;
use std::time::Duration;

use crate::clock::Timestamp;

/// Waits up to this long are taken; longer ones are refused with a 429.
pub const ABSORB: Duration = Duration::from_secs(5);
/// A request answered 429 (with a short wait) is tried this many times in all.
pub const ATTEMPTS: u32 = 3;
/// Above this many remembered buckets, ones whose window has passed are forgotten.
const SWEEP_ABOVE: usize = 256;

/// A request's rate-limit bucket: its method and route, with the major parameter kept and
/// every other id or token replaced. In memory only: it may hold an interaction token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RouteKey(String);

impl RouteKey {
    /// An interaction's callback or its webhook (follow-ups, the original response): "not
    /// bound to the bot's Global Rate Limit" (Rate Limits → Global Rate Limit).
    pub fn is_interaction(&self) -> bool {
        let route = self.0.split_once('/').map_or("", |(_, route)| route);
        route.starts_with("interactions/") || route.starts_with("webhooks/")
    }
}

/// `path` as Discord's API sees it, without the `/api/v10` prefix and the query.
fn route_path(path: &str) -> &str {
    let path = path.split('?').next().unwrap_or_default();
    let path = path.strip_prefix("/api").unwrap_or(path);
    match path.strip_prefix("/v") {
        Some(rest) => rest.find('/').map_or("", |i| &rest[i..]),
        None => path,
    }
}

fn is_id(segment: &str) -> bool {
    !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit())
}

/// The bucket of `method` on `path` (a request path, with or without `/api/v10`).
pub fn route_key(method: &str, path: &str) -> RouteKey {
    let segments: Vec<&str> = route_path(path)
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let mut key = method.to_ascii_uppercase();
    for (i, segment) in segments.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| segments[p]);
        let before = i.checked_sub(2).map(|p| segments[p]);
        // Major parameters: the resource right after `channels`, `guilds`, `webhooks` or
        // `interactions` at the start, and a webhook's or interaction's token after its id.
        let major = (i == 1
            && matches!(
                segments[0],
                "channels" | "guilds" | "webhooks" | "interactions"
            ))
            || (i == 2 && matches!(before, Some("webhooks" | "interactions")));
        key.push('/');
        if major {
            key.push_str(segment);
        } else if is_id(segment) || previous == Some("reactions") {
            key.push_str("{id}");
        } else {
            key.push_str(segment);
        }
    }
    RouteKey(key)
}

/// The route group a request is counted under (bounded, no ids): `interaction`, `command`,
/// `message`, `thread`, `permission`, `channel`, `member`, `role`, `guild`, `dm`, `user`,
/// `gateway` or `other` (the dashboard counts its logins as `oauth`).
pub fn route_group(path: &str) -> &'static str {
    let segments: Vec<&str> = route_path(path)
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let rest: Vec<&str> = segments.iter().skip(2).copied().collect();
    match (segments.first().copied(), rest.first().copied()) {
        (Some("interactions" | "webhooks"), _) => "interaction",
        (Some("applications"), _) => "command",
        (Some("gateway"), _) => "gateway",
        (Some("users"), _) if segments.get(2) == Some(&"channels") => "dm",
        (Some("users"), _) => "user",
        (Some("channels"), _) if rest.iter().any(|s| s.contains("thread")) => "thread",
        (Some("channels"), Some("messages" | "pins" | "typing")) => "message",
        (Some("channels"), Some("permissions")) => "permission",
        (Some("channels"), None) | (Some("guilds"), Some("channels")) => "channel",
        (Some("guilds"), Some("members")) if rest.contains(&"roles") => "role",
        (Some("guilds"), Some("members")) => "member",
        (Some("guilds"), Some("roles")) => "role",
        (Some("guilds"), _) => "guild",
        _ => "other",
    }
}

/// A status's class as the metrics count it: `2xx`, `3xx`, `4xx`, `429` or `5xx`.
pub fn status_class(status: u16) -> &'static str {
    match status {
        429 => "429",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// What a 429 says about its limit's scope (`X-RateLimit-Scope`, or `X-RateLimit-Global`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    User,
    Global,
    Shared,
}

impl Scope {
    /// From the `X-RateLimit-Scope` header's value (missing: `user`) and `X-RateLimit-Global`.
    pub fn from_headers(scope: Option<&str>, global: bool) -> Self {
        match scope {
            _ if global => Self::Global,
            Some("global") => Self::Global,
            Some("shared") => Self::Shared,
            _ => Self::User,
        }
    }
}

/// The rate-limit facts of one answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Answer {
    pub status: u16,
    /// `X-RateLimit-Remaining`.
    pub remaining: Option<u32>,
    /// `X-RateLimit-Reset-After`.
    pub reset_after: Option<Duration>,
    /// A 429's `retry_after`.
    pub retry_after: Option<Duration>,
    pub scope: Scope,
}

/// Whether a request may go now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Go,
    /// Wait this long first (at most [`ABSORB`]); `global`: for Discord's global limit.
    Wait {
        wait: Duration,
        global: bool,
    },
    /// Refuse with a 429: the limit frees in `retry_after`, longer than [`ABSORB`].
    Refuse {
        retry_after: Duration,
        global: bool,
    },
}

/// What to do with an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Hand it to the caller.
    Deliver,
    /// Wait this long and send the request again; `global` as in [`Gate::Wait`].
    Retry { wait: Duration, global: bool },
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    remaining: u32,
    reset_at: i64,
}

/// The buckets ticketbox has seen, and the global limit, in the app's clock's milliseconds.
#[derive(Debug, Default)]
pub struct Limits {
    global_until: i64,
    buckets: HashMap<RouteKey, Bucket>,
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn until(at: i64, now: Timestamp) -> Duration {
    Duration::from_millis(u64::try_from(at - now.millis()).unwrap_or(0))
}

impl Limits {
    /// Whether a request on `key` may go at `now`; taking one of its bucket's requests if so.
    /// `retry`: the request is being sent again after its own 429's `retry_after`, so only the
    /// global limit still applies to it.
    pub fn gate(&mut self, key: &RouteKey, now: Timestamp, retry: bool) -> Gate {
        if self.global_until > now.millis() && !key.is_interaction() {
            return Self::wait_or_refuse(until(self.global_until, now), true);
        }
        if retry {
            return Gate::Go;
        }
        if self.buckets.len() > SWEEP_ABOVE {
            self.buckets.retain(|_, b| b.reset_at > now.millis());
        }
        let Some(bucket) = self.buckets.get_mut(key) else {
            return Gate::Go;
        };
        if bucket.reset_at <= now.millis() {
            // Its window has passed: unknown again until the next answer says.
            self.buckets.remove(key);
            return Gate::Go;
        }
        if bucket.remaining > 0 {
            bucket.remaining -= 1;
            return Gate::Go;
        }
        Self::wait_or_refuse(until(bucket.reset_at, now), false)
    }

    fn wait_or_refuse(wait: Duration, global: bool) -> Gate {
        if wait <= ABSORB {
            Gate::Wait { wait, global }
        } else {
            Gate::Refuse {
                retry_after: wait,
                global,
            }
        }
    }

    /// Learns from `answer` to the request on `key` (try number `attempt`, from 1), and says
    /// whether to hand it over or try again.
    pub fn learn(&mut self, key: &RouteKey, answer: &Answer, attempt: u32, now: Timestamp) -> Next {
        if answer.status != 429 {
            if let (Some(remaining), Some(reset)) = (answer.remaining, answer.reset_after) {
                let reset_at = now.millis().saturating_add(millis(reset));
                self.buckets.insert(
                    key.clone(),
                    Bucket {
                        remaining,
                        reset_at,
                    },
                );
            } else {
                // Answered without a bucket's headers: the route is not (or no longer) spent.
                self.buckets.remove(key);
            }
            return Next::Deliver;
        }
        let wait = answer
            .retry_after
            .or(answer.reset_after)
            .unwrap_or(Duration::from_secs(1));
        let free_at = now.millis().saturating_add(millis(wait));
        match answer.scope {
            // Interaction routes are outside the global limit, but a global 429 on one is
            // Discord holding the whole bot all the same.
            Scope::Global => self.global_until = self.global_until.max(free_at),
            Scope::User => {
                self.buckets.insert(
                    key.clone(),
                    Bucket {
                        remaining: 0,
                        reset_at: free_at,
                    },
                );
            }
            // The resource's own limit (a channel's renames): other requests on the route are
            // free, and Discord does not count these against the bot.
            Scope::Shared => {}
        }
        if wait <= ABSORB && attempt < ATTEMPTS {
            Next::Retry {
                wait,
                global: answer.scope == Scope::Global,
            }
        } else {
            Next::Deliver
        }
    }

    /// Buckets remembered (for tests and the sweep).
    pub fn remembered(&self) -> usize {
        self.buckets.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms)
    }

    fn ok(remaining: u32, reset_after_ms: u64) -> Answer {
        Answer {
            status: 200,
            remaining: Some(remaining),
            reset_after: Some(Duration::from_millis(reset_after_ms)),
            retry_after: None,
            scope: Scope::User,
        }
    }

    fn limited(retry_ms: u64, scope: Scope) -> Answer {
        Answer {
            status: 429,
            remaining: Some(0),
            reset_after: None,
            retry_after: Some(Duration::from_millis(retry_ms)),
            scope,
        }
    }

    #[test]
    fn keys_keep_the_major_parameter_and_hide_other_ids() {
        let key = |m, p| route_key(m, p).0;
        assert_eq!(
            key("post", "/api/v10/channels/111/messages"),
            "POST/channels/111/messages"
        );
        assert_eq!(
            key("PATCH", "/api/v10/channels/111/messages/222?x=1"),
            "PATCH/channels/111/messages/{id}"
        );
        assert_eq!(
            key("PATCH", "/api/v10/channels/111/messages/333"),
            key("PATCH", "/channels/111/messages/222")
        );
        assert_ne!(
            key("POST", "/channels/111/messages"),
            key("POST", "/channels/112/messages")
        );
        assert_eq!(
            key("PUT", "/api/v10/guilds/5/members/6/roles/7"),
            "PUT/guilds/5/members/{id}/roles/{id}"
        );
        assert_eq!(
            key("POST", "/api/v10/interactions/9/tok-en/callback"),
            "POST/interactions/9/tok-en/callback"
        );
        assert_eq!(
            key("PATCH", "/api/v10/webhooks/1/tok/messages/@original"),
            "PATCH/webhooks/1/tok/messages/@original"
        );
        assert_eq!(
            key("PUT", "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me"),
            "PUT/channels/1/messages/{id}/reactions/{id}/@me"
        );
    }

    #[test]
    fn groups_are_bounded_words() {
        let cases = [
            ("/api/v10/interactions/1/t/callback", "interaction"),
            ("/api/v10/webhooks/1/t/messages/@original", "interaction"),
            ("/api/v10/applications/1/commands", "command"),
            ("/api/v10/gateway/bot", "gateway"),
            ("/api/v10/users/@me/channels", "dm"),
            ("/api/v10/users/5", "user"),
            ("/api/v10/channels/1/messages", "message"),
            ("/api/v10/channels/1/messages/2", "message"),
            ("/api/v10/channels/1/pins/2", "message"),
            ("/api/v10/channels/1/threads", "thread"),
            ("/api/v10/channels/1/thread-members/5", "thread"),
            ("/api/v10/channels/1/messages/2/threads", "thread"),
            ("/api/v10/channels/1/permissions/5", "permission"),
            ("/api/v10/channels/1", "channel"),
            ("/api/v10/guilds/1/channels", "channel"),
            ("/api/v10/guilds/1/members/5", "member"),
            ("/api/v10/guilds/1/members/search?query=a", "member"),
            ("/api/v10/guilds/1/members/5/roles/6", "role"),
            ("/api/v10/guilds/1/roles", "role"),
            ("/api/v10/guilds/1", "guild"),
            ("/api/v10/oauth2/applications/@me", "other"),
        ];
        for (path, group) in cases {
            assert_eq!(route_group(path), group, "{path}");
        }
    }

    #[test]
    fn status_classes() {
        assert_eq!(status_class(204), "2xx");
        assert_eq!(status_class(304), "3xx");
        assert_eq!(status_class(404), "4xx");
        assert_eq!(status_class(429), "429");
        assert_eq!(status_class(502), "5xx");
    }

    #[test]
    fn a_spent_bucket_waits_briefly_or_refuses() {
        let key = route_key("POST", "/channels/1/messages");
        let mut limits = Limits::default();
        assert_eq!(
            limits.gate(&key, at(0), false),
            Gate::Go,
            "unknown buckets go"
        );
        assert_eq!(limits.learn(&key, &ok(1, 2_000), 1, at(0)), Next::Deliver);
        assert_eq!(limits.gate(&key, at(10), false), Gate::Go, "one left");
        assert_eq!(
            limits.gate(&key, at(500), false),
            Gate::Wait {
                wait: Duration::from_millis(1_500),
                global: false
            }
        );
        assert_eq!(
            limits.gate(&key, at(2_000), false),
            Gate::Go,
            "the window passed"
        );
        assert_eq!(limits.remembered(), 0);

        limits.learn(&key, &ok(0, 60_000), 1, at(3_000));
        assert_eq!(
            limits.gate(&key, at(3_000), false),
            Gate::Refuse {
                retry_after: Duration::from_mins(1),
                global: false
            }
        );
        let other = route_key("POST", "/channels/2/messages");
        assert_eq!(
            limits.gate(&other, at(3_000), false),
            Gate::Go,
            "another channel"
        );
    }

    #[test]
    fn a_429_is_retried_when_short_and_handed_over_when_long() {
        let key = route_key("PATCH", "/channels/1");
        let mut limits = Limits::default();
        let short = limited(800, Scope::User);
        assert_eq!(
            limits.learn(&key, &short, 1, at(0)),
            Next::Retry {
                wait: Duration::from_millis(800),
                global: false
            }
        );
        assert_eq!(
            limits.learn(&key, &short, ATTEMPTS, at(0)),
            Next::Deliver,
            "the last attempt is handed over"
        );
        assert_eq!(
            limits.learn(&key, &limited(30_000, Scope::User), 1, at(0)),
            Next::Deliver
        );
        assert!(matches!(
            limits.gate(&key, at(1), false),
            Gate::Refuse { .. }
        ));
        assert_eq!(limits.gate(&key, at(30_000), false), Gate::Go);
    }

    #[test]
    fn a_shared_429_leaves_the_route_free() {
        let key = route_key("PATCH", "/channels/1");
        let mut limits = Limits::default();
        let renamed_too_often = limited(600_000, Scope::Shared);
        assert_eq!(
            limits.learn(&key, &renamed_too_often, 1, at(0)),
            Next::Deliver
        );
        assert_eq!(
            limits.gate(&key, at(1), false),
            Gate::Go,
            "moving it is still fine"
        );
    }

    #[test]
    fn a_global_429_holds_every_route() {
        let key = route_key("POST", "/channels/1/messages");
        let other = route_key("GET", "/guilds/2/members/3");
        let mut limits = Limits::default();
        assert_eq!(
            limits.learn(&key, &limited(1_000, Scope::Global), 1, at(0)),
            Next::Retry {
                wait: Duration::from_secs(1),
                global: true
            }
        );
        assert_eq!(
            limits.gate(&other, at(400), false),
            Gate::Wait {
                wait: Duration::from_millis(600),
                global: true
            }
        );
        assert_eq!(limits.gate(&other, at(1_000), false), Gate::Go);
        assert_eq!(Scope::from_headers(None, true), Scope::Global);
        assert_eq!(Scope::from_headers(Some("global"), false), Scope::Global);
        assert_eq!(Scope::from_headers(Some("shared"), false), Scope::Shared);
        assert_eq!(Scope::from_headers(None, false), Scope::User);
    }

    #[test]
    fn interactions_skip_the_global_hold_and_retries_their_own_bucket() {
        let mut limits = Limits::default();
        let message = route_key("POST", "/channels/1/messages");
        let ack = route_key("POST", "/api/v10/interactions/9/tok/callback");
        let followup = route_key("POST", "/api/v10/webhooks/1/tok");
        assert!(ack.is_interaction() && followup.is_interaction());
        assert!(!message.is_interaction());
        limits.learn(&message, &limited(30_000, Scope::Global), 1, at(0));
        assert!(matches!(
            limits.gate(&message, at(1), false),
            Gate::Refuse { global: true, .. }
        ));
        assert_eq!(limits.gate(&ack, at(1), false), Gate::Go);
        assert_eq!(limits.gate(&followup, at(1), false), Gate::Go);

        let mut limits = Limits::default();
        let edit = route_key("PATCH", "/channels/1");
        limits.learn(&edit, &limited(1_000, Scope::User), 1, at(0));
        assert!(matches!(
            limits.gate(&edit, at(1), false),
            Gate::Wait { .. }
        ));
        assert_eq!(
            limits.gate(&edit, at(1), true),
            Gate::Go,
            "its retry waited already"
        );
        let answered = Answer {
            status: 200,
            remaining: None,
            reset_after: None,
            retry_after: None,
            scope: Scope::User,
        };
        limits.learn(&edit, &answered, 2, at(1));
        assert_eq!(
            limits.gate(&edit, at(2), false),
            Gate::Go,
            "an answer without a bucket's headers frees it"
        );
    }

    #[test]
    fn passed_buckets_are_forgotten_when_many() {
        let mut limits = Limits::default();
        for n in 0..=SWEEP_ABOVE {
            let key = route_key("POST", &format!("/interactions/{n}/t/callback"));
            limits.learn(&key, &ok(0, 100), 1, at(0));
        }
        assert_eq!(limits.remembered(), SWEEP_ABOVE + 1);
        limits.gate(&route_key("GET", "/gateway/bot"), at(1_000), false);
        assert_eq!(limits.remembered(), 0);
    }
}
