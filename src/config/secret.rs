//! A string that must never reach logs, errors or `Debug` output.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A secret configuration value (token, client secret, master key, S3 keys).
///
/// `Debug` and `Serialize` print `[redacted]` when a value is set and `""` when it is empty,
/// so `config check` shows whether a secret is configured without showing it.
/// The value is read with [`Secret::expose`], at the one place that needs it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

pub const REDACTED: &str = "[redacted]";

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("\"\"")
        } else {
            f.write_str(REDACTED)
        }
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(if self.0.is_empty() { "" } else { REDACTED })
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_serialize_never_show_the_value() {
        let secret = Secret::new("hunter2-token");
        assert_eq!(format!("{secret:?}"), REDACTED);
        assert_eq!(format!("{secret:#?}"), REDACTED);
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"[redacted]\"");
        assert_eq!(secret.expose(), "hunter2-token");
    }

    #[test]
    fn empty_secret_reads_as_empty() {
        let secret = Secret::default();
        assert!(secret.is_empty());
        assert_eq!(format!("{secret:?}"), "\"\"");
        assert!(Secret::new("  \n").is_empty());
    }
}
