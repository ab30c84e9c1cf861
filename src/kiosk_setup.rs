//! The kiosk's process-level duties (no core dumps) and the admin's `kiosk hash-pin` helper.

use crate::failure::Failure;

/// No core dump and no ptrace attach by other users' processes: a crash leaves no answers on disk.
pub(crate) fn lock_down_process() {
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

/// Reads the PIN twice without echo (or once per line from a pipe) and prints its argon2id hash.
pub(crate) fn hash_pin() -> Result<String, Failure> {
    use std::io::IsTerminal;
    let bad = |m: &str| Failure::usage(m.to_string(), "run `tariff-finder kiosk hash-pin` again");
    // Wiped on every way out, the early returns included.
    let mut pin: crate::prompt::Secret = if std::io::stdin().is_terminal() {
        crate::prompt::secret("Admin PIN (4 to 32 characters): ", Some("The same PIN again: "))
            .map_err(|e| bad(&e.to_string()))?
    } else {
        let mut lines = std::io::stdin().lines();
        lines.next().and_then(Result::ok).unwrap_or_default().into()
    };
    let trimmed = pin.expose().trim_end_matches(['\r', '\n']);
    if trimmed.len() != pin.expose().len() {
        pin = trimmed.to_string().into();
    }
    let count = pin.expose().chars().count();
    if !(4..=32).contains(&count) {
        return Err(bad("a PIN needs 4 to 32 characters"));
    }
    let hash = crate::pin::hash_pin(pin.expose()).map_err(|e| Failure::bare(crate::failure::Exit::Failed, e))?;
    Ok(format!(
        "# Put this line in the [kiosk] section of /etc/tariff-finder/config.toml:\nadmin_pin_hash = \"{hash}\"\n"
    ))
}
