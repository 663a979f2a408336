//! The "parental conflict or domestic abuse?" set: its steps in order, and its pages.

mod accounts;
mod check_answers;
mod outcome;
mod overview;
pub mod section;

pub use check_answers::conflict_check;
pub use outcome::ConflictOutcome;
pub use overview::ConflictOverview;
pub use section::ConflictSection;

use crate::content::CONFLICT_OR_ABUSE as SET;
use crate::domain::conflict::assessment::{ConflictAssessment, Subject};
use crate::domain::conflict::question::{Group, Scope};
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
    Accounts,
    Household,
    Children,
    Agencies,
    CheckAnswers,
    Outcome,
}

impl StepList for ConflictStep {
    const SECTIONS: &'static [Self] = &[
        Self::Safety,
        Self::FirstAdult,
        Self::SecondAdult,
        Self::Accounts,
        Self::Household,
        Self::Children,
        Self::Agencies,
    ];
    const SET_NAME: &'static str = CONFLICT_SET_NAME;
    const OVERVIEW: Route = Route::Conflict;
    const CHOOSE_FIRST: (&'static str, &'static str) =
        ("Choose the two adults this is about first.", "Choose the adults");
    const ALL: &'static [Self] = &[
        Self::Safety,
        Self::FirstAdult,
        Self::SecondAdult,
        Self::Accounts,
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
            Self::Accounts => "accounts",
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
            Self::Accounts => "Each adult's own account",
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

    fn page_route(self, page: String) -> Route {
        Route::ConflictPage { step: self, page }
    }

    fn pages(self, state: &HearthState) -> Vec<String> {
        // One adult's account a page: two on one page were nearly five phone screens.
        if self == Self::Accounts {
            return ACCOUNT_PAGES.iter().map(|slug| (*slug).to_owned()).collect();
        }
        self.question_pages(&state.record, &state.conflict).into_iter().map(|p| p.slug).collect()
    }

    fn ready(state: &HearthState) -> bool {
        state.conflict.adults(&state.record).is_some()
    }
}

/// The pages of the accounts step, one for each of the two adults, in the order chosen.
pub const ACCOUNT_PAGES: [&str; 2] = ["first-adult", "second-adult"];

/// One page of a section's questions: a group of them, about one subject.
pub struct QuestionPage {
    pub slug: String,
    pub subject: Subject,
    pub group: &'static Group,
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

    /// The pages of this section's questions: each group in turn, for each child in turn.
    pub fn question_pages(self, record: &FamilyRecord, conflict: &ConflictAssessment) -> Vec<QuestionPage> {
        let Some(scope) = self.scope() else { return Vec::new() };
        let groups: Vec<&'static Group> = SET.groups_in(scope).collect();
        let mut pages = Vec::new();
        for (n, subject) in self.subjects(record, conflict).into_iter().enumerate() {
            for &group in &groups {
                // A child's page says which child, counted in the record, never by label.
                let slug = match subject {
                    Subject::Child(_) if groups.len() == 1 => format!("child-{}", n + 1),
                    Subject::Child(_) => format!("child-{}-{}", n + 1, group.id),
                    _ => group.id.to_owned(),
                };
                pages.push(QuestionPage { slug, subject, group });
            }
        }
        pages
    }

    /// Whom this section's questions are about, once two adults are chosen.
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
pub(crate) mod tests {
    use super::*;
    use crate::domain::family_record::{ChildAge, Label};

    /// Two adults, chosen, and two children.
    pub(crate) fn family() -> HearthState {
        let mut state = HearthState::default();
        let a = state.record.add_adult(Label::parse("Mum").unwrap()).unwrap();
        let b = state.record.add_adult(Label::parse("Dad").unwrap()).unwrap();
        for (label, age) in [("Baby", "0"), ("Jo", "6")] {
            state.record.add_child(Label::parse(label).unwrap(), ChildAge::parse(age).unwrap()).unwrap();
        }
        state.conflict = ConflictAssessment::for_pair(a, b);
        state
    }

    #[test]
    fn every_question_is_asked_once_on_a_short_page_of_its_group() {
        let state = family();
        let (record, conflict) = (&state.record, &state.conflict);
        for (step, scope) in [
            (ConflictStep::FirstAdult, Scope::BetweenAdults),
            (ConflictStep::SecondAdult, Scope::BetweenAdults),
            (ConflictStep::Household, Scope::Family),
        ] {
            let asked: Vec<&str> = step
                .question_pages(record, conflict)
                .iter()
                .flat_map(|p| SET.in_group(p.group).map(|q| q.id))
                .collect();
            let mut expected: Vec<&str> = SET.in_scope(scope).map(|q| q.id).collect();
            let mut sorted = asked.clone();
            sorted.sort_unstable();
            expected.sort_unstable();
            assert_eq!(sorted, expected, "{step:?}");
        }
        assert_eq!(
            ConflictStep::FirstAdult.pages(&state),
            ["fear", "control", "harm", "threats", "damage", "pattern", "care"].map(String::from)
        );
        assert_eq!(ConflictStep::Children.pages(&state), ["child-1", "child-2"].map(String::from));
        assert_eq!(ConflictStep::Safety.pages(&state), Vec::<String>::new());
        assert!(
            SET.groups.iter().all(|g| SET.in_group(g).count() <= 3),
            "a page of more than three questions is too long on a phone"
        );
    }

    #[test]
    fn steps_round_trip_through_their_addresses() {
        for &step in ConflictStep::ALL {
            assert_eq!(step.to_string().parse(), Ok(step));
        }
        assert_eq!("nope".parse::<ConflictStep>(), Err(()));
    }

    #[test]
    fn positions_count_the_question_pages_and_check_answers() {
        assert_eq!(ConflictStep::Safety.position(), Some((1, 8)));
        assert_eq!(ConflictStep::CheckAnswers.position(), Some((8, 8)));
        assert_eq!(ConflictStep::Outcome.position(), None);
        assert_eq!(ConflictStep::Safety.previous(), None);
        assert_eq!(ConflictStep::Agencies.next(), Some(ConflictStep::CheckAnswers));
    }
}
