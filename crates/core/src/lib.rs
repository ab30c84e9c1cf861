//! The pure core of tariff-finder (DESIGN section 2): the catalogue, benefits, postcodes and the
//! eligibility rules. It knows no terminal, file, network or wording: every answer is data
//! (verdicts and reason codes) for the guidance crate to put into words.

pub mod answers;
pub mod benefits;
pub mod catalogue;
pub mod codes;
pub mod date;
pub mod eligibility;
pub mod lang;
pub mod postcode;
pub mod postcode_lookup;
pub mod text_safety;
pub mod url_policy;

/// The source language of all prose: offer text falls back to it.
pub const SOURCE_LANG: &str = "en-GB";

/// The languages tariff-finder ships (DESIGN section 6).
pub const LANGS: [&str; 8] = ["en-GB", "cy", "pl", "ro", "ur", "pa", "bn", "ar"];
