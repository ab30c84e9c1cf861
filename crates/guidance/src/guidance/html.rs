//! The printable handout: one self-contained HTML page for A4, with `lang` and `dir`, fonts that
//! shape each script, no external resources and no scripts. Everything is escaped; web addresses
//! and phone numbers are isolated left-to-right so they never turn round inside Urdu or Arabic.

use super::doc::{Block, Doc, Line};
use crate::i18n::{Direction, Lang};

const STYLE: &str = "\
@page { size: A4; margin: 10mm 11mm; }
* { box-sizing: border-box; }
body { margin: 0; font-size: 10pt; line-height: 1.4; color: #000; background: #fff; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 3mm 0 1.5mm; border-bottom: 1.5pt solid #000; }
h3 { font-size: 11pt; margin: 3mm 0 1.5mm; }
p { margin: 0 0 1.5mm; }
.offers { display: grid; grid-template-columns: 1fr 1fr; gap: 0 3mm; align-items: start; }
.offers > .offer { min-width: 0; overflow-wrap: anywhere; }
.pair .offers { display: block; }
h2, h3, h4 { break-after: avoid; }
.offer { border: 1pt solid #555; border-radius: 2mm; padding: 2mm 3mm; margin: 0 0 2.5mm; break-inside: avoid; }
.offer h4 { font-size: 11pt; margin: 0 0 1.5mm; }
.offer ul { margin: 0; padding-inline-start: 5mm; }
.offer li { margin: 0 0 0.5mm; }
.warn { font-weight: bold; }
.warn::before { content: \"! \"; }
bdi.number, bdi.url { font-family: \"DejaVu Sans Mono\", \"Liberation Mono\", monospace; font-weight: bold; }
bdi.url { font-size: 8.5pt; }
.say { font-style: italic; }
.say[lang=\"en-GB\"] { display: block; line-height: 1.4; }
.script { border: 1pt dashed #555; border-radius: 2mm; padding: 2mm 3.5mm; margin: 3mm 0; break-inside: avoid; }
.script ul { margin: 0; padding-inline-start: 0; list-style: none; }
ul.brief { padding-inline-start: 5mm; }
footer { margin-top: 3mm; font-size: 9pt; border-top: 0.75pt solid #000; padding-top: 1.5mm; }
footer p { margin: 0; display: inline; }
footer p + p::before { content: \" · \"; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.pair .offer { break-inside: auto; }
body.bilingual { font-size: 9.5pt; }
.pair > div { min-width: 0; overflow-wrap: anywhere; }
.en { color: #222; }
:lang(ur) { font-family: \"Noto Nastaliq Urdu\", \"Noto Naskh Arabic\", serif; line-height: 1.75; }
:lang(ar) { font-family: \"Noto Naskh Arabic\", \"Noto Sans Arabic\", serif; line-height: 1.6; }
:lang(bn) { font-family: \"Noto Sans Bengali\", \"Noto Serif Bengali\", sans-serif; line-height: 1.42; }
:lang(pa) { font-family: \"Noto Sans Gurmukhi\", \"Noto Serif Gurmukhi\", sans-serif; line-height: 1.5; }
:lang(en-GB), :lang(cy), :lang(pl), :lang(ro) { font-family: \"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif; }
@media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 4mm; } }
";

/// One document as a page.
pub fn render(doc: &Doc) -> String {
    let mut body = String::new();
    blocks(&doc.blocks, &mut body);
    page(doc.lang, &title(doc), &body, "single")
}

/// The resident's language and English side by side, block by block.
pub fn render_bilingual(doc: &Doc, english: &Doc) -> String {
    let mut body = String::new();
    for (block, en) in doc.blocks.iter().zip(&english.blocks) {
        let (mut left, mut right) = (String::new(), String::new());
        one_block(block, &mut left);
        one_block(en, &mut right);
        if matches!(block, Block::Brief(_)) {
            left = format!("<ul class=\"brief\">{left}</ul>");
            right = format!("<ul class=\"brief\">{right}</ul>");
        }
        body.push_str(&format!(
            "<div class=\"pair\"><div lang=\"{}\" dir=\"{}\">{left}</div><div class=\"en\" lang=\"en-GB\" dir=\"ltr\">{right}</div></div>\n",
            doc.lang.tag(),
            dir(doc.lang)
        ));
    }
    page(doc.lang, &title(doc), &body, "bilingual")
}

fn page(lang: Lang, title: &str, body: &str, class: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body class=\"{class}\">\n{body}</body>\n</html>\n",
        lang.tag(),
        dir(lang),
        esc(title),
    )
}

fn dir(lang: Lang) -> &'static str {
    match lang.direction() {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

fn title(doc: &Doc) -> String {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn blocks(list: &[Block], out: &mut String) {
    let mut in_brief = false;
    let mut in_footer = false;
    let mut in_offers = false;
    for block in list {
        let brief = matches!(block, Block::Brief(_));
        let footer = matches!(block, Block::Footer(_));
        // Offers of one group side by side, two to a row: a page holds twice as many.
        let offer = matches!(block, Block::Offer(_));
        if in_offers && !offer {
            out.push_str("</div>\n");
        }
        if offer && !in_offers {
            out.push_str("<div class=\"offers\">\n");
        }
        in_offers = offer;
        if in_brief && !brief {
            out.push_str("</ul>\n");
        }
        if in_footer && !footer {
            out.push_str("</footer>\n");
        }
        if brief && !in_brief {
            out.push_str("<ul class=\"brief\">\n");
        }
        if footer && !in_footer {
            out.push_str("<footer>\n");
        }
        in_brief = brief;
        in_footer = footer;
        one_block(block, out);
    }
    if in_offers {
        out.push_str("</div>\n");
    }
    if in_brief {
        out.push_str("</ul>\n");
    }
    if in_footer {
        out.push_str("</footer>\n");
    }
}

fn one_block(block: &Block, out: &mut String) {
    match block {
        Block::Title(t) => out.push_str(&format!("<h1>{}</h1>\n", esc(t))),
        Block::Para(p) => out.push_str(&format!("<p>{}</p>\n", esc(p))),
        Block::Heading(h) => out.push_str(&format!("<h2>{}</h2>\n", esc(h))),
        Block::Subheading(s) => out.push_str(&format!("<h3>{}</h3>\n", esc(s))),
        Block::Offer(o) => {
            let mine = o
                .mine
                .as_ref()
                .map(|m| format!(" <small>({})</small>", esc(m)))
                .unwrap_or_default();
            out.push_str(&format!(
                "<section class=\"offer\">\n<h4>{}{mine}</h4>\n<ul>\n",
                esc(&o.name)
            ));
            for line in &o.lines {
                out.push_str(&line_html(line));
            }
            out.push_str("</ul>\n</section>\n");
        }
        Block::Brief(t) => out.push_str(&format!("<li>{}</li>\n", esc(t))),
        Block::Footer(f) => out.push_str(&format!("<p>{}</p>\n", esc(f))),
        Block::Script(line) => out.push_str(&format!(
            "<section class=\"script\">\n<ul>\n{}</ul>\n</section>\n",
            line_html(line)
        )),
    }
}

fn line_html(line: &Line) -> String {
    match line {
        Line::Text(t) => format!("<li>{}</li>\n", esc(t)),
        // Each part isolated: a number stays with its unit and in its place in Urdu and Arabic.
        Line::Facts { parts, separator } => format!(
            "<li>{}</li>\n",
            parts
                .iter()
                .map(|p| format!("<bdi>{}</bdi>", esc(p)))
                .collect::<Vec<_>>()
                .join(&esc(separator))
        ),
        Line::Warn(t) => format!("<li class=\"warn\">{}</li>\n", esc(t)),
        Line::Link { label, url } => format!(
            "<li>{}: <bdi dir=\"ltr\" lang=\"en-GB\" class=\"url\"><a href=\"{}\">{}</a></bdi></li>\n",
            esc(label),
            esc(url),
            esc(url)
        ),
        Line::Phone { label, number, cost } => format!(
            "<li>{}: <bdi dir=\"ltr\" lang=\"en-GB\" class=\"number\">{}</bdi> ({})</li>\n",
            esc(label),
            esc(number),
            esc(cost)
        ),
        Line::Say {
            label,
            english,
            meaning,
        } => {
            let mut s = format!(
                "<li>{}<br><span class=\"say\" lang=\"en-GB\" dir=\"ltr\">“{}”</span>",
                esc(label),
                esc(english)
            );
            if let Some((label, text)) = meaning {
                s.push_str(&format!("<br>{} <span class=\"say\">{}</span>", esc(label), esc(text)));
            }
            s.push_str("</li>\n");
            s
        }
    }
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn a_link_cannot_break_out_of_its_attribute() {
        let html = line_html(&Line::Link {
            label: "Website".into(),
            url: "https://a.uk/\"><script>x</script>".into(),
        });
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&quot;&gt;&lt;script&gt;"));
    }
}
