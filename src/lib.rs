//! tariff-finder: which UK social tariffs a resident can get, from their benefits and postcode.
//!
//! The core (`catalogue`, `postcode`, `eligibility`, `guidance`) is pure: it knows no terminal,
//! file or network. The shells (`cli`, `check`) read input and print output around it.

pub mod answers;
pub mod benefits;
pub mod cache;
pub mod catalogue;
pub mod check;
pub mod cli;
pub mod config;
pub mod date;
pub mod eligibility;
pub mod files;
pub mod guidance;
pub mod http;
pub mod i18n;
pub mod kiosk_setup;
pub mod locales_check;
pub mod locales_review;
pub mod maintain;
pub mod plain;
pub mod postcode;
pub mod postcode_lookup;
pub mod prompt;
pub mod publish;
pub mod refresh;
pub mod signing;
pub mod text_safety;
pub mod trust;
pub mod tui;
pub mod url_policy;

/// The source language of all prose: offer text falls back to it.
pub const SOURCE_LANG: &str = "en-GB";

/// The languages tariff-finder ships (DESIGN section 6).
pub const LANGS: [&str; 8] = ["en-GB", "cy", "pl", "ro", "ur", "pa", "bn", "ar"];
