//! The pure heart: Answers x Catalogue x PostcodeInfo -> one Outcome per offer. No text here:
//! reasons are codes with structured details, worded later by `guidance`.

use crate::answers::{Answers, Reply};
use crate::benefits::{Accepts, Benefit, Family, Variant};
use crate::catalogue::{AnsweredBy, Catalogue, CoverageRule, Network, Status, Tariff, Verdict};
use crate::postcode::{PostcodeInfo, Status as PostcodeStatus};

/// Why an offer is ruled out, or what is left to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    // Eligibility, ruled out.
    NoBenefits,
    NoQualifyingBenefit {
        given: Vec<Benefit>,
    },
    WrongType {
        needs: Vec<Benefit>,
        have: Benefit,
    },
    ConditionFailed {
        condition: String,
    },
    // Availability, ruled out.
    OutsideUk {
        status: PostcodeStatus,
        territory: Option<&'static str>,
    },
    /// `network` is the network's id, `note` the key of one of its notes.
    NotInArea {
        network: String,
        note: Option<String>,
    },
    // To check.
    WhichType {
        needs: Vec<Benefit>,
        family: Family,
    },
    TypeNotStated {
        have: Benefit,
    },
    ListPartial {
        given: Vec<Benefit>,
    },
    ScottishBenefit {
        have: Benefit,
        counterpart: Benefit,
    },
    Condition {
        condition: String,
    },
    Unverified,
    NoPostcode,
    NotHomePostcode,
    CheckAvailability {
        network: String,
        note: Option<String>,
    },
}

impl Reason {
    /// The stable code in `why_not` / `to_check`. Conditions use their catalogue id.
    pub fn code(&self) -> &str {
        match self {
            Reason::NoBenefits => "no-benefits",
            Reason::NoQualifyingBenefit { .. } => "no-qualifying-benefit",
            Reason::WrongType { .. } => "wrong-benefit-type",
            Reason::ConditionFailed { condition } | Reason::Condition { condition } => condition,
            Reason::OutsideUk { .. } => "outside-uk",
            Reason::NotInArea { .. } => "not-in-area",
            Reason::WhichType { .. } => "benefit-type",
            Reason::TypeNotStated { .. } => "benefit-type-not-stated",
            Reason::ListPartial { .. } => "benefit-list-partial",
            Reason::ScottishBenefit { .. } => "scottish-benefit",
            Reason::Unverified => "unverified",
            Reason::NoPostcode => "no-postcode",
            Reason::NotHomePostcode => "not-home-postcode",
            Reason::CheckAvailability { .. } => "check-availability",
        }
    }
}

pub use crate::codes::RESERVED_CODES;

#[derive(Clone, Debug)]
pub struct Outcome<'c> {
    pub tariff: &'c Tariff,
    pub eligibility: Verdict,
    pub availability: Verdict,
    /// The resident's benefits this offer accepts.
    pub qualifying_benefits: Vec<Benefit>,
    pub why_not: Vec<Reason>,
    pub to_check: Vec<Reason>,
    /// The offer comes from the resident's current provider (no exit fee to move, usually).
    pub current_provider: bool,
}

impl Outcome<'_> {
    pub fn overall(&self) -> Verdict {
        self.eligibility.min(self.availability)
    }
}

/// Every offer that is not historic, in catalogue order. `postcode` is `None` when the resident
/// gave none ("no fixed address" or "not sure").
pub fn evaluate<'c>(answers: &Answers, catalogue: &'c Catalogue, postcode: Option<&PostcodeInfo>) -> Vec<Outcome<'c>> {
    catalogue
        .offered()
        .map(|t| evaluate_one(answers, catalogue, postcode, t))
        .collect()
}

/// How many offers that are ruled out now would be open (yes or maybe) if the resident also got
/// `extra`: the "check whether you can get Pension Credit" way forward.
pub fn unlocks(answers: &Answers, catalogue: &Catalogue, postcode: Option<&PostcodeInfo>, extra: Benefit) -> usize {
    let mut more = answers.clone();
    more.benefits.push(extra);
    more.benefits.sort();
    let before = evaluate(answers, catalogue, postcode);
    let after = evaluate(&more, catalogue, postcode);
    before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.overall() == Verdict::No && a.overall() != Verdict::No)
        .count()
}

fn evaluate_one<'c>(
    answers: &Answers,
    catalogue: &'c Catalogue,
    postcode: Option<&PostcodeInfo>,
    tariff: &'c Tariff,
) -> Outcome<'c> {
    let mut out = Outcome {
        tariff,
        eligibility: Verdict::Yes,
        availability: Verdict::Yes,
        qualifying_benefits: Vec::new(),
        why_not: Vec::new(),
        to_check: Vec::new(),
        current_provider: answers
            .current_provider
            .as_deref()
            .is_some_and(|p| is_provider(tariff, p)),
    };

    if let Some(pc) = postcode.filter(|pc| !pc.in_scope()) {
        let reason = Reason::OutsideUk {
            status: pc.status,
            territory: pc.territory,
        };
        out.eligibility = Verdict::No;
        out.availability = Verdict::No;
        out.why_not.push(reason);
        return out;
    }

    benefit_test(answers, tariff, &mut out);
    if out.eligibility != Verdict::No {
        condition_test(answers, catalogue, tariff, &mut out);
    }
    if tariff.status == Status::Unverified && out.eligibility == Verdict::Yes {
        out.eligibility = Verdict::Maybe;
        out.to_check.push(Reason::Unverified);
    }

    let network = catalogue
        .network(&tariff.network)
        .expect("validation guarantees the network exists");
    let (availability, reason) = coverage(network, postcode);
    out.availability = availability;
    match (availability, reason) {
        (Verdict::No, Some(r)) => out.why_not.push(r),
        (_, Some(r)) => out.to_check.push(r),
        _ => {}
    }
    out
}

/// How one resident benefit meets an offer's list.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Match {
    Accepted,
    Maybe(Reason),
    WrongType(Vec<Benefit>),
    Unlisted,
}

fn match_benefit(have: Benefit, accepted: &[Accepts]) -> Match {
    if accepted.contains(&Accepts::Exactly(have)) {
        return Match::Accepted;
    }
    if let Some((family, variant)) = have.family() {
        if accepted.contains(&Accepts::AnyOf(family)) {
            return Match::Accepted;
        }
        if accepted.contains(&Accepts::Unstated(family)) {
            // The source names the family only: its main type counts; for the other type, and
            // for a resident not sure which type they get, the answer depends on what the source
            // left out (DESIGN section 5: rules that depend on the type give "maybe").
            return match variant {
                Variant::Primary => Match::Accepted,
                Variant::Secondary | Variant::Unknown => Match::Maybe(Reason::TypeNotStated { have }),
            };
        }
        let needs: Vec<Benefit> = accepted
            .iter()
            .filter_map(|a| match a {
                Accepts::Exactly(b) if b.family().is_some_and(|(f, _)| f == family) => Some(*b),
                _ => None,
            })
            .collect();
        if !needs.is_empty() {
            return match variant {
                Variant::Unknown => Match::Maybe(Reason::WhichType { needs, family }),
                _ => Match::WrongType(needs),
            };
        }
    }
    if let Some(counterpart) = have.scottish_counterpart()
        && accepted.contains(&Accepts::Exactly(counterpart))
    {
        return Match::Maybe(Reason::ScottishBenefit { have, counterpart });
    }
    Match::Unlisted
}

fn benefit_test(answers: &Answers, tariff: &Tariff, out: &mut Outcome<'_>) {
    if tariff.open_to_all {
        return;
    }
    if answers.benefits.is_empty() {
        out.eligibility = Verdict::No;
        out.why_not.push(Reason::NoBenefits);
        return;
    }
    let accepted: Vec<Accepts> = tariff.benefits.iter().filter_map(|t| Accepts::parse(t).ok()).collect();
    let matches: Vec<(Benefit, Match)> = answers
        .benefits
        .iter()
        .map(|b| (*b, match_benefit(*b, &accepted)))
        .collect();

    out.qualifying_benefits = matches
        .iter()
        .filter(|(_, m)| *m == Match::Accepted)
        .map(|(b, _)| *b)
        .collect();
    if !out.qualifying_benefits.is_empty() {
        return;
    }
    let maybes: Vec<Reason> = matches
        .iter()
        .filter_map(|(_, m)| match m {
            Match::Maybe(r) => Some(r.clone()),
            _ => None,
        })
        .collect();
    if !maybes.is_empty() {
        out.eligibility = Verdict::Maybe;
        out.to_check.extend(maybes);
        return;
    }
    if !tariff.benefits_list_complete {
        out.eligibility = Verdict::Maybe;
        out.to_check.push(Reason::ListPartial {
            given: answers.benefits.clone(),
        });
        return;
    }
    out.eligibility = Verdict::No;
    match matches.iter().find_map(|(b, m)| match m {
        Match::WrongType(needs) => Some((*b, needs.clone())),
        _ => None,
    }) {
        Some((have, needs)) => out.why_not.push(Reason::WrongType { needs, have }),
        None => out.why_not.push(Reason::NoQualifyingBenefit {
            given: answers.benefits.clone(),
        }),
    }
}

fn condition_test(answers: &Answers, catalogue: &Catalogue, tariff: &Tariff, out: &mut Outcome<'_>) {
    for id in &tariff.conditions {
        let condition = catalogue
            .condition(id)
            .expect("validation guarantees the condition exists");
        let reply =
            answers
                .facts
                .get(id)
                .copied()
                .or_else(|| answers.age.answers(id))
                .or(match condition.answered_by {
                    AnsweredBy::AccountHolder => Some(answers.account_holder),
                    AnsweredBy::Fact => None,
                });
        match reply {
            Some(Reply::Yes) => {}
            Some(Reply::No) => {
                out.eligibility = Verdict::No;
                out.why_not.push(Reason::ConditionFailed { condition: id.clone() });
            }
            Some(Reply::NotSure) | None => out.to_check.push(Reason::Condition { condition: id.clone() }),
        }
    }
    if out.eligibility == Verdict::No {
        out.to_check.retain(|r| !matches!(r, Reason::Condition { .. }));
    }
}

/// Where a network reaches, for this postcode.
pub fn coverage(network: &Network, postcode: Option<&PostcodeInfo>) -> (Verdict, Option<Reason>) {
    let pc = match postcode {
        Some(pc) if !pc.in_scope() => {
            return (
                Verdict::No,
                Some(Reason::OutsideUk {
                    status: pc.status,
                    territory: pc.territory,
                }),
            );
        }
        Some(pc) if pc.is_placed_home() => pc,
        placeless => {
            let reason = if placeless.is_some() {
                Reason::NotHomePostcode
            } else {
                Reason::NoPostcode
            };
            if network.fixed_line || !network.rules.is_empty() || network.default != Verdict::Yes {
                return (Verdict::Maybe, Some(reason));
            }
            return (Verdict::Yes, None);
        }
    };
    let (verdict, note) = network
        .rules
        .iter()
        .find_map(|rule| match rule_match(rule, pc) {
            RuleMatch::Full => Some((rule.availability, rule.note.clone())),
            RuleMatch::Partial => Some((Verdict::Maybe, rule.note.clone())),
            RuleMatch::None => None,
        })
        .unwrap_or((network.default, network.default_note.clone()));
    let reason = match verdict {
        Verdict::Yes => None,
        Verdict::Maybe => Some(Reason::CheckAvailability {
            network: network.id.clone(),
            note,
        }),
        Verdict::No => Some(Reason::NotInArea {
            network: network.id.clone(),
            note,
        }),
    };
    (verdict, reason)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum RuleMatch {
    None,
    Partial,
    Full,
}

fn rule_match(rule: &CoverageRule, pc: &PostcodeInfo) -> RuleMatch {
    let mut best = RuleMatch::None;
    let mut consider = |m: RuleMatch| best = best.max(m);
    if pc.outcode.as_ref().is_some_and(|o| rule.outcodes.contains(o)) {
        consider(RuleMatch::Full);
    }
    if rule.areas.contains(&pc.area) {
        consider(RuleMatch::Full);
    }
    if !rule.nations.is_empty() {
        consider(share(pc.nations.iter().copied(), |n| {
            rule.nations.iter().any(|r| r == n)
        }));
    }
    if !rule.regions.is_empty() && pc.nations.contains(&"England") {
        let m = share(pc.regions.iter().map(|(r, _)| *r), |r| {
            rule.regions.iter().any(|x| x == r)
        });
        // The English part matches, but the postcode may be in another nation too.
        consider(if m == RuleMatch::Full && pc.nations.len() > 1 {
            RuleMatch::Partial
        } else {
            m
        });
    }
    if !rule.lads.is_empty() {
        consider(share(pc.local_authorities.iter().map(|(c, _)| *c), |c| {
            rule.lads.iter().any(|x| x == c)
        }));
    }
    best
}

/// Full when every item is in the rule, Partial when some are, None when none (or no items).
fn share<'a>(items: impl Iterator<Item = &'a str>, in_rule: impl Fn(&str) -> bool) -> RuleMatch {
    let (mut inside, mut outside) = (0, 0);
    for item in items {
        if in_rule(item) { inside += 1 } else { outside += 1 }
    }
    match (inside, outside) {
        (0, _) => RuleMatch::None,
        (_, 0) => RuleMatch::Full,
        _ => RuleMatch::Partial,
    }
}

/// Whether the resident's provider (as they name it) is this offer's provider or a brand whose
/// customers it is open to.
pub fn is_provider(tariff: &Tariff, named: &str) -> bool {
    let named = squash(named);
    if named.len() < 2 {
        return false;
    }
    std::iter::once(&tariff.provider)
        .chain(&tariff.also_for_customers_of)
        .any(|p| {
            let p = squash(p);
            p == named || named.starts_with(&p) || (p.starts_with(&named) && named.len() >= 3)
        })
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Benefit::*;

    fn list(tokens: &[&str]) -> Vec<Accepts> {
        tokens.iter().map(|t| Accepts::parse(t).unwrap()).collect()
    }

    #[test]
    fn design_section_5_rules() {
        let no_earnings = list(&["universal-credit-no-earnings"]);
        assert_eq!(match_benefit(UniversalCreditNoEarnings, &no_earnings), Match::Accepted);
        assert!(matches!(
            match_benefit(UniversalCredit, &no_earnings),
            Match::Maybe(Reason::WhichType { .. })
        ));
        assert_eq!(
            match_benefit(UniversalCreditWithEarnings, &no_earnings),
            Match::WrongType(vec![UniversalCreditNoEarnings])
        );

        let any = list(&["universal-credit-any"]);
        for b in [UniversalCredit, UniversalCreditNoEarnings, UniversalCreditWithEarnings] {
            assert_eq!(match_benefit(b, &any), Match::Accepted);
        }

        let guarantee = list(&["pension-credit-guarantee"]);
        assert_eq!(
            match_benefit(PensionCreditSavings, &guarantee),
            Match::WrongType(vec![PensionCreditGuarantee])
        );

        let unstated = list(&["jsa"]);
        assert!(matches!(
            match_benefit(Jsa, &unstated),
            Match::Maybe(Reason::TypeNotStated { .. })
        ));
        assert_eq!(match_benefit(JsaIncomeBased, &unstated), Match::Accepted);
        assert!(matches!(
            match_benefit(JsaContributionBased, &unstated),
            Match::Maybe(Reason::TypeNotStated { .. })
        ));

        let pip = list(&["pip"]);
        assert!(matches!(
            match_benefit(AdultDisabilityPayment, &pip),
            Match::Maybe(Reason::ScottishBenefit { .. })
        ));
        assert_eq!(match_benefit(Dla, &pip), Match::Unlisted);
    }

    #[test]
    fn provider_names() {
        let cat = crate::catalogue::embedded();
        let bt = cat.tariff("bt-home-essentials-36").unwrap();
        assert!(is_provider(bt, "BT"));
        assert!(is_provider(bt, "bt broadband"));
        assert!(is_provider(bt, "Plusnet"));
        assert!(!is_provider(bt, "Sky"));
        assert!(!is_provider(bt, "b"));
        let vm = cat.tariff("virgin-media-essential").unwrap();
        assert!(is_provider(vm, "virgin"));
        assert!(is_provider(vm, "Virgin Media"));
    }
}
