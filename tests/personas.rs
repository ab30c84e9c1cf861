//! Runs every household in tests/personas.toml against the embedded catalogue, and checks the
//! file covers what it must: every offer, every benefit, every nation and the special places.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use tariff_finder::answers::Answers;
use tariff_finder::benefits::Benefit;
use tariff_finder::catalogue::{self, Verdict};
use tariff_finder::eligibility::evaluate;
use tariff_finder::postcode::{self, PostcodeInfo};

#[derive(Deserialize)]
struct File {
    persona: Vec<Persona>,
}

#[derive(Deserialize)]
struct Persona {
    name: String,
    answers: toml::Table,
    expect: BTreeMap<String, String>,
}

fn personas() -> Vec<Persona> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/personas.toml")).unwrap();
    toml::from_str::<File>(&text).unwrap().persona
}

fn verdict(s: &str) -> Verdict {
    match s {
        "yes" => Verdict::Yes,
        "maybe" => Verdict::Maybe,
        "no" => Verdict::No,
        other => panic!("bad verdict {other:?}"),
    }
}

fn load(p: &Persona) -> (Answers, Option<PostcodeInfo>) {
    let answers =
        Answers::from_toml(&toml::to_string(&p.answers).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", p.name));
    let pc = answers
        .postcode
        .as_deref()
        .map(|pc| postcode::lookup(pc).unwrap_or_else(|e| panic!("{}: {e}", p.name)));
    (answers, pc)
}

#[test]
fn every_persona_gets_the_expected_answer() {
    let cat = catalogue::embedded();
    let mut failures = Vec::new();
    for p in personas() {
        let (answers, pc) = load(&p);
        let outcomes = evaluate(&answers, &cat, pc.as_ref());
        for (id, expected) in &p.expect {
            let (e, a) = expected
                .split_once('/')
                .unwrap_or_else(|| panic!("{}: {expected:?} is not E/A", p.name));
            let Some(o) = outcomes.iter().find(|o| o.tariff.id == *id) else {
                failures.push(format!("{}: no result for {id}", p.name));
                continue;
            };
            if (o.eligibility, o.availability) != (verdict(e), verdict(a)) {
                failures.push(format!(
                    "{}: {id} expected {expected}, got {}/{} (why_not {:?}, to_check {:?})",
                    p.name, o.eligibility, o.availability, o.why_not, o.to_check
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} persona mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn personas_cover_the_catalogue_and_the_country() {
    let cat = catalogue::embedded();
    let personas = personas();
    assert!(personas.len() >= 40, "at least 40 households, found {}", personas.len());

    let expected_ids: BTreeSet<&str> = personas
        .iter()
        .flat_map(|p| p.expect.keys().map(String::as_str))
        .collect();
    for t in cat.offered() {
        assert!(expected_ids.contains(t.id.as_str()), "no persona checks {}", t.id);
    }
    for id in &expected_ids {
        assert!(cat.tariff(id).is_some(), "persona names unknown offer {id}");
    }

    let mut benefits = BTreeSet::new();
    let mut nations = BTreeSet::new();
    let mut statuses = BTreeSet::new();
    let (mut hull, mut london, mut west_midlands, mut jersey, mut cross_border, mut no_postcode) =
        (false, false, false, false, false, false);
    for p in &personas {
        let (answers, pc) = load(p);
        benefits.extend(answers.benefits.iter().copied());
        match pc {
            None => no_postcode = true,
            Some(pc) => {
                nations.extend(pc.nations.iter().copied());
                statuses.insert(pc.status.id());
                hull |= pc.area == "HU";
                london |= pc.region == Some("London");
                west_midlands |= pc.region == Some("West Midlands");
                jersey |= pc.territory == Some("Jersey");
                cross_border |= pc.nations.len() > 1;
            }
        }
    }
    for b in Benefit::ALL {
        assert!(benefits.contains(&b), "no persona gets {b}");
    }
    for n in ["England", "Wales", "Scotland", "Northern Ireland"] {
        assert!(nations.contains(n), "no persona in {n}");
    }
    for s in [
        "home",
        "crown-dependency",
        "overseas-territory",
        "forces",
        "non-geographic",
    ] {
        assert!(statuses.contains(s), "no persona with a {s} postcode");
    }
    assert!(hull && london && west_midlands && jersey && cross_border && no_postcode);
}
