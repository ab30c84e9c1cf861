//! Step 3: is the resident the account holder; who provides their broadband now; their age band.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::answers::{AgeBand, Reply};
use crate::guidance::texts;
use crate::tui::app::App;

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let ui = &app.ui;
    let choice = |on: bool, id: &str| format!("{} {}", if on { "(•)" } else { "( )" }, ui.get(id));
    let holder = [Reply::NotSure, Reply::Yes, Reply::No]
        .iter()
        .map(|r| choice(app.session.answers.account_holder == *r, texts::reply(*r)))
        .collect::<Vec<_>>()
        .join("   ");
    let provider = app
        .session
        .answers
        .current_provider
        .clone()
        .unwrap_or_else(|| ui.get("provider-none"));
    let row = |i: usize, label: String, value: String| -> Vec<Line<'static>> {
        let style = if app.view.home_row == i { t.selected() } else { t.base() };
        let arrow = if app.view.home_row == i { "› " } else { "  " };
        vec![
            Line::styled(format!("{arrow}{label}"), t.heading()),
            Line::styled(format!("    ‹ {value} ›"), style),
            Line::raw(""),
        ]
    };
    let mut lines = row(0, ui.get("home-account-holder"), holder);
    lines.extend(row(1, ui.get("home-provider"), provider));
    // Four choices run past 80 columns in most languages: they wrap whole.
    let ages: Vec<String> = AGE_ORDER
        .iter()
        .map(|a| choice(app.session.answers.age == *a, texts::age_band(*a)))
        .collect();
    let selected = app.view.home_row == 2;
    lines.push(Line::styled(
        format!("{}{}", if selected { "› " } else { "  " }, ui.get("home-age")),
        t.heading(),
    ));
    for l in crate::tui::steps::fit::pack_choices(&ages, area.width.saturating_sub(2) as usize, "    ") {
        lines.push(Line::styled(l, if selected { t.selected() } else { t.base() }));
    }
    Paragraph::new(lines)
        .block(Block::bordered())
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// The age choices in the order Left/Right go through them, "not sure" (the default) first.
pub(crate) const AGE_ORDER: [AgeBand; 4] = [
    AgeBand::NotSure,
    AgeBand::Under18,
    AgeBand::WorkingAge,
    AgeBand::PensionAge,
];
