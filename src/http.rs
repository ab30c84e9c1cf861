//! The one way this program talks to the network: a blocking GET with a size cap, timeouts, the
//! HTTPS-only rule on every redirect, and conditional requests. Call it off the UI thread. It
//! sends no cookies and nothing about the resident; the only header of ours is the User-Agent.

use std::io::Read;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use reqwest::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

use crate::url_policy;

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub connect: Duration,
    /// For the whole transfer, from the request to the last byte: a server that drips a byte
    /// every few seconds is cut off here, not allowed hours.
    pub total: Duration,
    pub max_bytes: usize,
}

/// The conditional-request validators of a copy we already hold.
#[derive(Clone, Debug, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

#[derive(Debug)]
pub enum Fetched {
    /// 304: the copy we hold is current.
    NotModified,
    Body {
        bytes: Vec<u8>,
        validators: Validators,
    },
}

/// Why a download failed, in words an adviser can act on.
#[derive(Debug, PartialEq, Eq)]
pub enum FetchError {
    NotAllowed(String),
    Timeout {
        seconds: u64,
    },
    Connect(String),
    NotFound,
    Status(u16),
    TooLarge {
        limit: usize,
    },
    Redirect(String),
    /// 304 to a request that asked for the whole file: a stuck cache or server, not "up to date".
    UnaskedNotModified,
    Other(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::NotAllowed(why) => write!(f, "{why}"),
            FetchError::Timeout { seconds } => write!(f, "no complete answer within {seconds} seconds"),
            FetchError::Connect(why) => write!(f, "could not connect ({why})"),
            FetchError::NotFound => write!(f, "the server says there is no such file (404)"),
            FetchError::Status(code) => write!(f, "the server answered with an error (HTTP {code})"),
            FetchError::TooLarge { limit } => write!(f, "the download is over the {} KiB limit", limit / 1024),
            FetchError::Redirect(why) => write!(f, "refused a redirect: {why}"),
            FetchError::UnaskedNotModified => write!(
                f,
                "the server answered 304 Not Modified to a request for the whole file, so it sent nothing"
            ),
            FetchError::Other(why) => write!(f, "{why}"),
        }
    }
}

impl FetchError {
    /// A few words, for a one-line footer.
    pub fn brief(&self) -> String {
        match self {
            FetchError::NotAllowed(_) => "the address is not allowed".into(),
            FetchError::Timeout { .. } => "no answer in time".into(),
            FetchError::Connect(_) => "could not connect".into(),
            FetchError::NotFound => "not found (404)".into(),
            FetchError::Status(code) => format!("server error (HTTP {code})"),
            FetchError::TooLarge { .. } => "the download is too large".into(),
            FetchError::Redirect(_) => "refused a redirect".into(),
            FetchError::UnaskedNotModified => "the server sent nothing (304)".into(),
            FetchError::Other(_) => "the download failed".into(),
        }
    }
}

/// A client for `url` under the rules: HTTPS (plain HTTP only to loopback), at most 5 redirects,
/// each one under the same rule, no loops. Proxies come from `HTTPS_PROXY`/`NO_PROXY`, except
/// for a loopback address, which never goes through a proxy.
pub fn client(url: &str, limits: Limits) -> Result<Client, FetchError> {
    url_policy::check(url).map_err(FetchError::NotAllowed)?;
    // Once per process; a second call finds it installed, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        let next = attempt.url().as_str().to_string();
        if attempt.previous().iter().any(|u| u.as_str() == next) {
            attempt.error(format!("a redirect loop back to {next}"))
        } else if attempt.previous().len() > 5 {
            attempt.error("more than 5 redirects")
        } else if let Err(why) = url_policy::check(&next) {
            attempt.error(why)
        } else {
            attempt.follow()
        }
    });
    let mut builder = Client::builder()
        .user_agent(concat!("tariff-finder/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(limits.connect)
        .timeout(limits.total)
        .redirect(policy)
        .referer(false);
    if url_policy::is_loopback(url) {
        builder = builder.no_proxy();
    }
    builder
        .build()
        .map_err(|e| FetchError::Other(format!("cannot set up the connection: {e}")))
}

/// GETs `url`, conditionally when `held` has validators, reading at most `limits.max_bytes`,
/// and giving up when the whole transfer has taken `limits.total`.
pub fn get(client: &Client, url: &str, held: Option<&Validators>, limits: Limits) -> Result<Fetched, FetchError> {
    let deadline = Instant::now() + limits.total;
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let (client, url, held) = (client.clone(), url.to_string(), held.cloned());
    // reqwest's timeout holds per read: the transfer runs on its own thread so that the caller's
    // deadline is exact. The worker stops at its next read after the deadline.
    std::thread::Builder::new()
        .name("download".into())
        .spawn(move || {
            let _ = tx.send(get_until(&client, &url, held.as_ref(), limits, deadline));
        })
        .map_err(|e| FetchError::Other(format!("cannot start the download: {e}")))?;
    let timeout = FetchError::Timeout {
        seconds: limits.total.as_secs().max(1),
    };
    rx.recv_timeout(limits.total).unwrap_or(Err(timeout))
}

fn get_until(
    client: &Client,
    url: &str,
    held: Option<&Validators>,
    limits: Limits,
    deadline: Instant,
) -> Result<Fetched, FetchError> {
    let timeout = || FetchError::Timeout {
        seconds: limits.total.as_secs().max(1),
    };
    let mut request = client.get(url);
    let conditional = held.is_some_and(|v| v.etag.is_some() || v.last_modified.is_some());
    if let Some(v) = held {
        if let Some(etag) = &v.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(date) = &v.last_modified {
            request = request.header(IF_MODIFIED_SINCE, date);
        }
    }
    let response = request.send().map_err(|e| classify(&e, limits))?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_MODIFIED {
        return if conditional {
            Ok(Fetched::NotModified)
        } else {
            Err(FetchError::UnaskedNotModified)
        };
    }
    if status == reqwest::StatusCode::NOT_FOUND {
        return Err(FetchError::NotFound);
    }
    if !status.is_success() {
        return Err(FetchError::Status(status.as_u16()));
    }
    if response.content_length().is_some_and(|n| n > limits.max_bytes as u64) {
        return Err(FetchError::TooLarge {
            limit: limits.max_bytes,
        });
    }
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let validators = Validators {
        etag: header(ETAG),
        last_modified: header(LAST_MODIFIED),
    };
    let mut body = response.take(limits.max_bytes as u64 + 1);
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if Instant::now() >= deadline {
            return Err(timeout());
        }
        match body.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if timed_out(&e) => return Err(timeout()),
            Err(e) => return Err(FetchError::Other(format!("the download broke off ({e})"))),
        }
    }
    if bytes.len() > limits.max_bytes {
        return Err(FetchError::TooLarge {
            limit: limits.max_bytes,
        });
    }
    Ok(Fetched::Body { bytes, validators })
}

/// Whether any cause in the chain is a timeout (reqwest wraps a body timeout in a decode error).
fn timed_out(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(e);
    while let Some(c) = cause {
        let is_timeout = c
            .downcast_ref::<reqwest::Error>()
            .is_some_and(reqwest::Error::is_timeout)
            || c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
            || c.to_string().contains("timed out");
        if is_timeout {
            return true;
        }
        cause = c.source();
    }
    false
}

fn classify(e: &reqwest::Error, limits: Limits) -> FetchError {
    if e.is_redirect() {
        let why = std::error::Error::source(e).map_or_else(|| e.to_string(), ToString::to_string);
        return FetchError::Redirect(why);
    }
    if timed_out(e) {
        return FetchError::Timeout {
            seconds: limits.total.as_secs(),
        };
    }
    // The innermost cause is the useful part ("Connection refused", "dns error").
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    if e.is_connect() {
        FetchError::Connect(cause.to_string())
    } else {
        FetchError::Other(cause.to_string())
    }
}
