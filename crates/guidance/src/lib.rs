//! tariff-finder's wording (DESIGN sections 5 and 6): the Localizer over Fluent messages in eight
//! languages, and the guidance document with its text, Markdown, HTML and JSON renderers. It takes
//! the core's verdicts and reason codes and never decides eligibility itself.

pub mod guidance;
pub mod i18n;

// The core's modules under their usual names inside this crate.
pub(crate) use tariff_finder_core::{
    answers, benefits, catalogue, date, eligibility, postcode, postcode_lookup, text_safety,
};
