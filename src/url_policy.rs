//! Which addresses the network code may fetch from: HTTPS anywhere, plain HTTP only to this
//! machine (tests and local mirrors). Pure, so the config can refuse a bad URL before any request.

/// Checks a URL against the rule; the error says what is wrong and what to write instead.
pub fn check(url: &str) -> Result<(), String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("{url:?} is not a web address: write it as https://host/path"))?;
    let host = host_of(rest);
    if host.is_empty() {
        return Err(format!("{url:?} has no host name"));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(()),
        "http" if is_loopback(host) => Ok(()),
        "http" => Err(format!(
            "{url:?} is plain HTTP: use https:// (plain http:// is allowed only to 127.0.0.1, ::1 or localhost)"
        )),
        other => Err(format!("{url:?}: {other}:// is not allowed, use https://")),
    }
}

/// The host part of what follows `scheme://`, without user info, port or brackets.
fn host_of(rest: &str) -> &str {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if let Some(inner) = authority.strip_prefix('[') {
        return inner.split(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

/// 127.0.0.0/8, ::1 and localhost.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
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
            "https:///nohost",
            "http://[::2]/x",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
        // User info cannot smuggle a loopback look.
        assert!(check("http://127.0.0.1@example.org/x").is_err());
        assert!(check("http://example.org@127.0.0.1/x").is_ok());
    }
}
