//! The long CSV reader, on any bytes.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pilares::model::catalog::Catalog;

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| Catalog::built_in().unwrap_or_else(|e| panic!("built-in loads: {e}")))
}

fuzz_target!(|data: &[u8]| {
    let reader = data;
    let _ = pilares::formats::long::read_long(reader, "fuzz.csv", catalog());
});
