//! Colours. State is never shown by colour alone: ticks are [x], the cursor is › and reversed,
//! errors start with a word. The plain theme uses modifiers only, so NO_COLOR loses nothing.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Default,
    HighContrast,
    /// No colours at all: chosen automatically when NO_COLOR is set.
    Plain,
}

impl Theme {
    pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Theme {
        if get("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            Theme::Plain
        } else {
            Theme::Default
        }
    }

    /// The config's theme, unless NO_COLOR asks for none.
    pub fn from_config(name: Option<crate::config::ThemeName>, get: impl Fn(&str) -> Option<String>) -> Theme {
        use crate::config::ThemeName;
        match (Theme::from_environment(get), name) {
            (Theme::Plain, _) | (_, Some(ThemeName::Mono)) => Theme::Plain,
            (_, Some(ThemeName::HighContrast)) => Theme::HighContrast,
            _ => Theme::Default,
        }
    }

    pub fn next(self) -> Theme {
        match self {
            Theme::Default => Theme::HighContrast,
            Theme::HighContrast => Theme::Plain,
            Theme::Plain => Theme::Default,
        }
    }

    pub fn base(self) -> Style {
        match self {
            Theme::HighContrast => Style::new().fg(Color::White).bg(Color::Black),
            _ => Style::new(),
        }
    }

    pub fn title(self) -> Style {
        match self {
            Theme::Default => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Theme::HighContrast => Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Theme::Plain => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    pub fn heading(self) -> Style {
        match self {
            Theme::Default => Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Theme::HighContrast => Style::new()
                .fg(Color::White)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Theme::Plain => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// The line the cursor is on.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn help(self) -> Style {
        match self {
            Theme::Default => Style::new().fg(Color::Gray),
            Theme::HighContrast => Style::new().fg(Color::White).bg(Color::Black),
            Theme::Plain => Style::new(),
        }
    }

    pub fn good(self) -> Style {
        match self {
            Theme::Default => Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            Theme::HighContrast => Style::new()
                .fg(Color::LightGreen)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Theme::Plain => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    pub fn warn(self) -> Style {
        match self {
            Theme::Default => Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD),
            Theme::HighContrast => Style::new()
                .fg(Color::LightYellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Theme::Plain => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_plain() {
        assert_eq!(
            Theme::from_environment(|k| (k == "NO_COLOR").then(|| "1".into())),
            Theme::Plain
        );
        assert_eq!(Theme::from_environment(|_| None), Theme::Default);
        assert_eq!(
            Theme::from_environment(|k| (k == "NO_COLOR").then(String::new)),
            Theme::Default
        );
    }

    #[test]
    fn plain_has_no_colour() {
        for s in [
            Theme::Plain.title(),
            Theme::Plain.heading(),
            Theme::Plain.selected(),
            Theme::Plain.warn(),
            Theme::Plain.good(),
        ] {
            assert_eq!((s.fg, s.bg), (None, None));
        }
    }
}
