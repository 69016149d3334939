//! Any text as a component's `custom_id` (another bot's, a forged interaction) parses to a
//! ticketbox component or an error, never a panic; what parses writes back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ticketbox::domain::components::ComponentId;

fuzz_target!(|data: &str| {
    if let Ok(id) = data.parse::<ComponentId>() {
        assert_eq!(id.to_string(), data, "one spelling per component");
    }
});
