//! The hostile corpus: files that once crashed, froze or silently changed Hearth, opened through
//! the same readers the app uses. Each is refused in sentences or opens and round-trips
//! unchanged, never a panic; and reading time grows in proportion to a file, never its square.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use crate::content::{scenario_checks, CASEWORK, CONFLICT_OR_ABUSE, SAFER_SLEEP, SCENARIO_FILES};
use crate::domain::date::CalendarDate;
use crate::domain::record_file::{export, open, Opened};
use crate::domain::scenario::file::{read, Checks};
use crate::domain::scenario::picture::after;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

fn checks() -> Checks<'static> {
    Checks { taken_ids: &[], ..scenario_checks() }
}

/// Opens a file as a practitioner's record: true if it opened (and round-tripped unchanged).
fn as_record(name: &str, bytes: &[u8]) -> bool {
    match open(bytes, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK) {
        Err(error) => {
            assert!(error.to_string().ends_with('.'), "{name}: {error:?} is not a sentence");
            false
        }
        Ok(Opened::Plain(snapshot)) => {
            let again = export(&snapshot, &CONFLICT_OR_ABUSE, &SAFER_SLEEP, CalendarDate::new(2026, 12, 1).unwrap());
            match open(again.as_bytes(), &CONFLICT_OR_ABUSE, &SAFER_SLEEP, &CASEWORK) {
                Ok(Opened::Plain(reopened)) => assert_eq!(reopened, snapshot, "{name}: changed by a round trip"),
                other => panic!("{name}: its own export did not open: {other:?}"),
            }
            true
        }
        Ok(Opened::Sealed(_)) => true,
    }
}

/// Reads a file as a trainer's scenario: true if it was accepted (and every slide presented).
fn as_scenario(name: &str, bytes: &[u8]) -> bool {
    match read(bytes, &checks()) {
        Err(problems) => {
            assert!(!problems.is_empty() && problems.len() <= 31, "{name}: {} problems listed", problems.len());
            false
        }
        Ok(scenario) => {
            for swapped in [false, true] {
                for revealed in 0..=scenario.steps.len() {
                    let picture = after(&scenario, revealed, swapped).unwrap_or_else(|e| panic!("{name}: {e}"));
                    let routing = picture.conflict_routing(&CONFLICT_OR_ABUSE);
                    picture.sleep_routing(&SAFER_SLEEP, &routing);
                }
            }
            true
        }
    }
}

#[test]
fn every_hostile_file_is_refused_in_sentences_or_round_trips_and_nothing_panics() {
    let mut files: Vec<_> = std::fs::read_dir(CORPUS).expect("the corpus folder").flatten().map(|e| e.path()).collect();
    files.sort();
    let mut checked = 0;
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let opened = catch_unwind(AssertUnwindSafe(|| {
            if name.starts_with("record-") {
                as_record(&name, &bytes)
            } else if name.starts_with("scenario-") {
                as_scenario(&name, &bytes)
            } else {
                as_record(&name, &bytes) | as_scenario(&name, &bytes)
            }
        }));
        let opened = opened.unwrap_or_else(|_| panic!("{name}: a reader panicked"));
        assert_eq!(opened, name.contains("byte-order-mark"), "{name}: only the byte-order-mark file should open");
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} hostile files found in {CORPUS}");
}

/// The least time of a few runs, so that a busy machine does not make a linear reader look slow.
fn fastest(run: impl Fn()) -> Duration {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Four times the input takes about four times as long; sixteen would mean quadratic time. The
/// sizes are large enough that a busy machine's pauses do not swamp the time measured.
fn assert_linear(what: &str, make: impl Fn(usize) -> Vec<u8>, read: impl Fn(&[u8])) {
    let (small, large) = (make(4_000), make(16_000));
    let (t_small, t_large) = (fastest(|| read(&small)), fastest(|| read(&large)));
    assert!(t_large < t_small * 10, "{what}: 4x the size took {t_large:?} against {t_small:?}");
}

fn object_with_keys(n: usize) -> String {
    (0..n).map(|i| format!("\"key{i}\": {i}")).collect::<Vec<_>>().join(", ")
}

#[test]
fn generated_hostile_files_are_read_in_linear_time() {
    assert_linear(
        "a record with one large object",
        |n| {
            format!("{{\"format\": \"hearth-record\", \"schema\": 1, \"extra\": {{{}}}}}", object_with_keys(n))
                .into_bytes()
        },
        |bytes| assert!(!as_record("large object", bytes)),
    );
    assert_linear(
        "a scenario with many unknown fields",
        |n| {
            let text = SCENARIO_FILES[0].1.replacen('{', &format!("{{{}, ", object_with_keys(n)), 1);
            text.into_bytes()
        },
        |bytes| assert!(!as_scenario("unknown fields", bytes)),
    );
}

#[test]
fn generated_files_beyond_every_limit_are_refused() {
    let keys = format!("{{\"hearth_scenario\": 1, {}}}", object_with_keys(40_000));
    assert!(!as_scenario("40,000 keys", keys.as_bytes()));
    let long_id = SCENARIO_FILES[0].1.replacen("\"willow-lane\"", &format!("\"{}\"", "a".repeat(400_000)), 1);
    assert!(!as_scenario("a 400,000-character id", long_id.as_bytes()));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(!as_record("deep", deep.as_bytes()) && !as_scenario("deep", deep.as_bytes()));
}
