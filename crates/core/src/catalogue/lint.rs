//! Warnings for maintainers: things that are allowed but need a look. Errors are `validate`'s job;
//! these never stop a catalogue from loading. Pure: today's date is passed in, so tests do not age.

use std::collections::BTreeSet;

use super::{Catalogue, Kind, PathSeg, Problem, Status};
use crate::benefits::{Accepts, Benefit};
use crate::date::Date;
use crate::lang::Lang;

/// Facts this old, and not verified since, are worth a maintainer's look.
const STALE_MONTHS: i64 = 12;

fn at(i: usize) -> Vec<PathSeg> {
    vec!["tariff".into(), i.into()]
}

fn at_field(i: usize, field: &str) -> Vec<PathSeg> {
    vec!["tariff".into(), i.into(), field.into()]
}

pub fn lint(cat: &Catalogue, today: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, t) in cat.tariffs.iter().enumerate() {
        if t.status == Status::Historic {
            continue;
        }
        let checked = match (t.facts_as_of, t.verified_on) {
            (_, Some(v)) if v.months_until(today) < STALE_MONTHS => None,
            (Some(f), _) if f.months_until(today) >= STALE_MONTHS => Some(format!("its facts date from {f}")),
            (None, None) => Some("its sources are undated".to_string()),
            _ => None,
        };
        if let Some(why) = checked {
            out.push(
                Problem::new(
                    at_field(i, if t.facts_as_of.is_some() { "facts_as_of" } else { "id" }),
                    format!(
                        "`{}`: {why} and no maintainer has verified it in the last 12 months",
                        t.id
                    ),
                )
                .hint("check the provider's page; if it still holds, set verified_on = today's date"),
            );
        }
        if t.price_pence.is_none() && matches!(t.kind, Kind::Broadband | Kind::Mobile | Kind::Landline) {
            out.push(
                Problem::new(at_field(i, "id"), format!("`{}`: the price is not known", t.id))
                    .hint("residents see \"ask the provider\"; add price_pence when a source gives it"),
            );
        }
        if t.download_mbps.is_none() && t.kind == Kind::Broadband {
            out.push(
                Problem::new(
                    at_field(i, "id"),
                    format!("`{}`: the download speed is not known", t.id),
                )
                .hint("add download_mbps when a source gives it"),
            );
        }
        let missing: Vec<&str> = Lang::ALL
            .iter()
            .map(|l| l.tag())
            .filter(|tag| !t.text.contains_key(*tag))
            .collect();
        if !missing.is_empty() {
            out.push(
                Problem::new(at_field(i, "text"), format!("`{}`: no prose in {}", t.id, missing.join(", "))).hint(
                    format!(
                        "residents see English until then; translators add [tariff.text.{}] and the rest (docs/translators.md)",
                        missing[0]
                    ),
                ),
            );
        }
        for (j, source) in t.sources.iter().enumerate() {
            if !source.url.starts_with("https://") {
                out.push(
                    Problem::new(
                        vec!["tariff".into(), i.into(), "sources".into(), j.into(), "url".into()],
                        format!("`{}`: a source is not an https:// address", t.id),
                    )
                    .hint("link the https:// page if there is one, or an archived copy (web.archive.org)"),
                );
            }
        }
        if t.sources.is_empty() {
            out.push(Problem::new(at(i), format!("`{}`: no sources", t.id)).hint("every fact needs a source"));
        }
    }
    unused_ids(cat, &mut out);
    unreachable_rules(cat, &mut out);
    out
}

/// Benefits no current offer accepts, and conditions no offer asks.
fn unused_ids(cat: &Catalogue, out: &mut Vec<Problem>) {
    let offered: Vec<_> = cat.offered().collect();
    let accepted: BTreeSet<Accepts> = offered
        .iter()
        .flat_map(|t| t.benefits.iter().filter_map(|b| Accepts::parse(b).ok()))
        .collect();
    for b in Benefit::ALL {
        let used = accepted.iter().any(|a| match a {
            Accepts::Exactly(x) => *x == b,
            Accepts::AnyOf(f) | Accepts::Unstated(f) => b.family().is_some_and(|(g, _)| g == *f),
        });
        if !used {
            out.push(Problem::new(
                vec![],
                format!("no current offer accepts the benefit `{}`", b.id()),
            ));
        }
    }
    for (i, c) in cat.conditions.iter().enumerate() {
        if !offered.iter().any(|t| t.conditions.contains(&c.id)) {
            out.push(
                Problem::new(
                    vec!["condition".into(), i.into(), "id".into()],
                    format!("no current offer uses the condition `{}`", c.id),
                )
                .hint("remove it, or add it to the offer's conditions"),
            );
        }
    }
}

/// Coverage rules naming places the postcode table does not have: they can never match.
fn unreachable_rules(cat: &Catalogue, out: &mut Vec<Problem>) {
    let districts: Vec<_> = crate::postcode::districts().collect();
    let areas: BTreeSet<&str> = districts.iter().map(|d| d.area).collect();
    let lads: BTreeSet<&str> = districts.iter().flat_map(|d| d.lads.iter().map(|(c, _)| *c)).collect();
    for (n, network) in cat.networks.iter().enumerate() {
        for (r, rule) in network.rules.iter().enumerate() {
            let place = |field: &str| -> Vec<PathSeg> {
                vec!["network".into(), n.into(), "rules".into(), r.into(), field.into()]
            };
            let mut never = Vec::new();
            never.extend(
                rule.areas
                    .iter()
                    .filter(|a| !areas.contains(a.as_str()))
                    .map(|a| ("areas", a)),
            );
            never.extend(
                rule.outcodes
                    .iter()
                    .filter(|o| crate::postcode::district(o).is_none())
                    .map(|o| ("outcodes", o)),
            );
            never.extend(
                rule.lads
                    .iter()
                    .filter(|l| !lads.contains(l.as_str()))
                    .map(|l| ("lads", l)),
            );
            for (field, value) in never {
                out.push(
                    Problem::new(
                        place(field),
                        format!(
                            "network `{}`: `{value}` is in no postcode district, so this can never match",
                            network.id
                        ),
                    )
                    .hint("check the spelling against the postcode table (docs/catalogue.md)"),
                );
            }
        }
    }
}

/// One line: offers by status, providers, and the oldest facts.
pub fn summary(cat: &Catalogue) -> String {
    let count = |s: Status| cat.tariffs.iter().filter(|t| t.status == s).count();
    let providers: BTreeSet<&str> = cat.offered().map(|t| t.provider.as_str()).collect();
    let oldest = cat
        .facts_range()
        .map_or_else(|| "undated".to_string(), |(o, _)| o.to_string());
    format!(
        "edition {} serial {}: {} offer(s) ({} current, {} unverified, {} historic) from {} provider(s); oldest facts {}",
        cat.edition,
        cat.serial,
        cat.tariffs.len(),
        count(Status::Current),
        count(Status::Unverified),
        count(Status::Historic),
        providers.len(),
        oldest
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_catalogue_and_each_warning() {
        let cat = crate::catalogue::embedded();
        let today = Date::new(2026, 11, 26).unwrap();
        let mut c = cat.clone();
        let i = c.tariffs.iter().position(|t| t.status == Status::Current).unwrap();
        c.tariffs[i].verified_on = None;
        c.tariffs[i].facts_as_of = Some(Date::new(2020, 1, 1).unwrap());
        c.tariffs[i].text.remove("cy");
        c.networks[0].rules[0].outcodes.push("ZZ99".into());
        let warnings = lint(&c, today);
        let text: Vec<&str> = warnings.iter().map(|p| p.message.as_str()).collect();
        assert!(
            text.iter().any(|m| m.contains("facts date from 2020-01-01")),
            "{text:?}"
        );
        assert!(text.iter().any(|m| m.contains("no prose in cy")), "{text:?}");
        assert!(
            text.iter().any(|m| m.contains("`ZZ99` is in no postcode district")),
            "{text:?}"
        );
        // Verified recently: no longer stale.
        c.tariffs[i].verified_on = Some(Date::new(2026, 6, 1).unwrap());
        assert!(!lint(&c, today).iter().any(|p| p.message.contains("2020-01-01")));
        assert!(summary(&cat).contains("offer(s) ("), "{}", summary(&cat));
    }
}
