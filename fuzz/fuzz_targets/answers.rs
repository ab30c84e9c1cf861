//! An answers file never panics the parser, and answers that parse evaluate without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(mut answers) = tariff_finder::answers::Answers::from_toml(text) else { return };
    if answers.check_consistent().is_err() {
        return;
    }
    let cat = tariff_finder::catalogue::embedded();
    let pc = answers.postcode.as_deref().and_then(|p| tariff_finder::postcode::lookup(p).ok());
    let _ = tariff_finder::eligibility::evaluate(&answers, &cat, pc.as_ref());
});
