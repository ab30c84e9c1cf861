//! Plain mode: the wizard's questions as numbered prompts, one per line; no box drawing, no cursor
//! movement, no colour. For screen readers, `TERM=dumb` and scripts. Reads answers line by line; an
//! empty line takes the default; at the end of input it finishes with what it has.

use std::io::{BufRead, Write};

use crate::answers::{AgeBand, Answers, Reply};
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

/// The questions, numbered for the ear: "Question 3 of 8." Follow-ups belong to question 3.
struct Questions {
    asked: usize,
}

impl Questions {
    /// Screen language, resident's language, benefits, postcode, account holder, provider, age
    /// band, and whether to hear every offer.
    const TOTAL: usize = 8;

    /// "Question N of 8. <question> 3 choices: 1 …, 2 …, 3 …. Default: 3."
    fn with_choices(&mut self, ui: &Localizer, question: &str, names: &[String], default: &str) -> String {
        // A question that ends without a stop ("… (optional: …)") runs into its choices when heard.
        let stop = if question.ends_with(['?', '.', ':', '؟', '۔', '।']) {
            ""
        } else {
            "."
        };
        format!(
            "{} {question}{stop} {} {}",
            self.next(ui),
            choices(ui, names),
            ui.fmt("plain-default", &[("default", default.into())])
        )
    }

    fn next(&mut self, ui: &Localizer) -> String {
        self.asked += 1;
        ui.fmt(
            "plain-question",
            &[
                ("n", Arg::Num(self.asked as i64)),
                ("total", Arg::Num(Self::TOTAL as i64)),
            ],
        )
    }
}

/// "3 choices: 1 yes, 2 no, 3 not sure."
fn choices(ui: &Localizer, names: &[String]) -> String {
    let numbered: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{} {n}", i + 1))
        .collect();
    format!(
        "{} {}.",
        ui.fmt("plain-choices", &[("count", Arg::Num(names.len() as i64))]),
        numbered.join(", ")
    )
}

/// A default language as a listener needs it: the number to type and the language's own name.
fn spoken_default(l: Lang) -> String {
    let n = Lang::ALL.iter().position(|x| *x == l).unwrap_or(0) + 1;
    format!("{n}, {}", l.native_name())
}

/// A language as a listener needs it: its own name and its English name (the number, or the
/// tag such as `cy`, is what to type).
fn spoken_lang(l: Lang) -> String {
    if l.is_english() {
        l.native_name().to_string()
    } else {
        format!("{}, {}", l.native_name(), l.english_name())
    }
}

/// Runs plain mode. `lang` and `ui_lang` are the defaults the first two questions offer;
/// `postcode_lookup` is the live service, if set up. Every question says its number and how
/// many choices it has, and every answer is read back.
pub fn run(
    catalogue: Catalogue,
    origin: Origin,
    (lang, ui_lang): (Lang, Lang),
    today: Date,
    postcode_lookup: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang_names: Vec<String> = Lang::ALL.iter().map(|l| spoken_lang(*l)).collect();
    let mut q = Questions { asked: 0 };
    // Until the screen language is chosen, the default one speaks.
    let first = Localizer::new(ui_lang);
    let default = |l: &Localizer, d: &str| l.fmt("plain-default", &[("default", d.into())]);
    let chose = |out: &mut dyn Write, l: &Localizer, answer: &str| {
        writeln!(out, "{}", l.fmt("plain-you-chose", &[("answer", answer.into())]))
    };
    writeln!(out, "{}", first.get("plain-intro"))?;
    let prompt = q.with_choices(
        &first,
        &first.get("plain-screen-language"),
        &lang_names,
        &spoken_default(ui_lang),
    );
    let ui_lang = ask(out, input, &prompt, ui_lang, |l| pick_lang(&first, l))?;
    let ui = Localizer::new(ui_lang);
    chose(out, &ui, &spoken_lang(ui_lang))?;
    // The eight languages once is enough to hear: the second question refers back to the first.
    let prompt = format!(
        "{} {}? {} {}",
        q.next(&ui),
        ui.get("lang-resident"),
        ui.fmt("plain-same-choices", &[("n", Arg::Num(1))]),
        default(&ui, &spoken_default(lang))
    );
    let lang = ask(out, input, &prompt, lang, |l| pick_lang(&ui, l))?;
    chose(out, &ui, &spoken_lang(lang))?;

    // The wizard's checklist: a benefit whose type matters is one line, and its type is a
    // follow-up question (a list of 23 with every type spelled out took a minute to hear).
    let listed: Vec<Benefit> = crate::checklist::GROUPS
        .iter()
        .flat_map(|(_, entries)| entries.iter().filter_map(|e| e.label_benefit()))
        .collect();
    let benefit_names: Vec<String> = listed.iter().map(|b| ui.get(&format!("benefit-{}", b.id()))).collect();
    writeln!(out, "{} {}", q.next(&ui), ui.get("step-benefits"))?;
    writeln!(
        out,
        "{}",
        ui.fmt("plain-choices", &[("count", Arg::Num(benefit_names.len() as i64))])
    )?;
    for (i, name) in benefit_names.iter().enumerate() {
        writeln!(out, "  {} {name}", i + 1)?;
    }
    let mut answers = ask(out, input, &ui.get("plain-benefits"), Answers::default(), |line| {
        let mut a = Answers::default();
        for word in line.split([',', ' ']).filter(|w| !w.is_empty()) {
            let id = match word.parse::<usize>() {
                Ok(n) => listed
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
    let given = |a: &Answers| {
        if a.benefits.is_empty() {
            ui.get("plain-none")
        } else {
            guidance::texts::benefits(&ui, &a.benefits)
        }
    };
    chose(out, &ui, &given(&answers))?;

    let postcode_question = q.next(&ui);
    let mut pc = ask(
        out,
        input,
        &format!(
            "{postcode_question} {}. {}",
            ui.get("postcode-prompt"),
            ui.get("plain-postcode-empty")
        ),
        None,
        |line| {
            postcode::lookup(line).map(Some).map_err(|e| {
                let (message, hint) = guidance::texts::postcode_error(&ui, &e);
                format!("{message} {hint}")
            })
        },
    )?;
    chose(
        out,
        &ui,
        &pc.as_ref()
            .map_or_else(|| ui.get("plain-no-postcode"), |p| p.normalised.clone()),
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
        let (question, ids) = entry.follow_up().expect("typed benefits have a follow-up");
        let names: Vec<String> = ids.iter().map(|id| ui.get(id)).collect();
        let benefit = ui.get(&format!("benefit-{}", family.member(Variant::Unknown).id()));
        let prompt = format!(
            "{} {benefit}: {} {} {}",
            ui.fmt("plain-question-more", &[("n", Arg::Num(3))]),
            ui.get(question),
            choices(&ui, &names),
            default(&ui, "1")
        );
        let choice = ask(out, input, &prompt, 0usize, |line| match line.parse::<usize>() {
            Ok(n @ 1..=3) => Ok(n - 1),
            _ => Err(ui.fmt("plain-choose", &[("max", Arg::Num(3))])),
        })?;
        chose(out, &ui, &format!("{benefit}, {}", names[choice]))?;
        if choice > 0 {
            answers.benefits.retain(|b| b.family().is_none_or(|(f, _)| f != family));
            answers
                .benefits
                .push(family.member([Variant::Unknown, Variant::Primary, Variant::Secondary][choice]));
            answers.benefits.sort();
        }
    }

    let replies = [Reply::Yes, Reply::No, Reply::NotSure];
    let reply_names: Vec<String> = replies.iter().map(|r| ui.get(guidance::texts::reply(*r))).collect();
    let holder_prompt = q.with_choices(&ui, &ui.get("home-account-holder"), &reply_names, "3");
    answers.account_holder = ask(out, input, &holder_prompt, Reply::NotSure, |line| match line {
        "1" => Ok(Reply::Yes),
        "2" => Ok(Reply::No),
        "3" => Ok(Reply::NotSure),
        other => Reply::parse(other).ok_or_else(|| ui.fmt("plain-choose", &[("max", Arg::Num(3))])),
    })?;
    let index = replies.iter().position(|r| *r == answers.account_holder).unwrap_or(2);
    chose(out, &ui, &reply_names[index])?;

    // The resident's own provider: its social tariff comes first, and moving to it rarely costs
    // an exit fee.
    let providers = catalogue.providers();
    let mut provider_names = vec![ui.get("provider-none")];
    provider_names.extend(providers.iter().cloned());
    // Twenty names are a long list to hear: the question asks for a name, and the list is read
    // only to someone whose answer matched none.
    let provider_prompt = format!(
        "{} {}. {}",
        q.next(&ui),
        ui.get("home-provider"),
        ui.get("plain-provider-type")
    );
    let chosen = ask(out, input, &provider_prompt, 0usize, |line| {
        match line.parse::<usize>() {
            Ok(n) if (1..=provider_names.len()).contains(&n) => Ok(n - 1),
            _ => providers
                .iter()
                .position(|p| p.to_lowercase().starts_with(&line.to_lowercase()))
                .map(|i| i + 1)
                .ok_or_else(|| choices(&ui, &provider_names)),
        }
    })?;
    answers.current_provider = chosen.checked_sub(1).map(|i| providers[i].clone());
    chose(out, &ui, &provider_names[chosen])?;

    // Asked last of the household: it matters to few offers, and "not sure" is the default.
    let ages = [
        AgeBand::Under18,
        AgeBand::WorkingAge,
        AgeBand::PensionAge,
        AgeBand::NotSure,
    ];
    let age_names: Vec<String> = ages
        .iter()
        .map(|a| ui.get(crate::guidance::texts::age_band(*a)))
        .collect();
    let age_prompt = q.with_choices(&ui, &ui.get("home-age"), &age_names, "4");
    answers.age = ask(out, input, &age_prompt, AgeBand::NotSure, |line| {
        match line.parse::<usize>() {
            Ok(n) if (1..=ages.len()).contains(&n) => Ok(ages[n - 1]),
            _ => AgeBand::parse(line).ok_or_else(|| ui.fmt("plain-choose", &[("max", Arg::Num(4))])),
        }
    })?;
    let index = ages.iter().position(|a| *a == answers.age).unwrap_or(3);
    chose(out, &ui, &age_names[index])?;

    let report = Report::new(&catalogue, &origin, &answers, pc.as_ref(), today);
    let loc = Localizer::new(lang);
    let how = |full| Render {
        format: Format::Spoken,
        options: Options {
            full,
            more: More::Plain,
            ..Options::default()
        },
        also_english: false,
        width: 80,
    };
    // The answer straight after the last question of the household; every offer only when asked.
    writeln!(out)?;
    write!(out, "{}", guidance::render(&report, &loc, how(false)))?;
    let no_yes = [ui.get("choice-no"), ui.get("choice-yes")];
    let full_prompt = q.with_choices(&ui, &ui.get("plain-full-question"), &no_yes, "1");
    writeln!(out)?;
    let full = ask(out, input, &full_prompt, false, |line| match line {
        "1" => Ok(false),
        "2" => Ok(true),
        _ => Err(ui.fmt("plain-choose", &[("max", Arg::Num(2))])),
    })?;
    chose(out, &ui, &no_yes[usize::from(full)])?;
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
        let out = run_with("\n\n1\nB1 1BB\n2\n1\n\n3\n");
        assert!(
            out.contains("Question 1 of 8. Screen language? 8 choices: 1 English, 2 Cymraeg, Welsh, 3 Polski, Polish")
        );
        assert!(
            out.contains("15 choices:\n  1 Universal Credit\n  2 Income Support"),
            "the checklist, types asked after"
        );
        assert!(out.contains(
            "More about question 3. Universal Credit: Earnings in the last assessment period? 3 choices: 1 not sure"
        ));
        assert!(out.contains("You chose: Universal Credit, no earnings."));
        assert!(
            out.contains("Question 2 of 8. Resident’s language? The same choices as question 1. Default: 1, English."),
            "the eight languages are heard once"
        );
        assert!(out.contains("You chose: yes."), "the account holder, read back");
        assert!(
            out.contains("Question 7 of 8. The resident’s age (optional: used only where an offer depends on it). 4 choices: 1 under 18,"),
            "{out}"
        );
        assert!(
            out.contains("You chose: pension age or over."),
            "the age band, read back"
        );
        assert!(out.contains("Social tariffs: cheaper broadband and phone deals"));
        assert!(out.contains("\nBT Home Essentials (36 Mbps)\n"));
        for spoken in ["===", "---", "\n* ", "! ", "WHAT TO DO NEXT"] {
            assert!(!out.contains(spoken), "{spoken:?} would be read out");
        }
        assert!(!out.contains('\u{1b}'), "no escape codes");
        assert!(!out.contains('│') && !out.contains('┌'), "no box drawing");
    }

    #[test]
    fn bad_answers_are_explained_and_asked_again() {
        let out = run_with("\n\npipp\npip\n12345\nB1 1BB\n");
        assert!(out.contains("unknown benefit id \"pipp\""), "{out}");
        assert!(out.contains("is not the shape of a UK postcode"), "{out}");
        assert!(out.contains("What to do next"), "it finishes at end of input: {out}");
    }

    #[test]
    fn the_answer_comes_first_and_every_offer_only_when_asked() {
        let short = run_with("\n\npip\nB1 1BB\n\n\n\n1\n");
        let answer = short.find("What to do next").expect("the answer");
        let question = short
            .find("Hear every offer, with the reasons? 2 choices: 1 no, 2 yes.")
            .expect("the question");
        assert!(answer < question, "the answer comes straight after the last question");
        assert!(!short.contains("Who can get it"), "no full listing unless asked");
        let full = run_with("\n\npip\nB1 1BB\n\n\n\n2\n");
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
