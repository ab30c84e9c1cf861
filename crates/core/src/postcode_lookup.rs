//! Live postcode confirmation, the part without a network: what to ask a postcodes.io-style
//! service, how to read its answer, and what the answer changes. The request itself is the
//! app's (`tariff_finder::postcode_lookup::confirm`).

use crate::postcode::{NATIONS, PostcodeInfo};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The postcode exists; `nation` when the service named a UK nation.
    Found {
        nation: Option<&'static str>,
    },
    NotFound,
    /// The service could not answer; the offline answer stands.
    Unavailable(String),
}

impl Lookup {
    /// For `check --format json`: `confirmed`, `not-found` or `unavailable`.
    pub fn id(&self) -> &'static str {
        match self {
            Lookup::Found { .. } => "confirmed",
            Lookup::NotFound => "not-found",
            Lookup::Unavailable(_) => "unavailable",
        }
    }
}

/// `GET {base}/postcodes/{POSTCODE}` (no space), as postcodes.io answers it.
pub fn lookup_url(base: &str, normalised: &str) -> String {
    let code: String = normalised.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("{}/postcodes/{code}", base.trim_end_matches('/'))
}

/// Reads postcodes.io's answer: `{"status":200,"result":{"country":"Wales",...}}`.
pub fn parse_answer(body: &[u8]) -> Result<Option<&'static str>, String> {
    #[derive(serde::Deserialize)]
    struct Answer {
        result: Option<Result_>,
    }
    #[derive(serde::Deserialize)]
    struct Result_ {
        country: Option<String>,
    }
    let answer: Answer = serde_json::from_slice(body)
        .map_err(|_| "the postcode service's answer was not the JSON it should be".to_string())?;
    let result = answer
        .result
        .ok_or_else(|| "the postcode service's answer had no result".to_string())?;
    Ok(result
        .country
        .and_then(|c| NATIONS.iter().copied().find(|n| n.eq_ignore_ascii_case(c.trim()))))
}

/// Applies a lookup to the offline answer; returns a one-line note when the resident should know.
pub fn apply(info: &mut PostcodeInfo, lookup: &Lookup) -> Option<String> {
    match lookup {
        Lookup::Found { nation: Some(n) } if info.nations.len() > 1 => info
            .confirm_nation(n)
            .then(|| format!("postcode confirmed online: it is in {n}")),
        Lookup::Found { .. } => None,
        Lookup::NotFound => Some(format!(
            "postcode not found: the lookup service does not know {}; check it for a typo (the answer below uses the built-in table)",
            info.normalised
        )),
        Lookup::Unavailable(why) => Some(format!(
            "could not confirm the postcode online ({}); using the built-in table",
            crate::text_safety::clean(why)
        )),
    }
}

/// Whether a postcode is worth asking about: a full home postcode.
pub fn worth_asking(info: &PostcodeInfo) -> bool {
    info.sector.is_some() && info.status == crate::postcode::Status::Home
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_and_answer_shapes() {
        assert_eq!(
            lookup_url("https://api.postcodes.io/", "HR3 5AA"),
            "https://api.postcodes.io/postcodes/HR35AA"
        );
        assert_eq!(
            parse_answer(br#"{"status":200,"result":{"country":"Wales"}}"#),
            Ok(Some("Wales"))
        );
        assert_eq!(
            parse_answer(br#"{"status":200,"result":{"country":"Channel Islands"}}"#),
            Ok(None)
        );
        assert!(parse_answer(b"<html>sign in</html>").is_err());
        assert!(parse_answer(br#"{"status":200}"#).is_err());
    }
}
