#![no_main]
//! cargo fuzz target: see `fuzz/checks.rs` for what is checked.

include!("../checks.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz_checks::check_diff(data));
