//! tariff-finder: which UK social tariffs a resident can get, from their benefits and postcode.
//!
//! The core (`crates/core`: catalogue, postcode, eligibility) and the wording (`crates/guidance`)
//! are separate crates that know no terminal, file or network; this crate holds the shells
//! (commands, wizard, plain mode, network, files) around them. Their modules are re-exported
//! here under their usual names.

#![warn(unreachable_pub)]

pub use tariff_finder_core::{
    LANGS, SOURCE_LANG, answers, benefits, catalogue, codes, date, eligibility, lang, postcode, text_safety, url_policy,
};
pub use tariff_finder_guidance::{guidance, i18n};

pub mod cache;
pub(crate) mod catalogue_source;
pub(crate) mod checklist;
pub mod cli;
pub(crate) mod commands;
pub(crate) mod config;
pub(crate) mod failure;
pub(crate) mod files;
pub mod http;
pub(crate) mod kiosk_setup;
pub mod locales_check;
pub(crate) mod locales_review;
pub mod maintain;
pub mod pin;
pub mod plain;
pub mod postcode_lookup;
pub(crate) mod prompt;
pub(crate) mod publish;
pub mod refresh;
pub(crate) mod setup;
pub mod signing;
pub(crate) mod trust;
pub mod tui;
