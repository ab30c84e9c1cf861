//! The catalogue: model, parsing with positioned errors, validation. Pure: takes text, gives a
//! value; reading files is the shell's job.

pub mod error;
pub mod lint;
pub mod model;
pub mod validate;

pub use error::{CatalogueError, CatalogueErrors, PathSeg, Problem};

use crate::date::Date;
use crate::lang::Lang;
pub use model::*;

/// Local catalogue files are refused above this size, before parsing.
pub const MAX_CATALOGUE_BYTES: usize = 16 * 1024 * 1024;

/// The catalogue compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../../../tariffs.toml");

/// Where the catalogue in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(String),
    /// A signed copy fetched by `refresh`, with the last day its signature vouches for it.
    Cache {
        path: String,
        expires: Date,
    },
}

impl Origin {
    pub fn label(&self) -> &str {
        match self {
            Origin::Embedded => "embedded",
            Origin::File(_) => "file",
            Origin::Cache { .. } => "cache",
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Origin::Embedded => "tariffs.toml (embedded)",
            Origin::File(path) | Origin::Cache { path, .. } => path,
        }
    }

    /// The day a signed catalogue stops being vouched for; after it the answer carries a warning.
    pub fn expires(&self) -> Option<Date> {
        match self {
            Origin::Cache { expires, .. } => Some(*expires),
            _ => None,
        }
    }
}

/// Parses and validates catalogue text. `origin` names the file in error messages.
pub fn parse(text: &str, origin: &str) -> Result<Catalogue, CatalogueErrors> {
    if text.len() > MAX_CATALOGUE_BYTES {
        return Err(CatalogueErrors(vec![CatalogueError::whole_file(
            origin,
            format!("the file is {} bytes, over the 16 MiB limit", text.len()),
            "a real catalogue is far smaller: check you gave the right file",
        )]));
    }
    let catalogue: Catalogue = toml::from_str(text).map_err(|e| {
        CatalogueErrors(vec![CatalogueError::at(
            origin,
            text,
            e.span(),
            e.message().trim().to_string(),
            Some(serde_hint(e.message())),
        )])
    })?;
    let problems = validate::validate(&catalogue);
    if problems.is_empty() {
        return Ok(catalogue);
    }
    Err(locate(text, origin, problems))
}

/// The same catalogue as JSON, made by build.rs so start-up does not parse TOML: the en-GB part,
/// and the prose of each other language on its own.
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/tariffs.json"));

fn embedded_prose(lang: Lang) -> Option<&'static str> {
    macro_rules! prose {
        ($tag:literal) => {
            Some(include_str!(concat!(env!("OUT_DIR"), "/tariffs.", $tag, ".json")))
        };
    }
    // English prose is in the main file.
    crate::per_lang!(lang, prose, english => None)
}

/// The embedded catalogue with the prose of every language. Tests guarantee it validates, and
/// that the JSON copy equals the TOML but for the maintainers' `notes`, which it leaves out (parse
/// `EMBEDDED` for those).
pub fn embedded() -> Catalogue {
    embedded_for(&Lang::ALL)
}

/// The embedded catalogue with the prose of `langs` only (en-GB always): what start-up needs.
pub fn embedded_for(langs: &[Lang]) -> Catalogue {
    let Ok(mut cat) = serde_json::from_str::<Catalogue>(EMBEDDED_JSON) else {
        return parse(EMBEDDED, Origin::Embedded.name()).expect("the embedded catalogue is validated by the tests");
    };
    for lang in langs {
        if let Some(prose) = embedded_prose(*lang).and_then(|p| serde_json::from_str::<Prose>(p).ok()) {
            prose.apply(&mut cat, lang.tag());
        }
    }
    cat
}

/// One language's prose for the whole catalogue, as build.rs splits it out.
#[derive(serde::Deserialize, Default)]
struct Prose {
    #[serde(default)]
    tariff: std::collections::BTreeMap<String, OfferText>,
    #[serde(default)]
    condition: std::collections::BTreeMap<String, ConditionText>,
    #[serde(default)]
    network: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

impl Prose {
    fn apply(self, cat: &mut Catalogue, tag: &str) {
        for (id, text) in self.tariff {
            if let Some(t) = cat.tariffs.iter_mut().find(|t| t.id == id) {
                t.text.insert(tag.to_string(), text);
            }
        }
        for (id, text) in self.condition {
            if let Some(c) = cat.conditions.iter_mut().find(|c| c.id == id) {
                c.text.insert(tag.to_string(), text);
            }
        }
        for (id, text) in self.network {
            if let Some(n) = cat.networks.iter_mut().find(|n| n.id == id) {
                n.text.insert(tag.to_string(), text);
            }
        }
    }
}

fn serde_hint(message: &str) -> String {
    if message.contains("missing field") {
        "add the field; see docs/catalogue.md for what each entry needs".into()
    } else if message.contains("unknown field") {
        "remove the field or fix its spelling; see docs/catalogue.md for the fields".into()
    } else if message.contains("expected `P` or `N`") {
        "grade P is the provider's or a regulator's own words, N news or a consumer site; weak sources are never used: find a P or N source".into()
    } else if message.contains("unknown variant") {
        "use one of the values listed in the message".into()
    } else if message.contains("expected i64") || message.contains("expected u32") {
        "write a whole number without quotes or £, e.g. price_pence = 1500 for £15.00".into()
    } else if message.contains("invalid date") || message.contains("expected a date") {
        "write dates as YYYY-MM-DD without quotes, e.g. facts_as_of = 2026-04-01".into()
    } else if message.contains("duplicate key") {
        "each key may appear once in a table".into()
    } else {
        "fix the TOML at the marked place".into()
    }
}

/// Turns validation problems (or lint warnings) into errors with line and column, found by walking
/// the spanned document along each problem's path.
pub fn locate(text: &str, origin: &str, problems: Vec<Problem>) -> CatalogueErrors {
    let doc = toml::de::DeTable::parse(text).ok().map(|t| {
        let span = t.span();
        toml::Spanned::new(span, toml::de::DeValue::Table(t.into_inner()))
    });
    let mut errors: Vec<CatalogueError> = problems
        .into_iter()
        .map(|p| {
            let span = doc.as_ref().and_then(|root| {
                let mut node = root;
                let mut best = None;
                for seg in &p.path {
                    let next = match seg {
                        PathSeg::Key(k) => node.get_ref().get(k.as_str()),
                        PathSeg::Index(i) => node.get_ref().get(*i),
                    };
                    match next {
                        Some(n) => {
                            node = n;
                            best = Some(n.span());
                        }
                        None => break,
                    }
                }
                best
            });
            CatalogueError::at(origin, text, span, p.message, p.hint)
        })
        .collect();
    errors.sort_by_key(|e| e.line.unwrap_or(0));
    CatalogueErrors(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_validates_and_its_json_copy_is_identical() {
        let mut from_toml = parse(EMBEDDED, "tariffs.toml").unwrap_or_else(|e| panic!("{e}"));
        for t in &mut from_toml.tariffs {
            t.notes = None;
        }
        for n in &mut from_toml.networks {
            n.notes = None;
        }
        assert_eq!(
            from_toml,
            embedded(),
            "the JSON copy with every language's prose, without notes"
        );
        let welsh_only = embedded_for(&[Lang::Cy]);
        assert!(
            welsh_only
                .tariffs
                .iter()
                .filter(|t| t.status != Status::Historic)
                .all(|t| t.text.contains_key("cy") && !t.text.contains_key("ur"))
        );
        assert!(from_toml.tariffs.len() >= 25);
    }

    #[test]
    fn errors_point_at_the_line() {
        let text = EMBEDDED.replacen("price_pence = 1500", "price_pence = -1", 1);
        let errors = parse(&text, "t.toml").unwrap_err();
        let e = &errors.0[0];
        let line = text.lines().nth(e.line.unwrap() - 1).unwrap();
        assert_eq!(line, "price_pence = -1");
        assert_eq!(e.column, Some(15));
        assert!(e.to_string().starts_with(&format!(
            "t.toml:{}:15: tariff `bt-home-essentials-36`: price_pence is negative",
            e.line.unwrap()
        )));
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let text = EMBEDDED.replacen("price_pence = 1500", "price_pence = -1", 1).replacen(
            "network = \"openreach\"\nalso",
            "network = \"nowhere\"\nalso",
            1,
        );
        assert_eq!(parse(&text, "t.toml").unwrap_err().0.len(), 2);
    }
}
