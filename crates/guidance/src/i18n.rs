//! Languages: which are shipped, how a request is matched to one, and the Localizer that formats
//! Fluent messages. Only the locales in use are parsed; a message missing in a locale falls back
//! to en-GB, and never shows as a raw id.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use tariff_finder_core::lang::{Direction, Lang, Unsupported};

/// The embedded Fluent files of a language, in the order they are loaded.
fn resources(lang: Lang) -> &'static [&'static str] {
    macro_rules! files {
        ($tag:literal) => {
            &[
                include_str!(concat!("../../../locales/", $tag, "/benefits.ftl")),
                include_str!(concat!("../../../locales/", $tag, "/guidance.ftl")),
                include_str!(concat!("../../../locales/", $tag, "/ui.ftl")),
            ]
        };
    }
    tariff_finder_core::per_lang!(lang, files)
}

/// The embedded Fluent sources of a language: (file name, text).
pub fn sources(lang: Lang) -> [(&'static str, &'static str); 3] {
    let r = resources(lang);
    [("benefits.ftl", r[0]), ("guidance.ftl", r[1]), ("ui.ftl", r[2])]
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
    for source in resources(lang) {
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
