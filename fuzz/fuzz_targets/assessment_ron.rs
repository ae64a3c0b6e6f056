//! Assessment files: parse, check against the built-in framework, score and write back.
#![no_main]

mod common;

use common::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(parsed) = pilares::model::assessment::Assessment::parse_ron(text, "fuzz.ron") {
        let f = framework();
        let _ = parsed.assessment.check(f, "fuzz.ron", parsed.tree.as_ref());
        let _ = pilares::analysis::scoring::score(f, &parsed.assessment);
        let _ = parsed.assessment.to_ron();
    }
});
