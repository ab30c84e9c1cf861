//! Live postcode confirmation (off unless `[postcode_lookup] url` is set): asks a postcodes.io-
//! style service whether a full postcode exists and which nation it is in. Only the postcode is
//! sent; nothing is logged. Any failure falls back to the offline answer with a note. What to
//! ask and how to read the answer are the core's (`tariff_finder_core::postcode_lookup`).

use std::time::Duration;

use crate::http::{self, FetchError, Fetched, Limits};
pub use tariff_finder_core::postcode_lookup::*;

/// Short: a resident is waiting, and the offline answer is good for almost every postcode.
pub const LIMITS: Limits = Limits {
    connect: Duration::from_secs(2),
    total: Duration::from_secs(4),
    max_bytes: 64 * 1024,
};

/// Asks the service about one full postcode.
pub fn confirm(base: &str, normalised: &str, limits: Limits) -> Lookup {
    let url = lookup_url(base, normalised);
    let client = match http::client(&url, limits) {
        Ok(c) => c,
        Err(e) => return Lookup::Unavailable(e.to_string()),
    };
    match http::get(&client, &url, None, limits) {
        Ok(Fetched::Body { bytes, .. }) => match parse_answer(&bytes) {
            Ok(nation) => Lookup::Found { nation },
            Err(why) => Lookup::Unavailable(why),
        },
        Ok(Fetched::NotModified) => Lookup::Unavailable("unexpected 304".into()),
        Err(FetchError::NotFound) => Lookup::NotFound,
        Err(e) => Lookup::Unavailable(e.to_string()),
    }
}
