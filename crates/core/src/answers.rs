//! The resident's answers, one type for every front end (check flags, answers files, and later the
//! TUI and plain mode), so they cannot disagree.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::benefits::{Benefit, nearest};

/// Answers files are small; anything bigger is a mistake (or an attack), refused before parsing.
pub const MAX_ANSWERS_BYTES: usize = 64 * 1024;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reply {
    Yes,
    No,
    #[default]
    NotSure,
}

impl Reply {
    pub fn parse(s: &str) -> Option<Reply> {
        match s.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" => Some(Reply::Yes),
            "no" | "n" | "false" => Some(Reply::No),
            "not-sure" | "not_sure" | "notsure" | "unsure" | "dont-know" => Some(Reply::NotSure),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Reply::Yes => "yes",
            Reply::No => "no",
            Reply::NotSure => "not-sure",
        }
    }
}

/// The resident's age band: asked once, used only where a scheme or a benefit depends on age.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeBand {
    Under18,
    WorkingAge,
    PensionAge,
    #[default]
    NotSure,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [
        AgeBand::Under18,
        AgeBand::WorkingAge,
        AgeBand::PensionAge,
        AgeBand::NotSure,
    ];

    pub fn id(self) -> &'static str {
        match self {
            AgeBand::Under18 => "under-18",
            AgeBand::WorkingAge => "working-age",
            AgeBand::PensionAge => "pension-age",
            AgeBand::NotSure => "not-sure",
        }
    }

    pub fn parse(s: &str) -> Option<AgeBand> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        AgeBand::ALL.into_iter().find(|a| a.id() == s)
    }

    /// What the age band answers of a catalogue condition, when it decides it. An answer given
    /// for the condition itself (`--fact`) comes first.
    pub fn answers(self, condition: &str) -> Option<Reply> {
        match (condition, self) {
            ("aged-18-or-over", AgeBand::Under18) => Some(Reply::No),
            ("aged-18-or-over", AgeBand::WorkingAge | AgeBand::PensionAge) => Some(Reply::Yes),
            // Work coaches serve people of working age: work-search conditions in Universal
            // Credit and Jobseeker's Allowance end at State Pension age.
            ("referred-by-work-coach", AgeBand::PensionAge) => Some(Reply::No),
            _ => None,
        }
    }

    /// Whether suggesting a claim for this benefit makes sense at this age: Pension Credit is
    /// for State Pension age, Universal Credit (mostly) below it. "Not sure" rules nothing out.
    pub fn may_claim(self, benefit: Benefit) -> bool {
        use crate::benefits::Family;
        match benefit.family().map(|(f, _)| f) {
            Some(Family::PensionCredit) => !matches!(self, AgeBand::Under18 | AgeBand::WorkingAge),
            Some(Family::UniversalCredit) => self != AgeBand::PensionAge,
            _ => true,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Sorted, without repeats; a plain id is dropped when a typed one of the same benefit is given.
    pub benefits: Vec<Benefit>,
    /// As typed; looked up separately so a bad postcode is its own clear error.
    pub postcode: Option<String>,
    pub account_holder: Reply,
    pub current_provider: Option<String>,
    pub age: AgeBand,
    /// Answers to the catalogue's typed conditions, by condition id.
    pub facts: BTreeMap<String, Reply>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersError {
    UnknownBenefit {
        id: String,
        suggestion: Option<&'static str>,
    },
    Contradiction(Benefit, Benefit),
    BadReply {
        what: String,
        value: String,
    },
    BadFact(String),
    BadAge(String),
    TooLarge(usize),
    File(String),
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersError::UnknownBenefit { id, .. } => {
                write!(f, "unknown benefit id {:?}", id.chars().take(60).collect::<String>())
            }
            AnswersError::Contradiction(a, b) => {
                write!(f, "the answers say both {a} and {b}, which cannot both be true")
            }
            AnswersError::BadReply { what, value } => {
                write!(
                    f,
                    "{what} must be yes, no or not-sure, not {:?}",
                    value.chars().take(40).collect::<String>()
                )
            }
            AnswersError::BadFact(s) => {
                write!(
                    f,
                    "--fact takes ID=yes|no|not-sure, not {:?}",
                    s.chars().take(60).collect::<String>()
                )
            }
            AnswersError::BadAge(s) => write!(
                f,
                "age must be under-18, working-age, pension-age or not-sure, not {:?}",
                s.chars().take(40).collect::<String>()
            ),
            AnswersError::TooLarge(n) => write!(f, "the answers are {n} bytes, over the 64 KiB limit"),
            AnswersError::File(msg) => write!(f, "the answers file is not valid: {msg}"),
        }
    }
}

impl AnswersError {
    pub fn hint(&self) -> String {
        match self {
            AnswersError::UnknownBenefit {
                suggestion: Some(s), ..
            } => format!("did you mean `{s}`? `tariff-finder check --help` lists every benefit id"),
            AnswersError::UnknownBenefit { .. } => "`tariff-finder check --help` lists every benefit id".into(),
            AnswersError::Contradiction(a, _) if a.family().is_some() => {
                "give the one that is true, or the plain id (e.g. `universal-credit`) if you are not sure".into()
            }
            AnswersError::Contradiction(..) => "give only the one that is true".into(),
            AnswersError::BadReply { .. } | AnswersError::BadFact(_) => "for example --fact aged-18-or-over=yes".into(),
            AnswersError::BadAge(_) => "working-age means 18 to State Pension age; not-sure rules nothing out".into(),
            AnswersError::TooLarge(_) => "an answers file holds a few lines: check you gave the right file".into(),
            AnswersError::File(_) => "see README.md for the answers file format".into(),
        }
    }
}

/// The TOML shape of an answers file (`--answers FILE` or `--answers -`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    #[serde(default)]
    benefits: Vec<String>,
    postcode: Option<String>,
    account_holder: Option<String>,
    current_provider: Option<String>,
    age: Option<String>,
    #[serde(default)]
    facts: BTreeMap<String, String>,
}

impl Answers {
    /// Reads an answers file's text.
    pub fn from_toml(text: &str) -> Result<Answers, AnswersError> {
        if text.len() > MAX_ANSWERS_BYTES {
            return Err(AnswersError::TooLarge(text.len()));
        }
        let file: AnswersFile = toml::from_str(text).map_err(|e| {
            let mut msg = e.message().trim().to_string();
            if let Some(span) = e.span() {
                let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                msg = format!("line {line}: {msg}");
            }
            AnswersError::File(msg)
        })?;
        let mut answers = Answers::default();
        for id in &file.benefits {
            answers.add_benefit(id)?;
        }
        answers.postcode = file.postcode.filter(|p| !p.trim().is_empty());
        if let Some(a) = file.account_holder {
            answers.account_holder = parse_reply("account_holder", &a)?;
        }
        answers.current_provider = file.current_provider.filter(|p| !p.trim().is_empty());
        if let Some(a) = file.age {
            answers.age = AgeBand::parse(&a).ok_or(AnswersError::BadAge(a))?;
        }
        for (id, value) in file.facts {
            let reply = parse_reply(&format!("facts.{id}"), &value)?;
            answers.facts.insert(id, reply);
        }
        answers.check_consistent()?;
        Ok(answers)
    }

    /// Adds a benefit by its public id.
    pub fn add_benefit(&mut self, id: &str) -> Result<(), AnswersError> {
        let benefit = Benefit::from_input(id).ok_or_else(|| AnswersError::UnknownBenefit {
            id: id.to_string(),
            suggestion: nearest(id.trim(), Benefit::ALL.map(|b| b.id())),
        })?;
        if !self.benefits.contains(&benefit) {
            self.benefits.push(benefit);
            self.benefits.sort();
        }
        Ok(())
    }

    /// Adds `ID=yes|no|not-sure`.
    pub fn add_fact(&mut self, spec: &str) -> Result<(), AnswersError> {
        let (id, value) = spec
            .split_once('=')
            .ok_or_else(|| AnswersError::BadFact(spec.to_string()))?;
        let id = id.trim();
        if id.is_empty() {
            return Err(AnswersError::BadFact(spec.to_string()));
        }
        let reply = parse_reply(&format!("--fact {id}"), value)?;
        self.facts.insert(id.to_string(), reply);
        Ok(())
    }

    /// Refuses contradictions and drops a plain id made redundant by a typed one.
    pub fn check_consistent(&mut self) -> Result<(), AnswersError> {
        for (i, a) in self.benefits.iter().enumerate() {
            if let Some(b) = self.benefits[i + 1..].iter().find(|b| a.contradicts(**b)) {
                return Err(AnswersError::Contradiction(*a, *b));
            }
        }
        let typed: Vec<_> = self
            .benefits
            .iter()
            .filter_map(|b| {
                b.family()
                    .filter(|(_, v)| *v != crate::benefits::Variant::Unknown)
                    .map(|(f, _)| f)
            })
            .collect();
        self.benefits.retain(|b| match b.family() {
            Some((f, crate::benefits::Variant::Unknown)) => !typed.contains(&f),
            _ => true,
        });
        Ok(())
    }

    /// Overwrites the personal strings in memory before dropping them (reset between residents).
    pub fn wipe(&mut self) {
        for s in [self.postcode.take(), self.current_provider.take()]
            .into_iter()
            .flatten()
        {
            wipe_string(s);
        }
        self.benefits.clear();
        self.facts.clear();
        self.account_holder = Reply::NotSure;
    }
}

fn parse_reply(what: &str, value: &str) -> Result<Reply, AnswersError> {
    Reply::parse(value).ok_or_else(|| AnswersError::BadReply {
        what: what.to_string(),
        value: value.to_string(),
    })
}

/// Overwrites a string's bytes before its memory is given back (volatile, so it is not optimised
/// away as a dead store).
pub fn wipe_string(s: String) {
    let mut bytes = s.into_bytes();
    // SAFETY: each pointer comes from a live &mut u8.
    bytes.iter_mut().for_each(|b| unsafe { std::ptr::write_volatile(b, 0) });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file() {
        let a = Answers::from_toml(
            "benefits = [\"pip\", \"universal-credit\"]\npostcode = \"b11bb\"\naccount_holder = \"yes\"\n[facts]\naged-18-or-over = \"no\"\n",
        )
        .unwrap();
        assert_eq!(a.benefits, [Benefit::UniversalCredit, Benefit::Pip]);
        assert_eq!(a.postcode.as_deref(), Some("b11bb"));
        assert_eq!(a.account_holder, Reply::Yes);
        assert_eq!(a.facts["aged-18-or-over"], Reply::No);
    }

    #[test]
    fn an_age_band_reads_and_answers_only_what_it_decides() {
        let a = Answers::from_toml("age = \"pension-age\"").unwrap();
        assert_eq!(a.age, AgeBand::PensionAge);
        assert!(matches!(
            Answers::from_toml("age = \"old\""),
            Err(AnswersError::BadAge(_))
        ));
        assert_eq!(AgeBand::parse(" Under-18 "), Some(AgeBand::Under18));
        assert_eq!(AgeBand::Under18.answers("aged-18-or-over"), Some(Reply::No));
        assert_eq!(AgeBand::PensionAge.answers("referred-by-work-coach"), Some(Reply::No));
        assert_eq!(AgeBand::WorkingAge.answers("referred-by-work-coach"), None);
        assert_eq!(AgeBand::NotSure.answers("aged-18-or-over"), None);
        assert!(!AgeBand::Under18.may_claim(Benefit::PensionCreditGuarantee));
        assert!(!AgeBand::PensionAge.may_claim(Benefit::UniversalCredit));
        assert!(AgeBand::NotSure.may_claim(Benefit::PensionCreditGuarantee));
    }

    #[test]
    fn refuses_bad_files() {
        assert!(matches!(
            Answers::from_toml("benefits = [\"pipp\"]"),
            Err(AnswersError::UnknownBenefit {
                suggestion: Some("pip"),
                ..
            })
        ));
        assert!(matches!(
            Answers::from_toml("colour = \"red\""),
            Err(AnswersError::File(_))
        ));
        assert!(matches!(
            Answers::from_toml("account_holder = \"maybe\""),
            Err(AnswersError::BadReply { .. })
        ));
        assert!(matches!(
            Answers::from_toml(&"#".repeat(MAX_ANSWERS_BYTES + 1)),
            Err(AnswersError::TooLarge(_))
        ));
        let both = "benefits = [\"universal-credit-no-earnings\", \"universal-credit-with-earnings\"]";
        assert!(matches!(Answers::from_toml(both), Err(AnswersError::Contradiction(..))));
    }

    #[test]
    fn typed_answer_replaces_plain() {
        let mut a = Answers::default();
        a.add_benefit("pension-credit").unwrap();
        a.add_benefit("pension-credit-guarantee").unwrap();
        a.check_consistent().unwrap();
        assert_eq!(a.benefits, [Benefit::PensionCreditGuarantee]);
        // income-based and contribution-based JSA can be paid together: not a contradiction.
        a.add_benefit("jsa-income-based").unwrap();
        a.add_benefit("jsa-contribution-based").unwrap();
        assert!(a.check_consistent().is_ok());
    }

    #[test]
    fn wipe_forgets_everything() {
        let mut a =
            Answers::from_toml("benefits = [\"pip\"]\npostcode = \"B1 1BB\"\ncurrent_provider = \"BT\"").unwrap();
        a.wipe();
        assert_eq!(a, Answers::default());
    }
}
