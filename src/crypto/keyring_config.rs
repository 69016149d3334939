//! The keyring from configuration: the current master key under `crypto.master_key_id`, plus
//! `crypto.retired_master_keys` (`ID:HEX, ID:HEX`) that still open what they sealed.

use super::MasterKey;
use super::seal::{KeyId, Keyring};

/// Builds the keyring; the error names the bad entry (never the key material).
pub fn keyring(current: MasterKey, current_id: u32, retired: &str) -> Result<Keyring, String> {
    let mut ring = Keyring::new(KeyId(current_id), current);
    for (i, entry) in retired
        .split([',', '\n'])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .enumerate()
    {
        let n = i + 1;
        let (id, hex) = entry
            .split_once(':')
            .ok_or_else(|| format!("entry {n} is not ID:HEX"))?;
        let id: u32 = id
            .trim()
            .parse()
            .map_err(|_| format!("entry {n}: the id is not a number"))?;
        if id == current_id {
            return Err(format!(
                "entry {n} uses id {id}, which is crypto.master_key_id: give the new key a new id"
            ));
        }
        let key = MasterKey::from_hex(hex.trim())
            .map_err(|_| format!("entry {n}: the key must be 64 hex characters"))?;
        ring = ring.with_older(KeyId(id), key);
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> String {
        hex::encode([b; 32])
    }

    #[test]
    fn parses_retired_keys_and_refuses_bad_entries() {
        let current = MasterKey::from_hex(&key(1)).unwrap();
        let ring = keyring(current.clone(), 3, &format!("1:{}, 2:{}", key(7), key(8))).unwrap();
        assert_eq!(ring.current_id(), KeyId(3));
        assert!(format!("{ring:?}").contains("KeyId(1)"));
        for (bad, why) in [
            ("nonsense", "not ID:HEX"),
            ("x:00", "not a number"),
            ("1:abcd", "64 hex"),
            (&format!("3:{}", key(2)) as &str, "crypto.master_key_id"),
        ] {
            let err = keyring(current.clone(), 3, bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
            assert!(!err.contains(&key(2)), "no key material in errors");
        }
    }
}
