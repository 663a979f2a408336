//! The "parental conflict or domestic abuse?" set: its steps in order, and its pages.

mod check_answers;
mod outcome;
mod overview;
pub mod section;

pub use check_answers::ConflictCheck;
pub use outcome::ConflictOutcome;
pub use overview::ConflictOverview;
pub use section::ConflictSection;

use crate::domain::conflict::assessment::{ConflictAssessment, Subject};
use crate::domain::conflict::question::Scope;
use crate::domain::conflict::summary::label_of;
use crate::domain::family_record::FamilyRecord;
use crate::ui::question_sets::steps::StepList;
use crate::ui::state::HearthState;
use crate::ui::Route;

pub const CONFLICT_SET_NAME: &str = "Parental conflict or domestic abuse?";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictStep {
    Safety,
    FirstAdult,
    SecondAdult,
    Household,
    Children,
    Agencies,
    CheckAnswers,
    Outcome,
}

impl StepList for ConflictStep {
    const SECTIONS: &'static [Self] =
        &[Self::Safety, Self::FirstAdult, Self::SecondAdult, Self::Household, Self::Children, Self::Agencies];
    const SET_NAME: &'static str = CONFLICT_SET_NAME;
    const OVERVIEW: Route = Route::Conflict;
    const CHOOSE_FIRST: (&'static str, &'static str) =
        ("Choose the two adults this is about first.", "Choose the adults");
    const ALL: &'static [Self] = &[
        Self::Safety,
        Self::FirstAdult,
        Self::SecondAdult,
        Self::Household,
        Self::Children,
        Self::Agencies,
        Self::CheckAnswers,
        Self::Outcome,
    ];

    fn slug(self) -> &'static str {
        match self {
            Self::Safety => "safety",
            Self::FirstAdult => "first-adult",
            Self::SecondAdult => "second-adult",
            Self::Household => "household",
            Self::Children => "children",
            Self::Agencies => "agencies",
            Self::CheckAnswers => "check-answers",
            Self::Outcome => "outcome",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Safety => "Safety check before asking",
            Self::FirstAdult => "What the first adult does",
            Self::SecondAdult => "What the second adult does",
            Self::Household => "The household",
            Self::Children => "The children",
            Self::Agencies => "Checks with other agencies",
            Self::CheckAnswers => "Check your answers",
            Self::Outcome => "Outcome and next steps",
        }
    }

    fn route(self) -> Route {
        Route::ConflictStep { step: self }
    }

    fn ready(state: &HearthState) -> bool {
        state.conflict.adults(&state.record).is_some()
    }
}

impl ConflictStep {
    pub fn scope(self) -> Option<Scope> {
        match self {
            Self::FirstAdult | Self::SecondAdult => Some(Scope::BetweenAdults),
            Self::Household => Some(Scope::Family),
            Self::Children => Some(Scope::EachChild),
            _ => None,
        }
    }
}

impl ConflictStep {
    /// The step's heading: for each adult's questions, who does what to whom; otherwise its title.
    pub fn heading(self, state: &HearthState) -> String {
        match (self, state.conflict.adults(&state.record)) {
            (Self::FirstAdult, Some((a, b))) | (Self::SecondAdult, Some((b, a))) => {
                format!("What {} does, and how {} is affected", label_of(&state.record, a), label_of(&state.record, b))
            }
            _ => self.title().to_owned(),
        }
    }

    /// Whom this page's questions are about, once two adults are chosen.
    pub fn subjects(self, record: &FamilyRecord, conflict: &ConflictAssessment) -> Vec<Subject> {
        let pair = conflict.adults(record);
        match (self, pair) {
            (Self::FirstAdult, Some((a, b))) => vec![Subject::Between { actor: a, target: b }],
            (Self::SecondAdult, Some((a, b))) => vec![Subject::Between { actor: b, target: a }],
            (Self::Household, _) => vec![Subject::Family],
            (Self::Children, _) => record.children().iter().map(|c| Subject::Child(c.id)).collect(),
            _ => Vec::new(),
        }
    }
}

crate::step_addresses!(ConflictStep);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_their_addresses() {
        for &step in ConflictStep::ALL {
            assert_eq!(step.to_string().parse(), Ok(step));
        }
        assert_eq!("nope".parse::<ConflictStep>(), Err(()));
    }

    #[test]
    fn positions_count_the_question_pages_and_check_answers() {
        assert_eq!(ConflictStep::Safety.position(), Some((1, 7)));
        assert_eq!(ConflictStep::CheckAnswers.position(), Some((7, 7)));
        assert_eq!(ConflictStep::Outcome.position(), None);
        assert_eq!(ConflictStep::Safety.previous(), None);
        assert_eq!(ConflictStep::Agencies.next(), Some(ConflictStep::CheckAnswers));
    }
}
