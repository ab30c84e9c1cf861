//! The real terminal: raw mode, the alternate screen and bracketed paste on the way in, all of it
//! undone on every way out; and a backend that never asks the terminal anything.
//!
//! ratatui's `Terminal::clear` asks the terminal where the cursor is and gives up after 2 s. A
//! paste of a few thousand characters (or a terminal that never answers) then ended a kiosk
//! with an error. The wizard hides the cursor and draws full screen, so the cursor's position is
//! whatever we last put there: this backend remembers it instead of asking.

use std::io::{self, Stdout, Write};

use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::{event, execute, terminal};
use ratatui::layout::{Position, Size};

pub(crate) struct Screen {
    inner: CrosstermBackend<Stdout>,
    cursor: Position,
}

impl Backend for Screen {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// Raw mode, the alternate screen and bracketed paste (a paste arrives as one piece of text, not
/// as keys that could press Enter). A panic restores the terminal before its message.
pub(crate) fn init() -> io::Result<Terminal<Screen>> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        hook(info);
    }));
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        event::EnableBracketedPaste
    )?;
    Terminal::new(Screen {
        inner: CrosstermBackend::new(io::stdout()),
        cursor: Position::ORIGIN,
    })
}

/// Leaves the terminal as it was found (safe to call twice).
pub(crate) fn restore() -> io::Result<()> {
    // Raw mode first: leaving it has more effects than leaving the alternate screen.
    let raw = terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, event::DisableBracketedPaste, event::DisableMouseCapture);
    execute!(out, terminal::LeaveAlternateScreen, ratatui::crossterm::cursor::Show)?;
    out.flush()?;
    raw
}

/// True when the terminal on standard input has gone (window closed, session killed, SSH
/// dropped): the kernel reports a hang-up on it.
pub(crate) fn hung_up() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } != 1 {
        // Not our terminal (crossterm then reads /dev/tty): end of input is seen by the reader.
        return false;
    }
    let mut fds = [libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: 0,
        revents: 0,
    }];
    // SAFETY: one valid pollfd for the duration of the call; a zero timeout never blocks.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
    n > 0 && fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}
