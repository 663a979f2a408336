//! Hearth's content, compiled in from `content/` and `config/local.toml` by `build.rs`.

#[cfg(test)]
mod readability;
#[cfg(test)]
mod source;

use crate::domain::conflict::question::{
    Agency, LineFor, LineRef, Outcome, OutcomeKind, Question, QuestionSet, Scope, Signal, Step,
};
use crate::domain::guide::{FamilyWords, Guide, GuideStep, Situation, TonightQuestion, TonightWords};
use crate::domain::sleep::question::{Contact, Part, SleepQuestion, SleepSet};

pub use crate::domain::helpline::Helpline;

/// What a partnership sets in `config/local.toml` before building.
#[derive(Debug, PartialEq)]
pub struct LocalConfig {
    pub area: &'static str,
    pub exit_url: &'static str,
    /// Minutes without use after which open answers are cleared from memory.
    pub idle_minutes: u32,
    pub contacts: &'static [Helpline],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// A national help line by id; the ids an outcome names are checked at build time.
pub fn national_helpline(id: &str) -> Option<&'static Helpline> {
    NATIONAL_HELPLINES.iter().find(|line| line.id == id)
}
