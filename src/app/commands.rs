//! The short-lived commands: `config check`, `keygen`, `migrate`, `healthcheck`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use super::Failure;
use crate::config::{Loaded, validate};
use crate::crypto::MasterKey;
use crate::store::migrate;

/// Validates and prints the effective configuration (secrets redacted) to stdout; problems go
/// to stderr. Fails on any error and on unknown keys or variables.
pub fn config_check(loaded: &Loaded) -> Result<(), Failure> {
    let problems = validate(&loaded.config);
    for problem in problems.iter().filter(|p| !p.is_error()) {
        eprintln!("warning: {problem}");
    }
    // `run` only warns about unknown keys; the checker treats them as errors, since a
    // misspelt key silently keeps its default.
    let mut errors: Vec<String> = loaded.warnings.clone();
    errors.extend(
        problems
            .iter()
            .filter(|p| p.is_error())
            .map(ToString::to_string),
    );
    if let crate::config::Source::File(path) = &loaded.source {
        println!(
            "# effective configuration (file: {}; secrets redacted)",
            path.display()
        );
    } else {
        println!("# effective configuration (no file; secrets redacted)");
    }
    print!("{}", loaded.config.to_redacted_toml());
    if errors.is_empty() {
        eprintln!("configuration is valid");
        Ok(())
    } else {
        Err(Failure {
            code: super::EXIT_BAD_INPUT,
            lines: errors,
        })
    }
}

pub fn keygen() -> Result<(), Failure> {
    let key = MasterKey::generate().map_err(|e| Failure::failed(e.to_string()))?;
    println!("{}", key.to_hex().expose());
    eprintln!(
        "Set it as crypto.master_key (or TICKETBOX_CRYPTO__MASTER_KEY, or crypto.master_key_file) and \
         back it up: transcripts sealed with it cannot be read without it."
    );
    Ok(())
}

/// `migrate [--dry-run]`.
pub fn migrate(loaded: &Loaded, dry_run: bool) -> Result<(), Failure> {
    let config = &loaded.config;
    let errors: Vec<String> = validate(config)
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect();
    if !errors.is_empty() {
        return Err(Failure {
            code: super::EXIT_BAD_INPUT,
            lines: errors,
        });
    }
    let path = config.database_path();
    if dry_run {
        let pending = migrate::pending(&path).map_err(|e| Failure::failed(e.to_string()))?;
        if pending.is_empty() {
            println!(
                "{}: up to date (schema version {})",
                path.display(),
                migrate::latest_version()
            );
        }
        for m in pending {
            println!("pending {:04} {}", m.version, m.name);
        }
        return Ok(());
    }
    super::prepare_data_dir(&config.storage.data_dir)?;
    let pending = migrate::pending(&path).map_err(|e| Failure::failed(e.to_string()))?;
    super::open_private_db(&path)?;
    if pending.is_empty() {
        println!(
            "{}: up to date (schema version {})",
            path.display(),
            migrate::latest_version()
        );
    }
    for m in pending {
        println!("applied {:04} {}", m.version, m.name);
    }
    Ok(())
}

/// The address to probe: the configured listen address, with a wildcard turned into loopback.
pub fn probe_addr(listen: SocketAddr) -> SocketAddr {
    let ip = match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, listen.port())
}

/// `healthcheck`: exit 0 only when GET /healthz answers 200.
/// `ticketbox setup-code`: the first-run setup code of the ticketbox using this data directory
/// (resolved exactly as `run` resolves it).
pub fn setup_code(loaded: &Loaded) -> Result<(), Failure> {
    let path = loaded
        .config
        .storage
        .data_dir
        .join(crate::services::setup::CODE_FILE);
    match std::fs::read_to_string(&path) {
        Ok(code) => {
            println!("{}", code.trim());
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Failure::failed(format!(
            "no setup code in {}: ticketbox is already set up, or has not been started without \
             a bot token with this data directory",
            path.display()
        ))),
        Err(e) => Err(Failure::failed(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

pub fn healthcheck(loaded: &Loaded, timeout_secs: u64) -> Result<(), Failure> {
    let addr = probe_addr(loaded.config.http.listen);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::failed(e.to_string()))?;
    let answer = runtime.block_on(crate::web::probe::get(
        addr,
        "/healthz",
        Duration::from_secs(timeout_secs),
    ));
    match answer {
        Ok(response) if response.status == 200 => {
            println!("healthy: http://{addr}/healthz answered 200");
            Ok(())
        }
        Ok(response) => Err(Failure::failed(format!(
            "unhealthy: http://{addr}/healthz answered {}: {}",
            response.status,
            response.body.trim()
        ))),
        Err(e) => Err(Failure::failed(format!(
            "unhealthy: http://{addr}/healthz: {e}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_listen_is_probed_on_loopback() {
        assert_eq!(
            probe_addr("0.0.0.0:8080".parse().unwrap()),
            "127.0.0.1:8080".parse().unwrap()
        );
        assert_eq!(
            probe_addr("[::]:9".parse().unwrap()),
            "[::1]:9".parse().unwrap()
        );
        assert_eq!(
            probe_addr("10.1.2.3:80".parse().unwrap()),
            "10.1.2.3:80".parse().unwrap()
        );
    }
}
