//! The catalogue cache: signed catalogues fetched by `refresh`, kept as pairs
//! `tariffs-EDITION-SERIAL.toml` + `.toml.minisig`. Each file is written whole (temporary file in
//! the same folder, fsync, rename) and the older pair stays until the new one is complete, so a
//! crash at any point leaves a readable cache. Nothing personal is ever written here.

use std::path::{Path, PathBuf};

use minisign::PublicKey;

use crate::catalogue::{self, Catalogue, MAX_CATALOGUE_BYTES};
use crate::date::Date;
use crate::files::read_limited;
use crate::signing::{self, Vouched};

/// Where `refresh --system` writes and a kiosk reads.
pub const SYSTEM_CACHE: &str = "/var/cache/tariff-finder";
/// Pairs kept: the newest and the one before it.
const KEEP: usize = 2;
const MAX_SIGNATURE_BYTES: usize = 16 * 1024;
const HTTP_STATE: &str = "http.toml";

/// The user's cache: `TARIFF_FINDER_CACHE`, else the platform cache folder.
pub fn user_dir() -> Option<PathBuf> {
    match std::env::var_os("TARIFF_FINDER_CACHE") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => {
            directories::ProjectDirs::from("uk", "tariff-finder", "tariff-finder").map(|d| d.cache_dir().to_path_buf())
        }
    }
}

/// The system cache: `TARIFF_FINDER_SYSTEM_CACHE` (empty: none), else `/var/cache/tariff-finder`.
pub fn system_dir() -> Option<PathBuf> {
    match std::env::var_os("TARIFF_FINDER_SYSTEM_CACHE") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => Some(PathBuf::from(SYSTEM_CACHE)),
    }
}

/// A cached catalogue whose signature verified.
#[derive(Debug)]
pub struct Cached {
    pub path: PathBuf,
    pub text: String,
    pub catalogue: Catalogue,
    pub vouched: Vouched,
}

/// `tariffs-2026-11-26-3.toml` -> (2026-11-26, 3).
fn version_of(name: &str) -> Option<(Date, u32)> {
    let stem = name.strip_prefix("tariffs-")?.strip_suffix(".toml")?;
    let (date, serial) = stem.rsplit_once('-')?;
    Some((Date::parse(date)?, serial.parse().ok()?))
}

fn file_name(version: (Date, u32)) -> String {
    format!("tariffs-{}-{}.toml", version.0, version.1)
}

fn signature_of(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".minisig");
    PathBuf::from(s)
}

/// The catalogues in `dir`, newest first, by their names.
fn versions(dir: &Path) -> Vec<((Date, u32), PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<_> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name();
            version_of(name.to_str()?).map(|v| (v, e.path()))
        })
        .collect();
    found.sort_by_key(|(version, _)| std::cmp::Reverse(*version));
    found
}

/// The kiosk rule for the system cache: root owns it and no one else can write it.
fn root_only_ok(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.uid() == 0 && m.mode() & 0o022 == 0 && !m.file_type().is_symlink())
}

/// The newest catalogue in `dir` newer than `above` (when given) that a trusted key signed and
/// that validates. Anything else (half-written, tampered, unsigned, unreadable) is passed over,
/// never trusted. Names are compared first, so an older cache costs no parsing at all.
pub fn newest(dir: &Path, keys: &[PublicKey], root_only: bool, above: Option<(Date, u32)>) -> Option<Cached> {
    if keys.is_empty() || (root_only && !root_only_ok(dir)) {
        return None;
    }
    let candidates = versions(dir).into_iter().filter(|(v, _)| above.is_none_or(|a| *v > a));
    candidates.into_iter().find_map(|(version, path)| {
        let sig_path = signature_of(&path);
        if root_only && !(root_only_ok(&path) && root_only_ok(&sig_path)) {
            return None;
        }
        let text = read_limited(&path, MAX_CATALOGUE_BYTES).ok()?;
        let sig = read_limited(&sig_path, MAX_SIGNATURE_BYTES).ok()?;
        let vouched = signing::vouched_by(text.as_bytes(), &sig, keys).ok()?;
        vouched.matches(version).ok()?;
        let catalogue = catalogue::parse(&text, &path.display().to_string()).ok()?;
        ((catalogue.edition, catalogue.serial) == version).then_some(Cached {
            path,
            text,
            catalogue,
            vouched,
        })
    })
}

/// Writes `bytes` to `path` whole (temporary file, fsync, rename, fsync the folder), readable by
/// all: a kiosk's user reads what root's timer wrote.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::files::replace(path, bytes, 0o644)
}

/// Adds a verified catalogue and its signature to the cache, then drops all but the newest pairs.
pub fn store(dir: &Path, text: &str, signature: &str, vouched: Vouched) -> std::io::Result<PathBuf> {
    create_dir(dir)?;
    let path = dir.join(file_name((vouched.edition, vouched.serial)));
    // Signature first: a catalogue file is only ever looked at when its signature is complete.
    write_atomic(&signature_of(&path), signature.as_bytes())?;
    write_atomic(&path, text.as_bytes())?;
    for (_, old) in versions(dir).into_iter().skip(KEEP) {
        let _ = std::fs::remove_file(signature_of(&old));
        let _ = std::fs::remove_file(&old);
    }
    Ok(path)
}

fn create_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o755).create(dir)
}

/// What the last download's server said, for a conditional request next time.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpState {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// The validators saved for `url`, if the last download was from there.
pub fn http_state(dir: &Path, url: &str) -> Option<HttpState> {
    let text = read_limited(&dir.join(HTTP_STATE), 4096).ok()?;
    toml::from_str::<HttpState>(&text).ok().filter(|s| s.url == url)
}

pub fn save_http_state(dir: &Path, state: &HttpState) -> std::io::Result<()> {
    create_dir(dir)?;
    let text = toml::to_string(state).map_err(std::io::Error::other)?;
    write_atomic(&dir.join(HTTP_STATE), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_version() {
        let v = (Date::parse("2026-11-26").unwrap(), 12);
        assert_eq!(file_name(v), "tariffs-2026-11-26-12.toml");
        assert_eq!(version_of(&file_name(v)), Some(v));
        assert_eq!(version_of("tariffs-2026-11-26.toml"), None);
        assert_eq!(version_of(".incoming-abc"), None);
        assert_eq!(version_of("tariffs-2026-11-26-1.toml.minisig"), None);
    }

    #[test]
    fn a_fifo_in_the_cache_is_passed_over_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["tariffs-2027-01-01-1.toml", "tariffs-2027-01-01-1.toml.minisig"] {
            let c = std::ffi::CString::new(dir.path().join(name).to_str().unwrap()).unwrap();
            // SAFETY: a NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        }
        let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let started = std::time::Instant::now();
        assert!(newest(dir.path(), &[pair.pk], false, None).is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }
}
