//! The maintainers' commands: `catalogue check`, `diff`, `test`, `fmt`, `schema`, `links`. Shells
//! around the pure catalogue code: they read files and print reports.

pub(crate) mod diff;
pub mod fmt;
pub mod links;
pub mod personas;
pub(crate) mod schema;

use std::path::{Path, PathBuf};

use crate::catalogue::{self, Catalogue, lint};
use crate::catalogue_source::read_catalogue;
use crate::date::Date;
use crate::failure::Failure;
use crate::files::read_limited;

/// The file a maintainer means: the one named, else `./tariffs.toml` where it exists.
pub fn resolve(file: Option<&Path>) -> Option<PathBuf> {
    file.map(Path::to_path_buf)
        .or_else(|| Some(PathBuf::from("tariffs.toml")).filter(|p| p.is_file()))
}

/// The text to check: FILE, else `./tariffs.toml`, else the catalogue this laptop uses.
fn source(file: Option<&Path>, caches: &crate::catalogue_source::Caches) -> Result<(String, String), Failure> {
    if let Some(path) = resolve(file) {
        let text = read_limited(&path, catalogue::MAX_CATALOGUE_BYTES)
            .map_err(|e| Failure::usage(format!("{}: {e}", path.display()), "check the path"))?;
        return Ok((path.display().to_string(), text));
    }
    let embedded = catalogue::embedded_for(&[]);
    Ok(match caches.newest((embedded.edition, embedded.serial)) {
        Some(c) => (c.path.display().to_string(), c.text),
        None => ("tariffs.toml (built in)".to_string(), catalogue::EMBEDDED.to_string()),
    })
}

fn read_failure(path: &Path, e: crate::files::ReadError) -> Failure {
    let hint = match e {
        crate::files::ReadError::TooLarge(_) => "a real catalogue is far smaller: check you gave the right file",
        crate::files::ReadError::NotText => "a catalogue is a TOML text file (UTF-8)",
        crate::files::ReadError::Io(_) => "check the path",
    };
    Failure::usage(format!("{}: {e}", path.display()), hint)
}

/// `catalogue check`: every error (exit 2), then warnings and a summary.
pub fn check(
    file: Option<&Path>,
    strict: bool,
    today: Date,
    caches: &crate::catalogue_source::Caches,
) -> Result<String, Failure> {
    let (name, text) = source(file, caches)?;
    let cat = catalogue::parse(&text, &name).map_err(|errors| Failure {
        exit: crate::failure::Exit::BadInput,
        message: format!("{name} has {}:\n{errors}", count(errors.0.len(), "error", "errors")),
        hint: Some("fix each line named above, then run `tariff-finder catalogue check` again".into()),
    })?;
    let warnings = catalogue::locate(&text, &name, lint::lint(&cat, today));
    let mut out = String::new();
    for w in &warnings.0 {
        out.push_str(&format!("warning: {w}\n"));
    }
    out.push_str(&format!(
        "{name}: valid, {}. {}\n",
        count(warnings.0.len(), "warning", "warnings"),
        lint::summary(&cat)
    ));
    if strict && !warnings.0.is_empty() {
        return Err(Failure {
            exit: crate::failure::Exit::BadInput,
            message: format!(
                "{out}--strict: {} make this a failure",
                count(warnings.0.len(), "warning", "warnings")
            ),
            hint: Some("deal with each warning, or run without --strict".into()),
        });
    }
    Ok(out)
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How `catalogue diff` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Markdown,
    Json,
}

/// `catalogue diff OLD NEW`.
pub fn diff(old: &Path, new: &Path, format: DiffFormat) -> Result<String, Failure> {
    let (_, before) = read_catalogue(old)?;
    let (_, after) = read_catalogue(new)?;
    let d = diff::diff(&before, &after);
    Ok(match format {
        DiffFormat::Text => diff::summary(&d),
        DiffFormat::Markdown => diff::markdown(&d),
        DiffFormat::Json => diff::json(&d),
    })
}

/// `catalogue test`: the persona households against a catalogue.
pub fn test(
    file: Option<&Path>,
    personas_file: Option<&Path>,
    caches: &crate::catalogue_source::Caches,
) -> Result<String, Failure> {
    let (name, text) = source(file, caches)?;
    let cat: Catalogue = catalogue::parse(&text, &name).map_err(|errors| Failure {
        exit: crate::failure::Exit::BadInput,
        message: format!("{name} is not valid:\n{errors}"),
        hint: Some("run `tariff-finder catalogue check` and fix the errors first".into()),
    })?;
    let (pname, ptext) = match personas_file {
        Some(p) => (
            p.display().to_string(),
            read_limited(p, 4 * 1024 * 1024)
                .map_err(|e| Failure::usage(format!("{}: {e}", p.display()), "check the path"))?,
        ),
        None => ("the built-in households".to_string(), personas::BUILT_IN.to_string()),
    };
    let households = personas::parse(&ptext).map_err(|e| {
        Failure::usage(
            format!("{pname}: {}", e.trim_end()),
            "each [[persona]] has name, answers and expect (see tests/personas.toml)",
        )
    })?;
    let expectations: usize = households.iter().map(|p| p.expect.len()).sum();
    let failures = personas::run(&households, &cat);
    let head = format!(
        "{} households, {} expected answers, against {name} (edition {} serial {})",
        households.len(),
        expectations,
        cat.edition,
        cat.serial
    );
    let checked: std::collections::BTreeSet<&str> = households
        .iter()
        .flat_map(|p| p.expect.keys().map(String::as_str))
        .collect();
    let unchecked: Vec<&str> = cat
        .offered()
        .map(|t| t.id.as_str())
        .filter(|id| !checked.contains(id))
        .collect();
    let note = if unchecked.is_empty() {
        String::new()
    } else {
        format!(
            "No household checks {}: add one to the personas file, with the answers worked out from the sources.\n",
            unchecked.join(", ")
        )
    };
    if failures.is_empty() {
        return Ok(format!("{head}: every answer as expected.\n{note}"));
    }
    Err(Failure {
        exit: crate::failure::Exit::Failed,
        message: format!(
            "{head}: {} differ:\n{}",
            count(failures.len(), "answer", "answers"),
            failures.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n")
        ),
        hint: Some(
            "if the catalogue change is right, the household's expectation in the personas file needs updating (by hand, from the sources); otherwise fix the catalogue"
                .into(),
        ),
    })
}

/// `catalogue fmt [--check]`: rewrite FILE in canonical form, or (with --check) say whether it is.
pub fn fmt(file: Option<&Path>, check_only: bool) -> Result<String, Failure> {
    let path = resolve(file).ok_or_else(|| {
        Failure::usage(
            "there is no tariffs.toml here",
            "give the catalogue file: tariff-finder catalogue fmt FILE",
        )
    })?;
    let name = path.display().to_string();
    let text = read_limited(&path, catalogue::MAX_CATALOGUE_BYTES).map_err(|e| read_failure(&path, e))?;
    let formatted = fmt::format(&text).map_err(|e| {
        // The parser's message quotes the line: keep a long one short.
        let short: Vec<String> = e.trim_end().lines().map(|l| l.chars().take(160).collect()).collect();
        Failure::usage(
            format!("{name} is not TOML, so it cannot be formatted:\n{}", short.join("\n")),
            "run `tariff-finder catalogue check` for the line to fix",
        )
    })?;
    // A guard, not a hope: the formatted text must hold exactly the same values.
    let same = toml::from_str::<toml::Table>(&text).ok() == toml::from_str::<toml::Table>(&formatted).ok();
    if !same {
        return Err(Failure {
            exit: crate::failure::Exit::Failed,
            message: format!("formatting {name} would change a value; nothing was written"),
            hint: Some("please report this with the file".into()),
        });
    }
    if formatted == text {
        return Ok(format!("{name} is already formatted.\n"));
    }
    if check_only {
        let changed = text
            .lines()
            .zip(formatted.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        return Err(Failure {
            exit: crate::failure::Exit::Failed,
            message: format!("{name} is not in canonical form (first difference at line {changed})"),
            hint: Some(format!("run `tariff-finder catalogue fmt {name}`")),
        });
    }
    crate::cache::write_atomic(&path, formatted.as_bytes())
        .map_err(|e| Failure::usage(format!("could not write {name}: {e}"), "check the file is writable"))?;
    Ok(format!("Formatted {name}.\n"))
}

/// `catalogue links`: every source and application address, checked over the network.
pub fn links(file: Option<&Path>, caches: &crate::catalogue_source::Caches) -> Result<String, Failure> {
    let (name, text) = source(file, caches)?;
    let cat = catalogue::parse(&text, &name).map_err(|errors| Failure {
        exit: crate::failure::Exit::BadInput,
        message: format!("{name} is not valid:\n{errors}"),
        hint: Some("run `tariff-finder catalogue check` and fix the errors first".into()),
    })?;
    let addresses = links::addresses(&cat);
    let results = links::check_all(&addresses, links::LIMITS, links::AT_ONCE);
    let (report, any_dead) = links::report(&addresses, &results);
    if any_dead {
        return Err(Failure {
            exit: crate::failure::Exit::Failed,
            message: format!("{name}: some addresses are dead\n{report}"),
            hint: Some(
                "check each by hand (some sites refuse programs); replace a dead source with an archived copy or a newer source"
                    .into(),
            ),
        });
    }
    Ok(report)
}
