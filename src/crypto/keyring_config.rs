//! The keyring from configuration: the current master key under `crypto.master_key_id`, plus
//! `crypto.retired_master_keys` (`ID:HEX, ID:HEX`) that still open what they sealed.

use super::MasterKey;
use super::seal::{KeyId, Keyring};

/// Builds the keyring; the error names the bad entry (never the key material).
pub fn keyring(current: MasterKey, current_id: u32, retired: &str) -> Result<Keyring, String> {
    let mut ring = Keyring::new(KeyId(current_id), current);
    for (id, key) in crate::config::keys::retired_keys(current_id, retired)? {
        ring = ring.with_older(KeyId(id), MasterKey::from_bytes(key));
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ring_holds_the_retired_keys_under_their_ids() {
        let current = MasterKey::from_bytes([1; 32]);
        let retired = format!("1:{}, 2:{}", hex::encode([7; 32]), hex::encode([8; 32]));
        let ring = keyring(current.clone(), 3, &retired).unwrap();
        assert_eq!(ring.current_id(), KeyId(3));
        let shown = format!("{ring:?}");
        assert!(
            shown.contains("KeyId(1)") && shown.contains("KeyId(2)"),
            "{shown}"
        );
        assert!(keyring(current, 3, "nonsense").is_err());
    }
}
