//! `tariff-finder refresh`: fetch the maintainers' newest signed catalogue into the cache.
//!
//! Order of checks, each failing closed: the address rule, the download (size, time, status), the
//! signature against the trusted keys, its expiry, the catalogue's full validation, that the
//! signature speaks of this edition, and that it is not older than the one in use. Only then is
//! it written, atomically. Any failure leaves the cache as it was.

use std::path::{Path, PathBuf};
use std::time::Duration;

use minisign::PublicKey;

use crate::cache::{self, HttpState};
use crate::catalogue::{self, Catalogue};
use crate::date::Date;
use crate::http::{self, FetchError, Fetched, Limits, Validators};
use crate::maintain::diff;
use crate::signing::{self, SignatureError, Vouched};

/// DESIGN section 7: 5 s to connect, 20 s in all, at most 4 MiB.
pub const LIMITS: Limits = Limits {
    connect: Duration::from_secs(5),
    total: Duration::from_secs(20),
    max_bytes: 4 * 1024 * 1024,
};
const SIGNATURE_MAX_BYTES: usize = 16 * 1024;

/// One refresh: where from, whom to trust, where to keep it, and what is in use now.
pub struct Plan<'a> {
    pub url: &'a str,
    pub keys: &'a [PublicKey],
    pub cache: &'a Path,
    pub in_use: &'a Catalogue,
    pub today: Date,
    pub limits: Limits,
}

#[derive(Debug)]
pub enum Refreshed {
    /// A newer catalogue, now in the cache.
    Updated {
        path: PathBuf,
        vouched: Vouched,
        summary: String,
        catalogue: Box<Catalogue>,
    },
    /// 304: nothing new since the last refresh.
    Unchanged,
    /// The server's catalogue is the one already in use.
    AlreadyCurrent,
}

/// What failed, and what to check.
#[derive(Debug, PartialEq, Eq)]
pub struct RefreshError {
    pub what: String,
    pub hint: String,
    /// A few words for the wizard's one-line footer.
    pub short: String,
}

fn fail(what: impl Into<String>, hint: impl Into<String>) -> RefreshError {
    let what = what.into();
    RefreshError {
        short: what.clone(),
        what,
        hint: hint.into(),
    }
}

impl RefreshError {
    fn short(mut self, short: impl Into<String>) -> RefreshError {
        self.short = short.into();
        self
    }
}

fn download_failed(what: &str, url: &str, e: FetchError) -> RefreshError {
    let hint = match &e {
        FetchError::Connect(why) if why.contains("certificate") => {
            "the server's certificate is not trusted: check the address, this computer's date and time, and whether the network's proxy intercepts HTTPS"
        }
        FetchError::NotAllowed(_) => "fix [refresh] url in the config (docs/configuration.md)",
        FetchError::Timeout { .. } | FetchError::Connect(_) => {
            "check the network (a library network may need a sign-in page first) and the address in [refresh] url"
        }
        FetchError::NotFound => "check [refresh] url: the publisher may have moved the file",
        FetchError::Status(_) => "the server may be down: try again later",
        FetchError::TooLarge { .. } => "a real catalogue is far smaller: check [refresh] url points at tariffs.toml",
        FetchError::Redirect(_) => "the server sent us somewhere not allowed: check [refresh] url",
        FetchError::UnaskedNotModified => {
            "the server (or a cache in front of it) is stuck: tell the publisher; the catalogue in use stays"
        }
        FetchError::Other(_) => "check the network and [refresh] url",
    };
    fail(format!("could not download the {what} from {url}: {e}"), hint).short(e.brief())
}

fn signature_failed(e: SignatureError) -> RefreshError {
    let hint = match &e {
        SignatureError::UnknownKey => {
            "if the publisher changed keys, add the new key to [refresh] public_keys; otherwise do not trust this file"
        }
        SignatureError::Tampered | SignatureError::Mismatch { .. } => {
            "the file was changed after signing: tell the publisher, and keep using the current catalogue"
        }
        SignatureError::Expired { .. } => "the publisher needs to sign a new edition: tell them",
        SignatureError::Malformed(_) | SignatureError::NoVouch => {
            "the .minisig file is not a tariff-finder signature: check [refresh] url"
        }
    };
    fail(format!("refused the downloaded catalogue: {e}"), hint).short(e.to_string())
}

/// The signature lives beside the catalogue: `URL.minisig` (before any query string).
pub fn signature_url(url: &str) -> String {
    match url.split_once('?') {
        Some((path, query)) => format!("{path}.minisig?{query}"),
        None => format!("{url}.minisig"),
    }
}

pub fn run(plan: &Plan<'_>) -> Result<Refreshed, RefreshError> {
    if plan.keys.is_empty() {
        return Err(fail(
            "no trusted signing key, so no downloaded catalogue could be checked",
            "add the publisher's public key to [refresh] public_keys (docs/publishing.md)",
        )
        .short("no trusted signing key is set up"));
    }
    let client = http::client(plan.url, plan.limits).map_err(|e| download_failed("catalogue", plan.url, e))?;
    // Ask "has it changed?" only when we hold the copy the validators describe.
    let held = cache::newest(plan.cache, plan.keys, false, None)
        .and_then(|_| cache::http_state(plan.cache, plan.url))
        .map(|s| Validators {
            etag: s.etag,
            last_modified: s.last_modified,
        });
    let (bytes, validators) = match http::get(&client, plan.url, held.as_ref(), plan.limits) {
        Ok(Fetched::NotModified) => return Ok(Refreshed::Unchanged),
        Ok(Fetched::Body { bytes, validators }) => (bytes, validators),
        Err(e) => return Err(download_failed("catalogue", plan.url, e)),
    };
    if bytes.trim_ascii_start().first() == Some(&b'<') {
        return Err(fail(
            format!("{} sent a web page, not a catalogue", plan.url),
            "a library or café network may need its sign-in page first; otherwise check [refresh] url",
        )
        .short("the network sent a web page (a sign-in page?)"));
    }
    let sig_url = signature_url(plan.url);
    let sig_limits = Limits {
        max_bytes: SIGNATURE_MAX_BYTES,
        ..plan.limits
    };
    let signature = match http::get(&client, &sig_url, None, sig_limits) {
        Ok(Fetched::Body { bytes, .. }) => {
            String::from_utf8(bytes).map_err(|_| signature_failed(SignatureError::Malformed("not text".into())))?
        }
        Ok(Fetched::NotModified) => {
            return Err(fail(
                format!("{sig_url} answered 304 to a plain request"),
                "check the server",
            ));
        }
        Err(FetchError::NotFound) => {
            return Err(fail(
                format!("there is no signature at {sig_url}, so the catalogue cannot be trusted"),
                "the publisher must put the .minisig file beside the catalogue",
            ));
        }
        Err(e) => return Err(download_failed("signature", &sig_url, e)),
    };
    // Trust before parsing: nothing unsigned is even read as TOML.
    let vouched = signing::vouched_by(&bytes, &signature, plan.keys).map_err(signature_failed)?;
    if vouched.expired(plan.today) {
        return Err(signature_failed(SignatureError::Expired {
            expires: vouched.expires,
        }));
    }
    let text =
        String::from_utf8(bytes).map_err(|_| fail("the signed catalogue is not UTF-8 text", "tell the publisher"))?;
    let new = catalogue::parse(&text, plan.url).map_err(|errors| {
        let first = errors.0.first().map(ToString::to_string).unwrap_or_default();
        fail(
            format!(
                "the signed catalogue does not validate ({} error(s)); the first:\n{}",
                errors.0.len(),
                first.trim_end()
            ),
            "tell the publisher: `tariff-finder catalogue sign` checks a file before signing it",
        )
        .short("the new catalogue is not valid")
    })?;
    vouched.matches((new.edition, new.serial)).map_err(signature_failed)?;
    let state = HttpState {
        url: plan.url.to_string(),
        etag: validators.etag,
        last_modified: validators.last_modified,
    };
    let (now, in_use) = ((new.edition, new.serial), (plan.in_use.edition, plan.in_use.serial));
    implausible_version(now, in_use, plan.today)?;
    if now < in_use {
        return Err(fail(
            format!(
                "refused an older catalogue: the server has edition {} serial {}, this laptop already uses edition {} serial {}",
                now.0, now.1, in_use.0, in_use.1
            ),
            "someone may be replaying an old file, or the publisher forgot to raise the serial: tell the publisher",
        )
        .short("the server's catalogue is older than the one in use"));
    }
    if now == in_use {
        let _ = cache::save_http_state(plan.cache, &state);
        return Ok(Refreshed::AlreadyCurrent);
    }
    let path = cache::store(plan.cache, &text, &signature, vouched).map_err(|e| {
        fail(
            format!("could not save the new catalogue in {}: {e}", plan.cache.display()),
            "check the folder is writable (for --system, run as root)",
        )
        .short(format!("could not save it ({e})"))
    })?;
    // Validators are only worth keeping once the copy they describe is saved.
    let _ = cache::save_http_state(plan.cache, &state);
    let d = diff::diff(plan.in_use, &new);
    Ok(Refreshed::Updated {
        path,
        vouched,
        summary: diff::summary(&d),
        catalogue: Box::new(new),
    })
}

/// A signed edition may be at most this many days after today.
pub const MAX_EDITION_AHEAD_DAYS: i64 = 366;
/// A new serial of the edition in use may be at most this much higher.
pub const MAX_SERIAL_STEP: u32 = 1000;

/// Refuses a version that would block every later update: an edition far in the future (say
/// 9999-12-30), or a serial so high that no honest next serial could pass it.
fn implausible_version(now: (Date, u32), in_use: (Date, u32), today: Date) -> Result<(), RefreshError> {
    let latest = Date::from_days_since_epoch(today.days_since_epoch() + MAX_EDITION_AHEAD_DAYS);
    if now.0 > latest {
        return Err(fail(
            format!(
                "refused a catalogue dated in the future: edition {} is more than a year after today ({today}); using it would block every later update",
                now.0
            ),
            "tell the publisher: the edition is the date the catalogue was made",
        )
        .short("the new catalogue's edition is in the future"));
    }
    if now.0 == in_use.0 && now.1 > in_use.1.saturating_add(MAX_SERIAL_STEP) {
        return Err(fail(
            format!(
                "refused a serial jump: edition {} goes from serial {} to {}, more than {MAX_SERIAL_STEP} at once; using it would block every later update",
                now.0, in_use.1, now.1
            ),
            "tell the publisher: the serial goes up by one for each corrected copy of an edition",
        )
        .short("the new catalogue's serial jumps too far"));
    }
    Ok(())
}

/// `tariff-finder refresh [--system]`: the command-line shell around `run`.
pub fn command(setup: &crate::setup::Setup, system: bool) -> Result<String, crate::failure::Failure> {
    use crate::catalogue_source::load_catalogue;
    use crate::failure::Failure;
    let (config, today) = (&setup.config, setup.today);
    let url = config.refresh.url.as_deref().ok_or_else(|| {
        Failure::usage(
            "no catalogue address is set up",
            "set [refresh] url and public_keys in the config file (docs/configuration.md, docs/publishing.md)",
        )
    })?;
    let dir = if system { cache::system_dir() } else { cache::user_dir() }.ok_or_else(|| {
        Failure::usage(
            "there is no cache folder to keep a catalogue in",
            "set TARIFF_FINDER_CACHE to a folder (or TARIFF_FINDER_SYSTEM_CACHE with --system)",
        )
    })?;
    let mut caches = setup.caches.clone();
    if system {
        caches.dirs = vec![(dir.clone(), false)];
    }
    // What this laptop would use now: the rollback floor, and the base of the summary.
    let (in_use, origin) = load_catalogue(None, &caches, &crate::i18n::Lang::ALL)?;
    let plan = Plan {
        url,
        keys: &caches.keys,
        cache: &dir,
        in_use: &in_use,
        today,
        limits: LIMITS,
    };
    let now = format!(
        "edition {} serial {} ({})",
        in_use.edition,
        in_use.serial,
        origin.label()
    );
    match run(&plan) {
        Ok(Refreshed::Updated {
            path, vouched, summary, ..
        }) => Ok(format!(
            "{summary}Saved {} (signed by a trusted key, valid until {}).\n{}",
            path.display(),
            vouched.expires,
            if system {
                "Kiosks switch to it at their next reset.\n"
            } else {
                "The next `check` and the next wizard use it.\n"
            }
        )),
        Ok(Refreshed::Unchanged) => Ok(format!(
            "Up to date: {url} has not changed since the last refresh; using {now}.\n"
        )),
        Ok(Refreshed::AlreadyCurrent) => Ok(format!(
            "Up to date: {url} holds the catalogue already in use, {now}.\n"
        )),
        Err(e) => Err(Failure {
            exit: crate::failure::Exit::Failed,
            // Parts of the reason come from the network (a TLS or HTTP error): never echo them raw.
            message: format!(
                "refresh failed: {}\n  Nothing changed: still using {now}.",
                crate::text_safety::clean(&e.what)
            ),
            hint: Some(e.hint),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_sits_beside_the_file() {
        assert_eq!(
            signature_url("https://x.org/tariffs.toml"),
            "https://x.org/tariffs.toml.minisig"
        );
        assert_eq!(
            signature_url("https://x.org/t.toml?v=2"),
            "https://x.org/t.toml.minisig?v=2"
        );
    }
}
