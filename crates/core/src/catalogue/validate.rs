//! Checks that serde cannot express: references between entries, ids, addresses, phone numbers,
//! dates and prices. Each problem carries a path so the loader can point at the line.

use std::collections::{BTreeSet, HashSet};

use super::error::{PathSeg, Problem};
use super::model::{Catalogue, CoverageRule, SCHEMA_VERSION, Status};
use crate::benefits::{Accepts, nearest};
use crate::postcode::{ENGLISH_REGIONS, NATIONS, is_area_shape, is_outcode_shape};

macro_rules! path {
    ($($seg:expr),* $(,)?) => { vec![$(PathSeg::from($seg)),*] };
}

pub fn validate(cat: &Catalogue) -> Vec<Problem> {
    let mut out = Vec::new();
    if cat.schema != SCHEMA_VERSION {
        out.push(
            Problem::new(path!["schema"], format!("unknown schema version {}", cat.schema)).hint(format!(
                "this build of tariff-finder reads schema = {SCHEMA_VERSION}; update tariff-finder or fix the number"
            )),
        );
    }
    if cat.serial == 0 {
        out.push(Problem::new(path!["serial"], "serial must be 1 or more").hint("raise serial on every publication"));
    }

    let condition_ids = unique_ids(&mut out, "condition", cat.conditions.iter().map(|c| c.id.as_str()));
    let network_ids = unique_ids(&mut out, "network", cat.networks.iter().map(|n| n.id.as_str()));
    let tariff_ids = unique_ids(&mut out, "tariff", cat.tariffs.iter().map(|t| t.id.as_str()));

    for (i, c) in cat.conditions.iter().enumerate() {
        if crate::codes::RESERVED_CODES.contains(&c.id.as_str()) {
            out.push(
                Problem::new(
                    path!["condition", i, "id"],
                    format!("`{}` is a code tariff-finder uses itself", c.id),
                )
                .hint("give the condition another id"),
            );
        }
        check_prose_langs(&mut out, path!["condition", i, "text"], c.text.keys());
        if !c.text.contains_key(crate::SOURCE_LANG) {
            out.push(
                Problem::new(
                    path!["condition", i, "text"],
                    format!("condition `{}` has no en-GB text", c.id),
                )
                .hint("add [condition.text.en-GB] with question, check and fails"),
            );
        }
    }

    for (i, n) in cat.networks.iter().enumerate() {
        for (j, rule) in n.rules.iter().enumerate() {
            check_rule(&mut out, path!["network", i, "rules", j], rule);
        }
        check_prose_langs(&mut out, path!["network", i, "text"], n.text.keys());
        let keys = n
            .rules
            .iter()
            .enumerate()
            .filter_map(|(j, r)| Some((path!["network", i, "rules", j, "note"], r.note.as_ref()?)));
        for (at, key) in keys.chain(
            n.default_note
                .as_ref()
                .map(|k| (path!["network", i, "default_note"], k)),
        ) {
            if n.note(key, crate::SOURCE_LANG).is_none() {
                out.push(
                    Problem::new(
                        at,
                        format!("network `{}` names note `{key}`, which has no en-GB text", n.id),
                    )
                    .hint(format!("add {key} = \"…\" under [network.text.en-GB]")),
                );
            }
        }
        check_sources(&mut out, path!["network", i], &n.sources);
    }

    for (i, t) in cat.tariffs.iter().enumerate() {
        let at = |field: &str| path!["tariff", i, field];
        if !network_ids.contains(t.network.as_str()) {
            out.push(
                Problem::new(
                    at("network"),
                    format!("tariff `{}` names unknown network `{}`", t.id, t.network),
                )
                .hint(suggest_or_list(
                    &t.network,
                    network_ids.iter().copied(),
                    "[[network]] ids",
                )),
            );
        }
        let mut seen = HashSet::new();
        for (j, token) in t.benefits.iter().enumerate() {
            if let Err(msg) = Accepts::parse(token) {
                out.push(
                    Problem::new(path!["tariff", i, "benefits", j], format!("tariff `{}`: {msg}", t.id))
                        .hint(suggest_or_list(token, Accepts::all_tokens(), "benefit ids")),
                );
            } else if !seen.insert(token) {
                out.push(Problem::new(
                    path!["tariff", i, "benefits", j],
                    format!("tariff `{}` lists `{token}` twice", t.id),
                ));
            }
        }
        for (j, cond) in t.conditions.iter().enumerate() {
            if !condition_ids.contains(cond.as_str()) {
                out.push(
                    Problem::new(
                        path!["tariff", i, "conditions", j],
                        format!("tariff `{}` names unknown condition `{cond}`", t.id),
                    )
                    .hint(suggest_or_list(
                        cond,
                        condition_ids.iter().copied(),
                        "[[condition]] ids",
                    )),
                );
            }
        }
        if t.open_to_all && !t.benefits.is_empty() {
            out.push(
                Problem::new(
                    at("benefits"),
                    format!("tariff `{}` is open_to_all but also lists benefits", t.id),
                )
                .hint("an offer with no benefit test lists no benefits; remove one of the two"),
            );
        }
        if !t.open_to_all && t.benefits.is_empty() && t.benefits_list_complete {
            out.push(
                Problem::new(
                    at("benefits_list_complete"),
                    format!(
                        "tariff `{}` has an empty, complete benefit list: nobody could get it",
                        t.id
                    ),
                )
                .hint("list the accepted benefits, or set benefits_list_complete = false when the list is not known"),
            );
        }
        for (field, value) in [("price_pence", t.price_pence), ("setup_fee_pence", t.setup_fee_pence)] {
            if let Some(v) = value.filter(|v| *v < 0) {
                out.push(
                    Problem::new(at(field), format!("tariff `{}`: {field} is negative ({v})", t.id))
                        .hint("give the amount in pence, 0 or more, or leave the field out when it is unknown"),
                );
            }
        }
        if let Some(url) = &t.apply.url
            && let Err(why) = crate::url_policy::check_resident_link(url)
        {
            out.push(
                Problem::new(
                    path!["tariff", i, "apply", "url"],
                    format!("tariff `{}`: apply.url is not a safe https address: {why}", t.id),
                )
                .hint("residents are sent here: use the provider's https:// page, or leave it out"),
            );
        }
        if let Some(p) = t.price_pence.filter(|p| *p > MAX_PRICE_PENCE) {
            out.push(
                Problem::new(
                    at("price_pence"),
                    format!(
                        "tariff `{}`: price_pence {p} is over £{} a month, not a social tariff",
                        t.id,
                        MAX_PRICE_PENCE / 100
                    ),
                )
                .hint("price_pence is the monthly price in pence: £15.00 is 1500"),
            );
        }
        for (field, value) in [("download_mbps", t.download_mbps), ("upload_mbps", t.upload_mbps)] {
            if let Some(v) = value.filter(|v| *v > MAX_MBPS) {
                out.push(
                    Problem::new(
                        at(field),
                        format!("tariff `{}`: {field} {v} is over {MAX_MBPS} Mbps (10 Gbps)", t.id),
                    )
                    .hint("speeds are in megabits per second: 1 Gbps is 1000"),
                );
            }
        }
        if let Some(phone) = &t.apply.phone
            && !is_uk_phone(phone)
        {
            out.push(
                Problem::new(
                    path!["tariff", i, "apply", "phone"],
                    format!("tariff `{}`: `{phone}` is not a UK phone number", t.id),
                )
                .hint("write it as the provider prints it, e.g. \"01482 484191\" or \"0800 270 0000\""),
            );
        }
        if let Some(f) = t.facts_as_of.filter(|f| *f > cat.edition) {
            out.push(
                Problem::new(
                    at("facts_as_of"),
                    format!(
                        "tariff `{}`: facts_as_of {f} is after the edition {}",
                        t.id, cat.edition
                    ),
                )
                .hint("facts_as_of is when the sources say the facts were true; it cannot be in the future"),
            );
        }
        if let Some(v) = t.verified_on.filter(|v| *v > cat.edition) {
            out.push(Problem::new(
                at("verified_on"),
                format!(
                    "tariff `{}`: verified_on {v} is after the edition {}",
                    t.id, cat.edition
                ),
            ));
        }
        if t.sources.is_empty() {
            out.push(
                Problem::new(at("sources"), format!("tariff `{}` has no sources", t.id))
                    .hint("every fact needs a source: add sources = [{ url = \"https://…\", grade = \"P\" }]"),
            );
        }
        check_sources(&mut out, path!["tariff", i], &t.sources);
        match (&t.replaced_by, t.status) {
            (Some(r), Status::Historic) if !tariff_ids.contains(r.as_str()) => out.push(
                Problem::new(
                    at("replaced_by"),
                    format!("tariff `{}` is replaced_by unknown tariff `{r}`", t.id),
                )
                .hint("give the id of the offer that replaced it, or leave replaced_by out"),
            ),
            (Some(_), Status::Current | Status::Unverified) => out.push(
                Problem::new(
                    at("replaced_by"),
                    format!("tariff `{}` has replaced_by but is not historic", t.id),
                )
                .hint("only a withdrawn offer (status = \"historic\") names its replacement"),
            ),
            _ => {}
        }
        check_prose_langs(&mut out, path!["tariff", i, "text"], t.text.keys());
        match t.text.get(crate::SOURCE_LANG) {
            None => out.push(
                Problem::new(
                    path!["tariff", i, "text"],
                    format!("tariff `{}` has no en-GB prose", t.id),
                )
                .hint("add [tariff.text.en-GB] with at least summary = \"…\""),
            ),
            Some(text) if text.summary.trim().is_empty() => out.push(Problem::new(
                path!["tariff", i, "text", crate::SOURCE_LANG, "summary"],
                format!("tariff `{}` has an empty summary", t.id),
            )),
            Some(_) => {}
        }
    }
    out
}

fn unique_ids<'a>(out: &mut Vec<Problem>, table: &str, ids: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if !is_id(id) {
            out.push(
                Problem::new(path![table, i, "id"], format!("`{id}` is not a valid {table} id"))
                    .hint("ids are lower-case letters, digits and single hyphens, e.g. \"bt-home-essentials-36\""),
            );
        }
        if !seen.insert(id) {
            out.push(
                Problem::new(path![table, i, "id"], format!("duplicate {table} id `{id}`"))
                    .hint("ids are forever and unique: give this entry its own id"),
            );
        }
    }
    seen
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

fn check_rule(out: &mut Vec<Problem>, at: Vec<PathSeg>, rule: &CoverageRule) {
    let field = |name: &str, j: usize| {
        let mut p = at.clone();
        p.push(name.into());
        p.push(j.into());
        p
    };
    if rule.areas.is_empty()
        && rule.outcodes.is_empty()
        && rule.nations.is_empty()
        && rule.regions.is_empty()
        && rule.lads.is_empty()
    {
        out.push(
            Problem::new(at.clone(), "a coverage rule matches nothing")
                .hint("give at least one of areas, outcodes, nations, regions or lads"),
        );
    }
    for (j, a) in rule.areas.iter().enumerate() {
        if !is_area_shape(a) {
            out.push(
                Problem::new(field("areas", j), format!("`{a}` is not a postcode area"))
                    .hint("areas are one or two capital letters, e.g. \"HU\""),
            );
        }
    }
    for (j, o) in rule.outcodes.iter().enumerate() {
        if !is_outcode_shape(o) {
            out.push(
                Problem::new(field("outcodes", j), format!("`{o}` is not an outward code"))
                    .hint("outward codes look like \"YO25\" or \"SW1A\", capitals, no space"),
            );
        }
    }
    for (j, n) in rule.nations.iter().enumerate() {
        if !NATIONS.contains(&n.as_str()) {
            out.push(
                Problem::new(field("nations", j), format!("`{n}` is not a UK nation"))
                    .hint(format!("use one of: {}", NATIONS.join(", "))),
            );
        }
    }
    for (j, r) in rule.regions.iter().enumerate() {
        if !ENGLISH_REGIONS.contains(&r.as_str()) {
            out.push(
                Problem::new(field("regions", j), format!("`{r}` is not an English region")).hint(suggest_or_list(
                    r,
                    ENGLISH_REGIONS,
                    "regions",
                )),
            );
        }
    }
    for (j, l) in rule.lads.iter().enumerate() {
        let ok = l.len() == 9 && l.as_bytes()[0].is_ascii_uppercase() && l[1..].bytes().all(|b| b.is_ascii_digit());
        if !ok {
            out.push(
                Problem::new(field("lads", j), format!("`{l}` is not a local authority code"))
                    .hint("use the GSS code, e.g. \"E07000207\""),
            );
        }
    }
}

fn check_sources(out: &mut Vec<Problem>, at: Vec<PathSeg>, sources: &[super::model::Source]) {
    for (j, s) in sources.iter().enumerate() {
        let mut p = at.clone();
        p.push("sources".into());
        p.push(j.into());
        if !(is_https(&s.url) || s.url.starts_with("http://")) || s.url.chars().any(char::is_whitespace) {
            p.push("url".into());
            out.push(
                Problem::new(p, format!("`{}` is not a web address", s.url))
                    .hint("sources are http(s) addresses of the page the fact came from"),
            );
        }
    }
}

fn check_prose_langs<'a>(out: &mut Vec<Problem>, at: Vec<PathSeg>, langs: impl Iterator<Item = &'a String>) {
    for lang in langs {
        if !crate::LANGS.contains(&lang.as_str()) {
            let mut p = at.clone();
            p.push(lang.as_str().into());
            out.push(
                Problem::new(p, format!("`{lang}` is not a language tariff-finder ships"))
                    .hint(format!("use one of: {}", crate::LANGS.join(", "))),
            );
        }
    }
}

/// Plausibility bounds: a monthly price or a speed past these is a typo (or a hostile file).
pub const MAX_PRICE_PENCE: i64 = 20_000;
pub const MAX_MBPS: u32 = 10_000;

fn is_https(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && host.contains('.') && !rest.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// UK numbers as printed: 10 or 11 digits starting with 0, or +44 and 9 or 10 digits.
pub fn is_uk_phone(s: &str) -> bool {
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b' ' || b == b'+') {
        return false;
    }
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    if let Some(rest) = s.trim().strip_prefix("+44") {
        let n = rest.chars().filter(|c| c.is_ascii_digit()).count();
        return (9..=10).contains(&n) && !rest.contains('+');
    }
    !s.contains('+') && digits.starts_with('0') && !digits.starts_with("00") && (10..=11).contains(&digits.len())
}

fn suggest_or_list<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>, what: &str) -> String {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    match nearest(input, candidates.iter().copied()) {
        Some(n) => format!("did you mean `{n}`?"),
        None if candidates.len() <= 12 => format!("known {what}: {}", candidates.join(", ")),
        None => format!("see the list of {what} in the documentation"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_shapes() {
        assert!(is_uk_phone("01482 484191"));
        assert!(is_uk_phone("0800 270 0000"));
        assert!(is_uk_phone("+44 1482 484191"));
        assert!(!is_uk_phone("1482 484191"));
        assert!(!is_uk_phone("0148"));
        assert!(!is_uk_phone("00 44 1482 484191"));
        assert!(!is_uk_phone("+1 555 0100 000"));
        assert!(!is_uk_phone("0800-CALL-NOW"));
    }

    #[test]
    fn https_only() {
        assert!(is_https("https://www.kcom.com/home"));
        assert!(!is_https("http://www.kcom.com/home"));
        assert!(!is_https("https://"));
        assert!(!is_https("https://exa mple.com"));
        assert!(!is_https("javascript:alert(1)"));
    }

    #[test]
    fn id_shapes() {
        assert!(is_id("bt-home-essentials-36"));
        assert!(!is_id("BT"));
        assert!(!is_id("-x"));
        assert!(!is_id("a--b"));
        assert!(!is_id(""));
    }
}
