//! The text form of key settings: `crypto.master_key` (64 hex characters) and
//! `crypto.retired_master_keys` (`ID:HEX, ID:HEX`). Parsed here so validation and `crypto` read
//! them the same way; errors name the entry, never the key material.

/// 32 key bytes from 64 hex characters (surrounding space ignored).
pub fn key_bytes(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    let mut bytes = [0u8; 32];
    (text.len() == 64 && hex::decode_to_slice(text, &mut bytes).is_ok()).then_some(bytes)
}

/// The retired keys, by id, in the order listed. `current_id` is `crypto.master_key_id`, which
/// no retired key may reuse.
pub fn retired_keys(current_id: u32, text: &str) -> Result<Vec<(u32, [u8; 32])>, String> {
    let mut keys = Vec::new();
    for (i, entry) in text
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
        let key = key_bytes(hex)
            .ok_or_else(|| format!("entry {n}: the key must be 64 hex characters"))?;
        keys.push((id, key));
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> String {
        hex::encode([b; 32])
    }

    #[test]
    fn reads_keys_and_refuses_bad_entries_without_showing_them() {
        assert_eq!(key_bytes(&format!(" {} ", key(9))), Some([9; 32]));
        assert_eq!(key_bytes("abcd"), None);
        assert_eq!(key_bytes(&"zz".repeat(32)), None);
        let keys = retired_keys(3, &format!("1:{}, 2:{}", key(7), key(8))).unwrap();
        assert_eq!(keys, vec![(1, [7; 32]), (2, [8; 32])]);
        for (bad, why) in [
            ("nonsense", "not ID:HEX"),
            ("x:00", "not a number"),
            ("1:abcd", "64 hex"),
            (&format!("3:{}", key(2)) as &str, "crypto.master_key_id"),
        ] {
            let err = retired_keys(3, bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
            assert!(!err.contains(&key(2)), "no key material in errors");
        }
    }
}
