//! Postcode lookup never panics, and a normalised postcode looks up to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    if let Ok(info) = tariff_finder::postcode::lookup(input) {
        let again = tariff_finder::postcode::lookup(&info.normalised).expect("a normalised postcode looks up");
        assert_eq!(again.normalised, info.normalised, "normalising is idempotent");
        assert_eq!(again.nations, info.nations);
    }
});
