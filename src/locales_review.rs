//! Which translations need another look because their English changed since they were written.
//!
//! Beside each language's files, `locales/<lang>/source-hashes.txt` records, for every message
//! and every catalogue text, a hash of the English it was translated from. `locales check` lists
//! the ones whose English hash is now different; `locales mark LANG` records the current English
//! once a translator has brought LANG up to date. The hash is FNV-1a (64-bit) of the English text,
//! computed here, so it never changes with the Rust version.

use std::collections::BTreeMap;

use crate::catalogue::{Catalogue, Status};
use crate::i18n::Lang;

/// FNV-1a, 64-bit: stable, tiny, and enough to notice an edit (this is not about security).
pub(crate) fn fnv1a(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Each message of a Fluent file with its source text (the `id = …` line and its continuation
/// lines, comments left out), keyed `file:id`.
fn ftl_messages(file: &str, source: &str, out: &mut BTreeMap<String, String>) {
    let mut current: Option<(String, String)> = None;
    for line in source.lines() {
        let starts_message = line
            .split_once('=')
            .is_some_and(|(id, _)| !id.is_empty() && !line.starts_with([' ', '#', '.']) && is_id(id.trim()));
        if starts_message {
            if let Some((id, text)) = current.take() {
                out.insert(id, text);
            }
            let id = line.split_once('=').map(|(id, _)| id.trim()).unwrap_or_default();
            current = Some((format!("{file}:{id}"), line.to_string()));
        } else if let Some((_, text)) = current.as_mut()
            && (line.starts_with(' ') || line.is_empty())
        {
            text.push('\n');
            text.push_str(line);
        } else if let Some((id, text)) = current.take() {
            out.insert(id, text);
        }
    }
    if let Some((id, text)) = current {
        out.insert(id, text);
    }
    for text in out.values_mut() {
        let trimmed = text.trim_end().to_string();
        *text = trimmed;
    }
}

fn is_id(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Every English text a translator works from: Fluent messages and the catalogue's prose.
pub(crate) fn english_texts(cat: &Catalogue) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, source) in crate::i18n::sources(Lang::EnGb) {
        ftl_messages(file, source, &mut out);
    }
    for t in cat.tariffs.iter().filter(|t| t.status != Status::Historic) {
        let en = t.text(crate::SOURCE_LANG);
        let fields = [
            ("title", en.title.as_ref()),
            ("summary", Some(&en.summary)),
            ("terms", en.terms.as_ref()),
            ("how_to_apply", en.how_to_apply.as_ref()),
            ("proof", en.proof.as_ref()),
        ];
        for (field, text) in fields {
            if let Some(text) = text {
                out.insert(format!("tariff.{}.{field}", t.id), text.clone());
            }
        }
    }
    for c in &cat.conditions {
        if let Some(en) = c.text.get(crate::SOURCE_LANG) {
            for (field, text) in [("question", &en.question), ("check", &en.check), ("fails", &en.fails)] {
                out.insert(format!("condition.{}.{field}", c.id), text.clone());
            }
        }
    }
    for n in &cat.networks {
        for (key, text) in n.text.get(crate::SOURCE_LANG).into_iter().flatten() {
            out.insert(format!("network.{}.{key}", n.id), text.clone());
        }
    }
    out
}

/// `source-hashes.txt`: `key hash` per line; `#` comments.
pub(crate) fn parse_hashes(text: &str) -> BTreeMap<String, u64> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let (key, hash) = l.trim().rsplit_once(' ')?;
            Some((key.to_string(), u64::from_str_radix(hash, 16).ok()?))
        })
        .collect()
}

pub(crate) fn render_hashes(lang: Lang, english: &BTreeMap<String, String>) -> String {
    let mut s = format!(
        "# The English each {} translation was made from (FNV-1a of the English text), so\n\
         # `tariff-finder locales check` can list translations whose English changed since.\n\
         # Written by `tariff-finder locales mark {}` once the translation is up to date; do not edit.\n",
        lang.tag(),
        lang.tag()
    );
    for (key, text) in english {
        s.push_str(&format!("{key} {:016x}\n", fnv1a(text)));
    }
    s
}

/// The recorded hashes compiled in for each language.
pub(crate) fn recorded(lang: Lang) -> &'static str {
    macro_rules! hashes {
        ($tag:literal) => {
            include_str!(concat!("../locales/", $tag, "/source-hashes.txt"))
        };
    }
    // English is the source: it records nothing.
    tariff_finder_core::per_lang!(lang, hashes, english => "")
}

/// The keys whose English changed since `lang` was last marked, and those never marked.
pub(crate) fn needs_review(english: &BTreeMap<String, String>, recorded: &str) -> (Vec<String>, Vec<String>) {
    let hashes = parse_hashes(recorded);
    let mut changed = Vec::new();
    let mut unmarked = Vec::new();
    for (key, text) in english {
        match hashes.get(key) {
            Some(h) if *h == fnv1a(text) => {}
            Some(_) => changed.push(key.clone()),
            None => unmarked.push(key.clone()),
        }
    }
    (changed, unmarked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_the_published_function() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn messages_are_split_with_their_continuation_lines() {
        let mut out = BTreeMap::new();
        ftl_messages(
            "ui.ftl",
            "# comment\nhello = Hi\nhelp-body =\n    one\n    two\n\n## Section\nbye = Bye { $name }\n",
            &mut out,
        );
        assert_eq!(out["ui.ftl:hello"], "hello = Hi");
        assert_eq!(out["ui.ftl:help-body"], "help-body =\n    one\n    two");
        assert_eq!(out["ui.ftl:bye"], "bye = Bye { $name }");
    }

    #[test]
    fn a_changed_english_text_is_listed_and_marking_clears_it() {
        let cat = crate::catalogue::embedded();
        let mut english = english_texts(&cat);
        let marked = render_hashes(Lang::Cy, &english);
        assert_eq!(needs_review(&english, &marked), (vec![], vec![]));
        english.insert("ui.ftl:too-small".into(), "too-small = Make the window bigger.".into());
        english.insert("ui.ftl:brand-new".into(), "brand-new = New".into());
        let (changed, unmarked) = needs_review(&english, &marked);
        assert_eq!(changed, ["ui.ftl:too-small"]);
        assert_eq!(unmarked, ["ui.ftl:brand-new"]);
    }

    #[test]
    fn every_shipped_translation_is_marked_against_todays_english() {
        // A new English text comes with its translations (`locales check` insists), and whoever
        // adds them runs `cargo run -- locales mark LANG`. A changed English text is not a
        // failure: `locales check` lists it for the translators to review.
        let english = english_texts(&crate::catalogue::embedded());
        for lang in Lang::ALL.into_iter().filter(|l| !l.is_english()) {
            let (_, unmarked) = needs_review(&english, recorded(lang));
            assert!(unmarked.is_empty(), "{lang}: never marked: {unmarked:?}");
        }
    }
}
