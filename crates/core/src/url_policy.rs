//! Which addresses the network code may fetch from: HTTPS anywhere, plain HTTP only to this
//! machine (tests and local mirrors). Pure, so the config can refuse a bad URL before any request.
//!
//! The decision is made on the host a real URL parser finds, the one the request would go to:
//! reading the string by hand let `http://evil.example\@127.0.0.1/` through (the backslash ends
//! the host, so it goes to evil.example).

use url::{Host, Url};

/// Checks a URL against the rule; the error says what is wrong and what to write instead.
pub fn check(address: &str) -> Result<(), String> {
    let url = parse_web(address)?;
    match url.scheme() {
        "https" => Ok(()),
        _ if is_loopback_host(&url) => Ok(()),
        _ => Err(format!(
            "{address:?} is plain HTTP: use https:// (plain http:// is allowed only to 127.0.0.1, ::1 or localhost)"
        )),
    }
}

/// An address a resident is sent to: https, a named host with a dot, no user name or password.
pub fn check_resident_link(address: &str) -> Result<(), String> {
    let url = parse_web(address)?;
    if url.scheme() != "https" {
        return Err(format!("{address:?} is not an https address"));
    }
    match url.host() {
        Some(Host::Domain(d)) if d.contains('.') && !d.ends_with('.') => Ok(()),
        _ => Err(format!(
            "{address:?} does not name a web site (a host such as www.example.co.uk)"
        )),
    }
}

/// Parses an http(s) address with a host and no user info, the way the request will see it.
fn parse_web(address: &str) -> Result<Url, String> {
    if address.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{address:?} has spaces or control characters in it"));
    }
    let url = Url::parse(address)
        .map_err(|e| format!("{address:?} is not a web address ({e}): write it as https://host/path"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("{address:?}: {}:// is not allowed, use https://", url.scheme()));
    }
    if url.host().is_none() {
        return Err(format!("{address:?} has no host name"));
    }
    // `https://vodafone.co.uk@evil.example/` goes to evil.example, whatever it looks like.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "{address:?} has a user name or password before the host (the part before @): it goes to {}, not where it seems",
            url.host_str().unwrap_or("?")
        ));
    }
    Ok(url)
}

fn is_loopback_host(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        // Exactly `localhost`: `localhost.` is a name the resolver may send to DNS.
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Whether the URL's host is this machine (127.0.0.0/8, ::1, localhost): never through a proxy.
pub fn is_loopback(address: &str) -> bool {
    Url::parse(address).is_ok_and(|u| is_loopback_host(&u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_to_loopback() {
        for ok in [
            "https://example.org/tariffs.toml",
            "http://127.0.0.1:8000/tariffs.toml",
            "http://127.8.9.10/x",
            "http://[::1]:8080/x",
            "http://localhost/x",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
        for bad in [
            "http://example.org/tariffs.toml",
            "http://127.0.0.1.evil.example/x",
            "http://localhost.evil.example/x",
            "http://user@example.org/x",
            "ftp://example.org/x",
            "file:///etc/passwd",
            "example.org/tariffs.toml",
            "http://[::2]/x",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
        // User info cannot smuggle a loopback look, either way round.
        assert!(check("http://127.0.0.1@example.org/x").is_err());
        assert!(check("http://example.org@127.0.0.1/x").is_err());
    }

    #[test]
    fn the_host_is_the_one_the_request_goes_to() {
        // The backslash ends the host for a URL parser (and for reqwest): this goes to evil.example.
        assert!(check("http://evil.example\\@127.0.0.1/").is_err());
        // A trailing dot is a DNS name, not the loopback name.
        assert!(check("http://localhost./x").is_err());
        assert!(
            check("http://0x7f.1/x").is_ok(),
            "127.0.0.1 written in hex is still loopback"
        );
        assert!(is_loopback("http://[::1]/x") && is_loopback("http://127.0.0.1:9/x"));
        assert!(!is_loopback("http://evil.example\\@127.0.0.1/"));
    }

    #[test]
    fn a_resident_link_is_https_to_a_named_site_without_user_info() {
        assert!(check_resident_link("https://www.vodafone.co.uk/mobile/everyone-connected").is_ok());
        for bad in [
            "https://vodafone.co.uk@evil.example/",
            "https://user:pw@www.bt.com/",
            "http://www.bt.com/",
            "https://localhost/x",
            "https://127.0.0.1/x",
            "https://www.bt.com/a b",
            "javascript:alert(1)",
        ] {
            assert!(check_resident_link(bad).is_err(), "{bad}");
        }
    }
}
