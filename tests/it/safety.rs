//! Hostile text in a catalogue (escape sequences, bidi overrides, markup) never reaches a terminal
//! or a handout raw, in any format or language.

use crate::common::tariff_finder;
use std::io::Write;

const HOSTILE: &str =
    "<script>alert(1)</script> \u{1b}[2J\u{1b}]0;pwned\u{7} \u{9b}31m [link](javascript:x) \u{202e}evil";

/// The string's body as a TOML basic string would hold it (controls as \uXXXX).
fn toml_escaped(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if c.is_control() => format!("\\u{:04X}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

fn hostile_catalogue() -> tempfile::NamedTempFile {
    let h = toml_escaped(HOSTILE);
    let text = tariff_finder::catalogue::EMBEDDED
        .replacen("name = \"Home Essentials (36 Mbps)\"", &format!("name = \"{h}\""), 1)
        .replacen(
            "summary = \"BT's social tariff:",
            &format!("summary = \"{h} BT's social tariff:"),
            1,
        )
        .replacen(
            "hull = \"Hull is served by KCOM’s network, not Openreach\"",
            &format!("hull = \"{h}\""),
            1,
        );
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

#[test]
fn no_raw_control_or_override_reaches_any_output() {
    let cat = hostile_catalogue();
    for lang in ["en-GB", "ur"] {
        for (postcode, format) in [
            ("B1 1BB", "text"),
            ("HU1 1AA", "text"),
            ("B1 1BB", "markdown"),
            ("HU1 1AA", "html"),
            ("B1 1BB", "json"),
        ] {
            let out = tariff_finder()
                .args([
                    "--catalogue",
                    cat.path().to_str().unwrap(),
                    "check",
                    "--lang",
                    lang,
                    "--format",
                    format,
                ])
                .args([
                    "--benefit",
                    "universal-credit",
                    "--postcode",
                    postcode,
                    "--also-english",
                    "--full",
                ])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let s = String::from_utf8(out.stdout).unwrap();
            assert!(
                s.contains("alert(1)"),
                "{lang} {format} {postcode}: the hostile offer is shown (as text)"
            );
            for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
                assert!(
                    !s.contains(bad),
                    "{lang} {format} {postcode}: {bad:?} reached the output"
                );
            }
            match format {
                "html" => {
                    assert!(!s.contains("<script>alert"), "markup is escaped");
                    assert!(s.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
                }
                "markdown" => assert!(s.contains("\\[link\\](javascript:x)"), "links cannot be injected"),
                _ => {}
            }
        }
    }
}

fn assert_clean(what: &str, s: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!s.contains(bad), "{what}: {bad:?} reached the output:\n{s}");
    }
}

#[test]
fn maintainer_commands_never_echo_hostile_text_raw() {
    let cat = hostile_catalogue();
    let path = cat.path().to_str().unwrap();
    let embedded = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(embedded.path(), tariff_finder::catalogue::EMBEDDED).unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["catalogue", "check", path],
        vec!["catalogue", "diff", embedded.path().to_str().unwrap(), path],
        vec![
            "catalogue",
            "diff",
            "--format",
            "markdown",
            embedded.path().to_str().unwrap(),
            path,
        ],
        vec!["catalogue", "test", path],
    ];
    for args in runs {
        let out = tariff_finder().args(&args).output().unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_clean(&args.join(" "), &all);
    }
    let out = tariff_finder()
        .args(["catalogue", "diff", embedded.path().to_str().unwrap(), path])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("alert(1)"),
        "the change is still shown, as text"
    );

    // Raw control characters are not even valid TOML: the error shows the line, cleaned.
    let raw = tempfile::NamedTempFile::new().unwrap();
    let text = tariff_finder::catalogue::EMBEDDED.replacen(
        "name = \"Home Essentials (36 Mbps)\"",
        &format!("name = \"{HOSTILE}\""),
        1,
    );
    std::fs::write(raw.path(), text).unwrap();
    for args in [
        vec!["catalogue", "check", raw.path().to_str().unwrap()],
        vec!["--catalogue", raw.path().to_str().unwrap(), "check"],
    ] {
        let out = tariff_finder().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(err.contains(" | name = "), "the line is shown: {err}");
        assert_clean(&args.join(" "), &err);
    }
}

#[test]
fn the_wizard_and_plain_mode_never_draw_hostile_text_raw() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use tariff_finder::catalogue::{self, Origin};
    use tariff_finder::i18n::Lang;
    use tariff_finder::tui::app::Step;
    use tariff_finder::tui::intent::Intent;
    let file = hostile_catalogue();
    let text = std::fs::read_to_string(file.path()).unwrap();
    let cat = catalogue::parse(&text, "hostile.toml").unwrap();
    let today = tariff_finder::date::Date::new(2026, 11, 26).unwrap();
    let mut app = crate::common::wizard(cat.clone(), Lang::EnGb);
    crate::common::to_results(&mut app, "HU1 1AA");
    assert_eq!(app.step(), Step::Results);
    let mut seen_offer = false;
    for screen in 0..40 {
        if screen == 20 {
            app.update(Intent::Adviser);
        }
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        let drawn = crate::common::screen_text(&terminal);
        seen_offer |= drawn.contains("alert(1)");
        assert_clean(&format!("wizard screen {screen}"), &drawn);
        app.update(if screen % 2 == 0 { Intent::Down } else { Intent::Next });
        if app.step() == Step::Guidance {
            app.update(Intent::Back);
        }
    }
    assert!(seen_offer, "the hostile offer was on screen, as text");

    let mut out = Vec::new();
    // The last answer asks for every offer: the hostile one is not offered in Hull.
    let mut input = "\n\n1\nHU1 1AA\n1\n\n\n\n2\n".as_bytes();
    tariff_finder::plain::run(
        cat,
        Origin::Embedded,
        (Lang::EnGb, Lang::EnGb),
        today,
        None,
        &mut input,
        &mut out,
    )
    .unwrap();
    let plain = String::from_utf8(out).unwrap();
    assert!(plain.contains("alert(1)"), "{plain}");
    assert_clean("plain mode", &plain);
}

/// Escapes that act on a terminal: a title (OSC 0) and the clipboard (OSC 52).
const OSC: &str = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}";

#[test]
fn hints_fmt_and_config_errors_never_echo_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let h = toml_escaped(OSC);
    // An unknown benefit and an unknown condition (their hints quote them), an unknown key.
    let text = tariff_finder::catalogue::EMBEDDED
        .replacen("benefits = [", &format!("benefits = [\"pip{h}\", "), 1)
        .replacen("conditions = [", &format!("conditions = [\"cond{h}\", "), 1)
        .replacen("\nserial = 1\n", &format!("\nserial = 1\n\"key{h}\" = 1\n"), 1);
    let cat = dir.path().join("tariffs.toml");
    std::fs::write(&cat, text).unwrap();
    // Not TOML at all: a raw escape in a bare key; fmt and check quote the line.
    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        format!("{}\nbad{OSC} = = 1\n", tariff_finder::catalogue::EMBEDDED),
    )
    .unwrap();
    let b = broken.to_str().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("[general]\ntheme = \"{h}\"\n\"k{h}\" = 1\n")).unwrap();
    let c = cat.to_str().unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["catalogue", "check", c],
        vec!["catalogue", "check", b],
        vec!["catalogue", "fmt", "--check", b],
        vec!["catalogue", "fmt", b],
        vec!["--config", config.to_str().unwrap(), "check", "--benefit", "pip"],
        vec!["--catalogue", c, "check", "--benefit", "pip"],
    ];
    for args in runs {
        let out = tariff_finder().args(&args).output().unwrap();
        assert_ne!(out.status.code(), Some(0), "{args:?} is refused");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            all.contains("]0;pwned") || all.contains("pip") || all.contains("theme"),
            "{args:?}: {all}"
        );
        assert_clean(&args.join(" "), &all);
    }
}

#[test]
fn json_and_text_carry_no_invisible_or_reordering_characters() {
    let invisible = "\u{9b}31m\u{202e}\u{2028}\u{200b}\u{e0041}\u{feff}\u{200f}";
    // A URL with a line separator is refused outright; the rest get as far as the output.
    let in_url: String = invisible
        .chars()
        .filter(|c| !c.is_control() && *c != '\u{2028}')
        .collect();
    // In the first offer's sources (JSON lists them), and its summary (every format shows it).
    let (head, offers) = tariff_finder::catalogue::EMBEDDED.split_once("[[tariff]]").unwrap();
    let offers = offers
        .replacen(
            "sources = [\n  { url = \"https://",
            &format!(
                "sources = [\n  {{ url = \"https://x{}.example/\", grade = \"P\" }},\n  {{ url = \"https://",
                toml_escaped(&in_url)
            ),
            1,
        )
        .replacen("summary = \"", &format!("summary = \"{}", toml_escaped(invisible)), 1);
    let text = format!("{head}[[tariff]]{offers}");
    let cat = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(cat.path(), text).unwrap();
    for format in ["json", "text", "markdown", "html"] {
        let out = tariff_finder()
            .args([
                "--catalogue",
                cat.path().to_str().unwrap(),
                "check",
                "--benefit",
                "universal-credit",
                "--postcode",
                "HU1 1AA",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let s = String::from_utf8_lossy(&out.stdout);
        for bad in invisible.chars().filter(|c| !c.is_ascii()) {
            assert!(!s.contains(bad), "{format}: {bad:?} reached the output");
        }
    }
}
