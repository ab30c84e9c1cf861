//! A Markdown handout: headings, lists, and the English beside each block as a quote when the
//! handout is bilingual. Text from the catalogue is escaped so it cannot add links or markup.

use super::doc::{Block, Doc, Line};

pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        block_md(block, &mut out);
    }
    out
}

pub fn render_bilingual(doc: &Doc, english: &Doc, in_english: &str) -> String {
    let mut out = String::new();
    // The label once, before the first English quote: every quote after it is the English too.
    let mut labelled = false;
    for (block, en) in doc.blocks.iter().zip(&english.blocks) {
        block_md(block, &mut out);
        if block != en {
            let mut inner = String::new();
            block_md(en, &mut inner);
            if !labelled {
                out.push_str(&format!("> *{}*\n>\n", escape(in_english)));
                labelled = true;
            }
            for line in inner.trim().lines() {
                out.push_str(if line.is_empty() { ">" } else { "> " });
                out.push_str(line);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    out
}

fn block_md(block: &Block, out: &mut String) {
    match block {
        Block::Title(t) => out.push_str(&format!("# {}\n\n", escape(t))),
        Block::Para(p) => out.push_str(&format!("{}\n\n", escape(p))),
        Block::Heading(h) => out.push_str(&format!("## {}\n\n", escape(h))),
        Block::Subheading(s) => out.push_str(&format!("### {}\n\n", escape(s))),
        Block::Offer(o) => {
            let mine = o.mine.as_ref().map(|m| format!(" ({})", escape(m))).unwrap_or_default();
            out.push_str(&format!("**{}**{mine}\n\n", escape(&o.name)));
            for line in &o.lines {
                out.push_str("- ");
                out.push_str(&line_md(line));
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Brief(t) => out.push_str(&format!("- {}\n", escape(t))),
        Block::Footer(f) => out.push_str(&format!("\n*{}*\n", escape(f))),
        Block::Script(line) => out.push_str(&format!("\n{}\n\n", line_md(line))),
    }
}

fn line_md(line: &Line) -> String {
    match line {
        Line::Text(t) => escape(t),
        Line::Facts { parts, separator } => escape(&parts.join(separator)),
        Line::Warn(t) => format!("**{}**", escape(t)),
        Line::Link { label, url } => format!("{}: <{}>", escape(label), url_md(url)),
        Line::Phone { label, number, cost } => {
            format!("{}: **{}** ({})", escape(label), escape(number), escape(cost))
        }
        Line::Say {
            label,
            english,
            meaning,
        } => {
            let mut s = format!("{} “{}”", escape(label), escape(english));
            if let Some((label, text)) = meaning {
                s.push_str(&format!(" — {} {}", escape(label), escape(text)));
            }
            s
        }
    }
}

/// Escapes the characters Markdown gives a meaning to.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An autolink target: only characters that cannot close the link survive.
fn url_md(url: &str) -> String {
    url.chars().filter(|c| !matches!(c, '<' | '>' | ' ' | '"')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("[click](javascript:x) *bold* <b>"),
            "\\[click\\](javascript:x) \\*bold\\* \\<b\\>"
        );
        assert_eq!(url_md("https://a.uk/x> <script>"), "https://a.uk/xscript");
    }
}
