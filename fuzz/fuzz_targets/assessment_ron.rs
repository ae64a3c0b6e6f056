//! Assessment files: parse, check against the built-in framework, score and write back.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pilares::framework::Framework;

fn framework() -> &'static Framework {
    static F: OnceLock<Framework> = OnceLock::new();
    F.get_or_init(|| {
        Framework::from_ron(pilares::catalog::BUILT_IN[0].1, "built-in")
            .unwrap_or_else(|e| panic!("the built-in framework loads: {e}"))
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(parsed) = pilares::assessment::Assessment::parse_ron(text, "fuzz.ron") {
        let f = framework();
        let _ = parsed.assessment.check(f, "fuzz.ron", parsed.tree.as_ref());
        let _ = pilares::scoring::score(f, &parsed.assessment);
        let _ = parsed.assessment.to_ron();
    }
});
