//! Catalogue loading and validation never panic; a catalogue that loads can be linted, diffed
//! against the embedded one and formatted without panicking, and formatting keeps its values.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tariff_finder::catalogue;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(formatted) = tariff_finder::maintain::fmt::format(text) {
        let before: Result<toml::Table, _> = toml::from_str(text);
        let after: Result<toml::Table, _> = toml::from_str(&formatted);
        if let (Ok(b), Ok(a)) = (before, after) {
            assert_eq!(b, a, "fmt changed a value");
        }
    }
    let Ok(cat) = catalogue::parse(text, "fuzz.toml") else { return };
    let today = tariff_finder::date::Date::new(2026, 11, 26).unwrap();
    let _ = catalogue::lint::lint(&cat, today);
    let d = tariff_finder::maintain::diff::diff(&catalogue::embedded(), &cat);
    let _ = tariff_finder::maintain::diff::summary(&d);
});
