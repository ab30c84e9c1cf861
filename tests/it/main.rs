//! The integration tests, as one binary: one link on a 2-core machine instead of twelve.
//! Each module is one area; `common` runs the real program hermetically and serves HTTP on
//! 127.0.0.1.

mod common;

mod architecture;
mod cli;
mod limits;
mod locales;
mod maintain;
mod packaging;
mod parity;
mod personas;
mod properties;
mod refresh;
mod safety;
mod soak;
mod terminal;
mod tui;
