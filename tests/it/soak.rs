//! Soak: 10,000 simulated residents through one kiosk app, each forgotten by a reset. Memory must
//! not grow (under 1 MiB after warm-up), or a kiosk left running for months would leak answers'
//! worth of memory, and with it, perhaps, answers.

use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tariff_finder::catalogue::{self, Origin};
use tariff_finder::date::Date;
use tariff_finder::i18n::Lang;
use tariff_finder::tui::app::{App, Effect, Step};
use tariff_finder::tui::intent::Intent;
use tariff_finder::tui::kiosk::Kiosk;
use tariff_finder::tui::theme::Theme;

/// Resident set size in bytes, from /proc (Linux).
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("Linux /proc");
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

const POSTCODES: [&str; 6] = ["b11bb", "CF10 1EP", "hu1 1aa", "EH1 1YZ", "BT1 1AA", "sw1a1aa"];

/// One resident: a language, a benefit or two, a postcode, the results, the guidance, then gone.
fn resident(a: &mut App, terminal: &mut Terminal<TestBackend>, n: usize, now: Duration) {
    for _ in 0..n % Lang::ALL.len() {
        a.input(Intent::Down, now);
    }
    a.input(Intent::Next, now);
    for _ in 0..n % 7 {
        a.input(Intent::Down, now);
    }
    a.input(Intent::Toggle, now);
    a.input(Intent::Next, now);
    a.input(Intent::Right, now);
    a.input(Intent::Next, now);
    for c in POSTCODES[n % POSTCODES.len()].chars() {
        a.input(Intent::Char(c), now);
    }
    a.input(Intent::Next, now);
    a.input(Intent::Next, now);
    assert_eq!(a.step(), Step::Guidance, "resident {n}");
    // Drawing the guidance takes most of a resident's time; every 50th is drawn, so the test stays
    // quick unoptimised, and drawing keeps no state anyway.
    if n.is_multiple_of(50) {
        terminal.draw(|f| f.render_widget(&*a, f.area())).unwrap();
    }
    assert_eq!(a.input(Intent::NewResident, now), Effect::Reset);
    a.reset(None);
    assert!(!a.has_answers());
}

#[test]
fn ten_thousand_residents_leave_no_memory_behind() {
    let mut a = App::new(
        catalogue::embedded(),
        Origin::Embedded,
        Lang::EnGb,
        Lang::EnGb,
        Date::new(2026, 11, 26).unwrap(),
        Theme::Plain,
    )
    .kiosk(Kiosk::new(
        Duration::from_secs(120),
        Duration::from_secs(30),
        None,
        (Lang::EnGb, Lang::EnGb, Theme::Plain),
    ));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    // Warm-up: every language's bundle and every code path once.
    for n in 0..200 {
        resident(&mut a, &mut terminal, n, Duration::from_secs(n as u64));
    }
    let before = rss();
    for n in 200..10_000 {
        resident(&mut a, &mut terminal, n, Duration::from_secs(n as u64));
    }
    let growth = rss().saturating_sub(before);
    println!(
        "soak: 10,000 residents, RSS {} KiB -> growth {} KiB",
        before / 1024,
        growth / 1024
    );
    assert!(
        growth < 1024 * 1024,
        "memory grew by {growth} bytes over 9,800 residents"
    );
}
