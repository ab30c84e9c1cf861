//! One module per wizard step; each draws the body of its screen from the state.

pub(crate) mod adviser;
pub(crate) mod benefits;
pub(crate) mod fit;
pub(crate) mod guidance;
pub(crate) mod home;
pub(crate) mod languages;
pub(crate) mod postcode;
pub(crate) mod results;
