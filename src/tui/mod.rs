//! The interactive wizard: keys -> intents -> `App::update` -> render. This module is the shell:
//! the terminal, the event loop and the effects (files, clipboard) live here and nowhere else.

pub mod app;
pub(crate) mod field;
pub(crate) mod input;
pub mod intent;
pub mod kiosk;
pub(crate) mod screen;
pub(crate) mod steps;
pub mod theme;
pub(crate) mod view;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, MouseEventKind};

use app::{App, Done, Effect};
use input::Incoming;
use intent::Intent;

/// What the shell needs beyond the app's state, from the run's `Setup`: where handouts go, and
/// where a newer catalogue may appear (switched in at a kiosk's reset).
#[derive(Default)]
struct Settings {
    pub handout: crate::config::Handout,
    pub catalogue_path: Option<PathBuf>,
    /// Signed cached catalogues: a newer one is switched in at a kiosk's reset.
    pub caches: crate::catalogue_source::Caches,
    /// Where and how often to fetch a newer catalogue (never in a kiosk).
    pub refresh: crate::config::Refresh,
    /// The live postcode service, when one is set up.
    pub postcode_lookup: Option<String>,
    pub mouse: bool,
}

/// Everything the UI thread waits for, on one channel.
enum Message {
    Terminal(Incoming),
    Done(Done),
}

/// Escape sequences that wipe the visible screen and the terminal's scrollback.
const CLEAR_ALL: &str = "\x1b[H\x1b[2J\x1b[3J";

/// How long the UI thread waits for input before the clock moves on: the kiosk's countdown,
/// signals and a closed terminal are all noticed within this.
const TICK: Duration = Duration::from_millis(200);

/// Input handled before the screen is drawn again: a long paste is taken in one go.
const BATCH: usize = 4096;

/// Runs the wizard until the person quits (or, in a kiosk, until the admin PIN or a supervisor's
/// SIGTERM/SIGHUP), or until the terminal goes away. The answers are wiped and the terminal
/// restored on every exit path; a panic restores it too, and in a kiosk its message carries no
/// state.
pub fn run(mut app: App, setup: &crate::setup::Setup) -> std::io::Result<()> {
    let settings = Settings {
        handout: setup.config.handout.clone(),
        catalogue_path: setup.catalogue_file.clone(),
        caches: setup.caches.clone(),
        refresh: setup.config.refresh.clone(),
        postcode_lookup: setup.config.postcode_lookup.url.clone(),
        mouse: setup.config.general.mouse.unwrap_or(setup.kiosk),
    };
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = screen::init()?;
    let kiosk = app.kiosk.is_some();
    if kiosk {
        std::panic::set_hook(Box::new(|_| {
            let _ = screen::restore();
            eprint!("{CLEAR_ALL}");
            eprintln!("tariff-finder stopped after an internal error. Nothing was saved.");
        }));
    }
    if settings.mouse {
        ratatui::crossterm::execute!(std::io::stdout(), event::EnableMouseCapture)?;
    }
    let (tx, rx) = channel();
    input::spawn(tx.clone(), Message::Terminal)?;
    let start = Instant::now();
    let mut refresher = Refresher::new(&settings, kiosk);
    if settings.refresh.on_start == Some(true) {
        refresher.start(&mut app, &settings, &tx);
    }
    let result = (|| -> std::io::Result<()> {
        let mut pending: Option<Message> = None;
        while !stop.load(Ordering::Relaxed) {
            if pending.is_none() {
                terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
            }
            let size = terminal.size()?;
            let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
            let message = match pending.take() {
                Some(m) => Some(m),
                None => match rx.recv_timeout(TICK) {
                    Ok(m) => Some(m),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return Ok(()),
                },
            };
            if screen::hung_up() {
                return Ok(());
            }
            let before = app.layout_key();
            let mut effects = Vec::new();
            let mut handled = 0;
            let mut next = message;
            loop {
                match next {
                    None => {
                        if refresher.due() {
                            refresher.start(&mut app, &settings, &tx);
                        }
                        effects.push(app.tick(start.elapsed()));
                    }
                    Some(Message::Terminal(Incoming::Closed)) => return Ok(()),
                    Some(Message::Terminal(Incoming::Event(e))) => {
                        for intent in intents(&app, area, e) {
                            effects.push(app.input(intent, start.elapsed()));
                        }
                    }
                    Some(Message::Done(done)) => finish(&mut app, &mut refresher, done),
                }
                handled += 1;
                // An effect (a file, a reset) is carried out before more input is read.
                if effects.iter().any(|e| *e != Effect::None) || handled >= BATCH {
                    break;
                }
                match rx.try_recv() {
                    Ok(m) => next = Some(m),
                    Err(_) => break,
                }
            }
            // Terminals place combining marks (Gurmukhi, Bengali) differently from the cell grid;
            // a new screen starts from a clean slate so none are left behind.
            if before != app.layout_key() {
                terminal.clear()?;
            }
            for effect in effects {
                match effect {
                    Effect::None => {}
                    Effect::Quit => return Ok(()),
                    Effect::Reset => {
                        let newer = newer_catalogue(&app, settings.catalogue_path.as_deref(), &settings.caches);
                        app.reset(newer);
                        terminal.clear()?;
                        let mut out = std::io::stdout();
                        write!(out, "{CLEAR_ALL}")?;
                        out.flush()?;
                    }
                    Effect::Refresh => refresher.start(&mut app, &settings, &tx),
                    other => apply(&mut app, other, &settings, &tx)?,
                }
            }
            // More input may be waiting: take it before drawing again.
            if handled >= BATCH {
                pending = rx.try_recv().ok();
            }
        }
        Ok(())
    })();
    // Wipe the answers and the typed postcode and filter before the memory is given back.
    app.new_resident();
    let restored = screen::restore();
    if kiosk {
        print!("{CLEAR_ALL}");
        let _ = std::io::stdout().flush();
    }
    result.and(restored)
}

/// What one terminal event means: a key, a paste (its characters, for the focused field only),
/// or a click. In a kiosk any click or scroll shows someone is there, even on empty space.
fn intents(app: &App, area: ratatui::layout::Rect, event: Event) -> Vec<Intent> {
    // Below 80x24 the screen only asks for a larger window: keys would act unseen. Ctrl+C still
    // quits (twice, since its question cannot be read either); a kiosk still counts the key
    // as someone being there.
    if area.width < view::MIN_WIDTH || area.height < view::MIN_HEIGHT {
        return match event {
            Event::Key(key) => match intent::from_key(key, app.typing()) {
                Some(Intent::Quit) => vec![Intent::Quit],
                Some(_) => vec![Intent::Activity],
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
    }
    match event {
        Event::Key(key) => intent::from_key(key, app.typing()).into_iter().collect(),
        Event::Paste(text) => intent::from_paste(&text, app.typing()),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollUp => vec![Intent::Up],
            MouseEventKind::ScrollDown => vec![Intent::Down],
            MouseEventKind::Down(event::MouseButton::Left) => {
                vec![app.click(area, m.column, m.row).unwrap_or(Intent::Activity)]
            }
            MouseEventKind::Down(_) | MouseEventKind::Drag(_) => vec![Intent::Activity],
            _ => Vec::new(),
        },
        // A resize simply redraws at the new size on the next pass.
        _ => Vec::new(),
    }
}

/// Background work has finished: the shell logs what is for staff, the app says the rest.
fn finish(app: &mut App, refresher: &mut Refresher, done: Done) {
    match &done {
        // The details are for staff: the system log, never the resident's screen.
        Done::Printed(Err(reason)) if app.kiosk.is_some() => {
            log_for_staff(&format!("printing a handout failed: {reason}"));
        }
        Done::Refreshed(_) => refresher.in_flight = false,
        _ => {}
    }
    app.on_done(done);
}

/// A line in the system log (the journal on a kiosk laptop): never personal data.
fn log_for_staff(line: &str) {
    let Ok(text) = std::ffi::CString::new(crate::text_safety::clean(line)) else {
        return;
    };
    // SAFETY: a constant format string and one NUL-terminated argument.
    unsafe {
        libc::openlog(c"tariff-finder".as_ptr(), libc::LOG_PID, libc::LOG_USER);
        libc::syslog(libc::LOG_WARNING, c"%s".as_ptr(), text.as_ptr());
    }
}

/// At a kiosk's reset: the catalogue file again, or else the newest signed cached copy, when it
/// is a newer valid edition than the one in use.
fn newer_catalogue(
    app: &App,
    path: Option<&Path>,
    caches: &crate::catalogue_source::Caches,
) -> Option<(crate::catalogue::Catalogue, crate::catalogue::Origin)> {
    // The file may have changed hands since start-up: the kiosk rule again, every time.
    if app.kiosk.is_some()
        && let Some(p) = path
        && crate::config::load::kiosk_trusts_file(p).is_err()
    {
        return None;
    }
    let (catalogue, origin) = crate::catalogue_source::load_catalogue(path, caches, &crate::i18n::Lang::ALL).ok()?;
    ((catalogue.edition, catalogue.serial) > (app.setup.catalogue.edition, app.setup.catalogue.serial))
        .then_some((catalogue, origin))
}

/// Background catalogue refreshes: on request, at start and every `interval_hours`; one at a time.
struct Refresher {
    in_flight: bool,
    last: Instant,
    every: Option<Duration>,
}

impl Refresher {
    fn new(settings: &Settings, kiosk: bool) -> Refresher {
        let every = settings
            .refresh
            .interval_hours
            .filter(|_| !kiosk && settings.refresh.url.is_some())
            .map(|h| Duration::from_secs(h.saturating_mul(3600)));
        Refresher {
            in_flight: false,
            last: Instant::now(),
            every,
        }
    }

    fn due(&self) -> bool {
        !self.in_flight && self.every.is_some_and(|every| self.last.elapsed() >= every)
    }

    fn start(&mut self, app: &mut App, settings: &Settings, done: &Sender<Message>) {
        if app.kiosk.is_some() || self.in_flight {
            return;
        }
        let (Some(url), Some(cache)) = (settings.refresh.url.clone(), crate::cache::user_dir()) else {
            app.on_done(Done::RefreshNotSetUp);
            return;
        };
        self.in_flight = true;
        self.last = Instant::now();
        app.on_done(Done::RefreshStarted);
        let keys = settings.caches.keys.clone();
        let in_use = app.setup.catalogue.clone();
        let today = app.setup.today;
        let done = done.clone();
        std::thread::spawn(move || {
            let plan = crate::refresh::Plan {
                url: &url,
                keys: &keys,
                cache: &cache,
                in_use: &in_use,
                today,
                limits: crate::refresh::LIMITS,
            };
            let _ = done.send(Message::Done(Done::Refreshed(crate::refresh::run(&plan))));
        });
    }
}

/// Carries out a file, print or clipboard effect.
fn apply(app: &mut App, effect: Effect, settings: &Settings, done: &Sender<Message>) -> std::io::Result<()> {
    match effect {
        Effect::None | Effect::Quit | Effect::Reset | Effect::Refresh => {}
        Effect::ConfirmPostcode(postcode) => {
            if let Some(base) = settings.postcode_lookup.clone() {
                let done = done.clone();
                // Only the postcode leaves the laptop; the answer comes back as an event.
                std::thread::spawn(move || {
                    let lookup = crate::postcode_lookup::confirm(&base, &postcode, crate::postcode_lookup::LIMITS);
                    let _ = done.send(Message::Done(Done::PostcodeChecked(postcode, lookup)));
                });
            }
        }
        Effect::Save { name, contents } => {
            let folder = match (&settings.handout.folder, app.kiosk.is_some()) {
                (Some(f), _) => f.clone(),
                // A public laptop keeps nothing unless its admin chose a folder.
                (None, true) => {
                    app.on_done(Done::SavingOff);
                    return Ok(());
                }
                (None, false) => {
                    std::env::var_os("TARIFF_FINDER_HANDOUT_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from)
                }
            };
            // A new file every time: a second handout the same day gets its own number, and a
            // name planted in a shared folder (a symlink) is never followed.
            let saved = crate::files::save_numbered(&folder, &name, contents.as_bytes());
            app.on_done(Done::Saved(saved.map_err(|e| e.to_string())));
        }
        Effect::Print { name, contents } => match settings.handout.print_command.clone() {
            None => app.on_done(Done::NoPrintCommand),
            Some(command) => {
                app.on_done(Done::PrintStarted);
                let done = done.clone();
                std::thread::spawn(move || {
                    let _ = done.send(Message::Done(Done::Printed(print(&command, &name, &contents))));
                });
            }
        },
        Effect::Copy(text) => {
            // OSC 52: the terminal puts the text on the clipboard; nothing is written to disk.
            let mut out = std::io::stdout();
            write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()))?;
            out.flush()?;
            app.on_done(Done::Copied);
        }
    }
    Ok(())
}

/// Writes the handout to a private temporary folder, runs the print command with its path, and
/// removes it again: the handout holds no personal data, and it does not stay behind either.
pub fn print(command: &[String], name: &str, contents: &str) -> Result<(), String> {
    let dir = tempfile::Builder::new()
        .prefix("tariff-finder-print-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let path = dir.path().join(name);
    std::fs::write(&path, contents).map_err(|e| e.to_string())?;
    let (program, args) = command.split_first().ok_or("empty print command")?;
    let output = std::process::Command::new(program)
        .args(args)
        .arg(&path)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("{program}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        let err = String::from_utf8_lossy(&output.stderr);
        Err(format!(
            "{program}: {} {}",
            output.status,
            err.lines().next().unwrap_or("")
        ))
    }
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

    fn kiosk_app() -> App {
        App::new(
            crate::catalogue::embedded(),
            crate::catalogue::Origin::Embedded,
            crate::i18n::Lang::EnGb,
            crate::i18n::Lang::EnGb,
            crate::date::Date::new(2026, 11, 26).unwrap(),
            theme::Theme::Plain,
        )
    }

    #[test]
    fn a_newer_valid_catalogue_is_switched_in_at_reset_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tariffs.toml");
        let text = include_str!("../../tariffs.toml");
        let app = kiosk_app();
        std::fs::write(&path, text).unwrap();
        assert!(
            newer_catalogue(&app, Some(&path), &crate::catalogue_source::Caches::default()).is_none(),
            "same edition and serial"
        );
        std::fs::write(&path, text.replacen("\nserial = 1\n", "\nserial = 2\n", 1)).unwrap();
        let (newer, _) =
            newer_catalogue(&app, Some(&path), &crate::catalogue_source::Caches::default()).expect("serial 2 is newer");
        assert_eq!(newer.serial, 2);
        std::fs::write(
            &path,
            text.replacen("\nedition = 2026-11-26\n", "\nedition = 2025-01-01\n", 1),
        )
        .unwrap();
        assert!(
            newer_catalogue(&app, Some(&path), &crate::catalogue_source::Caches::default()).is_none(),
            "older: rollback refused"
        );
        std::fs::write(&path, "serial = 9\nnot a catalogue").unwrap();
        assert!(
            newer_catalogue(&app, Some(&path), &crate::catalogue_source::Caches::default()).is_none(),
            "broken: the last good one stays"
        );
        assert!(newer_catalogue(&app, None, &crate::catalogue_source::Caches::default()).is_none());
    }

    #[test]
    fn a_newer_signed_cached_catalogue_is_switched_in_at_reset() {
        let dir = tempfile::tempdir().unwrap();
        let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let app = kiosk_app();
        let caches = crate::catalogue_source::Caches {
            dirs: vec![(dir.path().to_path_buf(), false)],
            keys: vec![pair.pk.clone()],
        };
        assert!(
            newer_catalogue(&app, None, &caches).is_none(),
            "an empty cache changes nothing"
        );
        let text = include_str!("../../tariffs.toml").replacen("\nserial = 1\n", "\nserial = 2\n", 1);
        let vouched = crate::signing::Vouched {
            edition: app.setup.catalogue.edition,
            serial: 2,
            expires: crate::date::Date::new(2099, 1, 1).unwrap(),
        };
        let sig = crate::signing::sign(text.as_bytes(), &pair.sk, vouched).unwrap();
        crate::cache::store(dir.path(), &text, &sig, vouched).unwrap();
        let (newer, origin) = newer_catalogue(&app, None, &caches).expect("serial 2 is newer");
        assert_eq!((newer.serial, origin.label()), (2, "cache"));
        // Signed by a key the laptop does not trust: not used.
        let stranger = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let untrusting = crate::catalogue_source::Caches {
            keys: vec![stranger.pk],
            ..caches.clone()
        };
        assert!(newer_catalogue(&app, None, &untrusting).is_none());
        // The kiosk rule: a folder others can write is not used.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let kiosk = crate::catalogue_source::Caches {
            dirs: vec![(dir.path().to_path_buf(), true)],
            ..caches
        };
        assert!(newer_catalogue(&app, None, &kiosk).is_none());
    }

    #[test]
    fn a_finished_refresh_reports_in_the_footer_and_switches_the_catalogue() {
        use crate::refresh::{RefreshError, Refreshed};
        let mut app = kiosk_app();
        let mut r = Refresher::new(&Settings::default(), false);
        r.in_flight = true;
        let failed = RefreshError {
            what: "could not download the catalogue from http://127.0.0.1:1/t.toml: could not connect (refused)".into(),
            hint: String::new(),
            short: "could not connect".into(),
        };
        finish(&mut app, &mut r, Done::Refreshed(Err(failed)));
        assert!(!r.in_flight);
        let m = app.view.message.clone().unwrap();
        assert_eq!(
            m,
            "Catalogue refresh failed: could not connect. Still using edition 2026-11-26."
        );
        assert!(m.chars().count() <= 80, "fits the footer at 80 columns");
        let mut newer = crate::catalogue::embedded();
        newer.serial = 7;
        let vouched = crate::signing::Vouched {
            edition: newer.edition,
            serial: 7,
            expires: crate::date::Date::new(2027, 5, 31).unwrap(),
        };
        let updated = Refreshed::Updated {
            path: PathBuf::from("/cache/tariffs-2026-11-26-7.toml"),
            vouched,
            summary: String::new(),
            catalogue: Box::new(newer),
        };
        finish(&mut app, &mut r, Done::Refreshed(Ok(updated)));
        assert_eq!(app.setup.catalogue.serial, 7);
        assert_eq!(app.setup.origin.label(), "cache");
        assert_eq!(
            app.view.message.as_deref(),
            Some("New catalogue in use: edition 2026-11-26 (number 7).")
        );
        // Nothing is due without a schedule; with one, only once the interval has passed.
        assert!(!r.due());
        r.every = Some(Duration::ZERO);
        assert!(r.due());
    }

    #[test]
    fn the_print_command_gets_the_handout_and_it_is_removed_after() {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("printed.html");
        let seen = dir.path().join("path.txt");
        let script = format!("cp \"$1\" {} && printf %s \"$1\" > {}", copy.display(), seen.display());
        let command = ["sh".to_string(), "-c".to_string(), script, "print".to_string()];
        print(&command, "handout.html", "<html>hello</html>").unwrap();
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), "<html>hello</html>");
        let handed = std::fs::read_to_string(&seen).unwrap();
        assert!(handed.ends_with("/handout.html"), "{handed}");
        assert!(!std::path::Path::new(&handed).exists(), "the temporary handout is gone");
        let failing = [
            "sh".to_string(),
            "-c".to_string(),
            "echo no printer >&2; exit 3".to_string(),
        ];
        let err = print(&failing, "handout.html", "x").unwrap_err();
        assert!(err.contains("no printer"), "{err}");
        let missing = ["/nonexistent/lp".to_string()];
        assert!(print(&missing, "h.html", "x").is_err());
    }

    #[test]
    fn below_80x24_keys_do_nothing_unseen() {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        let app = kiosk_app();
        let tiny = ratatui::layout::Rect::new(0, 0, 60, 20);
        let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        assert_eq!(intents(&app, tiny, key(KeyCode::Enter)), vec![Intent::Activity]);
        assert_eq!(intents(&app, tiny, key(KeyCode::Char(' '))), vec![Intent::Activity]);
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(intents(&app, tiny, ctrl_c), vec![Intent::Quit]);
        let full = ratatui::layout::Rect::new(0, 0, 80, 24);
        assert_eq!(intents(&app, full, key(KeyCode::Enter)), vec![Intent::Next]);
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("£15.00".as_bytes()), "wqMxNS4wMA==");
    }
}
