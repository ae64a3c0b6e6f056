//! The survey import, on any bytes.
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
    let reader = pilares::files::LineLimit::new(data);
    let _ = pilares::import::read_survey(reader, "fuzz.csv", framework(), None);
});
