//! The survey import, on any bytes.
#![no_main]

mod common;

use common::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = data;
    let _ = pilares::formats::survey::read_survey(reader, "fuzz.csv", framework(), None);
});
