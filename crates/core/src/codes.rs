//! The reason codes the eligibility engine gives itself. They live apart from both the engine and
//! the catalogue so that the catalogue's validation (no condition may take one) and the engine
//! (which gives them) each depend on this, not on each other.

/// Codes the engine itself uses; a catalogue condition may not take one.
pub const RESERVED_CODES: [&str; 14] = [
    "no-benefits",
    "no-qualifying-benefit",
    "wrong-benefit-type",
    "outside-uk",
    "not-in-area",
    "benefit-type",
    "benefit-type-not-stated",
    "benefit-list-partial",
    "scottish-benefit",
    "unverified",
    "no-postcode",
    "not-home-postcode",
    "check-availability",
    "current-provider",
];
