//! The guidance as a document: built once from a report in one language, then rendered as text,
//! Markdown or HTML. Two documents built from one report line up block by block, which is what
//! the bilingual handout relies on.

use super::texts::{self, clean};
use super::{Group, Report};
use crate::benefits::Benefit;
use crate::catalogue::{Kind, Verdict};
use crate::eligibility::{Outcome, unlocks};
use crate::i18n::{Arg, Lang, Localizer};
use crate::postcode::Status as PostcodeStatus;

/// What a guidance document may contain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Include the postcode and the resident's own benefits (an adviser's choice; never in kiosk mode).
    pub personal: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    pub lang: Lang,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Para(String),
    /// A kind of offer: broadband, mobile…
    Heading(String),
    /// A group: can get, maybe, not here, ruled out.
    Subheading(String),
    Offer(Offer),
    /// One line about an offer that does not fit, with the reason.
    Brief(String),
    /// The catalogue's edition and the facts' age.
    Footer(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub name: String,
    /// "your provider", when it is.
    pub mine: Option<String>,
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Text(String),
    /// Old or undated facts: shown louder.
    Warn(String),
    Link {
        label: String,
        url: String,
    },
    Phone {
        label: String,
        number: String,
        cost: String,
    },
    /// What to say on the phone: the English words, and what they mean in the guidance language.
    Say {
        label: String,
        english: String,
        meaning: Option<(String, String)>,
    },
}

/// Builds the guidance in `loc`'s language for a resident who reads `resident`'s language (the
/// same, except for the English half of a bilingual handout, which must line up block by block).
/// `english` words the phone script.
pub fn build(report: &Report<'_>, loc: &Localizer, english: &Localizer, opts: Options, resident: Lang) -> Doc {
    let mut b = Vec::new();
    let lang = loc.lang();
    b.push(Block::Title(loc.get("title")));
    b.push(Block::Para(loc.get("intro")));
    if !resident.is_english() {
        b.push(Block::Para(loc.get("interpreter-tip")));
    }
    place(report, loc, opts, &mut b);

    if !report.in_scope() {
        let pc = report.postcode.expect("out of scope needs a postcode");
        b.push(Block::Para(texts::outside_uk(loc, pc.status, pc.territory)));
        footer(report, loc, &mut b);
        return Doc { lang, blocks: b };
    }

    if report.own_provider_offer() {
        b.push(Block::Para(loc.get("own-provider")));
    } else if let (true, Some(p)) = (opts.personal, &report.answers.current_provider) {
        b.push(Block::Para(
            loc.fmt("no-offer-from-provider", &[("provider", clean(p).into())]),
        ));
    }
    if !report
        .outcomes
        .iter()
        .any(|o| is_tariff(o) && o.overall() != Verdict::No)
    {
        b.push(Block::Para(loc.get("nothing-fits")));
        b.push(Block::Para(loc.get("nothing-fits-advice")));
    }
    way_forward(report, loc, &mut b);

    for kind in Kind::ALL {
        if !report.outcomes.iter().any(|o| o.tariff.kind == kind) {
            continue;
        }
        b.push(Block::Heading(loc.get(&format!("kind-{}", kind.id()))));
        for (group, title) in [
            (Group::CanGet, "group-can-get"),
            (Group::Maybe, "group-maybe"),
            (Group::NotHere, "group-not-here"),
            (Group::RuledOut, "group-ruled-out"),
        ] {
            let items: Vec<&Outcome<'_>> = report.group(kind, group).collect();
            if items.is_empty() {
                continue;
            }
            b.push(Block::Subheading(loc.get(title)));
            for o in items {
                match group {
                    Group::CanGet | Group::Maybe => b.push(Block::Offer(offer(report, o, loc, english, opts))),
                    Group::NotHere | Group::RuledOut => b.push(Block::Brief(brief(report, o, loc, opts))),
                }
            }
        }
    }
    footer(report, loc, &mut b);
    Doc { lang, blocks: b }
}

fn is_tariff(o: &Outcome<'_>) -> bool {
    matches!(o.tariff.kind, Kind::Broadband | Kind::Mobile | Kind::Landline)
}

fn place(report: &Report<'_>, loc: &Localizer, opts: Options, b: &mut Vec<Block>) {
    match report.postcode {
        None => b.push(Block::Para(loc.get("place-none"))),
        Some(pc) if pc.status == PostcodeStatus::NonGeographic => b.push(Block::Para(loc.get("place-not-home"))),
        Some(pc) if !pc.in_scope() => {
            if opts.personal {
                let territory = pc.territory.unwrap_or_default().to_string();
                b.push(Block::Para(loc.fmt(
                    "place-postcode",
                    &[("postcode", pc.normalised.clone().into()), ("place", territory.into())],
                )));
            }
        }
        Some(pc) => {
            let nations: Vec<String> = pc.nations.iter().map(|n| texts::nation(loc, n)).collect();
            let mut where_ = texts::list_or(loc, &nations);
            if let Some(region) = pc.region {
                where_ = format!("{where_}{} {region}", loc.get("list-separator"));
            }
            if opts.personal {
                b.push(Block::Para(loc.fmt(
                    "place-postcode",
                    &[("postcode", pc.normalised.clone().into()), ("place", where_.into())],
                )));
            } else {
                b.push(Block::Para(loc.fmt("place-area", &[("place", where_.into())])));
            }
            if pc.nations.len() > 1 {
                b.push(Block::Para(
                    loc.fmt("place-border", &[("nations", texts::list_or(loc, &nations).into())]),
                ));
            }
        }
    }
    if opts.personal {
        if report.answers.benefits.is_empty() {
            b.push(Block::Para(loc.get("benefits-none")));
        } else {
            b.push(Block::Para(loc.fmt(
                "benefits-given",
                &[("benefits", texts::benefits(loc, &report.answers.benefits).into())],
            )));
        }
    }
}

/// "If you might get Pension Credit, check: it would open N more offers here."
fn way_forward(report: &Report<'_>, loc: &Localizer, b: &mut Vec<Block>) {
    for candidate in [Benefit::PensionCreditGuarantee, Benefit::UniversalCredit] {
        let family = candidate.family().map(|(f, _)| f);
        if report
            .answers
            .benefits
            .iter()
            .any(|h| h.family().map(|(f, _)| f) == family)
        {
            continue;
        }
        let count = unlocks(report.answers, report.catalogue, report.postcode, candidate);
        if count > 0 {
            let name = texts::benefit(
                loc,
                candidate
                    .family()
                    .map_or(candidate, |(f, _)| f.member(crate::benefits::Variant::Unknown)),
            );
            b.push(Block::Para(loc.fmt(
                "way-forward",
                &[("benefit", name.into()), ("count", Arg::Num(count as i64))],
            )));
        }
    }
}

fn offer(report: &Report<'_>, o: &Outcome<'_>, loc: &Localizer, english: &Localizer, opts: Options) -> Offer {
    let t = o.tariff;
    let lang = loc.lang();
    let text = t.text(lang.tag());
    let mut lines = Vec::new();

    let facts = facts_line(loc, t);
    if !facts.is_empty() {
        lines.push(Line::Text(facts));
    }
    lines.push(Line::Text(clean(&text.summary)));
    if opts.personal && !o.qualifying_benefits.is_empty() {
        lines.push(Line::Text(loc.fmt(
            "you-get",
            &[("benefits", texts::benefits(loc, &o.qualifying_benefits).into())],
        )));
    }
    if t.open_to_all {
        lines.push(Line::Text(loc.get("who-anyone")));
    } else if !t.benefits.is_empty() {
        lines.push(Line::Text(
            loc.fmt("who-can-get", &[("benefits", texts::accepted(loc, t).into())]),
        ));
    }
    for r in &o.to_check {
        let words = clean(&texts::reason(loc, r, t, report.catalogue, opts.personal));
        lines.push(Line::Text(loc.fmt("check", &[("text", words.into())])));
    }
    if let Some(terms) = &text.terms {
        lines.push(Line::Text(loc.fmt("terms", &[("text", clean(terms).into())])));
    }
    match &text.how_to_apply {
        Some(how) => lines.push(Line::Text(loc.fmt("how-to-apply", &[("text", clean(how).into())]))),
        None if t.apply.url.is_none() && t.apply.phone.is_none() => lines.push(Line::Text(loc.get("apply-ask"))),
        None => {}
    }
    let in_english = !lang.is_english();
    if let Some(url) = &t.apply.url {
        let label = loc.get(if in_english { "website-english" } else { "website" });
        lines.push(Line::Link { label, url: clean(url) });
    }
    if let Some(number) = &t.apply.phone {
        let label = loc.get(if in_english { "phone-english" } else { "phone" });
        lines.push(Line::Phone {
            label,
            number: clean(number),
            cost: texts::phone_cost(loc, number),
        });
    }
    if let Some(proof) = &text.proof {
        lines.push(Line::Text(loc.fmt("have-ready", &[("text", clean(proof).into())])));
    }
    lines.push(say(t, loc, english));
    lines.push(facts_age(loc, t, report.today));

    Offer {
        name: clean(&texts::offer_name(loc, t)),
        mine: o.current_provider.then(|| loc.get("your-provider")),
        lines,
    }
}

/// The phone script in English, with its meaning in the guidance language.
fn say(t: &crate::catalogue::Tariff, loc: &Localizer, english: &Localizer) -> Line {
    let script = |l: &Localizer| l.fmt("phone-script", &[("offer", clean(&t.name).into())]);
    let label = loc.get("say-on-phone");
    if loc.lang().is_english() {
        return Line::Say {
            label,
            english: script(loc),
            meaning: None,
        };
    }
    // The English words name the language in English; their meaning names it in its own script.
    let interpreter = |l: &Localizer, name: &str| l.fmt("interpreter-request", &[("language", name.into())]);
    Line::Say {
        label,
        english: format!(
            "{} {}",
            script(english),
            interpreter(english, loc.lang().english_name())
        ),
        meaning: Some((
            loc.get("say-means"),
            format!("{} {}", script(loc), interpreter(loc, loc.lang().native_name())),
        )),
    }
}

/// "£15.00 a month, 36 Mbps, 12-month contract, no set-up fee", leaving out what is unknown.
fn facts_line(loc: &Localizer, t: &crate::catalogue::Tariff) -> String {
    let mut parts = Vec::new();
    let priced = matches!(t.kind, Kind::Broadband | Kind::Mobile | Kind::Landline);
    match t.price_pence {
        Some(0) => parts.push(loc.get("price-free")),
        Some(p) => parts.push(loc.fmt("price-month", &[("price", texts::money(p).into())])),
        None if priced => parts.push(loc.get("price-unknown")),
        None => {}
    }
    match (t.download_mbps, t.upload_mbps) {
        (Some(d), Some(u)) => parts.push(loc.fmt(
            "speed-down-up",
            &[("down", Arg::Num(d.into())), ("up", Arg::Num(u.into()))],
        )),
        (Some(d), None) => parts.push(loc.fmt("speed", &[("down", Arg::Num(d.into()))])),
        _ if t.kind == Kind::Broadband => parts.push(loc.get("speed-unknown")),
        _ => {}
    }
    match t.contract_months {
        Some(0) => parts.push(loc.get("contract-rolling")),
        Some(m) => parts.push(loc.fmt("contract-months", &[("months", Arg::Num(m.into()))])),
        None => {}
    }
    match t.setup_fee_pence {
        Some(0) => parts.push(loc.get("setup-free")),
        Some(p) => parts.push(loc.fmt("setup-fee", &[("price", texts::money(p).into())])),
        None => {}
    }
    parts.join(&format!("{} ", loc.get("list-separator")))
}

/// "Facts as of April 2023", louder when over a year old or undated.
fn facts_age(loc: &Localizer, t: &crate::catalogue::Tariff, today: crate::date::Date) -> Line {
    let Some(as_of) = t.facts_as_of else {
        return Line::Warn(loc.get("facts-undated"));
    };
    let date = texts::month_year(loc, as_of);
    let years = as_of.months_until(today) / 12;
    if years >= 1 {
        Line::Warn(loc.fmt("facts-old", &[("date", date.into()), ("years", Arg::Num(years))]))
    } else {
        Line::Text(loc.fmt("facts-recent", &[("date", date.into())]))
    }
}

fn brief(report: &Report<'_>, o: &Outcome<'_>, loc: &Localizer, opts: Options) -> String {
    let reasons: Vec<String> = o
        .why_not
        .iter()
        .map(|r| clean(&texts::reason(loc, r, o.tariff, report.catalogue, opts.personal)))
        .collect();
    format!("{}: {}", clean(&texts::offer_name(loc, o.tariff)), reasons.join(" "))
}

fn footer(report: &Report<'_>, loc: &Localizer, b: &mut Vec<Block>) {
    let cat = report.catalogue;
    if let Some(expires) = report.origin.expires().filter(|e| report.today > *e) {
        b.push(Block::Footer(loc.fmt(
            "catalogue-expired",
            &[("date", texts::day_month_year(loc, expires).into())],
        )));
    }
    b.push(Block::Footer(loc.fmt(
        "catalogue-edition",
        &[
            ("edition", cat.edition.to_string().into()),
            ("serial", Arg::Num(cat.serial.into())),
        ],
    )));
    if let Some((oldest, newest)) = cat.facts_range() {
        b.push(Block::Footer(loc.fmt(
            "catalogue-facts",
            &[
                ("oldest", texts::month_year(loc, oldest).into()),
                ("newest", texts::month_year(loc, newest).into()),
            ],
        )));
    }
    b.push(Block::Footer(loc.get("not-a-decision")));
}
