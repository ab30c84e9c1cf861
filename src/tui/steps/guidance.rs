//! Step 6: the guidance in the resident's language, as `check --format text` gives it, with the
//! handout actions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::tui::app::App;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [text, actions] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let width = text.width.saturating_sub(2).max(20) as usize;
    let body = app.guidance_text(width);
    let lines = body.lines().count() as u16;
    let scroll = app.guidance_scroll.min(lines.saturating_sub(1));
    Paragraph::new(body)
        .block(Block::bordered().title(app.ui.get("step-guidance")))
        .scroll((scroll, 0))
        .render(text, buf);
    Paragraph::new(app.ui.get("guidance-actions"))
        .style(app.theme.help())
        .render(actions, buf);
}
