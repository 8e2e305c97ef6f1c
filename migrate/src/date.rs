//! Calendar dates of the deprecation window, and the injectable "today".

use anyhow::{Context, Result, bail};
use jiff::ToSpan;
pub use jiff::civil::Date;

/// Environment variable that overrides today's date (`YYYY-MM-DD`), for tests and reproducible runs.
pub const TODAY_ENV: &str = "WASMRUST_TODAY";

/// Length of every deprecation window, in calendar months (the spec's promise).
pub const WINDOW_MONTHS: i8 = 6;

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(text: &str) -> Result<Date> {
    let text = text.trim();
    // jiff accepts more than plain dates (e.g. datetimes); the registry wants exactly a date.
    if text.len() != 10 {
        bail!("`{text}` is not a date of the form YYYY-MM-DD");
    }
    text.parse::<Date>()
        .with_context(|| format!("`{text}` is not a valid YYYY-MM-DD date"))
}

/// The removal date an entry deprecated on `since` must carry: six calendar months later.
/// A day that does not exist in the target month is clamped to the month's last day
/// (2026-08-31 -> 2027-02-28), the usual calendar-month rule.
pub fn removal_for(since: Date) -> Date {
    since
        .checked_add(i32::from(WINDOW_MONTHS).months())
        .expect("six months after a registry date is inside jiff's range")
}

/// Today: `--today` if given, else `$WASMRUST_TODAY`, else the system's local date.
pub fn today(flag: Option<&str>) -> Result<Date> {
    if let Some(text) = flag {
        return parse_date(text).context("--today");
    }
    match std::env::var(TODAY_ENV) {
        Ok(text) => parse_date(&text).with_context(|| format!("${TODAY_ENV}")),
        Err(_) => Ok(jiff::Zoned::now().date()),
    }
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    let span = a.until(b).expect("dates in range");
    // `until` on civil dates yields days only by default.
    i64::from(span.get_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_months_is_calendar_months_with_clamping() {
        assert_eq!(
            removal_for(parse_date("2026-06-01").unwrap()).to_string(),
            "2026-12-01"
        );
        assert_eq!(
            removal_for(parse_date("2026-08-31").unwrap()).to_string(),
            "2027-02-28"
        );
        assert_eq!(
            removal_for(parse_date("2027-08-31").unwrap()).to_string(),
            "2028-02-29"
        );
    }

    #[test]
    fn rejects_non_dates() {
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("2026-2-3").is_err());
        assert!(parse_date("2026-02-03T00:00").is_err());
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn day_distance() {
        let a = parse_date("2026-11-25").unwrap();
        let b = parse_date("2027-01-24").unwrap();
        assert_eq!(days_between(a, b), 60);
        assert_eq!(days_between(b, a), -60);
    }
}
