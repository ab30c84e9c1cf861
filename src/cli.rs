//! Command-line definitions (clap) and dispatch. One source for `--help`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::failure::Failure;
use crate::setup::{Flags, Purpose, Setup};

const ABOUT: &str = "Which UK social tariffs can this household get?";

const LONG_ABOUT: &str = "\
Which UK social tariffs can this household get?

Social tariffs are cheaper broadband and phone deals for people on certain benefits. Each provider
has its own list of benefits and its own area. tariff-finder checks them all at once, from the
benefits the resident gets and their postcode, and says for each offer: yes, maybe (with what to
check) or no (with the reason).

With no command it opens the wizard, six steps an adviser and a resident go through together. F2
switches to adviser mode: benefits, follow-ups, postcode and live results on one screen (Space
ticks, Tab moves to the postcode). F2 again, F5 and Enter reach the guidance, where s saves the
handout, p prints it and f shows every offer. F1 lists the keys; Ctrl+N starts the next resident.

Nothing you type is saved. Nothing is sent anywhere either, unless the config file turns on the
live postcode check (then only the postcode goes to the service it names). The catalogue and
postcode table are built in; `tariff-finder refresh` fetches a newer signed catalogue.";

const AFTER_HELP: &str = "\
Examples:
  tariff-finder check --benefit universal-credit --postcode \"B1 1BB\"
  tariff-finder check --benefit pension-credit-guarantee --account-holder yes --format json
  tariff-finder check --answers answers.toml      (keeps answers out of shell history)
  tariff-finder check --lang cy --also-english --format html > handout.html
  tariff-finder refresh                           (newest signed catalogue, from [refresh] url)
  tariff-finder --kiosk                           (a public laptop: see docs/kiosk.md)

Exit status: 0 an answer was given (also \"nothing fits\"), 2 bad input, 1 other failure.";

pub const BENEFIT_HELP: &str = "\
Benefit ids for --benefit (give the plain id when the resident is not sure of the type):
  universal-credit                  Universal Credit, earnings not known
  universal-credit-no-earnings      Universal Credit, no earnings in the last assessment period
  universal-credit-with-earnings    Universal Credit, with earnings in the last assessment period
  pension-credit                    Pension Credit, part not known
  pension-credit-guarantee          Pension Credit, Guarantee Credit
  pension-credit-savings            Pension Credit, Savings Credit only
  income-support                    Income Support
  jsa                               Jobseeker's Allowance, type not known
  jsa-income-based                  income-based Jobseeker's Allowance
  jsa-contribution-based            New Style (contribution-based) Jobseeker's Allowance
  esa                               Employment and Support Allowance, type not known
  esa-income-related                income-related Employment and Support Allowance
  esa-contribution-based            New Style (contribution-based) Employment and Support Allowance
  pip                               Personal Independence Payment
  adult-disability-payment          Adult Disability Payment (Scotland)
  pension-age-disability-payment    Pension Age Disability Payment (Scotland)
  dla                               Disability Living Allowance
  attendance-allowance              Attendance Allowance
  housing-benefit                   Housing Benefit
  carers-allowance                  Carer's Allowance
  carer-support-payment             Carer Support Payment (Scotland)
  council-tax-reduction             Council Tax Reduction / Support
  care-leaver                       the resident is a care leaver

Abbreviations (each means the benefit with its type not known): uc, pc, esa, jsa, pip, dla,
aa (Attendance Allowance), hb (Housing Benefit), ctr (Council Tax Reduction).

Conditions for --fact ID=yes|no|not-sure (from the built-in catalogue):
  aged-18-or-over                   the resident is 18 or over
  not-connected-openreach-90-days   no Openreach connection at the address in the last 90 days
  no-other-landline                 the household has no other landline
  not-in-arrears                    not in arrears or on a repayment plan with the provider
  referred-by-work-coach            a Jobcentre work coach offers or refers it
  low-income-or-no-access           low income, or no (or not enough) internet access

Answers file (--answers FILE, or --answers - to read standard input), all keys optional:
  benefits = [\"universal-credit\", \"pip\"]
  postcode = \"B1 1BB\"
  account_holder = \"yes\"          # yes | no | not-sure
  age = \"pension-age\"             # under-18 | working-age | pension-age | not-sure
  current_provider = \"BT\"
  [facts]
  aged-18-or-over = \"yes\"

Exit status: 0 an answer was given (also \"nothing fits\"), 2 bad input, 1 other failure.";

#[derive(Debug, Parser)]
#[command(name = "tariff-finder", version, about = ABOUT, long_about = LONG_ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    /// Lock the wizard down for a public laptop: answers wiped when left idle, no quitting
    /// without the admin PIN (see docs/kiosk.md)
    #[arg(long)]
    pub kiosk: bool,

    /// Read settings from this file (every key: docs/configuration.md)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Use this catalogue file instead of the built-in one
    #[arg(long, global = true, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,

    /// The resident's language for guidance: en-GB, cy, pl, ro, ur, pa, bn or ar
    /// (default: the system language when it is one of these, else en-GB)
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,

    /// The adviser's screen language (default: the same as --lang)
    #[arg(long, global = true, value_name = "TAG")]
    pub ui_lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Give one answer without questions: which offers fit these benefits and this postcode
    #[command(after_long_help = BENEFIT_HELP, after_help = "Run `tariff-finder check --help` for every benefit id and the answers file format.")]
    Check(CheckArgs),
    /// The questions as numbered prompts, one per line (screen readers, TERM=dumb, scripts)
    Plain,
    /// Fetch the newest signed catalogue from [refresh] url into the cache (see docs/publishing.md)
    Refresh {
        /// Write the system-wide cache that kiosks read (run as root, e.g. from the systemd timer)
        #[arg(long)]
        system: bool,
    },
    /// For translators: check every language file and the catalogue's prose in each language
    #[command(subcommand)]
    Locales(LocalesCommand),
    /// For maintainers: check, diff, test, format, sign and verify a catalogue
    #[command(subcommand)]
    Catalogue(CatalogueCommand),
    /// For whoever sets up a kiosk laptop: make the admin PIN hash
    #[command(subcommand)]
    Kiosk(KioskCommand),
    /// For packagers: write the man page or shell completions to standard output
    #[command(hide = true)]
    Generate {
        #[arg(value_enum)]
        what: Generated,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommand {
    /// Check a catalogue: every error with its line (exit 2), warnings, and a summary
    Check {
        /// The catalogue (default: ./tariffs.toml, else the one in use)
        file: Option<PathBuf>,
        /// Treat warnings as failures (exit 2)
        #[arg(long)]
        strict: bool,
        /// Pretend today is this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", hide = true)]
        today: Option<String>,
    },
    /// What changed between two catalogues: offers, prices, benefits, footprints
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, value_enum, default_value_t = crate::maintain::DiffFormat::Text)]
        format: crate::maintain::DiffFormat,
    },
    /// Run the persona households against a catalogue and show every answer that differs
    Test {
        /// The catalogue (default: ./tariffs.toml, else the one in use)
        file: Option<PathBuf>,
        /// Households to use instead of the built-in ones (the format of tests/personas.toml)
        #[arg(long, value_name = "FILE")]
        personas: Option<PathBuf>,
    },
    /// Put a catalogue file in canonical order and layout (comments kept)
    Fmt {
        /// The catalogue (default: ./tariffs.toml)
        file: Option<PathBuf>,
        /// Change nothing; exit 1 if the file is not formatted
        #[arg(long)]
        check: bool,
    },
    /// Print the JSON Schema of the catalogue format (for editors; see tariffs.schema.json)
    Schema,
    /// Check that every source and application address still answers (uses the network)
    Links {
        /// The catalogue (default: ./tariffs.toml, else the one in use)
        file: Option<PathBuf>,
    },
    /// Make a signing key pair in FOLDER (the secret key is password-protected)
    Keygen {
        #[arg(long, value_name = "FOLDER", default_value = ".")]
        out: PathBuf,
        /// No password on the secret key (only for throwaway keys, e.g. tests)
        #[arg(long)]
        unencrypted: bool,
    },
    /// Check FILE, then write FILE.minisig vouching for its edition and serial until --expires
    Sign {
        file: PathBuf,
        /// The secret key from `catalogue keygen`
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
        /// The last day this catalogue may be used (YYYY-MM-DD), e.g. before next April's prices
        #[arg(long, value_name = "DATE")]
        expires: String,
        /// Where to write the signature (default: FILE.minisig)
        #[arg(long, value_name = "SIG")]
        signature: Option<PathBuf>,
    },
    /// Check FILE against its signature and a publisher's public key; exit 2 if anything is wrong
    Verify {
        file: PathBuf,
        /// The signature (default: FILE.minisig)
        #[arg(long, value_name = "SIG")]
        signature: Option<PathBuf>,
        /// A trusted public key file (repeat for several)
        #[arg(long = "public-key", value_name = "PUB")]
        public_keys: Vec<PathBuf>,
        /// Pretend today is this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", hide = true)]
        today: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum KioskCommand {
    /// Read an admin PIN (twice, without showing it) and print the hash for [kiosk] admin_pin_hash
    HashPin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Generated {
    Man,
    Bash,
    Zsh,
    Fish,
}

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Every message in every language, with the same variables as English; coverage report and
    /// the translations whose English changed since they were made
    Check,
    /// Record that LANG's translation is up to date with today's English (after a review)
    Mark {
        /// cy, pl, ro, ur, pa, bn or ar
        lang: String,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A benefit the resident gets (repeat for each; none means none of the listed benefits)
    #[arg(long = "benefit", value_name = "ID")]
    pub benefits: Vec<String>,

    /// The home postcode, or just its first half (e.g. "B1"); leave out if none or not sure
    #[arg(long, value_name = "POSTCODE")]
    pub postcode: Option<String>,

    /// Is the resident the broadband account holder?
    #[arg(long, value_enum, value_name = "ANSWER")]
    pub account_holder: Option<ReplyArg>,

    /// The resident's age band: rules out pension-age benefits for the young and jobcentre
    /// schemes at pension age; never turns a "yes" into a "no" (default: not-sure)
    #[arg(long, value_enum, value_name = "BAND")]
    pub age: Option<AgeArg>,

    /// The resident's current provider, e.g. "BT" (their own offer comes first)
    #[arg(long, value_name = "NAME")]
    pub current_provider: Option<String>,

    /// Answer a typed condition: ID=yes|no|not-sure (repeatable)
    #[arg(long = "fact", value_name = "ID=ANSWER")]
    pub facts: Vec<String>,

    /// Read the answers from a TOML file, or "-" for standard input
    #[arg(long, value_name = "FILE|-")]
    pub answers: Option<String>,

    /// Output format: text for the screen, markdown or html for a handout, json for programs
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Put English beside the resident's language (a bilingual handout)
    #[arg(long)]
    pub also_english: bool,

    /// Include the postcode and the resident's benefits in the guidance (off by default, so a
    /// printed handout carries no personal data)
    #[arg(long)]
    pub personal: bool,

    /// Every offer with every detail and the reasons for those ruled out (by default the answer
    /// comes first and short: what to do next, what to check, and a count of the rest)
    #[arg(long)]
    pub full: bool,

    /// Pretend today is this date (YYYY-MM-DD), for reproducible output
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReplyArg {
    Yes,
    No,
    NotSure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AgeArg {
    /// Under 18
    #[value(name = "under-18")]
    Under18,
    /// 18 to State Pension age
    WorkingAge,
    /// State Pension age or over
    PensionAge,
    NotSure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text, wrapped to the terminal (80 columns when piped)
    Text,
    /// A Markdown handout
    Markdown,
    /// A printable A4 HTML handout, self-contained
    Html,
    /// One JSON object for programs
    Json,
}

/// Parses arguments, runs the command, prints the result, and maps failures to exit codes.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap uses 2 for usage errors and 0 for --help / --version.
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let flags = Flags {
        kiosk: cli.kiosk,
        config: cli.config.clone(),
        catalogue: cli.catalogue.clone(),
        lang: cli.lang.clone(),
        ui_lang: cli.ui_lang.clone(),
    };
    let setup = |purpose| Setup::resolve(&flags, purpose, |k| std::env::var(k).ok());
    let result = match &cli.command {
        // A kiosk is only ever the wizard: no personal handout, no files, no maintainer tools.
        Some(_) if cli.kiosk => Err(Failure::usage(
            "--kiosk starts the locked-down wizard and cannot be combined with a command",
            "run `tariff-finder --kiosk` on its own",
        )),
        Some(Command::Check(args)) => check_request(args)
            .and_then(|request| setup(Purpose::Command).and_then(|s| crate::commands::check::run(&s, &request))),
        Some(Command::Refresh { system }) => {
            setup(Purpose::Refresh { system: *system }).and_then(|s| crate::refresh::command(&s, *system))
        }
        Some(Command::Locales(LocalesCommand::Check)) => crate::locales_check::run(),
        Some(Command::Locales(LocalesCommand::Mark { lang })) => crate::locales_check::mark(lang),
        Some(Command::Kiosk(KioskCommand::HashPin)) => crate::kiosk_setup::hash_pin(),
        Some(Command::Catalogue(c)) => setup(Purpose::Command).and_then(|s| catalogue_command(c, &s)),
        Some(Command::Generate { what }) => generate(*what),
        Some(Command::Plain) => setup(Purpose::Interactive { plain: true }).and_then(|s| interactive(&s, true)),
        None => setup(Purpose::Interactive { plain: false }).and_then(|s| interactive(&s, false)),
    };
    match result {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            let output = crate::text_safety::clean_lines(&output);
            match stdout.write_all(output.as_bytes()).and_then(|_| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // A reader that went away (`| head`) is not our failure.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("tariff-finder: could not write the answer: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(failure) => {
            // Not eprintln!: a closed stderr (`2>&1 | head`) must not turn a clean exit into a panic.
            let mut stderr = std::io::stderr().lock();
            let clean = crate::text_safety::clean_lines;
            let _ = writeln!(stderr, "tariff-finder: {}", clean(&failure.message));
            if let Some(hint) = &failure.hint {
                let _ = writeln!(stderr, "  hint: {}", clean(hint));
            }
            failure.exit.into()
        }
    }
}

/// A `check`'s arguments as the command needs them.
fn check_request(args: &CheckArgs) -> Result<crate::commands::check::Request, Failure> {
    use crate::answers::Reply;
    let today = match &args.today {
        Some(d) => Some(parse_today(Some(d))?),
        None => None,
    };
    Ok(crate::commands::check::Request {
        answers_from: args.answers.clone(),
        benefits: args.benefits.clone(),
        postcode: args.postcode.clone(),
        account_holder: args.account_holder.map(|a| match a {
            ReplyArg::Yes => Reply::Yes,
            ReplyArg::No => Reply::No,
            ReplyArg::NotSure => Reply::NotSure,
        }),
        current_provider: args.current_provider.clone(),
        age: args.age.map(|a| match a {
            AgeArg::Under18 => crate::answers::AgeBand::Under18,
            AgeArg::WorkingAge => crate::answers::AgeBand::WorkingAge,
            AgeArg::PensionAge => crate::answers::AgeBand::PensionAge,
            AgeArg::NotSure => crate::answers::AgeBand::NotSure,
        }),
        facts: args.facts.clone(),
        format: match args.format {
            Format::Text => crate::guidance::Format::Text,
            Format::Markdown => crate::guidance::Format::Markdown,
            Format::Html => crate::guidance::Format::Html,
            Format::Json => crate::guidance::Format::Json,
        },
        also_english: args.also_english,
        personal: args.personal,
        full: args.full,
        today,
    })
}

/// The wizard, or plain mode when asked for, when there is no terminal, or with TERM=dumb; the
/// kiosk when `--kiosk` or the system-wide config asks for it.
fn interactive(setup: &Setup, plain: bool) -> Result<String, Failure> {
    use std::io::IsTerminal;
    for w in setup.warnings.iter().chain(&setup.unsupported_lang) {
        eprintln!("tariff-finder: {}", crate::text_safety::clean_lines(w));
    }
    let (config, kiosk, lang, ui_lang) = (&setup.config, setup.kiosk, setup.lang, setup.ui_lang);
    if kiosk && let Some(path) = &setup.catalogue_file {
        // What a public screen tells residents must come from a file only root can change.
        crate::config::load::kiosk_trusts_file(path).map_err(|why| {
            Failure::usage(
                format!(
                    "--catalogue {}: a kiosk uses a catalogue file only when root owns it and no one else can write it; this one is {why}",
                    path.display()
                ),
                "sudo chown root:root FILE && sudo chmod 644 FILE, or leave out --catalogue (the kiosk then uses the built-in catalogue and the system cache)",
            )
        })?;
    }
    let (catalogue, origin) = setup.catalogue(&crate::i18n::Lang::ALL)?;
    let env = |k: &str| std::env::var(k).ok();
    let dumb = env("TERM").is_some_and(|t| t == "dumb");
    let io_err = |e: std::io::Error| Failure::bare(crate::failure::Exit::Failed, format!("terminal error: {e}"));
    let no_terminal = dumb || !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal();
    if kiosk && no_terminal {
        // A supervisor would otherwise restart a plain-mode kiosk in a loop.
        return Err(Failure::usage(
            "kiosk mode needs a terminal on standard input and output (and TERM other than dumb)",
            "start it inside a terminal: see docs/kiosk.md for a full-screen recipe",
        ));
    }
    if plain || no_terminal {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut out = std::io::stdout().lock();
        return match crate::plain::run(
            catalogue,
            origin,
            (lang, ui_lang),
            setup.today,
            config.postcode_lookup.url.as_deref(),
            &mut input,
            &mut out,
        ) {
            // A reader that went away (`| head`) is not our failure.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(String::new()),
            other => other.map(|()| String::new()).map_err(io_err),
        };
    }
    let theme = crate::tui::theme::Theme::from_config(config.general.theme, env);
    let print_format = match config.handout.format {
        Some(crate::config::HandoutFormat::Markdown) => crate::guidance::Format::Markdown,
        _ => crate::guidance::Format::Html,
    };
    let mut app = crate::tui::app::App::new(catalogue, origin, lang, ui_lang, setup.today, theme)
        .handouts(print_format)
        .postcode_lookup(config.postcode_lookup.url.is_some());
    if kiosk {
        crate::kiosk_setup::lock_down_process();
        let mut k = crate::tui::kiosk::Kiosk::new(
            std::time::Duration::from_secs(config.idle_seconds()),
            std::time::Duration::from_secs(config.countdown_seconds()),
            config.kiosk.admin_pin_hash.clone(),
            (lang, ui_lang, theme),
        );
        k.warning = setup.warnings.first().cloned();
        k.can_print = config.handout.print_command.is_some();
        k.can_save = config.handout.folder.is_some();
        app = app.kiosk(k);
    } else if config.general.adviser_mode == Some(true) {
        app = app.adviser_mode();
    }
    crate::tui::run(app, setup).map_err(io_err)?;
    Ok(String::new())
}

fn parse_today(today: Option<&str>) -> Result<crate::date::Date, Failure> {
    match today {
        Some(t) => crate::date::Date::parse(t)
            .ok_or_else(|| Failure::usage(format!("--today {t:?} is not a date"), "write it as YYYY-MM-DD")),
        None => Ok(crate::date::Date::today()),
    }
}

fn catalogue_command(command: &CatalogueCommand, setup: &Setup) -> Result<String, Failure> {
    use crate::maintain;
    let caches = || Ok::<_, Failure>(setup.caches.clone());
    match command {
        CatalogueCommand::Check { file, strict, today } => {
            maintain::check(file.as_deref(), *strict, parse_today(today.as_deref())?, &caches()?)
        }
        CatalogueCommand::Diff { old, new, format } => maintain::diff(old, new, *format),
        CatalogueCommand::Test { file, personas } => maintain::test(file.as_deref(), personas.as_deref(), &caches()?),
        CatalogueCommand::Fmt { file, check } => maintain::fmt(file.as_deref(), *check),
        CatalogueCommand::Schema => Ok(maintain::schema::json_schema()),
        CatalogueCommand::Links { file } => maintain::links(file.as_deref(), &caches()?),
        CatalogueCommand::Keygen { out, unencrypted } => crate::publish::keygen(out, *unencrypted),
        CatalogueCommand::Sign {
            file,
            key,
            expires,
            signature,
        } => crate::publish::sign(file, key, expires, signature.as_deref()),
        CatalogueCommand::Verify {
            file,
            signature,
            public_keys,
            today,
        } => crate::publish::verify(file, signature.as_deref(), public_keys, parse_today(today.as_deref())?),
    }
}

/// The man page or a completion script, from the same clap definitions as `--help`.
fn generate(what: Generated) -> Result<String, Failure> {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    let shell = match what {
        Generated::Man => {
            clap_mangen::Man::new(cmd)
                .render(&mut out)
                .map_err(|e| Failure::bare(crate::failure::Exit::Failed, e.to_string()))?;
            return Ok(String::from_utf8_lossy(&out).into_owned());
        }
        Generated::Bash => clap_complete::Shell::Bash,
        Generated::Zsh => clap_complete::Shell::Zsh,
        Generated::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, "tariff-finder", &mut out);
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::benefits::Benefit;

    #[test]
    fn help_lists_every_benefit_and_condition() {
        for b in Benefit::ALL {
            assert!(BENEFIT_HELP.contains(&format!("  {} ", b.id())), "{}", b.id());
        }
        for c in &crate::catalogue::embedded().conditions {
            if c.answered_by == crate::catalogue::AnsweredBy::Fact {
                assert!(BENEFIT_HELP.contains(&format!("  {} ", c.id)), "{}", c.id);
            }
        }
    }

    #[test]
    fn clap_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
