//! Calendar dates as people read them ("3 December 2026"), parsed from the ISO form a date
//! input gives ("2026-12-03").

use std::fmt;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    year: u16,
    month: u8,
    day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl CalendarDate {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid =
            (2000..=2200).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Reads "YYYY-MM-DD"; anything else is `None`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Self::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.day, MONTHS[usize::from(self.month - 1)], self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_round_trip_and_read_naturally() {
        let date = CalendarDate::parse_iso("2026-12-03").unwrap();
        assert_eq!(date.iso(), "2026-12-03");
        assert_eq!(date.to_string(), "3 December 2026");
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused() {
        for bad in
            ["", "2026-02-29", "2026-13-01", "2026-00-10", "2026-4-01", "26-04-01", "1999-01-01", "2026-04-31", "soon"]
        {
            assert_eq!(CalendarDate::parse_iso(bad), None, "{bad}");
        }
        assert!(CalendarDate::parse_iso("2028-02-29").is_some(), "leap year");
    }
}
