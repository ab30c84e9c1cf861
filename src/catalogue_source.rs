//! Which catalogue is in use: `--catalogue FILE`, else a newer signed copy in a cache, else the
//! embedded one. Reading only: no network here, ever (refresh is its own command).

use std::path::Path;

use crate::catalogue::{self, Catalogue, MAX_CATALOGUE_BYTES, Origin};
use crate::failure::{Exit, Failure};
use crate::files::{ReadError, read_limited};
use crate::i18n::Lang;

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
pub(crate) fn load_catalogue(
    path: Option<&Path>,
    caches: &Caches,
    langs: &[Lang],
) -> Result<(Catalogue, Origin), Failure> {
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
pub(crate) fn read_catalogue(path: &Path) -> Result<(String, Catalogue), Failure> {
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
            exit: Exit::BadInput,
            message,
            hint: Some("fix the file, or leave out --catalogue to use the built-in one".into()),
        }
    })?;
    Ok((text, catalogue))
}
