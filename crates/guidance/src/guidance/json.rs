//! `check --format json`: one object with every field of the contract (DESIGN section 5).

use serde::Serialize;

use super::{Group, Report, texts};
use crate::catalogue::Verdict;
use crate::eligibility::Outcome;
use crate::i18n::Localizer;

#[derive(Serialize)]
struct Json<'a> {
    /// The language of every `text` field.
    lang: &'static str,
    catalogue: CatalogueJson,
    answers: AnswersJson<'a>,
    postcode: Option<PostcodeJson<'a>>,
    results: Vec<ResultJson<'a>>,
}

#[derive(Serialize)]
struct CatalogueJson {
    edition: String,
    serial: u32,
    source: String,
    /// The last day a signed (cached) catalogue is vouched for; null for embedded and file.
    expires: Option<String>,
    expired: bool,
    oldest_facts: Option<String>,
}

#[derive(Serialize)]
struct AnswersJson<'a> {
    benefits: Vec<&'static str>,
    account_holder: &'static str,
    current_provider: Option<String>,
    age: &'static str,
    facts: std::collections::BTreeMap<&'a str, &'static str>,
}

#[derive(Serialize)]
struct PostcodeJson<'a> {
    input: String,
    normalised: String,
    outcode: Option<&'a str>,
    status: &'static str,
    nation: Option<&'static str>,
    nations: &'a [&'static str],
    region: Option<&'static str>,
    local_authorities: Vec<LocalAuthority>,
    territory: Option<&'static str>,
    in_scope: bool,
    /// A live lookup's answer (`confirmed`, `not-found`, `unavailable`); absent when none was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    live_check: Option<&'static str>,
}

#[derive(Serialize)]
struct LocalAuthority {
    code: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct ResultJson<'a> {
    id: &'a str,
    provider: String,
    name: String,
    kind: &'static str,
    status: crate::catalogue::Status,
    eligibility: Verdict,
    availability: Verdict,
    group: &'static str,
    current_provider: bool,
    /// In the answer-first summary ("what to do next" or "check first"); the rest only with --full.
    in_summary: bool,
    qualifying_benefits: Vec<&'static str>,
    why_not: Vec<Coded>,
    to_check: Vec<Coded>,
    price_pence: Option<i64>,
    download_mbps: Option<u32>,
    contract_months: Option<u32>,
    setup_fee_pence: Option<i64>,
    apply_url: Option<String>,
    apply_phone: Option<String>,
    summary: String,
    facts_as_of: Option<String>,
    verified_on: Option<String>,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct Coded {
    code: String,
    text: String,
}

pub fn render(report: &Report<'_>, loc: &Localizer) -> String {
    let a = report.answers;
    let json = Json {
        lang: loc.lang().tag(),
        catalogue: CatalogueJson {
            edition: report.catalogue.edition.to_string(),
            serial: report.catalogue.serial,
            source: report.origin.label().to_string(),
            expires: report.origin.expires().map(|d| d.to_string()),
            expired: report.origin.expires().is_some_and(|e| report.today > e),
            oldest_facts: report.catalogue.facts_range().map(|(o, _)| o.to_string()),
        },
        answers: AnswersJson {
            benefits: a.benefits.iter().map(|b| b.id()).collect(),
            account_holder: a.account_holder.id(),
            current_provider: a.current_provider.as_deref().map(texts::clean),
            age: a.age.id(),
            facts: a.facts.iter().map(|(k, v)| (k.as_str(), v.id())).collect(),
        },
        postcode: report.postcode.map(|p| PostcodeJson {
            input: texts::clean(&p.input),
            normalised: texts::clean(&p.normalised),
            outcode: p.outcode.as_deref(),
            status: p.status.id(),
            nation: p.nation(),
            nations: &p.nations,
            region: p.region,
            local_authorities: p
                .local_authorities
                .iter()
                .map(|(code, name)| LocalAuthority { code, name })
                .collect(),
            territory: p.territory,
            in_scope: p.in_scope(),
            live_check: p.live_check,
        }),
        results: report.outcomes.iter().map(|o| result(report, o, loc)).collect(),
    };
    let mut s = serde_json::to_string_pretty(&json).expect("plain data serialises");
    s.push('\n');
    s
}

fn result<'a>(report: &Report<'a>, o: &'a Outcome<'a>, loc: &Localizer) -> ResultJson<'a> {
    let t = o.tariff;
    let coded = |rs: &[crate::eligibility::Reason]| {
        rs.iter()
            .map(|r| Coded {
                code: r.code().to_string(),
                text: texts::clean(&texts::reason(loc, r, t, report.catalogue, true)),
            })
            .collect()
    };
    ResultJson {
        id: &t.id,
        provider: texts::clean(&t.provider),
        name: texts::clean(&t.name),
        kind: t.kind.id(),
        status: t.status,
        eligibility: o.eligibility,
        availability: o.availability,
        group: match Group::of(o) {
            Group::CanGet => "can-get",
            Group::Maybe => "maybe",
            Group::NotHere => "not-offered-here",
            Group::RuledOut => "ruled-out",
        },
        current_provider: o.current_provider,
        in_summary: matches!(Group::of(o), Group::CanGet | Group::Maybe),
        qualifying_benefits: o.qualifying_benefits.iter().map(|b| b.id()).collect(),
        why_not: coded(&o.why_not),
        to_check: coded(&o.to_check),
        price_pence: t.price_pence,
        download_mbps: t.download_mbps,
        contract_months: t.contract_months,
        setup_fee_pence: t.setup_fee_pence,
        // URLs too: a program reading this may show them (a raw U+009B or U+202E was let through).
        apply_url: t.apply.url.as_deref().map(texts::clean),
        apply_phone: t.apply.phone.as_deref().map(texts::clean),
        summary: texts::clean(&t.text(loc.lang().tag()).summary),
        facts_as_of: t.facts_as_of.map(|d| d.to_string()),
        verified_on: t.verified_on.map(|d| d.to_string()),
        sources: t.sources.iter().map(|s| texts::clean(&s.url)).collect(),
    }
}
