//! The serde types of `tariffs.toml`. Validation rules live in `validate.rs`; these types only
//! describe the shape.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::Date;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Version of this file's layout; the tool refuses versions it does not know.
    pub schema: u32,
    /// When this catalogue was published.
    pub edition: Date,
    /// Raised on every publication, also twice on one day.
    pub serial: u32,
    #[serde(default, rename = "condition")]
    pub conditions: Vec<Condition>,
    #[serde(default, rename = "network")]
    pub networks: Vec<Network>,
    #[serde(default, rename = "tariff")]
    pub tariffs: Vec<Tariff>,
}

/// A typed question with an effect on eligibility.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: String,
    /// Which answer decides it: the account-holder question, or a `--fact ID=yes|no`.
    pub answered_by: AnsweredBy,
    /// Prose per language: `question`, `check` (for "what to check") and `fails` (why not).
    pub text: BTreeMap<String, ConditionText>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AnsweredBy {
    AccountHolder,
    Fact,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConditionText {
    pub question: String,
    pub check: String,
    pub fails: String,
}

/// Where a network reaches: ordered rules, first match wins, else `default`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Network {
    pub id: String,
    pub name: String,
    /// A fixed line needs an address: with no postcode its offers are "maybe".
    pub fixed_line: bool,
    #[serde(default)]
    pub rules: Vec<CoverageRule>,
    pub default: Verdict,
    /// The key of the note (in `text`) shown when the default decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_note: Option<String>,
    /// Resident-facing prose per language: `name` (optional translation of the name) and the
    /// notes the rules and the default name by key.
    #[serde(default)]
    pub text: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CoverageRule {
    /// Postcode areas, e.g. "HU".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    /// Outward codes, e.g. "YO25".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcodes: Vec<String>,
    /// England, Wales, Scotland, Northern Ireland.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nations: Vec<String>,
    /// English ONS regions, e.g. "London". A district that straddles the boundary gives "maybe".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Local authority district GSS codes, e.g. "E07000207".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lads: Vec<String>,
    pub availability: Verdict,
    /// The key of the note (in the network's `text`) shown when this rule decides the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    No,
    Maybe,
    Yes,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Offered now, as far as the sources say.
    Current,
    /// Expired or replaced: kept for the record, never in answers.
    Historic,
    /// The provider is known to have an offer, but its terms could not be confirmed: never
    /// better than "maybe".
    Unverified,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Broadband,
    Mobile,
    Landline,
    FreeData,
    OtherHelp,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Broadband,
        Kind::Mobile,
        Kind::Landline,
        Kind::FreeData,
        Kind::OtherHelp,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::Broadband => "broadband",
            Kind::Mobile => "mobile",
            Kind::Landline => "landline",
            Kind::FreeData => "free-data",
            Kind::OtherHelp => "other-help",
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Tariff {
    /// Forever: never reused, never renamed.
    pub id: String,
    pub status: Status,
    pub provider: String,
    pub name: String,
    pub kind: Kind,
    /// Monthly price in pence; omitted when unknown (shown as "ask the provider").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_pence: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_mbps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_mbps: Option<u32>,
    /// Minimum term in months; 0 means rolling (no minimum term).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_fee_pence: Option<i64>,
    /// No benefit test at all.
    #[serde(default)]
    pub open_to_all: bool,
    /// Accepted benefits (see `benefits.rs` for the tokens).
    #[serde(default)]
    pub benefits: Vec<String>,
    /// false: the sources give only part of the list, so a benefit not on it is "maybe".
    #[serde(default)]
    pub benefits_list_complete: bool,
    #[serde(default)]
    pub conditions: Vec<String>,
    pub network: String,
    /// Customers of these brands can also move to this offer without an exit fee.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_for_customers_of: Vec<String>,
    #[serde(default)]
    pub apply: Apply,
    /// When the sources say these facts were true: the date of the source for the price (or, with
    /// no price, the newest source confirming the offer). Left out when every source is undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts_as_of: Option<Date>,
    /// Set only when a maintainer has checked the live page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_on: Option<Date>,
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// Offer prose per language tag; missing languages fall back to en-GB.
    pub text: BTreeMap<String, OfferText>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Apply {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    pub grade: Grade,
    /// The reference key it came from, e.g. "S20" or "T1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// P: the provider's or a regulator's own words. N: news or a consumer site. Weak sources are
/// never used, so there is no grade for them.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Grade {
    P,
    N,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfferText {
    /// A translated display name, for offers whose name is a description rather than a brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What it is, in a sentence or two.
    pub summary: String,
    /// Terms worth knowing: contract, fees, price rises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// How to apply, beyond the link and phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_apply: Option<String>,
    /// Proof to have ready.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
}

impl Catalogue {
    pub fn tariff(&self, id: &str) -> Option<&Tariff> {
        self.tariffs.iter().find(|t| t.id == id)
    }

    pub fn network(&self, id: &str) -> Option<&Network> {
        self.networks.iter().find(|n| n.id == id)
    }

    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    /// Offers that can appear in an answer (everything but historic ones).
    pub fn offered(&self) -> impl Iterator<Item = &Tariff> {
        self.tariffs.iter().filter(|t| t.status != Status::Historic)
    }

    /// The providers with offers in answers, sorted, each once: the "current provider" choice.
    pub fn providers(&self) -> Vec<String> {
        let mut p: Vec<String> = self.offered().map(|t| t.provider.clone()).collect();
        p.sort();
        p.dedup();
        p
    }

    /// The oldest and newest `facts_as_of` among offers in answers.
    pub fn facts_range(&self) -> Option<(Date, Date)> {
        let dates: Vec<Date> = self.offered().filter_map(|t| t.facts_as_of).collect();
        Some((*dates.iter().min()?, *dates.iter().max()?))
    }

    /// The median date of the offers' facts: what "the rest" are as old as.
    pub fn typical_facts_date(&self) -> Option<Date> {
        let mut dates: Vec<Date> = self.offered().filter_map(|t| t.facts_as_of).collect();
        dates.sort();
        dates.get(dates.len() / 2).copied()
    }
}

impl Tariff {
    pub fn text(&self, lang: &str) -> &OfferText {
        self.text
            .get(lang)
            .or_else(|| self.text.get(crate::SOURCE_LANG))
            .expect("validation guarantees en-GB prose")
    }
}

impl Network {
    /// A note by key in `lang`, else in en-GB.
    pub fn note(&self, key: &str, lang: &str) -> Option<&str> {
        [lang, crate::SOURCE_LANG]
            .iter()
            .find_map(|l| self.text.get(*l)?.get(key))
            .map(String::as_str)
    }

    /// The name in `lang`, else the catalogue name.
    pub fn display_name(&self, lang: &str) -> &str {
        self.text
            .get(lang)
            .and_then(|t| t.get("name"))
            .map_or(self.name.as_str(), String::as_str)
    }
}

impl Condition {
    pub fn text(&self, lang: &str) -> &ConditionText {
        self.text
            .get(lang)
            .or_else(|| self.text.get(crate::SOURCE_LANG))
            .expect("validation guarantees en-GB prose")
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Yes => "yes",
            Verdict::Maybe => "maybe",
            Verdict::No => "no",
        })
    }
}
