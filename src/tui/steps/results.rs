//! Step 5: the results grouped as in `check`, and the details of the offer under the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::catalogue::{Kind, Verdict};
use crate::guidance::{Group, texts};
use crate::tui::app::App;
use crate::tui::view::scroll_for;

/// A verdict as a word in the screen language, so state is never colour alone; padded to the
/// language's longest tag so the names line up.
pub fn tag(app: &App, o: &crate::eligibility::Outcome<'_>) -> (String, ratatui::style::Style) {
    use unicode_width::UnicodeWidthStr;
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
        .map(|id| app.ui.get(id).width())
        .max()
        .unwrap_or(0);
    let pad = widest.saturating_sub(word.width());
    (format!("{word}{}", " ".repeat(pad)), style)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
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
            lines.push(Line::styled(format!(" {}", ui.get(group_id)), t.help()));
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
            texts::offer_name(&app.guidance_loc, o.tariff)
        );
        lines.push(Line::styled(text, if selected { t.selected() } else { style }));
    }
    let height = list.height.saturating_sub(2) as usize;
    Paragraph::new(lines)
        .block(Block::bordered().title(ui.get("step-results")))
        .scroll((scroll_for(cursor_line + 1, height) as u16, 0))
        .render(list, buf);

    let detail_lines: Vec<Line> = outcomes
        .get(app.view.results_cursor)
        .map_or_else(Vec::new, |(_, o)| details(app, o));
    Paragraph::new(detail_lines)
        .block(Block::bordered().title(ui.get("detail-title")))
        .wrap(Wrap { trim: false })
        .render(detail, buf);
}

/// Price, speed, contract, fees, how to apply, why not, what to check and the facts' date.
pub fn details<'a>(app: &App, o: &crate::eligibility::Outcome<'_>) -> Vec<Line<'a>> {
    let loc = &app.guidance_loc;
    let t = o.tariff;
    let text = t.text(loc.lang().tag());
    let mut out = vec![Line::styled(texts::offer_name(loc, t), app.theme.heading())];
    let price = match t.price_pence {
        Some(0) => loc.get("price-free"),
        Some(p) => loc.fmt("price-month", &[("price", texts::money(p).into())]),
        None => loc.get("price-unknown"),
    };
    out.push(Line::raw(price));
    if let Some(d) = t.download_mbps {
        out.push(Line::raw(
            loc.fmt("speed", &[("down", crate::i18n::Arg::Num(d.into()))]),
        ));
    }
    match t.contract_months {
        Some(0) => out.push(Line::raw(loc.get("contract-rolling"))),
        Some(m) => out.push(Line::raw(
            loc.fmt("contract-months", &[("months", crate::i18n::Arg::Num(m.into()))]),
        )),
        None => {}
    }
    out.push(Line::raw(texts::clean(&text.summary)));
    for r in &o.why_not {
        out.push(Line::styled(
            format!(
                "✗ {}",
                texts::clean(&texts::reason(loc, r, t, &app.setup.catalogue, true))
            ),
            app.theme.warn(),
        ));
    }
    for r in &o.to_check {
        out.push(Line::raw(loc.fmt(
            "check",
            &[(
                "text",
                texts::clean(&texts::reason(loc, r, t, &app.setup.catalogue, true)).into(),
            )],
        )));
    }
    if o.eligibility != Verdict::No {
        if let Some(h) = &text.how_to_apply {
            out.push(Line::raw(loc.fmt("how-to-apply", &[("text", texts::clean(h).into())])));
        }
        if let Some(u) = &t.apply.url {
            out.push(Line::raw(format!("{}: {}", loc.get("website"), texts::clean(u))));
        }
        if let Some(p) = &t.apply.phone {
            out.push(Line::raw(format!("{}: {}", loc.get("phone"), texts::clean(p))));
        }
    }
    let age = match t.facts_as_of {
        Some(d) => loc.fmt("facts-recent", &[("date", texts::month_year(loc, d).into())]),
        None => loc.get("facts-undated"),
    };
    out.push(Line::styled(age, app.theme.help()));
    out
}
