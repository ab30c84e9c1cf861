//! Hostile sizes and shapes: each is refused with a clear message or handled, never a hang, a
//! crash or a panic. (A 1x1 terminal and a resize storm are in tests/tui.rs; a week-long kiosk
//! is below.)

use std::io::Write;
use std::time::{Duration, Instant};

use crate::common::tariff_finder;

fn run_with_file(args: &[&str], contents: &[u8]) -> (i32, String) {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(contents).unwrap();
    let path = f.path().to_str().unwrap().to_string();
    let args: Vec<String> = args.iter().map(|a| a.replace("FILE", &path)).collect();
    let started = Instant::now();
    let out = tariff_finder().args(&args).output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{args:?} took {:?}",
        started.elapsed()
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_catalogue_over_16_mib_is_refused_before_it_is_read() {
    // 100,000 offers cannot fit in 16 MiB: refused on size, not parsed.
    let big = vec![b'#'; 16 * 1024 * 1024 + 1];
    for args in [
        &["--catalogue", "FILE", "check"][..],
        &["catalogue", "check", "FILE"][..],
        &["catalogue", "fmt", "--check", "FILE"][..],
    ] {
        let (code, err) = run_with_file(args, &big);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("16 MiB"), "{args:?}: {err}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for text in [
        format!("a = {}{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!("x = {}1{}", "{a = ".repeat(50_000), "}".repeat(50_000)),
    ] {
        for args in [
            &["--catalogue", "FILE", "check"][..],
            &["catalogue", "check", "FILE"][..],
            &["catalogue", "fmt", "FILE"][..],
            &["--config", "FILE", "check"][..],
        ] {
            let (code, err) = run_with_file(args, text.as_bytes());
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(err.contains("recurs") || err.contains("over the"), "{args:?}: {err}");
            assert!(
                err.lines().all(|l| l.chars().count() <= 400),
                "{args:?}: a huge line echoed"
            );
        }
    }
}

#[test]
fn ten_megabytes_of_answers_on_stdin_are_refused() {
    let mut huge = String::from("postcode = \"");
    huge.push_str(&"B".repeat(10 * 1024 * 1024));
    huge.push_str("\"\n");
    let out = tariff_finder()
        .args(["check", "--answers", "-"])
        .write_stdin(huge)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("over the 64 KiB limit"), "{err}");
    // A long postcode on the command line is an ordinary bad postcode.
    let long = "B".repeat(100_000);
    let out = tariff_finder().args(["check", "--postcode", &long]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).lines().all(|l| l.len() < 400));
}

#[test]
fn a_kiosk_left_alone_for_a_week_is_still_on_its_first_screen() {
    use tariff_finder::tui::app::{Effect, Step};
    use tariff_finder::tui::intent::Intent;
    use tariff_finder::tui::kiosk::Kiosk;
    let lang = tariff_finder::i18n::Lang::Cy;
    let mut app = crate::common::wizard(tariff_finder::catalogue::embedded(), lang).kiosk(Kiosk::new(
        Duration::from_secs(120),
        Duration::from_secs(30),
        None,
        (lang, lang, tariff_finder::tui::theme::Theme::Plain),
    ));
    // Someone uses it on the first morning, then no one comes for a week: a tick every second.
    for i in [Intent::Next, Intent::Toggle, Intent::Next] {
        app.input(i, Duration::from_secs(1));
    }
    let mut resets = 0;
    for s in 2..(7 * 24 * 3600) {
        if app.tick(Duration::from_secs(s)) == Effect::Reset {
            app.reset(None);
            resets += 1;
        }
    }
    assert_eq!(
        resets, 1,
        "one reset after the resident left, none while no one is there"
    );
    assert_eq!(app.step(), Step::Languages);
    assert!(app.answers().benefits.is_empty());
}

#[test]
fn a_resize_storm_never_panics_and_ends_on_the_right_screen() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use tariff_finder::i18n::Lang;
    use tariff_finder::tui::intent::Intent;
    for lang in [Lang::EnGb, Lang::Pa] {
        let mut app = crate::common::wizard(tariff_finder::catalogue::embedded(), lang);
        crate::common::to_results(&mut app, "B1 1BB");
        app.update(Intent::Next);
        // 120 sizes from 1x1 to 250x80 in a fixed pseudo-random order, one frame each.
        let mut seed: u32 = 12345;
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for _ in 0..120 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let (w, h) = (1 + (seed >> 8) % 250, 1 + (seed >> 20) % 80);
            terminal.backend_mut().resize(w as u16, h as u16);
            terminal.autoresize().unwrap();
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        }
        terminal.backend_mut().resize(120, 40);
        terminal.autoresize().unwrap();
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        let drawn = crate::common::screen_text(&terminal);
        assert!(drawn.contains("£"), "{lang}: the guidance is back after the storm");
    }
}
