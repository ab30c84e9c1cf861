//! The benefit ids of the public contract (DESIGN section 5) and how they relate to each other.
//!
//! A resident answers with a [`Benefit`]. An offer's list in the catalogue holds [`Accepts`] tokens:
//! the same ids, plus `-any` forms and, for Pension Credit, JSA and ESA, the plain name meaning "the
//! source names the benefit without saying which type counts".

use std::fmt;

/// A benefit a resident can say they get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Benefit {
    UniversalCredit,
    UniversalCreditNoEarnings,
    UniversalCreditWithEarnings,
    PensionCredit,
    PensionCreditGuarantee,
    PensionCreditSavings,
    IncomeSupport,
    Jsa,
    JsaIncomeBased,
    JsaContributionBased,
    Esa,
    EsaIncomeRelated,
    EsaContributionBased,
    Pip,
    AdultDisabilityPayment,
    PensionAgeDisabilityPayment,
    Dla,
    AttendanceAllowance,
    HousingBenefit,
    CarersAllowance,
    CarerSupportPayment,
    CouncilTaxReduction,
    CareLeaver,
}

/// Benefits that come in types, where the type changes the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    UniversalCredit,
    PensionCredit,
    Jsa,
    Esa,
}

/// Where a benefit sits inside its family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The resident is not sure of the type.
    Unknown,
    /// The type most offers mean when a source names only the benefit (Guarantee Credit,
    /// income-based, income-related). For Universal Credit: no earnings.
    Primary,
    /// The other type (Savings Credit only, contribution-based / New Style, with earnings).
    Secondary,
}

impl Benefit {
    pub const ALL: [Benefit; 23] = [
        Benefit::UniversalCredit,
        Benefit::UniversalCreditNoEarnings,
        Benefit::UniversalCreditWithEarnings,
        Benefit::PensionCredit,
        Benefit::PensionCreditGuarantee,
        Benefit::PensionCreditSavings,
        Benefit::IncomeSupport,
        Benefit::Jsa,
        Benefit::JsaIncomeBased,
        Benefit::JsaContributionBased,
        Benefit::Esa,
        Benefit::EsaIncomeRelated,
        Benefit::EsaContributionBased,
        Benefit::Pip,
        Benefit::AdultDisabilityPayment,
        Benefit::PensionAgeDisabilityPayment,
        Benefit::Dla,
        Benefit::AttendanceAllowance,
        Benefit::HousingBenefit,
        Benefit::CarersAllowance,
        Benefit::CarerSupportPayment,
        Benefit::CouncilTaxReduction,
        Benefit::CareLeaver,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Benefit::UniversalCredit => "universal-credit",
            Benefit::UniversalCreditNoEarnings => "universal-credit-no-earnings",
            Benefit::UniversalCreditWithEarnings => "universal-credit-with-earnings",
            Benefit::PensionCredit => "pension-credit",
            Benefit::PensionCreditGuarantee => "pension-credit-guarantee",
            Benefit::PensionCreditSavings => "pension-credit-savings",
            Benefit::IncomeSupport => "income-support",
            Benefit::Jsa => "jsa",
            Benefit::JsaIncomeBased => "jsa-income-based",
            Benefit::JsaContributionBased => "jsa-contribution-based",
            Benefit::Esa => "esa",
            Benefit::EsaIncomeRelated => "esa-income-related",
            Benefit::EsaContributionBased => "esa-contribution-based",
            Benefit::Pip => "pip",
            Benefit::AdultDisabilityPayment => "adult-disability-payment",
            Benefit::PensionAgeDisabilityPayment => "pension-age-disability-payment",
            Benefit::Dla => "dla",
            Benefit::AttendanceAllowance => "attendance-allowance",
            Benefit::HousingBenefit => "housing-benefit",
            Benefit::CarersAllowance => "carers-allowance",
            Benefit::CarerSupportPayment => "carer-support-payment",
            Benefit::CouncilTaxReduction => "council-tax-reduction",
            Benefit::CareLeaver => "care-leaver",
        }
    }

    pub fn from_id(id: &str) -> Option<Benefit> {
        Benefit::ALL.into_iter().find(|b| b.id() == id)
    }

    /// What an adviser types: an id, or one of the abbreviations advisers use, in any case. An
    /// abbreviation means the benefit with its type not known (`pc` is Pension Credit, part not
    /// known), since the letters do not say which.
    pub fn from_input(input: &str) -> Option<Benefit> {
        let lower = input.trim().to_ascii_lowercase();
        Benefit::from_id(&lower).or_else(|| {
            ABBREVIATIONS
                .iter()
                .find(|(short, _)| *short == lower)
                .map(|(_, benefit)| *benefit)
        })
    }

    pub fn family(self) -> Option<(Family, Variant)> {
        use Benefit::*;
        Some(match self {
            UniversalCredit => (Family::UniversalCredit, Variant::Unknown),
            UniversalCreditNoEarnings => (Family::UniversalCredit, Variant::Primary),
            UniversalCreditWithEarnings => (Family::UniversalCredit, Variant::Secondary),
            PensionCredit => (Family::PensionCredit, Variant::Unknown),
            PensionCreditGuarantee => (Family::PensionCredit, Variant::Primary),
            PensionCreditSavings => (Family::PensionCredit, Variant::Secondary),
            Jsa => (Family::Jsa, Variant::Unknown),
            JsaIncomeBased => (Family::Jsa, Variant::Primary),
            JsaContributionBased => (Family::Jsa, Variant::Secondary),
            Esa => (Family::Esa, Variant::Unknown),
            EsaIncomeRelated => (Family::Esa, Variant::Primary),
            EsaContributionBased => (Family::Esa, Variant::Secondary),
            _ => return None,
        })
    }

    /// The UK benefit a Scottish benefit replaces: where an offer lists the UK one but not the
    /// Scottish one, the Scottish one gives "maybe" (no provider source names them either way).
    pub fn scottish_counterpart(self) -> Option<Benefit> {
        match self {
            Benefit::AdultDisabilityPayment => Some(Benefit::Pip),
            Benefit::PensionAgeDisabilityPayment => Some(Benefit::AttendanceAllowance),
            Benefit::CarerSupportPayment => Some(Benefit::CarersAllowance),
            _ => None,
        }
    }

    /// Pairs a resident cannot get at once: they are an error in the answers, not a guess.
    pub fn contradicts(self, other: Benefit) -> bool {
        use Benefit::*;
        matches!(
            (self, other),
            (UniversalCreditNoEarnings, UniversalCreditWithEarnings)
                | (UniversalCreditWithEarnings, UniversalCreditNoEarnings)
                | (PensionCreditGuarantee, PensionCreditSavings)
                | (PensionCreditSavings, PensionCreditGuarantee)
        )
    }
}

impl fmt::Display for Benefit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Family {
    pub fn any_id(self) -> &'static str {
        match self {
            Family::UniversalCredit => "universal-credit-any",
            Family::PensionCredit => "pension-credit-any",
            Family::Jsa => "jsa-any",
            Family::Esa => "esa-any",
        }
    }

    pub fn member(self, variant: Variant) -> Benefit {
        use Benefit::*;
        match (self, variant) {
            (Family::UniversalCredit, Variant::Unknown) => UniversalCredit,
            (Family::UniversalCredit, Variant::Primary) => UniversalCreditNoEarnings,
            (Family::UniversalCredit, Variant::Secondary) => UniversalCreditWithEarnings,
            (Family::PensionCredit, Variant::Unknown) => PensionCredit,
            (Family::PensionCredit, Variant::Primary) => PensionCreditGuarantee,
            (Family::PensionCredit, Variant::Secondary) => PensionCreditSavings,
            (Family::Jsa, Variant::Unknown) => Jsa,
            (Family::Jsa, Variant::Primary) => JsaIncomeBased,
            (Family::Jsa, Variant::Secondary) => JsaContributionBased,
            (Family::Esa, Variant::Unknown) => Esa,
            (Family::Esa, Variant::Primary) => EsaIncomeRelated,
            (Family::Esa, Variant::Secondary) => EsaContributionBased,
        }
    }
}

/// One entry of an offer's benefit list in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Accepts {
    /// Exactly this benefit (for a family member: exactly this type).
    Exactly(Benefit),
    /// Every type of the family.
    AnyOf(Family),
    /// The source names the family without a type (Pension Credit, JSA, ESA only): the
    /// resident's "not sure" and the primary type count, the secondary type is "maybe".
    Unstated(Family),
}

impl Accepts {
    pub fn parse(token: &str) -> Result<Accepts, String> {
        for family in [Family::UniversalCredit, Family::PensionCredit, Family::Jsa, Family::Esa] {
            if token == family.any_id() {
                return Ok(Accepts::AnyOf(family));
            }
        }
        match Benefit::from_id(token) {
            Some(Benefit::UniversalCredit) => Err(
                "`universal-credit` is ambiguous in an offer's list: use `universal-credit-any` \
                 (every claimant) or `universal-credit-no-earnings`"
                    .to_string(),
            ),
            Some(b) => match b.family() {
                Some((family, Variant::Unknown)) => Ok(Accepts::Unstated(family)),
                _ => Ok(Accepts::Exactly(b)),
            },
            None => Err(format!("unknown benefit id `{token}`")),
        }
    }

    pub fn token(self) -> &'static str {
        match self {
            Accepts::Exactly(b) => b.id(),
            Accepts::AnyOf(f) => f.any_id(),
            Accepts::Unstated(f) => f.member(Variant::Unknown).id(),
        }
    }

    /// Every valid catalogue token, for suggestions and the schema.
    pub fn all_tokens() -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Benefit::ALL
            .iter()
            .filter(|b| **b != Benefit::UniversalCredit)
            .map(|b| b.id())
            .collect();
        out.extend(["universal-credit-any", "pension-credit-any", "jsa-any", "esa-any"]);
        out
    }
}

/// The abbreviations advisers use, each for the benefit with its type not known.
pub const ABBREVIATIONS: [(&str, Benefit); 9] = [
    ("uc", Benefit::UniversalCredit),
    ("pc", Benefit::PensionCredit),
    ("esa", Benefit::Esa),
    ("jsa", Benefit::Jsa),
    ("pip", Benefit::Pip),
    ("dla", Benefit::Dla),
    ("aa", Benefit::AttendanceAllowance),
    ("hb", Benefit::HousingBenefit),
    ("ctr", Benefit::CouncilTaxReduction),
];

/// The nearest known id to a mistyped one, for "did you mean" hints.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&input, c), c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(2) || c.starts_with(input.as_str()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for b in Benefit::ALL {
            assert_eq!(Benefit::from_id(b.id()), Some(b));
        }
        assert_eq!(Benefit::from_id("universal credit"), None);
    }

    #[test]
    fn family_members_round_trip() {
        for b in Benefit::ALL {
            if let Some((f, v)) = b.family() {
                assert_eq!(f.member(v), b);
            }
        }
    }

    #[test]
    fn catalogue_tokens_parse() {
        assert_eq!(Accepts::parse("jsa-any"), Ok(Accepts::AnyOf(Family::Jsa)));
        assert_eq!(
            Accepts::parse("pension-credit"),
            Ok(Accepts::Unstated(Family::PensionCredit))
        );
        assert_eq!(Accepts::parse("pip"), Ok(Accepts::Exactly(Benefit::Pip)));
        assert!(Accepts::parse("universal-credit").is_err());
        assert!(Accepts::parse("pipp").is_err());
        for t in Accepts::all_tokens() {
            assert_eq!(Accepts::parse(t).unwrap().token(), t);
        }
    }

    #[test]
    fn advisers_abbreviations_mean_the_benefit_with_its_type_not_known() {
        assert_eq!(Benefit::from_input("uc"), Some(Benefit::UniversalCredit));
        assert_eq!(Benefit::from_input(" PC "), Some(Benefit::PensionCredit));
        assert_eq!(Benefit::from_input("ctr"), Some(Benefit::CouncilTaxReduction));
        assert_eq!(Benefit::from_input("Universal-Credit"), Some(Benefit::UniversalCredit));
        assert_eq!(Benefit::from_input("xyz"), None);
        for (short, benefit) in ABBREVIATIONS {
            assert!(
                benefit.family().is_none_or(|(_, v)| v == Variant::Unknown),
                "{short}: the type is not known"
            );
        }
    }

    #[test]
    fn suggests_nearest() {
        let ids = Benefit::ALL.map(|b| b.id());
        assert_eq!(
            nearest("pension-credit-guarentee", ids),
            Some("pension-credit-guarantee")
        );
        assert_eq!(nearest("universal-credits", ids), Some("universal-credit"));
        assert_eq!(nearest("PIP", ids), Some("pip"));
        assert_eq!(nearest("zzzzzzzzzzzz", ids), None);
    }
}
