//! Runs every household in tests/personas.toml against the embedded catalogue, and checks the
//! file covers what it must: every offer, every benefit, every nation and the special places.

use std::collections::BTreeSet;

use tariff_finder::benefits::Benefit;
use tariff_finder::catalogue;
use tariff_finder::maintain::personas::{self, Persona};

fn personas() -> Vec<Persona> {
    personas::parse(personas::BUILT_IN).unwrap()
}

fn load(
    p: &Persona,
) -> (
    tariff_finder::answers::Answers,
    Option<tariff_finder::postcode::PostcodeInfo>,
) {
    p.load().unwrap()
}

#[test]
fn every_persona_gets_the_expected_answer() {
    let failures = personas::run(&personas(), &catalogue::embedded());
    assert!(
        failures.is_empty(),
        "{} persona mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_wrong_expectation_is_reported() {
    let mut ps = personas();
    let first = ps[0].expect.keys().next().unwrap().clone();
    let was = ps[0].expect[&first].clone();
    let wrong = if was == "no/no" { "yes/yes" } else { "no/no" };
    ps[0].expect.insert(first.clone(), wrong.to_string());
    let failures = personas::run(&ps[..1], &catalogue::embedded());
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(
        failures[0].contains(&format!("{first} expected {wrong}, got {was}")),
        "{}",
        failures[0]
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
