//! Persona households: answers and the answer each offer should give them, worked out by hand.
//! `catalogue test` runs them against a catalogue; `cargo test` runs them against the embedded one.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::answers::Answers;
use crate::catalogue::{Catalogue, Verdict};
use crate::eligibility::evaluate;
use crate::postcode::{self, PostcodeInfo};

/// The project's households, built in so `catalogue test` works from an installed binary too.
pub const BUILT_IN: &str = include_str!("../../tests/personas.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    persona: Vec<Persona>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub name: String,
    pub answers: toml::Table,
    /// Offer id -> "ELIGIBILITY/AVAILABILITY", each yes, maybe or no.
    pub expect: BTreeMap<String, String>,
}

impl Persona {
    /// The household's answers and postcode, as the core sees them.
    pub fn load(&self) -> Result<(Answers, Option<PostcodeInfo>), String> {
        let text = toml::to_string(&self.answers).map_err(|e| e.to_string())?;
        let answers = Answers::from_toml(&text).map_err(|e| format!("{}: {e}", self.name))?;
        let pc = match answers.postcode.as_deref() {
            Some(p) => Some(postcode::lookup(p).map_err(|e| format!("{}: {e}", self.name))?),
            None => None,
        };
        Ok((answers, pc))
    }
}

pub fn parse(text: &str) -> Result<Vec<Persona>, String> {
    toml::from_str::<File>(text)
        .map(|f| f.persona)
        .map_err(|e| e.to_string())
}

fn verdict(s: &str) -> Option<Verdict> {
    match s {
        "yes" => Some(Verdict::Yes),
        "maybe" => Some(Verdict::Maybe),
        "no" => Some(Verdict::No),
        _ => None,
    }
}

/// Every difference between what the households should get and what `cat` gives them.
pub fn run(personas: &[Persona], cat: &Catalogue) -> Vec<String> {
    let mut failures = Vec::new();
    for p in personas {
        let (answers, pc) = match p.load() {
            Ok(x) => x,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        let outcomes = evaluate(&answers, cat, pc.as_ref());
        for (id, expected) in &p.expect {
            let parsed = expected
                .split_once('/')
                .and_then(|(e, a)| Some((verdict(e)?, verdict(a)?)));
            let Some(want) = parsed else {
                failures.push(format!(
                    "{}: {id} = {expected:?} is not ELIGIBILITY/AVAILABILITY",
                    p.name
                ));
                continue;
            };
            let Some(o) = outcomes.iter().find(|o| o.tariff.id == *id) else {
                failures.push(format!(
                    "{}: expected {expected} for {id}, but the catalogue has no such offer in answers",
                    p.name
                ));
                continue;
            };
            if (o.eligibility, o.availability) != want {
                let codes = |rs: &[crate::eligibility::Reason]| {
                    rs.iter().map(|r| r.code().to_string()).collect::<Vec<_>>().join(", ")
                };
                failures.push(format!(
                    "{}: {id} expected {expected}, got {}/{} (why not: {}; to check: {})",
                    p.name,
                    o.eligibility,
                    o.availability,
                    codes(&o.why_not),
                    codes(&o.to_check)
                ));
            }
        }
    }
    failures.iter().map(|f| crate::text_safety::clean(f)).collect()
}
