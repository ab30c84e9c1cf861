//! Step 6: the guidance in the resident's language, as `check --format text` gives it, with the
//! handout actions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::tui::app::App;

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    // Room for the actions to wrap: a kiosk's line may be a sentence ("ask a member of
    // staff…"), and the adviser's five keys run past 80 columns in several languages.
    let action_rows = 2;
    let [text, actions] = Layout::vertical([Constraint::Min(3), Constraint::Length(action_rows)]).areas(area);
    let width = text.width.saturating_sub(2).max(20) as usize;
    let body = app.guidance_text(width);
    let lines = body.lines().count() as u16;
    let scroll = app.view.guidance_scroll.min(lines.saturating_sub(1));
    Paragraph::new(body)
        .block(Block::bordered().title(app.ui.get("step-guidance")))
        .scroll((scroll, 0))
        .render(text, buf);
    Paragraph::new(actions_line(app))
        .style(app.theme.help())
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(actions, buf);
}

/// What can be done with the guidance here: in a kiosk only what its admin switched on (never
/// copy: a shared clipboard would hand the guidance to the next person).
fn actions_line(app: &App) -> String {
    let Some(k) = &app.kiosk else {
        return app.ui.get("guidance-actions");
    };
    let mut can = Vec::new();
    if k.can_save {
        can.push(app.ui.get("kiosk-action-save"));
    }
    if k.can_print {
        can.push(app.ui.get("kiosk-action-print"));
    }
    if can.is_empty() {
        app.ui.get("kiosk-no-actions")
    } else {
        can.join(" · ")
    }
}
