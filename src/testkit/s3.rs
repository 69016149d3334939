//! A real S3 server for tests: s3s + s3s-fs in-process on 127.0.0.1:0, with SigV4 checked,
//! over a temporary directory. It can be taken down and brought back (an outage).
//!
//! With `TICKETBOX_TEST_S3_ENDPOINT` set (CI runs moto server this way), [`TestS3::start`]
//! uses that external server instead, in region `TICKETBOX_TEST_S3_REGION` (default
//! `eu-west-1`), with a fresh bucket per test; outages are then not available.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder as ConnBuilder;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use tempfile::TempDir;

use crate::config::{ArchiveBackend, Config, Secret};

pub const ACCESS_KEY: &str = "ticketbox-test-access";
pub const SECRET_KEY: &str = "ticketbox-test-secret-key-0123456789";

static BUCKETS: AtomicU64 = AtomicU64::new(0);

/// Where the world's archive lives.
pub struct TestS3 {
    endpoint: String,
    region: String,
    bucket: String,
    local: Option<Local>,
}

struct Local {
    _root: TempDir,
    /// What GetBucketVersioning answers (s3s-fs itself answers NotImplemented).
    versioning: Arc<std::sync::Mutex<Option<&'static str>>>,
    down: Arc<AtomicBool>,
    /// Bumped when the server goes down: open connections compare and drop.
    generation: Arc<AtomicU64>,
    stop: tokio_util::sync::CancellationToken,
}

impl Drop for Local {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

impl TestS3 {
    /// Must be called inside a tokio runtime.
    ///
    /// # Panics
    /// When the server cannot start or the external bucket cannot be created.
    pub async fn start() -> Self {
        let n = BUCKETS.fetch_add(1, Ordering::Relaxed);
        let bucket = format!("ticketbox-test-{}-{n}", std::process::id());
        if let Ok(endpoint) = std::env::var("TICKETBOX_TEST_S3_ENDPOINT") {
            let region = std::env::var("TICKETBOX_TEST_S3_REGION")
                .unwrap_or_else(|_| "eu-west-1".to_owned());
            create_external_bucket(&endpoint, &region, &bucket).await;
            return Self {
                endpoint,
                region,
                bucket,
                local: None,
            };
        }
        let root = tempfile::tempdir().expect("s3 temp dir");
        std::fs::create_dir(root.path().join(&bucket)).expect("bucket dir");
        let fs = s3s_fs::FileSystem::new(root.path()).expect("s3s-fs");
        let mut builder = S3ServiceBuilder::new(fs);
        builder.set_auth(SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
        let versioning = Arc::new(std::sync::Mutex::new(None));
        builder.set_route(VersioningRoute(Arc::clone(&versioning)));
        let service = builder.build();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind s3");
        let addr: SocketAddr = listener.local_addr().expect("s3 addr");
        let down = Arc::new(AtomicBool::new(false));
        let generation = Arc::new(AtomicU64::new(0));
        let stop = tokio_util::sync::CancellationToken::new();
        let (d, g, s) = (Arc::clone(&down), Arc::clone(&generation), stop.clone());
        tokio::spawn(async move {
            loop {
                let socket = tokio::select! {
                    () = s.cancelled() => return,
                    accepted = listener.accept() => match accepted {
                        Ok((socket, _)) => socket,
                        Err(_) => continue,
                    },
                };
                if d.load(Ordering::SeqCst) {
                    // Down: the connection is refused (closed at once).
                    drop(socket);
                    continue;
                }
                let service = service.clone();
                let born = g.load(Ordering::SeqCst);
                let (g, s) = (Arc::clone(&g), s.clone());
                tokio::spawn(async move {
                    let builder = ConnBuilder::new(TokioExecutor::new());
                    let conn = builder.serve_connection(TokioIo::new(socket), service);
                    let watch = async {
                        while g.load(Ordering::SeqCst) == born {
                            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                        }
                    };
                    tokio::select! {
                        _ = conn => {}
                        () = watch => {}
                        () = s.cancelled() => {}
                    }
                });
            }
        });
        Self {
            endpoint: format!("http://{addr}"),
            region: "eu-central-1".to_owned(),
            bucket,
            local: Some(Local {
                _root: root,
                versioning,
                down,
                generation,
                stop,
            }),
        }
    }

    /// Points `config`'s archive at this server.
    pub fn configure(&self, config: &mut Config) {
        config.archive.backend = ArchiveBackend::S3;
        let s3 = &mut config.archive.s3;
        s3.endpoint.clone_from(&self.endpoint);
        s3.region.clone_from(&self.region);
        s3.bucket.clone_from(&self.bucket);
        s3.access_key = Secret::new(
            std::env::var("TICKETBOX_TEST_S3_ACCESS_KEY").unwrap_or_else(|_| ACCESS_KEY.into()),
        );
        s3.secret_key = Secret::new(
            std::env::var("TICKETBOX_TEST_S3_SECRET_KEY").unwrap_or_else(|_| SECRET_KEY.into()),
        );
        s3.path_style = true;
        "ticketbox/".clone_into(&mut s3.prefix);
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Whether this is the in-process server (outages can be simulated).
    pub fn is_in_process(&self) -> bool {
        self.local.is_some()
    }

    /// Takes the server down (connections refused, open ones dropped) or brings it back.
    ///
    /// # Panics
    /// With an external S3 server, which the tests cannot stop.
    pub fn set_down(&self, down: bool) {
        let local = self
            .local
            .as_ref()
            .expect("outages need the in-process S3 server");
        local.down.store(down, Ordering::SeqCst);
        if down {
            local.generation.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// Makes the bucket answer GetBucketVersioning with `status` (`"Enabled"`, `"Suspended"`;
    /// `None`: S3's answer for a bucket that never had versioning, with no `<Status>`).
    ///
    /// # Panics
    /// With an external S3 server.
    pub fn set_versioning(&self, status: Option<&'static str>) {
        let local = self
            .local
            .as_ref()
            .expect("versioning is scripted on the in-process S3 server only");
        *local.versioning.lock().expect("versioning lock") = Some(status.unwrap_or(""));
    }
}

/// GetBucketVersioning (`GET /{bucket}?versioning`, path style) for the in-process server once
/// a test scripted it: the XML S3 answers ("GetBucketVersioning", Amazon S3 API Reference).
/// Until then s3s answers NotImplemented, as some S3-compatible stores do.
struct VersioningRoute(Arc<std::sync::Mutex<Option<&'static str>>>);

#[async_trait::async_trait]
impl s3s::route::S3Route for VersioningRoute {
    fn is_match(
        &self,
        method: &axum::http::Method,
        uri: &axum::http::Uri,
        _headers: &axum::http::HeaderMap,
        _extensions: &mut axum::http::Extensions,
    ) -> bool {
        let scripted = self.0.lock().is_ok_and(|v| v.is_some());
        scripted
            && method == axum::http::Method::GET
            && uri.path().trim_end_matches('/').matches('/').count() == 1
            && uri.query().is_some_and(|q| {
                q.split('&')
                    .any(|p| p == "versioning" || p == "versioning=")
            })
    }

    async fn call(
        &self,
        _req: s3s::S3Request<s3s::Body>,
    ) -> s3s::S3Result<s3s::S3Response<s3s::Body>> {
        let status = self.0.lock().ok().and_then(|v| *v).unwrap_or_default();
        let inner = if status.is_empty() {
            String::new()
        } else {
            format!("<Status>{status}</Status>")
        };
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">{inner}</VersioningConfiguration>"#
        );
        let mut response = s3s::S3Response::new(s3s::Body::from(xml));
        response.headers.insert(
            axum::http::header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("application/xml"),
        );
        Ok(response)
    }
}

async fn create_external_bucket(endpoint: &str, region: &str, bucket: &str) {
    let credentials = s3::creds::Credentials::new(
        Some(&std::env::var("TICKETBOX_TEST_S3_ACCESS_KEY").unwrap_or_else(|_| ACCESS_KEY.into())),
        Some(&std::env::var("TICKETBOX_TEST_S3_SECRET_KEY").unwrap_or_else(|_| SECRET_KEY.into())),
        None,
        None,
        None,
    )
    .expect("credentials");
    let region = s3::Region::Custom {
        region: region.to_owned(),
        endpoint: endpoint.to_owned(),
    };
    s3::Bucket::create_with_path_style(
        bucket,
        region,
        credentials,
        s3::BucketConfiguration::default(),
    )
    .await
    .unwrap_or_else(|e| panic!("cannot create bucket {bucket} at {endpoint}: {e}"));
}
