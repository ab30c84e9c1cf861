//! Kiosk rules for a public laptop: forget the resident after a quiet spell, never quit by
//! accident, and leave only with the admin PIN. Time comes in from the shell (`now`, time since
//! start), so tests move the clock instead of sleeping.

use std::time::Duration;

use crate::answers::wipe_string as wipe;
use crate::i18n::Lang;

use super::theme::Theme;

/// Wrong PINs allowed before each further try has to wait.
const FREE_TRIES: u32 = 5;
/// The longest wait between tries.
const MAX_WAIT: Duration = Duration::from_secs(600);
/// PINs are short; anything longer is not a PIN and is not kept typing.
const MAX_PIN_CHARS: usize = 32;

#[derive(Clone, Debug)]
pub struct Kiosk {
    pub idle: Duration,
    pub countdown: Duration,
    pin_hash: Option<String>,
    /// The clock at the last tick or input.
    pub clock: Duration,
    pub last_input: Duration,
    /// Someone has used the screen since the last reset: only then is there anything to forget.
    pub touched: bool,
    /// The admin PIN being typed, while the prompt is open.
    pub pin: Option<String>,
    pub failures: u32,
    pub locked_until: Option<Duration>,
    /// For the admin: a settings file that was not used, and why.
    pub warning: Option<String>,
    /// The languages and theme of the first screen, to come back to on reset.
    pub start: (Lang, Lang, Theme),
    /// The first step's instruction in each language, in `Lang::ALL` order.
    pub instructions: Vec<String>,
    /// A print command is set up (`p` prints).
    pub can_print: bool,
    /// A handout folder is set up (`s` and `m` save).
    pub can_save: bool,
}

/// What the PIN prompt made of a key.
#[derive(Debug, PartialEq, Eq)]
pub enum PinOutcome {
    Typing,
    Closed,
    Wrong,
    Wait(u64),
    NoPinSet,
    Exit,
}

impl Kiosk {
    pub fn new(idle: Duration, countdown: Duration, pin_hash: Option<String>, start: (Lang, Lang, Theme)) -> Kiosk {
        Kiosk {
            idle,
            countdown: countdown.min(idle / 2),
            pin_hash,
            clock: Duration::ZERO,
            last_input: Duration::ZERO,
            touched: false,
            pin: None,
            failures: 0,
            locked_until: None,
            warning: None,
            start,
            instructions: Vec::new(),
            can_print: false,
            can_save: false,
        }
    }

    fn quiet(&self) -> Duration {
        self.clock.saturating_sub(self.last_input)
    }

    /// Seconds left before the reset, while the warning shows.
    pub fn countdown_left(&self) -> Option<u64> {
        let quiet = self.quiet();
        (self.touched && quiet + self.countdown >= self.idle && quiet < self.idle)
            .then(|| (self.idle - quiet).as_secs_f64().ceil() as u64)
    }

    pub fn reset_due(&self) -> bool {
        self.touched && self.quiet() >= self.idle
    }

    /// A key or click: the clock restarts. True when it only cancelled the countdown (the key is
    /// then used up, so "more time" never ticks a box by surprise).
    pub fn touch(&mut self, now: Duration) -> bool {
        self.clock = now;
        let was_counting = self.countdown_left().is_some();
        self.last_input = now;
        self.touched = true;
        was_counting
    }

    pub fn open_pin(&mut self) {
        self.pin = Some(String::new());
    }

    pub fn close_pin(&mut self) {
        if let Some(pin) = self.pin.take() {
            wipe(pin);
        }
    }

    pub fn type_pin(&mut self, c: char) {
        if let Some(pin) = &mut self.pin
            && pin.chars().count() < MAX_PIN_CHARS
        {
            pin.push(c);
        }
    }

    pub fn backspace_pin(&mut self) {
        if let Some(pin) = &mut self.pin {
            pin.pop();
        }
    }

    /// Checks the typed PIN against the configured hash; after five wrong tries each try waits
    /// longer (5 s, 10 s, 20 s … up to 10 minutes), even across resets.
    pub fn submit_pin(&mut self) -> PinOutcome {
        let Some(pin) = self.pin.take() else {
            return PinOutcome::Closed;
        };
        let outcome = self.check(&pin);
        wipe(pin);
        if outcome != PinOutcome::Exit {
            self.pin = Some(String::new());
        }
        outcome
    }

    fn check(&mut self, pin: &str) -> PinOutcome {
        let Some(hash) = &self.pin_hash else {
            return PinOutcome::NoPinSet;
        };
        if let Some(until) = self.locked_until
            && self.clock < until
        {
            return PinOutcome::Wait((until - self.clock).as_secs_f64().ceil() as u64);
        }
        if verify_pin(hash, pin) {
            self.failures = 0;
            self.locked_until = None;
            return PinOutcome::Exit;
        }
        self.failures += 1;
        if let Some(wait) = wait_after(self.failures) {
            self.locked_until = Some(self.clock + wait);
        }
        PinOutcome::Wrong
    }
}

/// The wait after `failures` wrong PINs: none for the first five, then doubling from 5 s.
pub fn wait_after(failures: u32) -> Option<Duration> {
    let extra = failures.checked_sub(FREE_TRIES)?;
    let secs = 5u64.saturating_mul(1u64 << extra.min(20));
    Some(Duration::from_secs(secs).min(MAX_WAIT))
}

use crate::pin::verify_pin;

#[cfg(test)]
mod tests {
    use super::*;

    fn kiosk(hash: Option<String>) -> Kiosk {
        Kiosk::new(
            Duration::from_secs(120),
            Duration::from_secs(30),
            hash,
            (Lang::EnGb, Lang::EnGb, Theme::Default),
        )
    }

    #[test]
    fn an_untouched_screen_never_counts_down() {
        let mut k = kiosk(None);
        k.clock = Duration::from_secs(1000);
        assert_eq!(k.countdown_left(), None);
        assert!(!k.reset_due());
    }

    #[test]
    fn countdown_then_reset() {
        let mut k = kiosk(None);
        k.touch(Duration::ZERO);
        k.clock = Duration::from_secs(89);
        assert_eq!(k.countdown_left(), None);
        k.clock = Duration::from_secs(90);
        assert_eq!(k.countdown_left(), Some(30));
        k.clock = Duration::from_millis(119_500);
        assert_eq!(k.countdown_left(), Some(1));
        assert!(!k.reset_due());
        k.clock = Duration::from_secs(120);
        assert!(k.reset_due());
        assert_eq!(k.countdown_left(), None);
    }

    #[test]
    fn input_cancels_the_countdown_and_is_used_up() {
        let mut k = kiosk(None);
        assert!(!k.touch(Duration::from_secs(10)));
        assert!(k.touch(Duration::from_secs(105)));
        assert_eq!(k.countdown_left(), None);
        k.clock = Duration::from_secs(194);
        assert_eq!(k.countdown_left(), None);
        k.clock = Duration::from_secs(195);
        assert_eq!(k.countdown_left(), Some(30));
    }

    #[test]
    fn the_countdown_is_at_most_half_the_idle_time() {
        let k = Kiosk::new(
            Duration::from_secs(10),
            Duration::from_secs(30),
            None,
            (Lang::EnGb, Lang::EnGb, Theme::Default),
        );
        assert_eq!(k.countdown, Duration::from_secs(5));
    }

    #[test]
    fn waits_grow_after_five_wrong_pins() {
        assert_eq!(wait_after(4), None);
        assert_eq!(wait_after(5), Some(Duration::from_secs(5)));
        assert_eq!(wait_after(6), Some(Duration::from_secs(10)));
        assert_eq!(wait_after(8), Some(Duration::from_secs(40)));
        assert_eq!(wait_after(40), Some(MAX_WAIT));
    }

    #[test]
    fn pin_hashes_verify_and_wrong_pins_lock() {
        let hash = crate::pin::hash_pin("2468").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_pin(&hash, "2468"));
        assert!(!verify_pin(&hash, "2469"));
        assert!(!verify_pin("not a hash", "2468"));
        let mut k = kiosk(Some(hash));
        for i in 1..=5 {
            k.open_pin();
            "0000".chars().for_each(|c| k.type_pin(c));
            assert_eq!(k.submit_pin(), PinOutcome::Wrong, "try {i}");
        }
        // The sixth try, even the right PIN, waits.
        "2468".chars().for_each(|c| k.type_pin(c));
        assert_eq!(k.submit_pin(), PinOutcome::Wait(5));
        k.clock += Duration::from_secs(5);
        "2468".chars().for_each(|c| k.type_pin(c));
        assert_eq!(k.submit_pin(), PinOutcome::Exit);
        assert_eq!(k.pin, None);
    }

    #[test]
    fn without_a_pin_hash_nothing_opens_the_door() {
        let mut k = kiosk(None);
        k.open_pin();
        k.type_pin('1');
        assert_eq!(k.submit_pin(), PinOutcome::NoPinSet);
    }
}
