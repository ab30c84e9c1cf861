//! What changed between two catalogues, offer by offer: for the refresh summary and for
//! maintainers reviewing an edition. Pure.

use std::fmt::Write;

use super::{Catalogue, Tariff};
use crate::guidance::texts::money;

/// One field of one offer, before and after ("none" when absent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferChange {
    pub id: String,
    pub name: String,
    pub fields: Vec<FieldChange>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogueDiff {
    pub added: Vec<(String, String)>,
    pub removed: Vec<(String, String)>,
    pub changed: Vec<OfferChange>,
    /// Networks and conditions added, removed or changed (by id).
    pub other: Vec<String>,
}

impl CatalogueDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty() && self.other.is_empty()
    }
}

fn label(t: &Tariff) -> String {
    format!("{} {}", t.provider, t.name)
}

fn opt<T>(v: &Option<T>, show: impl Fn(&T) -> String) -> String {
    v.as_ref().map_or_else(|| "not known".to_string(), show)
}

/// The fields an adviser or maintainer cares about, shown as text.
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
        ("benefits", list(&t.benefits)),
        ("benefit list complete", t.benefits_list_complete.to_string()),
        ("conditions", list(&t.conditions)),
        ("network", t.network.clone()),
        ("apply online", opt(&t.apply.url, Clone::clone)),
        ("apply by phone", opt(&t.apply.phone, Clone::clone)),
        ("facts as of", opt(&t.facts_as_of, ToString::to_string)),
        ("replaced by", opt(&t.replaced_by, Clone::clone)),
    ]
}

pub fn diff(old: &Catalogue, new: &Catalogue) -> CatalogueDiff {
    let mut d = CatalogueDiff::default();
    for t in &new.tariffs {
        match old.tariff(&t.id) {
            None => d.added.push((t.id.clone(), label(t))),
            Some(before) => {
                let mut changes: Vec<FieldChange> = fields(before)
                    .into_iter()
                    .zip(fields(t))
                    .filter(|(a, b)| a.1 != b.1)
                    .map(|(a, b)| FieldChange {
                        field: a.0,
                        old: a.1,
                        new: b.1,
                    })
                    .collect();
                // Maintainers' notes are not shipped in the embedded copy, so they are not compared.
                if changes.is_empty() && (before.text != t.text || before.sources != t.sources) {
                    changes.push(FieldChange {
                        field: "wording or sources",
                        old: String::new(),
                        new: String::new(),
                    });
                }
                if !changes.is_empty() {
                    d.changed.push(OfferChange {
                        id: t.id.clone(),
                        name: label(t),
                        fields: changes,
                    });
                }
            }
        }
    }
    for t in &old.tariffs {
        if new.tariff(&t.id).is_none() {
            d.removed.push((t.id.clone(), label(t)));
        }
    }
    for n in &old.networks {
        if !new.networks.iter().any(|m| m.id == n.id) {
            d.other.push(format!("network {} removed", n.id));
        }
    }
    for n in &new.networks {
        match old.networks.iter().find(|o| o.id == n.id) {
            None => d.other.push(format!("network {} added", n.id)),
            // Notes are for maintainers and not in the embedded copy: compare the rest.
            Some(o) if o.rules != n.rules || o.default != n.default || o.text != n.text || o.name != n.name => {
                d.other.push(format!("network {} changed (coverage or wording)", n.id))
            }
            _ => {}
        }
    }
    for c in &old.conditions {
        if new.condition(&c.id).is_none() {
            d.other.push(format!("condition {} removed", c.id));
        }
    }
    for c in &new.conditions {
        match old.condition(&c.id) {
            None => d.other.push(format!("condition {} added", c.id)),
            Some(o) if o != c => d.other.push(format!("condition {} changed", c.id)),
            _ => {}
        }
    }
    d
}

/// The diff as lines of English text, e.g. for `refresh`'s summary.
pub fn summary(old: &Catalogue, new: &Catalogue, d: &CatalogueDiff) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Edition {} serial {} (was {} serial {}): {} offer{} added, {} removed, {} changed.",
        new.edition,
        new.serial,
        old.edition,
        old.serial,
        d.added.len(),
        if d.added.len() == 1 { "" } else { "s" },
        d.removed.len(),
        d.changed.len()
    );
    for (id, name) in &d.added {
        let _ = writeln!(s, "  + {name} ({id})");
    }
    for (id, name) in &d.removed {
        let _ = writeln!(s, "  - {name} ({id})");
    }
    for c in &d.changed {
        let _ = writeln!(s, "  ~ {} ({})", c.name, c.id);
        for f in &c.fields {
            if f.old.is_empty() && f.new.is_empty() {
                let _ = writeln!(s, "      {}", f.field);
            } else {
                let _ = writeln!(s, "      {}: {} -> {}", f.field, f.old, f.new);
            }
        }
    }
    for o in &d.other {
        let _ = writeln!(s, "  * {o}");
    }
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
        let gone = new.tariffs.remove(1);
        let mut extra = new.tariffs[0].clone();
        extra.id = "brand-new-offer".into();
        new.tariffs.push(extra);
        let d = diff(&old, &new);
        assert_eq!(d.added.len(), 1);
        assert_eq!(d.removed, vec![(gone.id.clone(), label(&gone))]);
        assert_eq!(d.changed.len(), 1);
        assert_eq!(d.changed[0].id, first);
        let price = d.changed[0].fields.iter().find(|f| f.field == "price").unwrap();
        assert_eq!(price.new, "£12.34/month");
        let text = summary(&old, &new, &d);
        assert!(text.contains("1 offer added, 1 removed, 1 changed"), "{text}");
        assert!(text.contains("-> £12.34/month"), "{text}");
    }
}
