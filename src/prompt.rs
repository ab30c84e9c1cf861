//! Secrets typed at a terminal (the kiosk PIN, a signing key's password): no echo, stars instead.

/// Reads a secret without echo; with `again`, asks a second time and insists both match.
pub fn secret(prompt: &str, again: Option<&str>) -> std::io::Result<String> {
    let first = read_hidden(prompt)?;
    if let Some(again) = again {
        let second = read_hidden(again)?;
        let same = second == first;
        crate::answers::wipe_string(second);
        if !same {
            crate::answers::wipe_string(first);
            return Err(std::io::Error::other("the two entries differ"));
        }
    }
    Ok(first)
}

/// A line typed with echo off (raw mode), shown as stars.
fn read_hidden(prompt: &str) -> std::io::Result<String> {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use ratatui::crossterm::terminal;
    use std::io::Write;
    let mut err = std::io::stderr();
    write!(err, "{prompt}")?;
    err.flush()?;
    terminal::enable_raw_mode()?;
    let mut pin = String::new();
    let result = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(std::io::Error::other("cancelled"));
                }
                KeyCode::Backspace if pin.pop().is_some() => {
                    let _ = write!(err, "\u{8} \u{8}");
                }
                KeyCode::Char(c) => {
                    pin.push(c);
                    let _ = write!(err, "*");
                }
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
        let _ = err.flush();
    };
    terminal::disable_raw_mode()?;
    writeln!(err)?;
    result.map(|()| pin)
}
