//! Config parsing never panics; what parses overlays onto defaults without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(config) = tariff_finder::config::Config::parse(text) {
        let _ = config.countdown_seconds();
        let _ = tariff_finder::config::Config::default().overlay(config);
    }
});
