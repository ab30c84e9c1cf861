//! `catalogue fmt`: one canonical order and layout for `tariffs.toml`, so a review shows only real
//! changes. Edits the document in place with `toml_edit`: comments, the `#:schema` line and the
//! layout of lists stay; no value changes (the tests parse before and after and compare).

use toml_edit::{DocumentMut, Item, Table};

use crate::i18n::Lang;

const TOP: &[&str] = &["schema", "edition", "serial"];
const CONDITION: &[&str] = &["id", "answered_by", "text"];
const CONDITION_TEXT: &[&str] = &["question", "check", "fails"];
const NETWORK: &[&str] = &[
    "id",
    "name",
    "fixed_line",
    "rules",
    "default",
    "default_note",
    "sources",
    "notes",
    "text",
];
const RULE: &[&str] = &[
    "areas",
    "outcodes",
    "nations",
    "regions",
    "lads",
    "availability",
    "note",
];
const TARIFF: &[&str] = &[
    "id",
    "status",
    "provider",
    "name",
    "kind",
    "price_pence",
    "download_mbps",
    "upload_mbps",
    "contract_months",
    "setup_fee_pence",
    "open_to_all",
    "benefits",
    "benefits_list_complete",
    "conditions",
    "network",
    "also_for_customers_of",
    "apply",
    "facts_as_of",
    "verified_on",
    "sources",
    "notes",
    "replaced_by",
    "text",
];
const OFFER_TEXT: &[&str] = &["title", "summary", "terms", "how_to_apply", "proof"];
const APPLY: &[&str] = &["url", "phone"];
const SOURCE: &[&str] = &["url", "grade", "key"];

/// A key's place in `order`; unknown keys go last, in their own order (validation names them).
fn rank(order: &[&str], key: &str) -> usize {
    order.iter().position(|k| *k == key).unwrap_or(order.len())
}

/// Key/value pairs in canonical order, `key = value` with single spaces; comments kept.
fn tidy(table: &mut Table, order: &[&str]) {
    table.sort_values_by(|a, _, b, _| rank(order, a.get()).cmp(&rank(order, b.get())));
    for (mut key, item) in table.iter_mut() {
        if let Some(value) = item.as_value_mut() {
            key.leaf_decor_mut().set_suffix(" ");
            let decor = value.decor_mut();
            let comment = decor
                .suffix()
                .and_then(|s| s.as_str())
                .filter(|s| s.contains('#'))
                .map(str::to_string);
            decor.set_prefix(" ");
            decor.set_suffix(comment.map_or_else(String::new, |c| format!(" {}", c.trim())));
            if let Some(inline) = value.as_inline_table_mut() {
                tidy_inline(inline, if key.get() == "apply" { APPLY } else { &[] });
            }
            if let Some(list) = value.as_array_mut() {
                for v in list.iter_mut() {
                    if let Some(inline) = v.as_inline_table_mut() {
                        tidy_inline(inline, if key.get() == "sources" { SOURCE } else { RULE });
                    }
                }
            }
        }
    }
}

/// `{ a = 1, b = 2 }`: canonical order, one space inside the braces and around each `=`.
fn tidy_inline(inline: &mut toml_edit::InlineTable, order: &[&str]) {
    inline.sort_values_by(|a, _, b, _| rank(order, a.get()).cmp(&rank(order, b.get())));
    let last = inline.len().saturating_sub(1);
    for (i, (mut key, value)) in inline.iter_mut().enumerate() {
        key.leaf_decor_mut().set_prefix(" ");
        key.leaf_decor_mut().set_suffix(" ");
        value.decor_mut().set_prefix(" ");
        value.decor_mut().set_suffix(if i == last { " " } else { "" });
    }
}

/// A header's own line: one blank line before each `[[…]]` item, none before its sub-tables,
/// unless comments sit there (then they are kept as written).
fn space_header(table: &mut Table, blank_line: bool) {
    let decor = table.decor_mut();
    let has_comment = decor.prefix().and_then(|p| p.as_str()).is_some_and(|p| p.contains('#'));
    if !has_comment {
        decor.set_prefix(if blank_line { "\n" } else { "" });
    }
}

/// The per-language sub-tables (`[tariff.text.cy]`…) in the shipped languages' order, in the
/// places they already hold in the file.
fn order_languages(text: &mut Table, fields: &[&str]) {
    let lang_rank = |tag: &str| Lang::ALL.iter().position(|l| l.tag() == tag).unwrap_or(Lang::ALL.len());
    let mut slots: Vec<isize> = text
        .iter()
        .filter_map(|(_, item)| item.as_table().and_then(Table::position))
        .collect();
    slots.sort_unstable();
    let mut tags: Vec<String> = text.iter().map(|(k, _)| k.to_string()).collect();
    tags.sort_by_key(|t| (lang_rank(t), t.clone()));
    for (tag, slot) in tags.iter().zip(slots) {
        if let Some(t) = text.get_mut(tag).and_then(Item::as_table_mut) {
            t.set_position(Some(slot));
        }
    }
    for (_, item) in text.iter_mut() {
        if let Some(t) = item.as_table_mut() {
            tidy(t, fields);
            space_header(t, false);
        }
    }
}

/// The canonical form of a catalogue's text. Errors only when the text is not TOML at all.
pub fn format(text: &str) -> Result<String, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    // The comments above the first key are the file's header: they stay at the top.
    let root = doc.as_table_mut();
    let header = root.iter_mut().next().and_then(|(mut key, _)| {
        let prefix = key.leaf_decor().prefix().and_then(|p| p.as_str()).map(str::to_string);
        key.leaf_decor_mut().set_prefix("");
        prefix
    });
    tidy(root, TOP);
    if let Some((mut key, _)) = root.iter_mut().next() {
        let own = key
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_string();
        key.leaf_decor_mut()
            .set_prefix(format!("{}{own}", header.unwrap_or_default()));
    }
    for (name, order, text_fields) in [
        ("condition", CONDITION, CONDITION_TEXT),
        ("network", NETWORK, &[][..]),
        ("tariff", TARIFF, OFFER_TEXT),
    ] {
        let Some(items) = doc.get_mut(name).and_then(Item::as_array_of_tables_mut) else {
            continue;
        };
        for table in items.iter_mut() {
            tidy(table, order);
            space_header(table, true);
            if let Some(rules) = table.get_mut("rules").and_then(Item::as_array_of_tables_mut) {
                for rule in rules.iter_mut() {
                    tidy(rule, RULE);
                    space_header(rule, false);
                }
            }
            if let Some(prose) = table.get_mut("text").and_then(Item::as_table_mut) {
                order_languages(prose, text_fields);
            }
        }
    }
    let mut out = doc.to_string();
    // One newline at the end, no trailing spaces.
    out = out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_catalogue_is_already_formatted_and_formatting_is_idempotent() {
        let real = crate::catalogue::EMBEDDED;
        let once = format(real).unwrap();
        assert_eq!(format(&once).unwrap(), once, "idempotent");
        assert!(
            once == real,
            "tariffs.toml is not in canonical form: run `cargo run -- catalogue fmt`"
        );
    }

    #[test]
    fn fmt_reorders_and_respaces_but_keeps_comments_and_values() {
        let messy = "#:schema ./tariffs.schema.json\n# top comment\nserial = 2\nschema = 1\nedition   =    2026-11-26\n\n\
            [[tariff]]\nname = \"X\"   # a trailing comment\nid = \"x\"\n[tariff.text.cy]\nsummary = \"Cymraeg\"\n\
            # English first\n[tariff.text.en-GB]\nsummary = \"English\"\n";
        let out = format(messy).unwrap();
        assert!(
            out.starts_with("#:schema ./tariffs.schema.json\n# top comment\n"),
            "{out}"
        );
        let schema = out.find("schema = 1").unwrap();
        let edition = out.find("edition = 2026-11-26").unwrap();
        let serial = out.find("serial = 2").unwrap();
        assert!(schema < edition && edition < serial, "{out}");
        assert!(
            out.find("id = \"x\"").unwrap() < out.find("name = \"X\"").unwrap(),
            "{out}"
        );
        assert!(out.contains("name = \"X\" # a trailing comment"), "{out}");
        assert!(
            out.find("[tariff.text.en-GB]").unwrap() < out.find("[tariff.text.cy]").unwrap(),
            "{out}"
        );
        assert!(out.contains("# English first"), "{out}");
        assert_eq!(format(&out).unwrap(), out);
        let before: toml::Table = toml::from_str(messy).unwrap();
        let after: toml::Table = toml::from_str(&out).unwrap();
        assert_eq!(before, after, "no value changed");
    }
}
