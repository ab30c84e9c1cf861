//! The commands that answer a resident's question without the wizard.

pub(crate) mod check;
