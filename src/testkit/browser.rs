//! A real headless Chromium for browser tests, driven over the W3C WebDriver protocol through
//! Debian's `chromedriver`. [`Browser::start`] returns `None` when Chromium or ChromeDriver is
//! not installed, so `cargo test` can say the browser tests were skipped; `.ci/run` installs
//! both. Paths can be changed with `TICKETBOX_TEST_CHROMIUM` and `TICKETBOX_TEST_CHROMEDRIVER`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

/// The key WebDriver names element references with.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How long [`Browser::wait_for`] waits.
const WAIT: Duration = Duration::from_secs(15);

fn tool(var: &str, default: &str) -> Option<PathBuf> {
    let path = std::env::var_os(var).map_or_else(|| PathBuf::from(default), PathBuf::from);
    path.is_file().then_some(path)
}

/// Whether the browser tests can run here; otherwise why not.
pub fn availability() -> Result<(), String> {
    match (
        tool("TICKETBOX_TEST_CHROMIUM", "/usr/bin/chromium"),
        tool("TICKETBOX_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"),
    ) {
        (Some(_), Some(_)) => Ok(()),
        _ => Err(
            "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)"
                .to_owned(),
        ),
    }
}

/// One headless Chromium session. Dropping it ends the session (ChromeDriver quits Chromium)
/// and stops ChromeDriver.
pub struct Browser {
    http: reqwest::Client,
    session: String,
    driver: Child,
    /// ChromeDriver's address.
    base: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts ChromeDriver and a headless Chromium with a fresh profile; `None` when they are
    /// not installed.
    ///
    /// # Panics
    /// When they are installed but do not start: a broken test machine.
    pub async fn start() -> Option<Self> {
        let chromium = tool("TICKETBOX_TEST_CHROMIUM", "/usr/bin/chromium")?;
        let chromedriver = tool("TICKETBOX_TEST_CHROMEDRIVER", "/usr/bin/chromedriver")?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut command = Command::new(chromedriver);
        command
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let driver = command.spawn().expect("chromedriver starts");
        let profile = tempfile::tempdir().expect("a profile directory");
        let http = reqwest::Client::builder()
            .timeout(Duration::from_mins(1))
            .build()
            .expect("http client");
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + WAIT;
        loop {
            let ready = http.get(format!("{base}/status")).send().await;
            if ready.is_ok() {
                break;
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--window-size=1280,1000",
        ];
        let mut args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        let mut browser = Self {
            http,
            session: String::new(),
            driver,
            base,
            _profile: profile,
        };
        let created = browser
            .call(
                reqwest::Method::POST,
                "/session",
                Some(json!({"capabilities": {"alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {"binary": chromium, "args": args},
                }}})),
            )
            .await;
        created["sessionId"]
            .as_str()
            .expect("a WebDriver session")
            .clone_into(&mut browser.session);
        Some(browser)
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = if path == "/session" {
            format!("{}{path}", self.base)
        } else {
            format!("{}/session/{}{path}", self.base, self.session)
        };
        let mut request = self.http.request(method, &url);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.expect("chromedriver answers");
        let status = response.status();
        let value: Value = serde_json::from_slice(&response.bytes().await.unwrap_or_default())
            .unwrap_or(Value::Null);
        assert!(status.is_success(), "WebDriver {path}: {status} {value}");
        value["value"].clone()
    }

    /// Opens `url` and waits for it to load.
    pub async fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", Some(json!({"url": url})))
            .await;
    }

    pub async fn current_url(&self) -> String {
        self.call(reqwest::Method::GET, "/url", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The page's HTML as the browser has it now.
    pub async fn source(&self) -> String {
        self.call(reqwest::Method::GET, "/source", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    async fn try_find(&self, css: &str) -> Option<String> {
        let url = format!("{}/session/{}/element", self.base, self.session);
        let response = self
            .http
            .post(url)
            .header("content-type", "application/json")
            .body(json!({"using": "css selector", "value": css}).to_string())
            .send()
            .await
            .ok()?;
        if !response.status().is_success() {
            return None;
        }
        let value: Value = serde_json::from_slice(&response.bytes().await.ok()?).ok()?;
        value["value"][ELEMENT].as_str().map(str::to_owned)
    }

    /// Waits until an element matches `css`; returns its reference.
    ///
    /// # Panics
    /// When none appears in time (with the page's HTML).
    pub async fn wait_for(&self, css: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(element) = self.try_find(css).await {
                return element;
            }
            assert!(
                Instant::now() <= deadline,
                "no {css:?} on {}:\n{}",
                self.current_url().await,
                self.source().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        let element = self.wait_for(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{element}/click"),
            Some(json!({})),
        )
        .await;
    }

    /// Replaces the text of an input or textarea.
    pub async fn fill(&self, css: &str, text: &str) {
        let element = self.wait_for(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{element}/clear"),
            Some(json!({})),
        )
        .await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{element}/value"),
            Some(json!({"text": text})),
        )
        .await;
    }

    /// Picks the option with `value` in the `<select>` matched by `css`.
    pub async fn select(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value=\"{value}\"]"))
            .await;
    }

    /// The visible text of the element matched by `css`.
    pub async fn text(&self, css: &str) -> String {
        let element = self.wait_for(css).await;
        self.call(
            reqwest::Method::GET,
            &format!("/element/{element}/text"),
            None,
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Resizes the window (a phone is about 390×844).
    pub async fn resize(&self, width: u32, height: u32) {
        self.call(
            reqwest::Method::POST,
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        )
        .await;
    }

    /// Runs `script` in the page and returns its result.
    pub async fn script(&self, script: &str) -> Value {
        self.call(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
        .await
    }

    /// Saves a PNG of the viewport to `path` (creating its directory).
    ///
    /// # Panics
    /// When the browser sends no PNG or the file cannot be written.
    pub async fn screenshot(&self, path: &Path) {
        let data = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("a PNG screenshot");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("the screenshot directory");
        }
        std::fs::write(path, png).expect("the screenshot is saved");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ending the session makes ChromeDriver quit Chromium; then ChromeDriver itself goes.
        // (Synchronous: a drop cannot await.)
        if !self.session.is_empty()
            && let Some(addr) = self.base.strip_prefix("http://")
            && let Ok(mut stream) = std::net::TcpStream::connect(addr)
        {
            use std::io::{Read as _, Write as _};
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let _ = write!(
                stream,
                "DELETE /session/{} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n",
                self.session
            );
            let mut answer = Vec::new();
            let _ = stream.read_to_end(&mut answer);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
