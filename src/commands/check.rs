//! The `check` command: the answers from flags, a file or standard input, the catalogue in use,
//! the core's verdicts, one rendered answer. It sees no command-line types: `cli` turns its
//! arguments into a `Request`.

use std::io::Read;
use std::path::Path;

use crate::answers::{Answers, MAX_ANSWERS_BYTES, Reply};
use crate::benefits::nearest;
use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::failure::Failure;
use crate::files::{ReadError, read_limited_or_pipe};
use crate::guidance::doc::More;
use crate::guidance::{self, Format, Options, Render, Report};
use crate::i18n::{Lang, Localizer};
use crate::postcode;
use crate::setup::Setup;

/// One `check`, as asked for.
#[derive(Clone, Debug)]
pub(crate) struct Request {
    /// An answers file, or `-` for standard input.
    pub answers_from: Option<String>,
    pub benefits: Vec<String>,
    pub postcode: Option<String>,
    pub account_holder: Option<Reply>,
    pub current_provider: Option<String>,
    pub age: Option<crate::answers::AgeBand>,
    /// `ID=yes|no|not-sure`.
    pub facts: Vec<String>,
    pub format: Format,
    pub also_english: bool,
    pub personal: bool,
    /// Every offer with every detail, not the answer-first summary.
    pub full: bool,
    /// For reproducible output; else today.
    pub today: Option<Date>,
}

pub(crate) fn run(setup: &Setup, request: &Request) -> Result<String, Failure> {
    if let Some(note) = &setup.unsupported_lang {
        eprintln!("tariff-finder: {}", crate::text_safety::clean_lines(note));
    }
    let lang = setup.lang;
    let mut langs = vec![lang];
    if request.also_english {
        langs.push(Lang::EnGb);
    }
    let (catalogue, origin) = setup.catalogue(&langs)?;
    let answers = gather_answers(request, &catalogue)?;
    if let Some(note) = answers
        .current_provider
        .as_deref()
        .and_then(|named| unknown_provider_note(&catalogue, named))
    {
        eprintln!("tariff-finder: {}", crate::text_safety::clean_lines(&note));
    }
    let postcode = match answers.postcode.as_deref() {
        Some(p) => {
            let mut info = postcode::lookup(p).map_err(|e| Failure::usage(e.to_string(), e.hint()))?;
            if let Some(base) = &setup.config.postcode_lookup.url
                && crate::postcode_lookup::worth_asking(&info)
            {
                let found = crate::postcode_lookup::confirm(base, &info.normalised, crate::postcode_lookup::LIMITS);
                if let Some(note) = crate::postcode_lookup::apply(&mut info, &found) {
                    eprintln!("tariff-finder: {}", crate::text_safety::clean_lines(&note));
                }
                info.live_check = Some(found.id());
            }
            Some(info)
        }
        None => None,
    };
    let today = request.today.unwrap_or(setup.today);
    let report = Report::new(&catalogue, &origin, &answers, postcode.as_ref(), today);
    let how = Render {
        format: request.format,
        options: Options {
            personal: request.personal,
            full: request.full,
            // A printed handout's reader asks the adviser; a screen's reader adds --full.
            more: match request.format {
                Format::Markdown | Format::Html => More::Handout,
                Format::Text | Format::Spoken | Format::Json => More::Command,
            },
        },
        also_english: request.also_english,
        width: text_width(),
    };
    let localizer = Localizer::new(lang);
    let answer = guidance::render(&report, &localizer, how);
    // The process ends straight after printing: freeing the catalogue and the Fluent bundle
    // one allocation at a time would cost 7% of a `check` (callgrind) for memory the exit frees.
    drop(report);
    std::mem::forget(localizer);
    std::mem::forget(catalogue);
    Ok(answer)
}

/// The terminal's width when printing to one (within 40 to 120 columns), else 80.
fn text_width() -> usize {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return 80;
    }
    terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0).clamp(40, 120))
}

fn gather_answers(args: &Request, catalogue: &Catalogue) -> Result<Answers, Failure> {
    let bad = |e: crate::answers::AnswersError| Failure::usage(e.to_string(), e.hint());
    let mut answers = match &args.answers_from {
        None => Answers::default(),
        Some(source) => {
            let text = if source == "-" {
                let mut buf = Vec::new();
                std::io::stdin()
                    .lock()
                    .take(MAX_ANSWERS_BYTES as u64 + 1)
                    .read_to_end(&mut buf)
                    .map_err(|e| {
                        Failure::usage(
                            format!("cannot read answers from standard input: {e}"),
                            "pipe a TOML answers file in",
                        )
                    })?;
                if buf.len() > MAX_ANSWERS_BYTES {
                    return Err(bad(crate::answers::AnswersError::TooLarge(buf.len())));
                }
                String::from_utf8(buf)
                    .map_err(|_| Failure::usage("the answers are not UTF-8 text", "an answers file is TOML text"))?
            } else {
                read_limited_or_pipe(Path::new(source), MAX_ANSWERS_BYTES).map_err(|e| match e {
                    ReadError::TooLarge(_) => bad(crate::answers::AnswersError::TooLarge(MAX_ANSWERS_BYTES + 1)),
                    ReadError::Io(e) => {
                        Failure::usage(format!("{source}: cannot read the answers file: {e}"), "check the path")
                    }
                    ReadError::NotText => Failure::usage(
                        format!("{source}: the answers file is not UTF-8 text"),
                        "an answers file is TOML text",
                    ),
                })?
            };
            Answers::from_toml(&text).map_err(bad)?
        }
    };
    for id in &args.benefits {
        answers.add_benefit(id).map_err(bad)?;
    }
    if let Some(p) = &args.postcode {
        answers.postcode = Some(p.clone());
    }
    if let Some(a) = args.account_holder {
        answers.account_holder = a;
    }
    if let Some(p) = &args.current_provider {
        answers.current_provider = Some(p.clone()).filter(|p| !p.trim().is_empty());
    }
    if let Some(a) = args.age {
        answers.age = a;
    }
    for f in &args.facts {
        answers.add_fact(f).map_err(bad)?;
    }
    answers.check_consistent().map_err(bad)?;
    for id in answers.facts.keys() {
        if catalogue.condition(id).is_none() {
            let ids = catalogue.conditions.iter().map(|c| c.id.as_str());
            let hint = match nearest(id, ids) {
                Some(n) => format!("did you mean `{n}`? `tariff-finder check --help` lists the conditions"),
                None => "`tariff-finder check --help` lists the conditions".to_string(),
            };
            return Err(Failure::usage(
                format!(
                    "unknown condition {:?} in --fact",
                    id.chars().take(60).collect::<String>()
                ),
                hint,
            ));
        }
    }
    Ok(answers)
}

/// A provider that no offer is from: said on stderr, since a typo would silently lose "your own
/// provider's offer first"; never an error, as most providers have no social tariff.
fn unknown_provider_note(catalogue: &Catalogue, named: &str) -> Option<String> {
    if catalogue.offered().any(|t| crate::eligibility::is_provider(t, named)) {
        return None;
    }
    let providers = catalogue.providers();
    let lowered: Vec<String> = providers.iter().map(|p| p.to_lowercase()).collect();
    let nearest = nearest(named, lowered.iter().map(String::as_str))
        .and_then(|n| providers.iter().find(|p| p.to_lowercase() == n));
    let named: String = named.chars().take(60).collect();
    Some(match nearest {
        Some(p) => format!(
            "no offer in the catalogue is from {named:?}: did you mean {p:?}? The answer is as for a provider with no social tariff."
        ),
        None => format!(
            "no offer in the catalogue is from {named:?}: the answer is as for a provider with no social tariff."
        ),
    })
}
