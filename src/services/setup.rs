//! First-run setup: the dashboard's setup page hands the Discord credentials here. The token is
//! checked against Discord, the settings are saved to `<data_dir>/setup.toml` (mode 0600; the
//! config loader merges it under `config.toml` and the environment), and the bot starts
//! without a restart.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use ring::rand::{SecureRandom, SystemRandom};

use super::AppCore;
use crate::config::{DiscordConfig, SETUP_FILE, Secret};

/// One setup at a time.
static SETUP: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The setup code's file in the data directory (mode 0600), read by `ticketbox setup-code`;
/// deleted once setup completes.
pub const CODE_FILE: &str = "setup-code";

/// Writes the setup code where the operator (and only they) can read it. A failure is logged:
/// the code is in the log too.
pub fn publish_code(data_dir: &Path, code: &str) {
    let path = data_dir.join(CODE_FILE);
    if let Err(e) = crate::files::write_atomic(&path, format!("{code}\n").as_bytes(), Some(0o600)) {
        tracing::warn!(file = %path.display(), error = %e, "cannot write the setup code file; it is in this log");
    }
}

/// Removes the setup code's file (setup completed, or a token configured).
pub fn withdraw_code(data_dir: &Path) {
    let path = data_dir.join(CODE_FILE);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            tracing::warn!(file = %path.display(), error = %e, "cannot delete the setup code file");
        }
    }
}

/// A one-time setup code: 12 characters from an alphabet without look-alikes (~60 bits).
///
/// # Panics
/// When the system random number generator fails (nothing safe can be done then).
pub fn new_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 12];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system random number generator failed");
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect()
}

/// What the setup form submitted.
#[derive(Clone)]
pub struct SetupInput {
    pub token: Secret,
    pub client_id: String,
    pub client_secret: Secret,
}

impl std::fmt::Debug for SetupInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupInput")
            .field("token", &self.token)
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .finish()
    }
}

/// The bot the token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Configured {
    pub bot_name: String,
    pub application_id: String,
}

/// Why setup did not complete; [`SetupError::message`] is what the setup page shows, in the
/// visitor's language (`Display`: English, for logs).
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("The bot is already configured.")]
    AlreadyConfigured,
    #[error("{0}")]
    Invalid(crate::i18n::Msg),
    #[error(
        "Discord rejected this bot token. Copy it again from the Developer Portal (your application → Bot → Reset Token)."
    )]
    BadToken,
    #[error(
        "Discord could not be reached to check the token ({0}). Check this machine's internet access and try again."
    )]
    Unreachable(String),
    /// Logged with its detail by the caller.
    #[error("The settings could not be saved in the data directory. The log says why.")]
    Save(String),
}

impl SetupError {
    /// What the setup page says.
    pub fn message(&self) -> crate::i18n::Msg {
        match self {
            Self::AlreadyConfigured => crate::msg!("web-setup-already-done"),
            Self::Invalid(message) => message.clone(),
            Self::BadToken => crate::msg!("web-setup-err-bad-token"),
            Self::Unreachable(why) => crate::msg!("web-setup-err-unreachable", error = why),
            Self::Save(_) => crate::msg!("web-setup-err-save"),
        }
    }
}

fn check(input: &SetupInput) -> Result<(), SetupError> {
    let token = input.token.expose();
    if token.is_empty() {
        return Err(SetupError::Invalid(crate::msg!(
            "web-setup-err-token-missing"
        )));
    }
    if token.len() > 200 || token.contains(char::is_whitespace) {
        return Err(SetupError::Invalid(crate::msg!(
            "web-setup-err-token-shape"
        )));
    }
    if !input.client_id.is_empty() && !input.client_id.chars().all(|c| c.is_ascii_digit()) {
        return Err(SetupError::Invalid(crate::msg!("web-setup-err-client-id")));
    }
    let secret = input.client_secret.expose();
    if secret.len() > 200 || secret.contains(char::is_whitespace) {
        return Err(SetupError::Invalid(crate::msg!(
            "web-setup-err-secret-shape"
        )));
    }
    Ok(())
}

/// Asks Discord who the token belongs to.
async fn verify(api_base: &str, token: &str) -> Result<Configured, SetupError> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .user_agent(concat!("ticketbox/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            tracing::error!(error = %e, "cannot build the HTTP client for the setup check");
            SetupError::Unreachable("no HTTP client".to_owned())
        })?;
    let base = api_base.trim_end_matches('/');
    let get = |path: &str| {
        client
            .get(format!("{base}/api/v10{path}"))
            .header("authorization", format!("Bot {token}"))
            .send()
    };
    // Only the kind of failure is kept: a reqwest error names the URL, not the token.
    let me = get("/users/@me")
        .await
        .map_err(|e| SetupError::Unreachable(short(&e)))?;
    if me.status() == reqwest::StatusCode::UNAUTHORIZED {
        return Err(SetupError::BadToken);
    }
    if !me.status().is_success() {
        return Err(SetupError::Unreachable(format!(
            "HTTP {}",
            me.status().as_u16()
        )));
    }
    let me = json(me).await?;
    let app = get("/oauth2/applications/@me")
        .await
        .map_err(|e| SetupError::Unreachable(short(&e)))?;
    if !app.status().is_success() {
        return Err(SetupError::Unreachable(format!(
            "HTTP {} for the application",
            app.status().as_u16()
        )));
    }
    let app = json(app).await?;
    if app["id"].as_str().is_none_or(str::is_empty) {
        return Err(SetupError::Unreachable("no application id".to_owned()));
    }
    Ok(Configured {
        bot_name: me["username"].as_str().unwrap_or("your bot").to_owned(),
        application_id: app["id"].as_str().unwrap_or_default().to_owned(),
    })
}

async fn json(response: reqwest::Response) -> Result<serde_json::Value, SetupError> {
    let body = response
        .bytes()
        .await
        .map_err(|e| SetupError::Unreachable(short(&e)))?;
    serde_json::from_slice(&body)
        .map_err(|_| SetupError::Unreachable("unexpected answer".to_owned()))
}

fn short(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".to_owned()
    } else if e.is_connect() {
        "no connection".to_owned()
    } else {
        "unexpected answer".to_owned()
    }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Writes `<dir>/setup.toml` readable by this user only, atomically.
pub fn save(dir: &Path, discord: &DiscordConfig) -> std::io::Result<PathBuf> {
    let mut text = String::from(
        "# Written by ticketbox's first-run setup page. config.toml and TICKETBOX_* variables\n\
         # override these values. Keep this file private: it holds the bot token.\n[discord]\n",
    );
    for (key, value) in [
        ("token", discord.token.expose()),
        ("client_id", discord.client_id.as_str()),
        ("client_secret", discord.client_secret.expose()),
        ("application_id", discord.application_id.as_str()),
    ] {
        if !value.is_empty() {
            let _ = writeln!(text, "{key} = {}", toml_string(value));
        }
    }
    let path = dir.join(SETUP_FILE);
    crate::files::write_atomic(&path, text.as_bytes(), Some(0o600))?;
    Ok(path)
}

/// Checks the token with Discord, saves the settings and starts the bot.
pub async fn configure(core: &Arc<AppCore>, input: SetupInput) -> Result<Configured, SetupError> {
    let _one_at_a_time = SETUP.lock().await;
    if core.has_bot_token() {
        return Err(SetupError::AlreadyConfigured);
    }
    check(&input)?;
    let current = core.discord();
    let found = verify(&current.api_base, input.token.expose()).await?;
    let mut discord = (*current).clone();
    discord.token = input.token;
    discord.client_secret = input.client_secret;
    discord.application_id.clone_from(&found.application_id);
    discord.client_id = if input.client_id.is_empty() {
        found.application_id.clone()
    } else {
        input.client_id
    };
    let dir = core.config.storage.data_dir.clone();
    let to_save = discord.clone();
    let saved = tokio::task::spawn_blocking(move || save(&dir, &to_save))
        .await
        .map_err(|e| SetupError::Save(e.to_string()))?
        .map_err(|e| SetupError::Save(e.to_string()))?;
    tracing::info!(file = %saved.display(), bot = %found.bot_name, "first-run setup saved; starting the bot");
    *core
        .discord
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(discord);
    *core
        .setup_code
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    withdraw_code(&core.config.storage.data_dir);
    core.set_bot_status(super::BotStatus::Connecting);
    core.request_bot();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_long_and_unambiguous() {
        let a = new_code();
        assert_eq!(a.len(), 12);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_uppercase() || ('2'..='9').contains(&c))
        );
        assert!(!a.contains(['O', '0', 'I', '1']));
        assert_ne!(a, new_code());
    }

    #[test]
    fn input_is_checked_before_asking_discord() {
        let input = |token: &str, id: &str, secret: &str| SetupInput {
            token: Secret::new(token),
            client_id: id.to_owned(),
            client_secret: Secret::new(secret),
        };
        assert!(check(&input("abc.def", "123", "s3cret")).is_ok());
        assert!(check(&input("abc.def", "", "")).is_ok());
        for bad in [
            input("", "", ""),
            input("a b", "", ""),
            input("t", "12a", ""),
            input("t", "", "x y"),
        ] {
            assert!(matches!(check(&bad), Err(SetupError::Invalid(_))));
        }
        assert!(
            !format!("{:?}", input("very-secret-token", "1", "other-secret"))
                .contains("secret-token")
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_settings_file_is_private_and_parses_back() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let discord = DiscordConfig {
            token: Secret::new("tok\"en"),
            client_id: "42".to_owned(),
            ..DiscordConfig::default()
        };
        let path = save(dir.path(), &discord).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(table["discord"]["token"].as_str(), Some("tok\"en"));
        assert!(
            table["discord"].get("client_secret").is_none(),
            "empty values are left out"
        );
    }
}
