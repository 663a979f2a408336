//! A record saved on this device. Its name is sealed inside with the record, so storage shows
//! only when it was saved. Records saved by the release before this one are sealed record
//! files kept under a key that holds their name; they still open.

use std::fmt;

use crate::domain::date::CalendarDate;
use crate::domain::json::{object, Json};
use crate::domain::record_file::{read_sealed_file, sealed_json, ImportError, Sealed, SEALED_FORMAT};

/// What storage holds: when it was saved, and the sealed contents.
pub const FORMAT: &str = "hearth-saved-record";
/// What the seal holds: the name and the record file.
pub const CONTENTS_FORMAT: &str = "hearth-saved-record-contents";
pub const SCHEMA: i64 = 1;

/// When a record was saved, to the minute, on this device's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SavedAt {
    date: CalendarDate,
    hour: u8,
    minute: u8,
}

impl SavedAt {
    /// An hour past 23 or a minute past 59 is taken as the last one.
    pub fn new(date: CalendarDate, hour: u8, minute: u8) -> Self {
        Self { date, hour: hour.min(23), minute: minute.min(59) }
    }

    /// "2026-12-03T14:05"
    pub fn iso(self) -> String {
        format!("{}T{:02}:{:02}", self.date.iso(), self.hour, self.minute)
    }

    pub fn parse_iso(text: &str) -> Option<Self> {
        let (date, time) = text.split_once('T')?;
        let (hour, minute) = time.split_once(':')?;
        if hour.len() != 2 || minute.len() != 2 {
            return None;
        }
        let (date, hour, minute) = (CalendarDate::parse_iso(date)?, hour.parse().ok()?, minute.parse().ok()?);
        (hour < 24 && minute < 60).then(|| Self::new(date, hour, minute))
    }
}

/// "3 December 2026, 14:05"
impl fmt::Display for SavedAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {:02}:{:02}", self.date, self.hour, self.minute)
    }
}

/// A saved record as storage holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Saved by this release: the name is inside the seal.
    Current { saved: SavedAt, sealed: Sealed },
    /// Saved by the release before, as a sealed record file; its name is in the storage key.
    Earlier(Sealed),
}

/// The storage value for a record sealed now.
pub fn stored(saved: SavedAt, sealed: &Sealed) -> String {
    object([
        ("format", FORMAT.into()),
        ("schema", SCHEMA.into()),
        ("saved", saved.iso().into()),
        ("sealed", sealed_json(sealed)),
    ])
    .pretty()
}

pub fn read_stored(text: &str) -> Result<Stored, ImportError> {
    let value = Json::parse(text).map_err(|_| ImportError::Damaged)?;
    match value.get("format").and_then(Json::as_str) {
        Some(FORMAT) => {
            if value.get("schema").and_then(Json::as_i64) != Some(SCHEMA) {
                return Err(ImportError::Damaged);
            }
            let saved = value.get("saved").and_then(Json::as_str).and_then(SavedAt::parse_iso);
            let sealed = value.get("sealed").ok_or(ImportError::Damaged).and_then(read_sealed_file)?;
            Ok(Stored::Current { saved: saved.ok_or(ImportError::Damaged)?, sealed })
        }
        Some(SEALED_FORMAT) => read_sealed_file(&value).map(Stored::Earlier),
        _ => Err(ImportError::Damaged),
    }
}

/// What goes inside the seal: the record's name and its record file.
pub fn contents(name: &str, record_file: &str) -> String {
    object([
        ("format", CONTENTS_FORMAT.into()),
        ("schema", SCHEMA.into()),
        ("name", name.into()),
        ("record", record_file.into()),
    ])
    .pretty()
}

/// The name and the record file from an unsealed `contents`.
pub fn read_contents(bytes: &[u8]) -> Result<(String, String), ImportError> {
    let value = std::str::from_utf8(bytes).ok().and_then(|t| Json::parse(t).ok()).ok_or(ImportError::Damaged)?;
    let text = |key| value.get(key).and_then(Json::as_str).map(str::to_owned);
    let ours = text("format").as_deref() == Some(CONTENTS_FORMAT)
        && value.get("schema").and_then(Json::as_i64) == Some(SCHEMA);
    match (ours, text("name"), text("record")) {
        (true, Some(name), Some(record)) => Ok((name, record)),
        _ => Err(ImportError::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record_file::{export_sealed, to_hex, PBKDF2_ITERATIONS, SCHEMA as FILE_SCHEMA};

    fn sealed() -> Sealed {
        Sealed {
            format: SEALED_FORMAT.into(),
            schema: FILE_SCHEMA,
            kdf: "PBKDF2-SHA-256".into(),
            iterations: PBKDF2_ITERATIONS,
            salt: to_hex(&[7; 16]),
            nonce: to_hex(&[9; 12]),
            ciphertext: to_hex(&[1; 40]),
        }
    }

    fn at(day: u8, hour: u8, minute: u8) -> SavedAt {
        SavedAt::new(CalendarDate::new(2026, 12, day).unwrap(), hour, minute)
    }

    #[test]
    fn a_saved_time_reads_as_people_say_it_and_round_trips() {
        let saved = at(3, 14, 5);
        assert_eq!(saved.to_string(), "3 December 2026, 14:05");
        assert_eq!(saved.iso(), "2026-12-03T14:05");
        assert_eq!(SavedAt::parse_iso("2026-12-03T14:05"), Some(saved));
        for bad in ["2026-12-03", "2026-12-03T24:00", "2026-12-03T14:60", "2026-12-03T4:05", "soon"] {
            assert_eq!(SavedAt::parse_iso(bad), None, "{bad}");
        }
        assert!(at(3, 9, 0) < at(3, 14, 5) && at(3, 14, 5) < at(4, 0, 0));
    }

    #[test]
    fn storage_holds_the_time_and_the_seal_and_never_the_name() {
        let text = stored(at(3, 14, 5), &sealed());
        assert_eq!(read_stored(&text), Ok(Stored::Current { saved: at(3, 14, 5), sealed: sealed() }));
        assert!(text.contains("\"saved\": \"2026-12-03T14:05\""));
    }

    #[test]
    fn a_record_saved_by_the_release_before_still_reads() {
        assert_eq!(read_stored(&export_sealed(&sealed())), Ok(Stored::Earlier(sealed())));
    }

    #[test]
    fn a_record_the_release_before_saved_on_a_device_is_recognised() {
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/saved-by-previous-release.json")).unwrap();
        let value = fixture["localStorage"]["hearth-record:JS 27 Nov"].as_str().unwrap();
        assert!(matches!(read_stored(value), Ok(Stored::Earlier(_))));
    }

    #[test]
    fn anything_else_in_storage_is_damaged_and_a_hostile_seal_is_refused() {
        for junk in ["", "{}", "[1]", "{\"format\": \"hearth-saved-record\", \"schema\": 1}"] {
            assert_eq!(read_stored(junk), Err(ImportError::Damaged), "{junk}");
        }
        let newer =
            stored(at(3, 14, 5), &sealed()).replace("\"schema\": 1,\n  \"saved\"", "\"schema\": 2,\n  \"saved\"");
        assert_eq!(read_stored(&newer), Err(ImportError::Damaged));
        let hostile = stored(at(3, 14, 5), &Sealed { iterations: u32::MAX, ..sealed() });
        assert_eq!(read_stored(&hostile), Err(ImportError::Iterations(u32::MAX)));
    }

    #[test]
    fn the_name_and_the_record_go_inside_the_seal_together() {
        let inside = contents("JS \"27\" Nov", "{\n  \"format\": \"hearth-record\"\n}");
        assert_eq!(
            read_contents(inside.as_bytes()),
            Ok(("JS \"27\" Nov".to_owned(), "{\n  \"format\": \"hearth-record\"\n}".to_owned()))
        );
        assert_eq!(read_contents(b"{\"format\": \"hearth-record\", \"schema\": 1}"), Err(ImportError::Damaged));
        assert_eq!(read_contents(&[0xff, 0xfe]), Err(ImportError::Damaged));
    }
}
