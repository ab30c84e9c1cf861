//! The shipped languages: which they are, their tags and names, their direction, and how a
//! requested tag or the environment is matched to one. No wording here (that is Fluent's, in the
//! guidance crate).

use std::fmt;

/// A `match` over the shipped languages whose arms are `$each!("tag")`: the one place the tags
/// are spelled for code that names files at compile time (`include_str!` needs literals). With
/// `english => EXPR`, English gets that instead (it has no file of that kind).
#[macro_export]
macro_rules! per_lang {
    ($lang:expr, $each:ident) => {
        $crate::per_lang!($lang, $each, english => $each!("en-GB"))
    };
    ($lang:expr, $each:ident, english => $english:expr) => {
        match $lang {
            $crate::lang::Lang::EnGb => $english,
            $crate::lang::Lang::Cy => $each!("cy"),
            $crate::lang::Lang::Pl => $each!("pl"),
            $crate::lang::Lang::Ro => $each!("ro"),
            $crate::lang::Lang::Ur => $each!("ur"),
            $crate::lang::Lang::Pa => $each!("pa"),
            $crate::lang::Lang::Bn => $each!("bn"),
            $crate::lang::Lang::Ar => $each!("ar"),
        }
    };
}

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
