//! The plain-text answer of `check`: grouped by kind, wrapped to 80 columns, no colour, no box
//! drawing, so it reads aloud well and prints as it shows.

use std::fmt::Write as _;

use super::words::{self, benefit_list};
use super::{Group, Report};
use crate::catalogue::Kind;
use crate::eligibility::Outcome;

const WIDTH: usize = 80;

pub fn render(report: &Report<'_>) -> String {
    let mut out = String::new();
    header(report, &mut out);

    if !report.in_scope() {
        let pc = report.postcode.expect("out of scope needs a postcode");
        out.push('\n');
        wrap(&mut out, &words::outside_uk(pc.status, pc.territory), "", "");
        footer(report, &mut out);
        return out;
    }

    if report.own_provider_offer() {
        out.push('\n');
        wrap(&mut out, words::OWN_PROVIDER_NOTE, "", "");
    } else if let Some(p) = &report.answers.current_provider {
        out.push('\n');
        wrap(
            &mut out,
            &format!("We have no social tariff from {p} on record that fits these answers."),
            "",
            "",
        );
    }

    for kind in Kind::ALL {
        if !report.outcomes.iter().any(|o| o.tariff.kind == kind) {
            continue;
        }
        let _ = write!(
            out,
            "\n{}\n{}\n",
            words::kind_heading(kind).to_uppercase(),
            "=".repeat(words::kind_heading(kind).chars().count())
        );
        for (group, title) in [
            (Group::CanGet, "You can get these here"),
            (Group::Maybe, "You may be able to get these: check first"),
            (Group::NotHere, "Not offered at this address"),
            (Group::RuledOut, "Ruled out, and why"),
        ] {
            let items: Vec<&Outcome<'_>> = report.group(kind, group).collect();
            if items.is_empty() {
                continue;
            }
            let _ = write!(out, "\n{title}:\n");
            for o in items {
                match group {
                    Group::CanGet | Group::Maybe => offer(report, o, &mut out),
                    Group::NotHere | Group::RuledOut => brief(report, o, &mut out),
                }
            }
        }
    }
    footer(report, &mut out);
    out
}

fn header(report: &Report<'_>, out: &mut String) {
    let place = match report.postcode {
        None => "no postcode given (offers on a fixed line show as \"maybe\")".to_string(),
        Some(pc) => {
            let mut parts: Vec<String> = Vec::new();
            if !pc.nations.is_empty() {
                parts.push(pc.nations.join(" or "));
            }
            if let Some(r) = pc.region {
                parts.push(r.to_string());
            }
            let las: Vec<&str> = pc.local_authorities.iter().map(|(_, n)| *n).collect();
            if !las.is_empty() {
                parts.push(las.join(" or "));
            }
            if let Some(t) = pc.territory {
                parts.push(t.to_string());
            }
            let status = match pc.status {
                crate::postcode::Status::NonGeographic => " - not a home postcode",
                crate::postcode::Status::Forces => " - forces (BFPO)",
                _ => "",
            };
            if parts.is_empty() {
                format!("{}{status}", pc.normalised)
            } else {
                format!("{} ({}){status}", pc.normalised, parts.join(", "))
            }
        }
    };
    wrap(out, &format!("Social tariffs for: {place}"), "", "  ");
    let benefits = if report.answers.benefits.is_empty() {
        "none of those we ask about".to_string()
    } else {
        benefit_list(&report.answers.benefits)
    };
    wrap(out, &format!("Benefits: {benefits}."), "", "  ");
    if let Some(pc) = report.postcode
        && pc.nations.len() > 1
    {
        wrap(
            out,
            &format!(
                "{} is on a border: it may be in {}.",
                pc.normalised,
                pc.nations.join(" or ")
            ),
            "",
            "  ",
        );
    }
}

/// An offer the resident can or may get: everything needed to act on it.
fn offer(report: &Report<'_>, o: &Outcome<'_>, out: &mut String) {
    let t = o.tariff;
    let mine = if o.current_provider { " - your provider" } else { "" };
    wrap(out, &format!("* {}{mine}", words::offer_name(t)), "", "    ");
    let facts = words::facts_line(t);
    if !facts.is_empty() {
        wrap(out, &facts, "    ", "    ");
    }
    let text = t.text(crate::SOURCE_LANG);
    wrap(out, &text.summary, "    ", "    ");
    if !o.qualifying_benefits.is_empty() {
        wrap(
            out,
            &format!("Because you get: {}.", benefit_list(&o.qualifying_benefits)),
            "    ",
            "    ",
        );
    } else if t.open_to_all {
        wrap(out, "Open to everyone: no benefit needed.", "    ", "    ");
    }
    for r in &o.to_check {
        wrap(
            out,
            &format!("Check: {}", words::reason(r, t, report.catalogue)),
            "    ",
            "      ",
        );
    }
    if let Some(terms) = &text.terms {
        wrap(out, &format!("Terms: {terms}"), "    ", "      ");
    }
    let mut how = Vec::new();
    if let Some(url) = &t.apply.url {
        how.push(url.clone());
    }
    if let Some(phone) = &t.apply.phone {
        how.push(format!("phone {phone}"));
    }
    let how = if how.is_empty() {
        "ask the provider".to_string()
    } else {
        how.join(" or ")
    };
    wrap(out, &format!("Apply: {how}"), "    ", "      ");
    if let Some(h) = &text.how_to_apply {
        wrap(out, h, "      ", "      ");
    }
    if let Some(p) = &text.proof {
        wrap(out, &format!("Have ready: {p}"), "    ", "      ");
    }
    wrap(out, &words::facts_age(t, report.today), "    ", "    ");
}

/// An offer that does not fit: one line with the reason.
fn brief(report: &Report<'_>, o: &Outcome<'_>, out: &mut String) {
    let reasons: Vec<String> = o
        .why_not
        .iter()
        .map(|r| words::reason(r, o.tariff, report.catalogue))
        .collect();
    wrap(
        out,
        &format!(
            "* {}: {}.",
            words::offer_name(o.tariff),
            reasons.join("; ").trim_end_matches('.')
        ),
        "",
        "    ",
    );
}

fn footer(report: &Report<'_>, out: &mut String) {
    let cat = report.catalogue;
    let mut line = format!(
        "\nCatalogue edition {} (serial {}, {}).",
        cat.edition,
        cat.serial,
        report.origin.label()
    );
    if let Some((oldest, newest)) = cat.facts_range() {
        let _ = write!(
            line,
            " Its facts date from {} to {}; prices change, usually each April, so check with the provider before you switch.",
            words::month_year(oldest),
            words::month_year(newest)
        );
    }
    line.push_str(" This is guidance, not a decision: the provider decides.");
    wrap(out, &line, "", "");
}

/// Word-wraps one paragraph to 80 columns with the given indents, and ends it with a newline.
fn wrap(out: &mut String, text: &str, first: &str, rest: &str) {
    for (n, para) in text.split('\n').enumerate() {
        let indent = if n == 0 { first } else { rest };
        out.push_str(indent);
        let mut width = indent.chars().count();
        let mut has_word = false;
        for word in para.split_ascii_whitespace() {
            let len = word.chars().count();
            if has_word && width + 1 + len > WIDTH {
                out.push('\n');
                out.push_str(rest);
                width = rest.chars().count();
                has_word = false;
            }
            if has_word {
                out.push(' ');
                width += 1;
            }
            out.push_str(word);
            width += len;
            has_word = true;
        }
        if !has_word {
            // An empty paragraph: no trailing indent.
            out.truncate(out.trim_end_matches(' ').len());
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_80() {
        let mut out = String::new();
        let long = "word ".repeat(50);
        wrap(&mut out, &long, "  ", "    ");
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH), "{out}");
        assert!(out.starts_with("  word"));
        assert!(out.lines().nth(1).unwrap().starts_with("    word"));
    }
}
