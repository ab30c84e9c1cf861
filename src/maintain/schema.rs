//! `catalogue schema`: the JSON Schema of `tariffs.toml`, generated from the same serde types the
//! program reads it with, so the two cannot drift (a test compares it with `tariffs.schema.json`).

/// The schema as pretty JSON, with a trailing newline.
pub(crate) fn json_schema() -> String {
    let mut schema = schemars::schema_for!(crate::catalogue::Catalogue);
    schema.insert("title".into(), "tariff-finder catalogue (tariffs.toml)".into());
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_committed_schema_matches_the_types() {
        let committed = include_str!("../../tariffs.schema.json");
        assert!(
            committed == super::json_schema(),
            "tariffs.schema.json is out of date: run `cargo run -- catalogue schema > tariffs.schema.json`"
        );
    }
}
