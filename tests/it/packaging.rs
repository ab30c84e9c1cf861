//! What `packaging/` ships for a kiosk: a terminal that cannot be used to leave tariff-finder,
//! and a refresh unit that cannot hang.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// `key=value` pairs of one `[section]` of an INI file, comments left out.
fn section(ini: &str, name: &str) -> Vec<(String, String)> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in ini.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == format!("[{name}]");
        } else if inside
            && !line.starts_with('#')
            && let Some((k, v)) = line.split_once('=')
        {
            out.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

#[test]
fn the_kiosk_terminal_has_no_way_out() {
    let ini = read("packaging/kiosk/foot.ini");
    let keys = section(&ini, "key-bindings");
    // foot's actions that open a shell, a link or a window, pipe text to a program, or use a clipboard.
    for action in [
        "spawn-terminal",
        "show-urls-launch",
        "show-urls-copy",
        "show-urls-persistent",
        "clipboard-copy",
        "clipboard-paste",
        "primary-paste",
        "pipe-visible",
        "pipe-scrollback",
        "pipe-selected",
        "search-start",
        "unicode-input",
        "scrollback-up-page",
        "scrollback-down-page",
    ] {
        assert_eq!(value(&keys, action), Some("none"), "[key-bindings] {action}");
    }
    let allowed = ["font-increase", "font-decrease", "font-reset"];
    for (k, v) in &keys {
        assert!(
            v == "none" || allowed.contains(&k.as_str()),
            "[key-bindings] {k}={v} is bound"
        );
    }
    for (k, v) in section(&ini, "mouse-bindings") {
        assert_eq!(v, "none", "[mouse-bindings] {k}");
    }
    for name in ["search-bindings", "url-bindings"] {
        for (k, v) in section(&ini, name) {
            assert_eq!(v, "none", "[{name}] {k}");
        }
    }
    assert!(
        section(&ini, "text-bindings").is_empty(),
        "no key sends text of its own"
    );
    let main = section(&ini, "main");
    assert_eq!(
        value(&main, "selection-target"),
        Some("none"),
        "a selection reaches no clipboard"
    );
    assert!(
        value(&main, "shell").is_none(),
        "the kiosk service names the program, not a shell"
    );
    assert_eq!(
        value(&section(&ini, "url"), "launch"),
        Some("/bin/true"),
        "links are never opened"
    );
    assert_eq!(value(&section(&ini, "scrollback"), "lines"), Some("0"));
}

#[test]
fn the_refresh_unit_has_a_start_timeout() {
    let unit = read("packaging/systemd/tariff-finder-refresh.service");
    let service = section(&unit, "Service");
    let timeout = value(&service, "TimeoutStartSec").expect("TimeoutStartSec= bounds a hung download");
    let minutes: u32 = timeout.trim_end_matches("min").parse().expect("minutes");
    assert!((1..=10).contains(&minutes), "{timeout}");
}

#[test]
fn the_kiosk_unit_uses_the_shipped_terminal_config_and_a_user_without_a_shell() {
    let unit = read("packaging/systemd/tariff-finder-kiosk.service");
    assert!(unit.contains("--config /etc/tariff-finder/foot.ini"), "{unit}");
    let docs = read("docs/kiosk.md");
    assert!(
        docs.contains("/usr/sbin/nologin"),
        "docs/kiosk.md gives the kiosk user no shell"
    );
    assert!(
        docs.contains("packaging/kiosk/foot.ini"),
        "docs/kiosk.md installs the terminal config"
    );
}
