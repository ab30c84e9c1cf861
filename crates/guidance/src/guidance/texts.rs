//! Words for the core's values in the guidance language: benefits, lists, dates, money, reasons.

use crate::benefits::{Accepts, Benefit, Variant};
use crate::catalogue::{Catalogue, Tariff};
use crate::date::Date;
use crate::eligibility::Reason;
use crate::i18n::{Arg, Localizer};
use crate::postcode::Status as PostcodeStatus;

pub fn benefit(loc: &Localizer, b: Benefit) -> String {
    loc.get(&format!("benefit-{}", b.id()))
}

pub fn accepts(loc: &Localizer, a: Accepts) -> String {
    match a {
        Accepts::Exactly(b) => benefit(loc, b),
        Accepts::AnyOf(f) => loc.get(&format!("accepts-{}", f.any_id())),
        Accepts::Unstated(f) => benefit(loc, f.member(Variant::Unknown)),
    }
}

/// "a, b or c" in the guidance language.
pub fn list_or(loc: &Localizer, items: &[String]) -> String {
    join(loc, items, "list-or")
}

/// "a, b and c" in the guidance language.
pub fn list_and(loc: &Localizer, items: &[String]) -> String {
    join(loc, items, "list-and")
}

fn join(loc: &Localizer, items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let sep = loc.get("list-separator");
            let conj = loc.get(conjunction);
            // A language may list without a final conjunction (Welsh: "a" and "neu" mutate the
            // word after them, which a list built from names cannot do).
            if conj == sep {
                return items.join(&format!("{sep} "));
            }
            format!("{} {conj} {last}", init.join(&format!("{sep} ")))
        }
    }
}

/// The offer's accepted benefits, as its provider names them.
pub fn accepted(loc: &Localizer, tariff: &Tariff) -> String {
    let names: Vec<String> = tariff
        .benefits
        .iter()
        .filter_map(|t| Accepts::parse(t).ok())
        .map(|a| accepts(loc, a))
        .collect();
    list_or(loc, &names)
}

pub fn benefits(loc: &Localizer, list: &[Benefit]) -> String {
    let names: Vec<String> = list.iter().map(|b| benefit(loc, *b)).collect();
    list_and(loc, &names)
}

pub fn nation(loc: &Localizer, name: &str) -> String {
    let id = format!("nation-{}", name.to_ascii_lowercase().replace(' ', "-"));
    let out = loc.get(&id);
    if out.is_empty() { name.to_string() } else { out }
}

/// "April 2023": the month in the guidance language, the year in Latin digits.
pub fn month_year(loc: &Localizer, d: Date) -> String {
    format!("{} {}", loc.get(&format!("month-{}", d.month)), d.year)
}

/// The note after a live postcode lookup, in the screen language; None when there is nothing to say.
pub fn live_postcode_note(
    loc: &Localizer,
    lookup: &crate::postcode_lookup::Lookup,
    info: &crate::postcode::PostcodeInfo,
    narrowed: bool,
) -> Option<String> {
    use crate::postcode_lookup::Lookup;
    match lookup {
        Lookup::Found { .. } if narrowed => Some(loc.fmt(
            "postcode-confirmed",
            &[("nation", nation(loc, info.nation().unwrap_or_default()).into())],
        )),
        Lookup::Found { .. } => None,
        Lookup::NotFound => Some(loc.fmt(
            "postcode-not-found-online",
            &[("postcode", info.normalised.clone().into())],
        )),
        Lookup::Unavailable(_) => Some(loc.get("postcode-lookup-failed")),
    }
}

/// "31 May 2027": digits Latin, the month in the guidance language.
pub fn day_month_year(loc: &Localizer, d: Date) -> String {
    format!("{} {}", d.day, month_year(loc, d))
}

/// £15.00: always pounds with pence and Latin digits, in every language (DESIGN section 6).
pub fn money(pence: i64) -> String {
    let pounds = (pence / 100).to_string();
    let grouped: Vec<&str> = pounds
        .as_bytes()
        .rchunks(3)
        .rev()
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    format!("£{}.{:02}", grouped.join(","), pence % 100)
}

/// The display name: the translated title where the catalogue has one; else "provider name",
/// unless the name already starts with the provider.
pub fn offer_name(loc: &Localizer, tariff: &Tariff) -> String {
    if let Some(title) = tariff.text.get(loc.lang().tag()).and_then(|t| t.title.clone()) {
        return title;
    }
    if tariff.name.starts_with(&tariff.provider) {
        tariff.name.clone()
    } else {
        format!("{} {}", tariff.provider, tariff.name)
    }
}

/// Why the place is outside the scheme.
pub fn outside_uk(loc: &Localizer, status: PostcodeStatus, territory: Option<&str>) -> String {
    let place = Arg::from(territory.unwrap_or("?"));
    match status {
        PostcodeStatus::CrownDependency => loc.fmt("why-outside-crown", &[("place", place)]),
        PostcodeStatus::Forces => loc.get("why-outside-forces"),
        _ => loc.fmt("why-outside-overseas", &[("place", place)]),
    }
}

/// The words for one reason about an offer. `personal` adds what the resident told us.
pub fn reason(loc: &Localizer, r: &Reason, tariff: &Tariff, catalogue: &Catalogue, personal: bool) -> String {
    let lang = loc.lang().tag();
    let names = |list: &[Benefit]| list.iter().map(|b| benefit(loc, *b)).collect::<Vec<_>>();
    let accepted_arg = || Arg::from(accepted(loc, tariff));
    let told = |given: &[Benefit]| {
        if personal {
            format!(
                " {}",
                loc.fmt("why-you-told-us", &[("given", benefits(loc, given).into())])
            )
        } else {
            String::new()
        }
    };
    let network = |id: &str| {
        catalogue
            .network(id)
            .map_or(id.to_string(), |n| n.display_name(lang).to_string())
    };
    let note = |id: &str, key: &Option<String>| {
        key.as_deref()
            .and_then(|k| catalogue.network(id)?.note(k, lang))
            .map(str::to_string)
    };
    match r {
        Reason::NoBenefits => {
            let base = if tariff.benefits.is_empty() {
                String::new()
            } else {
                loc.fmt("why-needs", &[("accepted", accepted_arg())])
            };
            let told = if personal {
                loc.get("why-you-get-none")
            } else {
                String::new()
            };
            [base, told]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        }
        Reason::NoQualifyingBenefit { given } => format!(
            "{}{}",
            loc.fmt("why-needs", &[("accepted", accepted_arg())]),
            told(given)
        ),
        Reason::WrongType { needs, have } => {
            format!(
                "{}{}",
                loc.fmt("why-needs-type", &[("needs", list_or(loc, &names(needs)).into())]),
                told(&[*have])
            )
        }
        Reason::ConditionFailed { condition } => condition_text(catalogue, condition, lang, |t| &t.fails),
        Reason::OutsideUk { status, territory } => outside_uk(loc, *status, *territory),
        Reason::NotInArea { network: id, note: key } => match note(id, key) {
            Some(n) => loc.fmt("why-not-in-area-note", &[("note", n.into())]),
            None => loc.fmt("why-not-in-area", &[("network", network(id).into())]),
        },
        Reason::WhichType { needs, .. } => {
            loc.fmt("check-which-type", &[("needs", list_or(loc, &names(needs)).into())])
        }
        Reason::TypeNotStated { have } => loc.fmt("check-type-not-stated", &[("have", benefit(loc, *have).into())]),
        Reason::ListPartial { .. } if tariff.benefits.is_empty() => loc.get("check-list-partial"),
        Reason::ListPartial { .. } => loc.fmt("check-list-partial-known", &[("accepted", accepted_arg())]),
        Reason::ScottishBenefit { have, counterpart } => loc.fmt(
            "check-scottish",
            &[
                ("have", benefit(loc, *have).into()),
                ("counterpart", benefit(loc, *counterpart).into()),
            ],
        ),
        Reason::Condition { condition } => condition_text(catalogue, condition, lang, |t| &t.check),
        Reason::Unverified => loc.get("check-unverified"),
        Reason::NoPostcode => loc.get("check-no-postcode"),
        Reason::NotHomePostcode => loc.get("check-not-home"),
        Reason::CheckAvailability { network: id, note: key } => match note(id, key) {
            Some(n) => loc.fmt("check-availability-note", &[("note", n.into())]),
            None => loc.fmt("check-availability", &[("network", network(id).into())]),
        },
    }
}

fn condition_text(
    catalogue: &Catalogue,
    id: &str,
    lang: &str,
    pick: impl Fn(&crate::catalogue::ConditionText) -> &String,
) -> String {
    catalogue
        .condition(id)
        .map_or_else(|| id.to_string(), |c| pick(c.text(lang)).clone())
}

/// A postcode error and what to do, in the screen language.
pub fn postcode_error(loc: &Localizer, e: &crate::postcode::PostcodeError) -> (String, String) {
    use crate::postcode::PostcodeError as E;
    let shown = |s: &str| clean(&s.chars().take(40).collect::<String>());
    let message = match e {
        E::Empty => loc.get("postcode-err-empty"),
        E::BadCharacter(c) => loc.fmt("postcode-err-char", &[("char", format!("{c:?}").into())]),
        E::Malformed { input, .. } => loc.fmt("postcode-err-shape", &[("input", shown(input).into())]),
        E::UnknownDistrict {
            normalised, outcode, ..
        } => loc.fmt(
            "postcode-err-unknown",
            &[
                ("postcode", normalised.clone().into()),
                ("outcode", outcode.clone().into()),
            ],
        ),
    };
    let hint = match (e.suggestion(), e) {
        (Some(s), _) => loc.fmt("postcode-hint-suggest", &[("suggestion", s.into())]),
        (None, E::UnknownDistrict { .. }) => loc.get("postcode-hint-unknown"),
        _ => loc.get("postcode-hint-shape"),
    };
    (message, hint)
}

/// How much a call costs, from the number's prefix (Ofcom's UK numbering plan).
pub fn phone_cost(loc: &Localizer, number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.strip_prefix("44").map_or(digits.clone(), |d| format!("0{d}"));
    if digits.starts_with("0800") || digits.starts_with("0808") {
        loc.get("phone-cost-free")
    } else if digits.starts_with("01") || digits.starts_with("02") || digits.starts_with("03") {
        loc.get("phone-cost-standard")
    } else {
        loc.get("phone-cost-other")
    }
}

pub use crate::text_safety::clean;

/// The screen message that names an age band (the wizard's and plain mode's choices).
/// The message id of a yes / no / not sure answer.
pub fn reply(reply: crate::answers::Reply) -> &'static str {
    use crate::answers::Reply;
    match reply {
        Reply::Yes => "choice-yes",
        Reply::No => "choice-no",
        Reply::NotSure => "choice-not-sure",
    }
}

pub fn age_band(age: crate::answers::AgeBand) -> &'static str {
    use crate::answers::AgeBand;
    match age {
        AgeBand::NotSure => "choice-not-sure",
        AgeBand::Under18 => "age-under-18",
        AgeBand::WorkingAge => "age-working-age",
        AgeBand::PensionAge => "age-pension-age",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn money_is_pounds_and_pence_with_latin_digits() {
        assert_eq!(money(1500), "£15.00");
        assert_eq!(money(1250), "£12.50");
        assert_eq!(money(5), "£0.05");
        assert_eq!(money(12_345_678), "£123,456.78");
    }

    #[test]
    fn lists_read_naturally() {
        let en = Localizer::new(Lang::EnGb);
        assert_eq!(list_or(&en, &["a".into()]), "a");
        assert_eq!(list_or(&en, &["a".into(), "b".into(), "c".into()]), "a, b or c");
    }

    #[test]
    fn phone_costs() {
        let en = Localizer::new(Lang::EnGb);
        assert_eq!(phone_cost(&en, "0800 270 0000"), "Free to call.");
        assert_eq!(phone_cost(&en, "0808 123 4567"), "Free to call.");
        assert!(phone_cost(&en, "01482 484191").starts_with("Costs the same as a call to a UK landline"));
        assert!(phone_cost(&en, "0333 332 1111").starts_with("Costs the same"));
        assert!(phone_cost(&en, "+44 1482 484191").starts_with("Costs the same"));
        assert!(phone_cost(&en, "0871 000 0000").starts_with("Ask your phone company"));
    }
}
