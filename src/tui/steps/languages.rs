//! Step 1: the resident's guidance language and the screen language, each named in its own script.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::i18n::Lang;
use crate::tui::app::App;
use crate::tui::view::cursor_line;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let [intro, lists] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
    Paragraph::new(app.ui.get("lang-intro"))
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(intro, buf);
    let columns = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).split(lists);
    for (col, (title_id, chosen)) in [("lang-resident", app.lang), ("lang-screen", app.ui_lang)]
        .into_iter()
        .enumerate()
    {
        let focused = app.lang_column == col;
        let lines: Vec<Line> = Lang::ALL
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let mark = if *l == chosen { "(•)" } else { "( )" };
                let text = format!("{mark} {} ({})", l.native_name(), l.tag());
                cursor_line(focused && app.lang_cursor[col] == i, text, t.base(), t.selected())
            })
            .collect();
        let title = if focused {
            format!("» {}", app.ui.get(title_id))
        } else {
            app.ui.get(title_id)
        };
        Paragraph::new(lines)
            .block(Block::bordered().title(title))
            .render(columns[col], buf);
    }
}
