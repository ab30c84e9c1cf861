//! Step 1: the resident's guidance language and the screen language, each named in its own script.
//! A kiosk has one list (the resident reads the screen), each row with its instruction in its
//! own language, so someone who reads no English knows what to do.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::i18n::Lang;
use crate::tui::app::App;
use crate::tui::intent::Intent;
use crate::tui::view::cursor_line;

/// The list boxes: one in a kiosk, two (resident, screen) otherwise.
fn columns(app: &App, area: Rect) -> Vec<Rect> {
    if app.kiosk.is_some() {
        return vec![area];
    }
    let [_, lists] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
    Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .split(lists)
        .to_vec()
}

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    if app.kiosk.is_none() {
        let [intro, _] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
        Paragraph::new(app.ui.get("lang-intro"))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(intro, buf);
    }
    let boxes = columns(app, area);
    for (col, (title_id, chosen)) in [("lang-resident", app.lang), ("lang-screen", app.ui_lang)]
        .into_iter()
        .enumerate()
        .take(boxes.len())
    {
        let focused = app.view.lang_column == col;
        let lines: Vec<Line> = Lang::ALL
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let mark = if *l == chosen { "(•)" } else { "( )" };
                let mut text = format!("{mark} {} ({})", l.native_name(), l.tag());
                if app.kiosk.is_some() {
                    text.push_str(" · ");
                    text.push_str(&app.instruction_in(*l));
                }
                cursor_line(focused && app.view.lang_cursor[col] == i, text, t.base(), t.selected())
            })
            .collect();
        let title = if focused {
            format!("» {}", app.ui.get(title_id))
        } else {
            app.ui.get(title_id)
        };
        Paragraph::new(lines)
            .block(Block::bordered().title(title))
            .render(boxes[col], buf);
    }
}

/// A tap or click on a language row: that language is chosen in that list.
pub(crate) fn tapped(app: &App, area: Rect, column: u16, row: u16) -> Option<Intent> {
    columns(app, area).iter().enumerate().find_map(|(col, b)| {
        let last = (b.y + 1 + Lang::ALL.len() as u16).min(b.bottom().saturating_sub(1));
        let rows = b.y + 1..last;
        let cols = b.x + 1..b.x + b.width.saturating_sub(1);
        (rows.contains(&row) && cols.contains(&column)).then(|| Intent::PickLanguage(col as u8, (row - b.y - 1) as u8))
    })
}
