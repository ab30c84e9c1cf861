//! A few real-terminal checks in tmux: the wizard starts, draws, completes a check, quits with
//! q, Esc (back to the first step, then q) and Ctrl+C, and leaves the terminal as it found it.
//! `.ci/run` installs tmux where a fresh machine lacks it.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
    /// The program in the pane, killed by pid on drop: it may ignore a hang-up.
    pid: Option<i32>,
}

impl Tmux {
    fn start(name: &str, args: &str) -> Tmux {
        Tmux::start_in(name, args, &[], None)
    }

    /// Starts the binary in a fresh tmux server, with extra environment and a working folder.
    fn start_in(name: &str, args: &str, env: &[(&str, &str)], dir: Option<&std::path::Path>) -> Tmux {
        let socket = format!("tariff-finder-test-{name}-{}", std::process::id());
        let bin = env!("CARGO_BIN_EXE_tariff-finder");
        // The pane prints the exit status and whether the alternate screen is still on afterwards.
        let cmd = format!("{bin} {args}; echo EXITED $?; sleep 30");
        let mut command = Command::new("tmux");
        command.args(["-L", &socket, "new-session", "-d", "-x", "80", "-y", "24"]);
        if let Some(dir) = dir {
            command.arg("-c").arg(dir);
        }
        // No config on the machine running the tests (system-wide or the user's) may change them.
        let hermetic = [
            ("LANG", "C.UTF-8"),
            ("TARIFF_FINDER_SYSTEM_CONFIG", ""),
            ("TARIFF_FINDER_SYSTEM_CACHE", ""),
            ("XDG_CONFIG_HOME", "/nonexistent/tariff-finder-tests"),
            ("XDG_CACHE_HOME", "/nonexistent/tariff-finder-tests"),
        ];
        for (k, v) in hermetic.iter().chain(env) {
            command.args(["-e", &format!("{k}={v}")]);
        }
        let ok = command
            .arg(&cmd)
            .status()
            .expect("tmux is installed (.ci/run installs it)")
            .success();
        assert!(ok, "tmux session started");
        let mut t = Tmux { socket, pid: None };
        t.wait_for("Step 1 of 6");
        t.pid = t.program_pid().parse().ok();
        t
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            Command::new("tmux")
                .args(["-L", &self.socket, "send-keys", "-t", "0", k])
                .status()
                .unwrap();
            sleep(Duration::from_millis(60));
        }
    }

    fn text(&self, text: &str) {
        Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-t", "0", "-l", text])
            .status()
            .unwrap();
        sleep(Duration::from_millis(60));
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "0"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn alternate_on(&self) -> bool {
        let out = Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "display-message",
                "-p",
                "-t",
                "0",
                "#{alternate_on}",
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {needle:?}; screen:\n{s}"
            );
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .stderr(std::process::Stdio::null())
            .status();
        if let Some(pid) = self.pid {
            // SAFETY: a signal to the pid this test started; harmless if it has already gone.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }
}

/// Whether a process has ended (gone, or a zombie waiting for its parent).
fn ended(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |stat| {
        stat.rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
    })
}

fn wait_until_ended(pid: i32, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if ended(pid) {
            return true;
        }
        sleep(Duration::from_millis(50));
    }
    ended(pid)
}

#[test]
fn complete_a_check_then_quit_with_confirmation() {
    let t = Tmux::start("check", "");
    assert!(t.alternate_on(), "the wizard uses the alternate screen");
    t.keys(&["Enter", "Space", "Enter", "Right", "Enter"]);
    t.text("b11bb");
    t.wait_for("B1 1BB: England, West Midlands, Birmingham");
    t.keys(&["Enter"]);
    t.wait_for("[yes]");
    t.keys(&["Enter"]);
    t.wait_for("Social tariffs: cheaper broadband and phone deals");
    t.keys(&["q"]);
    t.wait_for("Quit and forget them?");
    t.keys(&["y"]);
    let s = t.wait_for("EXITED 0");
    assert!(!t.alternate_on(), "terminal restored: alternate screen off");
    assert!(!s.contains("Results"), "the wizard's screen is gone: {s}");
}

#[test]
fn quit_keys() {
    let t = Tmux::start("q", "");
    t.keys(&["q"]);
    t.wait_for("EXITED 0");
    assert!(!t.alternate_on());

    let t = Tmux::start("esc", "");
    t.keys(&["Enter", "Escape"]);
    t.wait_for("Step 1 of 6");
    t.keys(&["q"]);
    t.wait_for("EXITED 0");

    let t = Tmux::start("ctrl-c", "");
    t.keys(&["Enter", "Space"]);
    t.wait_for("[x]");
    t.keys(&["C-c"]);
    t.wait_for("Quit and forget them?");
    t.keys(&["C-c"]);
    t.wait_for("EXITED 0");
    assert!(!t.alternate_on());
}

#[test]
fn q_in_the_postcode_field_is_typed() {
    let t = Tmux::start("typing", "");
    t.keys(&["Enter", "Enter", "Enter"]);
    t.wait_for("Step 4 of 6");
    t.text("q");
    t.wait_for("is not the shape of a UK postcode");
    t.keys(&["C-c"]);
    t.wait_for("Quit and forget them?");
    t.keys(&["y"]);
    t.wait_for("EXITED 0");
}

impl Tmux {
    /// The process id of the program in the pane (the pane's shell's child).
    fn program_pid(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "list-panes", "-t", "0", "-F", "#{pane_pid}"])
            .output()
            .unwrap();
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        // The child whose parent is the pane's shell, read from /proc (no procps needed).
        std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.bytes().all(|b| b.is_ascii_digit()))
            .find(|pid| {
                std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                    stat.rsplit_once(')')
                        .and_then(|(_, rest)| rest.split_whitespace().nth(1).map(|ppid| ppid == shell))
                        .unwrap_or(false)
                })
            })
            .expect("the program is running in the pane")
    }

    fn terminate(&self) {
        let pid: i32 = self.program_pid().parse().unwrap();
        // SAFETY: sending a signal to a process id we just read; no memory is involved.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    }
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
}

/// A kiosk config in its own folder: short idle time and the PIN 2468.
fn kiosk_config(dir: &std::path::Path, idle: u64, countdown: u64) -> std::path::PathBuf {
    let hash = tariff_finder::pin::hash_pin("2468").unwrap();
    let path = dir.join("config.toml");
    let text =
        format!("[kiosk]\nidle_seconds = {idle}\ncountdown_seconds = {countdown}\nadmin_pin_hash = \"{hash}\"\n");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn kiosk_ignores_ctrl_c_resets_when_idle_and_exits_with_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let config = kiosk_config(dir.path(), 4, 2);
    let t = Tmux::start_in("kiosk", &format!("--kiosk --config {}", config.display()), &[], None);
    let first = t.screen();
    if !is_root() {
        // The trust rule: a config not owned by root is skipped, and the admin is told.
        assert!(first.contains("Admin: settings not used, owned by user"), "{first}");
        return;
    }
    t.keys(&["Enter", "Space"]);
    t.wait_for("[x]");
    for k in ["C-c", "C-\\", "C-z", "Escape", "q"] {
        t.keys(&[k]);
    }
    sleep(Duration::from_millis(300));
    let s = t.screen();
    assert!(!s.contains("EXITED"), "quit keys do nothing in a kiosk:\n{s}");
    // Silence: the countdown, then the first screen exactly as at start.
    t.wait_for("Seconds left:");
    sleep(Duration::from_secs(3));
    assert_eq!(t.screen(), first, "after idle_seconds of silence, the first screen");

    let pid = t.program_pid();
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let core = limits.lines().find(|l| l.starts_with("Max core file size")).unwrap();
    assert!(core.split_whitespace().nth(4) == Some("0"), "no core dumps: {core}");

    t.keys(&["C-M-a"]);
    t.wait_for("Staff: close the kiosk");
    t.text("1111");
    t.keys(&["Enter"]);
    t.wait_for("Wrong PIN.");
    t.text("2468");
    t.keys(&["Enter"]);
    let s = t.wait_for("EXITED 0");
    assert!(!t.alternate_on(), "terminal restored");
    assert!(!s.contains("Step 1 of 6"), "screen cleared on exit:\n{s}");
}

#[test]
fn kiosk_stops_cleanly_on_sigterm() {
    let t = Tmux::start("kiosk-term", "--kiosk");
    t.terminate();
    t.wait_for("EXITED 0");
    assert!(!t.alternate_on(), "terminal restored after SIGTERM");
}

#[test]
fn a_kiosk_session_writes_no_file() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let home_path = home.path().display().to_string();
    let t = Tmux::start_in(
        "kiosk-files",
        "--kiosk",
        &[
            ("HOME", &home_path),
            ("XDG_CONFIG_HOME", &home_path),
            ("XDG_CACHE_HOME", &home_path),
        ],
        Some(work.path()),
    );
    t.keys(&["Enter", "Space", "Enter", "Right", "Enter"]);
    t.text("b11bb");
    t.keys(&["Enter"]);
    t.wait_for("[yes]");
    t.keys(&["Enter"]);
    t.wait_for("Social tariffs");
    t.keys(&["s", "m", "c"]);
    t.wait_for("Saving is switched off on this computer");
    t.keys(&["F12"]);
    t.wait_for("Step 1 of 6");
    t.terminate();
    t.wait_for("EXITED 0");
    for dir in [home.path(), work.path()] {
        let left: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
        assert!(left.is_empty(), "files left in {}: {left:?}", dir.display());
    }
}

#[test]
fn an_unfinished_escape_sequence_does_not_stop_the_idle_wipe() {
    if !is_root() {
        return; // the kiosk config is trusted only when root owns it
    }
    let dir = tempfile::tempdir().unwrap();
    let config = kiosk_config(dir.path(), 3, 1);
    let t = Tmux::start_in("escape", &format!("--kiosk --config {}", config.display()), &[], None);
    t.keys(&["Enter", "Space"]);
    t.wait_for("[x]");
    // Alt+[ sends ESC [ and nothing after it: the reader waits for the rest of a sequence.
    t.keys(&["M-["]);
    let start = Instant::now();
    let s = t.wait_for("Step 1 of 6");
    assert!(!s.contains("[x]"), "answers wiped:\n{s}");
    assert!(start.elapsed() < Duration::from_secs(8), "reset after idle + countdown");
    // And the keys still work: F12 from the benefits step.
    t.keys(&["Enter", "M-[", "Space", "F12"]);
    t.wait_for("Step 1 of 6");
}

#[test]
fn closing_the_terminal_ends_the_program_at_once() {
    for (name, args) in [("hangup-wizard", ""), ("hangup-kiosk", "--kiosk")] {
        let t = Tmux::start(name, args);
        t.keys(&["Enter", "Space"]);
        t.wait_for("[x]");
        // An unfinished sequence first: the reader is then blocked when the terminal goes.
        t.keys(&["M-["]);
        let pid = t.pid.expect("program pid");
        Command::new("tmux")
            .args(["-L", &t.socket, "kill-server"])
            .status()
            .unwrap();
        assert!(
            wait_until_ended(pid, Duration::from_secs(3)),
            "{name}: still running 3 s after the terminal closed"
        );
    }
}

#[test]
fn a_large_paste_is_cut_to_the_field_and_never_ends_the_program() {
    let t = Tmux::start("paste", "--kiosk");
    t.keys(&["Enter", "Enter", "Enter"]);
    t.wait_for("Step 4 of 6");
    let paste = |text: &str, bracketed: bool| {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), text).unwrap();
        let run = |args: &[&str]| {
            let mut all = vec!["-L", t.socket.as_str()];
            all.extend_from_slice(args);
            Command::new("tmux").args(&all).status().unwrap()
        };
        run(&["load-buffer", file.path().to_str().unwrap()]);
        // -p: as a terminal pastes when the program asked for bracketed paste.
        run(&if bracketed {
            vec!["paste-buffer", "-p", "-t", "0"]
        } else {
            vec!["paste-buffer", "-t", "0"]
        });
    };
    // Bracketed: text for the focused field only, cut to its length, never an Enter.
    let pid = t.pid.expect("program pid");
    paste(&"B1 1BB\n".repeat(430), true);
    sleep(Duration::from_secs(3));
    assert!(!ended(pid), "the program is still running after a bracketed paste");
    let s = t.screen();
    assert!(s.contains("Step 4 of 6"), "a bracketed paste presses no key:\n{s}");
    let field = s.lines().find(|l| l.starts_with('│')).unwrap_or_default();
    let typed = field.trim_matches(|c| c == '│' || c == ' ' || c == '▏');
    assert!(
        typed.chars().count() <= 16,
        "the postcode field holds at most 16 characters: {typed:?}"
    );
    // Unbracketed, with line breaks (a terminal without bracketed paste): each is a key, and the
    // screens change under it. Before the fix a screen change asked for the cursor position and
    // the kiosk died ("the cursor position could not be read", exit 1).
    t.keys(&["C-u"]);
    for _ in 0..20 {
        t.keys(&["BSpace"]);
    }
    paste(&"B1 1BB\n".repeat(430), false);
    sleep(Duration::from_secs(4));
    assert!(!ended(pid), "the program is still running after a paste of keys");
    let s = t.screen();
    assert!(
        !s.contains("EXITED") && !s.contains("cursor position"),
        "still running:\n{s}"
    );
    assert!(
        s.contains("Step 6 of 6"),
        "the Enters went through to the guidance:\n{s}"
    );
}

#[test]
fn saving_twice_numbers_the_second_handout_and_never_follows_a_planted_link() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let today = tariff_finder::date::Date::today();
    let name = format!("social-tariffs-en-GB-{today}.html");
    std::os::unix::fs::symlink(&victim, folder.join(&name)).unwrap();
    let t = Tmux::start_in(
        "save",
        "",
        &[("TARIFF_FINDER_HANDOUT_DIR", folder.to_str().unwrap())],
        None,
    );
    t.keys(&["Enter", "Space", "Enter", "Enter"]);
    t.text("b11bb");
    t.keys(&["Enter"]);
    t.wait_for("[yes]");
    t.keys(&["Enter"]);
    t.wait_for("Social tariffs");
    t.keys(&["s"]);
    t.wait_for(&format!("social-tariffs-en-GB-{today}-2.html"));
    t.keys(&["s"]);
    t.wait_for(&format!("social-tariffs-en-GB-{today}-3.html"));
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "precious",
        "the link was not followed"
    );
    let second = std::fs::read_to_string(folder.join(format!("social-tariffs-en-GB-{today}-2.html"))).unwrap();
    assert!(second.contains("<html"), "a whole handout");
    assert!(!second.contains("B1 1BB"), "no postcode in a handout");
}
