//! `tariff-finder locales check`: every language file parses, has every English message with the
//! same variables and nothing extra or twice, and formats without error; the catalogue's prose
//! coverage per language. Exit 2 with the list of problems otherwise.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::catalogue::{self, Catalogue, Status};
use crate::failure::Failure;
use crate::i18n::{Arg, Lang, Localizer};

/// One message's shape: its variables.
type Shapes = BTreeMap<String, BTreeSet<String>>;

pub fn run() -> Result<String, Failure> {
    let report = check(&catalogue::embedded());
    if report.problems.is_empty() {
        Ok(report.summary)
    } else {
        Err(Failure {
            exit: crate::failure::Exit::BadInput,
            message: format!(
                "{} problem(s) in the translations:\n{}\n{}",
                report.problems.len(),
                report.problems.join("\n"),
                report.summary
            ),
            hint: Some("see docs/translators.md".into()),
        })
    }
}

pub struct LocalesReport {
    pub problems: Vec<String>,
    pub summary: String,
}

pub fn check(cat: &Catalogue) -> LocalesReport {
    let mut problems = Vec::new();
    let mut shapes: BTreeMap<Lang, Shapes> = BTreeMap::new();
    for lang in Lang::ALL {
        let mut all = Shapes::new();
        for (file, source) in crate::i18n::sources(lang) {
            let resource = match fluent_syntax::parser::parse(source) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let line = source[..e.pos.start.min(source.len())].matches('\n').count() + 1;
                        problems.push(format!("locales/{}/{file}:{line}: {:?}", lang.tag(), e.kind));
                    }
                    r
                }
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    if all.insert(m.id.name.to_string(), vars).is_some() {
                        problems.push(format!(
                            "locales/{}/{file}: message `{}` is defined twice",
                            lang.tag(),
                            m.id.name
                        ));
                    }
                }
            }
        }
        shapes.insert(lang, all);
    }
    let english = shapes[&Lang::EnGb].clone();
    for lang in Lang::ALL.into_iter().filter(|l| !l.is_english()) {
        let own = &shapes[&lang];
        for (id, vars) in &english {
            match own.get(id) {
                None => problems.push(format!("{}: missing message `{id}`", lang.tag())),
                Some(v) if v != vars => problems.push(format!(
                    "{}: message `{id}` uses variables {:?}, English uses {:?}",
                    lang.tag(),
                    v,
                    vars
                )),
                Some(_) => {}
            }
        }
        for id in own.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!(
                "{}: message `{id}` is not in en-GB (a typo, or left over)",
                lang.tag()
            ));
        }
    }
    // Every message formats for sample values, without falling back and without errors.
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        for (id, vars) in &english {
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .map(|v| {
                    (
                        v.as_str(),
                        if NUMERIC.contains(&v.as_str()) {
                            Arg::Num(3)
                        } else {
                            Arg::Str("X".into())
                        },
                    )
                })
                .collect();
            if loc.fmt(id, &args).trim().is_empty() {
                problems.push(format!("{}: message `{id}` formats to nothing", lang.tag()));
            }
        }
    }
    let coverage = prose_coverage(cat);
    let english_texts = crate::locales_review::english_texts(cat);
    let mut review = String::new();
    let mut summary = String::from("Language   messages   catalogue prose   English changed since translated\n");
    for lang in Lang::ALL {
        let (have, total) = coverage[&lang];
        let own = shapes[&lang].len();
        let (changed, unmarked) = if lang.is_english() {
            (Vec::new(), Vec::new())
        } else {
            crate::locales_review::needs_review(&english_texts, crate::locales_review::recorded(lang))
        };
        summary.push_str(&format!(
            "{:<10} {:>4}/{:<4}  {:>4}/{:<4}         {}\n",
            lang.tag(),
            own.min(english.len()),
            english.len(),
            have,
            total,
            if lang.is_english() {
                "-".to_string()
            } else {
                (changed.len() + unmarked.len()).to_string()
            }
        ));
        if !changed.is_empty() || !unmarked.is_empty() {
            review.push_str(&format!(
                "{} needs review (then `tariff-finder locales mark {}`):\n",
                lang.tag(),
                lang.tag()
            ));
            for key in &changed {
                review.push_str(&format!("  {key}: the English changed\n"));
            }
            for key in &unmarked {
                review.push_str(&format!("  {key}: never marked as translated\n"));
            }
        }
        if have < total {
            problems.push(format!(
                "{}: catalogue prose covers {have} of {total} texts",
                lang.tag()
            ));
        }
    }
    summary.push_str(&review);
    LocalesReport { problems, summary }
}

/// Variables that take numbers in the English messages.
pub const NUMERIC: [&str; 7] = ["months", "years", "count", "serial", "down", "up", "mbps"];

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// For each language: how many of the catalogue's resident-facing texts it has (offers shown in
/// answers, conditions, network notes), and how many there are.
pub fn prose_coverage(cat: &Catalogue) -> BTreeMap<Lang, (usize, usize)> {
    let mut out = BTreeMap::new();
    for lang in Lang::ALL {
        let tag = lang.tag();
        let (mut have, mut total) = (0, 0);
        for t in cat.tariffs.iter().filter(|t| t.status != Status::Historic) {
            let en = t.text(crate::SOURCE_LANG);
            let own = t.text.get(tag);
            let fields = [
                (Some(&en.summary), own.map(|o| &o.summary)),
                (en.terms.as_ref(), own.and_then(|o| o.terms.as_ref())),
                (en.how_to_apply.as_ref(), own.and_then(|o| o.how_to_apply.as_ref())),
                (en.proof.as_ref(), own.and_then(|o| o.proof.as_ref())),
                (en.title.as_ref(), own.and_then(|o| o.title.as_ref())),
            ];
            for (english, translated) in fields {
                if english.is_some() {
                    total += 1;
                    have += usize::from(translated.is_some());
                }
            }
        }
        for c in &cat.conditions {
            total += 1;
            have += usize::from(c.text.contains_key(tag));
        }
        for n in &cat.networks {
            for key in n.text.get(crate::SOURCE_LANG).into_iter().flat_map(|t| t.keys()) {
                total += 1;
                have += usize::from(n.text.get(tag).is_some_and(|t| t.contains_key(key)));
            }
        }
        out.insert(lang, (have, total));
    }
    out
}

/// `tariff-finder locales mark LANG`: record that LANG's translation matches today's English.
pub fn mark(tag: &str) -> Result<String, Failure> {
    let lang = Lang::negotiate(tag).ok().filter(|l| !l.is_english()).ok_or_else(|| {
        Failure::usage(
            format!("{tag:?} is not a shipped translation"),
            "use one of: cy, pl, ro, ur, pa, bn, ar",
        )
    })?;
    let path = std::path::Path::new("locales")
        .join(lang.tag())
        .join("source-hashes.txt");
    if !path.parent().is_some_and(std::path::Path::is_dir) {
        return Err(Failure::usage(
            format!(
                "there is no {} folder here",
                path.parent().map(|p| p.display().to_string()).unwrap_or_default()
            ),
            "run it from the top of the tariff-finder source (where Cargo.toml is)",
        ));
    }
    let english = crate::locales_review::english_texts(&catalogue::embedded());
    let text = crate::locales_review::render_hashes(lang, &english);
    crate::cache::write_atomic(&path, text.as_bytes()).map_err(|e| {
        Failure::usage(
            format!("could not write {}: {e}", path.display()),
            "check the file is writable",
        )
    })?;
    Ok(format!(
        "Marked {} as translated from today's English ({} texts) in {}.\n",
        lang.tag(),
        english.len(),
        path.display()
    ))
}
