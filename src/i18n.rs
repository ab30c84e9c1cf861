//! Languages: which are shipped, how a request is matched to one, and the Localizer that formats
//! Fluent messages. Only the locales in use are parsed; a message missing in a locale falls back
//! to en-GB, and never shows as a raw id.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A shipped language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    EnGb,
    Cy,
    Pl,
    Ro,
    Ur,
    Pa,
    Bn,
    Ar,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::EnGb,
        Lang::Cy,
        Lang::Pl,
        Lang::Ro,
        Lang::Ur,
        Lang::Pa,
        Lang::Bn,
        Lang::Ar,
    ];

    /// The BCP 47 tag used for files and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Cy => "cy",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
            Lang::Ur => "ur",
            Lang::Pa => "pa",
            Lang::Bn => "bn",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in its own script, for pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::EnGb => "English",
            Lang::Cy => "Cymraeg",
            Lang::Pl => "Polski",
            Lang::Ro => "Română",
            Lang::Ur => "اردو",
            Lang::Pa => "ਪੰਜਾਬੀ",
            Lang::Bn => "বাংলা",
            Lang::Ar => "العربية",
        }
    }

    /// The language's English name, as a provider's phone line would need it for an interpreter.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::EnGb => "English",
            Lang::Cy => "Welsh",
            Lang::Pl => "Polish",
            Lang::Ro => "Romanian",
            Lang::Ur => "Urdu",
            Lang::Pa => "Punjabi",
            Lang::Bn => "Bengali",
            Lang::Ar => "Arabic",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Ur | Lang::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn is_english(self) -> bool {
        self == Lang::EnGb
    }

    /// Matches a requested tag (`cy`, `cy-GB`, `cy_GB.UTF-8`, `en`, `pa-Guru`) to a shipped language.
    pub fn negotiate(requested: &str) -> Result<Lang, Unsupported> {
        let cleaned = requested.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let parts: Vec<String> = cleaned.split('-').map(|p| p.to_ascii_lowercase()).collect();
        let language = parts.first().map(String::as_str).unwrap_or("");
        let found = match language {
            "en" => Some(Lang::EnGb),
            "cy" => Some(Lang::Cy),
            "pl" => Some(Lang::Pl),
            "ro" => Some(Lang::Ro),
            "ur" => Some(Lang::Ur),
            "bn" => Some(Lang::Bn),
            "ar" => Some(Lang::Ar),
            // Only Gurmukhi is shipped; Punjabi in Shahmukhi (Pakistan) is a different script.
            "pa" if parts.iter().any(|p| p == "arab" || p == "pk") => None,
            "pa" => Some(Lang::Pa),
            _ => None,
        };
        found.ok_or_else(|| Unsupported(requested.chars().take(40).collect()))
    }

    /// The first shipped language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
    /// or None. `C` and `POSIX` are no preference.
    pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        let mut requested: Vec<String> = Vec::new();
        if let Some(list) = get("LANGUAGE") {
            requested.extend(list.split(':').map(str::to_string));
        }
        // LC_ALL overrides LC_MESSAGES, which overrides LANG.
        if let Some(v) = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| get(k).filter(|v| !v.is_empty()))
        {
            requested.push(v);
        }
        requested
            .iter()
            .map(|r| r.trim())
            .filter(|r| {
                !r.is_empty()
                    && !r.eq_ignore_ascii_case("C")
                    && !r.eq_ignore_ascii_case("POSIX")
                    && !r.starts_with("C.")
            })
            .find_map(|r| Lang::negotiate(r).ok())
    }

    fn resources(self) -> &'static [&'static str] {
        macro_rules! files {
            ($tag:literal) => {
                &[
                    include_str!(concat!("../locales/", $tag, "/benefits.ftl")),
                    include_str!(concat!("../locales/", $tag, "/guidance.ftl")),
                    include_str!(concat!("../locales/", $tag, "/ui.ftl")),
                ]
            };
        }
        match self {
            Lang::EnGb => files!("en-GB"),
            Lang::Cy => files!("cy"),
            Lang::Pl => files!("pl"),
            Lang::Ro => files!("ro"),
            Lang::Ur => files!("ur"),
            Lang::Pa => files!("pa"),
            Lang::Bn => files!("bn"),
            Lang::Ar => files!("ar"),
        }
    }

    /// The embedded Fluent sources of this language: (file name, text).
    pub fn sources(self) -> [(&'static str, &'static str); 3] {
        let r = self.resources();
        [("benefits.ftl", r[0]), ("guidance.ftl", r[1]), ("ui.ftl", r[2])]
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tariff-finder does not ship.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported(pub String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no guidance in {:?} yet; using English. Shipped: {}",
            self.0,
            Lang::ALL.map(Lang::tag).join(", ")
        )
    }
}

/// A value for a Fluent variable.
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

/// Each language's localizer parsed once and shared: browsing the language list, and a kiosk's
/// reset, then cost nothing.
#[derive(Default)]
pub struct Localizers([Option<std::rc::Rc<Localizer>>; Lang::ALL.len()]);

impl Localizers {
    pub fn get(&mut self, lang: Lang) -> std::rc::Rc<Localizer> {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        std::rc::Rc::clone(self.0[i].get_or_insert_with(|| std::rc::Rc::new(Localizer::new(lang))))
    }
}

/// Formats messages in one language, falling back to en-GB.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// en-GB, parsed only if a message is ever missing here (the tests keep that from happening).
    fallback: std::cell::OnceCell<FluentBundle<FluentResource>>,
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        Localizer {
            lang,
            bundle: bundle(lang),
            fallback: std::cell::OnceCell::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// A message with variables. A message missing here comes from en-GB; one missing there too
    /// (a bug the tests catch) shows as an empty string, never as its id.
    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let format = |b: &FluentBundle<FluentResource>| {
            let pattern = b.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
        };
        format(&self.bundle)
            .or_else(|| {
                if self.lang.is_english() {
                    None
                } else {
                    format(self.fallback.get_or_init(|| bundle(Lang::EnGb)))
                }
            })
            .unwrap_or_default()
    }

    /// Whether this language itself (not the fallback) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.tag().parse().expect("shipped tags are valid");
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks show as boxes in many terminals; HTML isolates with markup instead.
    bundle.set_use_isolating(false);
    for source in lang.resources() {
        // A broken file is caught by the locale tests; parse what can be parsed.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_tags() {
        assert_eq!(Lang::negotiate("cy"), Ok(Lang::Cy));
        assert_eq!(Lang::negotiate("cy_GB.UTF-8@euro"), Ok(Lang::Cy));
        assert_eq!(Lang::negotiate("en-US"), Ok(Lang::EnGb));
        assert_eq!(Lang::negotiate("pa-Guru-IN"), Ok(Lang::Pa));
        assert!(Lang::negotiate("pa-Arab-PK").is_err());
        assert!(Lang::negotiate("fr").is_err());
        assert!(Lang::negotiate("").is_err());
        for l in Lang::ALL {
            assert_eq!(Lang::negotiate(l.tag()), Ok(l));
        }
    }

    #[test]
    fn environment_c_is_no_preference() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::from_environment(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(Lang::from_environment(env(&[("LANG", "POSIX")])), None);
        assert_eq!(Lang::from_environment(env(&[("LANG", "pl_PL.UTF-8")])), Some(Lang::Pl));
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "pl_PL.UTF-8"), ("LC_ALL", "ro_RO.UTF-8")])),
            Some(Lang::Ro)
        );
        assert_eq!(
            Lang::from_environment(env(&[("LANGUAGE", "fr:ur"), ("LANG", "en_GB.UTF-8")])),
            Some(Lang::Ur)
        );
        assert_eq!(Lang::from_environment(env(&[])), None);
    }

    #[test]
    fn falls_back_to_english_never_to_an_id() {
        let l = Localizer::new(Lang::Cy);
        assert_eq!(l.get("no-such-message"), "");
        assert!(!l.get("title").is_empty());
    }
}
