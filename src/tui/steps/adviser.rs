//! Adviser mode: benefits, follow-ups, postcode and live results on one screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::guidance::{Group, texts};
use crate::tui::app::{AdviserFocus, App};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    super::benefits::render_list(app, left, buf, app.view.adviser_focus == AdviserFocus::Benefits);
    let [field, status, results] =
        Layout::vertical([Constraint::Length(3), Constraint::Length(3), Constraint::Min(3)]).areas(right);
    super::postcode::render_field(
        app,
        field,
        status,
        buf,
        app.view.adviser_focus == AdviserFocus::Postcode,
    );
    let outcomes = app.outcomes();
    let mut lines: Vec<Line> = Vec::new();
    for (group, id) in [(Group::CanGet, "group-can-get"), (Group::Maybe, "group-maybe")] {
        let items: Vec<_> = outcomes.iter().filter(|(_, o)| Group::of(o) == group).collect();
        lines.push(Line::styled(
            format!("{} ({})", app.ui.get(id), items.len()),
            app.theme.heading(),
        ));
        for (_, o) in items {
            let (word, style) = super::results::tag(app, o);
            let price = match o.tariff.price_pence {
                Some(0) => app.ui.get("price-free"),
                Some(p) => texts::money(p),
                None => String::new(),
            };
            lines.push(Line::styled(
                format!("{word} {} {price}", texts::offer_name(&app.ui, o.tariff)),
                style,
            ));
        }
    }
    let others = outcomes
        .iter()
        .filter(|(_, o)| matches!(Group::of(o), Group::NotHere | Group::RuledOut))
        .count();
    lines.push(Line::styled(
        format!(
            "{} / {}: {others}",
            app.ui.get("group-not-here"),
            app.ui.get("group-ruled-out")
        ),
        app.theme.help(),
    ));
    Paragraph::new(lines)
        .block(Block::bordered().title(app.ui.get("step-results")))
        .wrap(Wrap { trim: true })
        .render(results, buf);
}
