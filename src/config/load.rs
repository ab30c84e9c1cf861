//! Finding the config files and deciding whether a kiosk may trust them.
//!
//! Order: the system-wide file first, then `--config`, else `TARIFF_FINDER_CONFIG`, else the
//! user's own file in the platform config folder; later files win key by key. A kiosk reads only
//! the system-wide file and `--config`, and only when root owns them and no one else can write them.

use std::path::{Path, PathBuf};

use super::Config;

pub(crate) const SYSTEM_CONFIG: &str = "/etc/tariff-finder/config.toml";
/// Config files are small; anything bigger is a mistake or an attack.
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// What the shell knows about where config may come from.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sources {
    pub system: Option<PathBuf>,
    pub explicit: Option<PathBuf>,
    pub from_env: Option<PathBuf>,
    pub user: Option<PathBuf>,
}

impl Sources {
    /// The real places: `/etc`, `--config`, `TARIFF_FINDER_CONFIG`, the platform folder.
    pub(crate) fn standard(explicit: Option<&Path>) -> Sources {
        Sources {
            system: Some(PathBuf::from(SYSTEM_CONFIG)),
            explicit: explicit.map(Path::to_path_buf),
            from_env: std::env::var_os("TARIFF_FINDER_CONFIG").map(PathBuf::from),
            user: directories::ProjectDirs::from("uk", "tariff-finder", "tariff-finder")
                .map(|d| d.config_dir().join("config.toml")),
        }
    }
}

/// The merged config, and warnings for the admin (files skipped, and why).
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
    /// A file that was read, but could not be trusted in kiosk mode, asked for a kiosk.
    pub untrusted_kiosk_request: bool,
}

/// Why a kiosk will not use a file.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Distrust {
    NotRoot { uid: u32 },
    WritableByOthers { mode: u32 },
    NotAFile,
}

/// The kiosk rule: owned by root, writable by no one else (no group or other write bit).
pub(crate) fn kiosk_trusts(uid: u32, mode: u32, is_file: bool) -> Result<(), Distrust> {
    if !is_file {
        return Err(Distrust::NotAFile);
    }
    if uid != 0 {
        return Err(Distrust::NotRoot { uid });
    }
    if mode & 0o022 != 0 {
        return Err(Distrust::WritableByOthers { mode: mode & 0o7777 });
    }
    Ok(())
}

/// The kiosk rule applied to a file on disk (a catalogue given with `--catalogue`).
pub(crate) fn kiosk_trusts_file(path: &std::path::Path) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    kiosk_trusts(meta.uid(), meta.mode(), meta.is_file()).map_err(|why| why.to_string())
}

impl std::fmt::Display for Distrust {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Distrust::NotRoot { uid } => write!(f, "owned by user {uid}, not root (sudo chown root:root)"),
            Distrust::WritableByOthers { mode } => {
                write!(f, "others can write it (mode {mode:o}; sudo chmod 644)")
            }
            Distrust::NotAFile => write!(f, "not a regular file"),
        }
    }
}

/// A config error that stops the program (outside kiosk mode): the file and what to fix.
#[derive(Debug)]
pub(crate) struct LoadError {
    pub path: PathBuf,
    pub message: String,
    /// The file could not be read at all (missing, unreadable), rather than read and found wrong.
    pub unreadable: bool,
}

/// Reads and merges the config files. Outside kiosk mode a broken file is an error (exit 2); a
/// kiosk skips it with a warning and starts on locked defaults.
pub(crate) fn load(sources: &Sources, kiosk: bool) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    let chosen = sources
        .explicit
        .clone()
        .or_else(|| if kiosk { None } else { sources.from_env.clone() })
        .map(|p| (p, true))
        .or_else(|| {
            if kiosk {
                None
            } else {
                sources.user.clone().map(|p| (p, false))
            }
        });
    let files = sources.system.iter().map(|p| (p.clone(), false)).chain(chosen);
    for (path, must_exist) in files {
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => continue,
            Err(e) => {
                let message = format!("cannot read it: {e}");
                if kiosk {
                    loaded.warnings.push(format!("{}: {message}", path.display()));
                    continue;
                }
                return Err(LoadError {
                    path,
                    message,
                    unreadable: true,
                });
            }
        };
        if kiosk {
            use std::os::unix::fs::MetadataExt;
            if let Err(why) = kiosk_trusts(meta.uid(), meta.mode(), meta.is_file()) {
                loaded
                    .warnings
                    .push(format!("settings not used, {why}: {}", path.display()));
                // A file that asks for a kiosk still gets one, on locked defaults.
                loaded.untrusted_kiosk_request |= read(&path)
                    .ok()
                    .and_then(|t| Config::parse(&t).ok())
                    .is_some_and(|c| c.kiosk.enabled == Some(true));
                continue;
            }
        }
        let parsed = read(&path).and_then(|t| Config::parse(&t).map_err(|e| (e.message, false)));
        match parsed {
            Ok(c) => loaded.config = std::mem::take(&mut loaded.config).overlay(c),
            Err((message, _)) if kiosk => loaded.warnings.push(format!("{} not used: {message}", path.display())),
            Err((message, unreadable)) => {
                return Err(LoadError {
                    path,
                    message,
                    unreadable,
                });
            }
        }
    }
    Ok(loaded)
}

/// The file's text, or why not and whether it could be read at all.
fn read(path: &Path) -> Result<String, (String, bool)> {
    crate::files::read_limited(path, MAX_CONFIG_BYTES as usize).map_err(|e| match e {
        crate::files::ReadError::TooLarge(_) => (format!("{e}: a config file is a few lines"), false),
        other => (format!("cannot read it: {other}"), true),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kiosk_trust_rule() {
        assert_eq!(kiosk_trusts(0, 0o100644, true), Ok(()));
        assert_eq!(kiosk_trusts(0, 0o100600, true), Ok(()));
        assert_eq!(kiosk_trusts(1000, 0o100644, true), Err(Distrust::NotRoot { uid: 1000 }));
        assert_eq!(
            kiosk_trusts(0, 0o100664, true),
            Err(Distrust::WritableByOthers { mode: 0o664 })
        );
        assert_eq!(
            kiosk_trusts(0, 0o100646, true),
            Err(Distrust::WritableByOthers { mode: 0o646 })
        );
        assert_eq!(kiosk_trusts(0, 0o40755, false), Err(Distrust::NotAFile));
    }

    fn write(dir: &Path, name: &str, text: &str, mode: u32) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        p
    }

    #[test]
    fn files_merge_and_a_kiosk_skips_what_it_cannot_trust() {
        let dir = tempfile::tempdir().unwrap();
        let system = write(
            dir.path(),
            "system.toml",
            "[general]\nlang = \"cy\"\n[kiosk]\nenabled = true\n",
            0o644,
        );
        let user = write(dir.path(), "user.toml", "[general]\ntheme = \"mono\"\n", 0o644);
        let sources = Sources {
            system: Some(system.clone()),
            user: Some(user),
            ..Sources::default()
        };
        let l = load(&sources, false).unwrap();
        assert_eq!(l.config.general.lang.as_deref(), Some("cy"));
        assert_eq!(l.config.general.theme, Some(super::super::ThemeName::Mono));
        // A kiosk never reads the user's own file.
        let l = load(&sources, true).unwrap();
        assert_eq!(l.config.general.theme, None);
        // Writable by others: skipped, with a warning, but the kiosk request stands.
        write(
            dir.path(),
            "system.toml",
            "[kiosk]\nenabled = true\nidle_seconds = 5\n",
            0o666,
        );
        let l = load(&sources, true).unwrap();
        assert_eq!(l.config.kiosk.idle_seconds, None);
        assert!(l.untrusted_kiosk_request);
        assert!(l.warnings[0].contains("others can write it"), "{:?}", l.warnings);
    }

    #[test]
    fn outside_a_kiosk_a_broken_file_is_an_error_and_a_missing_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let bad = write(dir.path(), "bad.toml", "[kiosk]\nidle = 5\n", 0o644);
        let sources = Sources {
            system: Some(dir.path().join("absent.toml")),
            explicit: Some(bad),
            ..Sources::default()
        };
        let e = load(&sources, false).unwrap_err();
        assert!(e.message.contains("idle"), "{}", e.message);
        let missing = Sources {
            explicit: Some(dir.path().join("nope.toml")),
            ..Sources::default()
        };
        assert!(load(&missing, false).unwrap_err().message.contains("cannot read"));
    }
}
