//! Secrets typed at a terminal (the kiosk PIN, a signing key's password): no echo, stars instead.

/// A secret that is overwritten when dropped, on every path (errors included).
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Hands the text to a library that takes ownership (it is then the library's to drop).
    pub(crate) fn into_inner(mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Secret {
        Secret(s)
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        crate::answers::wipe_string(std::mem::take(&mut self.0));
    }
}

/// Reads a secret without echo; with `again`, asks a second time and insists both match.
pub(crate) fn secret(prompt: &str, again: Option<&str>) -> std::io::Result<Secret> {
    let first = read_hidden(prompt)?;
    if let Some(again) = again
        && read_hidden(again)?.expose() != first.expose()
    {
        return Err(std::io::Error::other("the two entries differ"));
    }
    Ok(first)
}

/// A line typed with echo off (raw mode), shown as stars.
fn read_hidden(prompt: &str) -> std::io::Result<Secret> {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use ratatui::crossterm::terminal;
    use std::io::Write;
    let mut err = std::io::stderr();
    write!(err, "{prompt}")?;
    err.flush()?;
    terminal::enable_raw_mode()?;
    // Room enough that typing never reallocates (a reallocation would leave a copy unwiped).
    let mut pin = Secret(String::with_capacity(256));
    let result = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(std::io::Error::other("cancelled"));
                }
                KeyCode::Backspace if pin.0.pop().is_some() => {
                    let _ = write!(err, "\u{8} \u{8}");
                }
                KeyCode::Char(c) if pin.0.len() + c.len_utf8() <= pin.0.capacity() => {
                    pin.0.push(c);
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
