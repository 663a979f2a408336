//! Hearth's content, compiled in from `content/` by `build.rs`, and the local settings in use.

pub mod local;

#[cfg(test)]
mod readability;
#[cfg(test)]
mod source;
/// The content checks find placeholders as `super::words`, as they do in `build.rs`.
#[cfg(test)]
use crate::domain::words;

use crate::domain::casework::words::{CaseworkWords, GuidanceSection, OtherRoute, Prompt};
use crate::domain::conflict::question::{
    Agency, ConflictRule, Group, Outcome, OutcomeKind, Question, QuestionSet, Scope, Signal, Step, StepWhen,
};
use crate::domain::guide::{FamilyWords, Guide, GuideStep, Situation, TonightQuestion, TonightWords};
use crate::domain::rules::RuleRow;
use crate::domain::sleep::question::{
    Contact, Part, PlaceOption, PlaceSafety, SleepOutcome, SleepOutcomeWords, SleepQuestion, SleepRule, SleepSet,
};

pub use crate::domain::helpline::Helpline;
pub use local::local;

/// When a content file was last reviewed, and what was checked against which source.
#[derive(Debug, PartialEq)]
pub struct ContentReview {
    pub file: &'static str,
    pub version: u32,
    pub date: &'static str,
    /// Who reviewed it, by role.
    pub by: &'static str,
    /// What was checked, and against which source.
    pub checked: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// A national help line by id; the ids an outcome names are checked at build time.
pub fn national_helpline(id: &str) -> Option<&'static Helpline> {
    NATIONAL_HELPLINES.iter().find(|line| line.id == id)
}

/// The escalation stages to walk through: the partnership's own where it set them, else the
/// usual stages from `content/casework.toml`.
pub fn escalation_stages() -> &'static [Prompt] {
    let local = local::local_escalation_stages();
    if local.is_empty() {
        CASEWORK.escalation_stages
    } else {
        local
    }
}

/// The casework's words with the escalation stages in use here, for what names a stage.
pub fn casework_words() -> crate::domain::casework::words::CaseworkWords {
    crate::domain::casework::words::CaseworkWords { escalation_stages: escalation_stages(), ..CASEWORK }
}

/// The scenarios built into trainer mode, as the files a trainer can download and adapt.
pub const SCENARIO_FILES: [(&str, &str); 2] = [
    ("willow-lane", include_str!("../../content/scenarios/willow-lane.json")),
    ("harbour-street", include_str!("../../content/scenarios/harbour-street.json")),
];

pub fn scenario_checks() -> crate::domain::scenario::file::Checks<'static> {
    const TAKEN: [&str; 2] = [SCENARIO_FILES[0].0, SCENARIO_FILES[1].0];
    crate::domain::scenario::file::Checks { conflict: &CONFLICT_OR_ABUSE, sleep: &SAFER_SLEEP, taken_ids: &TAKEN }
}

/// The built-in scenarios, read when trainer mode opens; `make test` proves every one reads
/// without a problem.
pub fn built_in_scenario(id: &str) -> Option<crate::domain::scenario::Scenario> {
    let (_, text) = SCENARIO_FILES.iter().find(|(file_id, _)| *file_id == id)?;
    let checks = crate::domain::scenario::file::Checks { taken_ids: &[], ..scenario_checks() };
    crate::domain::scenario::file::read(text.as_bytes(), &checks).ok()
}
