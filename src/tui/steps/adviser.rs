//! Adviser mode: every answer the wizard asks (benefits, follow-ups, postcode, the resident's
//! language and the household) and live results on one screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::guidance::{Group, texts};
use crate::tui::app::{AdviserFocus, App, HomeRow};

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    super::benefits::render_list(app, left, buf, app.view.adviser_focus == AdviserFocus::Benefits);
    let [field, status, household, results] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(5),
        Constraint::Min(3),
    ])
    .areas(right);
    super::postcode::render_field(
        app,
        field,
        status,
        buf,
        app.view.adviser_focus == AdviserFocus::Postcode,
    );
    render_household(app, household, buf, app.view.adviser_focus == AdviserFocus::Household);
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

/// The resident's language and step 3's answers, one row each: "label: ‹ value ›".
fn render_household(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let t = app.theme;
    let ui = &app.ui;
    let lines: Vec<Line> = HomeRow::ADVISER
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let (label, value) = match row {
                HomeRow::ResidentLanguage => (ui.get("lang-resident"), app.lang.native_name().to_string()),
                HomeRow::AccountHolder => (
                    ui.get("adviser-account-holder"),
                    ui.get(texts::reply(app.session.answers.account_holder)),
                ),
                HomeRow::Provider => (
                    ui.get("adviser-provider"),
                    app.session
                        .answers
                        .current_provider
                        .clone()
                        .unwrap_or_else(|| ui.get("provider-none")),
                ),
                HomeRow::Age => (ui.get("adviser-age"), ui.get(texts::age_band(app.session.answers.age))),
            };
            let here = focused && app.view.adviser_row == i;
            Line::styled(
                format!("{}{label}: ‹ {value} ›", if here { "› " } else { "  " }),
                if here { t.selected() } else { t.base() },
            )
        })
        .collect();
    Paragraph::new(lines)
        .block(Block::new().borders(Borders::TOP).title(ui.get("step-home")))
        .render(area, buf);
}
