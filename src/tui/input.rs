//! Terminal input on its own thread, so that nothing the terminal sends can stop the clock.
//!
//! crossterm's reader blocks inside `read` when a key starts an escape sequence and never ends
//! it (Alt+[ or a pasted `ESC [`), and spins when the terminal is gone. On the UI thread that
//! froze the kiosk's idle wipe with a resident's answers on screen. Here the reader may block or
//! fail as it likes: the UI thread waits on a channel with a timeout, keeps its clock, notices
//! signals and a hung-up terminal, and leaves when it must (the process ends the reader).

use std::sync::mpsc::Sender;

use ratatui::crossterm::event::{self, Event};

/// What arrives from the terminal.
pub(crate) enum Incoming {
    Event(Event),
    /// The terminal cannot be read any more.
    Closed,
}

/// Starts the reader; it sends until the receiver is gone or the terminal fails.
pub(crate) fn spawn<T: Send + 'static>(tx: Sender<T>, wrap: fn(Incoming) -> T) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("terminal-input".into())
        .spawn(move || {
            loop {
                let incoming = match event::read() {
                    Ok(e) => Incoming::Event(e),
                    Err(_) => Incoming::Closed,
                };
                let closed = matches!(incoming, Incoming::Closed);
                if tx.send(wrap(incoming)).is_err() || closed {
                    return;
                }
            }
        })?;
    Ok(())
}
