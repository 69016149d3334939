use super::*;

const G: GuildId = GuildId::new(42);
const KEY: &str = "transcripts/42/7/transcript.json.zst";

fn keyring() -> Keyring {
    Keyring::new(KeyId(1), MasterKey::from_hex(&"11".repeat(32)).unwrap())
}

#[test]
fn round_trip_and_no_plaintext_in_the_blob() {
    let text = b"the customer's order number is A-1234 and their address is secret".repeat(20);
    let blob = seal(&keyring(), G, KEY, &text).unwrap();
    assert_eq!(&blob[..4], MAGIC);
    assert_eq!(blob[4], FORMAT_VERSION);
    assert_eq!(parse_header(&blob).unwrap().key_id, KeyId(1));
    assert!(
        !blob.windows(12).any(|w| w == b"order number"),
        "no plaintext in the sealed object"
    );
    assert!(blob.len() < text.len(), "compressed before sealing");
    assert_eq!(open(&keyring(), G, KEY, &blob).unwrap(), text);
    // Fresh nonce each time: the same input seals differently.
    assert_ne!(seal(&keyring(), G, KEY, &text).unwrap(), blob);
}

#[test]
fn wrong_key_guild_or_object_key_is_refused() {
    let blob = seal(&keyring(), G, KEY, b"hello").unwrap();
    let other = Keyring::new(KeyId(1), MasterKey::from_hex(&"22".repeat(32)).unwrap());
    assert_eq!(
        open(&other, G, KEY, &blob),
        Err(SealError::AuthenticationFailed)
    );
    assert_eq!(
        open(&keyring(), GuildId::new(43), KEY, &blob),
        Err(SealError::AuthenticationFailed),
        "another guild's key"
    );
    assert_eq!(
        open(&keyring(), G, "transcripts/42/8/transcript.json.zst", &blob),
        Err(SealError::AuthenticationFailed),
        "moved to another ticket's object key"
    );
}

#[test]
fn tampering_anywhere_is_detected() {
    let blob = seal(&keyring(), G, KEY, b"hello world").unwrap();
    for at in [HEADER_LEN - 1, HEADER_LEN, blob.len() - 1] {
        let mut bad = blob.clone();
        bad[at] ^= 0x01;
        assert_eq!(
            open(&keyring(), G, KEY, &bad),
            Err(SealError::AuthenticationFailed),
            "byte {at}"
        );
    }
    let mut bad = blob.clone();
    bad[5..9].copy_from_slice(&9u32.to_be_bytes());
    assert_eq!(
        open(&keyring(), G, KEY, &bad),
        Err(SealError::UnknownKey(9))
    );
}

#[test]
fn rotation_keeps_old_objects_readable() {
    let old = keyring();
    let blob = seal(&old, G, KEY, b"sealed before rotation").unwrap();
    let rotated = Keyring::new(KeyId(2), MasterKey::from_hex(&"33".repeat(32)).unwrap())
        .with_older(KeyId(1), MasterKey::from_hex(&"11".repeat(32)).unwrap());
    assert_eq!(
        open(&rotated, G, KEY, &blob).unwrap(),
        b"sealed before rotation"
    );
    let new_blob = seal(&rotated, G, KEY, b"after").unwrap();
    assert_eq!(parse_header(&new_blob).unwrap().key_id, KeyId(2));
    assert_eq!(open(&old, G, KEY, &new_blob), Err(SealError::UnknownKey(2)));
}

#[test]
fn truncated_or_garbage_input_is_an_error_never_a_panic() {
    let blob = seal(&keyring(), G, KEY, b"hello").unwrap();
    for len in 0..blob.len() {
        assert!(
            open(&keyring(), G, KEY, &blob[..len]).is_err(),
            "truncated to {len}"
        );
    }
    assert_eq!(parse_header(b"short"), Err(SealError::TooShort(5)));
    assert_eq!(parse_header(&[0u8; 40]), Err(SealError::BadMagic));
    let mut future = blob.clone();
    future[4] = 2;
    assert_eq!(parse_header(&future), Err(SealError::UnsupportedVersion(2)));
    // Deterministic pseudo-random garbage, including some with a valid-looking header.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for n in 0..2000_usize {
        let len = n % 97;
        let mut bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state.to_le_bytes()[0]
            })
            .collect();
        if n % 3 == 0 && bytes.len() >= HEADER_LEN {
            bytes[..4].copy_from_slice(MAGIC);
            bytes[4] = FORMAT_VERSION;
            bytes[5..9].copy_from_slice(&1u32.to_be_bytes());
        }
        assert!(open(&keyring(), G, KEY, &bytes).is_err());
    }
}

#[test]
fn keyring_debug_shows_ids_only() {
    let shown = format!(
        "{:?}",
        keyring().with_older(KeyId(0), MasterKey::from_hex(&"44".repeat(32)).unwrap())
    );
    assert!(
        shown.contains("KeyId(1)") && !shown.contains("1111"),
        "{shown}"
    );
}
