//! UK postcodes offline: shape check, normalisation, O/0 and I/1 repair suggestions, and the
//! outward code looked up in a table generated at build time from `data/postcode-districts.csv`
//! (see `reference/postcodes.md`). A valid shape does not prove a full postcode exists; the table
//! knows districts, and the sector rule for the 25 cross-border districts.

use std::fmt;

use serde::Serialize;

/// One postcode district (outward code) from the embedded table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct District {
    pub outcode: &'static str,
    pub area: &'static str,
    /// Majority nation, or "Channel Islands" / "Isle of Man".
    pub country: &'static str,
    pub in_uk: bool,
    /// Nations with their live-postcode counts, largest first.
    pub nations: Vec<(&'static str, u32)>,
    /// Majority English region; empty outside England and for non-geographic districts.
    pub region: &'static str,
    pub regions: Vec<(&'static str, u32)>,
    /// Local authority districts (GSS code, name), largest first.
    pub lads: Vec<(&'static str, &'static str)>,
    pub live_postcodes: u32,
}

/// A string of the generated table: offset and length in `STRINGS`.
#[derive(Clone, Copy)]
struct Str(u32, u32);

impl Str {
    fn get(self) -> &'static str {
        &STRINGS[self.0 as usize..(self.0 + self.1) as usize]
    }
}

/// A row of the generated table; lists are (start, length) in `COUNTS` and `LADS`.
struct Row {
    outcode: Str,
    area: Str,
    country: Str,
    in_uk: bool,
    nations: (usize, usize),
    region: Str,
    regions: (usize, usize),
    lads: (usize, usize),
    live_postcodes: u32,
}

impl Row {
    fn district(&self) -> District {
        let counts =
            |(start, len): (usize, usize)| COUNTS[start..start + len].iter().map(|(s, c)| (s.get(), *c)).collect();
        let (start, len) = self.lads;
        District {
            outcode: self.outcode.get(),
            area: self.area.get(),
            country: self.country.get(),
            in_uk: self.in_uk,
            nations: counts(self.nations),
            region: self.region.get(),
            regions: counts(self.regions),
            lads: LADS[start..start + len]
                .iter()
                .map(|(c, n)| (c.get(), n.get()))
                .collect(),
            live_postcodes: self.live_postcodes,
        }
    }
}

/// Every district in the table, in outward-code order.
pub fn districts() -> impl Iterator<Item = District> {
    ROWS.iter().map(Row::district)
}

/// Whether any district of the table is in this postcode area.
fn is_known_area(area: &str) -> bool {
    ROWS.iter().any(|r| r.area.get() == area)
}

/// The sector rule for a district with postcodes in two nations.
#[derive(Debug)]
pub struct CrossBorder {
    pub outcode: &'static str,
    /// Sectors holding postcodes of both nations, with counts.
    pub mixed_sectors: &'static [(u8, &'static [(&'static str, u32)])],
    /// The nation of every other sector, where the counts decide it.
    pub other_sectors: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/postcode_table.rs"));

pub const NATIONS: [&str; 4] = ["England", "Wales", "Scotland", "Northern Ireland"];

pub const ENGLISH_REGIONS: [&str; 9] = [
    "North East",
    "North West",
    "Yorkshire and The Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A residential district in England, Wales, Scotland or Northern Ireland.
    Home,
    /// Jersey, Guernsey, the Isle of Man: outside the UK and Ofcom's area.
    CrownDependency,
    OverseasTerritory,
    /// BFPO and the BF area.
    Forces,
    /// An organisation's or PO box postcode, not a home.
    NonGeographic,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Home => "home",
            Status::CrownDependency => "crown-dependency",
            Status::OverseasTerritory => "overseas-territory",
            Status::Forces => "forces",
            Status::NonGeographic => "non-geographic",
        }
    }
}

/// What the offline table says about a postcode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostcodeInfo {
    pub input: String,
    /// "B1 1BB", or "B1" when only the outward code was given, or "BFPO 123".
    pub normalised: String,
    pub outcode: Option<String>,
    /// The first digit of the inward code, when a full postcode was given.
    pub sector: Option<u8>,
    pub area: String,
    pub status: Status,
    /// Every nation the postcode may be in, most likely first. Empty outside the UK.
    pub nations: Vec<&'static str>,
    /// The English region (majority) when the postcode may be in England.
    pub region: Option<&'static str>,
    /// English regions of the district with live-postcode counts.
    pub regions: Vec<(&'static str, u32)>,
    /// Local authorities (GSS code, name) of the nations above.
    pub local_authorities: Vec<(&'static str, &'static str)>,
    /// For places outside the UK: the territory's name.
    pub territory: Option<&'static str>,
    /// What a live lookup said (`confirmed`, `not-found`, `unavailable`); None when none was made.
    pub live_check: Option<&'static str>,
}

impl PostcodeInfo {
    /// Inside the UK's social-tariff area (England, Wales, Scotland, Northern Ireland).
    pub fn in_scope(&self) -> bool {
        matches!(self.status, Status::Home | Status::NonGeographic)
    }

    /// The one nation, when there is exactly one.
    pub fn nation(&self) -> Option<&'static str> {
        match self.nations.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Narrows a cross-border postcode to the nation a live lookup confirmed. Returns false (and
    /// changes nothing) when that nation is not one the offline table allows: the table wins.
    pub fn confirm_nation(&mut self, nation: &str) -> bool {
        let Some(&n) = self.nations.iter().find(|n| **n == nation) else {
            return false;
        };
        self.nations = vec![n];
        self.local_authorities.retain(|(code, _)| lad_nation(code) == Some(n));
        if n != "England" {
            self.region = None;
            self.regions.clear();
        }
        true
    }

    /// A home postcode we can place: the geography can decide availability.
    pub fn is_placed_home(&self) -> bool {
        self.status == Status::Home && !self.nations.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PostcodeError {
    Empty,
    BadCharacter(char),
    Malformed {
        input: String,
        suggestion: Option<String>,
    },
    UnknownDistrict {
        normalised: String,
        outcode: String,
        suggestion: Option<String>,
    },
}

impl fmt::Display for PostcodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PostcodeError::Empty => write!(f, "the postcode is empty"),
            PostcodeError::BadCharacter(c) => {
                write!(f, "the postcode has a character that is not a letter or digit: {:?}", c)
            }
            PostcodeError::Malformed { input, .. } => {
                write!(
                    f,
                    "{:?} is not the shape of a UK postcode",
                    input.chars().take(40).collect::<String>()
                )
            }
            PostcodeError::UnknownDistrict {
                normalised, outcode, ..
            } => {
                write!(
                    f,
                    "{normalised} looks like a postcode, but there is no district {outcode}"
                )
            }
        }
    }
}

impl PostcodeError {
    pub fn hint(&self) -> String {
        match self {
            PostcodeError::Malformed { suggestion: Some(s), .. }
            | PostcodeError::UnknownDistrict { suggestion: Some(s), .. } => format!("did you mean {s}?"),
            PostcodeError::UnknownDistrict { .. } => {
                "check it on a letter or bill: the postcode may have changed or been mistyped; or leave the postcode out".into()
            }
            _ => "a UK postcode looks like \"B1 1BB\" or \"SW1A 2AA\"; you can also give only the first half (\"B1\"), or leave it out".into(),
        }
    }

    pub fn suggestion(&self) -> Option<&str> {
        match self {
            PostcodeError::Malformed { suggestion, .. } | PostcodeError::UnknownDistrict { suggestion, .. } => {
                suggestion.as_deref()
            }
            _ => None,
        }
    }
}

const OVERSEAS: [(&str, &str); 10] = [
    ("ASCN 1ZZ", "Ascension Island"),
    ("BBND 1ZZ", "British Indian Ocean Territory"),
    ("BIQQ 1ZZ", "British Antarctic Territory"),
    ("FIQQ 1ZZ", "Falkland Islands"),
    ("GX11 1AA", "Gibraltar"),
    ("PCRN 1ZZ", "Pitcairn Islands"),
    ("SIQQ 1ZZ", "South Georgia and the South Sandwich Islands"),
    ("STHL 1ZZ", "Saint Helena"),
    ("TDCU 1ZZ", "Tristan da Cunha"),
    ("TKCA 1ZZ", "Turks and Caicos Islands"),
];

/// Looks a postcode up in the embedded table.
pub fn lookup(input: &str) -> Result<PostcodeInfo, PostcodeError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(PostcodeError::Empty);
    }
    if let Some(info) = special(trimmed) {
        return Ok(info);
    }
    let compact: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '.')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if let Some(bad) = compact.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(PostcodeError::BadCharacter(bad));
    }
    let (outward, inward) = split(&compact).ok_or_else(|| PostcodeError::Malformed {
        input: trimmed.to_string(),
        suggestion: None,
    })?;
    let inward_ok = inward.is_none_or(is_inward_shape);
    if inward_ok && !is_outcode_shape(outward) && is_loose_outcode_shape(outward) && repair(&compact).is_none() {
        // "QQ1 1AA" has a postcode's shape, only with letters no area uses: the district does
        // not exist, which says more than "not the shape of a postcode".
        let normalised = inward.map_or(outward.to_string(), |i| format!("{outward} {i}"));
        return Err(PostcodeError::UnknownDistrict {
            normalised,
            outcode: outward.to_string(),
            suggestion: None,
        });
    }
    if !is_outcode_shape(outward) || !inward_ok {
        return Err(PostcodeError::Malformed {
            input: trimmed.to_string(),
            suggestion: repair(&compact),
        });
    }
    let normalised = match inward {
        Some(i) => format!("{outward} {i}"),
        None => outward.to_string(),
    };
    let area: String = outward.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let sector = inward
        .and_then(|i| i.chars().next())
        .and_then(|c| c.to_digit(10))
        .map(|d| d as u8);
    let base = PostcodeInfo {
        input: input.to_string(),
        normalised: normalised.clone(),
        outcode: Some(outward.to_string()),
        sector,
        area: area.clone(),
        status: Status::Home,
        nations: Vec::new(),
        region: None,
        regions: Vec::new(),
        local_authorities: Vec::new(),
        territory: None,
        live_check: None,
    };
    let Some(district) = district(outward) else {
        return match area.as_str() {
            "BF" => Ok(PostcodeInfo {
                status: Status::Forces,
                ..base
            }),
            "BX" => Ok(PostcodeInfo {
                status: Status::NonGeographic,
                ..base
            }),
            "GX" => Ok(PostcodeInfo {
                status: Status::OverseasTerritory,
                territory: Some("Gibraltar"),
                ..base
            }),
            _ => Err(PostcodeError::UnknownDistrict {
                normalised,
                outcode: outward.to_string(),
                suggestion: repair(&compact),
            }),
        };
    };
    if !district.in_uk {
        let territory = match district.area {
            "JE" => "Jersey",
            "GY" => "Guernsey",
            _ => "Isle of Man",
        };
        return Ok(PostcodeInfo {
            status: Status::CrownDependency,
            territory: Some(territory),
            ..base
        });
    }
    if district.region.is_empty() && district.country != "Northern Ireland" {
        // The districts with no grid reference and no local authority: large users and PO boxes.
        return Ok(PostcodeInfo {
            status: Status::NonGeographic,
            ..base
        });
    }
    let nations = nations_for(&district, sector);
    let region = nations
        .contains(&"England")
        .then_some(district.region)
        .filter(|r| !r.is_empty());
    let local_authorities = district
        .lads
        .iter()
        .copied()
        .filter(|(code, _)| nations.iter().any(|n| lad_nation(code) == Some(*n)))
        .collect();
    Ok(PostcodeInfo {
        nations,
        region,
        regions: if region.is_some() {
            district.regions.to_vec()
        } else {
            Vec::new()
        },
        local_authorities,
        ..base
    })
}

/// The district row for an outward code (upper case, no space).
pub fn district(outcode: &str) -> Option<District> {
    ROWS.binary_search_by(|r| r.outcode.get().cmp(outcode))
        .ok()
        .map(|i| ROWS[i].district())
}

fn nations_for(district: &District, sector: Option<u8>) -> Vec<&'static str> {
    let all: Vec<&'static str> = district.nations.iter().map(|(n, _)| *n).collect();
    if all.len() < 2 {
        return all;
    }
    let Some(rule) = CROSS_BORDER.iter().find(|c| c.outcode == district.outcode) else {
        return all;
    };
    let Some(sector) = sector else {
        return all;
    };
    match rule.mixed_sectors.iter().find(|(s, _)| *s == sector) {
        Some((_, counts)) => {
            let mut counts = counts.to_vec();
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            counts.into_iter().map(|(n, _)| n).collect()
        }
        None => rule.other_sectors.map_or(all, |n| vec![n]),
    }
}

fn lad_nation(code: &str) -> Option<&'static str> {
    match code.as_bytes().first() {
        Some(b'E') => Some("England"),
        Some(b'W') => Some("Wales"),
        Some(b'S') => Some("Scotland"),
        Some(b'N') => Some("Northern Ireland"),
        _ => None,
    }
}

/// Codes that look like postcodes but are not UK homes, recognised before the UK shape check.
fn special(trimmed: &str) -> Option<PostcodeInfo> {
    let upper: String = trimmed
        .to_ascii_uppercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // The main path drops dots too ("B1.1BB"); so must this one, or "HM.12" and "HM12" would
    // differ. Hyphens stay: they tell Cayman's KY1-1234 from Fife's KY1.
    let compact: String = upper.chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    let make = |status: Status, normalised: String, territory: Option<&'static str>| PostcodeInfo {
        input: trimmed.to_string(),
        normalised,
        outcode: None,
        sector: None,
        area: String::new(),
        status,
        nations: Vec::new(),
        region: None,
        regions: Vec::new(),
        local_authorities: Vec::new(),
        territory,
        live_check: None,
    };
    if compact == "GIR0AA" {
        return Some(make(Status::NonGeographic, "GIR 0AA".into(), None));
    }
    if compact == "SANTA1" {
        return Some(make(Status::NonGeographic, "SAN TA1".into(), None));
    }
    if let Some(rest) = compact.strip_prefix("BFPO") {
        let number = rest.strip_prefix("C/O").unwrap_or(rest);
        if (1..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) {
            return Some(make(Status::Forces, format!("BFPO {number}"), None));
        }
    }
    if let Some((code, name)) = OVERSEAS.iter().find(|(code, _)| code.replace(' ', "") == compact) {
        return Some(make(Status::OverseasTerritory, code.to_string(), Some(name)));
    }
    // Territories with their own systems: Cayman KY1-1234 (the hyphen tells it from Fife's KY),
    // Montserrat MSR 1110, British Virgin Islands VG1110, Anguilla AI-2640, Bermuda HM 12.
    let b = upper.as_bytes();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if b.len() == 8 && upper.starts_with("KY") && b[2].is_ascii_digit() && b[3] == b'-' && digits(&upper[4..]) {
        return Some(make(Status::OverseasTerritory, upper.clone(), Some("Cayman Islands")));
    }
    if compact.len() == 7 && compact.starts_with("MSR") && digits(&compact[3..]) {
        return Some(make(
            Status::OverseasTerritory,
            format!("MSR {}", &compact[3..]),
            Some("Montserrat"),
        ));
    }
    if compact.len() == 6 && compact.starts_with("VG") && digits(&compact[2..]) {
        return Some(make(
            Status::OverseasTerritory,
            compact.clone(),
            Some("British Virgin Islands"),
        ));
    }
    if upper.starts_with("AI") && compact.len() == 7 && compact.as_bytes()[2] == b'-' && digits(&compact[3..]) {
        return Some(make(Status::OverseasTerritory, compact.clone(), Some("Anguilla")));
    }
    if compact.len() == 4 && compact.as_bytes()[..2].iter().all(u8::is_ascii_alphabetic) && digits(&compact[2..]) {
        let area = &compact[..2];
        // GX is Gibraltar's (GX11), handled with the UK codes; found by fuzzing ("GX11" was Bermuda).
        let uk_area = is_known_area(area) || matches!(area, "BF" | "BX" | "GX");
        if !uk_area {
            return Some(make(
                Status::OverseasTerritory,
                format!("{area} {}", &compact[2..]),
                Some("Bermuda"),
            ));
        }
    }
    None
}

/// Splits a compact code into outward and optional inward parts by length.
fn split(compact: &str) -> Option<(&str, Option<&str>)> {
    match compact.len() {
        2..=4 => Some((compact, None)),
        5..=7 => Some((&compact[..compact.len() - 3], Some(&compact[compact.len() - 3..]))),
        _ => None,
    }
}

/// The strict BS 7666 outward shape (reference/postcodes.md 1.3 b).
pub fn is_outcode_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let first = |c: u8| c.is_ascii_uppercase() && !matches!(c, b'Q' | b'V' | b'X');
    let second = |c: u8| c.is_ascii_uppercase() && !matches!(c, b'I' | b'J' | b'Z');
    let digit = |c: u8| c.is_ascii_digit();
    match *b {
        // A9, A99, A9A
        [a, d] => first(a) && digit(d),
        [a, d, x] if digit(d) => first(a) && (digit(x) || b"ABCDEFGHJKPSTUW".contains(&x)),
        // AA9, AA99, AA9A
        [a, s, d] => first(a) && second(s) && digit(d),
        [a, s, d, x] => first(a) && second(s) && digit(d) && (digit(x) || b"ABEHMNPRVWXY".contains(&x)),
        _ => false,
    }
}

/// One or two letters, a digit, then perhaps a letter or digit: a district's shape whatever the letters.
fn is_loose_outcode_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && b.get(letters).is_some_and(u8::is_ascii_digit)
        && b.len() <= letters + 2
        && b[letters..].iter().all(u8::is_ascii_alphanumeric)
}

fn is_inward_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let letter = |c: u8| c.is_ascii_uppercase() && !b"CIKMOV".contains(&c);
    matches!(b, [d, x, y] if d.is_ascii_digit() && letter(*x) && letter(*y))
}

/// A postcode area's shape: one or two capital letters.
pub fn is_area_shape(s: &str) -> bool {
    (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// The nearest real district reached by swapping O/0 and I/1 (never S/5, Z/2 or B/8: those are
/// all valid characters). Shown as a suggestion, never applied silently.
fn repair(compact: &str) -> Option<String> {
    let swaps: Vec<usize> = compact
        .char_indices()
        .filter(|(_, c)| matches!(c, 'O' | '0' | 'I' | '1' | 'L'))
        .map(|(i, _)| i)
        .collect();
    if swaps.is_empty() || swaps.len() > 8 {
        return None;
    }
    let mut best: Option<(u32, String)> = None;
    for mask in 1u32..(1 << swaps.len()) {
        let mut chars: Vec<char> = compact.chars().collect();
        for (bit, &i) in swaps.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                chars[i] = match chars[i] {
                    'O' => '0',
                    '0' => 'O',
                    'I' | 'L' => '1',
                    _ => 'I',
                };
            }
        }
        let candidate: String = chars.into_iter().collect();
        let Some((outward, inward)) = split(&candidate) else {
            continue;
        };
        let valid = is_outcode_shape(outward) && inward.is_none_or(is_inward_shape) && district(outward).is_some();
        if valid && best.as_ref().is_none_or(|(n, _)| mask.count_ones() < *n) {
            let shown = match inward {
                Some(i) => format!("{outward} {i}"),
                None => outward.to_string(),
            };
            best = Some((mask.count_ones(), shown));
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_district_in_the_table_resolves() {
        let mut count = 0;
        for d in districts() {
            count += 1;
            let info = lookup(d.outcode).unwrap_or_else(|e| panic!("{}: {e}", d.outcode));
            assert_eq!(info.outcode.as_deref(), Some(d.outcode));
            if d.in_uk && !d.region.is_empty() {
                assert_eq!(info.status, Status::Home, "{}", d.outcode);
                assert!(!info.nations.is_empty(), "{}", d.outcode);
            }
        }
        assert_eq!(count, 2977);
        assert_eq!(
            district("HU1").unwrap().lads,
            [("E06000010", "Kingston upon Hull, City of")]
        );
        assert_eq!(district("CH4").unwrap().nations, [("England", 479), ("Wales", 439)]);
    }

    #[test]
    fn normalises() {
        let info = lookup("b11bb").unwrap();
        assert_eq!(info.normalised, "B1 1BB");
        assert_eq!(info.nations, ["England"]);
        assert_eq!(info.region, Some("West Midlands"));
        assert_eq!(info.local_authorities, [("E08000025", "Birmingham")]);
        assert_eq!(lookup("  sw1a   2aa ").unwrap().normalised, "SW1A 2AA");
        assert_eq!(lookup("EC1A-1BB").unwrap().normalised, "EC1A 1BB");
        assert_eq!(lookup("hu1").unwrap().normalised, "HU1");
    }

    #[test]
    fn nations() {
        assert_eq!(lookup("CF10 1AA").unwrap().nations, ["Wales"]);
        // A live lookup narrows a two-nation sector; a nation the table rules out changes nothing.
        let mut two = lookup("HR3 5AA").unwrap();
        assert_eq!(two.nations.len(), 2, "{:?}", two.nations);
        assert!(!two.confirm_nation("Scotland"));
        assert_eq!(two.nations.len(), 2);
        assert!(two.confirm_nation("Wales"));
        assert_eq!(two.nations, ["Wales"]);
        assert!(two.region.is_none());
        assert!(two.local_authorities.iter().all(|(c, _)| c.starts_with('W')));
        assert_eq!(lookup("EH1 1AA").unwrap().nations, ["Scotland"]);
        let bt = lookup("BT1 1AA").unwrap();
        assert_eq!(bt.nations, ["Northern Ireland"]);
        assert_eq!(bt.region, None);
    }

    #[test]
    fn sector_rule() {
        // SY13: every Welsh postcode is in sectors 2, 3 and 4, so sector 1 is England.
        assert_eq!(lookup("SY13 1AA").unwrap().nations, ["England"]);
        assert_eq!(lookup("SY13 3AA").unwrap().nations, ["Wales", "England"]);
        // HR3: both nations sit wholly in sectors 5 and 6, so nothing is known of any other.
        assert_eq!(lookup("HR3 4AA").unwrap().nations.len(), 2);
        assert_eq!(lookup("HR3 5AA").unwrap().nations, ["Wales", "England"]);
        // LD7: England only in sector 1, so the rest is Wales.
        let ld = lookup("LD7 2AA").unwrap();
        assert_eq!(ld.nations, ["Wales"]);
        assert_eq!(ld.region, None);
        // CH4 and SY10: the counts do not decide the other sectors.
        assert_eq!(lookup("CH4 0AA").unwrap().nations.len(), 2);
        assert_eq!(lookup("SY10 8AA").unwrap().nations.len(), 2);
        // Outward code only: both.
        assert_eq!(lookup("TD15").unwrap().nations, ["England", "Scotland"]);
        assert_eq!(lookup("TD15 2AA").unwrap().nations, ["England"]);
    }

    #[test]
    fn outside_the_uk() {
        let je = lookup("JE2 3AB").unwrap();
        assert_eq!((je.status, je.territory), (Status::CrownDependency, Some("Jersey")));
        assert!(!je.in_scope());
        assert_eq!(lookup("IM1 1AA").unwrap().territory, Some("Isle of Man"));
        assert_eq!(lookup("GY1 1AA").unwrap().territory, Some("Guernsey"));
        assert_eq!(lookup("GX11 1AA").unwrap().territory, Some("Gibraltar"));
        // Regression (fuzzing): every spelling of Gibraltar's outward code is Gibraltar, and a
        // normalised code looks up to itself.
        for input in ["GX11", " GX.11", "gx 11", "GX11 1AA"] {
            let info = lookup(input).unwrap();
            assert_eq!(info.territory, Some("Gibraltar"), "{input}");
            assert_eq!(lookup(&info.normalised).unwrap().normalised, info.normalised, "{input}");
        }
        assert_eq!(lookup("HM.12").unwrap().territory, Some("Bermuda"));
        assert_eq!(lookup("FIQQ 1ZZ").unwrap().status, Status::OverseasTerritory);
        assert_eq!(lookup("KY1-1234").unwrap().territory, Some("Cayman Islands"));
        assert_eq!(lookup("KY1 1AA").unwrap().nations, ["Scotland"], "Fife, not Cayman");
        assert_eq!(lookup("HM 12").unwrap().territory, Some("Bermuda"));
        assert_eq!(lookup("BFPO 123").unwrap().status, Status::Forces);
        assert_eq!(lookup("BF1 3AA").unwrap().status, Status::Forces);
    }

    #[test]
    fn non_geographic() {
        assert_eq!(lookup("GIR 0AA").unwrap().status, Status::NonGeographic);
        assert_eq!(lookup("BX1 1LT").unwrap().status, Status::NonGeographic);
        let bn91 = lookup("BN91 1AA").unwrap();
        assert_eq!(bn91.status, Status::NonGeographic);
        assert!(bn91.in_scope());
    }

    #[test]
    fn errors_and_suggestions() {
        assert_eq!(lookup("  "), Err(PostcodeError::Empty));
        assert_eq!(lookup("B1 1BÉ"), Err(PostcodeError::BadCharacter('É')));
        assert!(matches!(lookup("12345"), Err(PostcodeError::Malformed { .. })));
        assert!(matches!(lookup("ABCDEFGHIJ"), Err(PostcodeError::Malformed { .. })));
        // A postcode's shape with letters no area uses: the district does not exist.
        for (input, outcode) in [("QQ1 1AA", "QQ1"), ("zz1 1aa", "ZZ1"), ("VJ9", "VJ9")] {
            match lookup(input) {
                Err(PostcodeError::UnknownDistrict { outcode: o, .. }) => assert_eq!(o, outcode),
                other => panic!("{input}: {other:?}"),
            }
        }
        let typo = lookup("B1 IBB").unwrap_err();
        assert_eq!(typo.suggestion(), Some("B1 1BB"));
        let typo = lookup("SW1A OAA").unwrap_err();
        assert_eq!(typo.suggestion(), Some("SW1A 0AA"));
        // O is never an inward letter, so "2A0" has no repair (reference 1.4's example is not valid).
        assert_eq!(lookup("SW1A 2A0").unwrap_err().suggestion(), None);
        let unknown = lookup("B0 1BB").unwrap_err();
        assert!(matches!(unknown, PostcodeError::UnknownDistrict { .. }), "{unknown:?}");
        assert_eq!(lookup("b1 lbb").unwrap_err().suggestion(), Some("B1 1BB"));
    }

    #[test]
    fn shapes() {
        for ok in ["M1", "B33", "CR2", "DN55", "W1A", "EC1A", "N1P"] {
            assert!(is_outcode_shape(ok), "{ok}");
        }
        for bad in ["Q1", "1A", "AI1", "W1I", "EC1Z", "", "ABCDE"] {
            assert!(!is_outcode_shape(bad), "{bad}");
        }
    }
}
