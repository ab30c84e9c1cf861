//! A few real-terminal checks in tmux: the wizard starts, draws, completes a check, quits with
//! q, Esc (back to the first step, then q) and Ctrl+C, and leaves the terminal as it found it.
//! `.ci/run` installs tmux where a fresh machine lacks it.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, args: &str) -> Tmux {
        let socket = format!("tariff-finder-test-{name}-{}", std::process::id());
        let bin = env!("CARGO_BIN_EXE_tariff-finder");
        // The pane prints the exit status and whether the alternate screen is still on afterwards.
        let cmd = format!("{bin} {args}; echo EXITED $?; sleep 30");
        let ok = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "new-session",
                "-d",
                "-x",
                "80",
                "-y",
                "24",
                "-e",
                "LANG=C.UTF-8",
                &cmd,
            ])
            .status()
            .expect("tmux is installed (.ci/run installs it)")
            .success();
        assert!(ok, "tmux session started");
        let t = Tmux { socket };
        t.wait_for("Step 1 of 6");
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
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).status();
    }
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
