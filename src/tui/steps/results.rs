//! Step 5: the results grouped as in `check`, and the details of the offer under the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::catalogue::Kind;
use crate::guidance::{Group, texts};
use crate::tui::app::App;
use crate::tui::view::scroll_for;

/// A verdict as a word in the screen language, so state is never colour alone; padded to the
/// language's longest tag so the names line up.
pub(crate) fn tag(app: &App, o: &crate::eligibility::Outcome<'_>) -> (String, ratatui::style::Style) {
    let t = app.theme;
    let (id, style) = match Group::of(o) {
        Group::CanGet => ("tag-yes", t.good()),
        Group::Maybe => ("tag-maybe", t.heading()),
        Group::NotHere => ("tag-not-here", t.help()),
        Group::RuledOut => ("tag-no", t.help()),
    };
    let word = app.ui.get(id);
    let widest = ["tag-yes", "tag-maybe", "tag-no"]
        .iter()
        .map(|id| super::fit::cells(&app.ui.get(id)))
        .max()
        .unwrap_or(0);
    let pad = widest.saturating_sub(super::fit::cells(&word));
    (format!("{word}{}", " ".repeat(pad)), style)
}

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [list, detail] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let t = app.theme;
    let ui = &app.ui;
    let outcomes = app.outcomes();
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut last: Option<(Kind, Group)> = None;
    for (i, (_, o)) in outcomes.iter().enumerate() {
        let key = (o.tariff.kind, Group::of(o));
        if last != Some(key) {
            if last.map(|(k, _)| k) != Some(key.0) {
                lines.push(Line::styled(ui.get(&format!("kind-{}", key.0.id())), t.heading()));
            }
            let group_id = match key.1 {
                Group::CanGet => "group-can-get",
                Group::Maybe => "group-maybe",
                Group::NotHere => "group-not-here",
                Group::RuledOut => "group-ruled-out",
            };
            let heading = super::fit::fit(&format!(" {}", ui.get(group_id)), list.width.saturating_sub(2) as usize);
            lines.push(Line::styled(heading, t.help()));
            last = Some(key);
        }
        let (word, style) = tag(app, o);
        let selected = i == app.view.results_cursor;
        if selected {
            cursor_line = lines.len();
        }
        let mine = if app.is_current_provider(o.tariff) { "* " } else { "" };
        let text = format!(
            "{}{word} {mine}{}",
            if selected { "›" } else { " " },
            texts::offer_name(&app.ui, o.tariff)
        );
        let text = super::fit::fit(&text, list.width.saturating_sub(2) as usize);
        lines.push(Line::styled(text, if selected { t.selected() } else { style }));
    }
    let height = list.height.saturating_sub(2) as usize;
    Paragraph::new(lines)
        .block(Block::bordered().title(ui.get("step-results")))
        .scroll((scroll_for(cursor_line + 1, height) as u16, 0))
        .render(list, buf);

    let detail_lines: Vec<Line> = outcomes.get(app.view.results_cursor).map_or_else(Vec::new, |(_, o)| {
        details(app, o, detail.width.saturating_sub(2) as usize)
    });
    Paragraph::new(detail_lines)
        .block(Block::bordered().title(ui.get("detail-title")))
        .wrap(Wrap { trim: false })
        .render(detail, buf);
}

/// The offer under the cursor, worded by the guidance document exactly as `check --full` words it
/// (one wording path: the pane and the guidance cannot disagree), wrapped to the pane.
pub(crate) fn details<'a>(app: &App, o: &crate::eligibility::Outcome<'_>, width: usize) -> Vec<Line<'a>> {
    let id = o.tariff.id.clone();
    let (name, text) = app.with_report(|report| {
        let Some(outcome) = report.outcomes.iter().find(|x| x.tariff.id == id) else {
            return (String::new(), String::new());
        };
        let offer = crate::guidance::doc::details(report, outcome, &app.ui);
        (offer.name.clone(), crate::guidance::text::offer_lines(&offer, width))
    });
    std::iter::once(Line::styled(name, app.theme.heading()))
        .chain(text.lines().map(|l| Line::raw(l.to_string())))
        .collect()
}
