//! Plain mode: the wizard's questions as numbered prompts, one per line; no box drawing, no cursor
//! movement, no colour. For screen readers, `TERM=dumb` and scripts. Reads answers line by line; an
//! empty line takes the default; at the end of input it finishes with what it has.

use std::io::{BufRead, Write};

use crate::answers::{Answers, Reply};
use crate::benefits::{Benefit, Family, Variant};
use crate::catalogue::{Catalogue, Origin};
use crate::date::Date;
use crate::guidance::doc::More;
use crate::guidance::{self, Format, Options, Render, Report};
use crate::i18n::{Arg, Lang, Localizer};
use crate::postcode;

/// One line of input: None at the end of input.
fn read(input: &mut dyn BufRead) -> std::io::Result<Option<String>> {
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    // Nothing typed is kept beyond this: the line is parsed and dropped.
    Ok(Some(line.trim().to_string()))
}

/// Asks until the answer parses, the line is empty (default), or input ends (default).
fn ask<T>(
    out: &mut dyn Write,
    input: &mut dyn BufRead,
    prompt: &str,
    default: T,
    parse: impl Fn(&str) -> Result<T, String>,
) -> std::io::Result<T> {
    loop {
        writeln!(out, "{prompt}")?;
        out.flush()?;
        let Some(line) = read(input)? else { return Ok(default) };
        if line.is_empty() {
            return Ok(default);
        }
        match parse(&line) {
            Ok(v) => return Ok(v),
            Err(why) => writeln!(out, "{why}")?,
        }
    }
}

fn pick_lang(ui: &Localizer, line: &str) -> Result<Lang, String> {
    if let Ok(n) = line.parse::<usize>() {
        return Lang::ALL
            .get(n.wrapping_sub(1))
            .copied()
            .ok_or_else(|| ui.fmt("plain-choose", &[("max", Arg::Num(Lang::ALL.len() as i64))]));
    }
    Lang::negotiate(line).map_err(|e| e.to_string())
}

/// Runs plain mode. `lang` and `ui_lang` are the defaults the first two questions offer.
#[allow(clippy::too_many_arguments)]
/// `langs` is (guidance language, screen language); `postcode_lookup` is the live service, if set up.
pub fn run(
    catalogue: Catalogue,
    origin: Origin,
    (lang, ui_lang): (Lang, Lang),
    today: Date,
    postcode_lookup: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let langs: Vec<String> = Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {} ({})", i + 1, l.native_name(), l.tag()))
        .collect();
    // Until the screen language is chosen, the default one speaks.
    let first = Localizer::new(ui_lang);
    let default = |l: &Localizer, d: &str| l.fmt("plain-default", &[("default", d.into())]);
    writeln!(out, "{}", first.get("plain-intro"))?;
    let prompt = format!(
        "{} {}. {}",
        first.get("plain-screen-language"),
        langs.join(", "),
        default(&first, ui_lang.tag())
    );
    let ui_lang = ask(out, input, &prompt, ui_lang, |l| pick_lang(&first, l))?;
    let ui = Localizer::new(ui_lang);
    let prompt = format!(
        "{}? {}. {}",
        ui.get("lang-resident"),
        langs.join(", "),
        default(&ui, lang.tag())
    );
    let lang = ask(out, input, &prompt, lang, |l| pick_lang(&ui, l))?;

    let numbered: Vec<String> = Benefit::ALL
        .iter()
        .enumerate()
        .map(|(i, b)| format!("{} {}", i + 1, ui.get(&format!("benefit-{}", b.id()))))
        .collect();
    writeln!(out, "{}", ui.get("step-benefits"))?;
    for line in &numbered {
        writeln!(out, "  {line}")?;
    }
    let mut answers = ask(out, input, &ui.get("plain-benefits"), Answers::default(), |line| {
        let mut a = Answers::default();
        for word in line.split([',', ' ']).filter(|w| !w.is_empty()) {
            let id = match word.parse::<usize>() {
                Ok(n) => Benefit::ALL
                    .get(n.wrapping_sub(1))
                    .map(|b| b.id())
                    .ok_or_else(|| ui.fmt("plain-no-benefit-number", &[("number", Arg::Num(n as i64))]))?,
                Err(_) => word,
            };
            a.add_benefit(id).map_err(|e| format!("{e} ({})", e.hint()))?;
        }
        a.check_consistent().map_err(|e| format!("{e} ({})", e.hint()))?;
        Ok(a)
    })?;

    let mut pc = ask(
        out,
        input,
        &format!("{}. {}", ui.get("postcode-prompt"), ui.get("plain-postcode-empty")),
        None,
        |line| {
            postcode::lookup(line).map(Some).map_err(|e| {
                let (message, hint) = guidance::texts::postcode_error(&ui, &e);
                format!("{message} {hint}")
            })
        },
    )?;
    if let (Some(p), Some(base)) = (pc.as_mut(), postcode_lookup)
        && crate::postcode_lookup::worth_asking(p)
    {
        let lookup = crate::postcode_lookup::confirm(base, &p.normalised, crate::postcode_lookup::LIMITS);
        let narrowed = crate::postcode_lookup::apply(p, &lookup).is_some();
        p.live_check = Some(lookup.id());
        let note = guidance::texts::live_postcode_note(&ui, &lookup, p, narrowed);
        if let Some(note) = note {
            writeln!(out, "{note}")?;
        }
    }
    if let Some(p) = &pc {
        answers.postcode = Some(p.normalised.clone());
        if !p.in_scope() {
            writeln!(out, "{}", guidance::texts::outside_uk(&ui, p.status, p.territory))?;
        }
    }

    // The follow-ups that change the answer, only for benefits whose type is not known.
    let unknown: Vec<Family> = answers
        .benefits
        .iter()
        .filter_map(|b| b.family().filter(|(_, v)| *v == Variant::Unknown).map(|(f, _)| f))
        .collect();
    for family in unknown {
        let entry = crate::checklist::Entry::Typed(family);
        let (question, choices) = entry.follow_up().expect("typed benefits have a follow-up");
        let options: Vec<String> = choices
            .iter()
            .enumerate()
            .map(|(i, id)| format!("{} {}", i + 1, ui.get(id)))
            .collect();
        let benefit = ui.get(&format!("benefit-{}", family.member(Variant::Unknown).id()));
        let prompt = format!(
            "{benefit}: {} {}. {}",
            ui.get(question),
            options.join(", "),
            default(&ui, "1")
        );
        let choice = ask(out, input, &prompt, 0usize, |line| match line.parse::<usize>() {
            Ok(n @ 1..=3) => Ok(n - 1),
            _ => Err(ui.fmt("plain-choose", &[("max", Arg::Num(3))])),
        })?;
        if choice > 0 {
            answers.benefits.retain(|b| b.family().is_none_or(|(f, _)| f != family));
            answers
                .benefits
                .push(family.member([Variant::Unknown, Variant::Primary, Variant::Secondary][choice]));
            answers.benefits.sort();
        }
    }
    let holder_prompt = format!(
        "{} 1 {}, 2 {}, 3 {}. {}",
        ui.get("home-account-holder"),
        ui.get("choice-yes"),
        ui.get("choice-no"),
        ui.get("choice-not-sure"),
        default(&ui, "3")
    );
    answers.account_holder = ask(out, input, &holder_prompt, Reply::NotSure, |line| match line {
        "1" => Ok(Reply::Yes),
        "2" => Ok(Reply::No),
        "3" => Ok(Reply::NotSure),
        other => Reply::parse(other).ok_or_else(|| ui.fmt("plain-choose", &[("max", Arg::Num(3))])),
    })?;

    let report = Report::new(&catalogue, &origin, &answers, pc.as_ref(), today);
    let loc = Localizer::new(lang);
    let how = |full| Render {
        format: Format::Text,
        options: Options {
            full,
            more: More::Plain,
            ..Options::default()
        },
        also_english: false,
        width: 80,
    };
    // The answer straight after the last question; every offer only when asked for.
    writeln!(out)?;
    write!(out, "{}", guidance::render(&report, &loc, how(false)))?;
    let full_prompt = format!(
        "{} 1 {}, 2 {}. {}",
        ui.get("plain-full-question"),
        ui.get("choice-no"),
        ui.get("choice-yes"),
        default(&ui, "1")
    );
    writeln!(out)?;
    let full = ask(out, input, &full_prompt, false, |line| match line {
        "1" => Ok(false),
        "2" => Ok(true),
        _ => Err(ui.fmt("plain-choose", &[("max", Arg::Num(2))])),
    })?;
    if full {
        writeln!(out)?;
        write!(out, "{}", guidance::render(&report, &loc, how(true)))?;
    }
    answers.wipe();
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(input: &str) -> String {
        let mut out = Vec::new();
        let cat = crate::catalogue::embedded();
        run(
            cat,
            Origin::Embedded,
            (Lang::EnGb, Lang::EnGb),
            Date::new(2026, 11, 26).unwrap(),
            None,
            &mut input.as_bytes(),
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_whole_session() {
        let out = run_with("\n\n1\nB1 1BB\n2\n1\n");
        assert!(out.contains("Screen language?"));
        assert!(out.contains("Earnings in the last assessment period?"));
        assert!(out.contains("Social tariffs: cheaper broadband and phone deals"));
        assert!(out.contains("* BT Home Essentials (36 Mbps)"));
        assert!(!out.contains('\u{1b}'), "no escape codes");
        assert!(!out.contains('│') && !out.contains('┌'), "no box drawing");
    }

    #[test]
    fn bad_answers_are_explained_and_asked_again() {
        let out = run_with("\n\npipp\npip\nQQ1 1AA\nB1 1BB\n");
        assert!(out.contains("unknown benefit id \"pipp\""), "{out}");
        assert!(out.contains("is not the shape of a UK postcode"), "{out}");
        assert!(out.contains("WHAT TO DO NEXT"), "it finishes at end of input: {out}");
    }

    #[test]
    fn the_answer_comes_first_and_every_offer_only_when_asked() {
        let short = run_with("\n\npip\nB1 1BB\n\n1\n");
        let answer = short.find("WHAT TO DO NEXT").expect("the answer");
        let question = short
            .find("Hear every offer, with the reasons? 1 no, 2 yes.")
            .expect("the question");
        assert!(answer < question, "the answer comes straight after the last question");
        assert!(!short.contains("Who can get it"), "no full listing unless asked");
        let full = run_with("\n\npip\nB1 1BB\n\n2\n");
        assert!(
            full.contains("Who can get it") && full.contains("Ruled out, and why"),
            "{full}"
        );
    }

    #[test]
    fn early_end_of_input_finishes_with_what_it_has() {
        let out = run_with("\n");
        assert!(out.contains("No postcode given"));
        assert!(out.contains("Catalogue edition"));
    }

    #[test]
    fn languages_by_number_or_tag() {
        let out = run_with("2\ncy\n");
        assert!(out.contains("Tariffau cymdeithasol"), "{out}");
    }
}
