//! Keys become intents here, and only here: the rest of the TUI never sees crossterm.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Something the person at the keyboard means to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Next,
    Back,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    /// Tick or untick, or choose.
    Toggle,
    /// A character typed into the focused text field.
    Char(char),
    Backspace,
    /// Jump to the results from any step.
    Results,
    /// Switch between the wizard and the one-screen adviser mode.
    Adviser,
    Help,
    /// Forget every answer and start again.
    NewResident,
    Theme,
    /// Quit, asking first if answers were entered.
    Quit,
    /// Accept "did you mean …?".
    AcceptSuggestion,
    Yes,
    No,
    SaveHtml,
    SaveMarkdown,
    Print,
    Copy,
    /// Fetch the newest catalogue now (adviser laptops with `[refresh] url`).
    Refresh,
    /// Kiosk only: the staff chord (Ctrl+Alt+A) that asks for the admin PIN.
    Admin,
    /// Someone is there (a click on empty space): a kiosk's idle clock restarts, nothing else.
    Activity,
    /// The guidance: every offer with every detail, or the answer first (the default).
    ToggleFull,
    /// Text field editing: Home, End, Delete, Ctrl+U (clear), Ctrl+W (delete the word before).
    Home,
    End,
    Delete,
    ClearField,
    DeleteWord,
    /// A tap on a language in the first step's lists: (column, row).
    PickLanguage(u8, u8),
}

/// Pasted text longer than this is cut: no field takes more (a postcode 16, a PIN 32, the filter 32).
pub const MAX_PASTE_CHARS: usize = 64;

/// The intents of pasted text: its characters, typed into the focused field, when one has focus.
/// Line breaks and other controls are dropped, so a paste can never press Enter.
pub fn from_paste(text: &str, typing: bool) -> Vec<Intent> {
    if !typing {
        return vec![Intent::Activity];
    }
    let chars: Vec<Intent> = text
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_PASTE_CHARS)
        .map(Intent::Char)
        .collect();
    if chars.is_empty() {
        vec![Intent::Activity]
    } else {
        chars
    }
}

/// The intent of a key press. `typing` is true when a text field has focus: then letters are
/// text, and only function keys and Ctrl chords do anything else.
pub fn from_key(key: KeyEvent, typing: bool) -> Option<Intent> {
    // Windows reports releases too; only presses count.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Char('a') if ctrl && alt => Intent::Admin,
        KeyCode::Char('c') if ctrl => Intent::Quit,
        KeyCode::Char('n') if ctrl => Intent::NewResident,
        KeyCode::Char('r') if ctrl => Intent::Refresh,
        KeyCode::Char('u') if ctrl => Intent::ClearField,
        KeyCode::Char('w') if ctrl => Intent::DeleteWord,
        KeyCode::Char(_) if ctrl => return None,
        KeyCode::Enter => Intent::Next,
        KeyCode::Tab => Intent::Next,
        KeyCode::BackTab | KeyCode::Esc => Intent::Back,
        KeyCode::Up => Intent::Up,
        KeyCode::Down => Intent::Down,
        KeyCode::Left => Intent::Left,
        KeyCode::Right => Intent::Right,
        KeyCode::PageUp => Intent::PageUp,
        KeyCode::PageDown => Intent::PageDown,
        KeyCode::Backspace => Intent::Backspace,
        KeyCode::Delete => Intent::Delete,
        KeyCode::Home => Intent::Home,
        KeyCode::End => Intent::End,
        KeyCode::F(1) => Intent::Help,
        KeyCode::F(2) => Intent::Adviser,
        KeyCode::F(3) => Intent::AcceptSuggestion,
        KeyCode::F(5) => Intent::Results,
        KeyCode::F(12) => Intent::NewResident,
        KeyCode::Char(' ') if !typing => Intent::Toggle,
        KeyCode::Char(c) if typing => Intent::Char(c),
        KeyCode::Char('q') => Intent::Quit,
        KeyCode::Char('?') => Intent::Help,
        KeyCode::Char('r') => Intent::Results,
        KeyCode::Char('t') => Intent::Theme,
        KeyCode::Char('y') => Intent::Yes,
        KeyCode::Char('n') => Intent::No,
        KeyCode::Char('s') => Intent::SaveHtml,
        KeyCode::Char('m') => Intent::SaveMarkdown,
        KeyCode::Char('p') => Intent::Print,
        KeyCode::Char('c') => Intent::Copy,
        KeyCode::Char('f') => Intent::ToggleFull,
        KeyCode::Char('k') => Intent::Up,
        KeyCode::Char('j') => Intent::Down,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn q_is_text_while_typing_and_quit_otherwise() {
        assert_eq!(from_key(key(KeyCode::Char('q')), true), Some(Intent::Char('q')));
        assert_eq!(from_key(key(KeyCode::Char('q')), false), Some(Intent::Quit));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(from_key(ctrl_c, true), Some(Intent::Quit));
        assert_eq!(from_key(key(KeyCode::Esc), true), Some(Intent::Back));
        assert_eq!(from_key(key(KeyCode::F(5)), true), Some(Intent::Results));
        let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
        assert_eq!(from_key(ctrl_r, true), Some(Intent::Refresh));
    }

    #[test]
    fn the_staff_chord_and_clear_keys() {
        let chord = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL | KeyModifiers::ALT);
        assert_eq!(from_key(chord, true), Some(Intent::Admin));
        let ctrl_a = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL);
        assert_eq!(from_key(ctrl_a, false), None);
        assert_eq!(from_key(key(KeyCode::F(12)), true), Some(Intent::NewResident));
        // Ctrl+Z and Ctrl+\ are keys like any other in raw mode, and mean nothing.
        for c in ['z', '\\'] {
            assert_eq!(
                from_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL), false),
                None
            );
        }
    }

    #[test]
    fn a_paste_is_text_for_the_focused_field_and_never_a_key() {
        let long = "B1 1BB\n".repeat(500);
        let typed = from_paste(&long, true);
        assert_eq!(typed.len(), MAX_PASTE_CHARS, "capped");
        assert!(
            typed.iter().all(|i| matches!(i, Intent::Char(c) if *c != '\n')),
            "no Enter"
        );
        assert_eq!(
            from_paste(&long, false),
            vec![Intent::Activity],
            "nothing is typed without a field"
        );
        assert_eq!(from_paste("\x1b[", true), vec![Intent::Char('[')]);
    }

    #[test]
    fn releases_are_ignored() {
        let mut k = key(KeyCode::Enter);
        k.kind = KeyEventKind::Release;
        assert_eq!(from_key(k, false), None);
    }
}
