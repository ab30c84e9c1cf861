//! What changed between two catalogues, offer by offer and network by network: for the refresh
//! summary and for maintainers reviewing an edition. Pure.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use crate::benefits::Accepts;
use crate::catalogue::{Catalogue, Network, Status, Tariff, Verdict};
use crate::guidance::texts::money;
use crate::text_safety::clean;

/// One change to one offer: a field before and after ("not known" when absent), or, for the
/// benefit list, a sentence in `new` ("now also accepts PIP") with `old` empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct OfferChange {
    pub id: String,
    pub name: String,
    pub fields: Vec<FieldChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct CatalogueDiff {
    pub old_edition: String,
    pub old_serial: u32,
    pub new_edition: String,
    pub new_serial: u32,
    pub added: Vec<Named>,
    pub removed: Vec<Named>,
    /// Offers that were in answers and are now historic.
    pub made_historic: Vec<Named>,
    pub changed: Vec<OfferChange>,
    /// Footprint changes, spelled out ("openreach: now in HU and YO25").
    pub networks: Vec<String>,
    /// Conditions added, removed or reworded.
    pub conditions: Vec<String>,
}

impl CatalogueDiff {
    pub(crate) fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.made_historic.is_empty()
            && self.changed.is_empty()
            && self.networks.is_empty()
            && self.conditions.is_empty()
    }
}

fn named(t: &Tariff) -> Named {
    Named {
        id: t.id.clone(),
        name: clean(&format!("{} {}", t.provider, t.name)),
    }
}

fn opt<T>(v: &Option<T>, show: impl Fn(&T) -> String) -> String {
    v.as_ref().map_or_else(|| "not known".to_string(), show)
}

/// The fields a reviewer reads, shown as text (the benefit list is spelled out separately).
fn fields(t: &Tariff) -> Vec<(&'static str, String)> {
    let list = |v: &[String]| if v.is_empty() { "none".into() } else { v.join(", ") };
    vec![
        ("status", format!("{:?}", t.status).to_lowercase()),
        ("price", opt(&t.price_pence, |p| format!("{}/month", money(*p)))),
        ("download", opt(&t.download_mbps, |m| format!("{m} Mbps"))),
        ("upload", opt(&t.upload_mbps, |m| format!("{m} Mbps"))),
        ("contract", opt(&t.contract_months, |m| format!("{m} months"))),
        ("set-up fee", opt(&t.setup_fee_pence, |p| money(*p))),
        ("open to all", t.open_to_all.to_string()),
        ("benefit list complete", t.benefits_list_complete.to_string()),
        ("conditions", list(&t.conditions)),
        ("network", t.network.clone()),
        ("apply online", opt(&t.apply.url, Clone::clone)),
        ("apply by phone", opt(&t.apply.phone, Clone::clone)),
        ("facts as of", opt(&t.facts_as_of, ToString::to_string)),
        ("verified on", opt(&t.verified_on, ToString::to_string)),
        ("replaced by", opt(&t.replaced_by, Clone::clone)),
    ]
}

/// A benefit token in words: "PIP" for `pip`, "any Universal Credit" for `universal-credit-any`.
fn benefit_words(token: &str) -> String {
    let loc = crate::i18n::Localizer::new(crate::i18n::Lang::EnGb);
    match Accepts::parse(token) {
        Ok(a) => format!("{} (`{token}`)", crate::guidance::texts::accepts(&loc, a)),
        Err(_) => format!("`{token}`"),
    }
}

fn offer_changes(before: &Tariff, after: &Tariff) -> Vec<FieldChange> {
    let mut changes: Vec<FieldChange> = fields(before)
        .into_iter()
        .zip(fields(after))
        .filter(|(a, b)| a.1 != b.1)
        .map(|(a, b)| FieldChange {
            field: a.0,
            old: clean(&a.1),
            new: clean(&b.1),
        })
        .collect();
    let spell = |from: &Tariff, to: &Tariff, words: &str| -> Vec<FieldChange> {
        to.benefits
            .iter()
            .filter(|b| !from.benefits.contains(b))
            .map(|b| FieldChange {
                field: "benefits",
                old: String::new(),
                new: format!("{words} {}", benefit_words(b)),
            })
            .collect()
    };
    changes.extend(spell(before, after, "now also accepts"));
    changes.extend(spell(after, before, "no longer accepts"));
    // Maintainers' notes are not shipped in the embedded copy, so they are not compared.
    if changes.is_empty() && (before.text != after.text || before.sources != after.sources) {
        let what = if before.sources != after.sources {
            "sources"
        } else {
            "wording"
        };
        changes.push(FieldChange {
            field: what,
            old: String::new(),
            new: format!("{what} changed"),
        });
    }
    changes
}

/// Each place a network's rules name, with the answer of the first rule naming it.
fn places(n: &Network) -> BTreeMap<String, Verdict> {
    let mut out = BTreeMap::new();
    for rule in &n.rules {
        let names = rule
            .areas
            .iter()
            .chain(&rule.outcodes)
            .chain(&rule.nations)
            .chain(&rule.regions)
            .chain(&rule.lads);
        for name in names {
            out.entry(clean(name)).or_insert(rule.availability);
        }
    }
    out
}

fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn footprint(old: &Network, new: &Network) -> Vec<String> {
    let (before, after) = (places(old), places(new));
    let mut out = Vec::new();
    for (verdict, words) in [
        (Verdict::Yes, "now in"),
        (Verdict::Maybe, "now maybe in"),
        (Verdict::No, "now not in"),
    ] {
        let added: Vec<&str> = after
            .iter()
            .filter(|(p, v)| **v == verdict && before.get(*p) != Some(v))
            .map(|(p, _)| p.as_str())
            .collect();
        if !added.is_empty() {
            out.push(format!("network {}: {words} {}", new.id, and_list(&added)));
        }
    }
    let gone: Vec<&str> = before
        .keys()
        .filter(|p| !after.contains_key(*p))
        .map(String::as_str)
        .collect();
    if !gone.is_empty() {
        out.push(format!(
            "network {}: no longer names {} (the default, {}, applies there)",
            new.id,
            and_list(&gone),
            new.default
        ));
    }
    if old.default != new.default {
        out.push(format!(
            "network {}: elsewhere {} -> {}",
            new.id, old.default, new.default
        ));
    }
    if out.is_empty() && (old.rules != new.rules || old.text != new.text || old.name != new.name) {
        out.push(format!("network {}: notes or wording changed", new.id));
    }
    out
}

pub(crate) fn diff(old: &Catalogue, new: &Catalogue) -> CatalogueDiff {
    let mut d = CatalogueDiff {
        old_edition: old.edition.to_string(),
        old_serial: old.serial,
        new_edition: new.edition.to_string(),
        new_serial: new.serial,
        ..CatalogueDiff::default()
    };
    for t in &new.tariffs {
        match old.tariff(&t.id) {
            None => d.added.push(named(t)),
            Some(before) if before.status != Status::Historic && t.status == Status::Historic => {
                d.made_historic.push(named(t));
            }
            Some(before) => {
                let fields = offer_changes(before, t);
                if !fields.is_empty() {
                    let n = named(t);
                    d.changed.push(OfferChange {
                        id: n.id,
                        name: n.name,
                        fields,
                    });
                }
            }
        }
    }
    d.removed = old
        .tariffs
        .iter()
        .filter(|t| new.tariff(&t.id).is_none())
        .map(named)
        .collect();
    for n in &old.networks {
        if !new.networks.iter().any(|m| m.id == n.id) {
            d.networks.push(format!("network {} removed", n.id));
        }
    }
    for n in &new.networks {
        match old.networks.iter().find(|o| o.id == n.id) {
            None => d.networks.push(format!("network {} added", n.id)),
            Some(o) => d.networks.extend(footprint(o, n)),
        }
    }
    for c in &old.conditions {
        if new.condition(&c.id).is_none() {
            d.conditions.push(format!("condition {} removed", c.id));
        }
    }
    for c in &new.conditions {
        match old.condition(&c.id) {
            None => d.conditions.push(format!("condition {} added", c.id)),
            Some(o) if o != c => d.conditions.push(format!("condition {} changed", c.id)),
            _ => {}
        }
    }
    d
}

fn change_line(f: &FieldChange) -> String {
    if f.old.is_empty() {
        f.new.clone()
    } else {
        format!("{}: {} -> {}", f.field, f.old, f.new)
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn headline(d: &CatalogueDiff) -> String {
    format!(
        "Edition {} serial {} (was {} serial {}): {} added, {} removed, {} made historic, {} changed.",
        d.new_edition,
        d.new_serial,
        d.old_edition,
        d.old_serial,
        plural(d.added.len(), "offer", "offers"),
        d.removed.len(),
        d.made_historic.len(),
        d.changed.len()
    )
}

/// The diff as plain text, e.g. for `refresh`'s summary.
pub(crate) fn summary(d: &CatalogueDiff) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", headline(d));
    for (mark, list) in [("+", &d.added), ("-", &d.removed), ("x", &d.made_historic)] {
        for n in list {
            let _ = writeln!(s, "  {mark} {} ({})", n.name, n.id);
        }
    }
    for c in &d.changed {
        let _ = writeln!(s, "  ~ {} ({})", c.name, c.id);
        for f in &c.fields {
            let _ = writeln!(s, "      {}", change_line(f));
        }
    }
    for line in d.networks.iter().chain(&d.conditions) {
        let _ = writeln!(s, "  * {line}");
    }
    s
}

/// A value as Markdown text that shows exactly as written: no HTML (a name ending `<!--` once hid
/// a £12 to £49 rise from a reviewer), no links, emphasis, strike-through or code spans.
fn md(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn md_change_line(f: &FieldChange) -> String {
    if f.old.is_empty() {
        md(&f.new)
    } else {
        format!("{}: {} -> {}", md(f.field), md(&f.old), md(&f.new))
    }
}

/// The diff as Markdown, for a pull request description. Every value from the catalogues is
/// escaped (`md`): a reviewer sees what the files say.
pub(crate) fn markdown(d: &CatalogueDiff) -> String {
    let mut s = format!("## Catalogue changes\n\n{}\n", headline(d));
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            let _ = write!(s, "\n### {title}\n\n");
            for l in lines {
                let _ = writeln!(s, "- {l}");
            }
        }
    };
    let names = |list: &[Named]| {
        list.iter()
            .map(|n| format!("{} ({})", md(&n.name), md(&n.id)))
            .collect()
    };
    section("Added", names(&d.added));
    section("Removed", names(&d.removed));
    section("Made historic", names(&d.made_historic));
    section(
        "Changed",
        d.changed
            .iter()
            .map(|c| {
                let fields: Vec<String> = c.fields.iter().map(md_change_line).collect();
                format!("{} ({}): {}", md(&c.name), md(&c.id), fields.join("; "))
            })
            .collect(),
    );
    section("Footprints", d.networks.iter().map(|l| md(l)).collect());
    section("Conditions", d.conditions.iter().map(|l| md(l)).collect());
    if d.is_empty() {
        s.push_str("\nNo changes to offers, networks or conditions.\n");
    }
    s
}

pub(crate) fn json(d: &CatalogueDiff) -> String {
    let mut s = serde_json::to_string_pretty(d).expect("plain data serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_catalogue_no_change_then_each_kind_of_change() {
        let old = crate::catalogue::embedded();
        assert!(diff(&old, &old).is_empty());
        let mut new = old.clone();
        new.serial += 1;
        let first = new.tariffs[0].id.clone();
        new.tariffs[0].price_pence = Some(1234);
        new.tariffs[0].benefits.push("pip".into());
        let gone = new.tariffs.remove(1);
        let mut extra = new.tariffs[0].clone();
        extra.id = "brand-new-offer".into();
        new.tariffs.push(extra);
        let current = new
            .tariffs
            .iter()
            .position(|t| t.status == Status::Current && t.id != first)
            .unwrap();
        new.tariffs[current].status = Status::Historic;
        new.networks[0].rules[0].outcodes.push("YO25".into());
        let d = diff(&old, &new);
        assert_eq!(d.added.len(), 1);
        assert_eq!(d.removed, vec![named(&gone)]);
        assert_eq!(d.made_historic.len(), 1);
        assert_eq!(d.changed.len(), 1);
        assert_eq!(d.changed[0].id, first);
        let price = d.changed[0].fields.iter().find(|f| f.field == "price").unwrap();
        assert_eq!(price.new, "£12.34/month");
        let text = summary(&d);
        assert!(
            text.contains("1 offer added, 1 removed, 1 made historic, 1 changed"),
            "{text}"
        );
        assert!(text.contains("-> £12.34/month"), "{text}");
        assert!(text.contains("now also accepts"), "{text}");
        assert!(text.contains("(`pip`)"), "{text}");
        assert!(text.contains("YO25"), "{text}");
        let md = markdown(&d);
        assert!(md.contains("### Made historic"), "{md}");
        assert!(md.contains("(brand-new-offer)"), "{md}");
        let v: serde_json::Value = serde_json::from_str(&json(&d)).unwrap();
        assert_eq!(v["changed"][0]["fields"][0]["field"], "price");
    }

    #[test]
    fn markdown_cannot_hide_a_change_from_a_reviewer() {
        let old = crate::catalogue::embedded();
        let mut new = old.clone();
        new.serial += 1;
        let t = &mut new.tariffs[0];
        t.name = format!("{} <!--", t.name);
        t.price_pence = Some(4900);
        t.apply.url = Some("https://evil.example/ -->".into());
        let md = markdown(&diff(&old, &new));
        assert!(!md.contains("<!--") && !md.contains("-->"), "{md}");
        assert!(md.contains("&lt;!--") && md.contains("-&gt;"), "{md}");
        assert!(md.contains("£49.00/month"), "the rise is visible: {md}");
        assert!(md.contains("https://evil.example/"), "{md}");
        assert_eq!(
            super::md("[x](https://e.example) *b* `c`"),
            "\\[x\\](https://e.example) \\*b\\* \\`c\\`"
        );
    }
}
