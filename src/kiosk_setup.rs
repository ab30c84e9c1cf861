//! The kiosk's process-level duties (no core dumps) and the admin's `kiosk hash-pin` helper.

use crate::check::Failure;

/// No core dump and no ptrace attach by other users' processes: a crash leaves no answers on disk.
pub fn lock_down_process() {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls with valid arguments; failure leaves the defaults, which we report.
    unsafe {
        if libc::setrlimit(libc::RLIMIT_CORE, &none) != 0 {
            eprintln!("tariff-finder: could not switch off core dumps");
        }
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

/// The core-dump limit now in force, for tests.
pub fn core_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we own.
    unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut limit) };
    limit.rlim_cur
}

/// Reads the PIN twice without echo (or once per line from a pipe) and prints its argon2id hash.
pub fn hash_pin() -> Result<String, Failure> {
    use std::io::IsTerminal;
    let bad = |m: &str| Failure::usage(m.to_string(), "run `tariff-finder kiosk hash-pin` again");
    let (first, second) = if std::io::stdin().is_terminal() {
        let first = read_hidden("Admin PIN (4 to 32 characters): ").map_err(|e| bad(&e.to_string()))?;
        let second = read_hidden("The same PIN again: ").map_err(|e| bad(&e.to_string()))?;
        (first, second)
    } else {
        let mut lines = std::io::stdin().lines();
        let first = lines.next().and_then(Result::ok).unwrap_or_default();
        (first.clone(), first)
    };
    if first != second {
        return Err(bad("the two PINs differ"));
    }
    let pin = first.trim_end_matches(['\r', '\n']).to_string();
    let count = pin.chars().count();
    if !(4..=32).contains(&count) {
        return Err(bad("a PIN needs 4 to 32 characters"));
    }
    let hash = crate::tui::kiosk::hash_pin(&pin).map_err(|e| Failure {
        code: 1,
        message: e,
        hint: None,
    })?;
    crate::answers::wipe_string(pin);
    crate::answers::wipe_string(second);
    Ok(format!(
        "# Put this line in the [kiosk] section of /etc/tariff-finder/config.toml:\nadmin_pin_hash = \"{hash}\"\n"
    ))
}

/// A line typed with echo off (raw mode), shown as stars.
pub fn read_hidden(prompt: &str) -> std::io::Result<String> {
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
                KeyCode::Backspace if pin.pop().is_some() => write!(err, "\u{8} \u{8}")?,
                KeyCode::Char(c) => {
                    pin.push(c);
                    write!(err, "*")?;
                }
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
        err.flush()?;
    };
    terminal::disable_raw_mode()?;
    writeln!(err)?;
    result.map(|()| pin)
}
