//! One document model, one wording: for the same answers, `check --format text`, the wizard's
//! guidance step and plain mode's answer say the same thing, word for word. Only the line that
//! says how to see every offer differs, since each front end has its own way (--full, f, a
//! question), and plain mode leaves out what a screen reader would read aloud for nothing.

use crate::common::{tariff_finder, to_results, wizard};
use tariff_finder::catalogue::{self, Origin};
use tariff_finder::i18n::Lang;

/// The words, without the paragraph that says how to see every offer, and without the
/// decoration plain mode leaves out for the ear (underlines, bullets, capitals).
fn without_the_way_to_more(text: &str) -> String {
    text.split("\n\n")
        .filter(|para| !para.contains("more offers are not offered") && !para.contains("nid ydynt yn cyd-fynd"))
        .flat_map(|para| para.lines())
        .filter(|line| !line.trim().chars().all(|c| c == '=' || c == '-'))
        .map(|line| {
            // Plain mode says a web address from its host ("h t t p s" says nothing aloud).
            let line = line.trim().trim_start_matches("* ").trim_start_matches("! ");
            let line = line.replace("https://www.", "").replace("https://", "");
            line.trim_end_matches('/').to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_text(lang: Lang) -> String {
    let out = tariff_finder()
        .args(["check", "--today", "2026-11-26", "--lang", lang.tag()])
        .args(["--benefit", "universal-credit", "--postcode", "B1 1BB"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_the_wizard_and_plain_mode_give_the_same_answer() {
    for lang in [Lang::EnGb, Lang::Cy] {
        let check = check_text(lang);
        assert!(check.contains("\n\n"), "paragraphs");

        let mut app = wizard(catalogue::embedded(), lang);
        to_results(&mut app, "B1 1BB");
        let tui = app.guidance_text(80);

        let mut out = Vec::new();
        // Screen and resident language, benefit 1 (Universal Credit), postcode, "not sure" of
        // earnings, of the account holder and of the age, no provider, then no to every offer.
        let number = Lang::ALL.iter().position(|l| *l == lang).unwrap() + 1;
        let input = format!("{number}\n{number}\n1\nB1 1BB\n\n\n\n\n1\n");
        tariff_finder::plain::run(
            catalogue::embedded(),
            Origin::Embedded,
            (lang, lang),
            tariff_finder::date::Date::new(2026, 11, 26).unwrap(),
            None,
            &mut input.as_bytes(),
            &mut out,
        )
        .unwrap();
        let plain = String::from_utf8(out).unwrap();
        let title = check.lines().next().unwrap();
        let start = plain.rfind(title).expect("plain mode gives the answer");
        let plain_answer = &plain[start..];
        let end = plain_answer.rfind("\n\n").unwrap();
        let plain_answer = &plain_answer[..end + 1];
        assert!(
            !plain_answer.contains("===") && !plain_answer.contains("\n* "),
            "nothing for the ear to stumble on"
        );

        let expected = without_the_way_to_more(&check);
        assert_eq!(without_the_way_to_more(&tui), expected, "{lang:?}: the wizard");
        assert_eq!(without_the_way_to_more(plain_answer), expected, "{lang:?}: plain mode");
    }
}
