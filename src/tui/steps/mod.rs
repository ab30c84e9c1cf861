//! One module per wizard step; each draws the body of its screen from the state.

pub mod adviser;
pub mod benefits;
pub mod fit;
pub mod guidance;
pub mod home;
pub mod languages;
pub mod postcode;
pub mod results;
