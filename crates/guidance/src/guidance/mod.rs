//! Turns outcomes into guidance in the resident's language: a document rendered as text,
//! Markdown or HTML for people, or JSON for programs. Pure: returns strings.

pub mod doc;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;
pub mod texts;

use crate::answers::Answers;
use crate::catalogue::{Catalogue, Kind, Origin, Verdict};
use crate::date::Date;
use crate::eligibility::{Outcome, evaluate};
use crate::i18n::{Lang, Localizer};
use crate::postcode::PostcodeInfo;

pub use doc::Options;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    /// Text for the ear (plain mode, screen readers): no underlines, bullets or "!" to be read out.
    Spoken,
    Markdown,
    Html,
    Json,
}

/// How to render an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Render {
    pub format: Format,
    pub options: Options,
    /// Put English beside the resident's language (a bilingual handout).
    pub also_english: bool,
    /// Columns for text.
    pub width: usize,
}

/// The whole answer in `loc`'s language, in the requested format.
pub fn render(report: &Report<'_>, loc: &Localizer, how: Render) -> String {
    if how.format == Format::Json {
        return json::render(report, loc);
    }
    let owned_english;
    let english = if loc.lang().is_english() {
        loc
    } else {
        owned_english = Localizer::new(Lang::EnGb);
        &owned_english
    };
    let lang = loc.lang();
    let resident = doc::build(report, loc, english, how.options, lang);
    let bilingual = how.also_english && !lang.is_english();
    let english_doc = bilingual.then(|| doc::build(report, english, english, how.options, lang));
    let in_english = loc.get("in-english");
    match (how.format, &english_doc) {
        (Format::Text, None) => text::render(&resident, how.width),
        (Format::Spoken, _) => text::render_spoken(&resident, how.width),
        (Format::Text, Some(en)) => text::render_bilingual(&resident, en, how.width, &in_english),
        (Format::Markdown, None) => markdown::render(&resident),
        (Format::Markdown, Some(en)) => markdown::render_bilingual(&resident, en, &in_english),
        (Format::Html, None) => html::render(&resident),
        (Format::Html, Some(en)) => html::render_bilingual(&resident, en),
        (Format::Json, _) => unreachable!("handled above"),
    }
}

/// One complete answer: everything a renderer needs, nothing it has to look up.
pub struct Report<'a> {
    pub catalogue: &'a Catalogue,
    pub origin: &'a Origin,
    pub answers: &'a Answers,
    pub postcode: Option<&'a PostcodeInfo>,
    pub outcomes: Vec<Outcome<'a>>,
    pub today: Date,
}

/// Where an offer goes in the text answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// Eligible and offered here.
    CanGet,
    /// Not decided: something to check.
    Maybe,
    /// Would qualify (or might), but not offered at this address.
    NotHere,
    /// Not eligible.
    RuledOut,
}

impl Group {
    pub fn of(o: &Outcome<'_>) -> Group {
        match (o.eligibility, o.availability) {
            (Verdict::No, _) => Group::RuledOut,
            (_, Verdict::No) => Group::NotHere,
            (Verdict::Yes, Verdict::Yes) => Group::CanGet,
            _ => Group::Maybe,
        }
    }
}

impl<'a> Report<'a> {
    pub fn new(
        catalogue: &'a Catalogue,
        origin: &'a Origin,
        answers: &'a Answers,
        postcode: Option<&'a PostcodeInfo>,
        today: Date,
    ) -> Report<'a> {
        let mut outcomes = evaluate(answers, catalogue, postcode);
        sort(&mut outcomes);
        Report {
            catalogue,
            origin,
            answers,
            postcode,
            outcomes,
            today,
        }
    }

    pub fn in_scope(&self) -> bool {
        self.postcode.is_none_or(|p| p.in_scope())
    }

    /// Offers of one kind in one group, in display order.
    pub fn group(&self, kind: Kind, group: Group) -> impl Iterator<Item = &Outcome<'a>> {
        self.outcomes
            .iter()
            .filter(move |o| o.tariff.kind == kind && Group::of(o) == group)
    }

    /// Whether the resident's provider has an offer they can or may get.
    pub fn own_provider_offer(&self) -> bool {
        self.outcomes
            .iter()
            .any(|o| o.current_provider && o.overall() != Verdict::No)
    }
}

/// Puts outcomes in answer order (see `order_key`).
pub fn sort(outcomes: &mut [Outcome<'_>]) {
    outcomes.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
}

/// Kind, then group, then the resident's own provider first, then price (unknown last), then name.
fn order_key<'a>(o: &'a Outcome<'_>) -> (Kind, Group, bool, i64, &'a str, &'a str) {
    let price = o.tariff.price_pence.unwrap_or(i64::MAX);
    (
        o.tariff.kind,
        Group::of(o),
        !o.current_provider,
        price,
        o.tariff.provider.as_str(),
        o.tariff.name.as_str(),
    )
}
