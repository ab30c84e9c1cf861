//! The config file: what it may say, parsed and checked. Finding and trusting the file is in
//! `load.rs`; this part knows no file system.

pub(crate) mod load;

use serde::Deserialize;

/// Idle seconds before a kiosk forgets its resident, unless the config says otherwise.
pub(crate) const DEFAULT_IDLE_SECONDS: u64 = 120;
/// Seconds of warning before the reset, unless the config says otherwise.
pub(crate) const DEFAULT_COUNTDOWN_SECONDS: u64 = 30;

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub general: General,
    #[serde(default)]
    pub handout: Handout,
    #[serde(default)]
    pub refresh: Refresh,
    #[serde(default)]
    pub postcode_lookup: PostcodeLookup,
    #[serde(default)]
    pub kiosk: Kiosk,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct General {
    pub lang: Option<String>,
    pub ui_lang: Option<String>,
    pub theme: Option<ThemeName>,
    pub mouse: Option<bool>,
    pub adviser_mode: Option<bool>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    Default,
    HighContrast,
    Mono,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Handout {
    /// Where saved handouts go (default: the current folder; in kiosk mode saving is off unless set).
    pub folder: Option<std::path::PathBuf>,
    /// A program and its arguments; the handout file's path is appended.
    pub print_command: Option<Vec<String>>,
    /// The handout format for printing: html (default) or markdown.
    pub format: Option<HandoutFormat>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum HandoutFormat {
    Html,
    Markdown,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Refresh {
    /// Where the signed catalogue is published; its signature is at the same address + `.minisig`.
    pub url: Option<String>,
    /// Extra trusted signing keys (minisign public key lines), beside the compiled-in ones.
    pub public_keys: Option<Vec<String>>,
    /// Refresh in the background when the wizard starts.
    pub on_start: Option<bool>,
    /// Refresh in the background this often while the wizard runs.
    pub interval_hours: Option<u64>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PostcodeLookup {
    /// A postcodes.io-style service (`GET {url}/postcodes/{postcode}`); off when unset.
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Kiosk {
    pub enabled: Option<bool>,
    pub idle_seconds: Option<u64>,
    pub countdown_seconds: Option<u64>,
    /// An argon2id PHC string from `tariff-finder kiosk hash-pin`.
    pub admin_pin_hash: Option<String>,
}

/// A config that could not be used, with the line to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
}

impl Config {
    /// Parses a config file's text. Unknown keys are errors that name the key and its line.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError {
            message: one_line(&e.to_string()),
        })?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let err = |m: String| Err(ConfigError { message: m });
        for (key, tag) in [("lang", &self.general.lang), ("ui_lang", &self.general.ui_lang)] {
            if let Some(tag) = tag
                && crate::i18n::Lang::negotiate(tag).is_err()
            {
                return err(format!(
                    "[general] {key} = \"{tag}\" is not a shipped language (en-GB, cy, pl, ro, ur, pa, bn, ar)"
                ));
            }
        }
        if let Some(cmd) = &self.handout.print_command
            && cmd.first().is_none_or(|p| p.trim().is_empty())
        {
            return err("[handout] print_command must name a program, e.g. [\"lp\"]".into());
        }
        for (key, url) in [
            ("[refresh] url", &self.refresh.url),
            ("[postcode_lookup] url", &self.postcode_lookup.url),
        ] {
            if let Some(url) = url
                && let Err(why) = crate::url_policy::check(url)
            {
                return err(format!("{key}: {why}"));
            }
        }
        for (i, key) in self.refresh.public_keys.iter().flatten().enumerate() {
            if let Err(why) = crate::trust::config_key(key) {
                return err(format!("[refresh] public_keys entry {}: {why}", i + 1));
            }
        }
        if self.refresh.interval_hours == Some(0) {
            return err("[refresh] interval_hours must be at least 1 (leave it out for no timed refresh)".into());
        }
        let k = &self.kiosk;
        if k.idle_seconds == Some(0) {
            return err("[kiosk] idle_seconds must be at least 1".into());
        }
        let idle = self.idle_seconds();
        if let Some(c) = k.countdown_seconds
            && c * 2 > idle
        {
            return err(format!(
                "[kiosk] countdown_seconds = {c} is more than half of idle_seconds = {idle}"
            ));
        }
        if let Some(h) = &k.admin_pin_hash
            && !h.starts_with("$argon2id$")
        {
            return err(
                "[kiosk] admin_pin_hash is not an argon2id hash: make one with `tariff-finder kiosk hash-pin`".into(),
            );
        }
        Ok(())
    }

    pub fn idle_seconds(&self) -> u64 {
        self.kiosk.idle_seconds.unwrap_or(DEFAULT_IDLE_SECONDS)
    }

    /// The countdown: as configured, else the default, never more than half the idle time.
    pub fn countdown_seconds(&self) -> u64 {
        let idle = self.idle_seconds();
        self.kiosk
            .countdown_seconds
            .unwrap_or(DEFAULT_COUNTDOWN_SECONDS)
            .min(idle / 2)
    }

    /// A later file's settings over an earlier one's, key by key.
    pub fn overlay(self, over: Config) -> Config {
        fn pick<T>(a: Option<T>, b: Option<T>) -> Option<T> {
            b.or(a)
        }
        Config {
            general: General {
                lang: pick(self.general.lang, over.general.lang),
                ui_lang: pick(self.general.ui_lang, over.general.ui_lang),
                theme: pick(self.general.theme, over.general.theme),
                mouse: pick(self.general.mouse, over.general.mouse),
                adviser_mode: pick(self.general.adviser_mode, over.general.adviser_mode),
            },
            handout: Handout {
                folder: pick(self.handout.folder, over.handout.folder),
                print_command: pick(self.handout.print_command, over.handout.print_command),
                format: pick(self.handout.format, over.handout.format),
            },
            refresh: Refresh {
                url: pick(self.refresh.url, over.refresh.url),
                public_keys: pick(self.refresh.public_keys, over.refresh.public_keys),
                on_start: pick(self.refresh.on_start, over.refresh.on_start),
                interval_hours: pick(self.refresh.interval_hours, over.refresh.interval_hours),
            },
            postcode_lookup: PostcodeLookup {
                url: pick(self.postcode_lookup.url, over.postcode_lookup.url),
            },
            kiosk: Kiosk {
                enabled: pick(self.kiosk.enabled, over.kiosk.enabled),
                idle_seconds: pick(self.kiosk.idle_seconds, over.kiosk.idle_seconds),
                countdown_seconds: pick(self.kiosk.countdown_seconds, over.kiosk.countdown_seconds),
                admin_pin_hash: pick(self.kiosk.admin_pin_hash, over.kiosk.admin_pin_hash),
            },
        }
    }
}

/// toml's messages span several lines with a caret; one line is kinder on stderr and in a footer.
fn one_line(message: &str) -> String {
    let mut parts = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('|'));
    let head = parts.next().unwrap_or("").trim_end_matches(':');
    let rest: Vec<&str> = parts.filter(|l| !l.chars().all(|c| c == '^' || c == ' ')).collect();
    if rest.is_empty() {
        head.to_string()
    } else {
        format!("{head}: {}", rest.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_parses() {
        let c = Config::parse(
            r#"
[general]
lang = "cy"
theme = "high-contrast"
[handout]
print_command = ["lp", "-d", "library"]
[kiosk]
enabled = true
idle_seconds = 60
countdown_seconds = 20
admin_pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA"
"#,
        )
        .unwrap();
        assert_eq!(c.general.lang.as_deref(), Some("cy"));
        assert_eq!(c.general.theme, Some(ThemeName::HighContrast));
        assert_eq!(c.idle_seconds(), 60);
        assert_eq!(c.countdown_seconds(), 20);
    }

    #[test]
    fn defaults_and_the_half_rule() {
        let c = Config::default();
        assert_eq!((c.idle_seconds(), c.countdown_seconds()), (120, 30));
        let c = Config::parse("[kiosk]\nidle_seconds = 20\n").unwrap();
        assert_eq!(c.countdown_seconds(), 10);
        let e = Config::parse("[kiosk]\nidle_seconds = 20\ncountdown_seconds = 15\n").unwrap_err();
        assert!(e.message.contains("more than half"), "{}", e.message);
    }

    #[test]
    fn unknown_keys_are_named_with_their_line() {
        let e = Config::parse("[kiosk]\nenabled = true\nidle_secs = 5\n").unwrap_err();
        assert!(e.message.contains("idle_secs"), "{}", e.message);
        assert!(e.message.contains("line 3"), "{}", e.message);
        let e = Config::parse("[general]\nlang = \"fr\"\n").unwrap_err();
        assert!(e.message.contains("\"fr\""), "{}", e.message);
        let e = Config::parse("[refresh]\nurl = \"http://example.org/tariffs.toml\"\n").unwrap_err();
        assert!(e.message.contains("plain HTTP"), "{}", e.message);
        let e = Config::parse("[refresh]\npublic_keys = [\"nonsense\"]\n").unwrap_err();
        assert!(e.message.contains("public_keys entry 1"), "{}", e.message);
        let e = Config::parse("[refresh]\ninterval_hours = 0\n").unwrap_err();
        assert!(e.message.contains("interval_hours"), "{}", e.message);
        let e = Config::parse("[postcode_lookup]\nurl = \"ftp://x\"\n").unwrap_err();
        assert!(e.message.contains("[postcode_lookup] url"), "{}", e.message);
        let e = Config::parse("[refresh]\ninterval_hours = \"daily\"\n").unwrap_err();
        assert!(e.message.contains("line 2"), "{}", e.message);
        let e = Config::parse("[kiosk]\nadmin_pin_hash = \"1234\"\n").unwrap_err();
        assert!(e.message.contains("hash-pin"), "{}", e.message);
    }

    #[test]
    fn later_files_win_key_by_key() {
        let system = Config::parse("[general]\nlang = \"cy\"\ntheme = \"mono\"\n").unwrap();
        let user = Config::parse("[general]\ntheme = \"default\"\n").unwrap();
        let c = system.overlay(user);
        assert_eq!(c.general.lang.as_deref(), Some("cy"));
        assert_eq!(c.general.theme, Some(ThemeName::Default));
    }
}
