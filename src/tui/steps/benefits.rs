//! Step 2: the benefits checklist, grouped as people think of them, with type-to-filter, one line
//! of help for the benefit under the cursor, and the follow-up that changes the answer.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::tui::app::{App, Entry, GROUPS};
use crate::tui::view::scroll_for;

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [intro, list, help] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(3), Constraint::Length(2)]).areas(area);
    Paragraph::new(vec![
        Line::raw(app.ui.get("benefits-intro")),
        Line::styled(
            app.ui.fmt(
                "benefits-filter",
                &[("filter", format!("{}▏", app.session.filter).into())],
            ),
            app.theme.help(),
        ),
    ])
    .render(intro, buf);
    render_list(app, list, buf, true);
    let entries = app.visible_entries();
    if let Some((_, e)) = entries.get(app.view.benefit_cursor) {
        Paragraph::new(app.ui.get(&e.help_id()))
            .style(app.theme.help())
            .wrap(Wrap { trim: true })
            .render(help, buf);
    }
}

/// The checklist itself; shared with adviser mode.
pub(crate) fn render_list(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let t = app.theme;
    let ui = &app.ui;
    let entries = app.visible_entries();
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut last_group = usize::MAX;
    for (i, (g, e)) in entries.iter().enumerate() {
        if *g != last_group {
            lines.push(Line::styled(ui.get(GROUPS[*g].0), t.heading()));
            last_group = *g;
        }
        let ticked = app.ticked(*e);
        let label = match e.label_benefit() {
            Some(b) => app.guidance_name(b),
            None => ui.get("benefits-choice-none"),
        };
        let mark = match (e, ticked) {
            (Entry::None, _) if app.session.answers.benefits.is_empty() => "(•)",
            (Entry::None, _) => "( )",
            (_, true) => "[x]",
            (_, false) => "[ ]",
        };
        let selected = focused && i == app.view.benefit_cursor;
        if selected {
            cursor_line = lines.len();
        }
        let text = super::fit::fit(
            &format!("{} {mark} {label}", if selected { "›" } else { " " }),
            area.width.saturating_sub(2) as usize,
        );
        lines.push(Line::styled(text, if selected { t.selected() } else { t.base() }));
        if let (Entry::Typed(f), true, Some((question, choices))) = (e, ticked, e.follow_up()) {
            let chosen = app.choice(*f);
            let options: Vec<String> = choices
                .iter()
                .enumerate()
                .map(|(c, id)| format!("{} {}", if c == chosen { "(•)" } else { "( )" }, ui.get(id)))
                .collect();
            let width = area.width.saturating_sub(2) as usize;
            let mut question_lines = String::new();
            crate::guidance::text::wrap(&mut question_lines, &ui.get(question), INDENT, INDENT, width);
            for l in question_lines.lines() {
                lines.push(Line::styled(l.to_string(), t.help()));
            }
            for l in super::fit::pack_choices(&options, width, INDENT) {
                lines.push(Line::styled(l, t.help()));
            }
            if selected {
                // The follow-up belongs to the row: scroll so that all of it shows.
                cursor_line = lines.len() - 1;
            }
        }
    }
    if entries.is_empty() {
        let filter = app.session.filter.clone().into();
        lines.push(Line::styled(
            ui.fmt("benefits-no-match", &[("filter", filter)]),
            t.help(),
        ));
    }
    let height = area.height.saturating_sub(2) as usize;
    let offset = scroll_for(cursor_line + 1, height) as u16;
    let mut title = if focused {
        format!("» {}", ui.get("step-benefits"))
    } else {
        ui.get("step-benefits")
    };
    // A filter narrows the list: never invisibly (adviser mode has no filter line of its own).
    if !app.session.filter.is_empty() {
        let filter = ui.fmt("benefits-filter", &[("filter", app.session.filter.clone().into())]);
        title = format!("{title} · {filter}");
    }
    Paragraph::new(lines)
        .block(Block::bordered().title(title))
        .wrap(Wrap { trim: false })
        .scroll((offset, 0))
        .render(area, buf);
}

/// Follow-up lines sit under their benefit.
const INDENT: &str = "      ";
