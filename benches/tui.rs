//! One full frame of the wizard at 120x40 (results step, with the details pane), into ratatui's
//! TestBackend. Goal: under 1 ms median. Run with `cargo bench --bench tui`.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tariff_finder::catalogue::{self, Origin};
use tariff_finder::date::Date;
use tariff_finder::i18n::Lang;
use tariff_finder::tui::app::App;
use tariff_finder::tui::intent::Intent;
use tariff_finder::tui::theme::Theme;

fn main() {
    divan::main();
}

fn app_at(lang: Lang, steps: &[Intent], text: &str) -> App {
    let mut app = App::new(
        catalogue::embedded(),
        Origin::Embedded,
        lang,
        lang,
        Date::new(2026, 11, 26).unwrap(),
        Theme::Default,
    );
    for i in steps {
        app.update(*i);
    }
    for c in text.chars() {
        app.update(Intent::Char(c));
    }
    app.update(Intent::Next);
    app
}

#[divan::bench(args = [Lang::EnGb, Lang::Ur])]
fn results_frame_120x40(bencher: divan::Bencher, lang: Lang) {
    let app = app_at(
        lang,
        &[Intent::Next, Intent::Toggle, Intent::Next, Intent::Next],
        "B11BB",
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

#[divan::bench]
fn adviser_frame_120x40(bencher: divan::Bencher) {
    let app = app_at(Lang::EnGb, &[Intent::Adviser, Intent::Toggle, Intent::Next], "B11BB");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

#[divan::bench]
fn guidance_frame_120x40(bencher: divan::Bencher) {
    let app = app_at(
        Lang::EnGb,
        &[Intent::Next, Intent::Toggle, Intent::Next, Intent::Next],
        "B11BB",
    );
    let mut app = app;
    app.update(Intent::Next);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}
