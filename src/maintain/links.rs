//! `catalogue links`: is every source and application address still there? HEAD each (GET when a
//! server refuses HEAD), a few at a time, each within a time limit; report the dead and the moved.

use std::sync::Mutex;
use std::time::Duration;

use crate::catalogue::Catalogue;
use crate::http::{self, Limits};

pub const LIMITS: Limits = Limits {
    connect: Duration::from_secs(5),
    total: Duration::from_secs(15),
    max_bytes: 0,
};
/// Parallel requests: polite to the sites, quick enough for ~100 links.
pub const AT_ONCE: usize = 4;

/// Every address in the catalogue and where it is used ("bt-home-essentials-36 source").
pub fn addresses(cat: &Catalogue) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |url: &str, place: String| match out.iter_mut().find(|(u, _)| u == url) {
        Some((_, places)) => {
            places.push_str(", ");
            places.push_str(&place);
        }
        None => out.push((url.to_string(), place)),
    };
    for t in &cat.tariffs {
        if let Some(url) = &t.apply.url {
            add(url, format!("{} apply", t.id));
        }
        for s in &t.sources {
            add(&s.url, format!("{} source", t.id));
        }
    }
    for n in &cat.networks {
        for s in &n.sources {
            add(&s.url, format!("network {} source", n.id));
        }
    }
    out
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Ok,
    /// Answered, after redirects, from another address.
    Moved(String),
    Dead(String),
}

/// Checks one address.
pub fn check_one(url: &str, limits: Limits) -> Link {
    let client = match http::client(url, limits) {
        Ok(c) => c,
        Err(e) => return Link::Dead(e.to_string()),
    };
    let mut response = client.head(url).send();
    // Some servers refuse HEAD (405, 501) or hide behind 403 for it: ask with GET instead.
    if let Ok(r) = &response
        && matches!(r.status().as_u16(), 403 | 405 | 501)
    {
        response = client.get(url).send();
    }
    match response {
        Ok(r) if r.status().is_success() => {
            let landed = r.url().as_str();
            if landed.trim_end_matches('/') == url.trim_end_matches('/') {
                Link::Ok
            } else {
                Link::Moved(landed.to_string())
            }
        }
        Ok(r) => Link::Dead(format!("HTTP {}", r.status().as_u16())),
        Err(e) => {
            let mut cause: &dyn std::error::Error = &e;
            while let Some(next) = cause.source() {
                cause = next;
            }
            Link::Dead(if e.is_timeout() {
                format!("no answer within {} seconds", limits.total.as_secs())
            } else {
                cause.to_string()
            })
        }
    }
}

/// Checks every address, `at_once` at a time, in the order given.
pub fn check_all(addresses: &[(String, String)], limits: Limits, at_once: usize) -> Vec<Link> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<Link>>> = Mutex::new(vec![None; addresses.len()]);
    std::thread::scope(|scope| {
        for _ in 0..at_once.max(1) {
            scope.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap_or_else(|p| p.into_inner());
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some((url, _)) = addresses.get(i) else {
                        break;
                    };
                    let link = check_one(url, limits);
                    results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(link);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .map(|l| l.unwrap_or(Link::Dead("not checked".into())))
        .collect()
}

/// The report: dead, then moved, then a count. Returns (report, any dead).
pub fn report(addresses: &[(String, String)], links: &[Link]) -> (String, bool) {
    let mut dead = String::new();
    let mut moved = String::new();
    let mut ok = 0;
    for ((url, places), link) in addresses.iter().zip(links) {
        let (url, places) = (crate::text_safety::clean(url), crate::text_safety::clean(places));
        match link {
            Link::Ok => ok += 1,
            Link::Moved(to) => moved.push_str(&format!(
                "moved: {url}\n    now {}\n    used by {places}\n",
                crate::text_safety::clean(to)
            )),
            Link::Dead(why) => dead.push_str(&format!(
                "dead:  {url} ({})\n    used by {places}\n",
                crate::text_safety::clean(why)
            )),
        }
    }
    let count = |s: &str| s.matches("\n    used by").count();
    let summary = format!(
        "{} addresses: {ok} fine, {} moved, {} dead.\n",
        addresses.len(),
        count(&moved),
        count(&dead)
    );
    (format!("{dead}{moved}{summary}"), !dead.is_empty())
}
