//! English (en-GB) wording of benefits, reasons and offer facts. The languages issue moves these
//! into Fluent files; until then this is the one place that words the core's codes.

use crate::benefits::{Accepts, Benefit, Family};
use crate::catalogue::{Catalogue, Tariff};
use crate::eligibility::Reason;
use crate::postcode::Status as PostcodeStatus;

pub fn benefit_name(b: Benefit) -> &'static str {
    use Benefit::*;
    match b {
        UniversalCredit => "Universal Credit",
        UniversalCreditNoEarnings => "Universal Credit with no earnings in the last assessment period",
        UniversalCreditWithEarnings => "Universal Credit with earnings in the last assessment period",
        PensionCredit => "Pension Credit",
        PensionCreditGuarantee => "Pension Credit (Guarantee Credit)",
        PensionCreditSavings => "Pension Credit (Savings Credit only)",
        IncomeSupport => "Income Support",
        Jsa => "Jobseeker’s Allowance (JSA)",
        JsaIncomeBased => "income-based Jobseeker’s Allowance",
        JsaContributionBased => "New Style (contribution-based) Jobseeker’s Allowance",
        Esa => "Employment and Support Allowance (ESA)",
        EsaIncomeRelated => "income-related Employment and Support Allowance",
        EsaContributionBased => "New Style (contribution-based) Employment and Support Allowance",
        Pip => "Personal Independence Payment (PIP)",
        AdultDisabilityPayment => "Adult Disability Payment (ADP)",
        PensionAgeDisabilityPayment => "Pension Age Disability Payment",
        Dla => "Disability Living Allowance (DLA)",
        AttendanceAllowance => "Attendance Allowance",
        HousingBenefit => "Housing Benefit",
        CarersAllowance => "Carer’s Allowance",
        CarerSupportPayment => "Carer Support Payment",
        CouncilTaxReduction => "Council Tax Reduction",
        CareLeaver => "care leaver",
    }
}

fn family_name(f: Family) -> &'static str {
    match f {
        Family::UniversalCredit => "Universal Credit",
        Family::PensionCredit => "Pension Credit",
        Family::Jsa => "Jobseeker’s Allowance",
        Family::Esa => "Employment and Support Allowance",
    }
}

pub fn accepts_name(a: Accepts) -> String {
    match a {
        Accepts::Exactly(b) => benefit_name(b).to_string(),
        Accepts::AnyOf(Family::UniversalCredit) => "Universal Credit".to_string(),
        Accepts::AnyOf(Family::PensionCredit) => "Pension Credit (either part)".to_string(),
        Accepts::AnyOf(f) => format!("{} (either type)", family_name(f)),
        Accepts::Unstated(f) => family_name(f).to_string(),
    }
}

/// The offer's accepted benefits, as a list a person can read.
pub fn accepted_list(tariff: &Tariff) -> String {
    let names: Vec<String> = tariff
        .benefits
        .iter()
        .filter_map(|t| Accepts::parse(t).ok())
        .map(accepts_name)
        .collect();
    join_or(&names)
}

pub fn benefit_list(benefits: &[Benefit]) -> String {
    let names: Vec<String> = benefits.iter().map(|b| benefit_name(*b).to_string()).collect();
    join_and(&names)
}

fn join_with(items: &[String], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{} {last} {tail}", init.join(", ")),
    }
}

pub fn join_or(items: &[String]) -> String {
    join_with(items, "or")
}

pub fn join_and(items: &[String]) -> String {
    join_with(items, "and")
}

pub fn kind_heading(kind: crate::catalogue::Kind) -> &'static str {
    use crate::catalogue::Kind::*;
    match kind {
        Broadband => "Broadband",
        Mobile => "Mobile",
        Landline => "Landline",
        FreeData => "Free data and SIMs",
        OtherHelp => "Other help",
    }
}

pub fn outside_uk(status: PostcodeStatus, territory: Option<&str>) -> String {
    let place = territory.unwrap_or("that place");
    match status {
        PostcodeStatus::CrownDependency => format!(
            "{place} is a Crown Dependency, outside the UK: UK social tariffs are for homes in England, Wales, Scotland and Northern Ireland. {place} has its own telecoms regulator; ask local providers what help they offer."
        ),
        PostcodeStatus::Forces => "BFPO addresses are outside the UK's social tariff area. If the household has a home in the UK, use that postcode.".to_string(),
        _ => format!("{place} is outside the UK: UK social tariffs are for homes in England, Wales, Scotland and Northern Ireland."),
    }
}

/// The words for one reason, in the context of an offer.
pub fn reason(reason: &Reason, tariff: &Tariff, catalogue: &Catalogue) -> String {
    match reason {
        Reason::NoBenefits => format!(
            "needs {}; you told us you get none of the benefits we ask about",
            accepted_or_unknown(tariff)
        ),
        Reason::NoQualifyingBenefit { given } => {
            format!(
                "needs {}; you told us {}",
                accepted_or_unknown(tariff),
                benefit_list(given)
            )
        }
        Reason::WrongType { needs, have } => {
            format!("needs {}; you told us {}", join_or(&names(needs)), benefit_name(*have))
        }
        Reason::ConditionFailed { condition } => condition_text(catalogue, condition, |t| &t.fails),
        Reason::OutsideUk { status, territory } => outside_uk(*status, *territory),
        Reason::NotInArea { network, place, note } => match note {
            Some(n) => format!("not offered at {place}: {n}"),
            None => format!("{network} does not reach {place}"),
        },
        Reason::WhichType { needs, family } => format!(
            "Check which type of {} you get: this offer needs {}.",
            family_name(*family),
            join_or(&names(needs))
        ),
        Reason::TypeNotStated { have } => format!(
            "The sources name {} without saying which type counts: ask the provider whether {} does.",
            have.family().map_or("the benefit", |(f, _)| family_name(f)),
            benefit_name(*have)
        ),
        Reason::ListPartial { given } => format!(
            "The provider's full list of benefits is not known{}: ask whether {} counts.",
            if tariff.benefits.is_empty() {
                String::new()
            } else {
                format!(" (it includes {})", accepted_list(tariff))
            },
            benefit_list(given)
        ),
        Reason::ScottishBenefit { have, counterpart } => format!(
            "The provider lists {}; {} replaces it in Scotland. Ask whether {} counts.",
            benefit_name(*counterpart),
            benefit_name(*have),
            benefit_name(*have)
        ),
        Reason::Condition { condition } => condition_text(catalogue, condition, |t| &t.check),
        Reason::Unverified => {
            "The provider is known to have this offer, but its terms could not be confirmed: ask them.".to_string()
        }
        Reason::NoPostcode => "No postcode given: check the offer is available at your address.".to_string(),
        Reason::NotHomePostcode => {
            "That postcode is not a home address: check availability at the home address.".to_string()
        }
        Reason::CheckAvailability { network, place, note } => match note {
            Some(n) => format!("{}: check your address with the provider.", capitalise(n)),
            None => format!("{network} may not reach every address in {place}: check yours with the provider."),
        },
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// "BT Home Essentials", not "BT BT Basic" when the name already says the provider.
pub fn offer_name(tariff: &Tariff) -> String {
    if tariff.name.starts_with(&tariff.provider) {
        tariff.name.clone()
    } else {
        format!("{} {}", tariff.provider, tariff.name)
    }
}

fn names(benefits: &[Benefit]) -> Vec<String> {
    benefits.iter().map(|b| benefit_name(*b).to_string()).collect()
}

fn accepted_or_unknown(tariff: &Tariff) -> String {
    if tariff.benefits.is_empty() {
        "a qualifying benefit".to_string()
    } else {
        accepted_list(tariff)
    }
}

fn condition_text(
    catalogue: &Catalogue,
    id: &str,
    pick: impl Fn(&crate::catalogue::ConditionText) -> &String,
) -> String {
    catalogue
        .condition(id)
        .map_or_else(|| id.to_string(), |c| pick(c.text(crate::SOURCE_LANG)).clone())
}

/// £15.00: always pounds with pence and Latin digits, in every language.
pub fn money(pence: i64) -> String {
    let pounds = pence / 100;
    let grouped = pounds
        .to_string()
        .as_bytes()
        .rchunks(3)
        .rev()
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(",");
    format!("£{grouped}.{:02}", pence % 100)
}

pub fn price(tariff: &Tariff) -> String {
    match tariff.price_pence {
        Some(0) => "free".to_string(),
        Some(p) => format!("{} a month", money(p)),
        None => "price: ask the provider".to_string(),
    }
}

/// "36 Mbps, 12-month contract, no set-up fee", leaving out what is unknown.
pub fn facts_line(tariff: &Tariff) -> String {
    use crate::catalogue::Kind;
    let mut parts = Vec::new();
    if tariff.price_pence.is_some() || matches!(tariff.kind, Kind::Broadband | Kind::Mobile | Kind::Landline) {
        parts.push(price(tariff));
    }
    match (tariff.download_mbps, tariff.upload_mbps) {
        (Some(d), Some(u)) => parts.push(format!("{d} Mbps down, {u} Mbps up")),
        (Some(d), None) => parts.push(format!("{d} Mbps")),
        _ if tariff.kind == crate::catalogue::Kind::Broadband => parts.push("speed: ask the provider".to_string()),
        _ => {}
    }
    match tariff.contract_months {
        Some(0) => parts.push("no minimum term".to_string()),
        Some(m) => parts.push(format!("{m}-month contract")),
        None => {}
    }
    match tariff.setup_fee_pence {
        Some(0) => parts.push("no set-up fee".to_string()),
        Some(p) => parts.push(format!("set-up fee {}", money(p))),
        None => {}
    }
    parts.join(", ")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn month_year(d: crate::date::Date) -> String {
    format!("{} {}", MONTHS[usize::from(d.month - 1)], d.year)
}

/// "Facts as of April 2023, over 3 years ago: check the price with the provider."
pub fn facts_age(tariff: &Tariff, today: crate::date::Date) -> String {
    let Some(as_of) = tariff.facts_as_of else {
        return "The sources for this offer are undated: check the price and terms with the provider.".to_string();
    };
    let months = as_of.months_until(today);
    let when = month_year(as_of);
    if months >= 24 {
        format!(
            "Facts as of {when}, over {} years ago: check the price and terms with the provider.",
            months / 12
        )
    } else if months >= 12 {
        format!("Facts as of {when}, over a year ago: check the price and terms with the provider.")
    } else {
        format!("Facts as of {when}: check the price with the provider.")
    }
}

pub const OWN_PROVIDER_NOTE: &str = "Moving to your own provider’s social tariff usually costs no exit fee, even in a contract (Which?, April 2023; Ofcom, February 2023).";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_pounds_and_pence() {
        assert_eq!(money(1500), "£15.00");
        assert_eq!(money(1250), "£12.50");
        assert_eq!(money(5), "£0.05");
        assert_eq!(money(12_345_678), "£123,456.78");
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(join_or(&["a".into()]), "a");
        assert_eq!(join_or(&["a".into(), "b".into(), "c".into()]), "a, b or c");
    }
}
