//! The interactive wizard: keys -> intents -> `App::update` -> render. This module is the shell:
//! the terminal, the event loop and the effects (files, clipboard) live here and nowhere else.

pub mod app;
pub mod intent;
pub mod steps;
pub mod theme;
pub mod view;

use std::io::Write;
use std::path::PathBuf;

use ratatui::crossterm::event::{self, Event};

use app::{App, Effect};

/// Runs the wizard until the person quits. The terminal is restored on every exit path: ratatui's
/// panic hook restores it after a panic too.
pub fn run(mut app: App) -> std::io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let result = (|| -> std::io::Result<()> {
        loop {
            terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
            match event::read()? {
                Event::Key(key) => {
                    if let Some(intent) = intent::from_key(key, app.typing()) {
                        let before = (app.step, app.adviser, app.overlay, app.ui_lang);
                        let effect = app.update(intent);
                        // Terminals place combining marks (Gurmukhi, Bengali) differently from the
                        // cell grid; a new screen starts from a clean slate so none are left behind.
                        if before != (app.step, app.adviser, app.overlay, app.ui_lang) {
                            terminal.clear()?;
                        }
                        if apply(&mut app, effect)? {
                            return Ok(());
                        }
                    }
                }
                // A resize simply redraws at the new size on the next pass.
                Event::Resize(..) => {}
                _ => {}
            }
        }
    })();
    // Wipe the answers before the memory is given back.
    app.answers.wipe();
    ratatui::try_restore()?;
    result
}

/// Carries out an effect; true means quit.
fn apply(app: &mut App, effect: Effect) -> std::io::Result<bool> {
    match effect {
        Effect::None => {}
        Effect::Quit => return Ok(true),
        Effect::Save { name, contents } => {
            let folder =
                std::env::var_os("TARIFF_FINDER_HANDOUT_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
            let path = folder.join(name);
            app.message = Some(match std::fs::write(&path, contents) {
                Ok(()) => app.ui.fmt("saved-to", &[("path", path.display().to_string().into())]),
                Err(e) => app.ui.fmt("save-failed", &[("reason", e.to_string().into())]),
            });
        }
        Effect::Print => app.message = Some(app.ui.get("no-print-command")),
        Effect::Copy(text) => {
            // OSC 52: the terminal puts the text on the clipboard; nothing is written to disk.
            let mut out = std::io::stdout();
            write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()))?;
            out.flush()?;
            app.message = Some(app.ui.get("copied"));
        }
    }
    Ok(false)
}

/// Standard base64, for OSC 52.
fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("£15.00".as_bytes()), "wqMxNS4wMA==");
    }
}
