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
    /// Every offer with every detail. By default the answer comes first and short: what to do
    /// next, what to check, and one line about the rest.
    pub full: bool,
    /// How the reader of the short form gets the full list, in the front end at hand.
    pub more: More,
}

/// Where the full list is, said at the end of the short form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum More {
    /// `check --full`.
    #[default]
    Command,
    /// A key in the wizard.
    Key,
    /// A question in plain mode.
    Plain,
    /// A printed handout: ask whoever printed it.
    Handout,
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
    /// What to say on the phone, once for the page (a `Line::Say`).
    Script(Line),
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
    /// Price, speed, contract, fees: parts each with its number and unit. Kept apart so that a
    /// renderer can stop right-to-left text reordering them ("38 Mbps، 12 ماہ" must not read
    /// "38 12 ،Mbps").
    Facts {
        parts: Vec<String>,
        separator: String,
    },
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
    // What a social tariff is, and the interpreter: first in the full form, after the answer in
    // the short one.
    let about = |b: &mut Vec<Block>| {
        b.push(Block::Para(loc.get("intro")));
        if !resident.is_english() {
            b.push(Block::Para(loc.get("interpreter-tip")));
        }
    };
    if opts.full {
        about(&mut b);
    }
    place(report, loc, opts, &mut b);
    // How old the facts are, said once: prices change every April.
    if let Some((oldest, newest)) = report.catalogue.facts_range() {
        b.push(Block::Para(loc.fmt(
            "catalogue-facts",
            &[
                ("oldest", texts::month_year(loc, oldest).into()),
                ("newest", texts::month_year(loc, newest).into()),
            ],
        )));
    }

    if !report.in_scope() {
        let pc = report.postcode.expect("out of scope needs a postcode");
        b.push(Block::Para(texts::outside_uk(loc, pc.status, pc.territory)));
        if !opts.full {
            about(&mut b);
        }
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
    if opts.full {
        way_forward(report, loc, &mut b);
        full_listing(report, loc, english, opts, &mut b);
    } else {
        // The answer first; what might open more offers, and what a social tariff is, after it.
        answer_first(report, loc, opts, &mut b);
        way_forward(report, loc, &mut b);
        about(&mut b);
    }
    script(report, loc, english, opts, &mut b);
    footer(report, loc, &mut b);
    Doc { lang, blocks: b }
}

/// The short form: what to do next (the offers this household can get here, best first), what
/// to check first (one line each), and one line about the rest.
fn answer_first(report: &Report<'_>, loc: &Localizer, opts: Options, b: &mut Vec<Block>) {
    let can_get: Vec<&Outcome<'_>> = report
        .outcomes
        .iter()
        .filter(|o| Group::of(o) == Group::CanGet)
        .collect();
    if !can_get.is_empty() {
        b.push(Block::Heading(loc.get("next-steps")));
        for kind in Kind::ALL {
            let of_kind: Vec<&&Outcome<'_>> = can_get.iter().filter(|o| o.tariff.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            b.push(Block::Subheading(loc.get(&format!("kind-{}", kind.id()))));
            for o in of_kind {
                b.push(Block::Offer(short_offer(report, o, loc, opts)));
            }
        }
    }
    // One line for each thing to check, naming every offer it applies to: four offers whose
    // benefit lists are not known make one line, not four.
    let mut to_check: Vec<(String, Vec<String>)> = Vec::new();
    for o in report.outcomes.iter().filter(|o| Group::of(o) == Group::Maybe) {
        let first = o
            .to_check
            .first()
            .map(|r| short_check(report, o, r, loc, opts))
            .unwrap_or_else(|| loc.get("apply-ask"));
        let name = clean(&texts::offer_name(loc, o.tariff));
        match to_check.iter_mut().find(|(check, _)| *check == first) {
            Some((_, names)) => names.push(name),
            None => to_check.push((first, vec![name])),
        }
    }
    if !to_check.is_empty() {
        b.push(Block::Heading(loc.get("check-first")));
        let separator = format!("{} ", loc.get("list-separator"));
        for (check, names) in to_check {
            b.push(Block::Brief(format!("{}: {check}", names.join(&separator))));
        }
    }
    let others = report
        .outcomes
        .iter()
        .filter(|o| matches!(Group::of(o), Group::NotHere | Group::RuledOut))
        .count();
    if others > 0 {
        let more = match opts.more {
            More::Command => "more-command",
            More::Key => "more-key",
            More::Plain => "more-plain",
            More::Handout => "more-handout",
        };
        b.push(Block::Para(format!(
            "{} {}",
            loc.fmt("others-count", &[("count", Arg::Num(others as i64))]),
            loc.get(more)
        )));
    }
}

/// What to check, as short as it can be said: a partial benefit list needs no list of its own
/// here (the full form gives it), and otherwise the first sentence says what to do.
fn short_check(
    report: &Report<'_>,
    o: &Outcome<'_>,
    reason: &crate::eligibility::Reason,
    loc: &Localizer,
    opts: Options,
) -> String {
    if matches!(reason, crate::eligibility::Reason::ListPartial { .. }) {
        return loc.get("check-list-partial");
    }
    first_sentence(&clean(&texts::reason(
        loc,
        reason,
        o.tariff,
        report.catalogue,
        opts.personal,
    )))
}

/// The first sentence of a reason: enough for one line in the short form.
fn first_sentence(text: &str) -> String {
    [". ", "۔ ", "। "]
        .iter()
        .filter_map(|end| text.find(end).map(|i| i + end.len() - 1))
        .min()
        .map_or_else(|| text.to_string(), |i| text[..i].trim_end().to_string())
}

/// An offer in the short form: its facts, the one thing to check if any, how to apply.
fn short_offer(report: &Report<'_>, o: &Outcome<'_>, loc: &Localizer, opts: Options) -> Offer {
    let t = o.tariff;
    let text = t.text(loc.lang().tag());
    let mut lines = Vec::new();
    lines.extend(facts(loc, t, age_marker(report, loc, t)));
    if let Some(r) = o.to_check.first() {
        let words = short_check(report, o, r, loc, opts);
        lines.push(Line::Text(loc.fmt("check", &[("text", words.into())])));
    }
    contact(
        t,
        text,
        loc,
        &mut lines,
        t.apply.url.is_none() && t.apply.phone.is_none(),
    );
    Offer {
        name: clean(&texts::offer_name(loc, t)),
        mine: o.current_provider.then(|| loc.get("your-provider")),
        lines,
    }
}

/// How to apply: the website and phone number, each on a line of its own; the provider's own
/// words on how to apply when `with_how` (the short form gives them only when there is no
/// address or number, and always for schemes that are not social tariffs).
fn contact(
    t: &crate::catalogue::Tariff,
    text: &crate::catalogue::OfferText,
    loc: &Localizer,
    lines: &mut Vec<Line>,
    with_how: bool,
) {
    let scheme = !is_tariff_kind(t.kind) || t.apply.url.is_none() && t.apply.phone.is_none();
    match &text.how_to_apply {
        Some(how) if with_how || scheme => {
            lines.push(Line::Text(loc.fmt("how-to-apply", &[("text", clean(how).into())])))
        }
        None if t.apply.url.is_none() && t.apply.phone.is_none() => lines.push(Line::Text(loc.get("apply-ask"))),
        _ => {}
    }
    let in_english = !loc.lang().is_english();
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
}

/// One offer with every detail, as the full listing words it: for one the household can or may
/// get, its facts, who can get it, what to check and how to apply; for one ruled out or not
/// offered here, its facts and why. The wizard's details pane shows exactly this.
pub fn details(report: &Report<'_>, o: &Outcome<'_>, loc: &Localizer) -> Offer {
    let opts = Options {
        full: true,
        ..Options::default()
    };
    match Group::of(o) {
        Group::CanGet | Group::Maybe => offer(report, o, loc, opts),
        Group::NotHere | Group::RuledOut => {
            let t = o.tariff;
            let mut lines = Vec::new();
            lines.extend(facts(loc, t, None));
            for r in &o.why_not {
                lines.push(Line::Warn(clean(&texts::reason(loc, r, t, report.catalogue, true))));
            }
            Offer {
                name: clean(&texts::offer_name(loc, t)),
                mine: o.current_provider.then(|| loc.get("your-provider")),
                lines,
            }
        }
    }
}

/// Every offer with every detail, grouped by kind and by whether it fits.
fn full_listing(report: &Report<'_>, loc: &Localizer, _english: &Localizer, opts: Options, b: &mut Vec<Block>) {
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
                    Group::CanGet | Group::Maybe => b.push(Block::Offer(offer(report, o, loc, opts))),
                    Group::NotHere | Group::RuledOut => b.push(Block::Brief(brief(report, o, loc, opts))),
                }
            }
        }
    }
}

/// The phone script, once for the page, when an offer shown is a social tariff applied for by
/// phone (schemes such as the National Databank have their own "how to get it" instead).
fn script(report: &Report<'_>, loc: &Localizer, english: &Localizer, opts: Options, b: &mut Vec<Block>) {
    let by_phone = report.outcomes.iter().any(|o| {
        let shown = matches!(Group::of(o), Group::CanGet | Group::Maybe);
        shown && is_tariff_kind(o.tariff.kind) && o.tariff.apply.phone.is_some()
    });
    if by_phone && report.in_scope() {
        let _ = opts;
        b.push(Block::Script(say(loc, english)));
    }
}

fn is_tariff_kind(kind: Kind) -> bool {
    matches!(kind, Kind::Broadband | Kind::Mobile | Kind::Landline)
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
        if !report.answers.age.may_claim(candidate) {
            continue;
        }
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

fn offer(report: &Report<'_>, o: &Outcome<'_>, loc: &Localizer, opts: Options) -> Offer {
    let t = o.tariff;
    let lang = loc.lang();
    let text = t.text(lang.tag());
    let mut lines = Vec::new();

    lines.extend(facts(loc, t, age_marker(report, loc, t)));
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
    contact(t, text, loc, &mut lines, true);
    if let Some(proof) = &text.proof {
        lines.push(Line::Text(loc.fmt("have-ready", &[("text", clean(proof).into())])));
    }

    Offer {
        name: clean(&texts::offer_name(loc, t)),
        mine: o.current_provider.then(|| loc.get("your-provider")),
        lines,
    }
}

/// The phone script in English, with its meaning in the guidance language; the offer's name is a
/// placeholder, since one script serves every offer on the page.
fn say(loc: &Localizer, english: &Localizer) -> Line {
    let script = |l: &Localizer| {
        let offer = l.get("offer-placeholder");
        l.fmt("phone-script", &[("offer", offer.into())])
    };
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

/// The facts line of an offer, with a marker of its age when it has one; none when nothing is known.
fn facts(loc: &Localizer, t: &crate::catalogue::Tariff, marker: Option<String>) -> Option<Line> {
    let mut parts = facts_parts(loc, t);
    parts.extend(marker);
    (!parts.is_empty()).then(|| Line::Facts {
        parts,
        separator: format!("{} ", loc.get("list-separator")),
    })
}

/// "£15.00 a month", "36 Mbps", "12-month contract", "no set-up fee", leaving out what is unknown.
fn facts_parts(loc: &Localizer, t: &crate::catalogue::Tariff) -> Vec<String> {
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
    parts
}

/// A short marker on an offer whose facts are much older than the rest of the catalogue's (the
/// catalogue's age is said once, at the top), or undated.
fn age_marker(report: &Report<'_>, loc: &Localizer, t: &crate::catalogue::Tariff) -> Option<String> {
    let Some(as_of) = t.facts_as_of else {
        return Some(loc.get("facts-marker-undated"));
    };
    let typical = report.catalogue.typical_facts_date()?;
    (as_of.months_until(typical) > MUCH_OLDER_MONTHS)
        .then(|| loc.fmt("facts-marker", &[("date", texts::month_year(loc, as_of).into())]))
}

/// Facts this much older than the catalogue's median date get a marker of their own.
const MUCH_OLDER_MONTHS: i64 = 24;

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
    b.push(Block::Footer(loc.get("not-a-decision")));
}
