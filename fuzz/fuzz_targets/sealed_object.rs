//! Any bytes handed to the header parser or to `open` (a corrupt or hostile object from the
//! storage provider) give an error, never a panic, and never open without the right key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ticketbox::crypto::MasterKey;
use ticketbox::crypto::seal::{KeyId, Keyring, open, parse_header};
use ticketbox::ids::GuildId;

fuzz_target!(|data: &[u8]| {
    let _ = parse_header(data);
    let key = MasterKey::from_hex(&"2a".repeat(32)).expect("valid key");
    let keys = Keyring::new(KeyId(1), key);
    assert!(open(&keys, GuildId::new(1), "guilds/1/tickets/1/transcript.tbx", data).is_err());
});
