//! Any message text through the transcript's markdown renderer: never a panic, and the input
//! never becomes a script or a `javascript:` link.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ticketbox::archive::markdown::{Names, to_html};

struct Plain;

impl Names for Plain {
    fn user(&self, id: u64) -> String {
        format!("user{id}")
    }
    fn role(&self, _: u64) -> Option<String> {
        None
    }
    fn channel(&self, _: u64) -> Option<String> {
        None
    }
}

fuzz_target!(|data: &str| {
    let html = to_html(data, &Plain).to_ascii_lowercase();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("href=\"javascript:"), "{html}");
});
