//! Everything a run needs to know before it starts, resolved once: the command line's global
//! flags, the environment and the config files become one `Setup` that every command and the
//! wizard read (as ripgrep turns its arguments into `HiArgs`). Nothing else reads the config.

use std::path::PathBuf;

use crate::catalogue::{Catalogue, Origin};
use crate::catalogue_source::{Caches, load_catalogue};
use crate::config::Config;
use crate::config::load::{self, LoadError, Sources};
use crate::date::Date;
use crate::failure::Failure;
use crate::i18n::Lang;

/// The global flags, as the command line gave them (no clap types past this point).
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub kiosk: bool,
    pub config: Option<PathBuf>,
    pub catalogue: Option<PathBuf>,
    pub lang: Option<String>,
    pub ui_lang: Option<String>,
}

/// What the run is for: it decides which config files count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// `check`, `catalogue …`, `locales …`: every config file, broken ones refused.
    Command,
    /// `refresh`; with `system`, only the system-wide file and `--config` (root's run must not
    /// follow a user's settings into what every user of the laptop reads).
    Refresh { system: bool },
    /// The wizard or plain mode: the system-wide file alone decides whether this is a kiosk,
    /// and a kiosk uses only files root owns.
    Interactive { plain: bool },
}

pub struct Setup {
    pub config: Config,
    /// The resident's language (guidance) and the screen's.
    pub lang: Lang,
    pub ui_lang: Lang,
    pub today: Date,
    pub kiosk: bool,
    pub caches: Caches,
    /// `--catalogue FILE`, when given.
    pub catalogue_file: Option<PathBuf>,
    /// Config files that were skipped, and why (a kiosk shows the first to its admin).
    pub warnings: Vec<String>,
    /// A language asked for that is not shipped: one line for stderr, the answer still comes.
    pub unsupported_lang: Option<String>,
}

impl Setup {
    /// Resolves flags + environment + config files. `env` reads an environment variable.
    pub fn resolve(flags: &Flags, purpose: Purpose, env: impl Fn(&str) -> Option<String>) -> Result<Setup, Failure> {
        let mut sources = Sources::standard(flags.config.as_deref());
        // Tests and packagers point this elsewhere; an empty value means no system file.
        if let Some(p) = env("TARIFF_FINDER_SYSTEM_CONFIG") {
            sources.system = (!p.is_empty()).then(|| PathBuf::from(p));
        }
        let (kiosk, config, warnings) = match purpose {
            Purpose::Command => (false, load::load(&sources, false).map_err(config_failure)?, Vec::new()),
            Purpose::Refresh { system } => {
                if system {
                    sources.from_env = None;
                    sources.user = None;
                }
                (false, load::load(&sources, false).map_err(config_failure)?, Vec::new())
            }
            Purpose::Interactive { plain } => {
                let system_only = Sources {
                    system: sources.system.clone(),
                    ..Sources::default()
                };
                let system = load::load(&system_only, true).map_err(config_failure)?;
                let kiosk = !plain
                    && (flags.kiosk || system.config.kiosk.enabled == Some(true) || system.untrusted_kiosk_request);
                let mut loaded = load::load(&sources, kiosk).map_err(config_failure)?;
                loaded.warnings.extend(system.warnings);
                (kiosk, loaded, Vec::new())
            }
        };
        let mut warnings = warnings;
        for w in config.warnings {
            if !warnings.contains(&w) {
                warnings.push(w);
            }
        }
        let config = config.config;
        let mut unsupported_lang = None;
        let mut negotiate = |requested: Option<&str>| match requested {
            Some(tag) => Lang::negotiate(tag).unwrap_or_else(|unsupported| {
                unsupported_lang = Some(unsupported.to_string());
                Lang::EnGb
            }),
            None => Lang::from_environment(&env).unwrap_or(Lang::EnGb),
        };
        let lang = negotiate(flags.lang.as_deref().or(config.general.lang.as_deref()));
        let ui_lang = match flags.ui_lang.as_deref().or(config.general.ui_lang.as_deref()) {
            Some(tag) => negotiate(Some(tag)),
            None => lang,
        };
        let caches = Caches::standard(&config, kiosk)?;
        Ok(Setup {
            config,
            lang,
            ui_lang,
            today: Date::today(),
            kiosk,
            caches,
            catalogue_file: flags.catalogue.clone(),
            warnings,
            unsupported_lang,
        })
    }

    /// The catalogue in use, with the prose of `langs` (see `catalogue_source`).
    pub fn catalogue(&self, langs: &[Lang]) -> Result<(Catalogue, Origin), Failure> {
        load_catalogue(self.catalogue_file.as_deref(), &self.caches, langs)
    }
}

fn config_failure(e: LoadError) -> Failure {
    let hint = if e.unreadable {
        "check the path given with --config or TARIFF_FINDER_CONFIG"
    } else {
        "fix the line it names (docs/configuration.md lists every key)"
    };
    Failure::usage(
        format!("the config file {} cannot be used: {}", e.path.display(), e.message),
        hint,
    )
}
