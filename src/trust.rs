//! Which catalogue signing keys this laptop trusts: the project's keys compiled in from
//! `keys/catalogue-signing.pub`, plus `[refresh] public_keys` from the config.

use minisign::PublicKey;

use crate::signing;

/// The project's publishing keys, one base64 line each (comments allowed).
pub(crate) const COMPILED_KEYS: &str = include_str!("../keys/catalogue-signing.pub");

/// The key lines of a keys file: no blank lines, `#` comments or minisign's untrusted comments.
fn key_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("untrusted comment:"))
}

/// Every trusted key. A bad line in the config is an error naming it; a laptop never silently
/// trusts fewer keys than its admin wrote.
pub(crate) fn trusted_keys(config_keys: &[String]) -> Result<Vec<PublicKey>, String> {
    let mut keys = Vec::new();
    for line in key_lines(COMPILED_KEYS) {
        keys.push(signing::public_key(line).map_err(|e| format!("keys/catalogue-signing.pub: {e}"))?);
    }
    for (i, line) in config_keys.iter().enumerate() {
        let key = config_key(line).map_err(|e| format!("[refresh] public_keys entry {}: {e}", i + 1))?;
        keys.push(key);
    }
    Ok(keys)
}

/// One `public_keys` entry: the base64 line of a `.pub` file, or the whole file's two lines.
pub(crate) fn config_key(entry: &str) -> Result<PublicKey, String> {
    let lines: Vec<&str> = key_lines(entry).collect();
    match lines.as_slice() {
        [one] => signing::public_key(one).map_err(|_| {
            "not a minisign public key: copy the line starting \"RW\" from the publisher's .pub file".to_string()
        }),
        [] => Err("empty: copy the line starting \"RW\" from the publisher's .pub file".into()),
        _ => Err("holds more than one key: give each key as its own entry".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_file_parses_and_config_keys_are_checked() {
        // The compiled file must always parse, whether or not it holds keys yet.
        assert!(trusted_keys(&[]).is_ok());
        let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let line = pair.pk.to_base64();
        let whole = pair.pk.to_box().unwrap().into_string();
        let keys = trusted_keys(&[line.clone(), whole]).unwrap();
        assert_eq!(keys.len(), key_lines(COMPILED_KEYS).count() + 2);
        let e = trusted_keys(&[line, "RWQnot-a-key".into()]).unwrap_err();
        assert!(e.contains("entry 2"), "{e}");
        assert!(config_key("  ").unwrap_err().contains("empty"));
    }
}
