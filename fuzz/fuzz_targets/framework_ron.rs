//! Framework files: parse, locate and validate any text without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pilares::model::framework::Framework::from_ron(text, "fuzz.ron");
    }
});
