//! The `check` command: reads the catalogue and the answers, calls the core, renders one answer.
//! This is a shell: the only file and stdin access of the command lives here.

use std::io::Read;
use std::path::Path;

use crate::answers::{Answers, MAX_ANSWERS_BYTES, Reply};
use crate::benefits::nearest;
use crate::catalogue::{self, Catalogue, MAX_CATALOGUE_BYTES, Origin};
use crate::cli::{CheckArgs, Cli, Format, ReplyArg};
use crate::date::Date;
use crate::guidance::{self, Options, Render, Report};
use crate::i18n::{Lang, Localizer};
use crate::postcode;

/// A failed command: exit code, one-line reason, and a hint of what to do.
#[derive(Debug, PartialEq, Eq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    /// Bad input: exit 2.
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
}

pub fn run(cli: &Cli, config: &crate::config::Config, args: &CheckArgs) -> Result<String, Failure> {
    let lang = guidance_lang(cli.lang.as_deref(), |k| std::env::var(k).ok());
    let mut langs = vec![lang];
    if args.also_english {
        langs.push(Lang::EnGb);
    }
    let (catalogue, origin) = load_catalogue(cli.catalogue.as_deref(), &Caches::standard(config, false)?, &langs)?;
    let answers = gather_answers(args, &catalogue)?;
    let postcode = match answers.postcode.as_deref() {
        Some(p) => {
            let mut info = postcode::lookup(p).map_err(|e| Failure::usage(e.to_string(), e.hint()))?;
            if let Some(base) = &config.postcode_lookup.url
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
    let today = match &args.today {
        Some(d) => Date::parse(d)
            .ok_or_else(|| Failure::usage(format!("--today {d:?} is not a date"), "write it as YYYY-MM-DD"))?,
        None => Date::today(),
    };
    let report = Report::new(&catalogue, &origin, &answers, postcode.as_ref(), today);
    let format = match args.format {
        Format::Text => guidance::Format::Text,
        Format::Markdown => guidance::Format::Markdown,
        Format::Html => guidance::Format::Html,
        Format::Json => guidance::Format::Json,
    };
    let how = Render {
        format,
        options: Options {
            personal: args.personal,
        },
        also_english: args.also_english,
        width: text_width(),
    };
    Ok(guidance::render(&report, &Localizer::new(lang), how))
}

/// `--lang`, else the system language when tariff-finder ships it, else en-GB. An unshipped
/// `--lang` is a one-line notice, not an error: the resident still gets an answer.
pub fn guidance_lang(requested: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
    match requested {
        Some(tag) => Lang::negotiate(tag).unwrap_or_else(|unsupported| {
            eprintln!(
                "tariff-finder: {}",
                crate::text_safety::clean_lines(&unsupported.to_string())
            );
            Lang::EnGb
        }),
        None => Lang::from_environment(env).unwrap_or(Lang::EnGb),
    }
}

/// The terminal's width when printing to one (within 40 to 120 columns), else 80.
fn text_width() -> usize {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return 80;
    }
    terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0).clamp(40, 120))
}

/// The catalogue caches start-up may use, and the keys a cached copy must be signed with.
#[derive(Clone, Debug, Default)]
pub struct Caches {
    /// Folders to look in, each with whether the kiosk rule (root-owned) applies.
    pub dirs: Vec<(std::path::PathBuf, bool)>,
    pub keys: Vec<minisign::PublicKey>,
}

impl Caches {
    /// A kiosk reads only the root-owned system cache; anyone else their own cache, then the system one.
    pub fn standard(config: &crate::config::Config, kiosk: bool) -> Result<Caches, Failure> {
        let keys = crate::trust::trusted_keys(config.refresh.public_keys.as_deref().unwrap_or_default())
            .map_err(|e| Failure::usage(e, "fix the key (docs/publishing.md)"))?;
        let system = crate::cache::system_dir().map(|d| (d, kiosk));
        let dirs = if kiosk {
            system.into_iter().collect()
        } else {
            crate::cache::user_dir()
                .map(|d| (d, false))
                .into_iter()
                .chain(system)
                .collect()
        };
        Ok(Caches { dirs, keys })
    }

    /// The newest verified cached catalogue newer than `above`, if any.
    pub fn newest(&self, above: (crate::date::Date, u32)) -> Option<crate::cache::Cached> {
        self.dirs
            .iter()
            .filter_map(|(dir, root_only)| crate::cache::newest(dir, &self.keys, *root_only, Some(above)))
            .max_by_key(|c| (c.catalogue.edition, c.catalogue.serial))
    }
}

/// `--catalogue FILE`; else a signed cached copy newer than the embedded one; else the embedded
/// copy with the prose of `langs`. No network here, ever.
pub fn load_catalogue(path: Option<&Path>, caches: &Caches, langs: &[Lang]) -> Result<(Catalogue, Origin), Failure> {
    if let Some(path) = path {
        let (_, catalogue) = read_catalogue(path)?;
        return Ok((catalogue, Origin::File(path.display().to_string())));
    }
    let embedded = catalogue::embedded_for(langs);
    match caches.newest((embedded.edition, embedded.serial)) {
        Some(c) => Ok((
            c.catalogue,
            Origin::Cache {
                path: c.path.display().to_string(),
                expires: c.vouched.expires,
            },
        )),
        None => Ok((embedded, Origin::Embedded)),
    }
}

/// A catalogue file's exact text and the catalogue it holds, validated; errors name the file.
pub fn read_catalogue(path: &Path) -> Result<(String, Catalogue), Failure> {
    let name = path.display().to_string();
    let text = read_limited(path, MAX_CATALOGUE_BYTES).map_err(|e| match e {
        ReadError::TooLarge(_) => Failure::usage(
            format!("{name}: the file is over the 16 MiB limit for a catalogue"),
            "a real catalogue is far smaller: check you gave the right file",
        ),
        ReadError::Io(e) => Failure::usage(
            format!("{name}: cannot read the catalogue: {e}"),
            "check the path, or leave out --catalogue to use the built-in one",
        ),
        ReadError::NotText => Failure::usage(
            format!("{name}: the catalogue is not UTF-8 text"),
            "a catalogue is a TOML text file",
        ),
    })?;
    let catalogue = catalogue::parse(&text, &name).map_err(|errors| {
        let count = errors.0.len();
        let mut message = format!(
            "the catalogue is not valid ({count} error{}):\n{errors}",
            if count == 1 { "" } else { "s" }
        );
        if message.ends_with('\n') {
            message.pop();
        }
        Failure {
            code: 2,
            message,
            hint: Some("fix the file, or leave out --catalogue to use the built-in one".into()),
        }
    })?;
    Ok((text, catalogue))
}

fn gather_answers(args: &CheckArgs, catalogue: &Catalogue) -> Result<Answers, Failure> {
    let bad = |e: crate::answers::AnswersError| Failure::usage(e.to_string(), e.hint());
    let mut answers = match &args.answers {
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
        answers.account_holder = match a {
            ReplyArg::Yes => Reply::Yes,
            ReplyArg::No => Reply::No,
            ReplyArg::NotSure => Reply::NotSure,
        };
    }
    if let Some(p) = &args.current_provider {
        answers.current_provider = Some(p.clone()).filter(|p| !p.trim().is_empty());
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

pub enum ReadError {
    /// Over this many bytes.
    TooLarge(usize),
    NotText,
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::TooLarge(limit) if limit % (1024 * 1024) == 0 => {
                write!(f, "the file is over the {} MiB limit", limit / (1024 * 1024))
            }
            ReadError::TooLarge(limit) => write!(f, "the file is over the {} KiB limit", limit / 1024),
            ReadError::NotText => write!(f, "the file is not UTF-8 text"),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Reads a whole regular file, refusing it once it passes `limit` bytes (without reading the
/// rest). A FIFO or a device is refused before anything waits on it.
pub fn read_limited(path: &Path, limit: usize) -> Result<String, ReadError> {
    read_from(crate::files::open_regular(path).map_err(ReadError::Io)?, limit)
}

/// As `read_limited`, but a pipe is fine too: answers may come from `<(…)` in a shell.
pub fn read_limited_or_pipe(path: &Path, limit: usize) -> Result<String, ReadError> {
    read_from(std::fs::File::open(path).map_err(ReadError::Io)?, limit)
}

fn read_from(file: std::fs::File, limit: usize) -> Result<String, ReadError> {
    let mut buf = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(ReadError::Io)?;
    if buf.len() > limit {
        return Err(ReadError::TooLarge(limit));
    }
    String::from_utf8(buf).map_err(|_| ReadError::NotText)
}
