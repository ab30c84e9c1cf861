//! A calendar date (no time, no zone): catalogue editions, `facts_as_of`, today.
//!
//! Hand-written on purpose, after a look at `time`, `jiff` and `chrono`: all we need is a
//! proleptic Gregorian date, its day number (Hinnant's civil-from-days, a few lines), whole
//! months between two dates and today's UTC date. Each crate would add a dependency tree, a time
//! zone database or formatting machinery to the core and to start-up for none of that; the
//! arithmetic here is covered by round-trip tests over every day from 1970 to 2100.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u16>().ok();
        Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, inverted).
    pub fn days_since_epoch(self) -> i64 {
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Today in UTC, from the system clock. Only shells call this; the core takes `today` as input.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_days_since_epoch(secs.div_euclid(86_400))
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(self, later: Date) -> i64 {
        let months =
            (i64::from(later.year) - i64::from(self.year)) * 12 + i64::from(later.month) - i64::from(self.month);
        if later.day < self.day { months - 1 } else { months }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Accepts a TOML date (`edition = 2026-11-26`), also from the build-time JSON copy of the
/// catalogue, which keeps toml's own shape for dates.
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct DateVisitor;

        impl<'de> serde::de::Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a plain date like 2026-11-26")
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Date, M::Error> {
                use serde::de::Error;
                let Some(_) = map.next_key::<String>()? else {
                    return Err(M::Error::custom("expected a date"));
                };
                let text: String = map.next_value()?;
                parse_plain(&text).map_err(M::Error::custom)
            }
        }

        // toml's private datetime protocol: it hands dates over as a one-key struct.
        d.deserialize_struct("$__toml_private_Datetime", &["$__toml_private_datetime"], DateVisitor)
    }
}

fn parse_plain(s: &str) -> Result<Date, String> {
    match s.parse::<toml::value::Datetime>() {
        Ok(toml::value::Datetime {
            date: Some(date),
            time: None,
            offset: None,
        }) => Date::new(date.year, date.month, date.day).ok_or_else(|| format!("{date} is not a real calendar date")),
        _ => Err(format!(
            "expected a plain date like 2026-11-26 (no time or zone), found {s}"
        )),
    }
}

/// In the catalogue's JSON Schema a date is a TOML local date (`2026-11-26`, no quotes); editors
/// that check TOML against JSON Schema (taplo) treat it as a string with the `date` format.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A TOML local date, e.g. 2026-11-26"
        })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let dt = toml::value::Datetime {
            date: Some(toml::value::Date {
                year: self.year,
                month: self.month,
                day: self.day,
            }),
            time: None,
            offset: None,
        };
        dt.serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days_round_trip() {
        for days in [-1000, 0, 1, 59, 365, 11_016, 20_000, 20_418, 30_000] {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days, "{d}");
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::parse("2026-11-26").unwrap().days_since_epoch(), 20_783);
    }

    #[test]
    fn every_day_from_1970_to_2100_follows_the_one_before() {
        let mut previous = Date::new(1969, 12, 31).unwrap();
        for days in 0..=Date::new(2100, 12, 31).unwrap().days_since_epoch() {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days);
            assert_eq!(Date::parse(&d.to_string()), Some(d));
            let next_day = Date::new(previous.year, previous.month, previous.day + 1);
            let next_month = Date::new(previous.year, previous.month + 1, 1);
            let next_year = Date::new(previous.year + 1, 1, 1);
            assert_eq!(Some(d), next_day.or(next_month).or(next_year), "after {previous}");
            previous = d;
        }
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("23-01-01"), None);
    }

    #[test]
    fn months_between() {
        let a = Date::parse("2023-04-20").unwrap();
        assert_eq!(a.months_until(Date::parse("2024-04-20").unwrap()), 12);
        assert_eq!(a.months_until(Date::parse("2024-04-19").unwrap()), 11);
    }
}
