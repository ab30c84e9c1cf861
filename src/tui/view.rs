//! Rendering: a pure function of the state. The frame (header, footer, overlays) is here; each
//! step draws its body in `steps/`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Step};
use super::intent::Intent;
use super::steps;
use crate::i18n::Arg;

pub(crate) const MIN_WIDTH: u16 = 80;
/// Between the entries of the keys line.
const KEY_SEPARATOR: &str = " · ";

/// A button on the keys line: the key as printed (the same in every language), what it does,
/// and the message id of its word.
struct KeyButton {
    key: &'static str,
    intent: Intent,
    word: &'static str,
}

const fn button(key: &'static str, intent: Intent, word: &'static str) -> KeyButton {
    KeyButton { key, intent, word }
}

const WIZARD_KEYS: [KeyButton; 6] = [
    button("Enter", Intent::Next, "key-next"),
    button("Esc", Intent::Back, "key-back"),
    button("F1", Intent::Help, "key-help"),
    button("F2", Intent::Adviser, "key-adviser"),
    button("F5", Intent::Results, "key-results"),
    button("Ctrl+N", Intent::NewResident, "key-new-resident"),
];

const KIOSK_KEYS: [KeyButton; 6] = [
    button("F12", Intent::NewResident, "key-clear"),
    button("Enter", Intent::Next, "key-next"),
    button("Esc", Intent::Back, "key-back"),
    button("F1", Intent::Help, "key-help"),
    button("F5", Intent::Results, "key-results"),
    button("T", Intent::Theme, "key-colours"),
];
pub(crate) const MIN_HEIGHT: u16 = 24;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        buf.set_style(area, t.base());
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            Paragraph::new(self.ui.get("too-small"))
                .style(t.warn())
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let [header, body, message, keys, footer] = frame_layout(area);
        self.header(header, buf);
        if self.view.adviser {
            steps::adviser::render(self, body, buf);
        } else {
            match self.view.step {
                Step::Languages => steps::languages::render(self, body, buf),
                Step::Benefits => steps::benefits::render(self, body, buf),
                Step::Home => steps::home::render(self, body, buf),
                Step::Postcode => steps::postcode::render(self, body, buf),
                Step::Results => steps::results::render(self, body, buf),
                Step::Guidance => steps::guidance::render(self, body, buf),
            }
        }
        if let Some(m) = &self.view.message {
            Paragraph::new(m.as_str()).style(t.good()).render(message, buf);
        } else if let Some(notice) = self.reads_best_printed() {
            Paragraph::new(notice).style(t.warn()).render(message, buf);
        } else if let Some(w) = self.kiosk.as_ref().and_then(|k| k.warning.as_ref())
            && self.view.step == Step::Languages
        {
            // For the admin, in English: they set the laptop up from English docs.
            Paragraph::new(format!("Admin: {w}"))
                .style(t.warn())
                .render(message, buf);
        }
        let labels: Vec<String> = self.key_buttons(keys.width).into_iter().map(|(_, l)| l).collect();
        Paragraph::new(labels.join(KEY_SEPARATOR))
            .style(t.help())
            .render(keys, buf);
        self.footer(footer, buf);
        match self.view.overlay {
            Overlay::Help => self.help(area, buf),
            Overlay::ConfirmQuit => self.confirm(area, buf),
            Overlay::None => {}
        }
        if let Some(k) = &self.kiosk {
            if let Some(pin) = &k.pin {
                self.pin_prompt(pin.chars().count(), area, buf);
            } else if let Some(left) = k.countdown_left() {
                self.countdown(left, k.countdown.as_secs(), area, buf);
            }
        }
    }
}

impl App {
    fn header(&self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let where_ = if self.view.adviser {
            self.ui.get("adviser-mode")
        } else {
            format!(
                "{} · {}",
                self.ui.get(self.view.step.message_id()),
                self.ui.fmt(
                    "step-of",
                    &[
                        ("step", Arg::Num(self.view.step.index() as i64 + 1)),
                        ("total", Arg::Num(Step::ALL.len() as i64))
                    ]
                )
            )
        };
        // The resident's language, always in sight when it is not the screen's (or in adviser
        // mode, where no step shows it): the guidance and handout come out in it.
        let where_ = if self.view.adviser || self.lang != self.ui_lang {
            format!("{where_} · {}", self.lang.native_name())
        } else {
            where_
        };
        // A kiosk has no quit key to offer; its keys line says how to clear the answers instead.
        let quit = match (self.kiosk.is_some(), self.typing()) {
            (true, _) => String::new(),
            (false, true) => self.ui.get("keys-typing"),
            (false, false) => self.ui.get("keys-quit"),
        };
        // Never cut: where the person is and how to quit matter more than the app's name, which
        // goes first when a language's words do not fit.
        let mut line = Line::from(vec![
            Span::styled(self.ui.get("app-title"), t.title()),
            Span::raw("  "),
            Span::styled(where_, t.heading()),
            Span::raw("  "),
            Span::styled(quit, t.help()),
        ]);
        // Measured as the buffer lays it out.
        let cells: usize = line.spans.iter().map(|s| steps::fit::cells(&s.content)).sum();
        if cells > usize::from(area.width) {
            line.spans.drain(..2);
        }
        Paragraph::new(line)
            .block(Block::new().borders(Borders::BOTTOM))
            .render(area, buf);
    }

    fn footer(&self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let cat = &self.setup.catalogue;
        let range = cat.facts_range();
        let oldest = range.map(|(o, _)| o);
        let month = |d: Option<crate::date::Date>| {
            d.map_or("?".to_string(), |d| crate::guidance::texts::month_year(&self.ui, d))
        };
        let mut text = self.ui.fmt(
            "footer-catalogue",
            &[
                ("edition", cat.edition.to_string().into()),
                (
                    "source",
                    self.ui.get(&format!("origin-{}", self.setup.origin.label())).into(),
                ),
                ("oldest", month(oldest).into()),
                ("newest", month(range.map(|(_, n)| n)).into()),
            ],
        );
        let old = oldest.is_some_and(|o| o.months_until(self.setup.today) >= 12);
        if old {
            text.push_str(&format!(" ({})", self.ui.get("footer-old")));
        }
        Paragraph::new(text)
            .style(if old { t.warn() } else { t.help() })
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }

    fn help(&self, area: Rect, buf: &mut Buffer) {
        let popup = centered(area, 70, 17);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(self.ui.get("help-title"))
            .style(self.theme.base());
        // A kiosk's own keys: nothing about quitting, adviser mode or fetching a catalogue.
        let mut body = self.ui.get(if self.kiosk.is_some() {
            "help-body-kiosk"
        } else {
            "help-body"
        });
        if self.kiosk.is_none() {
            body.push('\n');
            body.push_str(&self.ui.get("help-refresh"));
            body.push('\n');
            body.push_str(&self.ui.get("help-adviser"));
        }
        Paragraph::new(body)
            .block(block)
            .wrap(Wrap { trim: false })
            .render(popup, buf);
    }

    fn confirm(&self, area: Rect, buf: &mut Buffer) {
        let popup = centered(area, 60, 5);
        Clear.render(popup, buf);
        let block = Block::bordered().style(self.theme.base());
        Paragraph::new(self.ui.get("quit-confirm"))
            .style(self.theme.warn())
            .block(block)
            .wrap(Wrap { trim: true })
            .render(popup, buf);
    }
}

/// Header, body, message line, keys line, footer: one layout for drawing and for clicks.
fn frame_layout(area: Rect) -> [Rect; 5] {
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(5),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(area)
}

impl App {
    /// Until the terminal is proven for these scripts (issue 18), the adviser is told on the
    /// results and guidance steps that the printed handout is the reliable form.
    fn reads_best_printed(&self) -> Option<String> {
        use crate::i18n::Lang;
        let shown = self.view.adviser || matches!(self.view.step, Step::Results | Step::Guidance);
        (shown && matches!(self.lang, Lang::Ur | Lang::Ar | Lang::Pa | Lang::Bn)).then(|| {
            self.ui
                .fmt("print-reads-best", &[("language", self.lang.native_name().into())])
        })
    }

    /// The keys line's buttons that fit in `width`, whole: a button that does not fit is left
    /// out, never cut. A kiosk's "F12 clear my answers" comes first, so that no language's
    /// longer words push it off the screen. Drawing and clicks both use this list.
    pub fn key_buttons(&self, width: u16) -> Vec<(Intent, String)> {
        use unicode_width::UnicodeWidthStr;
        let table = if self.kiosk.is_some() {
            &KIOSK_KEYS
        } else {
            &WIZARD_KEYS
        };
        let mut used = 0;
        let mut shown = Vec::new();
        for button in table {
            // The last step has no next one: its own actions line says what Enter would not.
            if button.intent == Intent::Next && self.view.step == Step::Guidance && !self.view.adviser {
                continue;
            }
            let label = format!("{} {}", button.key, self.ui.get(button.word));
            let needed = steps::fit::cells(&label) + if shown.is_empty() { 0 } else { KEY_SEPARATOR.width() };
            if used + needed <= usize::from(width) {
                used += needed;
                shown.push((button.intent, label));
            }
        }
        shown
    }

    /// A click works as the key under it on the keys line ("Enter next", "F12 …": every key on
    /// the line is a button, in every language, since the key names are the same in all), or as
    /// a tap on a language in the first step.
    pub fn click(&self, area: Rect, column: u16, row: u16) -> Option<Intent> {
        use unicode_width::UnicodeWidthStr;
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let [_, body, _, keys, _] = frame_layout(area);
        if row != keys.y {
            let picking = self.view.step == Step::Languages && !self.view.adviser && self.view.overlay == Overlay::None;
            return if picking {
                steps::languages::tapped(self, body, column, row)
            } else {
                None
            };
        }
        let mut start = keys.x;
        for (intent, label) in self.key_buttons(keys.width) {
            let end = start + steps::fit::cells(&label) as u16;
            if (start..end).contains(&column) {
                return Some(intent);
            }
            start = end + KEY_SEPARATOR.width() as u16;
        }
        None
    }

    /// "Are you still there?", in words and numbers, with a bar that empties.
    fn countdown(&self, left: u64, total: u64, area: Rect, buf: &mut Buffer) {
        let popup = centered(area, 64, 9);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(self.ui.get("kiosk-countdown-title"))
            .style(self.theme.base());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let [words, bar, more] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1), Constraint::Length(2)]).areas(inner);
        let text = format!(
            "{}\n{}",
            self.ui.get("kiosk-countdown"),
            self.ui.fmt("kiosk-seconds-left", &[("seconds", Arg::Num(left as i64))])
        );
        Paragraph::new(text)
            .style(self.theme.warn())
            .wrap(Wrap { trim: true })
            .render(words, buf);
        let filled = (usize::from(bar.width) * left as usize / total.max(1) as usize).min(usize::from(bar.width));
        let gauge = format!("{}{}", "█".repeat(filled), "░".repeat(usize::from(bar.width) - filled));
        Paragraph::new(gauge).style(self.theme.heading()).render(bar, buf);
        Paragraph::new(self.ui.get("kiosk-more-time"))
            .style(self.theme.good())
            .wrap(Wrap { trim: true })
            .render(more, buf);
    }

    /// The staff PIN prompt: stars only, never the digits.
    fn pin_prompt(&self, typed: usize, area: Rect, buf: &mut Buffer) {
        let popup = centered(area, 60, 7);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(self.ui.get("kiosk-pin-title"))
            .style(self.theme.base());
        let text = format!("{}\n\n> {}", self.ui.get("kiosk-pin-prompt"), "*".repeat(typed));
        Paragraph::new(text)
            .block(block)
            .wrap(Wrap { trim: false })
            .render(popup, buf);
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Lines with a cursor line kept in view: the scroll offset that shows `cursor`.
pub(crate) fn scroll_for(cursor: usize, height: usize) -> usize {
    cursor.saturating_sub(height.saturating_sub(1))
}

/// A line marked as the cursor's: `› ` and reversed; others get two spaces.
pub(crate) fn cursor_line<'a>(selected: bool, text: String, style: Style, selected_style: Style) -> Line<'a> {
    if selected {
        Line::from(Span::styled(format!("› {text}"), selected_style))
    } else {
        Line::from(Span::styled(format!("  {text}"), style))
    }
}
