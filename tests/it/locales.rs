//! Every language: complete, well-formed, in the right script, and giving the same numbers.

use crate::common::tariff_finder;
use assert_cmd::Command;

use tariff_finder::answers::Answers;
use tariff_finder::catalogue::{self, Origin};
use tariff_finder::date::Date;
use tariff_finder::guidance::{self, Format, Options, Render, Report};
use tariff_finder::i18n::{Arg, Lang, Localizer};
use tariff_finder::locales_check;
use tariff_finder::postcode;

fn out(cmd: &mut Command) -> (String, String, Option<i32>) {
    let o = cmd.output().unwrap();
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
        o.status.code(),
    )
}

fn check(lang: Lang, args: &[&str]) -> String {
    let mut cmd = tariff_finder();
    cmd.args(["check", "--today", "2026-11-26", "--lang", lang.tag()])
        .args(args);
    let (stdout, stderr, code) = out(&mut cmd);
    assert_eq!(code, Some(0), "{lang}: {stderr}");
    stdout
}

/// Every resident-facing string of one language: Fluent files and catalogue prose.
fn all_text(lang: Lang) -> Vec<String> {
    let cat = catalogue::embedded();
    let tag = lang.tag();
    let mut out: Vec<String> = tariff_finder::i18n::sources(lang)
        .iter()
        .flat_map(|(_, src)| {
            src.lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .map(str::to_string)
        })
        .collect();
    for t in &cat.tariffs {
        if let Some(x) = t.text.get(tag) {
            out.extend(
                [
                    Some(x.summary.clone()),
                    x.terms.clone(),
                    x.how_to_apply.clone(),
                    x.proof.clone(),
                    x.title.clone(),
                ]
                .into_iter()
                .flatten(),
            );
        }
    }
    for c in &cat.conditions {
        if let Some(x) = c.text.get(tag) {
            out.extend([x.question.clone(), x.check.clone(), x.fails.clone()]);
        }
    }
    for n in &cat.networks {
        out.extend(n.text.get(tag).into_iter().flat_map(|m| m.values().cloned()));
    }
    out
}

#[test]
fn locales_check_passes() {
    let report = locales_check::check(&catalogue::embedded());
    assert!(report.problems.is_empty(), "{}", report.problems.join("\n"));
    let (stdout, _, code) = out(tariff_finder().args(["locales", "check"]));
    assert_eq!(code, Some(0));
    for lang in Lang::ALL {
        assert!(stdout.contains(lang.tag()), "{stdout}");
    }
}

#[test]
fn a_broken_locale_is_reported() {
    // The checker works on the parsed sources; feed it a catalogue missing Welsh prose.
    let mut cat = catalogue::embedded();
    for t in &mut cat.tariffs {
        t.text.remove("cy");
    }
    let report = locales_check::check(&cat);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.starts_with("cy: catalogue prose covers")),
        "{:?}",
        report.problems
    );
}

#[test]
fn scripts_digits_and_marks() {
    for lang in Lang::ALL {
        for s in all_text(lang) {
            // Numbers residents dial or compare stay in Latin digits, in every language.
            assert!(
                !s.chars().any(|c| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{09E6}'..='\u{09EF}' | '\u{0A66}'..='\u{0A6F}')),
                "{lang}: non-Latin digits in {s:?}"
            );
            // Translators do not add direction marks or overrides by hand (glossary 9.3).
            assert!(
                !s.chars()
                    .any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')),
                "{lang}: bidi mark in {s:?}"
            );
        }
    }
    for s in all_text(Lang::Ur) {
        assert!(
            !s.chars().any(|c| matches!(c, '\u{064A}' | '\u{0643}' | '\u{0647}')),
            "Urdu uses ی ک ہ, not Arabic ي ك ه: {s:?}"
        );
    }
    for s in all_text(Lang::Ar) {
        assert!(
            !s.chars().any(|c| matches!(c, '\u{06CC}' | '\u{06A9}' | '\u{06C1}')),
            "Arabic uses ي ك ه, not Urdu ی ک ہ: {s:?}"
        );
    }
    for s in all_text(Lang::Ro) {
        assert!(
            !s.contains(['ş', 'ţ', 'Ş', 'Ţ']),
            "Romanian ș ț take the comma below: {s:?}"
        );
    }
}

#[test]
fn glossary_forms_and_renderings_to_avoid() {
    let joined = |l: Lang| all_text(l).join("\n");
    assert!(joined(Lang::Cy).contains("Credyd Cynhwysol"));
    assert!(!joined(Lang::Cy).contains("Credydau Pensiwn") && !joined(Lang::Cy).contains("Bersonol"));
    assert!(joined(Lang::Pl).contains("zasiłek Universal Credit"));
    assert!(!joined(Lang::Pl).to_lowercase().contains("kredyt uniwersalny"));
    assert!(!joined(Lang::Pl).contains("dodatek mieszkaniowy"));
    assert!(!joined(Lang::Ro).contains("Credit Universal") && !joined(Lang::Ro).contains("pensie de invaliditate"));
    assert!(!joined(Lang::Ar).contains("الائتمان الشامل") && !joined(Lang::Ar).contains("بدل الحضور"));
    assert!(!joined(Lang::Bn).contains("উপস্থিতি ভাতা") && !joined(Lang::Bn).contains("সামাজিক শুল্ক"));
    // The English name stays beside the gloss where residents know the benefit by it.
    for lang in [Lang::Pl, Lang::Ro, Lang::Ur, Lang::Pa, Lang::Bn, Lang::Ar] {
        assert!(
            Localizer::new(lang)
                .get("benefit-universal-credit")
                .contains("Universal Credit"),
            "{lang}"
        );
    }
}

/// Prices, phone numbers and web addresses in an answer, in order.
fn numbers(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '£' && c != '/'))
        .filter(|w| {
            w.starts_with('£')
                || w.starts_with("https://")
                || (w.len() >= 4 && w.starts_with('0') && w.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn every_language_gives_the_same_numbers() {
    let args = [
        "--benefit",
        "universal-credit",
        "--postcode",
        "HU5 2AA",
        "--benefit",
        "pip",
        "--full",
    ];
    let english = numbers(&check(Lang::EnGb, &args));
    assert!(
        english.iter().any(|n| n == "01482") && english.iter().any(|n| n == "£15.00"),
        "{english:?}"
    );
    for lang in Lang::ALL {
        let text = check(lang, &args);
        assert_eq!(
            numbers(&text),
            english,
            "{lang}: the same prices, phone numbers and addresses, in the same order"
        );
        assert!(text.contains("30 Mbps"), "{lang}");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{lang}: no isolation marks in text"
        );
    }
    // The bilingual handout repeats each number in both languages.
    let both = numbers(&check(Lang::Ur, &[&args[..], &["--also-english"]].concat()));
    assert_eq!(both.len(), english.len() * 2);
}

#[test]
fn every_format_in_every_language() {
    let cat = catalogue::embedded();
    let mut a = Answers::default();
    a.add_benefit("universal-credit").unwrap();
    let pc = postcode::lookup("B1 1BB").unwrap();
    let report = Report::new(&cat, &Origin::Embedded, &a, Some(&pc), Date::new(2026, 11, 26).unwrap());
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
            for also_english in [false, true] {
                let how = Render {
                    format,
                    options: Options::default(),
                    also_english,
                    width: 80,
                };
                let s = guidance::render(&report, &loc, how);
                assert!(s.len() > 1000, "{lang} {format:?}");
                if format == Format::Json {
                    assert!(
                        s.contains("\"price_pence\": 1500") && s.contains(&format!("\"lang\": \"{}\"", lang.tag()))
                    );
                    continue;
                }
                assert!(s.contains("£15.00"), "{lang} {format:?}: money is £15.00 everywhere");
                assert!(
                    !s.contains("B1 1BB"),
                    "{lang} {format:?}: no postcode without --personal"
                );
            }
        }
        let title = loc.get("title");
        assert!(!title.is_empty());
        let html = guidance::render(
            &report,
            &loc,
            Render {
                format: Format::Html,
                options: Options::default(),
                also_english: true,
                width: 80,
            },
        );
        assert!(html.contains(&format!("<html lang=\"{}\"", lang.tag())));
        if !lang.is_english() {
            assert!(
                html.contains("lang=\"en-GB\" dir=\"ltr\""),
                "{lang}: the English column is marked"
            );
            assert!(
                html.contains(&Localizer::new(Lang::EnGb).get("title")),
                "{lang}: English beside it"
            );
        }
    }
}

#[test]
fn right_to_left_in_html() {
    for lang in [Lang::Ur, Lang::Ar] {
        let html = check(lang, &["--benefit", "pip", "--postcode", "HU1 1AA", "--format", "html"]);
        assert!(
            html.contains(&format!("<html lang=\"{}\" dir=\"rtl\">", lang.tag())),
            "{lang}"
        );
        assert!(
            html.contains("<bdi dir=\"ltr\" lang=\"en-GB\" class=\"number\">01482 484191</bdi>"),
            "{lang}: phone numbers isolated"
        );
        assert!(
            html.contains("<bdi dir=\"ltr\" lang=\"en-GB\" class=\"url\">"),
            "{lang}: addresses isolated"
        );
    }
    let html = check(Lang::Cy, &["--format", "html"]);
    assert!(html.contains("<html lang=\"cy\" dir=\"ltr\">"));
}

#[test]
fn html_is_self_contained() {
    let html = check(Lang::Bn, &["--benefit", "pip", "--format", "html", "--also-english"]);
    assert!(!html.to_lowercase().contains("<script"), "no scripts");
    assert!(!html.contains("src="), "no external resources");
    assert!(!html.contains("<link"), "no stylesheets to fetch");
    assert!(!html.contains("@import") && !html.contains("url("), "no fetched fonts");
    assert!(html.contains("@page { size: A4"));
}

#[test]
fn unknown_language_is_a_notice_not_an_error() {
    let (stdout, stderr, code) = out(tariff_finder().args(["check", "--lang", "fr", "--benefit", "pip"]));
    assert_eq!(code, Some(0));
    assert!(stderr.contains("no guidance in \"fr\" yet; using English"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line");
    assert!(stdout.starts_with("Social tariffs: cheaper broadband"));
}

#[test]
fn system_locale_is_used_and_c_is_no_preference() {
    let (stdout, _, _) = out(tariff_finder()
        .env("LANG", "pl_PL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .args(["check"]));
    assert!(stdout.starts_with("Taryfy socjalne"), "{stdout}");
    let (stdout, _, _) = out(tariff_finder()
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .args(["check"]));
    assert!(stdout.starts_with("Social tariffs"), "{stdout}");
    let (stdout, _, _) = out(tariff_finder()
        .env("LANG", "pl_PL.UTF-8")
        .args(["check", "--lang", "cy"]));
    assert!(stdout.starts_with("Tariffau cymdeithasol"), "--lang wins");
}

/// intl_pluralrules picks the wrong category for Arabic 103-199 and Romanian 102-119
/// (glossary 9.7). No message may let that change the words around a count or an amount.
#[test]
fn plural_faults_cannot_reach_counts_or_money() {
    for (lang, faulty) in [(Lang::Ar, [103, 111, 144]), (Lang::Ro, [102, 119, 110])] {
        let loc = Localizer::new(lang);
        for id in ["way-forward", "catalogue-edition"] {
            let render = |n: i64| {
                loc.fmt(
                    id,
                    &[
                        ("count", Arg::Num(n)),
                        ("serial", Arg::Num(n)),
                        ("benefit", "X".into()),
                        ("edition", "E".into()),
                    ],
                )
            };
            let base = render(3).replace('3', "#");
            for n in faulty {
                assert_eq!(
                    render(n).replace(&n.to_string(), "#"),
                    base,
                    "{lang} {id} {n}: words change with the number"
                );
            }
        }
        for id in ["price-month", "setup-fee"] {
            let a = loc.fmt(id, &[("price", "£1.03".into())]).replace("£1.03", "#");
            let b = loc.fmt(id, &[("price", "£144.00".into())]).replace("£144.00", "#");
            assert_eq!(a, b, "{lang} {id}: money never chooses a plural");
        }
    }
    // The messages that do choose plurals take small numbers only: years of age of facts, months of
    // a contract. Their categories are right below 100 in every language.
    let ar = Localizer::new(Lang::Ar);
    assert!(
        ar.fmt("contract-months", &[("months", Arg::Num(12))])
            .contains("12 شهرًا")
    );
    assert!(ar.fmt("contract-months", &[("months", Arg::Num(2))]).contains("شهرين"));
    let ro = Localizer::new(Lang::Ro);
    assert!(
        ro.fmt("contract-months", &[("months", Arg::Num(24))])
            .contains("24 de luni")
    );
    assert!(
        ro.fmt("contract-months", &[("months", Arg::Num(12))])
            .contains("12 luni")
    );
    let pl = Localizer::new(Lang::Pl);
    let old = |n: i64| pl.fmt("facts-old", &[("date", "D".into()), ("years", Arg::Num(n))]);
    assert!(old(3).contains("3 lata") && old(5).contains("5 lat") && old(1).contains("ponad rok"));
}

#[test]
fn dates_use_the_locale_month_and_latin_digits() {
    // The facts' age, said once at the top: January 2013 to March 2024.
    let text = check(Lang::Bn, &["--benefit", "universal-credit"]);
    assert!(
        text.contains("জানুয়ারি 2013"),
        "month in Bengali, year in Latin digits: {text}"
    );
    let text = check(Lang::Cy, &["--benefit", "universal-credit"]);
    assert!(text.contains("Ionawr 2013") && text.contains("Mawrth 2024"), "{text}");
}
