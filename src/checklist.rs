//! The benefits checklist as residents think of benefits: grouped, with a follow-up question for
//! the benefits whose type matters. The wizard and plain mode ask from this one list.

use crate::benefits::{Benefit, Family, Variant};

/// One line of the benefits checklist: a benefit, or a benefit with types asked as a follow-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Typed(Family),
    Single(Benefit),
    None,
}

/// The checklist, grouped as people think of benefits: (group message id, entries).
pub const GROUPS: [(&str, &[Entry]); 6] = [
    (
        "group-uc",
        &[
            Entry::Typed(Family::UniversalCredit),
            Entry::Single(Benefit::IncomeSupport),
            Entry::Typed(Family::Jsa),
            Entry::Typed(Family::Esa),
        ],
    ),
    (
        "group-pension",
        &[
            Entry::Typed(Family::PensionCredit),
            Entry::Single(Benefit::AttendanceAllowance),
        ],
    ),
    (
        "group-disability",
        &[
            Entry::Single(Benefit::Pip),
            Entry::Single(Benefit::Dla),
            Entry::Single(Benefit::CarersAllowance),
        ],
    ),
    (
        "group-housing",
        &[
            Entry::Single(Benefit::HousingBenefit),
            Entry::Single(Benefit::CouncilTaxReduction),
        ],
    ),
    (
        "group-scotland",
        &[
            Entry::Single(Benefit::AdultDisabilityPayment),
            Entry::Single(Benefit::PensionAgeDisabilityPayment),
            Entry::Single(Benefit::CarerSupportPayment),
        ],
    ),
    ("group-other", &[Entry::Single(Benefit::CareLeaver), Entry::None]),
];

impl Entry {
    /// The benefit id whose name labels this line.
    pub fn label_benefit(self) -> Option<Benefit> {
        match self {
            Entry::Typed(f) => Some(f.member(Variant::Unknown)),
            Entry::Single(b) => Some(b),
            Entry::None => None,
        }
    }

    pub fn help_id(self) -> String {
        match self {
            Entry::Typed(f) => format!("help-{}", f.member(Variant::Unknown).id()),
            Entry::Single(b) => format!("help-{}", b.id()),
            Entry::None => "help-none".to_string(),
        }
    }

    /// The follow-up question and its choices, in order: not sure, then the two types.
    pub fn follow_up(self) -> Option<(&'static str, [&'static str; 3])> {
        let Entry::Typed(f) = self else { return None };
        Some(match f {
            Family::UniversalCredit => (
                "followup-uc",
                ["choice-not-sure", "choice-no-earnings", "choice-with-earnings"],
            ),
            Family::PensionCredit => ("followup-pc", ["choice-not-sure", "choice-guarantee", "choice-savings"]),
            Family::Jsa => (
                "followup-jsa",
                ["choice-not-sure", "choice-income-based", "choice-contribution-based"],
            ),
            Family::Esa => (
                "followup-esa",
                ["choice-not-sure", "choice-income-based", "choice-contribution-based"],
            ),
        })
    }
}
