//! Step 4: the postcode, checked as it is typed, with typo suggestions and places outside the scheme
//! explained.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::guidance::texts;
use crate::i18n::Arg;
use crate::postcode::Status;
use crate::tui::app::App;

pub(crate) fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [field, status] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(area);
    render_field(app, field, status, buf, true);
}

/// The input box and what the postcode means; shared with adviser mode.
pub(crate) fn render_field(app: &App, field: Rect, status: Rect, buf: &mut Buffer, focused: bool) {
    let t = app.theme;
    let ui = &app.ui;
    let cursor = if focused { "▏" } else { "" };
    let text = crate::tui::field::with_caret(&app.session.postcode_input, app.view.postcode_caret, cursor);
    // The full prompt where it fits; adviser mode's narrower box gets the step's name, never a cut prompt.
    let mut title = ui.get("postcode-prompt");
    if unicode_width::UnicodeWidthStr::width(title.as_str()) + 2 > usize::from(field.width) {
        title = ui.get("step-postcode");
    }
    Paragraph::new(text)
        .style(if focused { t.selected() } else { t.base() })
        .block(Block::bordered().title(title))
        .render(field, buf);
    let lines: Vec<Line> = match app.postcode() {
        None if app.postcode_incomplete() => vec![Line::styled(ui.get("postcode-incomplete"), t.help())],
        None if app.session.no_postcode => vec![Line::styled(ui.get("postcode-none"), t.good())],
        None => vec![Line::styled(ui.get("postcode-empty"), t.help())],
        Some(Ok(pc)) if !pc.in_scope() => {
            vec![Line::styled(
                format!("{}: {}", pc.normalised, texts::outside_uk(ui, pc.status, pc.territory)),
                t.warn(),
            )]
        }
        Some(Ok(pc)) => {
            let nations: Vec<String> = pc.nations.iter().map(|n| texts::nation(ui, n)).collect();
            let mut place = texts::list_or(ui, &nations);
            if let Some(r) = pc.region {
                place = format!("{place}, {r}");
            }
            let las: Vec<&str> = pc.local_authorities.iter().map(|(_, n)| *n).collect();
            if !las.is_empty() {
                place = format!("{place}, {}", las.join(" / "));
            }
            // A tick only for a home address: GIR 0AA and other non-geographic codes get a "!".
            let home = pc.status != Status::NonGeographic;
            let mut lines = vec![Line::styled(
                format!(
                    "{} {}: {}",
                    if home { "✓" } else { "!" },
                    pc.normalised,
                    ui.fmt("postcode-found", &[("place", Arg::Str(place))])
                ),
                if home { t.good() } else { t.warn() },
            )];
            if !home {
                lines.push(Line::styled(ui.get("check-not-home"), t.warn()));
            }
            if pc.nations.len() > 1 {
                lines.push(Line::raw(
                    ui.fmt("place-border", &[("nations", texts::list_or(ui, &nations).into())]),
                ));
            }
            lines
        }
        Some(Err(e)) => {
            let (message, hint) = texts::postcode_error(ui, &e);
            let mut lines = vec![Line::styled(format!("✗ {message}"), t.warn()), Line::raw(hint)];
            if e.suggestion().is_some() {
                lines.push(Line::styled(ui.get("postcode-suggest"), t.help()));
            }
            lines
        }
    };
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(status, buf);
}
