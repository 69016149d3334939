//! Building a [`Config`] from its layers, with warnings for keys nobody reads.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use figment::providers::{Format, Toml};
use figment::value::{Dict, Map, Value};
use figment::{Figment, Metadata, Profile, Provider};

use super::{Config, ENV_PREFIX};

/// Keys whose value is a secret. Each also accepts `<key>_file`, naming a file to read it from.
pub const SECRET_KEYS: [&str; 9] = [
    "discord.token",
    "discord.client_secret",
    "crypto.master_key",
    "crypto.retired_master_keys",
    "archive.s3.access_key",
    "archive.s3.secret_key",
    "backup.s3.access_key",
    "backup.s3.secret_key",
    "metrics.token",
];

/// The file the first-run setup page writes in the data directory.
pub const SETUP_FILE: &str = "setup.toml";

/// The keys the setup file may set; anything else in it is ignored with a warning.
pub const SETUP_KEYS: [&str; 4] = [
    "discord.token",
    "discord.client_id",
    "discord.client_secret",
    "discord.application_id",
];

/// The setup file's Discord settings as a layer, when the file exists.
fn setup_layer(
    path: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<toml::Table>, ConfigError> {
    // No file (or no data directory yet, or one that cannot be: the start reports that).
    if !path.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| syntax_error(path, &text, &e))?;
    let mut discord = toml::Table::new();
    for (section, values) in &table {
        let entries = values
            .as_table()
            .map(|t| t.iter().collect::<Vec<_>>())
            .unwrap_or_default();
        if entries.is_empty() {
            warnings.push(format!(
                "{}: {section} is not something the setup page saves and is ignored",
                path.display()
            ));
        }
        for (key, value) in entries {
            let full = format!("{section}.{key}");
            if SETUP_KEYS.contains(&full.as_str()) && value.is_str() {
                discord.insert(key.clone(), value.clone());
            } else {
                warnings.push(format!(
                    "{}: {full} is not something the setup page saves and is ignored",
                    path.display()
                ));
            }
        }
    }
    Ok(Some(discord))
}

/// Fills the Discord credentials the file and environment leave empty (the shipped
/// `config.toml` spells them out as `""`) from the setup file's values.
fn fill_from_setup(config: &mut Config, setup: &toml::Table) {
    let value = |key: &str| {
        setup
            .get(key)
            .and_then(toml::Value::as_str)
            .filter(|v| !v.is_empty())
    };
    let d = &mut config.discord;
    if d.token.is_empty()
        && let Some(token) = value("token")
    {
        d.token = super::Secret::new(token);
    }
    if d.client_secret.is_empty()
        && let Some(secret) = value("client_secret")
    {
        d.client_secret = super::Secret::new(secret);
    }
    for (field, key) in [
        (&mut d.client_id, "client_id"),
        (&mut d.application_id, "application_id"),
    ] {
        if field.is_empty()
            && let Some(v) = value(key)
        {
            v.clone_into(field);
        }
    }
}

/// Environment variables under the prefix that are not configuration keys.
const ENV_NOT_KEYS: [&str; 1] = ["TICKETBOX_CONFIG"];

/// Where the TOML layer came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// No file: defaults and environment only.
    None,
    /// `--config PATH`, `./config.toml` (found in the working directory) or [`SYSTEM_CONFIG`].
    File(PathBuf),
}

/// A loaded configuration and what the operator should hear about it.
#[derive(Debug)]
pub struct Loaded {
    pub config: Config,
    pub source: Source,
    /// Unknown keys and variables, one sentence each. Logged once logging is up.
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config file {path}: cannot read it: {reason} (check the path given with --config)")]
    Unreadable { path: PathBuf, reason: String },
    #[error("config file {path} line {line}, column {column}: {message} (fix the TOML syntax)")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{key} ({origin}): {message}")]
    Invalid {
        key: String,
        origin: String,
        message: String,
    },
    #[error(
        "{key}_file: cannot read {path}: {reason} (check the path and that ticketbox may read it)"
    )]
    SecretFile {
        key: String,
        path: PathBuf,
        reason: String,
    },
}

/// The configuration file the Debian package installs (a conffile that points
/// `storage.data_dir` at the service's state directory, so the CLI finds the service's data).
pub const SYSTEM_CONFIG: &str = "/etc/ticketbox/config.toml";

/// Loads the configuration the way `ticketbox` does: the explicit `--config` file, else
/// `./config.toml` when it exists, else [`SYSTEM_CONFIG`] when it exists, then the process
/// environment.
pub fn load(explicit: Option<&Path>) -> Result<Loaded, ConfigError> {
    let file = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => first_file(&[Path::new("config.toml"), Path::new(SYSTEM_CONFIG)]),
    };
    let env: Vec<(String, String)> = std::env::vars().collect();
    load_from(file.as_deref(), &env)
}

/// The first of `candidates` that is a file.
fn first_file(candidates: &[&Path]) -> Option<PathBuf> {
    candidates
        .iter()
        .find(|p| p.is_file())
        .map(|p| p.to_path_buf())
}

/// Loads from an optional file and the given environment variables (`TICKETBOX_*` pairs are
/// used, others ignored). Tests pass their own environment; [`load`] passes the process's.
pub fn load_from(file: Option<&Path>, env: &[(String, String)]) -> Result<Loaded, ConfigError> {
    let known = known_keys();
    let mut warnings = Vec::new();
    let mut figment = Figment::new();
    let mut file_text = None;

    if let Some(path) = file {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Unreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        let table: toml::Table =
            toml::from_str(&text).map_err(|e| syntax_error(path, &text, &e))?;
        warn_unknown_file_keys(&table, "", &known, path, &text, &mut warnings);
        figment = figment.merge(Toml::file_exact(path));
        file_text = Some((path.to_path_buf(), text));
    }

    let defaults = default_tree();
    for (name, raw) in env {
        let Some(rest) = name.strip_prefix(ENV_PREFIX) else {
            continue;
        };
        if ENV_NOT_KEYS.contains(&name.as_str()) || rest.is_empty() {
            continue;
        }
        let key = env_key(rest);
        if known.contains(&key) {
            figment = figment.merge(EnvVar::new(name, &key, raw, &defaults));
        } else {
            warnings.push(format!(
                "environment variable {name} is not a ticketbox setting and is ignored{}",
                suggestion(&key, &known)
                    .map(|k| format!(" (did you mean {}?)", env_name(&k)))
                    .unwrap_or_default()
            ));
        }
    }

    for key in SECRET_KEYS {
        let file_key = format!("{key}_file");
        let Ok(value) = figment.find_value(&file_key) else {
            continue;
        };
        let Some(path) = value.as_str().map(PathBuf::from) else {
            return Err(ConfigError::Invalid {
                key: file_key,
                origin: origin_of(&figment, &format!("{key}_file"), file_text.as_ref()),
                message: "must be a file path".to_owned(),
            });
        };
        let secret = std::fs::read_to_string(&path).map_err(|e| ConfigError::SecretFile {
            key: key.to_owned(),
            path: path.clone(),
            reason: e.to_string(),
        })?;
        // Files written by editors and `echo` end in a newline that is not part of the secret.
        let secret = secret.trim_end_matches(['\n', '\r']).to_owned();
        figment = figment.merge((key, secret));
    }

    let mut config: Config = figment
        .extract()
        .map_err(|e| invalid(&figment, &e, file_text.as_ref()))?;
    // Lowest of the operator's layers: what the first-run setup page saved in the data
    // directory. A value from the file, the environment or a secret file wins; an empty one
    // (as the shipped config.toml has) does not hide the saved credentials.
    let setup_path = config.storage.data_dir.join(SETUP_FILE);
    if let Some(setup) = setup_layer(&setup_path, &mut warnings)? {
        fill_from_setup(&mut config, &setup);
    }
    let source = file.map_or(Source::None, |p| Source::File(p.to_path_buf()));
    Ok(Loaded {
        config,
        source,
        warnings,
    })
}

/// One `TICKETBOX_*` variable as a figment layer. A key whose default is a string takes the
/// value verbatim, so a numeric bucket name or application id stays a string; other keys
/// (booleans, numbers) are parsed.
struct EnvVar {
    name: String,
    key: String,
    value: Value,
}

impl EnvVar {
    fn new(name: &str, key: &str, raw: &str, defaults: &toml::Value) -> Self {
        let default = key.split('.').try_fold(defaults, |v, part| v.get(part));
        let is_string = key.ends_with("_file") || matches!(default, Some(toml::Value::String(_)));
        let value = if is_string {
            Value::from(raw.to_owned())
        } else {
            raw.parse().unwrap_or_else(|never| match never {})
        };
        Self {
            name: name.to_owned(),
            key: key.to_owned(),
            value,
        }
    }
}

impl Provider for EnvVar {
    fn metadata(&self) -> Metadata {
        Metadata::named(format!("environment variable {}", self.name))
    }

    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        let dict = figment::util::nest(&self.key, self.value.clone())
            .into_dict()
            .expect("a non-empty key nests into a dict");
        Ok(Profile::Default.collect(dict))
    }
}

/// Every configuration key as a dotted path, plus the `_file` variants of secrets.
pub fn known_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    collect_leaves(&default_tree(), "", &mut keys);
    keys.extend(SECRET_KEYS.iter().map(|k| format!("{k}_file")));
    keys
}

/// The built-in defaults as a TOML tree. Every field of [`Config`] serialises (a test
/// compares the tree with the shipped config.toml), so this cannot fail.
fn default_tree() -> toml::Value {
    toml::Value::try_from(Config::default()).expect("the default config serialises")
}

fn collect_leaves(value: &toml::Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        toml::Value::Table(table) => {
            for (k, v) in table {
                collect_leaves(v, &join(prefix, k), out);
            }
        }
        _ => {
            out.insert(prefix.to_owned());
        }
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

fn env_key(rest: &str) -> String {
    rest.split("__")
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(".")
}

fn env_name(key: &str) -> String {
    format!(
        "{ENV_PREFIX}{}",
        key.split('.')
            .map(str::to_ascii_uppercase)
            .collect::<Vec<_>>()
            .join("__")
    )
}

fn warn_unknown_file_keys(
    table: &toml::Table,
    prefix: &str,
    known: &BTreeSet<String>,
    path: &Path,
    text: &str,
    warnings: &mut Vec<String>,
) {
    for (k, v) in table {
        let key = join(prefix, k);
        let is_section = known
            .iter()
            .any(|known| known.starts_with(&format!("{key}.")));
        match v {
            toml::Value::Table(inner) if is_section => {
                warn_unknown_file_keys(inner, &key, known, path, text, warnings);
            }
            _ if known.contains(&key) || is_section => {}
            _ => {
                let line = line_of_key(text, &key)
                    .map(|l| format!(" line {l}"))
                    .unwrap_or_default();
                let hint = suggestion(&key, known)
                    .map(|s| format!(" (did you mean {s}?)"))
                    .unwrap_or_default();
                warnings.push(format!(
                    "unknown key {key} in {}{line} is ignored{hint}",
                    path.display()
                ));
            }
        }
    }
}

/// The closest known key, when it is close enough to be a typo.
fn suggestion(key: &str, known: &BTreeSet<String>) -> Option<String> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(key, k), k))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.clone())
}

fn syntax_error(path: &Path, text: &str, error: &toml::de::Error) -> ConfigError {
    let (line, column) = error
        .span()
        .map_or((1, 1), |span| line_col(text, span.start));
    ConfigError::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        message: error.message().trim().to_owned(),
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1)
        + 1;
    (line, column)
}

/// The 1-based line where a dotted key is set in a TOML text, found by tracking `[section]`
/// headers. Good enough for pointing an operator at the right line of a hand-written file.
fn line_of_key(text: &str, key: &str) -> Option<usize> {
    let (section, leaf) = key.rsplit_once('.').unwrap_or(("", key));
    let mut current = String::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            header.trim().clone_into(&mut current);
            continue;
        }
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim().trim_matches('"');
            let full = join(&current, name);
            if (current == section && name == leaf) || full == key {
                return Some(index + 1);
            }
        }
    }
    None
}

/// Describes where a key's value came from, for error messages.
fn origin_of(figment: &Figment, key: &str, file: Option<&(PathBuf, String)>) -> String {
    if let Some(metadata) = figment.find_metadata(key)
        && metadata.name.starts_with("environment variable")
    {
        return metadata.name.to_string();
    }
    match file {
        Some((path, text)) => match line_of_key(text, key) {
            Some(line) => format!("{} line {line}", path.display()),
            None => path.display().to_string(),
        },
        None => "built-in default".to_owned(),
    }
}

fn invalid(
    figment: &Figment,
    error: &figment::Error,
    file: Option<&(PathBuf, String)>,
) -> ConfigError {
    let key = error.path.join(".");
    let message = match &error.kind {
        figment::error::Kind::InvalidType(actual, expected) => {
            format!("expected {expected}, found {actual}")
        }
        figment::error::Kind::UnknownVariant(found, expected) => {
            format!(
                "unknown value {found:?}, use one of: {}",
                expected.join(", ")
            )
        }
        other => other.to_string(),
    };
    ConfigError::Invalid {
        origin: origin_of(figment, &key, file),
        key,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_existing_file_is_the_config() {
        let dir = tempfile::tempdir().unwrap();
        let local = dir.path().join("config.toml");
        let system = dir.path().join("etc-config.toml");
        assert_eq!(first_file(&[&local, &system]), None);
        std::fs::write(&system, "").unwrap();
        assert_eq!(first_file(&[&local, &system]), Some(system.clone()));
        std::fs::write(&local, "").unwrap();
        assert_eq!(first_file(&[&local, &system]), Some(local));
        // A directory of that name is not a config file.
        assert_eq!(first_file(&[dir.path(), &system]), Some(system));
    }

    #[test]
    fn line_of_key_follows_sections() {
        let text = "[discord]\ntoken = \"x\"\n\n[http]\nlisten = \"y\"\n";
        assert_eq!(line_of_key(text, "discord.token"), Some(2));
        assert_eq!(line_of_key(text, "http.listen"), Some(5));
        assert_eq!(line_of_key(text, "http.public_url"), None);
        assert_eq!(
            line_of_key("[archive.s3]\nbucket = \"b\"\n", "archive.s3.bucket"),
            Some(2)
        );
    }

    #[test]
    fn suggestions_catch_typos_only() {
        let known = known_keys();
        assert_eq!(
            suggestion("discord.tokn", &known).as_deref(),
            Some("discord.token")
        );
        assert_eq!(suggestion("totally.unrelated.thing", &known), None);
    }

    #[test]
    fn env_names_map_to_keys() {
        assert_eq!(env_key("ARCHIVE__S3__BUCKET"), "archive.s3.bucket");
        assert_eq!(
            env_name("discord.token_file"),
            "TICKETBOX_DISCORD__TOKEN_FILE"
        );
    }

    #[test]
    fn line_col_is_one_based() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }
}
