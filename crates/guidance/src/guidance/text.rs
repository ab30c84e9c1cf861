//! Plain text: wrapped to a width, no colour, no escape codes, no box drawing, so it reads aloud
//! well and prints as it shows.
//!
//! Right-to-left text (Urdu, Arabic) is written in logical order and not reordered here: terminals
//! that implement the Unicode bidi algorithm reorder it themselves, and reordering twice would
//! scramble it. Web addresses and phone numbers stand on lines of their own, so they read the same
//! either way. The HTML handout is the best route for right-to-left languages.

use unicode_width::UnicodeWidthStr;

use super::doc::{Block, Doc, Line};

/// The text of one document.
pub fn render(doc: &Doc, width: usize) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        block_text(block, width, &mut out);
    }
    out.replace(FOOTER_END, "")
}

/// One offer's lines without indentation, for a narrow pane (the wizard's details): the same
/// words as the listing.
pub fn offer_lines(offer: &super::doc::Offer, width: usize) -> String {
    let mut out = String::new();
    for line in &offer.lines {
        line_text(line, "", width, &mut out);
    }
    out
}

/// The same words for the ear: no underline, bullet or "!" that a screen reader would read out
/// ("equals equals equals", "asterisk"), headings as written rather than in capitals (which some
/// readers spell letter by letter).
pub fn render_spoken(doc: &Doc, width: usize) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(t) | Block::Heading(t) => {
                out.push('\n');
                wrap(&mut out, t, "", "", width);
            }
            Block::Offer(offer) => {
                let mine = offer.mine.as_ref().map(|m| format!(", {m}")).unwrap_or_default();
                out.push('\n');
                wrap(&mut out, &format!("{}{mine}", offer.name), "", "  ", width);
                for line in &offer.lines {
                    match line {
                        Line::Warn(t) => wrap(&mut out, t, "  ", "    ", width),
                        // "h t t p s colon slash slash" says nothing: the address from its host.
                        Line::Link { label, url } => {
                            let short = url.trim_start_matches("https://").trim_start_matches("www.");
                            let link = Line::Link {
                                label: label.clone(),
                                url: short.trim_end_matches('/').to_string(),
                            };
                            line_text(&link, "  ", width, &mut out);
                        }
                        other => line_text(other, "  ", width, &mut out),
                    }
                }
            }
            Block::Brief(text) => wrap(&mut out, text, "", "  ", width),
            other => block_text(other, width, &mut out),
        }
    }
    out.replace(FOOTER_END, "").trim_start_matches('\n').to_string()
}

/// The resident's language and English, block by block: each block, then its English.
pub fn render_bilingual(doc: &Doc, english: &Doc, width: usize, in_english: &str) -> String {
    let mut out = String::new();
    for (block, en) in doc.blocks.iter().zip(&english.blocks) {
        block_text(block, width, &mut out);
        if block != en {
            let mut inner = String::new();
            block_text(en, width.saturating_sub(4).max(30), &mut inner);
            let label = format!("    [{in_english}]\n");
            let body = inner.trim_start_matches('\n');
            if !body.is_empty() {
                out.push_str(&label);
                for line in body.lines() {
                    if line.is_empty() {
                        out.push('\n');
                    } else {
                        out.push_str("    ");
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}

/// Marks the end of a footer line while rendering, so the next footer line follows without a
/// blank line; removed before the text is returned.
const FOOTER_END: &str = "\u{1}";

fn block_text(block: &Block, width: usize, out: &mut String) {
    // A subheading straight under a heading needs no blank line of its own.
    let after_heading = out.ends_with("-\n");
    match block {
        Block::Title(t) => {
            wrap(out, t, "", "", width);
            out.push_str(&"=".repeat(t.width().min(width)));
            out.push('\n');
        }
        Block::Para(p) => {
            out.push('\n');
            wrap(out, p, "", "", width);
        }
        Block::Heading(h) => {
            out.push('\n');
            out.push_str(&h.to_uppercase());
            out.push('\n');
            out.push_str(&"-".repeat(h.width().min(width)));
            out.push('\n');
        }
        Block::Subheading(s) => {
            if !after_heading {
                out.push('\n');
            }
            wrap(out, &format!("{s}:"), "", "", width);
        }
        Block::Offer(offer) => {
            let mine = offer.mine.as_ref().map(|m| format!(" - {m}")).unwrap_or_default();
            wrap(out, &format!("* {}{mine}", offer.name), "", "    ", width);
            for line in &offer.lines {
                line_text(line, "    ", width, out);
            }
        }
        Block::Brief(text) => wrap(out, &format!("* {text}"), "", "    ", width),
        Block::Footer(f) => {
            // The footer's lines stand together, after one blank line.
            if !out.ends_with(FOOTER_END) {
                out.push('\n');
            }
            wrap(out, f, "", "", width);
            out.push_str(FOOTER_END);
        }
        Block::Script(line) => {
            out.push('\n');
            line_text(line, "", width, out);
        }
    }
}

fn fits_on_one_line(indent: &str, label: &str, url: &str, width: usize) -> bool {
    !is_rtl(label) && indent.width() + label.width() + 2 + url.width() <= width
}

/// Whether text holds right-to-left letters (Hebrew, Arabic, Urdu).
fn is_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FEFC}'))
}

/// One line of an offer (or the page's phone script), indented by `indent`.
fn line_text(line: &Line, indent: &str, width: usize, out: &mut String) {
    let more = format!("{indent}  ");
    match line {
        Line::Text(t) => wrap(out, t, indent, &more, width),
        // Right-to-left: one part a line, each its own paragraph for the terminal's bidi, so no
        // number can change places with another part's. Left-to-right: one line.
        Line::Facts { parts, separator } if parts.iter().any(|p| is_rtl(p)) => {
            for part in parts {
                wrap(out, part, indent, &more, width);
            }
            let _ = separator;
        }
        Line::Facts { parts, separator } => wrap(out, &parts.join(separator), indent, &more, width),
        Line::Warn(t) => wrap(out, &format!("! {t}"), indent, &more, width),
        // A web address on the label's line when both fit and the label reads left to right;
        // otherwise on a line of its own, so it never turns round inside right-to-left text.
        Line::Link { label, url } if fits_on_one_line(indent, label, url, width) => {
            out.push_str(&format!("{indent}{label}: {url}\n"));
        }
        Line::Link { label, url } => {
            wrap(out, &format!("{label}:"), indent, &more, width);
            out.push_str(&more);
            out.push_str(url);
            out.push('\n');
        }
        Line::Phone { label, number, cost } => {
            wrap(out, &format!("{label}:"), indent, &more, width);
            out.push_str(&more);
            out.push_str(number);
            out.push('\n');
            wrap(out, cost, &more, &more, width);
        }
        Line::Say {
            label,
            english,
            meaning,
        } => {
            wrap(out, label, indent, &more, width);
            wrap(out, &format!("“{english}”"), &more, &format!("{more} "), width);
            if let Some((label, text)) = meaning {
                wrap(out, label, indent, &more, width);
                wrap(out, text, &more, &more, width);
            }
        }
    }
}

/// Word-wraps one paragraph with the given indents, measuring display width, and ends it with a
/// newline. A word longer than the line (a web address) stands alone, unbroken.
pub fn wrap(out: &mut String, text: &str, first: &str, rest: &str, width: usize) {
    out.push_str(first);
    let mut used = first.width();
    let mut has_word = false;
    for word in text.split_ascii_whitespace() {
        // ASCII is one column a byte; measuring it the long way is most of the cost of wrapping.
        let w = if word.is_ascii() { word.len() } else { word.width() };
        if has_word && used + 1 + w > width {
            out.push('\n');
            out.push_str(rest);
            used = rest.width();
            has_word = false;
        }
        if has_word {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += w;
        has_word = true;
    }
    if !has_word {
        out.truncate(out.trim_end_matches(' ').len());
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_to_the_width() {
        let mut out = String::new();
        wrap(&mut out, &"word ".repeat(50), "  ", "    ", 80);
        assert!(out.lines().all(|l| l.width() <= 80), "{out}");
        assert!(out.starts_with("  word"));
        assert!(out.lines().nth(1).unwrap().starts_with("    word"));
        let mut narrow = String::new();
        wrap(&mut narrow, &"word ".repeat(50), "", "", 40);
        assert!(narrow.lines().all(|l| l.width() <= 40));
    }

    #[test]
    fn combining_marks_take_no_width() {
        // Bengali with a vowel sign and a virama: display width is less than the char count.
        let mut out = String::new();
        let word = "ক্রেডিট";
        wrap(&mut out, &format!("{word} ").repeat(30), "", "", 40);
        assert!(out.lines().all(|l| l.width() <= 40));
        assert!(word.width() < word.chars().count(), "the virama has no width");
    }
}
