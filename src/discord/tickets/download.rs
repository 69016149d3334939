//! Downloading attachments into transcripts: only from Discord's CDN.
//!
//! An attachment's URL comes from Discord, but a transcript must never make ticketbox fetch
//! from anywhere else (an internal address, a host that redirects there): downloads go only to
//! `cdn.discordapp.com` and `media.discordapp.net` over https, or to the host of a configured
//! `discord.api_base` (a proxy, or the test suite's fake Discord). A URL or a redirect to any
//! other host is refused and recorded in the transcript as a skipped attachment.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Discord's attachment hosts.
pub const CDN_HOSTS: [&str; 2] = ["cdn.discordapp.com", "media.discordapp.net"];
/// Quick attempts per attachment within one run of the job.
const ATTEMPTS: u32 = 3;
const TIMEOUT: Duration = Duration::from_mins(1);
const MAX_REDIRECTS: usize = 5;
/// What a transcript records for a file on (or redirected to) another host.
const NOT_CDN: &str = crate::archive::notes::NOT_ON_CDN;
/// Why a download stopped following redirects that all stayed on the CDN.
const TOO_MANY_REDIRECTS: &str = "too many redirects";

/// The redirect policy's error for [`MAX_REDIRECTS`] hops on the CDN, found again by type in
/// the failed request's error chain.
#[derive(Debug)]
struct TooManyRedirects;

impl std::fmt::Display for TooManyRedirects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(TOO_MANY_REDIRECTS)
    }
}

impl std::error::Error for TooManyRedirects {}
/// Downloads at once, across all close jobs.
pub const PARALLEL_DOWNLOADS: usize = 8;
/// The unit the byte budget is counted in (a semaphore holds at most `u32::MAX` permits).
const UNIT: u64 = 1024;

/// Where downloads may go.
#[derive(Debug, Clone)]
pub struct AllowedHosts {
    /// The origin of a non-default `discord.api_base` (scheme, host, port), if any.
    api_origin: Option<url::Origin>,
}

impl AllowedHosts {
    /// Discord's CDN, plus `api_base`'s origin unless it is Discord's own.
    pub fn new(api_base: &str) -> Self {
        let api_origin = url::Url::parse(api_base)
            .ok()
            .filter(|u| u.host_str() != Some("discord.com"))
            .map(|u| u.origin());
        Self { api_origin }
    }

    pub fn allows(&self, url: &url::Url) -> bool {
        let cdn = url.scheme() == "https"
            && url
                .host_str()
                .is_some_and(|h| CDN_HOSTS.iter().any(|c| h.eq_ignore_ascii_case(c)));
        cdn || self.api_origin.as_ref() == Some(&url.origin())
    }
}

/// Why a download failed, and whether trying later could help.
pub struct Failed {
    /// The reason as the transcript stores it ([`crate::archive::notes`]' codes).
    pub why: String,
    pub transient: bool,
}

/// The attachment downloader: an HTTP client whose redirects stay on the allowed hosts, and
/// one budget shared by every close job (downloads at once, bytes held in memory), so many
/// large closes at once wait their turn instead of exhausting memory.
#[derive(Clone)]
pub struct Downloads {
    client: reqwest::Client,
    allowed: AllowedHosts,
    budget: Arc<Budget>,
}

struct Budget {
    slots: Arc<Semaphore>,
    units: Arc<Semaphore>,
    total_units: u64,
    /// The most units reserved at once so far.
    peak: AtomicU64,
}

impl Budget {
    /// Units reserved now.
    fn held(&self) -> u64 {
        self.total_units - self.units.available_permits() as u64
    }
}

/// A share of the budget, held from before an attachment's download until it is stored.
pub struct Reservation {
    _slot: OwnedSemaphorePermit,
    _units: OwnedSemaphorePermit,
}

impl Downloads {
    /// Waits for a download slot and for `size` bytes of the budget (Discord tells the size
    /// before the download; a file larger than the whole budget waits for all of it).
    ///
    /// # Panics
    /// Never: the budget's semaphores are never closed.
    pub async fn reserve(&self, size: u64) -> Reservation {
        let b = &self.budget;
        let units = size.div_ceil(UNIT).clamp(1, b.total_units);
        let slot = Arc::clone(&b.slots)
            .acquire_owned()
            .await
            .expect("download slots are never closed");
        let held = Arc::clone(&b.units)
            .acquire_many_owned(u32::try_from(units).unwrap_or(u32::MAX))
            .await
            .expect("the download budget is never closed");
        b.peak.fetch_max(b.held(), Ordering::SeqCst);
        Reservation {
            _slot: slot,
            _units: held,
        }
    }

    /// The most bytes reserved at once so far (rounded up to KiB per file).
    pub fn peak_bytes_in_flight(&self) -> u64 {
        self.budget.peak.load(Ordering::SeqCst) * UNIT
    }

    pub fn new(allowed: AllowedHosts, bytes_in_flight: u64) -> Self {
        let total_units = (bytes_in_flight / UNIT).clamp(1, u64::from(u32::MAX >> 3));
        let budget = Arc::new(Budget {
            slots: Arc::new(Semaphore::new(PARALLEL_DOWNLOADS)),
            units: Arc::new(Semaphore::new(
                usize::try_from(total_units).unwrap_or(usize::MAX >> 3),
            )),
            total_units,
            peak: AtomicU64::new(0),
        });
        let policy_hosts = allowed.clone();
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                attempt.error(TooManyRedirects)
            } else if policy_hosts.allows(attempt.url()) {
                attempt.follow()
            } else {
                attempt.error(NOT_CDN)
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(concat!("ticketbox/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .redirect(policy)
            .build()
            .unwrap_or_default();
        Self {
            client,
            allowed,
            budget,
        }
    }

    /// The attachment's bytes, at most `cap`. Transient failures are retried a few times; the
    /// reason is what the transcript records if the file is skipped.
    pub async fn fetch(&self, url: &str, cap: u64) -> Result<Vec<u8>, Failed> {
        let host_refused = || Failed {
            why: NOT_CDN.to_owned(),
            transient: false,
        };
        let parsed = url::Url::parse(url).map_err(|_| host_refused())?;
        if !self.allowed.allows(&parsed) {
            tracing::warn!(
                host = parsed.host_str().unwrap_or_default(),
                "attachment not downloaded: not on Discord's CDN"
            );
            return Err(host_refused());
        }
        let mut last = Failed {
            why: String::new(),
            transient: true,
        };
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                tokio::time::sleep(Duration::from_millis(500 * u64::from(attempt))).await;
            }
            match self.fetch_once(parsed.clone(), cap).await {
                Ok(bytes) => return Ok(bytes),
                Err((why, transient)) => {
                    last = Failed { why, transient };
                    if !transient {
                        break;
                    }
                }
            }
        }
        Err(last)
    }

    async fn fetch_once(&self, url: url::Url, cap: u64) -> Result<Vec<u8>, (String, bool)> {
        let failed = |e: reqwest::Error| {
            // The redirect policy's own error says why it stopped following.
            let too_many = std::iter::successors(std::error::Error::source(&e), |s| s.source())
                .any(<dyn std::error::Error>::is::<TooManyRedirects>);
            if too_many {
                (
                    crate::archive::notes::download_failed(TOO_MANY_REDIRECTS),
                    false,
                )
            } else if e.is_redirect() {
                (NOT_CDN.to_owned(), false)
            } else {
                (
                    crate::archive::notes::download_failed(&e.without_url().to_string()),
                    true,
                )
            }
        };
        let mut response = self
            .client
            .get(url)
            .timeout(TIMEOUT)
            .send()
            .await
            .map_err(failed)?;
        let status = response.status();
        if !status.is_success() {
            // Expired or removed (403, 404, 410) will not come back; anything else might.
            let gone = matches!(status.as_u16(), 403 | 404 | 410);
            let why = crate::archive::notes::download_failed(&format!("HTTP {}", status.as_u16()));
            return Err((why, !gone));
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(failed)? {
            bytes.extend_from_slice(&chunk);
            if bytes.len() as u64 > cap {
                return Err((
                    crate::archive::notes::per_file_limit(cap / (1024 * 1024)),
                    false,
                ));
            }
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn only_discords_cdn_or_the_configured_api_host() {
        let default = AllowedHosts::new("https://discord.com");
        assert!(default.allows(&url("https://cdn.discordapp.com/attachments/1/2/a.png")));
        assert!(default.allows(&url("https://MEDIA.discordapp.net/attachments/1/2/a.png")));
        for refused in [
            "http://cdn.discordapp.com/attachments/1/2/a.png",
            "https://cdn.discordapp.com.evil.example/a.png",
            "https://discord.com/api/v10/users/@me",
            "http://127.0.0.1:8080/admin",
            "http://169.254.169.254/latest/meta-data/",
            "file:///etc/passwd",
        ] {
            assert!(!default.allows(&url(refused)), "{refused}");
        }
        let fake = AllowedHosts::new("http://127.0.0.1:8090");
        assert!(fake.allows(&url("http://127.0.0.1:8090/cdn/attachments/1/2/a.png")));
        assert!(!fake.allows(&url("http://127.0.0.1:8091/cdn/attachments/1/2/a.png")));
        assert!(!fake.allows(&url("https://127.0.0.1:8090/cdn/a.png")));
    }

    /// A redirect from an allowed host to another is refused, not followed.
    #[tokio::test]
    async fn redirects_to_other_hosts_are_refused() {
        let target = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let elsewhere = format!("http://{}/secret", target.local_addr().unwrap());
        tokio::spawn(async move {
            let app =
                axum::Router::new().route("/secret", axum::routing::get(|| async { "secret" }));
            let _ = axum::serve(target, app).await;
        });
        let origin = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", origin.local_addr().unwrap());
        let to = elsewhere.clone();
        tokio::spawn(async move {
            let app = axum::Router::new()
                .route(
                    "/cdn/away",
                    axum::routing::get(
                        move || async move { axum::response::Redirect::temporary(&to) },
                    ),
                )
                .route(
                    "/cdn/hop",
                    axum::routing::get(move || async move {
                        axum::response::Redirect::temporary("/cdn/ok")
                    }),
                )
                .route(
                    "/cdn/loop",
                    axum::routing::get(move || async move {
                        axum::response::Redirect::temporary("/cdn/loop")
                    }),
                )
                .route("/cdn/ok", axum::routing::get(|| async { "file" }));
            let _ = axum::serve(origin, app).await;
        });
        let downloads = Downloads::new(AllowedHosts::new(&base), 1 << 20);
        let refused = downloads
            .fetch(&format!("{base}/cdn/away"), 1024)
            .await
            .expect_err("refused");
        assert!(!refused.transient);
        // Refused for good (a connection error would be transient), as off the CDN.
        assert_eq!(refused.why, NOT_CDN);
        // Redirects that stay on the CDN but never end: a failed download, not "off the CDN".
        let endless = downloads
            .fetch(&format!("{base}/cdn/loop"), 1024)
            .await
            .expect_err("endless");
        assert_eq!(
            endless.why,
            crate::archive::notes::download_failed(TOO_MANY_REDIRECTS)
        );
        let hop = downloads.fetch(&format!("{base}/cdn/hop"), 1024).await;
        assert_eq!(
            hop.ok().as_deref(),
            Some(&b"file"[..]),
            "a redirect on the same host is followed"
        );
        let direct = downloads
            .fetch(&elsewhere, 1024)
            .await
            .expect_err("refused");
        assert_eq!(direct.why, NOT_CDN);
    }

    /// Every close job draws on one budget: never more bytes reserved at once than it allows,
    /// never more than PARALLEL_DOWNLOADS at once, and a file larger than the whole budget
    /// still goes (alone).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn all_close_jobs_share_one_download_budget() {
        let downloads = Downloads::new(AllowedHosts::new("http://127.0.0.1:1"), 4 * 1024);
        let running = Arc::new(AtomicU64::new(0));
        let most = Arc::new(AtomicU64::new(0));
        let mut jobs = tokio::task::JoinSet::new();
        for n in 0..24_u64 {
            let (d, running, most) = (downloads.clone(), Arc::clone(&running), Arc::clone(&most));
            jobs.spawn(async move {
                let size = if n == 7 { 10 * 1024 } else { 1000 };
                let held = d.reserve(size).await;
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(10)).await;
                running.fetch_sub(1, Ordering::SeqCst);
                drop(held);
            });
        }
        while let Some(done) = jobs.join_next().await {
            done.unwrap();
        }
        assert!(
            downloads.peak_bytes_in_flight() <= 4 * 1024,
            "{}",
            downloads.peak_bytes_in_flight()
        );
        assert!(
            most.load(Ordering::SeqCst) <= 4,
            "1000-byte files: at most 4 KiB at once"
        );
        assert!(most.load(Ordering::SeqCst) >= 2, "but several at once");
        assert_eq!(downloads.budget.held(), 0, "all released");
    }
}
