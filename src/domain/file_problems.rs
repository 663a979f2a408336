//! Reading a file that a person may have written or edited by hand (a trainer's scenario, a
//! partnership's local settings): every problem is listed with where it is and how to fix it,
//! not just the first, and a file with any problem is refused whole.

use std::cell::RefCell;
use std::convert::Infallible;

use crate::domain::json::{Json, JsonProblem, Kind, Misfit, Report, MAX_ENTRIES};

/// Problems listed in full; beyond this, the rest are counted, so a broken file cannot flood the page.
pub const MAX_PROBLEMS_SHOWN: usize = 30;

/// What kind of file is read, in the words its messages use.
pub struct FileKind {
    /// "a Hearth scenario file", said when the file is not one.
    pub name: &'static str,
    /// What to do instead, said after a message that the file cannot be read at all.
    pub instead: &'static str,
    pub max_bytes: usize,
}

/// The file as JSON, or the one reason it cannot be read: too large, not text, or not JSON.
pub fn parse(bytes: &[u8], kind: &FileKind) -> Result<Json, Vec<String>> {
    let FileKind { name, instead, max_bytes } = kind;
    if bytes.len() > *max_bytes {
        return Err(vec![format!(
            "The file is larger than {} KB, which is far more than {name} needs. {instead}",
            max_bytes / 1024
        )]);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![format!("The file is not text. {instead}")]);
    };
    // Some editors start a file with a byte-order mark; browsers read past it, and so does Hearth.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    Json::parse(text).map_err(|e| {
        let (line, column) = (e.line, e.column);
        vec![match e.problem {
            JsonProblem::Unexpected => format!(
                "The file is not valid JSON: the problem is at line {line}, column {column}. Check for a missing comma, quote mark or bracket there."
            ),
            JsonProblem::EndsEarly => format!(
                "The file is not valid JSON: it ends too soon, at line {line}, column {column}. Check that every {{, [ and quote mark is closed, or download the file again."
            ),
            JsonProblem::RepeatedName => format!(
                "The file is not valid for Hearth: at line {line}, column {column}, a field name is used a second time in the same {{ }}. Keep only one of them."
            ),
            JsonProblem::TooDeep => format!(
                "The file is not valid for Hearth: at line {line}, column {column}, brackets are nested far more deeply than {name} needs."
            ),
            JsonProblem::TooMany => format!(
                "The file is not valid for Hearth: at line {line}, column {column}, a list or {{ }} has more than {MAX_ENTRIES} entries, far more than {name} needs."
            ),
        }]
    })
}

/// Every problem found so far, each with where it is. As a `Report` it notes a problem and lets
/// reading go on, so it never stops early.
#[derive(Default)]
pub struct ProblemList(RefCell<Vec<String>>);

impl ProblemList {
    pub fn add(&self, place: &str, problem: impl std::fmt::Display) {
        let problem = if place.is_empty() { problem.to_string() } else { format!("{place}: {problem}") };
        self.0.borrow_mut().push(problem);
    }

    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    /// The problems to show, the ones past `MAX_PROBLEMS_SHOWN` counted in a last line.
    pub fn into_shown(self) -> Vec<String> {
        let mut shown = self.0.into_inner();
        if shown.len() > MAX_PROBLEMS_SHOWN {
            let more = shown.len() - MAX_PROBLEMS_SHOWN;
            shown.truncate(MAX_PROBLEMS_SHOWN);
            shown.push(format!("… and {more} more problems. Fix those above first, then load the file again."));
        }
        shown
    }
}

impl Report for ProblemList {
    type Stop = Infallible;

    fn misfit(&self, place: &str, misfit: Misfit<'_>) -> Result<(), Infallible> {
        let must_be = |kind| match kind {
            Kind::Text => "text in quotes",
            Kind::WholeNumber => "a whole number, without quotes",
            Kind::TrueOrFalse => "true or false, without quotes",
            Kind::List => "a list between [ and ]",
        };
        self.add(
            place,
            match misfit {
                Misfit::NotAnObject => "must be a group of fields between { and }".to_owned(),
                Misfit::UnknownField { field, known } => {
                    format!("\"{field}\" is not a field Hearth knows here. The fields are: {}", known.join(", "))
                }
                Misfit::MissingField(field) => format!("\"{field}\" is missing"),
                Misfit::WrongKind { field, kind } => format!("\"{field}\" must be {}", must_be(kind)),
            },
        );
        Ok(())
    }
}
