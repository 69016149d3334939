//! Where sealed objects live: a directory under the data dir, or any S3-compatible bucket.
//! Object names are stable (`guilds/{guild}/tickets/{number}/…`), so a retried upload
//! overwrites instead of duplicating. Only ciphertext passes through here.

use std::path::{Path, PathBuf};
use std::time::Duration;

use s3::creds::Credentials;
use s3::{Bucket, Region};

use crate::config::{ArchiveBackend, ArchiveConfig, S3Config};

/// How long one S3 request may take before it counts as failed (and the job retries).
const S3_TIMEOUT: Duration = Duration::from_mins(1);

#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    #[error("archive storage is misconfigured: {0}")]
    Config(String),
    /// Network, timeout or server error: worth retrying later.
    #[error("archive storage is unavailable: {0}")]
    Unavailable(String),
    #[error("archive storage refused the request: {0}")]
    Refused(String),
    #[error("invalid object name {0:?}")]
    BadName(String),
}

/// A configured object store. Cheap to clone.
#[derive(Clone)]
pub enum ObjectStore {
    Local { root: PathBuf },
    S3 { bucket: Box<Bucket>, prefix: String },
}

impl std::fmt::Debug for ObjectStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Local { root } => f.debug_struct("Local").field("root", root).finish(),
            // The bucket holds credentials: show where, never how.
            Self::S3 { bucket, prefix } => f
                .debug_struct("S3")
                .field("bucket", &bucket.name)
                .field("endpoint", &bucket.region.endpoint())
                .field("prefix", prefix)
                .finish(),
        }
    }
}

impl ObjectStore {
    /// The store the configuration names. `data_dir` holds local transcripts.
    pub fn from_config(config: &ArchiveConfig, data_dir: &Path) -> Result<Self, ObjectError> {
        match config.backend {
            ArchiveBackend::Local => Ok(Self::Local {
                root: data_dir.join("transcripts"),
            }),
            ArchiveBackend::S3 => Self::s3(&config.s3),
        }
    }

    /// A store in the directory `root`.
    pub fn local(root: PathBuf) -> Self {
        Self::Local { root }
    }

    /// A store in an S3-compatible bucket.
    pub fn s3(s3: &S3Config) -> Result<Self, ObjectError> {
        let region = Region::Custom {
            region: if s3.region.is_empty() {
                "auto".to_owned()
            } else {
                s3.region.clone()
            },
            endpoint: s3.endpoint.trim_end_matches('/').to_owned(),
        };
        let credentials = Credentials::new(
            Some(s3.access_key.expose()),
            Some(s3.secret_key.expose()),
            None,
            None,
            None,
        )
        .map_err(|e| ObjectError::Config(format!("S3 credentials: {e}")))?;
        let mut bucket = Bucket::new(&s3.bucket, region, credentials)
            .map_err(|e| ObjectError::Config(e.to_string()))?;
        if s3.path_style {
            bucket = bucket.with_path_style();
        }
        let bucket = bucket
            .with_request_timeout(S3_TIMEOUT)
            .map_err(|e| ObjectError::Config(e.to_string()))?;
        Ok(Self::S3 {
            bucket,
            prefix: s3.prefix.clone(),
        })
    }

    /// Stores `bytes` under `name`, replacing what was there. Local writes are atomic
    /// (temp file, fsync, rename) so a crash never leaves half an object.
    pub async fn put(&self, name: &str, bytes: Vec<u8>) -> Result<(), ObjectError> {
        check_name(name)?;
        match self {
            Self::Local { root } => {
                let path = root.join(name);
                tokio::task::spawn_blocking(move || crate::files::write_atomic(&path, &bytes, None))
                    .await
                    .map_err(|e| ObjectError::Unavailable(e.to_string()))?
                    .map_err(|e| ObjectError::Unavailable(format!("writing {name}: {e}")))
            }
            Self::S3 { bucket, prefix } => {
                let key = format!("{prefix}{name}");
                bucket
                    .put_object_with_content_type(&key, &bytes, "application/octet-stream")
                    .await
                    .map(drop)
                    .map_err(|e| s3_error(&e))
            }
        }
    }

    /// The object under `name`, or `None` when there is none.
    pub async fn get(&self, name: &str) -> Result<Option<Vec<u8>>, ObjectError> {
        check_name(name)?;
        match self {
            Self::Local { root } => match tokio::fs::read(root.join(name)).await {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(ObjectError::Unavailable(format!("reading {name}: {e}"))),
            },
            Self::S3 { bucket, prefix } => match bucket.get_object(format!("{prefix}{name}")).await
            {
                Ok(response) => Ok(Some(response.to_vec())),
                Err(s3::error::S3Error::HttpFailWithBody(404, _)) => Ok(None),
                Err(e) => Err(s3_error(&e)),
            },
        }
    }

    /// Deletes `name`; deleting what is not there is not an error.
    pub async fn delete(&self, name: &str) -> Result<(), ObjectError> {
        check_name(name)?;
        match self {
            Self::Local { root } => match tokio::fs::remove_file(root.join(name)).await {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(ObjectError::Unavailable(format!("deleting {name}: {e}"))),
            },
            Self::S3 { bucket, prefix } => {
                match bucket.delete_object(format!("{prefix}{name}")).await {
                    Ok(_) | Err(s3::error::S3Error::HttpFailWithBody(404, _)) => Ok(()),
                    Err(e) => Err(s3_error(&e)),
                }
            }
        }
    }

    /// Every object name under `under` (a name prefix such as `guilds/123/`), sorted.
    pub async fn list(&self, under: &str) -> Result<Vec<String>, ObjectError> {
        match self {
            Self::Local { root } => {
                let root = root.clone();
                let under = under.to_owned();
                tokio::task::spawn_blocking(move || list_local(&root, &under))
                    .await
                    .map_err(|e| ObjectError::Unavailable(e.to_string()))?
            }
            Self::S3 { bucket, prefix } => {
                let pages = bucket
                    .list(format!("{prefix}{under}"), None)
                    .await
                    .map_err(|e| s3_error(&e))?;
                let mut names: Vec<String> = pages
                    .into_iter()
                    .flat_map(|p| p.contents)
                    .filter_map(|o| o.key.strip_prefix(prefix.as_str()).map(str::to_owned))
                    .collect();
                names.sort();
                Ok(names)
            }
        }
    }

    /// A short description for logs and `config check` (no credentials).
    pub fn describe(&self) -> String {
        match self {
            Self::Local { root } => format!("local directory {}", root.display()),
            Self::S3 { bucket, prefix } => format!(
                "S3 bucket {} at {}{}",
                bucket.name,
                bucket.region.endpoint(),
                if prefix.is_empty() {
                    String::new()
                } else {
                    format!(" (prefix {prefix})")
                }
            ),
        }
    }
}

/// Whether the bucket keeps old versions of objects (S3's GetBucketVersioning). With versions
/// kept, a deleted or rewritten object survives as an older version: removal on request then
/// needs a lifecycle rule that expires noncurrent versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Versioning {
    /// A local directory, or a bucket that never had versioning switched on.
    Off,
    Enabled,
    /// Switched off again: versions written while it was on are still kept.
    Suspended,
    /// The store would not say (no permission, not implemented, unreachable): why.
    Unknown(String),
}

impl ObjectStore {
    /// Asks the bucket whether it keeps old versions. Never fails: what cannot be found out
    /// is [`Versioning::Unknown`].
    pub async fn versioning(&self) -> Versioning {
        let Self::S3 { bucket, .. } = self else {
            return Versioning::Off;
        };
        // rust-s3 has no GetBucketVersioning: a presigned GET of the bucket's `?versioning`
        // subresource is the same signed request.
        let query = std::collections::HashMap::from([("versioning".to_owned(), String::new())]);
        let url = match bucket.presign_get("/", 60, Some(query)).await {
            Ok(url) => url,
            Err(e) => return Versioning::Unknown(format!("cannot sign the request: {e}")),
        };
        let client = match reqwest::Client::builder().timeout(S3_TIMEOUT).build() {
            Ok(c) => c,
            Err(e) => return Versioning::Unknown(format!("no HTTP client: {e}")),
        };
        let response = match client.get(url).send().await {
            Ok(r) => r,
            Err(e) if e.is_timeout() => return Versioning::Unknown("timed out".to_owned()),
            Err(_) => return Versioning::Unknown("unreachable".to_owned()),
        };
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        if !status.is_success() {
            return Versioning::Unknown(format!(
                "HTTP {}{}",
                status.as_u16(),
                error_summary(&body)
            ));
        }
        versioning_status(&body)
    }
}

/// The `<Status>` of a GetBucketVersioning answer (absent: never enabled).
fn versioning_status(body: &str) -> Versioning {
    let status = body
        .split_once("<Status>")
        .and_then(|(_, rest)| rest.split_once("</Status>"))
        .map(|(status, _)| status.trim());
    match status {
        None => Versioning::Off,
        Some("Enabled") => Versioning::Enabled,
        Some("Suspended") => Versioning::Suspended,
        Some(other) => Versioning::Unknown(format!(
            "unexpected status {:?}",
            other.chars().take(20).collect::<String>()
        )),
    }
}

/// Names are built by ticketbox; anything that could escape the store's root is refused.
fn check_name(name: &str) -> Result<(), ObjectError> {
    let ok = !name.is_empty()
        && !name.starts_with('/')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(ObjectError::BadName(name.to_owned()))
    }
}

fn s3_error(e: &s3::error::S3Error) -> ObjectError {
    match e {
        // 403 (bad credentials) and 404 (no bucket) need the operator, but the job still
        // retries: it keeps the ticket until they fix it.
        s3::error::S3Error::HttpFailWithBody(status, body) if (400..500).contains(status) => {
            ObjectError::Refused(format!("HTTP {status}{}", error_summary(body)))
        }
        s3::error::S3Error::HttpFailWithBody(status, body) => {
            ObjectError::Unavailable(format!("HTTP {status}{}", error_summary(body)))
        }
        other => ObjectError::Unavailable(other.to_string()),
    }
}

/// Only the `<Code>` and `<Message>` of an S3 error body: the rest can echo request details
/// such as `<AWSAccessKeyId>`, which must not reach logs or the jobs table.
fn error_summary(body: &str) -> String {
    let field = |tag: &str| {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let start = body.find(&open)? + open.len();
        let end = start + body[start..].find(&close)?;
        Some(body[start..end].chars().take(200).collect::<String>())
    };
    match (field("Code"), field("Message")) {
        (Some(code), Some(message)) => format!(": {code}: {message}"),
        (Some(code), None) => format!(": {code}"),
        _ => String::new(),
    }
}

fn list_local(root: &Path, under: &str) -> Result<Vec<String>, ObjectError> {
    let mut names = Vec::new();
    // Walk only the directory the prefix names (`guilds/1/tickets/2/` → that directory).
    let start = under
        .rfind('/')
        .map_or_else(|| root.to_path_buf(), |i| root.join(&under[..i]));
    let mut stack = vec![start];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(ObjectError::Unavailable(format!("listing: {e}"))),
        };
        for entry in entries {
            let entry = entry.map_err(|e| ObjectError::Unavailable(format!("listing: {e}")))?;
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(root) {
                let name = rel.to_string_lossy().replace('\\', "/");
                if !name.rsplit('/').next().unwrap_or("").starts_with(".tmp-")
                    && name.starts_with(under)
                {
                    names.push(name);
                }
            }
        }
    }
    names.sort();
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::{Versioning, check_name, versioning_status};

    #[test]
    fn names_cannot_escape_the_root() {
        assert!(check_name("guilds/1/tickets/2/transcript.tbx").is_ok());
        for bad in ["", "/etc/passwd", "a/../b", "a//b", "./a", "a/b c", "a\\b"] {
            assert!(check_name(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn versioning_answers_are_read() {
        let answer = |inner: &str| {
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">{inner}</VersioningConfiguration>"#
            )
        };
        assert_eq!(versioning_status(&answer("")), Versioning::Off);
        assert_eq!(
            versioning_status(&answer("<Status>Enabled</Status>")),
            Versioning::Enabled
        );
        assert_eq!(
            versioning_status(&answer(
                "<Status>Suspended</Status><MfaDelete>Disabled</MfaDelete>"
            )),
            Versioning::Suspended
        );
        assert!(matches!(
            versioning_status(&answer("<Status>Maybe</Status>")),
            Versioning::Unknown(_)
        ));
    }
}
