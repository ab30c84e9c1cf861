//! Properties that must hold for every input, not only the examples: postcode normalisation,
//! what more answers may do to a verdict, footprints, round trips, and every message in every
//! language with any values.

use proptest::prelude::*;
use tariff_finder::answers::Answers;
use tariff_finder::benefits::{Benefit, Variant};
use tariff_finder::catalogue::{self, Catalogue, Verdict};
use tariff_finder::eligibility::evaluate;
use tariff_finder::i18n::{Arg, Lang, Localizer};
use tariff_finder::postcode;

/// yes > maybe > no.
fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::No => 0,
        Verdict::Maybe => 1,
        Verdict::Yes => 2,
    }
}

const POSTCODES: [&str; 10] = [
    "B1 1BB", "HU1 1AA", "SW1A 1AA", "CF10 1AA", "EH1 1AA", "BT1 1AA", "HR3 5AA", "SY10 7AA", "YO25 6AA", "N1 9GU",
];

fn catalogue() -> &'static Catalogue {
    static CAT: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CAT.get_or_init(catalogue::embedded)
}

fn answers(benefits: &[Benefit], postcode: Option<&str>) -> Option<Answers> {
    let mut a = Answers::default();
    for b in benefits {
        a.add_benefit(b.id()).ok()?;
    }
    a.postcode = postcode.map(str::to_string);
    a.check_consistent().ok()?;
    Some(a)
}

fn verdicts(a: &Answers) -> Vec<(String, Verdict, Verdict)> {
    let pc = a.postcode.as_deref().map(|p| postcode::lookup(p).unwrap());
    evaluate(a, catalogue(), pc.as_ref())
        .into_iter()
        .map(|o| (o.tariff.id.clone(), o.eligibility, o.availability))
        .collect()
}

fn benefit() -> impl Strategy<Value = Benefit> {
    (0..Benefit::ALL.len()).prop_map(|i| Benefit::ALL[i])
}

fn household() -> impl Strategy<Value = (Vec<Benefit>, Option<&'static str>)> {
    (
        prop::collection::vec(benefit(), 0..4),
        prop::option::of((0..POSTCODES.len()).prop_map(|i| POSTCODES[i])),
    )
}

/// Postcode-shaped strings, with the case and spacing people type.
fn postcode_like() -> impl Strategy<Value = String> {
    "[A-Za-z]{1,2}[0-9][0-9A-Za-z]?( {0,3})[0-9][A-Za-z]{2}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn postcode_normalisation_is_idempotent(input in postcode_like()) {
        if let Ok(info) = postcode::lookup(&input) {
            let again = postcode::lookup(&info.normalised).expect("a normalised postcode looks up");
            prop_assert_eq!(&again.normalised, &info.normalised);
            prop_assert_eq!(again.nations, info.nations);
            // Case and spaces do not matter.
            let shouty = format!("  {}  ", input.to_uppercase().replace(' ', ""));
            prop_assert_eq!(postcode::lookup(&shouty).unwrap().normalised, info.normalised);
        }
    }

    #[test]
    fn any_text_looks_up_or_fails_cleanly(input in "\\PC{0,20}") {
        // Never a panic; an error has a message and a hint.
        if let Err(e) = postcode::lookup(&input) {
            prop_assert!(!e.to_string().is_empty());
            prop_assert!(!e.hint().is_empty());
        }
    }

    #[test]
    fn another_benefit_never_lowers_eligibility((benefits, pc) in household(), extra in benefit()) {
        // A benefit of a new family only (a typed answer in the same family is tested below).
        let families: Vec<_> = benefits.iter().filter_map(|b| b.family().map(|(f, _)| f)).collect();
        prop_assume!(extra.family().is_none_or(|(f, _)| !families.contains(&f)));
        let Some(before) = answers(&benefits, pc) else { return Ok(()) };
        let mut more = benefits.clone();
        more.push(extra);
        let Some(after) = answers(&more, pc) else { return Ok(()) };
        for ((id, e1, _), (_, e2, _)) in verdicts(&before).iter().zip(verdicts(&after)) {
            prop_assert!(rank(e2) >= rank(*e1), "{id}: {e1} -> {e2} after adding {extra}");
        }
    }

    #[test]
    fn an_age_band_only_decides_a_condition_left_to_check((benefits, pc) in household(), band in 0usize..4) {
        use tariff_finder::eligibility::Reason;
        let age = tariff_finder::answers::AgeBand::ALL[band];
        let Some(unsure) = answers(&benefits, pc) else { return Ok(()) };
        let mut known = unsure.clone();
        known.age = age;
        let info = pc.map(|p| postcode::lookup(p).unwrap());
        let before = evaluate(&unsure, catalogue(), info.as_ref());
        let after = evaluate(&known, catalogue(), info.as_ref());
        for (b, a) in before.iter().zip(&after) {
            if a.eligibility == b.eligibility {
                continue;
            }
            // It changed: only by answering a condition that was left to check.
            let decided = b.to_check.iter().any(|r| matches!(r, Reason::Condition { condition } if age.answers(condition).is_some()));
            prop_assert!(decided, "{}: age {} changed {} to {} with nothing to check", b.tariff.id, age.id(), b.eligibility, a.eligibility);
        }
    }

    #[test]
    fn a_typed_answer_only_decides_what_not_sure_left_open(
        (benefits, pc) in household(),
        family in 0usize..4,
        primary in any::<bool>(),
    ) {
        let fam = [Benefit::UniversalCredit, Benefit::PensionCredit, Benefit::Jsa, Benefit::Esa][family]
            .family()
            .unwrap()
            .0;
        let others: Vec<Benefit> = benefits.into_iter().filter(|b| b.family().is_none_or(|(f, _)| f != fam)).collect();
        let unsure = fam.member(Variant::Unknown);
        let typed = fam.member(if primary { Variant::Primary } else { Variant::Secondary });
        let (Some(a), Some(b)) = (
            answers(&[others.clone(), vec![unsure]].concat(), pc),
            answers(&[others, vec![typed]].concat(), pc),
        ) else { return Ok(()) };
        for ((id, not_sure, _), (_, known, _)) in verdicts(&a).iter().zip(verdicts(&b)) {
            if *not_sure != Verdict::Maybe {
                prop_assert_eq!(*not_sure, known, "{}: not sure said {}, {} says {}", id, not_sure, typed, known);
            }
        }
    }

    #[test]
    fn removing_a_yes_rule_never_adds_availability(which in 0usize..1000, pc in 0..POSTCODES.len()) {
        let cat = catalogue();
        let yes_rules: Vec<(usize, usize)> = cat
            .networks
            .iter()
            .enumerate()
            .flat_map(|(n, net)| net.rules.iter().enumerate().filter(|(_, r)| r.availability == Verdict::Yes).map(move |(r, _)| (n, r)))
            .collect();
        let (net, rule) = yes_rules[which % yes_rules.len()];
        let mut smaller = cat.clone();
        smaller.networks[net].rules.remove(rule);
        let info = postcode::lookup(POSTCODES[pc]).unwrap();
        let a = answers(&[Benefit::UniversalCredit], Some(POSTCODES[pc])).unwrap();
        let before = evaluate(&a, cat, Some(&info));
        let after = evaluate(&a, &smaller, Some(&info));
        for (x, y) in before.iter().zip(&after) {
            prop_assert!(rank(y.availability) <= rank(x.availability), "{}: {} -> {}", x.tariff.id, x.availability, y.availability);
        }
    }

}

proptest! {
    // Each case here is wide (a whole catalogue, or every message of a language): fewer cases.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn catalogue_serialise_parse_and_fmt_round_trip(price in 0i64..=20_000, serial in 1u32..10_000) {
        let mut cat = catalogue().clone();
        cat.serial = serial;
        cat.tariffs[0].price_pence = Some(price);
        let text = toml::to_string(&cat).unwrap();
        let back = catalogue::parse(&text, "round-trip.toml").unwrap();
        prop_assert_eq!(&back, &cat);
        let formatted = tariff_finder::maintain::fmt::format(&text).unwrap();
        prop_assert_eq!(catalogue::parse(&formatted, "fmt.toml").unwrap(), cat);
    }


    #[test]
    fn every_message_formats_in_every_language(text in "\\PC{0,30}", number in any::<i64>(), lang in 0usize..8) {
        let lang = Lang::ALL[lang];
        let loc = Localizer::new(lang);
        let english = Localizer::new(Lang::EnGb);
        for (_, source) in tariff_finder::i18n::sources(Lang::EnGb) {
            for line in source.lines() {
                let Some((id, _)) = line.split_once(" =") else { continue };
                if id.starts_with([' ', '#']) || id.is_empty() { continue }
                let args: Vec<(&str, Arg)> = ["name", "postcode", "date", "reason", "edition", "path", "nation", "oldest", "newest", "source", "suggestion", "input", "outcode", "char", "default", "benefit", "provider", "offer", "list", "number", "max", "seconds", "serial", "count", "months", "years", "down", "up", "mbps", "price"]
                    .into_iter()
                    .map(|k| (k, if tariff_finder::locales_check::NUMERIC.contains(&k) || ["max", "seconds", "number"].contains(&k) { Arg::Num(number) } else { Arg::Str(text.clone()) }))
                    .collect();
                let out = loc.fmt(id, &args);
                prop_assert!(!out.trim().is_empty() || english.fmt(id, &args).trim().is_empty(), "{lang}: {id} formats to nothing");
            }
        }
    }
}
